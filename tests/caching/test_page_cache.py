"""The full-page cache: anonymous readers get cached pages, nobody else does, and every change
a reader could see shows at once.

Invalidation runs when a transaction commits, so changes here are made inside `committed()`
(Django's captured on-commit callbacks, executed as a real commit would).
"""

import threading
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from comments.models import Comment
from comments.moderation import moderate
from tests.comments.posting import post_comment
from wellness.factories import BookFactory, CommentFactory, stream


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600
    settings.COMMENT_MIN_SECONDS = 0


@pytest.fixture
def article(tree):
    return tree.article(title="On stillpoints")


def publish(page, committed, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with committed():
        page.save_revision().publish()


def test_a_readers_second_visit_is_served_from_the_cache(client, article):
    first = client.get(article.url)
    second = client.get(article.url)
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.content == first.content


def test_cached_pages_tell_shared_caches_to_keep_them_and_browsers_to_revalidate(client, article):
    response = client.get(article.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=0", "s-maxage=600"}
    assert "Cookie" in response["Vary"]


def test_a_cached_sitemap_keeps_its_robots_and_last_modified_headers(client, tree, settings):
    settings.SITEMAP_LIMIT = 2  # an index, dated by its newest part
    for _ in range(3):
        tree.article().save_revision().publish()
    first = client.get("/sitemap.xml")
    second = client.get("/sitemap.xml")
    assert second["X-Cache"] == "hit"
    assert second["X-Robots-Tag"] == first["X-Robots-Tag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    assert second["Content-Type"] == first["Content-Type"]


def test_a_cached_page_sets_no_cookie(client, article):
    client.get(article.url)
    assert client.get(article.url).cookies == {}


def test_tracking_parameters_share_the_readers_cache_entry(client, article):
    client.get(article.url)
    assert client.get(article.url + "?utm_source=newsletter")["X-Cache"] == "hit"


def test_other_query_strings_are_cached_separately(client, tree, article):
    client.get("/search/?q=stillpoints")
    assert client.get("/search/?q=fascia")["X-Cache"] == "miss"
    assert client.get("/search/?q=stillpoints")["X-Cache"] == "hit"


def test_a_signed_in_editor_is_never_served_from_the_cache(client, admin_user, article):
    client.get(article.url)
    client.force_login(admin_user)
    response = client.get(article.url)
    assert response["X-Cache"] == "bypass"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_an_editors_view_of_a_page_is_never_stored_for_readers(client, admin_user, article):
    client.force_login(admin_user)
    client.get(article.url)
    client.logout()
    assert client.get(article.url)["X-Cache"] == "miss"


def test_the_admin_is_never_cached(client, db):
    response = client.get("/admin/login/")
    assert response["X-Cache"] == "bypass"
    assert "no-cache" in response["Cache-Control"]


def test_a_visitor_with_a_pending_comment_sees_it_though_the_page_is_cached(client, article):
    client.get(article.url)
    post_comment(client, article, body="Does it help with migraines after a fall?")
    response = client.get(article.url)
    assert response["X-Cache"] == "bypass"
    assert "Does it help with migraines after a fall?" in response.content.decode()
    assert "awaiting moderation" in response.content.decode()


def test_a_pending_comment_is_not_shown_to_other_readers(client, article):
    post_comment(client, article, body="Does it help with migraines after a fall?")
    client.cookies.clear()
    response = client.get(article.url)
    assert "Does it help with migraines after a fall?" not in response.content.decode()


def test_a_pending_comment_does_not_retire_cached_pages(client, article, committed):
    client.get(article.url)
    with committed():
        CommentFactory(page=article, status="pending")
    assert client.get(article.url)["X-Cache"] == "hit"


def test_a_remembered_commenter_gets_their_own_filled_in_form(client, article):
    post_comment(client, article, name="Ines Okafor", remember="on")
    client.cookies.pop("sessionid", None)
    response = client.get(article.url)
    assert response["X-Cache"] == "bypass"
    assert 'value="Ines Okafor"' in response.content.decode()


def test_a_form_with_errors_is_never_cached(client, article):
    response = post_comment(client, article, email="not-an-email")
    assert response.status_code == 400
    assert "X-Cache" not in response or response["X-Cache"] != "miss"
    assert "not-an-email" not in client.get(article.url).content.decode()


def test_a_preview_shows_the_draft_body_not_the_cached_live_one(client, article):
    client.get(article.url)  # the live body is now in the fragment cache
    article.body = stream(("paragraph", "<p>Words only the editor has written so far.</p>"))
    response = article.make_preview_request()
    assert "Words only the editor has written so far." in response.content.decode()


def test_publishing_a_change_shows_it_at_once(client, article, committed):
    client.get(article.url)
    publish(article, committed, title="On stillpoints, revised")
    response = client.get(article.url)
    assert response["X-Cache"] == "miss"
    assert "On stillpoints, revised" in response.content.decode()


def test_publishing_a_new_article_puts_it_on_the_cached_home_page(client, tree, committed):
    client.get("/")
    with committed():
        tree.article(title="Listening hands").save_revision().publish()
    assert "Listening hands" in client.get("/").content.decode()


def test_unpublishing_removes_the_page_at_once(client, article, committed):
    url = article.url
    client.get(url)
    with committed():
        article.unpublish()
    assert client.get(url).status_code == 404


def test_moving_a_page_sends_its_old_address_to_the_new_one(client, tree, article, committed):
    old_url = article.url
    client.get(old_url)
    with committed():
        article.move(tree.reviews, pos="last-child")
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/reviews/on-stillpoints/")


def test_deleting_a_page_removes_it_and_its_listing_card(client, tree, article, committed):
    url = article.url
    client.get(url)
    client.get("/")
    with committed():
        article.delete()
    assert client.get(url).status_code == 404
    assert "On stillpoints" not in client.get("/").content.decode()


def test_approving_a_comment_shows_it_at_once(client, article, committed):
    comment = CommentFactory(page=article, status="pending", body="It helped my sleep.")
    client.get(article.url)
    with committed():
        moderate([Comment.objects.get(pk=comment.pk)], "approved")
    assert "It helped my sleep." in client.get(article.url).content.decode()


def test_removing_a_comment_hides_it_at_once(client, article, committed):
    with committed():
        comment = CommentFactory(page=article, body="Buy cheap pills here.")
    assert "Buy cheap pills here." in client.get(article.url).content.decode()
    with committed():
        moderate([Comment.objects.get(pk=comment.pk)], "removed")
    assert "Buy cheap pills here." not in client.get(article.url).content.decode()


def test_each_page_of_comments_is_kept_apart(client, article, settings):
    settings.COMMENTS_PER_PAGE = 2
    for n in range(1, 4):
        CommentFactory(page=article, body=f"Comment number {n}.")
    first = client.get(article.url).content.decode()
    second = client.get(article.url, {"comments": 2}).content.decode()
    assert "Comment number 1." in first and "Comment number 3." not in first
    assert "Comment number 3." in second and "Comment number 1." not in second


def test_a_page_of_comments_past_the_last_is_not_found_with_the_cache_warm(client, article):
    CommentFactory(page=article)
    client.get(article.url)
    assert client.get(article.url, {"comments": 2}).status_code == 404


def test_renaming_an_author_updates_the_byline_on_their_articles(client, tree, committed):
    author = tree.author(title="Mara Quist")
    article = tree.article(authors=[author])
    client.get(article.url)
    publish(author, committed, title="Mara Quist-Lindgren")
    assert "Mara Quist-Lindgren" in client.get(article.url).content.decode()


def test_renaming_a_topic_updates_the_articles_that_carry_it(client, tree, committed):
    topic = tree.topic(title="Sleep")
    article = tree.article(topics=[topic])
    client.get(article.url)
    publish(topic, committed, title="Sleep and rest")
    assert "Sleep and rest" in client.get(article.url).content.decode()


def test_correcting_a_books_title_updates_the_articles_that_recommend_it(client, tree, committed):
    book = BookFactory(title="The Quiet Hand")
    tree.review(book=book)
    article = tree.article(body=stream(("book_reference", {"book": book.pk, "note": "Read it."})))
    client.get(article.url)
    book.title = "The Quiet Hands"
    with committed():
        book.save()
    assert "The Quiet Hands" in client.get(article.url).content.decode()


def test_a_change_rolled_back_leaves_cached_pages_alone(client, article, committed):
    client.get(article.url)
    with committed(), suppress(RuntimeError), transaction.atomic():
        CommentFactory(page=article, status="approved")
        raise RuntimeError("the moderator's request failed half-way")
    assert client.get(article.url)["X-Cache"] == "hit"


class PurgeRecorder(BaseHTTPRequestHandler):
    """A stand-in front-end cache: a real HTTP server that records the PURGE requests it gets."""

    purged: list[str]

    def do_PURGE(self):
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_end_cache(settings):
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_publishing_purges_the_page_and_the_pages_that_list_it_upstream(
    tree, committed, front_end_cache
):
    topic = tree.topic(slug="sleep")
    author = tree.author(slug="mara-quist")
    article = tree.article(slug="on-stillpoints", topics=[topic], authors=[author])
    front_end_cache.clear()
    publish(article, committed, title="On stillpoints, revised")
    assert {
        "/articles/on-stillpoints/",
        "/articles/",
        "/",
        "/topics/sleep/",
        "/authors/mara-quist/",
        "/feeds/rss/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    } <= set(front_end_cache)


def test_publishing_purges_every_part_of_the_sitemap_upstream(
    tree, committed, front_end_cache, settings
):
    settings.SITEMAP_LIMIT = 2
    articles = [tree.article() for _ in range(4)]
    front_end_cache.clear()
    publish(articles[0], committed, title="Revised")
    parts = {path for path in front_end_cache if path.startswith("/sitemap-pages.xml")}
    pages = len(tree.home.get_descendants(inclusive=True).live().public())
    assert len(parts) == -(-pages // 2)


def test_approving_a_comment_purges_its_page_upstream(tree, committed, front_end_cache):
    article = tree.article(slug="on-stillpoints")
    comment = CommentFactory(page=article, status="pending")
    front_end_cache.clear()
    with committed():
        moderate([Comment.objects.get(pk=comment.pk)], "approved")
    assert "/articles/on-stillpoints/" in front_end_cache
