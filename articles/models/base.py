"""What the dated content pages (articles, book reviews, reading lists) have in common."""

import datetime

from django.db import models
from wagtail import hooks
from wagtail.models import PageManager

from .discussion import Commentable
from .privacy import SitePageQuerySet
from .site_page import SitePage


class ContentPageQuerySet(SitePageQuerySet):
    def for_listing(self):
        """Live, public pages newest first, with what their listing cards show prefetched."""
        return (
            self.live()
            .public()
            .defer_streamfields()
            .annotate_cards()
            .order_by("-date_published", "-pk")
            .prefetch_related(*self.model.card_prefetches())
        )

    def annotate_cards(self):
        """What other apps show on every card of these pages (the comments app: a comment
        count), added through the `annotate_page_cards` hook: `fn(queryset) -> queryset`."""
        queryset = self
        for annotate in hooks.get_hooks("annotate_page_cards"):
            queryset = annotate(queryset)
        return queryset


ContentPageManager = PageManager.from_queryset(ContentPageQuerySet)


class ContentPage(Commentable, SitePage):
    """A dated piece of content that appears in listings and can take comments."""

    date_published = models.DateField(
        "publication date",
        default=datetime.date.today,
        help_text="The date shown to readers. To schedule publication, use 'Go live'.",
    )

    objects = ContentPageManager()

    subpage_types: list[str] = []  # a piece of content has no pages below it
    og_type = "article"

    class Meta:
        abstract = True

    def date_shown(self) -> datetime.date:
        return self.date_published

    @classmethod
    def card_prefetches(cls) -> list:
        """The related objects a listing card of this type shows, for `prefetch_related`."""
        return []

    def comments_opened_on(self) -> datetime.date:
        """The closing period counts from the date shown to readers."""
        return self.date_published

    def listed_on(self) -> list:
        """Their authors' pages list their works."""
        return [author for author in self.notification_authors() if author is not None]

    def pages_showing_comment_count(self) -> list:
        """Every listing of this page shows its card, and every card its comment count."""
        return self.listings()
