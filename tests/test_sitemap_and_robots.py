"""The sitemap validates against the sitemaps.org XSD; robots.txt points to it."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

from .validators import sitemap_schema

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_sitemap_is_valid_and_lists_live_pages_with_lastmod(client, tree):
    article = tree.article(title="Listed")
    article.save_revision().publish()  # as an editor publishes it
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    sitemap_schema().validate(response.content.decode())
    urls = {
        u.findtext(f"{NS}loc"): u.findtext(f"{NS}lastmod") for u in ET.fromstring(response.content)
    }
    assert article.get_full_url() in urls and urls[article.get_full_url()]
    assert all(loc.startswith("http") for loc in urls)


def test_drafts_and_private_pages_stay_out_of_the_sitemap(client, tree):
    draft = tree.article(title="Draft", live=False)
    private = tree.article(title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    body = client.get("/sitemap.xml").content.decode()
    assert draft.slug not in body and private.slug not in body


def test_past_the_limit_the_sitemap_becomes_an_index_of_valid_parts(client, tree, settings):
    settings.SITEMAP_LIMIT = 3
    for _ in range(4):
        tree.article()
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{NS}sitemapindex"
    parts = [s.findtext(f"{NS}loc") for s in index]
    assert len(parts) >= 3 and all(p.startswith("http://") for p in parts)
    part = client.get(parts[1].removeprefix("http://testserver"))
    assert part.status_code == 200
    sitemap_schema().validate(part.content.decode())
    assert len(ET.fromstring(part.content)) == 3


def test_robots_txt_keeps_the_admin_and_search_out_and_names_the_sitemap(client, tree):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text and "Disallow: /search/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text
