"""What every render reads of the site (private sections, site settings, the menu) comes from
the shared cache in one round trip per request, and is never kept past the request.

caching/reads.py reads every registered key at once when a render begins
(ReadAheadMiddleware); the content code names its keys (`read_ahead`) and reads them with
`get_or_set`. A change made by any process is seen by the next request.
"""

import datetime

import pytest
from django.test import RequestFactory

from caching import reads
from comments.display import REMEMBER_COOKIE
from comments.models import CommentSettings
from tests.caching.test_fragment_writes import CacheCalls

SITE_WIDE = ("restricted-page-paths", "site-setting:", "site-navigation:")


@pytest.fixture
def article(tree):
    page = tree.article(title="On stillpoints", date_published=datetime.date(2020, 1, 1))
    page.save_revision().publish()
    return page


def read_as_commenter(client, article):
    client.cookies[REMEMBER_COOKIE] = "x"  # the page cache renders the page every time
    return client.get(article.url)


def test_a_render_reads_the_site_wide_values_in_one_round_trip(client, article):
    read_as_commenter(client, article)  # the cache holds them, and the site is known
    with CacheCalls() as render:
        response = read_as_commenter(client, article)
    assert response.status_code == 200
    assert not [key for key in render.read if key.startswith(SITE_WIDE)]


def test_a_changed_setting_is_read_by_the_next_request(client, article, tree):
    read_as_commenter(client, article)
    assert "Comments are closed" not in read_as_commenter(client, article).content.decode()
    rules = CommentSettings.for_site(article.get_site())
    rules.close_after_days = 30  # the article is years old
    rules.save()
    assert "Comments are closed" in read_as_commenter(client, article).content.decode()


def test_a_value_forgotten_during_a_request_is_read_again_in_it(tree):
    reads_middleware = reads.ReadAheadMiddleware(lambda request: seen(request))
    values = []

    def seen(request):
        values.append(reads.get_or_set("read-ahead-test", lambda: "old"))
        reads.forget("read-ahead-test")
        values.append(reads.get_or_set("read-ahead-test", lambda: "new"))
        return None

    reads_middleware(RequestFactory().get("/"))
    assert values == ["old", "new"]
