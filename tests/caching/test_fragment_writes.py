"""A render talks to the cache as little as it can: what it computed is stored in one write.

An article's parts and template fragments are written together once its response is ready
(caching.fragments.FragmentWritesMiddleware), not one round trip each. When the article's
first part is missing (nobody has read it since it changed), its fragments, keyed on the
same versions, cannot be there either: they are computed without asking the cache, all but
the blank comment and feedback forms' fields, which are the same on every page and kept once
for the site.
A reader of a warm article still gets every fragment from the cache.
"""

import re
from unittest import mock

import pytest
from django.core.cache import cache

from comments.display import REMEMBER_COOKIE
from wellness.factories import CommentFactory

FRAGMENT_KEYS = ("template.cache.", "part:")
BLANK_FORM = "template.cache.comment-form."  # the blank form's fields, kept for the whole site
BLANK_FEEDBACK = "template.cache.feedback-form."  # the same for "Did this page help you?"


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
        self.written = []  # every key written, alone or with others
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
                self.written.append(args[0])
            if name == "set_many":
                self.written.extend(args[0])
            self.inside = True
            try:
                return real(*args, **kwargs)
            finally:
                self.inside = False

        return call

    def __exit__(self, *exc):
        for patch in self.patches:
            patch.stop()


def form_action(html: str) -> str:
    """Where the comment form posts (the page has other forms: feedback, following)."""
    return re.search(r'<form action="([^"]+)"[^>]*aria-labelledby="respond-heading"', html).group(1)


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


def test_a_cold_article_asks_the_cache_for_none_of_its_own_fragments(client, article):
    with CacheCalls() as cold:
        read_as_commenter(client, article)
    part = next(key for key in cold.read if key.startswith("part:"))
    shared = [key for key in cold.read if key.startswith((BLANK_FORM, BLANK_FEEDBACK))]
    assert len(shared) == 2
    assert sorted(key for key in cold.read if key.startswith(FRAGMENT_KEYS)) == sorted(
        [part, *shared]
    )


def test_a_cold_article_reuses_the_blank_form_another_page_kept(client, tree, article):
    read_as_commenter(client, article)
    other = tree.article(title="On the cranial rhythm")
    other.save_revision().publish()
    with CacheCalls() as cold:
        response = read_as_commenter(client, other)
    assert any(key.startswith(BLANK_FORM) for key in cold.read)
    assert not [key for key in cold.written if key.startswith(BLANK_FORM)]
    html = response.content.decode()
    assert form_action(html) == f"/comments/{other.pk}/"
    assert 'name="started"' in html and 'name="consent"' in html


def test_a_reply_form_is_kept_for_its_page_and_comment_only(client, tree, article):
    first = CommentFactory(page=article)
    other = tree.article(title="On the cranial rhythm")
    other.save_revision().publish()
    client.cookies[REMEMBER_COOKIE] = "x"
    replying = client.get(f"{article.url}?replyto={first.pk}").content.decode()
    blank = client.get(other.url).content.decode()
    assert f'name="parent" value="{first.pk}"' in replying
    assert 'name="parent" value' not in blank
    assert form_action(replying) == f"/comments/{article.pk}/"
    assert form_action(blank) == f"/comments/{other.pk}/"


def test_a_warm_article_gets_every_fragment_from_the_cache_and_writes_nothing(client, article):
    first = read_as_commenter(client, article)
    with CacheCalls() as warm:
        again = read_as_commenter(client, article)
    assert again.content == first.content
    assert [key for key in warm.read if key.startswith("template.cache.")]
    assert "set_many" not in warm.calls and not warm.written_alone
