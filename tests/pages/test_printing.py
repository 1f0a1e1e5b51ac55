"""Every article and review offers "Print or save as PDF", and holds what only the printout
shows: the page's address as text and a QR code of it, made locally, kept in the cache and
served at its own address, which only a printing browser fetches.
(The printed result itself is checked in a real browser: tests/browser/test_reader_care.py.)"""

import hashlib
import re

from django.core.cache import cache

from articles.printing import qr_svg


def test_articles_and_reviews_offer_print_or_save_as_pdf(client, tree):
    for page in (tree.article(title="Breathing for sleep"), tree.review()):
        html = client.get(page.url).content.decode()
        assert 'href="#print-help" data-print>Print or save as PDF</a>' in html, page
        assert 'id="print-help"' in html and "use your\n    browser's Print command" in html
        assert f'<span class="print-address__url">{page.full_url}</span>' in html
        qr = f'class="print-address__qr" src="/print/qr/{page.pk}.svg"'
        assert f'<img {qr} alt="QR code of {page.full_url}"' in html and 'loading="lazy">' in html


def test_the_qr_code_of_a_page_is_served_as_an_svg_of_its_address(client, tree):
    page = tree.article(title="Breathing for sleep")
    response = client.get(f"/print/qr/{page.pk}.svg")
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert f"<title>QR code of {page.full_url}</title>" in response.content.decode()
    assert "public" in response["Cache-Control"]


def test_no_qr_code_for_a_missing_unpublished_or_restricted_page(client, tree):
    from wagtail.models import PageViewRestriction

    draft = tree.article(title="Draft", live=False)
    private = tree.article(title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for page_id in (draft.pk, private.pk, 999999):
        assert client.get(f"/print/qr/{page_id}.svg").status_code == 404, page_id


def test_the_qr_code_is_an_svg_made_locally_and_cached(db):
    cache.clear()
    url = "http://localhost/articles/breathing-for-sleep/"
    svg = qr_svg(url)
    assert svg.startswith("<?xml") and '<svg xmlns="http://www.w3.org/2000/svg"' in svg
    assert re.search(r'<path [^>]*d="M', svg)
    assert cache.get("qr-svg:" + hashlib.sha256(url.encode()).hexdigest()[:32]) == svg
    assert qr_svg(url) == svg
    assert qr_svg(url + "?x") != svg


def test_a_long_address_still_makes_a_qr_code(db):
    long_url = "http://localhost/articles/" + "a-very-long-slug-" * 20 + "/"
    assert "<svg xmlns=" in qr_svg(long_url)
