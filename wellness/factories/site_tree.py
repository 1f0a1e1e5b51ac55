"""The site's page tree as a reader finds it, for tests, benchmarks and proof scripts."""

from wagtail.models import Page, Site

from articles.models import (
    ArticlePage,
    AuthorPage,
    BookReviewPage,
    ReadingListPage,
    StandardPage,
    TopicPage,
)

from .books import BookReviewPageFactory
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


class SiteTree:
    """The site's page tree as a reader finds it: a home page and its sections."""

    def __init__(self):
        root = Page.get_first_root_node()
        self.home = HomePageFactory(parent=root, slug="wellness-home")
        site = Site.objects.get(is_default_site=True)
        site.root_page = self.home
        site.save()
        self.articles = ArticleIndexPageFactory(parent=self.home)
        self.topics = TopicIndexPageFactory(parent=self.home)
        self.authors = AuthorIndexPageFactory(parent=self.home)
        self.reviews = BookReviewIndexPageFactory(parent=self.home)
        self.reading_lists = ReadingListIndexPageFactory(parent=self.home)

    def author(self, **kwargs) -> AuthorPage:
        return AuthorPageFactory(parent=self.authors, **kwargs)

    def topic(self, **kwargs) -> TopicPage:
        return TopicPageFactory(parent=self.topics, **kwargs)

    def article(self, authors=None, **kwargs) -> ArticlePage:
        authors = authors if authors is not None else [self.author()]
        return ArticlePageFactory(parent=self.articles, authors=authors, **kwargs)

    def review(self, **kwargs) -> BookReviewPage:
        return BookReviewPageFactory(parent=self.reviews, **kwargs)

    def reading_list(self, **kwargs) -> ReadingListPage:
        return ReadingListPageFactory(parent=self.reading_lists, **kwargs)

    def standard_page(self, **kwargs) -> StandardPage:
        return StandardPageFactory(parent=self.home, **kwargs)
