"""What search engines, feed readers and social networks read in a page's head.

`page_meta` gathers the title, description, canonical URL, share image, breadcrumbs, feed links
and JSON-LD (built in `structured_data`) for one page, once, for the `seo_head` template tag.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from wagtail.models import Site

from . import structured_data

SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-85"


@dataclass
class Crumb:
    title: str
    url: str


@dataclass
class Feed:
    title: str
    url: str
    mime: str


@dataclass
class PageMeta:
    title: str
    description: str
    canonical: str
    og_type: str
    image: object = None
    image_url: str = ""  # the share image's absolute address
    image_alt: str = ""
    breadcrumbs: list[Crumb] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    json_ld: list[dict] = field(default_factory=list)


def breadcrumbs(page, request, site: Site) -> list[Crumb]:
    """From the home page down to this page (one query for the ancestors)."""
    if page.pk == site.root_page_id:
        return []
    ancestors = [a for a in page.breadcrumb_ancestors() if a.depth >= site.root_page.depth]
    crumbs = [Crumb(a.title, a.get_url(request)) for a in ancestors]
    crumbs[:1] = [Crumb("Home", site.root_page.get_url(request))] if crumbs else []
    return [*crumbs, Crumb(page.title, page.get_url(request))]


def absolute(request, url: str) -> str:
    return request.build_absolute_uri(url)


def canonical_url(page, request) -> str:
    """The page's own address, keeping a routed sub-path (a tag) and the page number."""
    base = page.get_full_url(request) or absolute(request, page.get_url(request) or "/")
    own_path = page.get_url(request) or "/"
    extra = request.path[len(own_path) :] if request.path.startswith(own_path) else ""
    number = request.GET.get("page", "")
    query = f"?page={number}" if number.isdigit() and int(number) > 1 else ""
    return f"{base}{extra}{query}"


def feeds_for(page) -> list[Feed]:
    """The site's article feeds, and the page's own (a topic's, an author's)."""
    feeds = [
        Feed("All articles (RSS)", reverse("feed_articles_rss"), "application/rss+xml"),
        Feed("All articles (Atom)", reverse("feed_articles_atom"), "application/atom+xml"),
    ]
    return [*feeds, *(Feed(*feed) for feed in page.own_feeds())]


def brand(site) -> str:
    """The site's name as readers see it: the Wagtail site's, or the project's."""
    return site.site_name if site and site.site_name else settings.WAGTAIL_SITE_NAME


def page_meta(page, request, context) -> PageMeta:
    site = Site.find_for_request(request)
    image = page.share_image()
    # get_renditions, unlike get_rendition, does not write a rendition found in the cache back
    rendition = image.get_renditions(SHARE_IMAGE_SPEC)[SHARE_IMAGE_SPEC] if image else None
    meta = PageMeta(
        title=page.seo_title or page.title,
        description=page.search_description or page.summary(),
        canonical=canonical_url(page, request),
        og_type=page.og_type,
        image=rendition,
        image_url=absolute(request, rendition.url) if rendition else "",
        image_alt=page.share_image_alt(),
        breadcrumbs=breadcrumbs(page, request, site) if site else [],
        feeds=feeds_for(page),
    )
    publisher = {
        "@type": "Organization",
        "name": brand(site),
        "url": site.root_url if site else absolute(request, "/"),
        "logo": {"@type": "ImageObject", "url": absolute(request, static("img/logo.png"))},
    }
    meta.json_ld = structured_data.for_page(page, request, context, meta, publisher)
    return meta
