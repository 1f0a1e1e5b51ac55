"""The content model. Import models from here: `from articles.models import ArticlePage`."""

from .articles import ArticleIndexPage, ArticlePage, ArticlePageAuthor
from .base import ContentPage
from .books import Book, BookLink, BookReviewIndexPage, BookReviewPage
from .images import WellnessImage, WellnessRendition
from .pages import HomePage, StandardPage
from .people import AuthorIndexPage, AuthorLink, AuthorPage, AuthorRole
from .reading_lists import ReadingListIndexPage, ReadingListItem, ReadingListPage
from .taxonomy import ArticlePageTag, TopicIndexPage, TopicPage

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageAuthor",
    "ArticlePageTag",
    "AuthorIndexPage",
    "AuthorLink",
    "AuthorPage",
    "AuthorRole",
    "Book",
    "BookLink",
    "BookReviewIndexPage",
    "BookReviewPage",
    "ContentPage",
    "HomePage",
    "ReadingListIndexPage",
    "ReadingListItem",
    "ReadingListPage",
    "StandardPage",
    "TopicIndexPage",
    "TopicPage",
    "WellnessImage",
    "WellnessRendition",
]
