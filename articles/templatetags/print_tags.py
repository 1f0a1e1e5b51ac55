"""The pieces of an article or review that only a printout shows (articles/printing.py)."""

from django import template
from django.utils.safestring import mark_safe

from ..printing import qr_svg

register = template.Library()


@register.inclusion_tag("includes/print_address.html", takes_context=True)
def print_address(context, page):
    """The page's address as text, and its QR code, for the foot of the printout (the
    request's cached site root paths: no query)."""
    url = page.get_full_url(context.get("request"))
    return {"url": url, "qr": mark_safe(qr_svg(url))}  # segno's SVG: no reader input in it
