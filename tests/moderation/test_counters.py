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


def counted_from_the_table() -> tuple[dict, dict]:
    """The counts as recount() would rebuild them: per status, and per commenter."""
    by_status = dict.fromkeys(["pending", "approved", "spam", "removed"], 0)
    by_commenter = {}
    for email, status in Comment.objects.values_list("email", "status"):
        by_status[status] += 1
        counts = by_commenter.setdefault(email.lower(), dict.fromkeys(by_status, 0))
        counts[status] += 1
    return by_status, by_commenter


def maintained(emails) -> dict:
    return {
        email: {s: getattr(h, s) for s in ("pending", "approved", "spam", "removed")}
        for email, h in histories(emails).items()
    }


def test_one_statement_moving_many_comments_between_statuses_counts_each_exactly(tree):
    """One UPDATE over many rows of several commenters (PostgreSQL counts it once, grouped)."""
    page = tree.article()
    for n in range(12):
        CommentFactory(
            page=page, email=f"Reader{n % 3}@example.org", status=["pending", "approved"][n % 2]
        )
    Comment.objects.filter(email__iendswith="0@example.org").update(status="spam")
    Comment.objects.filter(status="approved").update(status="removed")
    Comment.objects.filter(status="pending").update(status="approved")
    by_status, by_commenter = counted_from_the_table()
    assert status_counts() == by_status == {"pending": 0, "approved": 4, "spam": 4, "removed": 4}
    assert maintained(by_commenter) == by_commenter


def test_a_statement_that_changes_no_status_leaves_the_counts_alone(tree):
    CommentFactory.create_batch(3, page=tree.article(), status="spam", email="a@example.org")
    Comment.objects.update(trained_as="spam", moderation_note="seen")
    Comment.objects.filter(status="spam").update(status="spam")
    assert status_counts()["spam"] == 3
    assert histories(["a@example.org"])["a@example.org"].spam == 3


def test_one_statement_changing_addresses_and_statuses_moves_each_between_commenters(tree):
    page = tree.article()
    CommentFactory.create_batch(3, page=page, status="pending", email="old@example.org")
    CommentFactory(page=page, status="approved", email="new@example.org")
    Comment.objects.filter(email="old@example.org").update(email="New@Example.org", status="spam")
    found = maintained(["old@example.org", "new@example.org"])
    assert found["old@example.org"] == {"pending": 0, "approved": 0, "spam": 0, "removed": 0}
    assert found["new@example.org"] == {"pending": 0, "approved": 1, "spam": 3, "removed": 0}


def test_one_delete_of_many_comments_counts_them_all_out(tree):
    page = tree.article()
    for n in range(9):
        CommentFactory(page=page, email=f"r{n % 2}@example.org", status=["pending", "spam"][n % 2])
    keep = CommentFactory(page=page, email="r0@example.org", status="approved")
    Comment.objects.exclude(pk=keep.pk).delete()
    by_status, _ = counted_from_the_table()
    assert status_counts() == by_status == {"pending": 0, "approved": 1, "spam": 0, "removed": 0}
    assert maintained(["r0@example.org", "r1@example.org"]) == {
        "r0@example.org": {"pending": 0, "approved": 1, "spam": 0, "removed": 0},
        "r1@example.org": {"pending": 0, "approved": 0, "spam": 0, "removed": 0},
    }
