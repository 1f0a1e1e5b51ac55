"""The content model. Import models from here: `from articles.models import ArticlePage`."""

from .article_links import ArticleLink
from .articles import ArticleIndexPage, ArticlePage, ArticlePageAuthor
from .base import ContentPage
from .books import Book, BookLink, BookReviewIndexPage, BookReviewPage
from .discussion import Commentable
from .glossary import GlossaryTerm
from .images import WellnessImage, WellnessRendition
from .pages import HomePage, StandardPage
from .people import AuthorIndexPage, AuthorLink, AuthorPage, AuthorRole
from .reading_lists import ReadingListIndexPage, ReadingListItem, ReadingListPage
from .search import SearchDocument, SearchTerm, SearchText
from .site_settings import FeedSettings, HealthSettings, ReadingLevelSettings
from .taxonomy import ArticlePageTag, TopicIndexPage, TopicPage

__all__ = [
    "ArticleIndexPage",
    "ArticleLink",
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
    "Commentable",
    "ContentPage",
    "FeedSettings",
    "GlossaryTerm",
    "HealthSettings",
    "HomePage",
    "ReadingLevelSettings",
    "ReadingListIndexPage",
    "ReadingListItem",
    "ReadingListPage",
    "SearchDocument",
    "SearchTerm",
    "SearchText",
    "StandardPage",
    "TopicIndexPage",
    "TopicPage",
    "WellnessImage",
    "WellnessRendition",
]
