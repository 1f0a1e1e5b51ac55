"""Old addresses that need care: one the site already uses, one written with a double slash."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from .factories import StandardPageFactory
from .wordpress.helpers import EXPORTS, run_import, summary_row

ADDRESSES = EXPORTS / "addresses-1.2.xml"
SHADOWED = (
    "page 601 “About the journal”: its old address /about/ still shows the site's own page "
    "“About Wellness” and does not reach this page, which is at /about-2/"
)


@pytest.fixture
def imported(tree) -> str:
    """The export imported into a site that has an /about/ page of its own; the summary."""
    StandardPageFactory(parent=tree.home, slug="about", title="About Wellness")
    return run_import(ADDRESSES)


# An old address the site already uses


def test_the_sites_own_page_keeps_its_address(imported, client):
    html = client.get("/about/").content.decode()
    assert "About Wellness" in html and "Notes on living calmly." not in html
    assert "Notes on living calmly." in client.get("/about-2/").content.decode()


def test_the_summary_says_the_old_address_does_not_reach_the_imported_page(imported):
    assert SHADOWED in imported


def test_the_summary_says_so_again_on_every_import(imported):
    assert SHADOWED in run_import(ADDRESSES)


def test_no_redirect_is_made_from_an_address_the_site_uses(imported):
    assert not Redirect.objects.filter(old_path="/about").exists()
    assert summary_row(imported, "redirects") == [4, 0, 0, 2]


def test_an_old_address_another_imported_page_took_is_reported_too(imported):
    assert (
        "post 615 “Greek, briefly”: its old address /greek/ still shows the imported page "
        "“Ελληνικά” and does not reach this page, which is at /articles/greek/"
    ) in imported


# An old address with a double slash


def test_repeated_slashes_in_an_old_address_count_as_one(imported, client):
    response = client.get("/2020/04/evening-walks/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/evening-walks/"


def test_no_redirect_is_made_where_the_old_address_is_the_pages_own(imported, client):
    assert client.get("/greek/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-2/").status_code == 200
    assert not Redirect.objects.filter(old_path__contains="επίπεδο").exists()
    assert not Redirect.objects.filter(old_path__contains="//").exists()
