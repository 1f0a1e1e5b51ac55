"""A change retires the cached pages that show it, and no others.

Each page type says what its render depends on and which pages show it (articles/models/
cached.py). These specifications warm the page cache for a small site, make one change as an
editor or a moderator would, and read every page again: the pages that show the change are
rendered afresh ("miss") and show it; every other page is still served from the cache ("hit").
"""

import datetime

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from comments.models import Comment, CommentSettings
from comments.moderation import moderate
from wellness.factories import CommentFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600


def published(page):
    page.save_revision().publish()
    return page


class Site:
    """Three articles in a row on one topic by one author, and one elsewhere by someone else
    among articles of its own kind. Published as editors publish: each in its own
    transaction, committed."""

    def __init__(self, tree, committed):
        with committed():
            self.build(tree)

    def build(self, tree):
        self.tree = tree
        self.topic, self.other_topic = tree.topic(slug="sleep"), tree.topic(slug="posture")
        self.author, self.other_author = tree.author(slug="mara"), tree.author(slug="jon")
        day = datetime.date(2026, 3, 1)
        self.older, self.article, self.newer = (
            published(
                tree.article(
                    title=title,
                    slug=title.lower().replace(" ", "-"),
                    topics=[self.topic],
                    authors=[self.author],
                    date_published=day + datetime.timedelta(days=n),
                )
            )
            for n, title in enumerate(["Older stillness", "On stillpoints", "Newer stillness"])
        )
        self.elsewhere, *_ = (
            published(
                tree.article(
                    title=title,
                    topics=[self.other_topic],
                    authors=[self.other_author],
                    tags=["posture"],
                    date_published=datetime.date(2024, 1, n),
                )
            )
            for n, title in enumerate(["Standing tall", "Sitting well", "Lifting", "Walking"], 1)
        )
        # Published last, the first article links to the newer ones too.
        published(self.older)

    def urls(self) -> dict[str, str]:
        return {
            "home": "/",
            "articles": self.tree.articles.url,
            "topic": self.topic.url,
            "other topic": self.other_topic.url,
            "author": self.author.url,
            "other author": self.other_author.url,
            "older": self.older.url,
            "article": self.article.url,
            "newer": self.newer.url,
            "elsewhere": self.elsewhere.url,
            "standard page": self.tree.standard_page(slug="about").url,
            "feed": "/feeds/rss/",
        }


@pytest.fixture
def site(tree, committed):
    return Site(tree, committed)


def warm(client, urls) -> None:
    for url in urls.values():
        assert client.get(url).status_code == 200
    assert {client.get(url)["X-Cache"] for url in urls.values()} == {"hit"}


def rendered_afresh(client, urls) -> set[str]:
    """The pages that were not served from the cache on the next visit."""
    return {name for name, url in urls.items() if client.get(url)["X-Cache"] != "hit"}


def test_approving_a_comment_retires_its_page_and_the_listings_that_count_it(
    client, site, committed
):
    comment = CommentFactory(page=site.article, status="pending", body="It helped my sleep.")
    urls = site.urls()
    warm(client, urls)
    with committed():
        moderate([Comment.objects.get(pk=comment.pk)], "approved")
    assert rendered_afresh(client, urls) == {"article", "articles", "home", "topic", "author"}
    assert "It helped my sleep." in client.get(site.article.url).content.decode()


def test_removing_a_comment_retires_the_same_pages_and_hides_it(client, site, committed):
    comment = CommentFactory(page=site.article, status="approved", body="Buy cheap pills.")
    urls = site.urls()
    warm(client, urls)
    with committed():
        moderate([Comment.objects.get(pk=comment.pk)], "spam")
    assert rendered_afresh(client, urls) == {"article", "articles", "home", "topic", "author"}
    assert "Buy cheap pills." not in client.get(site.article.url).content.decode()


def test_a_comment_awaiting_moderation_retires_nothing(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    with committed():
        CommentFactory(page=site.article, status="pending")
    assert rendered_afresh(client, urls) == set()


def test_publishing_an_edit_retires_the_page_what_lists_it_and_its_neighbours(
    client, site, committed
):
    urls = site.urls()
    warm(client, urls)
    site.article.title = "On stillpoints, revised"
    with committed():
        published(site.article)
    assert rendered_afresh(client, urls) == {
        "article",
        "articles",
        "home",
        "topic",
        "author",
        "older",
        "newer",
        "feed",
    }
    assert "On stillpoints, revised" in client.get(site.older.url).content.decode()


def test_unpublishing_retires_the_pages_that_showed_it(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    with committed():
        site.article.unpublish()
    del urls["article"]
    assert rendered_afresh(client, urls) == {
        "articles",
        "home",
        "topic",
        "author",
        "older",
        "newer",
        "feed",
    }
    for neighbour in (site.older, site.newer):
        assert "On stillpoints" not in client.get(neighbour.url).content.decode()


def test_moving_an_article_to_another_topic_retires_the_topic_it_left(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    site.article.topics.set([site.other_topic])
    with committed():
        published(site.article)
    assert {"topic", "other topic"} <= rendered_afresh(client, urls)
    assert "On stillpoints" not in client.get(site.topic.url).content.decode()
    assert "On stillpoints" in client.get(site.other_topic.url).content.decode()


def test_deleting_an_article_retires_what_showed_it(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    with committed():
        site.article.delete()
    del urls["article"]
    assert {"articles", "home", "topic", "author", "older", "newer"} <= rendered_afresh(
        client, urls
    )
    assert "On stillpoints" not in client.get(site.newer.url).content.decode()
    assert "On stillpoints" not in client.get(site.author.url).content.decode()


def test_changing_site_settings_retires_every_page(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    rules = CommentSettings.for_site(site.tree.home.get_site())
    rules.close_after_days = 7
    with committed():
        rules.save()
    assert rendered_afresh(client, urls) == set(urls)


def test_restricting_a_page_retires_every_page_and_hides_it(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    with committed():
        PageViewRestriction.objects.create(
            page=site.article, restriction_type=PageViewRestriction.PASSWORD, password="calm"
        )
    assert rendered_afresh(client, urls) == set(urls)
    assert "On stillpoints" not in client.get(site.topic.url).content.decode()
    assert "password" in client.get(site.article.url).content.decode().lower()


def test_a_new_release_retires_every_page(client, site, settings):
    from caching.release import release

    urls = site.urls()
    warm(client, urls)
    settings.RELEASE = "next-release"
    release.cache_clear()
    try:
        assert rendered_afresh(client, urls) == set(urls)
    finally:
        release.cache_clear()


def test_a_change_rolled_back_retires_nothing(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    site.article.title = "Never published"
    with committed():
        try:
            with transaction.atomic():
                published(site.article)
                raise RuntimeError("the editor's request failed half-way")
        except RuntimeError:
            pass
    assert rendered_afresh(client, urls) == set()


def test_publishing_a_page_in_the_menus_retires_every_page(client, site, committed):
    urls = site.urls()
    about = site.tree.home.get_children().get(slug="about").specific
    warm(client, urls)
    about.title = "About us"
    with committed():
        published(about)
    assert rendered_afresh(client, urls) == set(urls)
    assert "About us" in client.get(site.elsewhere.url).content.decode()


def test_moving_an_article_to_another_section_retires_the_section_it_left(client, site, committed):
    urls = site.urls()
    warm(client, urls)
    with committed():
        site.article.move(site.tree.reviews, pos="last-child")
    del urls["article"]
    assert {"articles", "home", "older", "newer"} <= rendered_afresh(client, urls)
    assert "On stillpoints" not in client.get(site.tree.articles.url).content.decode()
