"""The number of comments a card shows follows every change to a page's comments, however it
is made, without counting the comment table (triggers: comments/page_counts.py)."""

from articles.models import ArticlePage
from comments.models import Comment, PageCommentCount
from comments.moderation import moderate
from comments.page_counts import recount
from wellness.factories import CommentFactory


def card_count(page) -> int:
    return ArticlePage.objects.annotate_cards().get(pk=page.pk).comment_count


def test_only_approved_comments_are_counted(tree):
    page = tree.article()
    CommentFactory.create_batch(3, page=page, status="approved")
    CommentFactory(page=page, status="pending")
    CommentFactory(page=page, status="spam")
    assert card_count(page) == 3


def test_a_page_without_comments_counts_none(tree):
    assert card_count(tree.article()) == 0


def test_approving_and_unapproving_move_the_count(tree):
    page = tree.article()
    held = CommentFactory(page=page, status="pending")
    moderate([held], "approved")
    assert card_count(page) == 1
    moderate([held], "spam")
    assert card_count(page) == 0


def test_each_page_keeps_its_own_count(tree):
    first, second = tree.article(title="First"), tree.article(title="Second")
    CommentFactory.create_batch(2, page=first, status="approved")
    CommentFactory(page=second, status="approved")
    assert (card_count(first), card_count(second)) == (2, 1)


def test_bulk_changes_and_deletes_are_counted(tree):
    page = tree.article()
    Comment.objects.bulk_create(
        [
            Comment(page=page, name="B", email="b@example.org", body="x", status="approved")
            for _ in range(5)
        ]
    )
    assert card_count(page) == 5
    Comment.objects.filter(pk__in=Comment.objects.filter(page=page).values("pk")[:2]).update(
        status="removed"
    )
    assert card_count(page) == 3
    Comment.objects.filter(page=page, status="approved").first().delete()
    assert card_count(page) == 2


def test_a_deleted_pages_comments_leave_its_count_at_zero(tree):
    page = tree.article()
    CommentFactory.create_batch(2, page=page, status="approved")
    page_id = page.pk
    page.delete()
    assert PageCommentCount.objects.filter(page_id=page_id, approved__gt=0).count() == 0


def test_recount_rebuilds_the_counts_from_the_table(tree):
    page = tree.article()
    CommentFactory.create_batch(4, page=page, status="approved")
    PageCommentCount.objects.update(approved=99)
    recount()
    assert card_count(page) == 4


def test_one_statement_moving_comments_between_statuses_and_pages_keeps_each_count(tree):
    """One UPDATE over many rows (PostgreSQL counts it once, grouped per page)."""
    first, second, third = (tree.article(title=t) for t in ("First", "Second", "Third"))
    CommentFactory.create_batch(4, page=first, status="approved")
    CommentFactory.create_batch(3, page=second, status="pending")
    CommentFactory.create_batch(2, page=third, status="approved")
    Comment.objects.filter(page=second).update(status="approved")
    assert (card_count(first), card_count(second), card_count(third)) == (4, 3, 2)
    # Two of the first page's move to the third, approved ones of the third go to spam.
    moved = list(Comment.objects.filter(page=first).values_list("pk", flat=True)[:2])
    Comment.objects.filter(pk__in=moved).update(page=third)
    Comment.objects.filter(page=third).exclude(pk__in=moved).update(status="spam")
    assert (card_count(first), card_count(second), card_count(third)) == (2, 3, 2)
    Comment.objects.filter(page__in=[first, third]).update(page=second, status="approved")
    assert (card_count(first), card_count(second), card_count(third)) == (0, 9, 0)


def test_one_delete_across_pages_counts_each_page_down(tree):
    first, second = tree.article(title="First"), tree.article(title="Second")
    CommentFactory.create_batch(3, page=first, status="approved")
    CommentFactory.create_batch(2, page=second, status="approved")
    CommentFactory(page=second, status="pending")
    Comment.objects.exclude(pk=Comment.objects.filter(page=first).first().pk).delete()
    assert (card_count(first), card_count(second)) == (1, 0)
