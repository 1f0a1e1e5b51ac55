"""Full-page cache for anonymous readers, with correct headers for browsers and shared caches.

A request is answered from the cache only when nothing in it can personalise the page: a GET
or HEAD without a session, without the commenter's "remember me" cookie, without pending
messages and without credentials. Everything else (editors, previews, a visitor who has a
comment awaiting moderation, form errors, POSTs) is rendered fresh and marked private.

A rendered response is stored only when it is a plain 200 that sets no cookie and does not
mark itself private. Entries carry the content generation they were rendered under (see
generation.py) and one cache round trip fetches both, so a hit costs a single `get_many`.

The cache being unreachable never breaks a page: the request is rendered as if uncached.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from ..comments.display import REMEMBER_COOKIE
from .generation import GENERATION_KEY, REQUEST_ATTRIBUTE, current_generation

logger = logging.getLogger(__name__)

CACHE_HEADER = "X-Cache"
IGNORED_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
STORED_HEADERS = ("Content-Type", "Content-Language", "Link", "Last-Modified", "X-Robots-Tag")


def personal_cookies() -> set[str]:
    return {settings.SESSION_COOKIE_NAME, REMEMBER_COOKIE, "messages"}


def is_cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if personal_cookies() & set(request.COOKIES):
        return False
    skipped = (f"/{settings.WAGTAIL_ADMIN_PATH}", *settings.PAGE_CACHE_SKIP_PATHS)
    return not request.path.startswith(skipped)


def is_cacheable_response(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )


def cache_key(request) -> str:
    query = "&".join(
        sorted(
            part
            for part in request.META.get("QUERY_STRING", "").split("&")
            if part and not part.startswith(IGNORED_PARAMETERS)
        )
    )
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return "page:" + hashlib.sha256(url.encode()).hexdigest()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds:
            return self.get_response(request)
        if not is_cacheable_request(request):
            return self.personal(request, self.get_response(request))

        key = cache_key(request)
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:  # the cache is down: serve uncached rather than fail
            logger.warning("Page cache unreachable; rendering %s uncached", request.path)
            return self.get_response(request)
        entry = found.get(key)
        if entry and entry["generation"] == found.get(GENERATION_KEY):
            return self.from_entry(entry)

        if found.get(GENERATION_KEY):  # the fragments of this render need not read it again
            setattr(request, REQUEST_ATTRIBUTE, found[GENERATION_KEY])
        response = self.get_response(request)
        if not is_cacheable_response(response):
            response.setdefault(CACHE_HEADER, "skip")
            return response
        self.public(response, seconds)
        try:
            generation = found.get(GENERATION_KEY) or current_generation()
            cache.set(key, self.to_entry(response, generation), seconds)
        except Exception:
            logger.warning("Page cache unreachable; %s not stored", request.path)
        response[CACHE_HEADER] = "miss"
        return response

    @staticmethod
    def public(response, seconds: int) -> None:
        """Browsers revalidate every time; shared caches (Varnish, a CDN) keep it until purged."""
        patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
        patch_vary_headers(response, ["Cookie"])

    @staticmethod
    def personal(request, response):
        if request.method in ("GET", "HEAD"):
            if "Cache-Control" not in response:
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            response[CACHE_HEADER] = "bypass"
        return response

    @staticmethod
    def to_entry(response, generation: str) -> dict:
        headers = {name: response[name] for name in STORED_HEADERS if name in response}
        headers["Cache-Control"] = response["Cache-Control"]
        headers["Vary"] = response["Vary"]
        return {"generation": generation, "content": response.content, "headers": headers}

    @staticmethod
    def from_entry(entry: dict) -> HttpResponse:
        response = HttpResponse(entry["content"], headers=entry["headers"])
        response[CACHE_HEADER] = "hit"
        return response
