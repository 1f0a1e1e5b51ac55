"""The content model. Import models from here: `from articles.models import ArticlePage`."""

from ..comments.models import Comment, CommentSettings, SpamCorpus
from .article_links import ArticleLink
from .articles import ArticleIndexPage, ArticlePage, ArticlePageAuthor
from .base import ContentPage
from .books import Book, BookLink, BookReviewIndexPage, BookReviewPage
from .commentable import Commentable
from .images import WellnessImage, WellnessRendition
from .pages import HomePage, StandardPage
from .people import AuthorIndexPage, AuthorLink, AuthorPage, AuthorRole
from .reading_lists import ReadingListIndexPage, ReadingListItem, ReadingListPage
from .site_settings import FeedSettings, HealthSettings
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
    "Comment",
    "CommentSettings",
    "Commentable",
    "ContentPage",
    "FeedSettings",
    "HealthSettings",
    "HomePage",
    "ReadingListIndexPage",
    "ReadingListItem",
    "ReadingListPage",
    "SpamCorpus",
    "StandardPage",
    "TopicIndexPage",
    "TopicPage",
    "WellnessImage",
    "WellnessRendition",
]
