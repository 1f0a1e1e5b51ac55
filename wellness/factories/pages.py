"""The site's pages: home, sections, articles, topics, reading lists and standard pages."""

import datetime

import factory
import wagtail_factories

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageAuthor,
    AuthorIndexPage,
    BookReviewIndexPage,
    HomePage,
    ReadingListIndexPage,
    ReadingListItem,
    ReadingListPage,
    StandardPage,
    TopicIndexPage,
    TopicPage,
)

from .streams import article_body, stream


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Wellness"
    slug = "home"
    tagline = "Gentle therapies, honestly explained"

    class Meta:
        model = HomePage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"
    show_in_menus = True

    class Meta:
        model = ArticleIndexPage


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Topics"
    slug = "topics"
    show_in_menus = True

    class Meta:
        model = TopicIndexPage


class AuthorIndexPageFactory(wagtail_factories.PageFactory):
    title = "Authors"
    slug = "authors"
    show_in_menus = True

    class Meta:
        model = AuthorIndexPage


class BookReviewIndexPageFactory(wagtail_factories.PageFactory):
    title = "Book reviews"
    slug = "reviews"
    show_in_menus = True

    class Meta:
        model = BookReviewIndexPage


class ReadingListIndexPageFactory(wagtail_factories.PageFactory):
    title = "Reading lists"
    slug = "reading-lists"
    show_in_menus = True

    class Meta:
        model = ReadingListIndexPage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    intro = "Everything about this topic."

    class Meta:
        model = TopicPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article number {n}")
    standfirst = "What craniosacral therapy is, and what the evidence says."
    body = factory.LazyFunction(article_body)
    date_published = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        """Also takes `authors=[...]`, credited in the page as the editor's form does (saved
        with it), and `topics=[...]` and `tags=[...]`, saved with the page."""
        kwargs["article_authors"] = [
            ArticlePageAuthor(author=author, sort_order=order)
            for order, author in enumerate(kwargs.pop("authors", None) or [])
        ]
        topics = kwargs.pop("topics", [])
        tags = kwargs.pop("tags", [])
        page = super()._create(model_class, *args, **kwargs)
        if topics or tags:
            page.topics = topics
            page.tags.add(*tags)
            page.save()
        return page


class ReadingListPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Reading list {n}")
    intro = "<p>Where to start.</p>"
    date_published = factory.Sequence(
        lambda n: datetime.date(2026, 3, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = ReadingListPage
        skip_postgeneration_save = True

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        """`items=[{"book": b, "note": ...}, {"article": a}, {"link_url": ..., ...}]`."""
        for order, item in enumerate(extracted or []):
            ReadingListItem.objects.create(page=self, sort_order=order, **item)


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "A plain page."
    body = factory.LazyFunction(lambda: stream(("paragraph", "<p>Plain words.</p>")))

    class Meta:
        model = StandardPage
