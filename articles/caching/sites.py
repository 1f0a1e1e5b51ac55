"""The Wagtail site answering a request, found once per content generation in each process.

Wagtail looks the site up with a query on every request and keeps it on the request
(`request._wagtail_site`, as `Site.find_for_request` documents). Sites change rarely, and any
change to one replaces the content generation (invalidation.py), so each process remembers the
answer per host and port for the current generation and hands it to Wagtail the same way.
"""

from wagtail.models import Site

from .generation import generation_for

MAX_HOSTS = 100  # requests for made-up Host headers must not grow the memo without limit


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.generation = None
        self.sites: dict[tuple, Site | None] = {}

    def __call__(self, request):
        generation = generation_for(request)
        if generation != self.generation:
            self.generation, self.sites = generation, {}
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
