"""The base of every page on the site: what each page says about itself.

Search results, cards, feeds, the page head and its JSON-LD ask the page for its summary,
byline, share image and structured data instead of checking what type it is; each page
type overrides only what differs. What a change to a page retires (`CacheDependencies`) and
the cached answer to "is it private?" (`CachedPrivacyMixin`) come with it.
"""

from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .cached import CacheDependencies
from .listings import paginate
from .privacy import CachedPrivacyMixin, SitePageManager

SUMMARY_LENGTH = 160
RSS, ATOM = "application/rss+xml", "application/atom+xml"


def plain_text(value) -> str:
    """Rich or plain text as one line of plain text."""
    return " ".join(strip_tags(str(value or "")).split())


class SitePage(CacheDependencies, CachedPrivacyMixin, Page):
    """A page of this site: cached privacy, what a change retires, and its self-description."""

    objects = SitePageManager()

    og_type = "website"  # what Open Graph calls it
    schema_type = "WebPage"  # the schema.org type of a page without its own `json_ld`
    feed_kind = ""  # "topic", "author": the page has its own RSS and Atom feeds
    known_ancestors = None  # its live ancestors, when they came with it (from a cache)

    class Meta:
        abstract = True

    def summary_source(self) -> str:
        """The field that says in a line or two what the page is about (rich or plain)."""
        return ""

    def summary(self) -> str:
        """What search engines, share cards and search results show under the title."""
        return Truncator(plain_text(self.summary_source())).chars(SUMMARY_LENGTH)

    def search_texts(self) -> list[str]:
        """The passages a search result's excerpt is taken from, in order."""
        return [text for text in [self.summary()] if text]

    def excerpt_passages(self) -> list[str]:
        """The passages for its excerpt in search results where the engine stored none
        (Wagtail's backends; a page indexed before it did): the page's own."""
        return self.search_texts()

    def share_image(self):
        """The picture a link to this page shows (None: the site's default)."""
        return None

    def share_image_alt(self) -> str:
        image = self.share_image()
        return image.description if image else ""

    def byline(self) -> str:
        """Who made it, in a line, as search results show it."""
        return ""

    @classmethod
    def byline_prefetches(cls) -> list:
        """What `byline` reads of related objects, for `prefetch_related` (search results
        show bylines, not pictures)."""
        return []

    def date_shown(self):
        """The date readers see on it (None: undated)."""
        return None

    def breadcrumb_ancestors(self):
        """Its live ancestors below the root, for breadcrumbs (one query, unless known)."""
        if self.known_ancestors is not None:
            return self.known_ancestors
        return self.get_ancestors().filter(depth__gt=1).live().only("title", "url_path", "depth")

    def own_feeds(self) -> list[tuple[str, str, str]]:
        """Its own feeds besides the site's: (title, URL, MIME type)."""
        if not self.feed_kind:
            return []
        return [
            (
                f"{self.title} ({label})",
                reverse(f"feed_{self.feed_kind}_{fmt}", args=[self.slug]),
                mime,
            )
            for fmt, label, mime in (("rss", "RSS", RSS), ("atom", "Atom", ATOM))
        ]

    def json_ld(self, request, context, meta, publisher) -> dict:
        """The page in the schema.org vocabulary (without `@context`; empty values are dropped)."""
        return {
            "@type": self.schema_type,
            "name": self.title,
            "description": meta.description,
            "url": meta.canonical,
            "publisher": publisher,
        }


class ListingPage(SitePage):
    """A section's index (articles, book reviews, reading lists, authors, topics): an intro,
    then its child pages; one template (articles/listing_page.html) with blocks for what
    differs."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["articles.HomePage"]
    max_count_per_parent = 1

    schema_type = "CollectionPage"
    per_page: int | None = 12  # None: everything on one page

    class Meta:
        abstract = True

    @classmethod
    def listed_model(cls):
        """The one page type it lists: its child page type."""
        return cls.allowed_subpage_models()[0]

    def listed_noun(self) -> str:
        """What it lists, in words ("book reviews"), for "No book reviews yet."."""
        return self.listed_model()._meta.verbose_name_plural

    def summary_source(self) -> str:
        return self.intro

    def listed(self, **kwargs) -> models.QuerySet:
        """Its live, public children as listing cards, newest first."""
        return self.listed_model().objects.child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listed = self.listed(**kwargs)
        context["listing"] = paginate(request, listed, self.per_page) if self.per_page else listed
        return context
