"""Computed parts of a page kept in the shared cache under the content generation.

What an article shows around its body (authors and their photos, topics, tags, the previous
and next article, related articles with their cards) costs a dozen queries and changes only
when content changes, which replaces the generation (generation.py). Readers whose page is
not served from the page cache (a visitor with a pending comment, a signed-in editor) and
the first reader after a change get them from here. Previews always compute them afresh.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from .generation import generation_for

logger = logging.getLogger(__name__)


def cached_part(request, name: str, compute):
    if not settings.FRAGMENT_CACHE_SECONDS or getattr(request, "is_preview", False):
        return compute()
    key = f"part:{name}:{generation_for(request)}"
    try:
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
