"""Cold articles are cheap: what an article shows around its body is worked out on publish.

The first reader of an article nobody has read since it or its neighbours changed gets a
render whose queries do not grow with the site: its previous, next and related articles are
stored when articles are published (articles/models/article_links.py), and read back with
their cards in one query, never by ranking the article table per view.
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticleLink, ArticlePage
from articles.models.article_links import store_all_links
from wellness.factories import CommentFactory, ImageFactory

COLD_ARTICLE_QUERIES = 10  # a never-cached article: what the page costs without its parts


@pytest.fixture(autouse=True)
def fragment_cache_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 600


def build_site(tree, articles: int, comments: int) -> list[ArticlePage]:
    """`articles` articles sharing topics, tags, authors and pictures, with `comments`
    approved comments (and a reply to each) on each; then each is published."""
    topics = [tree.topic() for _ in range(3)]
    authors = [tree.author(photo=ImageFactory()) for _ in range(3)]
    pictures = [ImageFactory() for _ in range(3)]
    pages = []
    for n in range(articles):
        page = tree.article(
            authors=[authors[n % 3], authors[(n + 1) % 3]],
            topics=[topics[n % 3]],
            tags=[f"tag-{n % 4}", "calm"],
            hero_image=pictures[n % 3],
            date_published=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
        )
        for _ in range(comments):
            root = CommentFactory(page=page)
            CommentFactory(page=page, parent=root)
        pages.append(page)
    for page in pages:
        page.save_revision().publish()
    return pages


def cold_queries(client, pages) -> int:
    """The queries of the first render of an article after the cache was emptied, once what
    every page shares (menus, settings, image renditions) is back in it."""
    cache.clear()
    for page in pages[:3]:
        client.get(page.url)
    target = pages[-2]
    with CaptureQueriesContext(connection) as context:
        response = client.get(target.url)
    assert response.status_code == 200
    assert "Related articles" in response.content.decode()
    return len(context.captured_queries)


@pytest.mark.parametrize(("articles", "comments"), [(6, 2), (18, 12)])
def test_a_never_rendered_article_needs_a_fixed_handful_of_queries(
    client, tree, articles, comments
):
    pages = build_site(tree, articles, comments)
    assert cold_queries(client, pages) <= COLD_ARTICLE_QUERIES


def test_previous_next_and_related_are_stored_when_an_article_is_published(tree):
    pages = build_site(tree, 5, 0)
    middle = pages[2]
    kinds = {link.kind: link.target_id for link in ArticleLink.objects.filter(source=middle)}
    assert kinds["previous"] == pages[1].pk and kinds["next"] == pages[3].pk
    related = ArticleLink.objects.filter(source=middle, kind="related")
    assert related.count() == ArticlePage.related_limit


def test_publishing_a_new_article_updates_the_next_link_of_the_one_before(client, tree):
    pages = build_site(tree, 3, 0)
    newest = tree.article(title="Newest of all", date_published=datetime.date(2027, 1, 1))
    newest.save_revision().publish()
    assert "Newest of all" in client.get(pages[-1].url).content.decode()


def test_links_worked_out_in_bulk_are_those_publishing_stores(tree):
    pages = build_site(tree, 9, 0)
    one_by_one = set(ArticleLink.objects.values_list("source", "target", "kind", "position"))
    assert store_all_links(ArticlePage.objects.live().public()) == len(pages)
    in_bulk = set(ArticleLink.objects.values_list("source", "target", "kind", "position"))
    assert in_bulk == one_by_one


def test_an_article_never_worked_out_still_shows_its_neighbours(client, tree):
    first = tree.article(title="First steps", date_published=datetime.date(2026, 1, 1))
    second = tree.article(title="Second steps", date_published=datetime.date(2026, 1, 2))
    assert not ArticleLink.objects.exists()  # created in bulk, never published
    assert "First steps" in client.get(second.url).content.decode()
    assert "Second steps" in client.get(first.url).content.decode()
