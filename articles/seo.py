"""What search engines, feed readers and social networks read in a page's head.

`page_meta` gathers the title, description, canonical URL, share image, breadcrumbs, feed links
and JSON-LD (built in `structured_data`) for one page, once, for the `seo_head` template tag.
"""

from dataclasses import dataclass, field

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Site

from . import structured_data

SUMMARY_FIELDS = ("standfirst", "verdict", "short_bio", "intro", "tagline")
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-85"
DESCRIPTION_LENGTH = 160


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
    image_alt: str = ""
    breadcrumbs: list[Crumb] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    json_ld: list[dict] = field(default_factory=list)


def summary(page) -> str:
    """The page's own one-line summary: standfirst, verdict, short bio or intro, as plain text."""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            text = " ".join(strip_tags(str(value)).split())
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def share_image(page):
    """The picture a link to this page shows: hero, book cover or portrait."""
    book = getattr(page, "book", None)
    if book is not None and not book.live:
        book = None  # a book never published shows nothing of itself
    for image in (
        getattr(page, "hero_image", None),
        getattr(book, "cover", None),
        getattr(page, "photo", None),
    ):
        if image is not None:
            return image
    return None


def breadcrumbs(page, request, site: Site) -> list[Crumb]:
    """From the home page down to this page (one query for the ancestors)."""
    if page.pk == site.root_page_id:
        return []
    ancestors = getattr(page, "known_ancestors", None)  # set from the fragment cache
    if ancestors is None:
        ancestors = (
            page.get_ancestors().filter(depth__gt=1).live().only("title", "url_path", "depth")
        )
    ancestors = [a for a in ancestors if a.depth >= site.root_page.depth]
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


def feeds_for(page, request) -> list[Feed]:
    feeds = [
        Feed("All articles (RSS)", reverse("feed_articles_rss"), "application/rss+xml"),
        Feed("All articles (Atom)", reverse("feed_articles_atom"), "application/atom+xml"),
    ]
    kind = {"topicpage": "topic", "authorpage": "author"}.get(page.specific_class._meta.model_name)
    if kind:
        for fmt, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
            url = reverse(f"feed_{kind}_{fmt}", args=[page.slug])
            feeds.append(
                Feed(f"{page.title} ({fmt.upper() if fmt == 'rss' else 'Atom'})", url, mime)
            )
    return feeds


def page_meta(page, request, context) -> PageMeta:
    site = Site.find_for_request(request)
    image = share_image(page)
    # get_renditions, unlike get_rendition, does not write a rendition found in the cache back
    rendition = image.get_renditions(SHARE_IMAGE_SPEC)[SHARE_IMAGE_SPEC] if image else None
    meta = PageMeta(
        title=page.seo_title or page.title,
        description=page.search_description or summary(page),
        canonical=canonical_url(page, request),
        og_type="article" if hasattr(page, "date_published") else "website",
        image=rendition,
        image_alt=(getattr(page, "hero_alt_text", "") or (image.description if image else "")),
        breadcrumbs=breadcrumbs(page, request, site) if site else [],
        feeds=feeds_for(page, request),
    )
    publisher = {
        "@type": "Organization",
        "name": site.site_name if site and site.site_name else "Wellness",
        "url": site.root_url if site else absolute(request, "/"),
        "logo": {"@type": "ImageObject", "url": absolute(request, static("img/logo.png"))},
    }
    meta.json_ld = structured_data.for_page(page, request, context, meta, publisher)
    return meta
