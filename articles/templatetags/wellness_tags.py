"""Template tags for the public site's frame: the menu and the footer links."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from articles import seo
from articles.blocks import CALLOUT_LABELS
from caching import reads
from caching.tags import SITE, depends_on

from ..models.privacy import SitePageQuerySet
from ..models.site_page import SitePage

register = template.Library()


@register.simple_tag(takes_context=True)
def site_pages(context) -> dict:
    """The site's name and the live pages directly under its home page, in one query.

    `brand` is the site's name; `menu` holds the pages editors marked "Show in menus";
    `footer` the standard pages (About, policies, Privacy); `sections` the pages under the
    home page by type (`sections.articleindexpage`), for links to a section.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"brand": seo.brand(None), "menu": [], "footer": [], "sections": {}}
    pages = reads.get_or_set(navigation_key(request, site), lambda: navigation_for(site))
    return {**pages, "brand": seo.brand(site)}


def navigation_key(request, site) -> str:
    # "with-sections": what is kept gained `sections`; entries kept before it are not read
    return f"site-navigation:{site.pk}:{depends_on(request, SITE)}:with-sections"


@reads.read_ahead
def navigation_key_for_request(request):
    site = getattr(request, "_wagtail_site", None)  # known once the site is (caching/sites.py)
    return navigation_key(request, site) if site is not None else None


def navigation_for(site) -> dict:
    children = list(
        SitePageQuerySet(Page)
        .child_of(site.root_page)
        .live()
        .public()
        .select_related("content_type")
        .only("title", "url_path", "show_in_menus", "content_type")
        .order_by("path")  # the order editors give them in the admin
    )
    return {
        "menu": [page for page in children if page.show_in_menus],
        "footer": [page for page in children if page.content_type.model == "standardpage"],
        "sections": {page.content_type.model: page for page in reversed(children)},
    }


@register.filter
def is_section_of(section, page) -> bool:
    """True when `page` is `section` or lies below it (to mark the current menu item)."""
    if section is None or page is None or not hasattr(page, "url_path"):
        return False
    return page.url_path.startswith(section.url_path)


@register.simple_tag(takes_context=True)
def aria_current(context, section) -> str:
    """A menu item's `aria-current`: "page" on the section itself, "true" below it, else ""."""
    page = context.get("page")
    if not is_section_of(section, page):
        return ""
    return "page" if section.pk == page.pk else "true"


@register.filter
def list_separator(forloop) -> str:
    """What follows an item of "A, B and C": a comma, "and" before the last, nothing after it."""
    if forloop["revcounter"] == 1:
        return ""
    return " and " if forloop["revcounter"] == 2 else ", "


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Title, description, canonical URL, share image, breadcrumbs, feeds and JSON-LD."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, SitePage) or request is None:
        return None
    return seo.page_meta(page, request, context)


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data) -> str:
    """JSON for a <script type="application/ld+json"> block, safe against </script> injection."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))


@register.filter
def callout_label(kind: str) -> str:
    """The word a callout starts with, so its kind never relies on colour alone."""
    return CALLOUT_LABELS.get(kind, "Note")
