"""The desk's counts per status and per commenter follow every change to the comment table,
however it is made, without counting rows (triggers: comments/counts.py)."""

import datetime

from django.utils import timezone

from comments.counts import histories, recount, status_counts
from comments.models import Comment, CommenterHistory
from comments.moderation import moderate
from wellness.factories import CommentFactory


def test_new_comments_count_under_their_status(tree):
    page = tree.article()
    CommentFactory.create_batch(3, page=page, status="pending")
    CommentFactory(page=page, status="spam")
    assert status_counts() == {"pending": 3, "approved": 0, "spam": 1, "removed": 0}


def test_a_decision_moves_a_comment_from_one_count_to_another(tree):
    comment = CommentFactory(page=tree.article(), status="pending")
    moderate([comment], "approved")
    assert status_counts()["pending"] == 0 and status_counts()["approved"] == 1


def test_bulk_updates_and_cascade_deletes_are_counted(tree):
    page = tree.article()
    CommentFactory.create_batch(4, page=page, status="pending")
    Comment.objects.filter(status="pending").update(status="spam")
    assert status_counts()["spam"] == 4
    page.delete()
    assert status_counts() == {"pending": 0, "approved": 0, "spam": 0, "removed": 0}


def test_bulk_create_is_counted(tree):
    page = tree.article()
    Comment.objects.bulk_create(
        [Comment(page=page, name="B", email="b@example.org", body="x") for _ in range(5)]
    )
    assert status_counts()["pending"] == 5


def test_a_commenters_history_counts_each_status_and_the_first_comment(tree):
    page = tree.article()
    first = timezone.now() - datetime.timedelta(days=30)
    CommentFactory(page=page, email="Ana@Example.org", status="approved", created_at=first)
    CommentFactory(page=page, email="ana@example.org", status="pending")
    spam = CommentFactory(page=page, email="ana@example.org", status="pending")
    moderate([spam], "spam")
    history = histories(["ANA@example.org"])["ana@example.org"]
    assert (history.approved, history.pending, history.spam) == (1, 1, 1)
    assert history.first_seen == first


def test_a_changed_address_moves_the_comment_to_the_new_commenter(tree):
    comment = CommentFactory(page=tree.article(), email="old@example.org", status="pending")
    comment.email = "new@example.org"
    comment.save()
    found = histories(["old@example.org", "new@example.org"])
    assert found["old@example.org"].pending == 0 and found["new@example.org"].pending == 1


def test_recount_rebuilds_the_counts_from_the_table(tree):
    CommentFactory.create_batch(2, page=tree.article(), status="approved")
    CommenterHistory.objects.all().delete()  # as after a bulk load with the triggers off
    recount()
    assert status_counts()["approved"] == 2
    assert CommenterHistory.objects.count() == 2
