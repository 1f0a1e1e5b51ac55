"""The signed links in emails: confirm an address, unsubscribe from a conversation or all.

A confirmation link expires (NOTIFY_CONFIRM_MAX_AGE); an unsubscribe link never does (an old
email must still let its reader out). Both are signed with the site's SECRET_KEY, each kind
with its own salt: a link of one kind is no key for another, and an edited one is refused.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM_SALT = "notifications.confirm"
UNSUBSCRIBE_SALT = "notifications.unsubscribe"


class BadLink(Exception):
    def __init__(self, message: str, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def absolute(path: str) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", path)


def confirm_url(email: str) -> str:
    token = signing.dumps({"e": email}, salt=CONFIRM_SALT, compress=True)
    return absolute(reverse("notifications:confirm", args=[token]))


def unsubscribe_url(email: str, subscription_id: int | None = None) -> str:
    """One conversation's replies (`subscription_id`), or everything (None)."""
    data = {"e": email, **({"s": subscription_id} if subscription_id else {})}
    token = signing.dumps(data, salt=UNSUBSCRIBE_SALT, compress=True)
    return absolute(reverse("notifications:unsubscribe", args=[token]))


def read(token: str, salt: str, max_age: int | None = None) -> dict:
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise BadLink("This link has expired.", expired=True) from None
    except signing.BadSignature:
        raise BadLink("This link is not valid: it may have been cut or changed.") from None
    if not isinstance(data, dict) or not isinstance(data.get("e"), str):
        raise BadLink("This link is not valid: it may have been cut or changed.")
    return data


def read_confirm(token: str) -> str:
    return read(token, CONFIRM_SALT, max_age=settings.NOTIFY_CONFIRM_MAX_AGE)["e"]


def read_unsubscribe(token: str) -> tuple[str, int | None]:
    data = read(token, UNSUBSCRIBE_SALT)
    subscription = data.get("s")
    return data["e"], subscription if isinstance(subscription, int) else None
