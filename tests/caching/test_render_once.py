"""A retired page is rendered once: while one process renders it, the others do not.

The process rendering a missing or retired page holds a lock in the shared cache. A reader
arriving meanwhile gets the retired copy if the change was a moment ago and did not concern
the whole site (a comment, an edit: "stale"), or else waits for that render's entry, and
renders the page itself only when the other render ends without storing one or takes too
long. Here "the other process" is played by a thread that only touches the cache.
"""

import threading
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from caching.middleware import cache_key
from caching.tags import SITE, retire


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_WAIT_SECONDS = 2.0


@pytest.fixture
def article(tree):
    return tree.article(title="On stillpoints")


def key_for(url: str) -> str:
    return cache_key(RequestFactory().get(url))


def retired_entry(client, article, site_wide=True) -> dict:
    """The article's cached entry, then retired: by a change to the whole site, or to the
    article alone."""
    client.get(article.url)
    entry = cache.get(key_for(article.url))
    retire(entry["tags"] if site_wide else [tag for tag in entry["tags"] if tag != SITE])
    return entry


def test_a_page_retired_a_moment_ago_is_served_as_it_was_while_it_is_rendered_again(
    client, article
):
    entry = retired_entry(client, article, site_wide=False)
    cache.add(f"lock:{key_for(article.url)}", 1, 30)  # another process is rendering it
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response["X-Cache"] == "stale"
    assert response.content == entry["content"]
    assert len(queries) == 0


def test_a_page_retired_longer_ago_than_the_limit_is_not_served_stale(client, article, settings):
    settings.PAGE_CACHE_STALE_SECONDS = 0
    settings.PAGE_CACHE_WAIT_SECONDS = 0.2
    retired_entry(client, article, site_wide=False)
    cache.add(f"lock:{key_for(article.url)}", 1, 30)
    assert client.get(article.url)["X-Cache"] == "miss"


def test_after_a_change_to_the_whole_site_nobody_gets_the_retired_copy(client, article, settings):
    settings.PAGE_CACHE_WAIT_SECONDS = 0.2
    retired_entry(client, article, site_wide=True)  # e.g. a page made private
    cache.add(f"lock:{key_for(article.url)}", 1, 30)
    assert client.get(article.url)["X-Cache"] == "miss"  # waited, then rendered it here


def later(seconds: float, action) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(seconds), action()))
    thread.start()
    return thread


def test_a_reader_waits_for_the_render_another_process_has_begun(client, article):
    entry = retired_entry(client, article)
    key = key_for(article.url)
    cache.add(f"lock:{key}", 1, 30)  # another process is rendering it

    def other_process_stores_its_render():
        cache.set(key, {**entry, "rendered_at": time.time(), "content": b"Rendered elsewhere"})
        cache.delete(f"lock:{key}")

    thread = later(0.3, other_process_stores_its_render)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    thread.join()
    assert response.content == b"Rendered elsewhere"
    assert response["X-Cache"] == "hit"
    assert len(queries) == 0  # nothing was rendered here


def test_a_reader_renders_the_page_itself_when_the_other_render_stored_nothing(client, article):
    retired_entry(client, article)
    key = key_for(article.url)
    cache.add(f"lock:{key}", 1, 30)
    thread = later(0.2, lambda: cache.delete(f"lock:{key}"))  # it ended with an error page
    started = time.monotonic()
    response = client.get(article.url)
    thread.join()
    assert response["X-Cache"] == "miss"
    assert "On stillpoints" in response.content.decode()
    assert time.monotonic() - started < 1.5


def test_a_reader_waits_no_longer_than_the_limit_for_a_stuck_render(client, article, settings):
    settings.PAGE_CACHE_WAIT_SECONDS = 0.3
    retired_entry(client, article)
    cache.add(f"lock:{key_for(article.url)}", 1, 30)  # held by a process that hangs
    started = time.monotonic()
    response = client.get(article.url)
    assert "On stillpoints" in response.content.decode()
    assert 0.3 <= time.monotonic() - started < 1.5


def test_the_process_that_renders_releases_its_lock(client, article):
    retired_entry(client, article)
    assert client.get(article.url)["X-Cache"] == "miss"
    assert cache.get(f"lock:{key_for(article.url)}") is None
    assert client.get(article.url)["X-Cache"] == "hit"
