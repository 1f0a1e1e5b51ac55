"""What retires cached pages: every change a reader could see, and nothing else.

Each receiver runs after the transaction commits (a page rendered between the write and the
commit must not be cached as current): it replaces the content generation, which retires
every page in the application cache at once, and, when a front-end cache is configured
(settings.WAGTAILFRONTENDCACHE: Varnish, Cloudflare, CloudFront...), purges the URLs the
change shows on through Wagtail's PurgeBatch.

Page changes purge the page, its ancestors (home and section listings), the topic and
author pages an article appears on, the feeds, and the sitemap with each of its parts.
Comment changes purge the page they belong to and its ancestors (the counts on listing
cards). Other objects (books, images, site settings, view restrictions) purge every page that
uses them, found through Wagtail's reference index, plus the home page and its sections. A
page shown on a listing deeper than that is refreshed by the shared cache's time to live
(PAGE_CACHE_SECONDS).
"""

import logging
import threading

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_init, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..comments.models import Comment, CommentStatus
from ..models import ArticlePage, Book, WellnessImage
from ..models.privacy import forget_restricted_paths
from ..sitemaps import sitemap_paths
from .generation import new_generation
from .site_settings import CachedSiteSetting

logger = logging.getLogger(__name__)

FEED_PATHS = ("/feeds/rss/", "/feeds/atom/")


_pending = threading.local()


def content_changed(pages=()) -> None:
    """Retire cached pages once the current transaction commits; purge `pages` upstream.

    `pages` is a list, or a function returning one that is only called when a front-end
    cache is configured (finding the pages costs queries). Changes made in one transaction
    (a subtree deleted, a page published with its comments moved) are gathered and retired
    together, once, when it commits.
    """
    if not hasattr(_pending, "pages"):
        _pending.pages, _pending.changed = [], False
    if purges_upstream():
        _pending.pages.extend(pages() if callable(pages) else pages)
    _pending.changed = True
    transaction.on_commit(retire)


def purges_upstream() -> bool:
    """Whether a front-end cache is configured: only then is it worth finding what to purge."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def retire() -> None:
    if not getattr(_pending, "changed", False):
        return
    pages, _pending.pages, _pending.changed = _pending.pages, [], False
    try:
        new_generation()
    except Exception:  # the cache is down: nothing in it can be served either
        logger.warning("Could not reach the cache to retire cached pages")
    if purges_upstream():
        purge_upstream(pages)


def purge_upstream(pages) -> None:
    batch = PurgeBatch()
    for page in {page.pk: page for page in pages}.values():
        try:
            batch.add_page(page)
        except Exception:  # a deleted page may no longer have a URL
            logger.info("No URL to purge for page %s", page.pk)
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        batch.add_page(root)
        batch.add_pages(root.get_children().live())
        batch.add_urls(site.root_url + path for path in (*FEED_PATHS, *sitemap_paths(site)))
    batch.purge()


def affected_pages(page: Page) -> list[Page]:
    """The page, its ancestors, and the topic and author pages that list it."""
    pages = [page, *page.get_ancestors().filter(depth__gt=1)]
    specific = page.specific_deferred
    if isinstance(specific, ArticlePage):
        credits = specific.article_authors.select_related("author")
        pages += [*specific.topics.all(), *[credit.author for credit in credits]]
    return pages


def pages_showing(comment: Comment) -> list[Page]:
    page = Page.objects.filter(pk=comment.page_id).first()  # none if it went with its page
    return affected_pages(page) if page else []


def pages_using(instance) -> list[Page]:
    page_ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=[int(pk) for pk in page_ids if pk.isdigit()]))


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, instance, **kwargs):
    content_changed(lambda: affected_pages(instance))


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if type(instance) is Page:  # sent once per deleted page, for its base row
        content_changed([instance])


@receiver(post_init, sender=Comment)
def remember_status(sender, instance, **kwargs):
    instance._loaded_status = instance.__dict__.get("status")


@receiver(post_save, sender=Comment)
@receiver(post_delete, sender=Comment)
def comment_changed(sender, instance, **kwargs):
    """Only comments a reader can see (or could see before) change pages: pending ones don't."""
    was_public = getattr(instance, "_loaded_status", None) == CommentStatus.APPROVED
    if was_public or instance.status == CommentStatus.APPROVED:
        content_changed(lambda: pages_showing(instance))
    instance._loaded_status = instance.status


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def restrictions_changed(sender, **kwargs):
    forget_restricted_paths()  # now, for this transaction; and after it, for everyone else
    transaction.on_commit(forget_restricted_paths)


@receiver(post_save)
@receiver(post_delete)
def used_object_changed(sender, instance, **kwargs):
    if isinstance(instance, CachedSiteSetting):
        instance.forget()
    if isinstance(instance, (Book, WellnessImage, BaseSiteSetting, PageViewRestriction, Site)):
        content_changed(lambda: pages_using(instance))
