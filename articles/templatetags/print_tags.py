"""The pieces of an article or review that only a printout shows (articles/printing.py)."""

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("includes/print_address.html", takes_context=True)
def print_address(context, page):
    """The page's address as text, and where its QR code is drawn, for the foot of the
    printout (the request's cached site root paths: no query)."""
    return {
        "url": page.get_full_url(context.get("request")),
        # a preview of a page never saved has no address of its own yet
        "qr_src": reverse("print_qr", args=[page.pk]) if page.pk else None,
    }
