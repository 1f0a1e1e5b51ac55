"""A render talks to the cache as little as it can: what it computed is stored in one write.

An article's parts and template fragments are written together once its response is ready
(caching.fragments.FragmentWritesMiddleware), not one round trip each. When the article's
first part is missing (nobody has read it since it changed), its fragments, keyed on the
same versions, cannot be there either: they are computed without asking the cache. A reader
of a warm article still gets every fragment from the cache.
"""

from unittest import mock

import pytest
from django.core.cache import cache

from comments.display import REMEMBER_COOKIE

FRAGMENT_KEYS = ("template.cache.", "part:")


@pytest.fixture(autouse=True)
def fragment_cache_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 600


@pytest.fixture
def article(tree):
    page = tree.article(title="On stillpoints")
    page.save_revision().publish()
    return page


class CacheCalls:
    """Counts the calls a render makes to the shared cache, by method, and the keys read."""

    def __init__(self):
        self.calls = {}
        self.read = []
        self.written_alone = []
        self.inside = False

    def __enter__(self):
        self.patches = []
        for name in ("get", "get_many", "set", "set_many", "add", "delete"):
            real = getattr(cache, name)
            self.patches.append(mock.patch.object(cache, name, side_effect=self.wrap(name, real)))
        for patch in self.patches:
            patch.start()
        return self

    def wrap(self, name, real):
        def call(*args, **kwargs):
            if self.inside:  # set_many calling set, say: one call from the render
                return real(*args, **kwargs)
            self.calls[name] = self.calls.get(name, 0) + 1
            if name == "get":
                self.read.append(args[0])
            if name == "set":
                self.written_alone.append(args[0])
            self.inside = True
            try:
                return real(*args, **kwargs)
            finally:
                self.inside = False

        return call

    def __exit__(self, *exc):
        for patch in self.patches:
            patch.stop()


def read_as_commenter(client, article):
    """A remembered commenter: the page cache renders the page for them every time."""
    client.cookies[REMEMBER_COOKIE] = "x"
    return client.get(article.url)


def test_a_cold_article_stores_its_parts_and_fragments_in_one_write(client, article):
    with CacheCalls() as cold:
        response = read_as_commenter(client, article)
    assert response.status_code == 200
    assert cold.calls.get("set_many") == 1
    assert not [key for key in cold.written_alone if key.startswith(FRAGMENT_KEYS)]


def test_a_cold_article_asks_the_cache_for_none_of_its_fragments(client, article):
    with CacheCalls() as cold:
        read_as_commenter(client, article)
    assert [key for key in cold.read if key.startswith(FRAGMENT_KEYS)] == [
        next(key for key in cold.read if key.startswith("part:"))
    ]


def test_a_warm_article_gets_every_fragment_from_the_cache_and_writes_nothing(client, article):
    first = read_as_commenter(client, article)
    with CacheCalls() as warm:
        again = read_as_commenter(client, article)
    assert again.content == first.content
    assert [key for key in warm.read if key.startswith("template.cache.")]
    assert "set_many" not in warm.calls and not warm.written_alone
