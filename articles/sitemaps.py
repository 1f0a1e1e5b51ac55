"""/sitemap.xml from Wagtail's sitemap generator, split into an index past the size limit."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemaps
from wagtail.models import Site


class PagesSitemap(Sitemap):
    """Every live, public page of the site, with its last publication date."""

    @property
    def limit(self):
        return settings.SITEMAP_LIMIT


SECTIONS = {"pages": PagesSitemap}


@require_GET
def sitemap(request):
    """The sitemap itself, or an index of its parts once there are more URLs than the limit."""
    if PagesSitemap(request).paginator.num_pages > 1:
        return wagtail_sitemaps.index(request, sitemaps=SECTIONS, sitemap_url_name="sitemap_part")
    return wagtail_sitemaps.sitemap(request, sitemaps=SECTIONS)


@require_GET
def sitemap_part(request, section):
    return wagtail_sitemaps.sitemap(request, sitemaps=SECTIONS, section=section)


@require_GET
def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /comments/",
        "",
        f"Sitemap: {root}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
