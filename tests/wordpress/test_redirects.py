"""Old WordPress addresses keep working: each post's permalink and each of its earlier slugs."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from articles.models import ArticlePage
from wordpress.redirects import earlier_paths
from wordpress.wxr import Item

from .helpers import EXPORTS, run_import, snapshot, summary_row

RENAMED = EXPORTS / "renamed-post-1.2.xml"


@pytest.fixture
def renamed(tree) -> str:
    """The export of a post renamed twice, imported; the summary."""
    return run_import(RENAMED)


@pytest.mark.parametrize("old_path", ["/2019/05/box-breathing/", "/2019/05/breathing-in-squares/"])
def test_each_earlier_slug_of_a_post_redirects_permanently_to_its_page(renamed, client, old_path):
    response = client.get(old_path)
    assert response.status_code == 301
    assert response["Location"] == ArticlePage.objects.get(slug="box-breathing-explained").url


def test_the_current_permalink_of_a_renamed_post_redirects_too(renamed, client):
    response = client.get("/2019/05/box-breathing-explained/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/box-breathing-explained/"


def test_another_posts_current_permalink_wins_over_an_earlier_slug(renamed, client):
    response = client.get("/2019/05/square-breathing/")
    assert response["Location"] == "/articles/square-breathing/"
    assert "earlier slugs not redirected: their address is another post's" in renamed


def test_earlier_slugs_are_counted_with_the_redirects(renamed):
    assert summary_row(renamed, "redirects") == [4, 0, 0, 1]


def test_importing_again_leaves_the_redirects_as_they_are(renamed):
    before = snapshot()
    again = run_import(RENAMED)
    assert snapshot() == before
    assert summary_row(again, "redirects") == [0, 0, 4, 1]


def test_a_dry_run_makes_no_redirects_but_counts_them(tree):
    output = run_import(RENAMED, "--dry-run")
    assert not Redirect.objects.exists()
    assert summary_row(output, "redirects") == [4, 0, 0, 1]


def test_a_redirect_an_editor_pointed_elsewhere_is_pointed_back(renamed, tree):
    Redirect.objects.filter(old_path="/2019/05/box-breathing").update(
        redirect_page=None, redirect_link="https://elsewhere.example/"
    )
    output = run_import(RENAMED)
    moved = Redirect.objects.get(old_path="/2019/05/box-breathing")
    assert moved.redirect_page.specific == ArticlePage.objects.get(slug="box-breathing-explained")
    assert summary_row(output, "redirects") == [0, 1, 3, 1]


@pytest.mark.parametrize(
    "link, slug, old_paths",
    [
        ("https://example.org/2019/05/new-name/", "new-name", ["/2019/05/old-name"]),
        ("https://example.org//2019//05/new-name/", "new-name", ["/2019/05/old-name"]),
        ("https://example.org/new-name.html", "new-name", ["/old-name.html"]),
        ("https://example.org/care/new-name/1241/", "new-name", ["/care/old-name/1241"]),
        ("https://example.org/blog/caf%C3%A9-neu/", "caf%c3%a9-neu", ["/blog/old-name"]),
        ("https://example.org/archives/1241", "new-name", []),  # the slug is not in it
        ("https://example.org/?p=1241", "new-name", []),  # plain permalinks
    ],
)
def test_an_earlier_address_is_the_permalink_with_the_earlier_slug(link, slug, old_paths):
    item = Item(wp_id="1241", link=link, slug=slug, old_slugs=["old-name", slug])
    assert earlier_paths(item) == old_paths
