"""Every article and review offers "Print or save as PDF", and holds what only the printout
shows: the page's address as text and a QR code of it, made locally and kept in the cache.
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
        assert '<svg width="' in html and f"<title>QR code of {page.full_url}</title>" in html


def test_the_qr_code_is_an_svg_made_locally_and_cached(db):
    cache.clear()
    url = "http://localhost/articles/breathing-for-sleep/"
    svg = qr_svg(url)
    assert svg.startswith("<svg") and re.search(r'<path [^>]*d="M', svg)
    assert cache.get("qr-svg:" + hashlib.sha256(url.encode()).hexdigest()[:32]) == svg
    assert qr_svg(url) == svg
    assert qr_svg(url + "?x") != svg


def test_a_long_address_still_makes_a_qr_code(db):
    long_url = "http://localhost/articles/" + "a-very-long-slug-" * 20 + "/"
    assert qr_svg(long_url).startswith("<svg")
