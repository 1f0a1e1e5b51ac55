"""Email to readers: the outbox, the addresses that confirmed, who asked for replies.

- `Email`: one row per email the site means to send, keyed by (recipient, what, why): that
  unique key makes a second attempt to queue the same email a no-op, so nothing is sent twice
  however often a task or a signal runs. A task (tasks.deliver) sends it, and retries with
  backoff when the mail server fails for a while.
- `Address`: an address that asked for email; nothing but the confirmation link is ever sent
  to it before `confirmed_at`, nothing at all after `unsubscribed_at` or `suppressed_at`
  (a permanent delivery failure).
- `ReplySubscription`: "email me when someone replies" on one comment, and how far the
  replies to it have been told (`notified`, the ids of the replies already emailed).
"""

from django.db import models
from django.utils import timezone

from comments.verified import normalise_address


class Address(models.Model):
    email = models.EmailField(unique=True)  # normalised: stripped, case-folded
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    suppressed_at = models.DateTimeField(null=True, blank=True)
    suppressed_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name_plural = "addresses"

    def __str__(self):
        return self.email

    @classmethod
    def of(cls, email: str) -> "Address":
        address, _ = cls.objects.get_or_create(email=normalise_address(email))
        return address

    @property
    def may_receive(self) -> bool:
        """Anything but a confirmation link: confirmed, not withdrawn, not bouncing."""
        return bool(self.confirmed_at) and not self.unsubscribed_at and not self.suppressed_at


class EmailStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"  # given up: a permanent failure, or every retry used
    WITHHELD = "withheld", "Withheld"  # the address may not receive it (any more)


class Email(models.Model):
    recipient = models.EmailField()
    kind = models.CharField(max_length=40)  # what: "confirm", "replies"
    reason = models.CharField(max_length=200)  # why: e.g. "comment-12-through-15"
    subject = models.CharField(max_length=300)
    text = models.TextField()
    html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=EmailStatus.choices, default=EmailStatus.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "kind", "reason"], name="email_once")
        ]

    def __str__(self):
        return f"{self.kind} to {self.recipient}: {self.subject}"


class ReplySubscription(models.Model):
    comment = models.OneToOneField(
        "comments.Comment", on_delete=models.CASCADE, related_name="reply_subscription"
    )
    email = models.EmailField()  # normalised, as Address.email
    created_at = models.DateTimeField(default=timezone.now)
    active = models.BooleanField(default=True)
    notified = models.JSONField(default=list, blank=True)  # the ids of the replies told about

    def __str__(self):
        return f"{self.email} on comment {self.comment_id}"
