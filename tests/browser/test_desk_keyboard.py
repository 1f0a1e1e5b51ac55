"""A moderator clears a queue of 50 pending comments on the desk with the keyboard alone."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Page

from comments.models import Comment

from .conftest import MODERATOR, open_page, save_screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

QUEUE = 50


@pytest.fixture(scope="module")
def queue(live_site, django_db_blocker):
    """50 pending comments on one page, committed so that the live server sees them (made
    before the test's own transaction begins, which on SQLite would lock the server out)."""
    with django_db_blocker.unblock():
        # An author's page: it shows no comments, so the ones approved here change no page
        # another browser test reads.
        authors = Page.objects.filter(url_path__contains="/authors/").exclude(numchild__gt=0)
        page = authors.order_by("path").last()
        start = timezone.now() - timezone.timedelta(days=1)
        comments = Comment.objects.bulk_create(
            Comment(
                page=page,
                name=f"Queue person {n}",
                email=f"queue{n}@example.org",
                body=f"Queued comment number {n}.",
                status="pending",
                created_at=start + timezone.timedelta(seconds=n),
            )
            for n in range(QUEUE)
        )
    return page, comments


def focused_row_id(page) -> str:
    return page.evaluate(
        "() => document.activeElement && document.activeElement.closest('[data-desk-row]')"
        " ? document.activeElement.closest('[data-desk-row]').id : ''"
    )


def test_a_moderator_clears_the_queue_with_the_keyboard_alone(browser, live_site, queue):
    target, comments = queue
    context, page = open_page(browser)
    sign_in(page, live_site, MODERATOR)
    page.wait_for_url(re.compile(r"/admin/$"))  # signed in: the dashboard, not the form again
    page.goto(f"{live_site.url}/admin/comments/desk/?status=pending&page={target.pk}")
    expect(page.get_by_role("heading", name="Comments", level=1)).to_be_visible()

    # The first (oldest) comment has the focus, visibly; j and k move it.
    first = f"row-{comments[0].pk}"
    assert focused_row_id(page) == first
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("j")
    assert focused_row_id(page) == f"row-{comments[1].pk}"
    page.keyboard.press("k")
    assert focused_row_id(page) == first

    # ? opens the help, Escape closes it.
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_hidden()

    # Trash most, approve every tenth: each key acts on the focused row and comes back on the next.
    for n in range(QUEUE):
        key = "a" if n % 10 == 0 else "d"
        assert focused_row_id(page) == f"row-{comments[n].pk}", n
        with page.expect_navigation():
            page.keyboard.press(key)
    expect(page.get_by_text("Nothing awaits moderation here.")).to_be_visible()
    save_screenshot(page, "desk-cleared")

    # What each key did, read through the desk: an ORM read inside the test's transaction
    # would lock SQLite's tables against the live server (conftest), failing later tests.
    def rows(tab: str) -> list[str]:
        page.goto(f"{live_site.url}/admin/comments/desk/?status={tab}&page={target.pk}")
        return page.locator("[data-desk-row]").evaluate_all("rows => rows.map(row => row.id)")

    assert sorted(rows("approved")) == sorted(f"row-{c.pk}" for c in comments[::10])
    trashed = [f"row-{c.pk}" for n, c in reversed(list(enumerate(comments))) if n % 10]
    assert rows("trash") == trashed[:20]  # the newest first, one page of 20
    assert not page.problems.messages
    context.close()


def test_the_demos_held_and_spam_comments_show_their_history_and_scores(browser, live_site):
    context, page = open_page(browser)
    sign_in(page, live_site, MODERATOR)
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{live_site.url}/admin/comments/desk/?status=spam")
    first = page.locator("[data-desk-row]").first
    expect(first).to_contain_text("History:")
    expect(first).to_contain_text(re.compile(r"spam score \d+%"))
    expect(first).to_contain_text("Why the filter scored it so")
    expect(first.locator(".desk-reasons li").first).to_contain_text("towards spam")
    page.goto(f"{live_site.url}/admin/comments/desk/?status=pending&q=Priya")
    held = page.locator("[data-desk-row]").first
    expect(held).to_contain_text("Held because: first comment from this address")
    expect(held).to_contain_text("History: 0 approved · 1 pending · 0 spam")
    expect(held).to_contain_text(re.compile(r"spam score \d+%"))
    expect(held).to_contain_text("Why the filter scored it so")
    assert not page.problems.messages
    context.close()
