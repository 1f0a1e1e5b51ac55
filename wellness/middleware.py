"""Middleware for production readiness: a 503 page when the database is away, security headers."""

import ipaddress
import logging

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string

logger = logging.getLogger("wellness.availability")

DATABASE_DOWN = (OperationalError, InterfaceError)


def service_unavailable(request) -> HttpResponse:
    """The branded 503 page. It touches neither the database nor the cache."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """A request that finds the database unreachable gets a 503 with Retry-After, not a 500.

    Nothing is kept between requests: Django opens (or health-checks, with CONN_HEALTH_CHECKS) its
    connection at the start of each request, so the site recovers on its own when the database
    returns. Exceptions raised outside the view (in other middleware) reach
    `wellness.views.server_error`, which makes the same decision.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            logger.error("database unavailable: %s", type(exception).__name__)
            return service_unavailable(request)
        return None


class PermissionsPolicyMiddleware:
    """Permissions-Policy: the site uses no camera, microphone, location, payment or USB."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp with two policies: the strict one for the public site, a looser one for the admin.

    The Wagtail admin (and page previews rendered inside it) still relies on inline scripts and
    styles, so its paths get `CONTENT_SECURITY_POLICY_ADMIN`; everything else gets the strict
    `CONTENT_SECURITY_POLICY` (no 'unsafe-inline' for scripts).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


def is_admin_path(path: str) -> bool:
    return path.startswith(f"/{settings.WAGTAIL_ADMIN_PATH}")


class RejectNullBytesMiddleware:
    """A NUL character in the path or query string is a 400, before any view sees it.

    It has no meaning in an address, and PostgreSQL refuses it in any query (psycopg raises
    ValueError, which would be a 500 wherever a parameter reaches the database).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in value for key, value in request.GET.items()
        ):
            return HttpResponseBadRequest("Bad request: the address contains a NUL character.")
        return self.get_response(request)


class TrustedProxyMiddleware:
    """The proxy's scheme header counts only from the proxy: FORWARDED_ALLOW_IPS, as for gunicorn.

    Django trusts SECURE_PROXY_SSL_HEADER from whoever sends it; gunicorn (gunicorn.conf.py)
    trusts it from FORWARDED_ALLOW_IPS only. So that both agree whatever reaches Django, the
    header is dropped here, first of all, from any other address ("*" trusts every address).
    Without SECURE_PROXY_SSL_HEADER (BEHIND_TLS_PROXY unset) nothing is trusted and this does
    nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = (getattr(settings, "SECURE_PROXY_SSL_HEADER", None) or (None,))[0]
        allowed = getattr(settings, "FORWARDED_ALLOW_IPS", ["127.0.0.1", "::1"])
        self.anyone = "*" in allowed
        try:
            self.networks = [ipaddress.ip_network(a) for a in allowed if a != "*"]
        except ValueError as error:
            raise ImproperlyConfigured(f"FORWARDED_ALLOW_IPS: {error}") from None

    def __call__(self, request):
        if self.header and self.header in request.META and not self.trusted(request):
            del request.META[self.header]
        return self.get_response(request)

    def trusted(self, request) -> bool:
        if self.anyone:
            return True
        try:
            address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
        except ValueError:
            return False
        return any(address in network for network in self.networks)
