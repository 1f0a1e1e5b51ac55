"""What templates need to cache a fragment: how long, and the code release in its key."""

from django.conf import settings

from .fragments import fragments_on
from .release import release


def fragment_cache(request):
    """`fragment_seconds` is 0 (nothing stored) in previews and when fragment caching is off.

    Templates add the version of what the fragment depends on (`page_version`, set by the
    page; `comments.version`) to the fragment's key.
    """
    return {
        "fragment_seconds": settings.FRAGMENT_CACHE_SECONDS if fragments_on(request) else 0,
        "fragment_release": release(),
    }
