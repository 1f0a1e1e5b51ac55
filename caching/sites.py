"""The Wagtail site answering a request, remembered per process while no site change retires it.

Wagtail looks the site up with a query on every request and keeps it on the request
(`request._wagtail_site`, as `Site.find_for_request` documents). Sites change rarely, and any
change to one retires the SITE tag in the shared cache, so each process remembers the answer
per host and port for as long as that tag's retirement time stays the one it saw.
"""

from .tags import SITE, depends_on

MAX_HOSTS = 100  # requests for made-up Host headers must not grow the memo without limit


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.version = None
        self.sites: dict[tuple, object] = {}

    def __call__(self, request):
        version = depends_on(request, SITE)
        if version != self.version:
            self.version, self.sites = version, {}
        key = (request.META.get("HTTP_HOST"), request.META.get("SERVER_NAME"), request.get_port())
        if key in self.sites:
            request._wagtail_site = self.sites[key]
        response = self.get_response(request)
        # Learnt from the render (no query here: a database outage stays the view's to report).
        if (
            key not in self.sites
            and hasattr(request, "_wagtail_site")
            and len(self.sites) < MAX_HOSTS
        ):
            self.sites[key] = request._wagtail_site
        return response
