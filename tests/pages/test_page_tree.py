"""Where each page type may live in the tree, as an editor meets it in the admin."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthorIndexPage,
    AuthorPage,
    BookReviewIndexPage,
    BookReviewPage,
    HomePage,
    ReadingListIndexPage,
    ReadingListPage,
    StandardPage,
    TopicIndexPage,
    TopicPage,
)


class PageTreeRules(WagtailPageTestCase):
    def test_home_page_holds_the_sections_and_standard_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ArticleIndexPage,
                BookReviewIndexPage,
                ReadingListIndexPage,
                AuthorIndexPage,
                TopicIndexPage,
                StandardPage,
            },
        )

    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_each_index_holds_only_its_own_kind(self):
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(BookReviewIndexPage, {BookReviewPage})
        self.assertAllowedSubpageTypes(ReadingListIndexPage, {ReadingListPage})
        self.assertAllowedSubpageTypes(AuthorIndexPage, {AuthorPage})
        self.assertAllowedSubpageTypes(TopicIndexPage, {TopicPage})

    def test_each_index_lives_under_the_home_page(self):
        for index in (
            ArticleIndexPage,
            BookReviewIndexPage,
            ReadingListIndexPage,
            AuthorIndexPage,
            TopicIndexPage,
        ):
            self.assertAllowedParentPageTypes(index, {HomePage})

    def test_content_pages_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedParentPageTypes(BookReviewPage, {BookReviewIndexPage})
        self.assertAllowedParentPageTypes(ReadingListPage, {ReadingListIndexPage})
        self.assertAllowedParentPageTypes(AuthorPage, {AuthorIndexPage})
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})

    def test_content_pages_have_no_children(self):
        for leaf in (ArticlePage, BookReviewPage, ReadingListPage, AuthorPage, TopicPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_an_article_cannot_be_created_directly_under_the_home_page(self):
        self.assertCanNotCreateAt(HomePage, ArticlePage)
