"""Old addresses that need care: one the site already uses, one written with a double slash, and
ones whose page is not live, whose redirect must not be permanent."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from articles.models import ArticlePage
from wellness.factories import StandardPageFactory

from .helpers import EXPORTS, run_import, snapshot, summary_row

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


def edited(tmp_path, old: str, new: str):
    text = ADDRESSES.read_text()
    assert old in text, old
    path = tmp_path / "edited.xml"
    path.write_text(text.replace(old, new))
    return path


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


# Redirects to pages that are not live


def test_a_live_posts_old_address_redirects_permanently(imported, client):
    response = client.get("/2020/03/morning-light/")
    assert response.status_code == 301 and response["Location"] == "/articles/morning-light/"


@pytest.mark.parametrize(
    "old_address, new_address",
    [
        ("/2099/01/winter-light/", "/articles/winter-light/"),  # scheduled
        ("/2020/05/notes-in-progress/", "/articles/notes-in-progress/"),  # a draft
    ],
)
def test_the_old_address_of_a_page_not_yet_live_redirects_temporarily(
    imported, client, old_address, new_address
):
    response = client.get(old_address)
    assert response.status_code == 302 and response["Location"] == new_address


def test_importing_again_once_the_post_is_live_makes_its_redirect_permanent(
    imported, client, tmp_path
):
    published = edited(
        tmp_path,
        "<wp:post_date_gmt>2099-01-05 08:00:00</wp:post_date_gmt>\n"
        "    <wp:post_name>winter-light</wp:post_name>\n    <wp:status>future</wp:status>",
        "<wp:post_date_gmt>2021-01-05 08:00:00</wp:post_date_gmt>\n"
        "    <wp:post_name>winter-light</wp:post_name>\n    <wp:status>publish</wp:status>",
    )
    output = run_import(published)
    assert client.get("/2099/01/winter-light/").status_code == 301
    assert summary_row(output, "redirects") == [0, 1, 3, 2]


def test_importing_again_with_nothing_changed_changes_nothing(imported):
    before = snapshot()
    again = run_import(ADDRESSES)
    assert snapshot() == before
    assert summary_row(again, "redirects") == [0, 0, 4, 2]


def test_a_scheduled_post_published_on_time_redirects_permanently(imported, client):
    revision = ArticlePage.objects.get(slug="winter-light").latest_revision
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    assert client.get("/2099/01/winter-light/").status_code == 301


def test_a_post_taken_down_redirects_temporarily_again(imported, client):
    ArticlePage.objects.get(slug="morning-light").unpublish()
    assert client.get("/2020/03/morning-light/").status_code == 302


def test_an_editors_own_temporary_redirect_to_the_post_stays_temporary(imported, client):
    page = ArticlePage.objects.get(slug="winter-light")
    Redirect.add_redirect("/winter-offer", page, is_permanent=False)
    page.get_latest_revision().publish()
    assert client.get("/winter-offer/").status_code == 302
    assert client.get("/2099/01/winter-light/").status_code == 301
