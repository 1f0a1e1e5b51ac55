"""Templates hold markup: addresses, the brand and fragment keys come from the site and pages."""

import re
from pathlib import Path

from django.core.cache.utils import make_template_fragment_key
from django.test import RequestFactory
from wagtail.models import Site

from caching.fragments import fragment
from caching.release import release

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# The error pages render without the database (and so without the site) or a URLconf.
STATIC_PAGES = {"500.html", "503.html"}
OWN_TEMPLATES = [path for path in TEMPLATES.rglob("*.html") if path.name not in STATIC_PAGES]


def test_no_template_writes_a_site_address_or_the_brand_by_hand():
    written = re.compile(r'(href|action|data-[a-z-]+)="/[^"]*"|\bWellness\b')
    found = [
        f"{path.relative_to(TEMPLATES)}:{n}"
        for path in OWN_TEMPLATES
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if written.search(line)
    ]
    assert found == []


def test_no_template_builds_a_fragment_cache_key():
    found = [
        str(path.relative_to(TEMPLATES))
        for path in OWN_TEMPLATES
        if re.search(r"{%\s*fragment\s+\S+\s+[^%\s]", path.read_text())  # more than a Fragment
    ]
    assert found == []


def test_the_brand_is_the_sites_name(client, tree):
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Calm Notes"
    site.save()
    html = client.get(tree.articles.url).content.decode()
    assert "<title>Articles · Calm Notes</title>" in html
    assert '<meta property="og:site_name" content="Calm Notes">' in html
    assert '<a class="site-name" href="/">Calm Notes</a>' in html


def test_without_a_site_name_the_brand_is_the_projects(client, tree):
    html = client.get(tree.articles.url).content.decode()
    assert "<title>Articles · Wellness</title>" in html


def test_the_404_page_links_to_the_sections_wherever_they_live(client, tree):
    tree.articles.slug = "reading-room"
    tree.articles.save_revision().publish()
    html = client.get("/no-such-page/").content.decode()
    assert 'href="/reading-room/">Browse all articles</a>' in html
    assert f'href="{tree.topics.url}">Browse topics</a>' in html


def test_an_article_fragment_keeps_the_key_its_template_used_to_build(tree):
    request = RequestFactory().get("/")
    request.is_preview = False
    article = tree.article()
    part = article.fragments(request, "v1")["body"]
    expected = make_template_fragment_key("article-body", [article.pk, False, "v1", release()])
    assert part.key == expected
    assert part == fragment(request, "article-body", article.pk, False, "v1")
