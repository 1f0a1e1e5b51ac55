"""Approved comments as readers see them; private details never shown."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wellness.factories import CommentFactory


@pytest.fixture
def article(tree):
    return tree.article(title="On stillpoints")


def thread(page, count: int, start=None):
    start = start or timezone.now() - datetime.timedelta(days=30)
    return [
        CommentFactory(page=page, created_at=start + datetime.timedelta(minutes=n))
        for n in range(count)
    ]


def test_approved_comments_are_shown_oldest_first(client, article):
    first, second = thread(article, 2)
    html = client.get(article.url).content.decode()
    assert html.index(first.body) < html.index(second.body)


def test_held_spam_and_removed_comments_are_not_shown(client, article):
    for status in ("pending", "spam", "removed"):
        CommentFactory(page=article, status=status, body=f"A {status} comment.")
    html = client.get(article.url).content.decode()
    assert "A pending comment." not in html and "A spam comment." not in html
    assert "A removed comment." not in html


def test_each_comment_has_a_stable_anchor_linking_to_itself(client, article):
    comment = CommentFactory(page=article)
    html = client.get(article.url).content.decode()
    assert f'id="comment-{comment.pk}"' in html and f'href="#comment-{comment.pk}"' in html


def test_ten_conversations_per_page_of_comments_with_their_replies(client, article):
    comments = thread(article, 13)
    reply = CommentFactory(page=article, parent=comments[11], body="A reply on page two.")
    first = client.get(article.url).content.decode()
    assert comments[9].body in first and comments[10].body not in first
    assert "Comments page 1 of 2" in first and 'href="?comments=2#comments"' in first
    second = client.get(article.url, {"comments": 2}).content.decode()
    assert comments[10].body in second and reply.body in second and comments[0].body not in second


def test_a_comment_on_a_later_page_is_linked_there_after_posting(article):
    from comments.views import comment_url

    comments = thread(article, 11)
    assert (
        comment_url(article, comments[10]) == f"{article.url}?comments=2#comment-{comments[10].pk}"
    )


def test_the_comment_count_shows_in_the_article_header_and_listings(client, tree, article):
    thread(article, 3)
    CommentFactory(page=article, status="pending")
    assert '<a href="#comments">3 comments</a>' in client.get(article.url).content.decode()
    assert "3 comments" in client.get(tree.articles.url).content.decode()


def test_a_commenters_website_is_linked_as_user_content(client, article):
    CommentFactory(page=article, name="Tom", website="https://example.net/tom")
    html = client.get(article.url).content.decode()
    assert '<a href="https://example.net/tom" rel="nofollow ugc noopener">Tom</a>' in html


def test_email_and_ip_address_never_appear_on_public_pages(client, tree, article):
    CommentFactory(
        page=article,
        email="secret.person@example.org",
        ip_address="203.0.113.77",
        status="approved",
    )
    CommentFactory(
        page=article, email="held.person@example.org", ip_address="198.51.100.9", status="pending"
    )
    for url in (article.url, tree.articles.url, tree.home.url, article.url + "?comments=1"):
        html = client.get(url).content.decode()
        for secret in ("secret.person", "held.person", "203.0.113.77", "198.51.100.9"):
            assert secret not in html, (url, secret)


def count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def with_comments(page, count: int):
    roots = thread(page, count)
    for root in roots[: count // 3]:  # a third of them with a reply and a reply to that
        CommentFactory(page=page, parent=CommentFactory(page=page, parent=root))
    return page


def test_comment_queries_do_not_grow_with_the_number_of_comments(client, tree):
    empty, one, some, many = tree.article(), tree.article(), tree.article(), tree.article()
    with_comments(one, 1)
    with_comments(some, 90)  # 150 comments: read in one query, as one is
    with_comments(many, 300)  # 500: past the first 201, the counts, the page, its replies
    assert count_queries(client, empty.url) == count_queries(client, one.url)
    assert count_queries(client, some.url) == count_queries(client, one.url)
    assert count_queries(client, many.url) == count_queries(client, one.url) + 3


def test_the_demo_has_every_comment_state(db, settings, client):
    import io

    from django.core.management import call_command

    from comments.models import Comment

    settings.DEBUG = True
    call_command("load_demo_content", "--no-editor", stdout=io.StringIO())
    states = set(Comment.objects.values_list("status", flat=True))
    assert states == {"approved", "pending", "spam"}
    assert Comment.objects.filter(depth=3).exists()


NO_LINK_TEXTS = [
    "Thanks, very helpful!",
    "<script>alert('x')</script> & \"quotes\" <b>bold</b>",
    "It ended. Then: nothing @ all.",
    "Time : 10 . 30 and a@ b",
    "출장안마 는 스팸입니다 … ça va? Ça va!",
    "line one\nline two",
]


@pytest.mark.parametrize("text", NO_LINK_TEXTS)
def test_text_without_a_link_is_escaped_as_the_urlizer_escapes_it(text):
    from comments.templatetags.comment_tags import comment_text, comment_urlizer

    urlized = comment_urlizer(text, trim_url_limit=60, autoescape=True).replace("\n", "<br>")
    assert comment_text(text) == f"<p>{urlized}</p>"


@pytest.mark.parametrize(
    "text", ["see www.nhs.uk.", "mail me@example.org", "(https://nice.org.uk/x)", "example.org:"]
)
def test_text_with_a_link_is_linked(text):
    from comments.templatetags.comment_tags import comment_text

    assert 'rel="nofollow ugc noopener"' in comment_text(text) or "mailto:" in comment_text(text)
