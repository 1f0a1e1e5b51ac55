"""Retiring Wagtail pages when a change commits: their tags here, their URLs upstream.

The content says what a change retires (each page type describes it); this module only
carries it out, when the transaction that made the change commits: a page rendered between
the write and the commit must not be kept as current, and a change rolled back retires
nothing. When a front-end
cache is configured (settings.WAGTAILFRONTENDCACHE: Varnish, Cloudflare, CloudFront...),
the same pages are purged there through Wagtail's PurgeBatch, with any extra paths (feeds,
sitemaps) on every site.

A page's dependants can change with an edit (an article moved to another topic leaves the
old topic's page listing it), so the pages a change retired are remembered for the page and
retired again with its next change.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

from . import tags as cache_tags

logger = logging.getLogger(__name__)


def page_tag(page_id) -> str:
    return f"page:{page_id}"


def comments_tag(page_id) -> str:
    """The tag of a page's visible comments: the page's render and its comment parts depend on
    it, and a change to those comments retires it (named here, where pages and comments meet)."""
    return f"comments:{page_id}"


def dependants_key(page_id) -> str:
    return f"retired-with:{page_id}"


def retire_on_commit(
    pages=(), tags=(), paths=(), site_wide=False, remember_for=None, purge=()
) -> None:
    """Retire `pages` and `tags` when the current transaction commits (never if it rolls back).

    `remember_for`: the page whose change this is; the pages retired with its previous change
    are retired again, and these are remembered for its next one. `purge`: more pages to purge
    upstream, whose own tags stay (a page whose comments changed: its comments tag goes).
    `paths`: paths purged upstream on every site, or functions of a site giving them.
    """
    pages = {page.pk: page for page in pages if page is not None and page.pk}
    retired = (
        {page_tag(pk) for pk in pages} | set(tags) | ({cache_tags.SITE} if site_wide else set())
    )
    if remember_for is not None:
        retired.update(page_tag(pk) for pk in cache.get(dependants_key(remember_for)) or [])
    upstream = None
    if purges_upstream():
        upstream = [*pages.values(), *(page for page in purge if page is not None)], list(paths)

    def retire() -> None:
        try:
            cache_tags.retire(retired)
            if remember_for is not None:
                cache.set(dependants_key(remember_for), list(pages), timeout=None)
        except Exception:  # the cache is down: nothing in it can be served either
            logger.warning("Could not reach the cache to retire cached pages")
        if upstream:
            purge_upstream(*upstream)

    transaction.on_commit(retire)


def purges_upstream() -> bool:
    """Whether a front-end cache is configured: only then are URLs worth finding."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_upstream(pages, paths) -> None:
    batch = PurgeBatch()
    for page in pages:
        try:
            batch.add_page(page)
        except Exception:  # a deleted page may no longer have a URL
            logger.info("No URL to purge for page %s", page.pk)
    if paths:
        for site in Site.objects.all():
            for path in paths:  # a path, or a function giving a site's paths
                found = path(site) if callable(path) else [path]
                batch.add_urls(site.root_url + each for each in found)
    batch.purge()


def retire_site_on_commit(paths=()) -> None:
    """Everything, for changes every page shows (menus, settings, sites, restrictions)."""
    home_pages = Page.objects.filter(sites_rooted_here__isnull=False) if purges_upstream() else []
    retire_on_commit(pages=home_pages, paths=paths, site_wide=True)
