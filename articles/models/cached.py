"""What a page's render depends on, and what a change to it retires, said by the page itself.

The caching layer (caching/) knows tags and pages, not this site's content: each page type
says here which tags its render depends on and which pages show it (its section listings,
topic and author pages, the articles that link to it as previous, next or related), and the
receivers in articles/invalidation.py and comments/invalidation.py retire exactly those, in
the page cache, the fragment cache and Varnish or a CDN alike.
"""

from caching.pages import page_tag
from caching.tags import depends_on

from ..sitemaps import sitemap_paths

# Retired by every change to a published page: what lists pages from everywhere (search,
# feeds, sitemaps) and any view that declares nothing (settings.PAGE_CACHE_DEFAULT_TAGS).
LISTINGS = "listings"
FEED_PATHS = ("/feeds/rss/", "/feeds/atom/")


def listing_paths(site) -> list[str]:
    """Paths that list pages from everywhere, purged upstream with every published change."""
    return [*FEED_PATHS, *sitemap_paths(site)]


LISTING_PATHS = (listing_paths,)


class CacheDependencies:
    """Mixed into every page type of the site: first in the bases, after `Commentable`."""

    def cache_tags(self) -> list[str]:
        """What a render of this page depends on."""
        return [page_tag(self.pk)]

    def listed_on(self) -> list:
        """Pages besides its ancestors that show this page's card (topics, an author's works)."""
        return []

    def linked_from(self) -> list:
        """Pages that show this one's title elsewhere (as previous, next or related)."""
        return []

    def refresh_links(self) -> list:
        """Work out again what this page shows of other pages, stored on publish; returns the
        pages whose display changed with it."""
        return []

    def pages_retired_with(self) -> list:
        """What a publish, unpublish, move or delete of this page retires."""
        return [self, *self.listings(), *self.linked_from()]

    def pages_showing_comment_count(self) -> list:
        """What a comment on this page appearing or disappearing retires besides the page."""
        return []

    def listings(self) -> list:
        """Its sections and home page (ancestors below the root), and `listed_on`."""
        ancestors = self.get_ancestors().filter(depth__gt=1).only("pk", "path", "url_path")
        return [*ancestors, *self.listed_on()]

    def is_in_menus(self) -> bool:
        """Shown in every page's menu or footer: a change to it retires the whole site."""
        return self.depth == 3

    def serve(self, request, *args, **kwargs):
        depends_on(request, *self.cache_tags())
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # For fragment keys: changes whenever one of the page's tags is retired.
        context["page_version"] = depends_on(request, *self.cache_tags())
        return context
