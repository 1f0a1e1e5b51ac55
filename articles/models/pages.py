"""The home page and plain standard pages (About, policies, Privacy)."""

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import StandardBodyBlock
from ..streams import stream_texts
from .articles import ArticlePage
from .books import BookReviewPage
from .discussion import Commentable, comments_panel
from .reading_lists import ReadingListPage
from .site_page import SitePage
from .taxonomy import TopicPage


class HomePage(SitePage):
    tagline = models.CharField(max_length=200, blank=True)
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "articles.BookReviewIndexPage",
        "articles.ReadingListIndexPage",
        "articles.AuthorIndexPage",
        "articles.TopicIndexPage",
        "articles.StandardPage",
    ]

    featured_count = 3
    latest_count = 6
    reviews_count = 3
    lists_count = 3

    class Meta:
        verbose_name = "home page"

    def summary_source(self) -> str:
        return self.intro or self.tagline

    def json_ld(self, request, context, meta, publisher) -> dict:
        """The site itself, and how to search it."""
        search = request.build_absolute_uri(reverse("search")) + "?q={search_term_string}"
        return {
            "@type": "WebSite",
            "name": publisher["name"],
            "url": self.get_full_url(request),
            "description": meta.description,
            "publisher": publisher,
            "potentialAction": {
                "@type": "SearchAction",
                "target": {"@type": "EntryPoint", "urlTemplate": search},
                "query-input": "required name=search_term_string",
            },
        }

    def route(self, request, path_components):
        """Find the deepest page the path names in one query (by slug and depth, both indexed),
        not one query per level; routable pages and 404s are then Wagtail's as usual."""
        if not path_components:
            return super().route(request, path_components)
        levels = Q()
        for n, slug in enumerate(path_components, start=1):
            levels |= Q(depth=self.depth + n, slug=slug)
        candidates = {
            (page.depth, page.path[: -Page.steplen]): page
            for page in Page.objects.filter(levels, path__startswith=self.path).only(
                "path", "depth", "content_type", "title", "url_path", "live"
            )
        }
        chain, parent_path = [], self.path
        for depth in range(self.depth + 1, self.depth + len(path_components) + 1):
            page = candidates.get((depth, parent_path))
            if page is None:
                break
            chain.append(page)
            parent_path = page.path
        if not chain:
            raise Http404
        deepest = chain[-1]
        # Its breadcrumbs, found on the way: the page need not ask for its ancestors again.
        request.routed_ancestors = [page for page in [self, *chain[:-1]] if page.live]
        return with_route_related(deepest).route(
            request, path_components[deepest.depth - self.depth :]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.descendant_of(self).for_listing()
        featured = list(articles.filter(featured=True)[: self.featured_count])
        context.update(
            featured_articles=featured,
            latest_articles=articles.exclude(pk__in=[a.pk for a in featured])[: self.latest_count],
            topics=TopicPage.objects.descendant_of(self).live().public().order_by("title"),
            latest_reviews=BookReviewPage.objects.descendant_of(self).for_listing()[
                : self.reviews_count
            ],
            latest_reading_lists=ReadingListPage.objects.descendant_of(self).for_listing()[
                : self.lists_count
            ],
        )
        return context


def with_route_related(page: Page) -> Page:
    """The specific page, and in the same query what its type shows on every view of it
    (its `route_related`: the article's hero image, say)."""
    model = page.specific_class
    related = getattr(model, "route_related", ())
    if model is None or not related:
        return page.specific
    return model.objects.select_related(*related).get(pk=page.pk)


class StandardPage(Commentable, SitePage):
    """About, policies, Privacy: comments are off unless an editor turns them on (an
    imported WordPress page keeps its own setting)."""

    intro = models.TextField(blank=True, max_length=500)
    body = StreamField(StandardBodyBlock(), blank=True)
    comments_open = models.BooleanField(
        default=False, help_text="Let visitors leave comments on this page."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, comments_panel()]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["articles.HomePage", "articles.StandardPage"]
    subpage_types = ["articles.StandardPage"]

    class Meta:
        verbose_name = "standard page"

    def summary_source(self) -> str:
        return self.intro

    def search_texts(self) -> list[str]:
        return [*super().search_texts(), *stream_texts(self.body)]
