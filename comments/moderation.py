"""Moderators' decisions: status changes, what the learning filter learns, who is told."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from . import pages
from .invalidation import comments_changed
from .model_store import update_model
from .models import Comment, CommentStatus

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Comment moderators"
LABEL_FOR_STATUS = {CommentStatus.APPROVED: "ham", CommentStatus.SPAM: "spam"}


def sync_training(comment: Comment) -> None:
    """Make what the filter learnt from `comment` match its current status."""
    sync_training_many([comment])


def in_chunks(values: list, size: int = 5000):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def sync_training_many(comments, recorded=frozenset()) -> None:
    """Teach the filter each comment's status, once: `trained_as` records what it taught.

    Deciding the same thing twice teaches once; changing a decision takes the old one back.
    All the changes go into the shared model in one update (one batch, however many), and
    `trained_as` is written with one UPDATE per label, except for the comments in `recorded`
    (ids whose new `trained_as` the caller wrote already, with their status).
    """
    changes = []
    for comment in comments:
        wanted = LABEL_FOR_STATUS.get(comment.status, "")
        if comment.trained_as != wanted:
            changes.append((comment, comment.trained_as, wanted))
    if not changes:
        return

    def teach(model):
        model.unlearn_many([(c.body, c.website, old) for c, old, _ in changes if old])
        model.learn_many([(c.body, c.website, new) for c, _, new in changes if new])

    with transaction.atomic():
        update_model(teach)
        by_label = {}
        for comment, _, wanted in changes:
            if comment.pk not in recorded:
                by_label.setdefault(wanted, []).append(comment.pk)
            comment.trained_as = wanted
        for wanted, ids in by_label.items():
            for chunk in in_chunks(ids):
                Comment.objects.filter(pk__in=chunk).update(trained_as=wanted)


def moderate(comments, status: str, user=None) -> int:
    """Set `status` on each comment and teach the filter the decision; returns how many changed.

    Agreeing with the filter is a decision too: approving an approved comment (or marking a
    spammed one as spam) changes nothing a reader sees, but teaches the filter, once.

    Approving saves each comment (its publication is announced: signals.comment_published);
    every other decision is one UPDATE per few thousand comments (a pattern marked as spam can
    hold thousands), which writes what the filter is taught (`trained_as`) with the status: a
    second UPDATE would write every row, and each of its index entries, once more. The count
    triggers keep the tabs' counts (counts.py), and the pages whose readers saw one of them
    are retired.
    """
    comments = list(comments)
    moderated_by = user if user and user.is_authenticated else None
    changing = [comment for comment in comments if comment.status != status]
    recorded = set()
    with transaction.atomic():
        if status == CommentStatus.APPROVED:
            for comment in changing:
                comment.status = status
                comment.moderated_by = moderated_by
                comment.moderated_at = timezone.now()
                comment.save(update_fields=["status", "moderated_by", "moderated_at"])
        elif changing:
            now = timezone.now()
            label = LABEL_FOR_STATUS.get(status, "")
            for chunk in in_chunks([comment.pk for comment in changing]):
                Comment.objects.filter(pk__in=chunk).update(
                    status=status, moderated_by=moderated_by, moderated_at=now, trained_as=label
                )
            recorded = {comment.pk for comment in changing}
            shown = {c.page_id for c in changing if c.status == CommentStatus.APPROVED}
            for comment in changing:
                comment.status, comment.moderated_by, comment.moderated_at = (
                    status,
                    moderated_by,
                    now,
                )
                comment._saved_status = comment._loaded_status = status
            if shown:
                comments_changed(shown)
        sync_training_many(comments, recorded)
    return len(changing)


def retrain_edited(comment: Comment, old_body: str, old_website: str) -> bool:
    """A decided comment whose text a moderator changed: the filter takes back what it learnt
    from the old text and learns the new one with the same label (one update). True when it
    did; a comment it never learnt from (pending), or an edit of the name only, teaches
    nothing."""
    label = comment.trained_as
    if not label or (old_body, old_website) == (comment.body, comment.website):
        return False

    def teach(model):
        model.unlearn(old_body, old_website, label)
        model.learn(comment.body, comment.website, label)

    update_model(teach)
    return True


def recipients_for(comment: Comment) -> list[str]:
    """Moderators with an email address, and the authors of the commented page."""
    moderators = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS_GROUP)
        .exclude(email="")
    )
    emails = set(moderators.values_list("email", flat=True))
    for author in pages.notification_authors(comment.page.specific):
        if author.email:
            emails.add(author.email)
    return sorted(emails)


def notify_pending(comment: Comment) -> None:
    recipients = recipients_for(comment)
    if not recipients:
        return
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailsnippets_comments_comment:edit", args=[comment.pk]
    )
    send_mail(
        subject=f"[Wellness] A comment awaits moderation on “{comment.page.title}”",
        message=(
            f"{comment.name} wrote on “{comment.page.title}”:\n\n"
            f"{comment.body[:1000]}\n\n"
            f"Why it was held: {comment.moderation_note or 'moderation settings'}\n"
            f"Moderate it: {admin_url}\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=recipients,
        fail_silently=True,
    )
