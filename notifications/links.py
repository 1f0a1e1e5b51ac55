"""The signed links in emails: confirm an address or a follow, unsubscribe, your data.

A confirmation link expires (NOTIFY_CONFIRM_MAX_AGE), and so does the link to a subscriber's
data (NOTIFY_DATA_LINK_MAX_AGE: it downloads and erases, so an old forwarded email must not);
an unsubscribe link never does (an old email must still let its reader out). All are signed
with the site's SECRET_KEY, each kind with its own salt: a link of one kind is no key for
another, and an edited one is refused.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM_SALT = "notifications.confirm"
UNSUBSCRIBE_SALT = "notifications.unsubscribe"
FOLLOW_SALT = "notifications.follow"
DATA_SALT = "notifications.data"


class BadLink(Exception):
    def __init__(self, message: str, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def absolute(path: str) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", path)


def confirm_url(email: str) -> str:
    token = signing.dumps({"e": email}, salt=CONFIRM_SALT, compress=True)
    return absolute(reverse("notifications:confirm", args=[token]))


def unsubscribe_url(
    email: str, subscription_id: int | None = None, follow_id: int | None = None, weekly=False
) -> str:
    """One conversation's replies (`subscription_id`), one follow, the weekly email's
    follows (`weekly`), or everything (none of them)."""
    data = {"e": email}
    if subscription_id:
        data["s"] = subscription_id
    if follow_id:
        data["f"] = follow_id
    if weekly:
        data["w"] = 1
    token = signing.dumps(data, salt=UNSUBSCRIBE_SALT, compress=True)
    return absolute(reverse("notifications:unsubscribe", args=[token]))


def follow_confirm_url(email: str, follow_id: int) -> str:
    token = signing.dumps({"e": email, "f": follow_id}, salt=FOLLOW_SALT, compress=True)
    return absolute(reverse("notifications:confirm_follow", args=[token]))


def data_url(email: str) -> str:
    token = signing.dumps({"e": email}, salt=DATA_SALT, compress=True)
    return absolute(reverse("notifications:your_data", args=[token]))


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


def number(data: dict, key: str) -> int | None:
    value = data.get(key)
    return value if isinstance(value, int) else None


def read_unsubscribe(token: str) -> tuple[str, int | None, int | None, bool]:
    """(address, reply subscription id or None, follow id or None, the weekly follows)."""
    data = read(token, UNSUBSCRIBE_SALT)
    return data["e"], number(data, "s"), number(data, "f"), data.get("w") == 1


def read_follow_confirm(token: str) -> tuple[str, int]:
    data = read(token, FOLLOW_SALT, max_age=settings.NOTIFY_CONFIRM_MAX_AGE)
    follow_id = number(data, "f")
    if follow_id is None:
        raise BadLink("This link is not valid: it may have been cut or changed.")
    return data["e"], follow_id


def read_data(token: str) -> str:
    return read(token, DATA_SALT, max_age=settings.NOTIFY_DATA_LINK_MAX_AGE)["e"]
