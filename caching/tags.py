"""Tags: names for what a cached response depends on, each with the time it was last retired.

A cached page or fragment is current while none of the tags it depends on has been retired
since its render began. Retiring a tag is one write to the shared cache that every process
reads; nothing is scanned or deleted, and unrelated entries stay current.

A tag never retired counts from the cache's epoch, written once when the cache is first used;
when the epoch itself is gone (the cache was flushed), everything counts as retired now.
Retirement times come from the clocks of the processes that retire and render: servers that
share one cache must keep their clocks in step (NTP), as any cache with expiry times assumes.
"""

import time

from django.conf import settings
from django.core.cache import cache

SITE = "site"  # every page: menus, site settings, sites, view restrictions
EPOCH = "*"
PREFIX = "retired:"
REQUEST_ATTRIBUTE = "_cache_tags"


def retire(tags) -> None:
    """Retire every entry that depends on any of `tags`, in every process, from now on."""
    now = time.time()
    cache.set_many({PREFIX + tag: now for tag in set(tags)}, timeout=None)


def retirements(tags) -> dict[str, float]:
    """When each of `tags` was last retired, in one round trip."""
    tags = list(tags)
    found = cache.get_many([PREFIX + EPOCH, *(PREFIX + tag for tag in tags)])
    epoch = found.get(PREFIX + EPOCH)
    if epoch is None:
        epoch = time.time()
        if not cache.add(PREFIX + EPOCH, epoch, timeout=None):
            epoch = cache.get(PREFIX + EPOCH, epoch)
    return {tag: found.get(PREFIX + tag, epoch) for tag in tags}


class RequestTags:
    """The tags a request's render depends on, and their retirement times, read once each."""

    def __init__(self):
        self.declared: list[str] = [SITE]
        self.retired: dict[str, float] = {}

    def add(self, tags) -> float:
        for tag in tags:
            if tag not in self.declared:
                self.declared.append(tag)
        unknown = [tag for tag in tags if tag not in self.retired]
        if unknown:
            self.retired.update(retirements(unknown))
        return max((self.retired[tag] for tag in tags), default=0.0)

    def rendered(self) -> list[str]:
        """What the response depends on: the declared tags, or the default ones for views that
        declare none (PAGE_CACHE_DEFAULT_TAGS: retired by any change to published content)."""
        if len(self.declared) == 1:
            return [SITE, *settings.PAGE_CACHE_DEFAULT_TAGS]
        return self.declared


def for_request(request) -> RequestTags:
    tags = getattr(request, REQUEST_ATTRIBUTE, None)
    if tags is None:
        tags = RequestTags()
        setattr(request, REQUEST_ATTRIBUTE, tags)
    return tags


def depends_on(request, *tags: str) -> str:
    """Declare that what `request` renders depends on `tags` (and on SITE, always).

    Returns a version for fragment keys: it changes whenever one of the tags is retired.
    """
    return f"{for_request(request).add([SITE, *tags]):.6f}"
