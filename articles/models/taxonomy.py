"""Topics (a small curated taxonomy, each with its own page) and free tags on articles."""

from django.db import models
from django.db.models import Count, Q
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from .listings import paginate
from .site_page import ListingPage, SitePage


class TopicIndexPage(ListingPage):
    subpage_types = ["articles.TopicPage"]

    per_page = None

    class Meta:
        verbose_name = "topic index"

    def listed(self, **kwargs):
        """Its topics by name, each with its number of live articles."""
        return (
            TopicPage.objects.child_of(self)
            .live()
            .public()
            .annotate(article_count=Count("articles", filter=Q(articles__live=True), distinct=True))
            .order_by("title")
        )


class TopicPage(SitePage):
    intro = models.TextField(
        blank=True, max_length=500, help_text="One or two sentences that say what the topic covers."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["articles.TopicIndexPage"]
    subpage_types: list[str] = []

    per_page = 12
    schema_type = "CollectionPage"
    feed_kind = "topic"

    class Meta:
        verbose_name = "topic"

    def summary_source(self) -> str:
        return self.intro

    def linked_from(self) -> list:
        """Its articles name it."""
        return list(self.articles.only("pk", "url_path"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles.for_listing()
        context["articles"] = paginate(request, articles, self.per_page)
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )
