"""Shared-cache reads every render makes, in one round trip per request.

A render reads a few values that change only with the site (which sections are private, the
site settings, the menu). Whoever owns such a value registers how to name its key for a
request (`read_ahead`) and reads it with `get_or_set`. ReadAheadMiddleware reads every
registered key in one `get_many` when a render begins and keeps the answers for that request
only: nothing outlives the request, so a change made by any process is seen by the next one.
"""

import contextvars
import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

_key_makers = []
_reads: contextvars.ContextVar = contextvars.ContextVar("wellness_cache_reads", default=None)


def read_ahead(key_for):
    """Register `key_for(request)`, which names a key (or several, or None) to read with the
    others as a render begins."""
    _key_makers.append(key_for)
    return key_for


def get_or_set(key: str, compute, timeout=None):
    """The value under `key`: read ahead for this request, else from the cache, else computed
    and stored."""
    reads = _reads.get()
    if reads is not None and key in reads:
        return reads[key]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    if reads is not None:
        reads[key] = value
    return value


def forget(key: str) -> None:
    """Drop `key` from the shared cache, and from what this request read ahead."""
    cache.delete(key)
    reads = _reads.get()
    if reads is not None:
        reads.pop(key, None)


class ReadAheadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        keys = []
        for key_for in _key_makers:
            named = key_for(request)
            keys.extend([named] if isinstance(named, str) else named or [])
        try:
            found = cache.get_many(keys) if keys else {}
        except Exception:  # the cache is down: each value is read (or computed) when used
            logger.warning("Could not read ahead %d keys", len(keys))
            found = {}
        token = _reads.set(dict(found))
        try:
            return self.get_response(request)
        finally:
            _reads.reset(token)
