"""A commenter's own comment: changed or deleted from the browser that sent it, for a while.

Posting a comment gives the sender's browser a key to it: a signed, timestamped token naming
the comment, in a cookie whose path is that comment's own address (/comments/own/<id>/), so
it is sent nowhere else (not with pages, which stay public and cacheable, and not for another
comment). The key opens the comment for COMMENT_EDIT_SECONDS (15 minutes) after it was
posted; the cookie outlives the window by a day so that a late visit is told the time is up,
rather than that the comment is not theirs.

The comment section shows "Change" and "Delete" beside the visitor's comments while the
window is open, from a list in their session (the same way their comments awaiting
moderation are shown to them alone): a visitor with a session is never served the shared
page cache, so the controls reach no one else. The list only says where to show the
controls; the cookie is what lets a change through.
"""

import time

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from .model_store import unlearn
from .models import Comment, CommentSettings, CommentStatus
from .spam import assess
from .verified import normalise_address, verified_address

TOKEN_SALT = "comments.own-comment"
EDITABLE_SESSION_KEY = "editable_comments"  # {comment id: when posted}, for the controls
COOKIE_GRACE = 24 * 3600  # how long past the window the cookie stays, to say it is over


class NotYours(Exception):
    """This browser may not change the comment; `expired`: it could, and the time is up."""

    def __init__(self, message: str, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def window() -> int:
    return settings.COMMENT_EDIT_SECONDS


def minutes() -> int:
    return max(window() // 60, 1)


def cookie_name(comment_id: int) -> str:
    return f"wellness_own_{comment_id}"


def own_url(comment_id: int) -> str:
    return reverse("own_comment", args=[comment_id])


def grant(request, response, comment: Comment) -> None:
    """Give this browser the key to `comment` (just posted), and show it the controls."""
    response.set_signed_cookie(
        cookie_name(comment.pk),
        str(comment.pk),
        salt=TOKEN_SALT,
        max_age=window() + COOKIE_GRACE,
        path=own_url(comment.pk),
        httponly=True,
        samesite="Strict",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    now = time.time()
    recent = {
        key: posted
        for key, posted in request.session.get(EDITABLE_SESSION_KEY, {}).items()
        if now - posted < window()
    }
    request.session[EDITABLE_SESSION_KEY] = {**recent, str(comment.pk): now}


def editable_ids(request) -> set[int]:
    """The comments this visitor posted whose window is still open (for the controls)."""
    session = getattr(request, "session", None)
    if session is None or EDITABLE_SESSION_KEY not in session:
        return set()
    now = time.time()
    return {
        int(key)
        for key, posted in session[EDITABLE_SESSION_KEY].items()
        if now - posted < window() and key.isdigit()
    }


def check(request, comment: Comment) -> None:
    """Raise NotYours unless this browser holds `comment`'s key and its window is open."""
    try:
        value = request.get_signed_cookie(
            cookie_name(comment.pk), salt=TOKEN_SALT, max_age=window()
        )
    except signing.SignatureExpired:
        raise NotYours(expired_message(), expired=True) from None
    except (KeyError, signing.BadSignature):
        raise NotYours(
            "This comment can only be changed from the browser that posted it, within "
            f"{minutes()} minutes of posting."
        ) from None
    if value != str(comment.pk):
        raise NotYours("This browser's key is for another comment.")
    if comment.status == CommentStatus.REMOVED:
        raise NotYours("A moderator has removed this comment, so it can no longer be changed.")
    if (timezone.now() - comment.created_at).total_seconds() >= window():
        raise NotYours(expired_message(), expired=True)


def expired_message() -> str:
    return (
        f"The {minutes()} minutes for changing this comment are over, so it was kept as it "
        "was. To have it removed now, ask for the erasure of your comments."
    )


def forget(request, response, comment_id: int) -> None:
    """Drop the key and the controls of a comment that is gone."""
    response.delete_cookie(cookie_name(comment_id), path=own_url(comment_id), samesite="Strict")
    editable = request.session.get(EDITABLE_SESSION_KEY, {})
    if str(comment_id) in editable:
        request.session[EDITABLE_SESSION_KEY] = {
            key: posted for key, posted in editable.items() if key != str(comment_id)
        }


def change(request, comment: Comment, body: str) -> Comment:
    """Give `comment` its commenter's new text (CommentEditForm's), and put it through the
    spam checks again.

    An approved comment stays approved only if the checks would let the new text through
    (it is then shown "edited"); otherwise it goes back to a moderator, or to spam."""
    if comment.trained_as:  # the filter learnt the old words from a moderator's decision
        unlearn(comment.body, comment.website, comment.trained_as)
        comment.trained_as = ""
    comment.body = body
    rules = CommentSettings.for_request(request)
    token_address = verified_address(request)
    verified = bool(token_address) and token_address == normalise_address(comment.email)
    verdict = assess(comment, rules, verified=verified)
    comment.status, comment.moderation_note, comment.spam_score = (
        verdict.status,
        verdict.reason,
        verdict.score,
    )
    comment.edited_at = timezone.now()
    comment.save(
        update_fields=[
            "body",
            "status",
            "moderation_note",
            "spam_score",
            "edited_at",
            "trained_as",
        ]
    )
    return comment
