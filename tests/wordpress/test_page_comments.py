"""Comments on WordPress pages come along as they do for posts: threaded, with their status."""

import pytest

from articles.models import StandardPage
from comments.models import Comment

from .helpers import EXPORTS, run_import, snapshot, summary_row

PAGE_WITH_COMMENTS = EXPORTS / "page-with-comments-1.2.xml"


@pytest.fixture
def imported(tree) -> str:
    """The export of a page with comments and a page without, imported; the summary."""
    return run_import(PAGE_WITH_COMMENTS)


def comment(body_start: str) -> Comment:
    return Comment.objects.get(body__startswith=body_start)


def test_comments_on_a_wordpress_page_keep_their_thread(imported):
    page = StandardPage.objects.get(slug="page-with-comments")
    first, reply = comment("The first conversation"), comment("A reply to the first")
    deepest = comment("A reply to the reply.")
    assert (first.page_id, first.parent, first.depth) == (page.pk, None, 1)
    assert (reply.parent, reply.depth) == (first, 2)
    assert (deepest.parent, deepest.depth) == (reply, 3)


@pytest.mark.parametrize(
    "body, status",
    [
        ("A second conversation.", "approved"),
        ("Held for moderation in WordPress.", "pending"),
        ("Cheap watches", "spam"),
    ],
)
def test_wordpress_statuses_on_a_page_become_ours(imported, body, status):
    assert comment(body).status == status


def test_the_page_shows_its_approved_comments_and_the_reply_form(imported, client):
    html = client.get("/page-with-comments/").content.decode()
    assert "4 comments" in html
    assert html.index("The first conversation on a page.") < html.index("A reply to the reply.")
    assert "Held for moderation" not in html and "Cheap watches" not in html
    assert "Leave a reply" in html


def test_a_page_with_comments_closed_in_wordpress_takes_none(imported, client):
    page = StandardPage.objects.get(slug="page-with-comments-disabled")
    assert page.comments_open is False
    html = client.get(page.url).content.decode()
    assert "This page has its comments turned off." in html and "Leave a reply" not in html


def test_pingbacks_on_a_page_are_skipped_and_counted(imported):
    assert not Comment.objects.filter(name="Another Blog").exists()
    assert summary_row(imported, "comments") == [6, 0, 0, 1]


def test_importing_again_changes_nothing(imported):
    before = snapshot()
    again = run_import(PAGE_WITH_COMMENTS)
    assert snapshot() == before
    assert summary_row(again, "pages") == [0, 0, 2, 0]
    assert summary_row(again, "comments") == [0, 0, 6, 1]


def test_a_dry_run_writes_nothing_and_counts_the_comments(tree):
    before = snapshot()
    output = run_import(PAGE_WITH_COMMENTS, "--dry-run")
    assert snapshot() == before
    assert summary_row(output, "comments") == [6, 0, 0, 1]
