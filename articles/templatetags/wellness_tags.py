"""Template tags for the public site's frame: the menu and the footer links."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from articles import seo
from caching import reads
from caching.tags import SITE, depends_on

from ..models.privacy import SitePageQuerySet

register = template.Library()


@register.simple_tag(takes_context=True)
def site_pages(context) -> dict:
    """The live pages directly under the site's home page, in one query.

    `menu` holds those editors marked "Show in menus"; `footer` the standard pages
    (About, policies, Privacy).
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"menu": [], "footer": []}
    return reads.get_or_set(navigation_key(request, site), lambda: navigation_for(site))


def navigation_key(request, site) -> str:
    return f"site-navigation:{site.pk}:{depends_on(request, SITE)}"


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
    }


@register.filter
def is_section_of(section, page) -> bool:
    """True when `page` is `section` or lies below it (to mark the current menu item)."""
    if section is None or page is None or not hasattr(page, "url_path"):
        return False
    return page.url_path.startswith(section.url_path)


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Title, description, canonical URL, share image, breadcrumbs, feeds and JSON-LD."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not hasattr(page, "get_url"):
        return None
    return seo.page_meta(page, request, context)


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data) -> str:
    """JSON for a <script type="application/ld+json"> block, safe against </script> injection."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))


@register.filter
def callout_label(kind: str) -> str:
    """The word a callout starts with, so its kind never relies on colour alone."""
    from articles.blocks import CALLOUT_LABELS

    return CALLOUT_LABELS.get(kind, "Note")
