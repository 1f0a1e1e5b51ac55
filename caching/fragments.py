"""Computed parts of a page kept in the shared cache under the tags they depend on.

What an article shows around its body (authors and their photos, topics, tags, the previous
and next article, related articles with their cards) costs queries and changes only when one
of its tags is retired. Readers whose page is not served from the page cache (a visitor with
a pending comment, a signed-in editor) and the first reader after a change get them from
here. A part's key holds the latest retirement of its tags, so a retired part is simply never
read again. Previews always compute them afresh.

A render writes the parts and template fragments it computed in one round trip once the
response is ready (FragmentWritesMiddleware), not one per part. A part that declares itself
the first read of a page (`first=True`: the article's surroundings) and is missing tells the
request that the page's other fragments, keyed on the same versions, are missing too: they
are computed without asking the cache. Skipping a read is always safe; at worst a fragment
that was still stored is computed again.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key

from .release import release
from .tags import depends_on

logger = logging.getLogger(__name__)


def fragments_on(request) -> bool:
    return bool(settings.FRAGMENT_CACHE_SECONDS) and not getattr(request, "is_preview", False)


REQUEST_ATTRIBUTE = "_fragment_writes"


class FragmentWrites:
    """What one request computed and will store, and whether its page was found cold."""

    def __init__(self):
        self.cold = False
        self.pending: dict[str, tuple[object, int]] = {}

    def queue(self, key: str, value, seconds: int) -> None:
        self.pending[key] = (value, seconds)

    def flush(self) -> None:
        by_timeout: dict[int, dict] = {}
        for key, (value, seconds) in self.pending.items():
            by_timeout.setdefault(seconds, {})[key] = value
        self.pending = {}
        for seconds, values in by_timeout.items():
            try:
                cache.set_many(values, seconds)
            except Exception:  # not stored this time; the page is still right
                logger.warning("Could not store %d fragments in the cache", len(values))


def writes_for(request) -> FragmentWrites | None:
    """The request's fragment writes; None outside FragmentWritesMiddleware (a command)."""
    return getattr(request, REQUEST_ATTRIBUTE, None)


class FragmentWritesMiddleware:
    """Stores what the render computed, in one round trip, once the response is ready."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        writes = FragmentWrites()
        setattr(request, REQUEST_ATTRIBUTE, writes)
        try:  # Django renders a TemplateResponse before any middleware gets it back
            return self.get_response(request)
        finally:
            writes.flush()


def store(request, key: str, value, seconds: int) -> None:
    writes = writes_for(request)
    if writes is not None:
        writes.queue(key, value, seconds)
        return
    try:
        cache.set(key, value, seconds)
    except Exception:  # not stored this time; the page is still right
        logger.warning("Could not store %s in the cache", key, exc_info=True)


def known_cold(request) -> bool:
    writes = writes_for(request)
    return writes is not None and writes.cold


def cached_part(request, name: str, compute, tags=(), first: bool = False):
    """`compute()`, kept under `name` while none of `tags` (nor the site) is retired.

    `first`: the first part the page reads; when it is missing, so are the page's fragments.
    """
    if not fragments_on(request):
        return compute()
    try:
        key = f"part:{release()}:{name}:{depends_on(request, *tags)}"
        value = None if known_cold(request) else cache.get(key)
    except Exception:  # the cache is down: compute it, as if it were empty
        return compute()
    if value is None:
        if first and writes_for(request) is not None:
            writes_for(request).cold = True
        value = compute()
        store(request, key, value, settings.FRAGMENT_CACHE_SECONDS)
    return value


@dataclass(frozen=True)
class Fragment:
    """A template fragment's place in the cache, for `{% fragment %}`: how long it is kept
    (0: not at all), its name, and what its key varies on.

    `shared`: the same on many pages (its key names no page), so a page found cold may still
    find it kept by another page's render; a page's own fragments are not looked for then.
    """

    seconds: int
    name: str
    vary_on: tuple
    shared: bool = False

    @property
    def key(self) -> str:
        return make_template_fragment_key(self.name, list(self.vary_on))


def fragment(request, name: str, *vary_on, shared: bool = False) -> Fragment:
    """A fragment kept while `vary_on` (a page's version, say) and the code release hold;
    never kept in previews or when fragment caching is off. `shared`: see Fragment."""
    seconds = settings.FRAGMENT_CACHE_SECONDS if fragments_on(request) else 0
    return Fragment(seconds, name, (*vary_on, release()), shared)


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
