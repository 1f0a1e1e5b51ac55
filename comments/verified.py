"""Verified commenters: a browser that proved it reads an address's email holds a signed token.

The token is issued by whoever checked the address (notifications/ sends the confirmation
link, and sets the cookie when it is followed); the comments app only reads it. It is a
signed cookie naming the address, sent with comment posts only (its path is /comments/, as
the commenter key's), so pages stay public and cacheable. "Hold first-time commenters"
(spam.py) trusts it in place of the browser proof: an address with an approved comment is
published straight away from any browser that confirmed that address, never because the
address was typed.

Whether an address is verified (the moderation desk shows it beside each comment) is known to
the app that checked it, which the comments app does not import (the layers in
pyproject.toml): it answers through the Wagtail hook `verified_comment_addresses`.
"""

from django.conf import settings
from wagtail import hooks

VERIFIED_HOOK = "verified_comment_addresses"

VERIFIED_COOKIE = "wellness_verified"
VERIFIED_MAX_AGE = 365 * 24 * 3600
COOKIE_PATH = "/comments/"


def normalise_address(email: str) -> str:
    return (email or "").strip().casefold()


def set_verified(response, email: str) -> None:
    """Give this browser the token for `email` (call only once the address is confirmed)."""
    response.set_signed_cookie(
        VERIFIED_COOKIE,
        normalise_address(email),
        salt=VERIFIED_COOKIE,
        max_age=VERIFIED_MAX_AGE,
        path=COOKIE_PATH,
        httponly=True,
        samesite="Strict",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def verified_address(request) -> str:
    """The address this browser confirmed, or "" (no token, or a forged or expired one)."""
    return request.get_signed_cookie(
        VERIFIED_COOKIE, default="", salt=VERIFIED_COOKIE, max_age=VERIFIED_MAX_AGE
    )


def verified_addresses(emails) -> set[str]:
    """Which of `emails` (normalised) their owners confirmed, as the apps registered for
    `verified_comment_addresses` say: each is given the set of addresses and returns those
    it knows to be confirmed (one query for a page of comments). Empty when none is."""
    wanted = {normalise_address(email) for email in emails}
    confirmed = set()
    for answer in hooks.get_hooks(VERIFIED_HOOK):
        confirmed.update(answer(wanted) if wanted else ())
    return confirmed
