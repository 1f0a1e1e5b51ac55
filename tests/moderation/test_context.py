"""Beside each comment, what a moderator decides by: the commenter's history, the links and
their domains, and why the filter scored it so; read for a whole page of rows at once, so each
view costs the same number of queries at any size."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments import model_store
from comments.classifier import Model
from comments.models import Comment
from wellness.factories import CommentFactory

from .conftest import DESK


def trained_filter():
    examples = [(f"cheap casino bonus offer {n}", "", "spam") for n in range(10)] + [
        (f"thank you for the article about sleep {n}", "", "ham") for n in range(10)
    ]
    model_store.replace_model(Model.fit(examples), [])


def test_the_commenters_history_shows_beside_the_comment(mod_client, article):
    first = timezone.now() - datetime.timedelta(days=400)
    CommentFactory.create_batch(
        3, page=article, email="ana@example.org", status="approved", created_at=first
    )
    CommentFactory(page=article, email="ana@example.org", status="spam")
    CommentFactory(page=article, email="ANA@example.org", status="pending")
    html = mod_client.get(DESK).content.decode()
    assert "History: 3 approved · 1 pending · 1 spam" in html
    assert f"first seen {first:%-d %b %Y}" in html


def test_the_links_show_with_their_domains(mod_client, article):
    CommentFactory(
        page=article,
        status="pending",
        body="Try https://www.pills.example/buy and bestdeals.xyz today",
        website="https://myblog.example/",
    )
    html = mod_client.get(DESK).content.decode()
    for host in ("pills.example", "bestdeals.xyz", "myblog.example"):
        assert f"Block {host}" in html


def test_the_filters_reasons_show_for_held_and_spam_comments(mod_client, article):
    trained_filter()
    CommentFactory(page=article, status="pending", body="casino bonus for you")
    html = mod_client.get(DESK).content.decode()
    assert "Why the filter scored it so" in html
    assert re.search(r"<code>[^<]*(casino|bonus|blocked phrase)[^<]*</code> towards spam", html)


def test_the_reasons_are_worked_out_once_for_each_text(mod_client, article, monkeypatch):
    trained_filter()
    comment = CommentFactory(page=article, status="pending", body="casino bonus for you")
    first = mod_client.get(DESK).content.decode()
    explained = []
    monkeypatch.setattr(
        "comments.desk.explain", lambda body, **kwargs: explained.append(body) or []
    )
    again = mod_client.get(DESK, {"status": "all"}).content.decode()
    assert explained == []  # another tab, or another moderator: read, not worked out again
    reasons = re.compile(r'<div class="desk-reasons">.*?</div>', re.S)
    assert reasons.findall(again) == reasons.findall(first) != []
    Comment.objects.filter(pk=comment.pk).update(body="cheap pills here")
    mod_client.get(DESK)
    assert explained == ["cheap pills here"]  # an edited text is explained anew


def test_approved_comments_are_not_explained(mod_client, article):
    trained_filter()
    CommentFactory(page=article, status="approved", body="casino bonus for you")
    html = mod_client.get(DESK, {"status": "approved"}).content.decode()
    assert "Why the filter scored it so" not in html


def queries_for(client, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(DESK, params).status_code == 200
    return len(queries)


def fill(article, count: int) -> None:
    """`count` comments by different people, each a reply, with links, some with addresses."""
    parent = CommentFactory(page=article, body="A parent.")
    for n in range(count):
        CommentFactory(
            page=article,
            parent=parent,
            status="pending",
            email=f"person{n}@example.org",
            body=f"Comment {n} about sleep, see https://site{n}.example/",
            ip_address=f"192.0.2.{n % 250}",
        )
    CommentFactory(page=article, status="spam", body=f"{count} casino bonus")


# The desk's own queries: the counts, the rows (with page and parent), the histories, the
# verified addresses (the notifications app's answer to the hook: comments/verified.py)
# (filtered by page, its title; searching, the matches first: desk.py); the rest is the
# admin's (session, user, permissions, profile, locale, page, collection and site permissions
# for the menu). The filter's reasons are read from the cache; the first view of comments not
# explained yet adds one query, the model's version (filter_reasons).
PINNED_QUERIES = {"pending": 13, "all": 13, "spam": 13, "search": 14, "page": 14}


@pytest.mark.parametrize("view", list(PINNED_QUERIES))
def test_each_view_costs_the_same_queries_with_few_or_many_comments(mod_client, tree, view):
    article = tree.article()
    trained_filter()
    params = {
        "pending": {},
        "all": {"status": "all"},
        "spam": {"status": "spam"},
        "search": {"q": "sleep"},
        "page": {"page": article.pk},
    }[view]
    fill(article, 2)
    queries_for(mod_client, params)  # the admin's first visit fills its caches
    few = queries_for(mod_client, params)
    fill(article, 45)
    CommentFactory.create_batch(30, page=article, status="spam", body="casino, again")
    first_look = queries_for(mod_client, params)
    many = queries_for(mod_client, params)
    assert few == many == PINNED_QUERIES[view]
    assert first_look <= many + 1
