"""Full-page cache for anonymous readers, with correct headers for browsers and shared caches.

A request is answered from the cache only when nothing in it can personalise the page: a GET
or HEAD without a session, without a cookie the site sets for one visitor (PERSONAL_COOKIES),
without pending messages and without credentials. Everything else (editors, previews, a
visitor who has a comment awaiting moderation, form errors, POSTs) is rendered fresh and
marked private.

A rendered response is stored only when it is a plain 200 that sets no cookie and does not
mark itself private. This middleware wraps every middleware that can set a cookie (sessions,
CSRF, messages: see MIDDLEWARE), so the response it checks is the one sent: a render that
touched the CSRF token or left a message is marked private and not stored, and a page served
from the cache never passes through them (no Set-Cookie beside `public`).

An entry records when its render began and the tags the render depended on (tags.py); it is
served while none of them has been retired since. When an entry is missing or retired, one
process renders it while the others, rather than all rendering the same page at once, serve
the retired copy ("stale", for at most PAGE_CACHE_STALE_SECONDS after the change, never after
a site-wide one) or wait for that render (up to PAGE_CACHE_WAIT_SECONDS).

The cache being unreachable never breaks a page: the request is rendered as if uncached.
"""

import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from . import tags
from .release import release

logger = logging.getLogger(__name__)

CACHE_HEADER = "X-Cache"
IGNORED_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
STORED_HEADERS = ("Content-Type", "Content-Language", "Link", "Last-Modified", "X-Robots-Tag")
LOCK_SECONDS = 30  # a render that takes longer than this lets another process try
POLL_SECONDS = 0.02


def personal_cookies() -> set[str]:
    return {settings.SESSION_COOKIE_NAME, "messages", *settings.PAGE_CACHE_PERSONAL_COOKIES}


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
    """The page as Django reads the request: parameters decoded as `request.GET` decodes them,
    sorted by name, but the values of a repeated one kept in their order (Django reads the last:
    `?q=a&q=b` shows b's page, `?q=b&q=a` a's; one key for both would show one the other's)."""
    query = urlencode(
        sorted(
            (name, values)
            for name, values in request.GET.lists()
            if not name.startswith(IGNORED_PARAMETERS)
        ),
        doseq=True,
    )
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return f"page:{release()}:" + hashlib.sha256(url.encode()).hexdigest()


def retired_since(entry) -> dict[str, float]:
    """The tags `entry` depends on that were retired after its render began, with when."""
    retired = tags.retirements(entry["tags"])
    return {tag: when for tag, when in retired.items() if when >= entry["rendered_at"]}


def current(entry) -> bool:
    return bool(entry) and not retired_since(entry)


def servable_while_rerendered(retired: dict[str, float]) -> bool:
    """A page retired moments ago by a change to what it shows (a comment, an edit) may be
    served while another process renders it again; never past PAGE_CACHE_STALE_SECONDS, and
    never after a change to the whole site (a page made private retires the whole site)."""
    if tags.SITE in retired:
        return False
    return time.time() - max(retired.values()) < settings.PAGE_CACHE_STALE_SECONDS


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
            entry = cache.get(key)
            retired = retired_since(entry) if entry else None
            if entry and not retired:
                return self.from_entry(entry)
            rendering_elsewhere = not cache.add(f"lock:{key}", 1, LOCK_SECONDS)
        except Exception:  # the cache is down: serve uncached rather than fail
            logger.warning("Page cache unreachable; rendering %s uncached", request.path)
            return self.get_response(request)
        if rendering_elsewhere:
            if entry and servable_while_rerendered(retired):
                return self.from_entry(entry, "stale")
            entry = self.wait_for(key)
            if entry:
                return self.from_entry(entry)
        try:
            return self.render(request, key, seconds)
        finally:
            if not rendering_elsewhere:
                self.release(key)

    def render(self, request, key: str, seconds: int):
        tags.for_request(request).add([tags.SITE])  # the cache's epoch exists before we begin
        started = time.time()
        response = self.get_response(request)
        if not is_cacheable_response(response):
            if response.cookies and "Cache-Control" not in response:
                # A cookie set for this reader (CSRF, session, messages): never for a shared cache.
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            response.setdefault(CACHE_HEADER, "skip")
            return response
        self.public(response, seconds)
        try:
            depends = tags.for_request(request).rendered()
            cache.set(key, self.to_entry(response, started, depends), seconds)
        except Exception:
            logger.warning("Page cache unreachable; %s not stored", request.path)
        response[CACHE_HEADER] = "miss"
        return response

    @staticmethod
    def wait_for(key: str):
        """The entry another process is rendering, once it is stored; None after the wait."""
        deadline = time.monotonic() + settings.PAGE_CACHE_WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            try:
                entry = cache.get(key)
                if current(entry):
                    return entry
                if cache.get(f"lock:{key}") is None:  # that render ended without storing it
                    return None
            except Exception:
                return None
        return None

    @staticmethod
    def release(key: str) -> None:
        try:
            cache.delete(f"lock:{key}")
        except Exception:  # it expires by itself
            logger.info("Could not release the render lock of %s", key)

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
    def to_entry(response, started: float, depends: list[str]) -> dict:
        headers = {name: response[name] for name in STORED_HEADERS if name in response}
        headers["Cache-Control"] = response["Cache-Control"]
        headers["Vary"] = response["Vary"]
        return {
            "rendered_at": started,
            "tags": depends,
            "content": response.content,
            "headers": headers,
        }

    @staticmethod
    def from_entry(entry: dict, state: str = "hit") -> HttpResponse:
        response = HttpResponse(entry["content"], headers=entry["headers"])
        response[CACHE_HEADER] = state
        return response
