"""Reading lists: a curator's ordered picks of books, articles and outside resources."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from .base import ContentPage, paginate
from .cached import CacheDependencies
from .discussion import comments_panel
from .privacy import CachedPrivacyMixin, SitePageManager


class ReadingListIndexPage(CacheDependencies, CachedPrivacyMixin, Page):
    objects = SitePageManager()

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ReadingListPage"]
    max_count_per_parent = 1

    per_page = 12

    class Meta:
        verbose_name = "reading list index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lists = ReadingListPage.objects.child_of(self).for_listing()
        context["reading_lists"] = paginate(request, lists, self.per_page)
        return context


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
    subpage_types: list[str] = []

    card_template = "includes/reading_list_card.html"

    class Meta:
        verbose_name = "reading list"

    def notification_authors(self):
        return [self.curator] if self.curator else []

    @classmethod
    def card_prefetches(cls):
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

    @property
    def kind(self) -> str:
        if self.book_id:
            return "book"
        if self.article_id:
            return "article"
        return "link"
