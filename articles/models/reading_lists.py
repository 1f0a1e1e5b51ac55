"""Reading lists: a curator's ordered picks of books, articles and outside resources."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from .base import ContentPage
from .discussion import comments_panel
from .site_page import ListingPage


class ReadingListIndexPage(ListingPage):
    subpage_types = ["articles.ReadingListPage"]

    template = "articles/listing_page.html"

    class Meta:
        verbose_name = "reading list index"


class ReadingListPage(ContentPage):
    intro = RichTextField(features=["bold", "italic", "link", "ol", "ul"])
    curator = models.ForeignKey(
        "articles.AuthorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reading_lists",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("curator"),
        InlinePanel("items", heading="Items", label="Item", min_num=1),
        FieldPanel("date_published"),
    ]
    settings_panels = [*Page.settings_panels, comments_panel()]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.RelatedFields("items", [index.SearchField("note"), index.SearchField("link_title")]),
        index.FilterField("date_published"),
    ]

    parent_page_types = ["articles.ReadingListIndexPage"]

    card_template = "includes/reading_list_card.html"

    class Meta:
        verbose_name = "reading list"

    def notification_authors(self):
        return [self.curator] if self.curator else []

    def summary_source(self) -> str:
        return self.intro

    def byline(self) -> str:
        return f"Curated by {self.curator.title}" if self.curator else ""

    def json_ld(self, request, context, meta, publisher) -> dict:
        elements = []
        for position, item in enumerate(context.get("items", []), start=1):
            name, url = item.name_and_url(request)
            element = {"@type": "ListItem", "position": position, "name": name}
            if url:
                element["url"] = url
            elements.append(element)
        return {
            "@type": "ItemList",
            "name": self.title,
            "description": meta.description,
            "url": meta.canonical,
            "numberOfItems": len(elements),
            "itemListElement": elements,
        }

    @classmethod
    def card_prefetches(cls):
        return ["curator"]

    @classmethod
    def byline_prefetches(cls):
        return ["curator"]

    def get_context(self, request, *args, **kwargs):
        from .articles import ArticlePageAuthor
        from .books import BookReviewPage

        context = super().get_context(request, *args, **kwargs)
        images = get_image_model().objects.prefetch_renditions()
        items = (
            self.items.select_related("book", "article")
            .prefetch_related(
                models.Prefetch("book__cover", queryset=images),
                models.Prefetch("book__reviews", queryset=BookReviewPage.objects.live().public()),
                models.Prefetch("article__hero_image", queryset=images),
                models.Prefetch(
                    "article__article_authors",
                    queryset=ArticlePageAuthor.objects.select_related("author"),
                ),
            )
            .order_by("sort_order")
        )
        context["items"] = [
            item
            for item in items
            if not (item.article_id and not item.article.live)
            and not (item.book_id and not item.book.live)  # a book never published: not shown
        ]
        return context


class ReadingListItem(Orderable):
    page = ParentalKey(ReadingListPage, on_delete=models.CASCADE, related_name="items")
    book = models.ForeignKey(
        "articles.Book", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_url = models.URLField("link URL", blank=True)
    link_title = models.CharField("link title", max_length=255, blank=True)
    note = models.TextField("curator's note", blank=True, max_length=1000)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("book"),
                PageChooserPanel("article", "articles.ArticlePage"),
                FieldPanel("link_url"),
                FieldPanel("link_title"),
            ],
            heading="Choose one: a book, an article, or an outside link",
        ),
        FieldPanel("note"),
    ]

    def clean(self):
        super().clean()
        chosen = [bool(self.book_id), bool(self.article_id), bool(self.link_url)]
        if sum(chosen) != 1:
            raise ValidationError("Choose exactly one of a book, an article or a link.")
        if self.link_url and not self.link_title:
            raise ValidationError({"link_title": "Give the link a title readers will recognise."})

    def name_and_url(self, request) -> tuple[str, str | None]:
        """What the item is called and where it leads (a book: to our review, if any)."""
        if self.book_id:
            review = self.book.review
            return self.book.title, review.get_full_url(request) if review else None
        if self.article_id:
            return self.article.title, self.article.get_full_url(request)
        return self.link_title, self.link_url

    @property
    def kind(self) -> str:
        if self.book_id:
            return "book"
        if self.article_id:
            return "article"
        return "link"
