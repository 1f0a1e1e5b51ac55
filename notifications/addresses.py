"""Double opt-in: the first time an address asks for email, it gets a confirmation link.

Nothing else is sent to it until the link is followed (outbox.queue refuses). Asking again
within the hour sends nothing new (the outbox key holds the hour); past that, the link is
sent at most NOTIFY_CONFIRM_RATE_PER_ADDRESS times per address and the sender's IP may ask
for at most NOTIFY_CONFIRM_RATE_PER_IP: counted in the shared cache (Redis when configured,
the database's cache table otherwise), so every worker process counts the same.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string

from comments.verified import normalise_address

from . import links, outbox
from .models import Address, Email

logger = logging.getLogger(__name__)


def clock() -> float:
    return time.time()


def within_rate(bucket: str, value: str, rate: tuple[int, int]) -> bool:
    """Count one more for `value` in `bucket`; False once past the limit for the window."""
    limit, window = rate
    slot = int(clock() // window)
    digest = hashlib.sha256(value.encode()).hexdigest()[:32]
    key = f"notifications:rate:{bucket}:{digest}:{slot}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # the key vanished between the two calls: count this one
        cache.add(key, 1, timeout=window + 60)
        count = 1
    if count is None:  # Redis is down (django-redis ignores the error): as the comment limit
        return settings.RATELIMIT_FAIL_OPEN
    return count <= limit


def may_ask(email: str, ip_address: str | None) -> bool:
    """One more confirmation link for `email`, asked from `ip_address`, within the limits."""
    if not within_rate("address", email, settings.NOTIFY_CONFIRM_RATE_PER_ADDRESS):
        logger.info("Confirmation for %s not sent: too many for this address", email)
        return False
    if ip_address and not within_rate("ip", ip_address, settings.NOTIFY_CONFIRM_RATE_PER_IP):
        logger.info("Confirmation for %s not sent: too many from %s", email, ip_address)
        return False
    return True


def send_confirmation(
    email: str, ip_address: str | None, what: str, subject: str, text: str
) -> Email | None:
    """Queue a confirmation link (`what` names it) unless one went this hour or too many did."""
    reason = f"{what}hour-{int(clock() // 3600)}"
    if Email.objects.filter(recipient=email, kind=outbox.CONFIRM, reason=reason).exists():
        return None
    if not may_ask(email, ip_address):
        return None
    return outbox.queue(email, outbox.CONFIRM, reason, subject=subject, text=text)


def ask_to_confirm(email: str, ip_address: str | None) -> Email | None:
    """Send the confirmation link to `email`, unless it needs none or was asked too often."""
    email = normalise_address(email)
    address = Address.of(email)
    if address.suppressed_at or address.may_receive:
        return None
    context = {
        "confirm_url": links.confirm_url(email),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "days": settings.NOTIFY_CONFIRM_MAX_AGE // 86400,
    }
    return send_confirmation(
        email,
        ip_address,
        "",
        subject=f"Confirm your email address for {settings.WAGTAIL_SITE_NAME}",
        text=render_to_string("notifications/email/confirm.txt", context),
    )
