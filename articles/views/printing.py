"""The QR code a printout shows of a page's address (articles/printing.py)."""

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page

from ..printing import qr_svg

QR_MAX_AGE = 24 * 3600  # the address of a page rarely changes; a moved page gets a new code


@require_GET
def print_qr(request, page_id: int):
    """The QR code of a live, public page's address; no page, or a restricted one: 404."""
    page = Page.objects.live().public().filter(pk=page_id).only("url_path").first()
    if page is None:
        raise Http404("No such page")
    response = HttpResponse(qr_svg(page.get_full_url(request)), content_type="image/svg+xml")
    response["Cache-Control"] = f"public, max-age={QR_MAX_AGE}"
    return response
