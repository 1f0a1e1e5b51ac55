"""Moderators' decisions: status changes, what the learning filter learns, who is told."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from . import pages
from .model_store import update_model
from .models import Comment, CommentStatus

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Comment moderators"
LABEL_FOR_STATUS = {CommentStatus.APPROVED: "ham", CommentStatus.SPAM: "spam"}


def sync_training(comment: Comment) -> None:
    """Make what the filter learnt from `comment` match its current status."""
    sync_training_many([comment])


def sync_training_many(comments) -> None:
    """Teach the filter each comment's status, once: `trained_as` records what it taught.

    Deciding the same thing twice teaches once; changing a decision takes the old one back.
    All the changes go into the shared model in one update.
    """
    changes = []
    for comment in comments:
        wanted = LABEL_FOR_STATUS.get(comment.status, "")
        if comment.trained_as != wanted:
            changes.append((comment, comment.trained_as, wanted))
    if not changes:
        return

    def teach(model):
        for comment, old, new in changes:
            if old:
                model.unlearn(comment.body, comment.website, old)
            if new:
                model.learn(comment.body, comment.website, new)

    with transaction.atomic():
        update_model(teach)
        for comment, _, wanted in changes:
            Comment.objects.filter(pk=comment.pk).update(trained_as=wanted)
            comment.trained_as = wanted


def moderate(comments, status: str, user=None) -> int:
    """Set `status` on each comment and teach the filter the decision; returns how many changed.

    Agreeing with the filter is a decision too: approving an approved comment (or marking a
    spammed one as spam) changes nothing a reader sees, but teaches the filter, once.
    """
    changed = 0
    decided = []
    with transaction.atomic():
        for comment in comments:
            decided.append(comment)
            if comment.status == status:
                continue
            comment.status = status
            comment.moderated_by = user if user and user.is_authenticated else None
            comment.moderated_at = timezone.now()
            comment.save(update_fields=["status", "moderated_by", "moderated_at"])
            changed += 1
        sync_training_many(decided)
    return changed


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
