"""Comments left by visitors, the site's moderation settings, and the shared spam filter.

The tables keep the names they had when comments were part of the articles app: the move to
this app changed no data (migrations: articles 0016, comments 0001).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting

from caching.site_settings import CachedSiteSetting

from .links import stored_hosts
from .signals import comment_published
from .text import fingerprint

MAX_DEPTH = 3  # a top-level comment, a reply, and a reply to that reply
MAX_BODY_LENGTH = 5000
MAX_NAME_LENGTH = 100


class CommentStatus(models.TextChoices):
    PENDING = "pending", "Awaiting moderation"
    APPROVED = "approved", "Approved"
    SPAM = "spam", "Spam"
    REMOVED = "removed", "Removed"


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)


class Comment(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="visitor_comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    depth = models.PositiveSmallIntegerField(default=1, editable=False)
    name = models.CharField(max_length=MAX_NAME_LENGTH)
    email = models.EmailField(help_text="Never shown publicly.")
    website = models.URLField(blank=True)
    body = models.TextField("comment", max_length=MAX_BODY_LENGTH)
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING, db_index=True
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    ip_address = models.GenericIPAddressField(
        "IP address", null=True, blank=True, help_text="Deleted after the retention period."
    )
    user_agent = models.CharField(max_length=300, blank=True)
    spam_score = models.FloatField(
        null=True, blank=True, help_text="The classifier's spam probability when it arrived."
    )
    moderation_note = models.CharField(
        max_length=300, blank=True, help_text="Why the spam checks held or rejected it."
    )
    trained_as = models.CharField(max_length=10, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)
    # When its commenter last changed it (own.py): an approved comment shows "edited".
    edited_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The SHA-256 of the secret in the sender's browser (views.py, COMMENTER_KEY_COOKIE): an
    # approved comment vouches for later ones from the same email only when they carry it.
    proof = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # The hash of the body's skeleton (text.py): the same text sent by many senders.
    fingerprint = models.CharField(max_length=32, blank=True, editable=False)
    # The hosts it links to (links.stored_hosts), kept on save: what "everything pending
    # linking to this domain" matches (desk.py), through an index on PostgreSQL.
    link_hosts = models.TextField(blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("email"), FieldPanel("website")], heading="Commenter"
        ),
        FieldPanel("body"),
        FieldPanel("moderation_note", read_only=True),
    ]

    class Meta:
        db_table = "articles_comment"
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["page", "status", "created_at"]),
            # The moderation desk's tabs, in keyset order (desk.py), and the patterns it acts on.
            models.Index(fields=["status", "created_at", "id"], name="comment_desk_status"),
            models.Index(fields=["created_at", "id"], name="comment_desk_all"),
            models.Index(Lower("email"), "status", name="comment_desk_email"),
            models.Index(fields=["ip_address", "status"], name="comment_desk_address"),
            models.Index(fields=["fingerprint", "created_at"], name="comment_fingerprint_recent"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(depth__gte=1) & Q(depth__lte=MAX_DEPTH), name="comment_depth_range"
            )
        ]

    def __str__(self):
        return f"{self.name} on “{self.page.title}”: {self.body[:60]}"

    def save(self, *args, **kwargs):
        self.fingerprint = fingerprint(self.body)
        self.link_hosts = stored_hosts(self.body, self.website)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"body", "website"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "fingerprint", "link_hosts"}
        super().save(*args, **kwargs)
        # Visible now and not before: posted approved, or approved by any moderation path
        # (moderate(), the admin's edit form). Listeners must be idempotent: a comment loaded
        # with its status deferred may announce itself twice.
        became_visible = (
            self.status == CommentStatus.APPROVED
            and getattr(self, "_saved_status", None) != CommentStatus.APPROVED
        )
        self._saved_status = self.status
        if became_visible:
            comment_published.send(sender=Comment, comment=self)

    @classmethod
    def from_db(cls, db, field_names, values):
        comment = super().from_db(db, field_names, values)
        comment._saved_status = comment.__dict__.get("status")  # absent when deferred
        return comment

    @property
    def excerpt(self) -> str:
        return self.body if len(self.body) <= 140 else self.body[:139] + "…"

    @property
    def spam_score_display(self) -> str:
        return "–" if self.spam_score is None else f"{self.spam_score:.0%}"

    @property
    def anchor(self) -> str:
        return f"comment-{self.pk}"

    @property
    def can_be_replied_to(self) -> bool:
        return self.status == CommentStatus.APPROVED and self.depth < MAX_DEPTH


class ModerationMode(models.TextChoices):
    HOLD_ALL = "hold_all", "Hold every comment for moderation"
    HOLD_FIRST_TIME = "hold_first_time", "Hold first-time commenters only"
    PUBLISH = "publish", "Publish immediately"


# The rates are measured by `manage.py evaluate_spam_filter` on comments the starter model never
# trained on; the command prints them again for any threshold and for a site's model.
SPAM_THRESHOLD_HELP = (
    "The learning filter sends a comment to spam when its spam probability is above this "
    "(between 0.5 and 1) and the comment shows a sign of spam besides its language and a link: "
    "words that lean to spam, a link to an address or domain ending seen in spam, two or more "
    "links or a blocked phrase; or a sign in its shape, which sends it to spam at a fifth of "
    "these odds (above 0.79 at 0.95): markup, a phone number, a messenger handle handed out, an "
    "email address, a shortened link, money to be earned or stuffed keywords. Without a sign it "
    "is held for a moderator, as is a comment it finds more likely spam than not (above 0.5) "
    "but not spam. The probability is calibrated: at 0.95, about 2 genuine comments in 1,000 "
    "are expected to go to spam on the probability alone (measured with the sign rule: 0-0.3% "
    "on comments it never saw, none in a language other than English) and 94-100% of spam is "
    "caught on comments like those it learnt from (98% of 48 spam comments written apart). "
    "'manage.py evaluate_spam_filter --threshold X' prints the figures for any threshold."
)


@register_setting(icon="comment")
class CommentSettings(CachedSiteSetting):
    moderation_mode = models.CharField(
        max_length=20,
        choices=ModerationMode.choices,
        default=ModerationMode.HOLD_FIRST_TIME,
        help_text="'First-time commenters': an email with an approved comment goes straight "
        "through.",
    )
    max_links = models.PositiveSmallIntegerField(
        default=2, help_text="Hold a comment with more links than this, whatever the mode."
    )
    close_after_days = models.PositiveSmallIntegerField(
        default=0,
        help_text="Close comments this many days after publication (0: never). "
        "A page can override this.",
    )
    blocklist = models.TextField(
        blank=True,
        help_text="One word or phrase per line, in any script (e.g. 출장안마), found whatever "
        "spacing, punctuation, invisible or look-alike characters are put in it. A comment "
        "containing one goes to spam when it also has a link or another sign of spam, and is "
        "held for a moderator otherwise (a reader may be complaining about that spam).",
    )
    blocked_emails = models.TextField(
        blank=True, help_text="One per line: an address, or @domain.example for a whole domain."
    )
    blocked_ips = models.TextField(blank=True, help_text="One IP address per line.")
    spam_threshold = models.FloatField(
        default=0.95,
        help_text=SPAM_THRESHOLD_HELP,
    )
    notify_moderators = models.BooleanField(
        default=True,
        help_text="E-mail the moderators and the page's authors when a comment awaits moderation.",
    )

    panels = [
        FieldPanel("moderation_mode"),
        FieldPanel("max_links"),
        FieldPanel("close_after_days"),
        MultiFieldPanel(
            [
                FieldPanel("blocklist"),
                FieldPanel("blocked_emails"),
                FieldPanel("blocked_ips"),
                FieldPanel("spam_threshold"),
            ],
            heading="Spam",
        ),
        FieldPanel("notify_moderators"),
    ]

    class Meta:
        db_table = "articles_commentsettings"
        verbose_name = "comment settings"

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if not 0.5 <= self.spam_threshold <= 1:
            raise ValidationError({"spam_threshold": "Enter a number between 0.5 and 1."})

    @staticmethod
    def _lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    @property
    def blocked_phrases(self) -> list[str]:
        return [phrase.casefold() for phrase in self._lines(self.blocklist)]

    @property
    def blocked_email_list(self) -> list[str]:
        return [email.casefold() for email in self._lines(self.blocked_emails)]

    @property
    def blocked_ip_list(self) -> list[str]:
        return self._lines(self.blocked_ips)


class SpamCorpus(models.Model):
    """The learning filter, shared by every process (a single row; model_store.py).

    `model` holds its arrays, `version` tells each process when to load them again, `spam` and
    `ham` count the comments it learnt from, `learnt` names the labelled data sets it took in,
    `rebuild_due` says that a rebuild from scratch should run (outside any request).
    """

    spam = models.PositiveIntegerField(default=0)
    ham = models.PositiveIntegerField(default=0)
    version = models.PositiveBigIntegerField(default=0)
    model = models.BinaryField(default=b"", editable=False)
    learnt = models.JSONField(default=list, blank=True)
    # Set once enough decisions have been learnt one step at a time since the last rebuild;
    # `manage.py train_spam_filter --rebuild --if-due` (a periodic job) rebuilds and clears it.
    rebuild_due = models.BooleanField(default=False)
    # The newest `SpamModelChange` on top of `model` (0: none): a moderator's decision adds a
    # change of a few kilobytes instead of writing the whole model again.
    last_change = models.PositiveBigIntegerField(default=0)

    class Meta:
        db_table = "articles_spamcorpus"
        verbose_name_plural = "spam corpus"

    def __str__(self):
        return f"{self.spam} spam, {self.ham} ham"


class SpamModelChange(models.Model):
    """What one learning step (a moderator's decision) changed in the stored model: the factors
    every weight was scaled by (the L2 penalty), the weights it set (columns and their values, as
    arrays), and the model's small state after it. Replayed in order on top of `SpamCorpus.model`
    by every process; folded into it, and deleted, when the whole model is written again
    (model_store.py)."""

    id = models.BigAutoField(primary_key=True)
    factors = models.JSONField(default=list)
    columns = models.BinaryField()
    values = models.BinaryField()
    state = models.JSONField(default=dict)

    class Meta:
        db_table = "comments_spammodelchange"

    def __str__(self):
        return f"change {self.id}: {len(self.columns) // 4} weights"


class StatusCount(models.Model):
    """How many comments have each status: the moderation desk's tabs read these rows.

    Kept by database triggers (migration 0004_moderation_desk_counters) in the same
    transaction as every insert, status change and delete of a comment, whatever makes it (the
    ORM, a bulk update, a page's cascade delete, the importer): reading a tab's count is one
    primary-key lookup instead of a COUNT(*) over the comment table. `counts.recount()` rebuilds
    them from the table (after a bulk load with the triggers off).
    """

    status = models.CharField(max_length=10, primary_key=True)
    total = models.BigIntegerField(default=0)

    class Meta:
        db_table = "comments_statuscount"

    def __str__(self):
        return f"{self.status}: {self.total}"


class CommenterHistory(models.Model):
    """One commenter's record on the site, by address (lower-cased): what the desk shows beside
    each comment. Kept by the same triggers as `StatusCount`."""

    email = models.CharField(max_length=254, primary_key=True)
    pending = models.IntegerField(default=0)
    approved = models.IntegerField(default=0)
    spam = models.IntegerField(default=0)
    removed = models.IntegerField(default=0)
    first_seen = models.DateTimeField(null=True)

    class Meta:
        db_table = "comments_commenterhistory"
        verbose_name_plural = "commenter histories"

    def __str__(self):
        return self.email


class PageCommentCount(models.Model):
    """How many approved comments a page has: what its cards in listings show.

    Kept by database triggers (page_counts.py, migration 0005_page_comment_counts) in the same
    transaction as every change to a comment, as `StatusCount` is. Keyed by the page's id with no
    foreign key: a deleted page's comments go with it, and their deletes bring its count to 0.
    """

    page_id = models.IntegerField(primary_key=True)
    approved = models.IntegerField(default=0)

    class Meta:
        db_table = "comments_pagecommentcount"

    def __str__(self):
        return f"page {self.page_id}: {self.approved} approved"
