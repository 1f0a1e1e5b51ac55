"""Query counts per page are pinned, cold and warm, and do not grow with authors, tags,
topics or items.

Each page is requested once (image renditions are created on first view), then what it
depends on is retired, as a change to it would: the next request is its cold render (its
fragments are gone; what every page shares, such as site settings and menus, is not), and
the one after it the warm render. Both are counted at two sizes of data. The full-page
cache is off: these are the queries of a reader the page cache cannot serve (see
test_page_cache.py and test_cold_pages.py for articles worked out on publish).
"""

import datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from caching.tags import SITE, for_request, retire
from wellness.factories import BookFactory, CommentFactory, ImageFactory, article_body, stream


@pytest.fixture(autouse=True)
def fragment_cache_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 600


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def count_queries(client, url) -> tuple[int, int]:
    """(cold, warm): the queries of a render after a change to what the page depends on,
    then of the render after it."""
    first = client.get(url)
    assert first.status_code == 200
    depends_on = [tag for tag in for_request(first.wsgi_request).declared if tag != SITE]
    retire(depends_on or settings.PAGE_CACHE_DEFAULT_TAGS)
    return queries(client, url), queries(client, url)


def rich_article(tree, size: int):
    """An article with `size` authors, topics, tags, book references and images."""
    books = [tree.review(book=BookFactory(cover=ImageFactory())).book for _ in range(size)]
    body = stream(
        *[("book_reference", {"book": book.pk, "note": "Read it."}) for book in books],
        *[
            (
                "image",
                {
                    "image": {
                        "image": ImageFactory().pk,
                        "alt_text": "A room",
                        "decorative": False,
                    },
                    "caption": "",
                    "credit": "",
                },
            )
            for _ in range(size)
        ],
    )
    topics = [tree.topic() for _ in range(size)]
    page = tree.article(
        authors=[tree.author(photo=ImageFactory()) for _ in range(size)],
        topics=topics,
        tags=[f"tag-{size}-{n}" for n in range(size * 2)],
        hero_image=ImageFactory(),
        body=body,
    )
    for _ in range(max(size, 3)):  # enough related articles to fill the box at every size
        tree.article(topics=topics[:1], hero_image=ImageFactory())
    page.save_revision().publish()  # its previous, next and related articles are stored
    return page


# Cold: the route to the article (its breadcrumbs come with it), the article with its hero
# image, its topics and tags, its stored previous/next/related cards, their authors with its
# own, its comments, and the body's blocks (a book with its cover and review; an image with
# its renditions: 5 of the 12). Warm: the route and the article (the site is known:
# sites.py).
ARTICLE_QUERIES = (12, 2)
# Past WHOLE_THREAD_LIMIT comments they are not read whole: their counts, the page of
# conversations and its replies instead.
ARTICLE_QUERIES_LONG_THREADS = (15, 2)


@pytest.mark.parametrize("size", [1, 5])
def test_article_page_queries_do_not_grow_with_authors_tags_topics_or_blocks(client, tree, size):
    assert count_queries(client, rich_article(tree, size).url) == ARTICLE_QUERIES


def fill_listing(tree, size: int):
    """`size` articles, reviews and reading lists by one author, their dates interleaved."""
    author = tree.author()
    topic = tree.topic()
    for n in range(size):
        day = datetime.date(2026, 1, 1) + datetime.timedelta(days=3 * n)
        tree.article(
            authors=[author, tree.author()],
            topics=[topic],
            tags=[f"t{n}"],
            hero_image=ImageFactory(),
            featured=n < 2,
            date_published=day,
        )
        tree.review(
            reviewer=author,
            book=BookFactory(cover=ImageFactory()),
            date_published=day + datetime.timedelta(days=1),
        )
        tree.reading_list(curator=author, date_published=day + datetime.timedelta(days=2))
    return author, topic


# Paginated listings find the page's ids first, then fetch only those rows (see `paginate`).
# Listings keep no fragments: cold and warm are the same.
LISTING_QUERIES = {
    "home": (16, 16),
    "articles": (9, 9),
    "topic": (9, 9),
    "author": (19, 19),
    "reviews": (10, 10),
    "reading-lists": (7, 7),
    "topics": (4, 4),
    "authors": (4, 4),
}


@pytest.mark.parametrize("size", [3, 10])
@pytest.mark.parametrize("listing", sorted(LISTING_QUERIES))
def test_listing_queries_do_not_grow_with_items(client, tree, size, listing):
    author, topic = fill_listing(tree, size)
    url = {
        "home": tree.home.url,
        "articles": tree.articles.url,
        "topic": topic.url,
        "author": author.url,
        "reviews": tree.reviews.url,
        "reading-lists": tree.reading_lists.url,
        "topics": tree.topics.url,
        "authors": tree.authors.url,
    }[listing]
    assert count_queries(client, url) == LISTING_QUERIES[listing]


READING_LIST_QUERIES = (12, 11)


@pytest.mark.parametrize("size", [1, 6])
def test_reading_list_queries_do_not_grow_with_items(client, tree, size):
    items = []
    for _ in range(size):
        book = BookFactory(cover=ImageFactory())
        tree.review(book=book)
        items += [
            {"book": book, "note": "A book."},
            {"article": tree.article(hero_image=ImageFactory()), "note": "An article."},
            {"link_url": "https://example.org/", "link_title": "Elsewhere", "note": "A link."},
        ]
    page = tree.reading_list(items=items, curator=tree.author())
    assert count_queries(client, page.url) == READING_LIST_QUERIES


REVIEW_QUERIES = (10, 9)


@pytest.mark.parametrize("size", [1, 4])
def test_book_review_queries_do_not_grow_with_links(client, tree, size):
    book = BookFactory(cover=ImageFactory())
    for n in range(size):
        book.links.create(label=f"Link {n}", url="https://example.org/")
    review = tree.review(book=book, reviewer=tree.author())
    assert count_queries(client, review.url) == REVIEW_QUERIES


def test_a_plain_article_needs_no_more_queries_than_a_rich_one(client, tree):
    tree.article()  # something to link to: an article alone has its links worked out each time
    page = tree.article(body=article_body())
    page.save_revision().publish()
    cold, warm = count_queries(client, page.url)
    assert cold <= ARTICLE_QUERIES[0] - 5 and warm <= ARTICLE_QUERIES[1]  # no body blocks


@pytest.mark.parametrize(
    ("threads", "expected"), [(10, ARTICLE_QUERIES), (60, ARTICLE_QUERIES_LONG_THREADS)]
)
def test_an_article_with_hundreds_of_comments_needs_no_more_queries(
    client, tree, threads, expected
):
    """`threads` top-level comments, each with two replies: 30 and 180 comments, then 300 and
    the same past WHOLE_THREAD_LIMIT (200)."""
    page = rich_article(tree, 1)
    for _ in range(threads):
        root = CommentFactory(page=page)
        CommentFactory(page=page, parent=root)
        CommentFactory(page=page, parent=root)
    assert count_queries(client, page.url) == ARTICLE_QUERIES
    for _ in range(threads):
        root = CommentFactory(page=page)
        CommentFactory(page=page, parent=root)
        CommentFactory(page=page, parent=root)
    assert count_queries(client, page.url) == expected


def fill_search_and_feeds(tree, size: int):
    """`size` articles with pictures by one author on one topic, all mentioning "stillness"."""
    author, topic = tree.author(), tree.topic()
    for n in range(size):
        tree.article(
            title=f"Stillness {n}",
            standfirst="On stillness.",
            authors=[author, tree.author()],
            topics=[topic],
            hero_image=ImageFactory(),
        )
        tree.review(title=f"Review {n}")
    return author, topic


SERVICE_QUERIES = {
    # The topics of the form, then kept (until a published page changes). PostgreSQL's engine
    # asks the planner's estimates, ranks and checks the spelling in one query, and reads the
    # results' stored cards; Wagtail's backend counts, fetches the page of results, then the
    # pages with their bylines (search results show no pictures).
    "search": (4, 3) if connection.vendor == "postgresql" else (5, 4),
    "rss": (6, 6),
    "atom": (6, 6),
    "topic-rss": (7, 7),
    "author-rss": (7, 7),
    "sitemap": (15, 15),  # one per page type: Wagtail asks each specific page for its URLs
    "sitemap-part": (13, 13),  # the sitemap less its check for an index
}


@pytest.mark.parametrize("size", [3, 10])
@pytest.mark.parametrize("kind", sorted(SERVICE_QUERIES))
def test_search_feeds_and_sitemaps_queries_do_not_grow_with_items(client, tree, size, kind):
    author, topic = fill_search_and_feeds(tree, size)
    url = {
        "search": "/search/?q=stillness",
        "rss": "/feeds/rss/",
        "atom": "/feeds/atom/",
        "topic-rss": f"/feeds/topics/{topic.slug}/rss/",
        "author-rss": f"/feeds/authors/{author.slug}/rss/",
        "sitemap": "/sitemap.xml",
        "sitemap-part": "/sitemap-pages.xml",
    }[kind]
    assert count_queries(client, url) == SERVICE_QUERIES[kind]


SITEMAP_INDEX_QUERIES = (4, 4)


@pytest.mark.parametrize("size", [3, 10])
def test_the_sitemap_index_needs_the_same_queries_however_many_parts(client, tree, settings, size):
    settings.SITEMAP_LIMIT = 2
    fill_search_and_feeds(tree, size)  # 2 pages per part: 5 parts, then 12
    assert count_queries(client, "/sitemap.xml") == SITEMAP_INDEX_QUERIES


STANDARD_PAGE_QUERIES = (4, 3)
STANDARD_PAGE_QUERIES_LONG_THREADS = (7, 3)


@pytest.mark.parametrize(
    ("threads", "expected"),
    [
        (10, STANDARD_PAGE_QUERIES),
        (100, STANDARD_PAGE_QUERIES_LONG_THREADS),
        (200, STANDARD_PAGE_QUERIES_LONG_THREADS),
    ],
)
def test_a_standard_page_with_hundreds_of_comments_needs_the_same_queries(
    client, tree, threads, expected
):
    """`threads` top-level comments, each with two replies: 30, 300 and 600 comments."""
    page = tree.standard_page(comments_open=True)
    for _ in range(threads):
        root = CommentFactory(page=page)
        CommentFactory(page=page, parent=root)
        CommentFactory(page=page, parent=root)
    assert count_queries(client, page.url) == expected


def test_a_standard_page_without_comments_needs_the_same_queries(client, tree):
    assert count_queries(client, tree.standard_page().url) == STANDARD_PAGE_QUERIES
