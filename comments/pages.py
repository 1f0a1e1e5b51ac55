"""What the comments app asks of a page: the page describes itself, the app never imports it.

Any Wagtail page can take comments by offering the methods of `CommentablePage`; the content
(articles/models/discussion.py) offers them on its pages. The functions below ask a page for
each, with the answer a page that does not offer it would mean: no comments, nobody to tell,
nothing else to retire.
"""

import datetime
from typing import Protocol, runtime_checkable


@runtime_checkable
class CommentablePage(Protocol):
    """A page visitors may comment on."""

    pk: int

    def comments_are_open(self, close_after_days: int) -> bool:
        """Whether a comment may be posted now; `close_after_days` is the site's default
        closing period (CommentSettings, 0: never), which the page may override."""

    def comments_opened_on(self) -> datetime.date | None:
        """The day the closing period counts from (None: it never closes)."""

    def notification_authors(self) -> list:
        """The authors (with an `email`) told about comments awaiting moderation."""

    def pages_showing_comment_count(self) -> list:
        """The pages besides this one that show its comment count (listings with its card)."""


def takes_comments(page) -> bool:
    """Whether `page` is a page visitors may comment on at all."""
    return callable(getattr(page, "comments_are_open", None))


def comments_are_open(page, close_after_days: int) -> bool:
    return takes_comments(page) and page.comments_are_open(close_after_days)


def notification_authors(page) -> list:
    authors = getattr(page, "notification_authors", None)
    return list(authors()) if callable(authors) else []


def pages_showing_comment_count(page) -> list:
    showing = getattr(page, "pages_showing_comment_count", None)
    return list(showing()) if callable(showing) else []
