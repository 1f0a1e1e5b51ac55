"""Factories that build a real site (wagtail-factories + factory_boy), never fixtures.

The tests, the benchmarks (bench/) and the proof scripts (scripts/proof/) all build their content
with these, so they live beside the site's wiring, the one layer that may import every app.
They are development tools: factory_boy and wagtail-factories are in the `dev` extra only, and
nothing the site runs in production imports this package.
"""

from .books import BookFactory, BookReviewPageFactory
from .comments import CommentFactory
from .follows import FollowFactory, confirmed_followers
from .media import DocumentFactory, ImageFactory
from .pages import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorIndexPageFactory,
    BookReviewIndexPageFactory,
    HomePageFactory,
    ReadingListIndexPageFactory,
    ReadingListPageFactory,
    StandardPageFactory,
    TopicIndexPageFactory,
    TopicPageFactory,
)
from .people import AuthorPageFactory
from .site_tree import SiteTree
from .streams import article_body, stream

__all__ = [
    "ArticleIndexPageFactory",
    "ArticlePageFactory",
    "AuthorIndexPageFactory",
    "AuthorPageFactory",
    "BookFactory",
    "BookReviewIndexPageFactory",
    "BookReviewPageFactory",
    "CommentFactory",
    "DocumentFactory",
    "FollowFactory",
    "HomePageFactory",
    "ImageFactory",
    "ReadingListIndexPageFactory",
    "ReadingListPageFactory",
    "SiteTree",
    "StandardPageFactory",
    "TopicIndexPageFactory",
    "TopicPageFactory",
    "article_body",
    "confirmed_followers",
    "stream",
]
