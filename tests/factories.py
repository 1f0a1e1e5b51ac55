"""Factories that build a real page tree (wagtail-factories + factory_boy), never fixtures."""

import datetime
import json

import factory
import wagtail_factories
from stdnum.ean import calc_check_digit
from wagtail.models import Page, Site

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageAuthor,
    AuthorIndexPage,
    AuthorPage,
    Book,
    BookReviewIndexPage,
    BookReviewPage,
    HomePage,
    ReadingListIndexPage,
    ReadingListItem,
    ReadingListPage,
    StandardPage,
    TopicIndexPage,
    TopicPage,
)
from comments.models import Comment


def stream(*blocks) -> str:
    """Raw StreamField JSON from (block_type, value) pairs."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def article_body(words: int = 40) -> str:
    filler = " ".join(["gentle"] * words)
    return stream(
        ("heading", {"text": "What it is", "level": "h2", "anchor": ""}),
        ("paragraph", f"<p>Craniosacral therapy is a light-touch therapy. {filler}</p>"),
        ("heading", {"text": "Who should not try it", "level": "h2", "anchor": ""}),
        (
            "callout",
            {
                "kind": "caution",
                "title": "Side effects and who should not try this",
                "body": "<p>Ask your doctor first after a recent head injury.</p>",
            },
        ),
    )


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Soft green shapes on a pale background"
    credit = "Photo: Test Studio"
    file = factory.django.ImageField(width=1600, height=900, color="seagreen")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")


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


class AuthorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Author Number{n}")
    role = "writer"
    credentials = "RN, MSc"
    short_bio = "Writes about gentle therapies."
    bio = "<p>A longer biography.</p>"

    class Meta:
        model = AuthorPage


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

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        for order, author in enumerate(extracted or []):
            ArticlePageAuthor.objects.create(page=self, author=author, sort_order=order)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        """Also takes `topics=[...]` and `tags=[...]`, saved with the page."""
        topics = kwargs.pop("topics", [])
        tags = kwargs.pop("tags", [])
        page = super()._create(model_class, *args, **kwargs)
        if topics or tags:
            page.topics = topics
            page.tags.add(*tags)
            page.save()
        return page


class BookFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Book {n}")
    authors = "Helen Okafor"
    isbn = factory.Sequence(lambda n: f"978190987{n:03d}" + calc_check_digit(f"978190987{n:03d}"))
    publisher = "Riverbend Press"
    year = 2019

    class Meta:
        model = Book


class BookReviewPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Review {n}")
    book = factory.SubFactory(BookFactory)
    rating = 4
    verdict = "Calm, careful and honest about the evidence."
    body = factory.LazyFunction(
        lambda: stream(("paragraph", "<p>A thoughtful book about light-touch work.</p>"))
    )
    date_published = factory.Sequence(
        lambda n: datetime.date(2026, 2, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = BookReviewPage


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


class CommentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    body = factory.Sequence(lambda n: f"A thoughtful comment, number {n}.")
    status = "approved"
    parent = None
    depth = factory.LazyAttribute(lambda c: c.parent.depth + 1 if c.parent else 1)

    class Meta:
        model = Comment
