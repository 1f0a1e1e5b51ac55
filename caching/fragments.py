"""Computed parts of a page kept in the shared cache under the tags they depend on.

What an article shows around its body (authors and their photos, topics, tags, the previous
and next article, related articles with their cards) costs queries and changes only when one
of its tags is retired. Readers whose page is not served from the page cache (a visitor with
a pending comment, a signed-in editor) and the first reader after a change get them from
here. A part's key holds the latest retirement of its tags, so a retired part is simply never
read again. Previews always compute them afresh.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from .release import release
from .tags import depends_on

logger = logging.getLogger(__name__)


def fragments_on(request) -> bool:
    return bool(settings.FRAGMENT_CACHE_SECONDS) and not getattr(request, "is_preview", False)


def cached_part(request, name: str, compute, tags=()):
    """`compute()`, kept under `name` while none of `tags` (nor the site) is retired."""
    if not fragments_on(request):
        return compute()
    try:
        key = f"part:{release()}:{name}:{depends_on(request, *tags)}"
        value = cache.get(key)
    except Exception:  # the cache is down: compute it, as if it were empty
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
        except Exception:  # not stored this time; the page is still right
            logger.warning("Could not store %s in the cache", name, exc_info=True)
    return value


def without_prefetched_renditions(*images) -> None:
    """Let cached images find their renditions in Wagtail's rendition cache.

    Renditions prefetched when a part was computed may be incomplete (the first render
    creates them); a cached copy would then look for the missing ones in the database on
    every render. Without a prefetched list, Wagtail reads them from the cache.
    """
    for image in images:
        if image is None:
            continue
        getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)
        image.__dict__.pop("prefetched_renditions", None)
