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
- `Follow`: a reader's "email me new articles" from the whole site, a topic or an author,
  instant or weekly, with its consent record: when, from which page, the version of the form's
  text they agreed to (`ConsentText`), when confirmed, when withdrawn and how.
- `Announcement`: one article's emailing to its followers (its first publication, or an
  editor's "notify subscribers"), and whether the fan-out finished.
"""

from django.conf import settings
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


class ConsentText(models.Model):
    """A version of what the follow form said; each Follow names the one its reader saw."""

    version = models.CharField(max_length=40, unique=True)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.version


class Frequency(models.TextChoices):
    INSTANT = "instant", "Each new article, when it is published"
    WEEKLY = "weekly", "One email a week with the week's articles"


class Follow(models.Model):
    """A reader's "email me new articles" (site, topic or author), and its consent record.

    `target` is "site", "topic-<id>" or "author-<id>": one open follow per address and target
    (a withdrawn one stays in the ledger beside a new one). `target_name` keeps what the reader
    chose by name, should the topic or author page go.
    """

    email = models.EmailField(db_index=True)  # normalised, as Address.email
    target = models.CharField(max_length=40)
    target_name = models.CharField(max_length=255)
    topic = models.ForeignKey(
        "articles.TopicPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        "articles.AuthorPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    created_at = models.DateTimeField(default=timezone.now)
    source_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_url = models.CharField(max_length=500, blank=True)
    consent = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="follows")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_how = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "target"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_open_follow_per_target",
            )
        ]
        permissions = [("export_follows", "Can export subscribers and their consent records")]

    def __str__(self):
        return f"{self.email} follows {self.target_name} ({self.frequency})"

    @property
    def is_active(self) -> bool:
        return bool(self.confirmed_at) and not self.withdrawn_at


class Announcement(models.Model):
    """One article emailed to its followers; `finished_at` once every email is queued."""

    FIRST_PUBLICATION = "published"
    EDITOR = "notify"

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=20)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    queued = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page"],
                condition=models.Q(reason="published"),
                name="announced_once_on_publication",
            )
        ]

    def __str__(self):
        return f"{self.page_id} ({self.reason})"

    @property
    def why(self) -> str:
        """The email's reason: the article, and which announcement of it."""
        if self.reason == self.FIRST_PUBLICATION:
            return f"article-{self.page_id}"
        return f"article-{self.page_id}-notify-{self.pk}"
