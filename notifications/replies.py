"""Reply notifications, heard from the comments app's signals (comments/signals.py).

- A comment posted with "Email me when someone replies" ticked gets a ReplySubscription; an
  address that has not confirmed is sent the confirmation link first (addresses.py).
- When a reply becomes visible (approved when posted, or by a moderator), the task that
  emails its parent's commenter is queued to run NOTIFY_REPLY_DELAY_SECONDS later; when it
  runs it takes every visible reply not yet told, so a burst of replies is one email. Pending
  and spam replies are never visible, so never told; the commenter's own replies are skipped.
"""

import datetime

from django.conf import settings
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone

from comments.models import Comment
from comments.signals import comment_posted, comment_published
from comments.verified import normalise_address
from comments.views import client_address, comment_url

from . import links, outbox
from .addresses import ask_to_confirm
from .models import Address, ReplySubscription

KIND = "replies"


@receiver(comment_posted, dispatch_uid="notifications.subscribe_to_replies")
def subscribe_to_replies(sender, comment, request, wants_replies, **kwargs):
    if not wants_replies:
        return
    email = normalise_address(comment.email)
    ReplySubscription.objects.get_or_create(comment=comment, defaults={"email": email})
    ask_to_confirm(email, client_address(request))


def subscribe_confirmed(comment: Comment) -> ReplySubscription:
    """A commenter who asked for replies and confirmed the address (the demo's commenter)."""
    email = normalise_address(comment.email)
    Address.objects.get_or_create(email=email, defaults={"confirmed_at": timezone.now()})
    subscription, _ = ReplySubscription.objects.get_or_create(
        comment=comment, defaults={"email": email}
    )
    return subscription


@receiver(comment_published, dispatch_uid="notifications.reply_published")
def reply_published(sender, comment, **kwargs):
    if not comment.parent_id:
        return
    if not ReplySubscription.objects.filter(comment_id=comment.parent_id, active=True).exists():
        return
    from .tasks import notify_replies

    delay = datetime.timedelta(seconds=settings.NOTIFY_REPLY_DELAY_SECONDS)
    notify_replies.using(run_after=timezone.now() + delay).enqueue(comment.parent_id)


def email_replies(comment_id: int) -> int:
    """Queue one email with the visible replies to `comment_id` not yet told (in a transaction)."""
    from .tasks import reason_for

    subscription = (
        ReplySubscription.objects.select_for_update()
        .filter(comment_id=comment_id, active=True)
        .first()
    )
    if subscription is None:
        return 0
    address = Address.objects.filter(email=subscription.email).first()
    if address is None or not address.may_receive:
        return 0  # unconfirmed, withdrawn or bouncing: told later, or never
    replies = list(
        Comment.objects.approved()
        .filter(parent_id=comment_id)
        .exclude(pk__in=subscription.notified)
        .exclude(email__iexact=subscription.email)
        .select_related("page")
        .order_by("created_at", "pk")
    )
    if not replies:
        return 0
    comment = subscription.comment
    page = comment.page.specific
    context = {
        "comment": comment,
        "page": page,
        "replies": [(reply, links.absolute(comment_url(page, reply))) for reply in replies],
        "conversation_unsubscribe_url": links.unsubscribe_url(subscription.email, subscription.pk),
        "unsubscribe_url": links.unsubscribe_url(subscription.email),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    count = len(replies)
    subject = (
        f"{replies[0].name} replied to your comment on “{page.title}”"
        if count == 1
        else f"{count} new replies to your comment on “{page.title}”"
    )
    outbox.queue(
        subscription.email,
        KIND,
        reason_for(comment_id, [reply.pk for reply in replies]),
        subject=subject,
        text=render_to_string("notifications/email/replies.txt", context),
        html=render_to_string("notifications/email/replies.html", context),
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    subscription.notified = [*subscription.notified, *(reply.pk for reply in replies)]
    subscription.save(update_fields=["notified"])
    return count
