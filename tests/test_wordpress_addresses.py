"""Old addresses that need care: one written with a double slash."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from .factories import StandardPageFactory
from .wordpress.helpers import EXPORTS, run_import

ADDRESSES = EXPORTS / "addresses-1.2.xml"


@pytest.fixture
def imported(tree) -> str:
    """The export imported into a site that has an /about/ page of its own; the summary."""
    StandardPageFactory(parent=tree.home, slug="about", title="About Wellness")
    return run_import(ADDRESSES)


# An old address with a double slash


def test_repeated_slashes_in_an_old_address_count_as_one(imported, client):
    response = client.get("/2020/04/evening-walks/")
    assert response.status_code == 301
    assert response["Location"] == "/articles/evening-walks/"


def test_no_redirect_is_made_where_the_old_address_is_the_pages_own(imported, client):
    assert client.get("/greek/%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-2/").status_code == 200
    assert not Redirect.objects.filter(old_path__contains="επίπεδο").exists()
    assert not Redirect.objects.filter(old_path__contains="//").exists()
