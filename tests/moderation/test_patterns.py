"""From one comment, everything pending from the same commenter, address or linked domain goes
to spam: a count and a confirmation first, then each through moderate(), which teaches the
filter as a single decision does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.counts import histories, status_counts
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
