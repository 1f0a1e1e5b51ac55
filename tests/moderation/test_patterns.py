"""From one comment, everything pending from the same commenter, address or linked domain goes
to spam: a count and a confirmation first, then each through moderate(), which teaches the
filter as a single decision does."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.counts import histories, status_counts
from comments.links import fill_link_hosts
from comments.models import Comment, SpamCorpus
from wellness.factories import CommentFactory

from .conftest import DESK


def pattern_url(comment, kind):
    return f"{DESK}{comment.pk}/spam-all/{kind}/"


def statuses():
    return sorted(Comment.objects.values_list("body", "status"))


def test_everything_pending_from_a_commenter_is_counted_then_spammed(mod_client, article):
    spammer = CommentFactory(page=article, status="pending", email="Bot@Spam.example", body="1")
    CommentFactory(page=article, status="pending", email="bot@spam.example", body="2")
    CommentFactory(page=article, status="approved", email="bot@spam.example", body="3")
    CommentFactory(page=article, status="pending", email="human@example.org", body="4")
    page = mod_client.get(pattern_url(spammer, "commenter"), {"next": DESK})
    html = page.content.decode()
    assert "2 pending comments from this commenter" in html and "Mark 2 as spam" in html
    assert statuses() == [("1", "pending"), ("2", "pending"), ("3", "approved"), ("4", "pending")]

    response = mod_client.post(pattern_url(spammer, "commenter"), {"confirm": "1", "next": DESK})
    assert response.status_code == 302
    assert statuses() == [("1", "spam"), ("2", "spam"), ("3", "approved"), ("4", "pending")]
    assert SpamCorpus.objects.get().spam == 2
    assert "2 pending comments from this commenter marked as spam" in (
        mod_client.get(response["Location"]).content.decode()
    )


def test_everything_pending_from_an_address(mod_client, article):
    first = CommentFactory(page=article, status="pending", ip_address="203.0.113.9", body="1")
    CommentFactory(page=article, status="pending", ip_address="203.0.113.9", body="2")
    CommentFactory(page=article, status="pending", ip_address="198.51.100.1", body="3")
    mod_client.post(pattern_url(first, "address"), {"confirm": "1", "next": DESK})
    assert statuses() == [("1", "spam"), ("2", "spam"), ("3", "pending")]


def test_everything_pending_linking_to_a_domain_and_not_its_lookalikes(mod_client, article):
    first = CommentFactory(page=article, status="pending", body="https://pills.example/a")
    CommentFactory(page=article, status="pending", body="Go to www.pills.example now")
    CommentFactory(page=article, status="pending", body="I read about pills.example.org")
    CommentFactory(page=article, status="pending", body="no link to pills here")
    page = mod_client.get(pattern_url(first, "domain"), {"domain": "pills.example"})
    assert "Mark 2 as spam" in page.content.decode()
    mod_client.post(
        pattern_url(first, "domain"), {"confirm": "1", "domain": "pills.example", "next": DESK}
    )
    assert [status for _, status in statuses()] == ["spam", "pending", "spam", "pending"]


def test_a_domain_the_comment_does_not_link_to_matches_nothing(mod_client, article):
    first = CommentFactory(page=article, status="pending", body="https://pills.example/a")
    CommentFactory(page=article, status="pending", body="https://other.example/")
    page = mod_client.get(pattern_url(first, "domain"), {"domain": "other.example"})
    assert "No pending comment" in page.content.decode()
    mod_client.post(
        pattern_url(first, "domain"), {"confirm": "1", "domain": "other.example", "next": DESK}
    )
    assert {status for _, status in statuses()} == {"pending"}


def test_the_confirmation_page_changes_nothing_and_an_unknown_pattern_is_not_found(
    mod_client, article
):
    comment = CommentFactory(page=article, status="pending")
    mod_client.post(pattern_url(comment, "commenter"), {"next": DESK})  # no confirm
    assert Comment.objects.get().status == "pending"
    assert mod_client.get(pattern_url(comment, "everyone")).status_code == 404


def test_a_foreign_next_address_is_not_offered_on_the_confirmation(mod_client, article):
    comment = CommentFactory(page=article, status="pending")
    html = mod_client.get(
        pattern_url(comment, "commenter"), {"next": "javascript:alert(1)"}
    ).content.decode()
    assert "javascript:" not in html


def confirm_queries(client, comment, kind) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.post(pattern_url(comment, kind), {"confirm": "1", "next": DESK})
    return len(queries)


def test_a_pattern_is_decided_set_based_with_its_counts_kept_and_one_batch_of_learning(
    mod_client, tree
):
    """As many queries for 30 comments as for 3: one UPDATE for the statuses, one for what
    the filter learnt, one write of the model; the counts follow (the triggers)."""
    few = CommentFactory.create_batch(
        3, page=tree.article(), status="pending", email="few@spam.example"
    )
    many = CommentFactory.create_batch(
        30, page=tree.article(), status="pending", email="many@spam.example"
    )
    CommentFactory(page=many[0].page, status="approved", email="many@spam.example")
    confirm_queries(mod_client, CommentFactory(page=few[0].page, status="pending"), "commenter")
    assert confirm_queries(mod_client, few[0], "commenter") == confirm_queries(
        mod_client, many[0], "commenter"
    )
    assert status_counts() == {"pending": 0, "approved": 1, "spam": 34, "removed": 0}
    history = histories(["many@spam.example"])["many@spam.example"]
    assert (history.pending, history.spam, history.approved) == (0, 30, 1)
    assert SpamCorpus.objects.get().spam == 34
    assert set(Comment.objects.filter(status="spam").values_list("trained_as", flat=True)) == {
        "spam"
    }


def test_a_domain_is_matched_however_the_link_is_written_and_follows_edits(mod_client, article):
    """The hosts are the ones the desk shows (the normalised text and the website), kept on
    save: a full-width link counts, and so does a link in the commenter's website field."""
    first = CommentFactory(page=article, status="pending", body="https://pills.example/a")
    CommentFactory(page=article, status="pending", body="ｗｗｗ．ｐｉｌｌｓ．ｅｘａｍｐｌｅ")
    CommentFactory(page=article, status="pending", body="Hi", website="https://pills.example/")
    edited = CommentFactory(page=article, status="pending", body="see pills.example/x")
    edited.body = "No link any more."
    edited.save()
    page = mod_client.get(pattern_url(first, "domain"), {"domain": "pills.example"})
    assert "Mark 3 as spam" in page.content.decode()


def test_comments_stored_without_their_hosts_get_them(article):
    Comment.objects.bulk_create(
        [Comment(page=article, name="B", email="b@example.org", body="www.pills.example/buy")]
    )
    assert fill_link_hosts(Comment.objects.all()) == 1
    assert Comment.objects.get().link_hosts == " pills.example "
    assert fill_link_hosts(Comment.objects.all()) == 0


def test_a_large_pattern_is_decided_in_batches_each_request_bounded(
    mod_client, article, monkeypatch
):
    """Past the time allowed, the request stops after a batch and the confirmation page says
    how many are done and how many are left; its button goes on until none is."""
    monkeypatch.setattr("comments.desk.PATTERN_BATCH", 2)
    monkeypatch.setattr("comments.desk.PATTERN_SECONDS", 0)
    spammer, *_ = CommentFactory.create_batch(
        5, page=article, status="pending", email="bot@spam.example"
    )
    CommentFactory(page=article, status="pending", email="human@example.org")
    url = pattern_url(spammer, "commenter")
    html = mod_client.post(url, {"confirm": "1", "next": DESK}).content.decode()
    assert "2 comments from this commenter marked as spam so far" in html
    assert "Mark 3 as spam" in html and 'name="done" value="2"' in html
    html = mod_client.post(url, {"confirm": "1", "done": "2", "next": DESK}).content.decode()
    assert "4 comments from this commenter marked as spam so far" in html
    response = mod_client.post(url, {"confirm": "1", "done": "4", "next": DESK})
    assert response.status_code == 302
    assert "5 pending comments from this commenter marked as spam" in (
        mod_client.get(response["Location"]).content.decode()
    )
    assert status_counts() == {"pending": 1, "approved": 0, "spam": 5, "removed": 0}
    assert SpamCorpus.objects.get().spam == 5


def page_queries(client, comment, kind, query) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(pattern_url(comment, kind), query).status_code == 200
    return len(queries)


# The pattern's own queries: the comment (with its page), its first 20 matches (with their
# pages), their count; the rest is the admin's (session, user, permissions, profile, locale,
# page, collection and site permissions, and the menu's pending count).
PINNED_PAGE_QUERIES = {"commenter": 13, "address": 13, "domain": 13}


@pytest.mark.parametrize("kind", list(PINNED_PAGE_QUERIES))
def test_each_confirmation_page_costs_the_same_queries_with_few_or_many_matches(
    mod_client, tree, kind
):
    def spam(count):
        return CommentFactory.create_batch(
            count,
            page=tree.article(),
            status="pending",
            email="bot@spam.example",
            ip_address="203.0.113.9",
            body="Buy at https://pills.example/now",
        )

    first = spam(2)[0]
    query = {"domain": "pills.example"} if kind == "domain" else {}
    page_queries(mod_client, first, kind, query)  # the admin's first visit fills its caches
    few = page_queries(mod_client, first, kind, query)
    spam(30)
    many = page_queries(mod_client, first, kind, query)
    assert few == many == PINNED_PAGE_QUERIES[kind]
