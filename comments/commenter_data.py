"""A commenter's data, at their request: everything they sent, or its erasure, by email.

Anyone may ask at /comments/my-data/ with an address; the answer is the same whether or not
the address has comments (it tells no one who commented). When it has, the comments app
announces `commenter_data_requested` with a signed link, and the email app (notifications/)
sends that link to the address and only there: following it proves the address. A link is
signed with the site's SECRET_KEY under its own salt, names the address and what it is for
("download" or "erase"), and expires after COMMENTER_DATA_LINK_MAX_AGE.

The download is the same data twice: readable HTML, and JSON. Apps above this one add what
they keep about the address through the `commenter_data` hook (`fn(email) -> dict`, merged
into the JSON and listed on the page), as notifications/ does for reply subscriptions.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from wagtail import hooks

from .models import Comment

LINK_SALT = "comments.commenter-data"
DOWNLOAD, ERASE = "download", "erase"
ACTIONS = (DOWNLOAD, ERASE)
FIELDS = (
    "id",
    "page",
    "page_url",
    "parent",
    "name",
    "email",
    "website",
    "body",
    "status",
    "created_at",
    "edited_at",
    "ip_address",
    "user_agent",
)


class BadLink(Exception):
    def __init__(self, message: str, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def link_path(email: str, action: str) -> str:
    token = signing.dumps({"e": email.strip().casefold(), "a": action}, salt=LINK_SALT)
    return reverse("commenter_data", args=[token])


def read_link(token: str) -> tuple[str, str]:
    """The address and action a link is for; BadLink when it expired or was changed."""
    try:
        data = signing.loads(token, salt=LINK_SALT, max_age=settings.COMMENTER_DATA_LINK_MAX_AGE)
    except signing.SignatureExpired:
        raise BadLink("This link has expired.", expired=True) from None
    except signing.BadSignature:
        data = None
    if not isinstance(data, dict) or data.get("a") not in ACTIONS or not data.get("e"):
        raise BadLink("This link is not valid: it may have been cut or changed.")
    return data["e"], data["a"]


def comments_of(email: str):
    return Comment.objects.filter(email__iexact=email).select_related("page").order_by("created_at")


def has_comments(email: str) -> bool:
    return Comment.objects.filter(email__iexact=email.strip()).exists()


def export(email: str) -> dict:
    """Everything the site keeps about `email`'s comments, and what other apps add."""
    rows = [
        {
            "id": comment.pk,
            "page": comment.page.title,
            "page_url": comment.page.url,
            "parent": comment.parent_id,
            "name": comment.name,
            "email": comment.email,
            "website": comment.website,
            "body": comment.body,
            "status": comment.status,
            "created_at": comment.created_at.isoformat(),
            "edited_at": comment.edited_at.isoformat() if comment.edited_at else None,
            "ip_address": comment.ip_address,
            "user_agent": comment.user_agent,
        }
        for comment in comments_of(email)
    ]
    data = {"email": email, "comments": rows}
    for more in hooks.get_hooks("commenter_data"):
        data.update(more(email))
    return data
