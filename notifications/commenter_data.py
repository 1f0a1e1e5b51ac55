"""A commenter's own data (comments/commenter_data.py), as the email app takes part in it.

- `commenter_data_requested`: the signed link is emailed to the address that asked, through
  the outbox like every email. It is an answer to the reader's own request, so it goes to an
  address that never confirmed (as a confirmation link does), and is rate-limited per address
  (COMMENTER_DATA_RATE_PER_ADDRESS) and, within the hour, queued once per action.
- `commenter_erased`: the reply subscriptions of the erased comments and addresses go too.
- the `commenter_data` hook: the download lists the address's reply subscriptions.
"""

import logging

from django.conf import settings
from django.dispatch import receiver
from django.template.loader import render_to_string
from wagtail import hooks

from comments.commenter_data import ERASE
from comments.signals import commenter_data_requested, commenter_erased
from comments.verified import normalise_address

from . import links, outbox
from .addresses import clock, within_rate
from .models import Address, ReplySubscription

logger = logging.getLogger(__name__)


@receiver(commenter_data_requested, dispatch_uid="notifications.send_commenter_data_link")
def send_link(sender, email, action, path, **kwargs):
    email = normalise_address(email)
    if not within_rate("commenter-data", email, settings.COMMENTER_DATA_RATE_PER_ADDRESS):
        logger.info("Data link for %s not sent: too many for this address", email)
        return None
    Address.of(email)  # the outbox delivers only to known addresses
    context = {
        "url": links.absolute(path),
        "erase": action == ERASE,
        "hours": settings.COMMENTER_DATA_LINK_MAX_AGE // 3600,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = (
        f"Erase your comments on {settings.WAGTAIL_SITE_NAME}"
        if action == ERASE
        else f"Your comments on {settings.WAGTAIL_SITE_NAME}"
    )
    return outbox.queue(
        email,
        outbox.COMMENTER_DATA,
        f"{action}-hour-{int(clock() // 3600)}",
        subject=subject,
        text=render_to_string("notifications/email/commenter_data.txt", context),
    )


@receiver(commenter_erased, dispatch_uid="notifications.forget_erased_commenter")
def forget(sender, emails, comment_ids, **kwargs):
    addresses = {normalise_address(email) for email in emails}
    ReplySubscription.objects.filter(email__in=addresses).delete()
    ReplySubscription.objects.filter(comment_id__in=comment_ids).delete()


@hooks.register("commenter_data")
def reply_subscriptions(email: str) -> dict:
    rows = ReplySubscription.objects.filter(email=normalise_address(email)).order_by("pk")
    return {
        "reply_subscriptions": [
            {
                "comment": row.comment_id,
                "active": row.active,
                "created_at": row.created_at.isoformat(),
            }
            for row in rows
        ]
    }
