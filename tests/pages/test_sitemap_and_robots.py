"""The sitemap validates against the sitemaps.org XSD; robots.txt points to it."""

import datetime as dt
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.validators import sitemap_schema

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


def index_of(client) -> dict[str, str]:
    """The sitemap index as {part path and query: lastmod}."""
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{NS}sitemapindex"
    return {
        urlsplit(s.findtext(f"{NS}loc"))._replace(scheme="", netloc="").geturl(): s.findtext(
            f"{NS}lastmod"
        )
        for s in index
    }


def test_past_the_limit_the_sitemap_becomes_an_index_of_valid_parts(client, tree, settings):
    settings.SITEMAP_LIMIT = 3
    for _ in range(4):
        tree.article()
    parts = list(index_of(client))
    assert len(parts) >= 3
    part = client.get(parts[1])
    assert part.status_code == 200
    sitemap_schema().validate(part.content.decode())
    assert len(ET.fromstring(part.content)) == 3


def test_the_index_gives_each_part_the_date_of_its_newest_page(client, tree, settings):
    settings.SITEMAP_LIMIT = 2
    long_ago = timezone.now() - dt.timedelta(days=400)
    articles = [tree.article() for _ in range(3)]
    for page in tree.home.get_descendants(inclusive=True):
        page.specific_class.objects.filter(pk=page.pk).update(last_published_at=long_ago)
    articles[1].save_revision().publish()  # the only page changed since
    index = index_of(client)
    changed = [p for p in index if articles[1].url in client.get(p).content.decode()]
    assert len(changed) == 1
    today, then = timezone.localdate(), timezone.localdate(long_ago)  # as the index writes dates
    assert index.pop(changed[0]).startswith(today.isoformat())
    assert all(lastmod.startswith(then.isoformat()) for lastmod in index.values())


def test_the_index_says_when_the_site_last_changed(client, tree, settings):
    settings.SITEMAP_LIMIT = 2
    for _ in range(3):
        tree.article().save_revision().publish()
    response = client.get("/sitemap.xml")
    assert response.headers["Last-Modified"].endswith("GMT")
    assert response.headers["X-Robots-Tag"].startswith("noindex")


def test_a_part_past_the_last_is_not_found(client, tree, settings):
    settings.SITEMAP_LIMIT = 2
    for _ in range(3):
        tree.article()
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-pages.xml?p=two").status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_robots_txt_keeps_the_admin_and_search_out_and_names_the_sitemap(client, tree):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text and "Disallow: /search/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text
