"""The content generation: a stamp that changes whenever published content changes.

Cached pages are stored with the stamp current when they were rendered and are only served
while it is still current, so replacing one key invalidates every cached page, on every
server that shares the cache, in a single write (no key scans, no FLUSHDB).
"""

import uuid

from django.core.cache import cache

GENERATION_KEY = "content-generation"
REQUEST_ATTRIBUTE = "_content_generation"


def current_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = new_generation()
    return generation


def generation_for(request) -> str:
    """The generation this request renders under, read from the cache once per request."""
    if request is None:
        return current_generation()
    generation = getattr(request, REQUEST_ATTRIBUTE, None)
    if generation is None:
        generation = current_generation()
        setattr(request, REQUEST_ATTRIBUTE, generation)
    return generation


def new_generation() -> str:
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, timeout=None)
    return generation
