"""What templates need to cache a fragment under the current content generation."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .generation import generation_for


def fragment_cache(request):
    """`fragment_seconds` is 0 (nothing stored) in previews and when fragment caching is off;
    `fragment_generation` is only read from the cache when a template uses it."""
    previewing = getattr(request, "is_preview", False)
    return {
        "fragment_seconds": 0 if previewing else settings.FRAGMENT_CACHE_SECONDS,
        "fragment_generation": SimpleLazyObject(lambda: generation_for(request)),
    }
