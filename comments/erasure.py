"""Erasing what a commenter sent: `manage.py erase_commenter`, a commenter's own "delete" and
the erasure they ask for by email (commenter_data.py) all come here, so all three treat other
people's replies the same way.

Anonymising replaces name, email, website, IP address, browser and text, so replies by others
keep their place; deleting removes a comment, except one that others replied to, which is
anonymised instead. The learning filter forgets the words it learnt from them, and listeners
of `commenter_erased` (notifications/: reply subscriptions) forget the rest: of those comments
alone, or of the whole address when everything from it is erased.
"""

from dataclasses import dataclass

from django.db import transaction

from .invalidation import comments_changed
from .model_store import unlearn
from .models import Comment
from .signals import commenter_erased

ANONYMOUS = "Anonymous"
ERASED = "This comment was removed at its author's request."


@dataclass
class Erased:
    comments: int = 0
    deleted: int = 0
    anonymised: int = 0


def erase(comments: list[Comment], delete: bool = False, email: str = "") -> Erased:
    """Erase `comments` (anonymise them, or with `delete` delete those nobody replied to);
    `email`: they are everything from that address, which listeners forget too."""
    if not comments:
        return Erased()
    with transaction.atomic():
        for comment in comments:  # the learning filter forgets their words too
            if comment.trained_as:
                unlearn(comment.body, comment.website, comment.trained_as)
        ids = [c.pk for c in comments]
        with_replies = set(
            Comment.objects.filter(parent_id__in=ids).values_list("parent_id", flat=True)
        )
        deleted = 0
        if delete:
            deleted, _ = Comment.objects.filter(pk__in=set(ids) - with_replies).delete()
            ids = list(with_replies)
        anonymised = Comment.objects.filter(pk__in=ids).update(
            name=ANONYMOUS,
            email="",
            website="",
            body=ERASED,
            ip_address=None,
            user_agent="",
            trained_as="",
            proof="",  # the hash of their browser's key, and of their words
            fingerprint="",
            link_hosts="",  # the sites their text and website linked to
        )
        comments_changed({comment.page_id for comment in comments})  # updated in bulk
        commenter_erased.send(
            sender=Comment,
            emails={email.strip()} if email else set(),
            comment_ids=[comment.pk for comment in comments],
        )
    return Erased(len(comments), deleted, anonymised)


def erase_commenter(email: str, delete: bool = False) -> Erased:
    """Erase every comment sent from `email` (any case)."""
    comments = list(Comment.objects.filter(email__iexact=email.strip()))
    return erase(comments, delete=delete, email=email)
