"""The moderation desk in a real browser: no axe-core WCAG 2.2 A/AA violations in each of its
states (the queue, another tab, the help open, a quick edit open), in light and dark colour
schemes; and at 200% zoom nothing is cut off, every row's actions can be reached, and the
keyboard still works."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Page

from comments.models import Comment

from .conftest import DESKTOP, MODERATOR, axe_violations, open_page, save_screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# 200% zoom: the CSS viewport is half the window, each CSS pixel two device pixels.
ZOOMED = {"viewport": {"width": DESKTOP["width"] // 2, "height": DESKTOP["height"] // 2}}


@pytest.fixture(scope="module")
def held(live_site, django_db_blocker):
    """Held comments of every kind the desk shows (a reply, links, an IP address), on an
    author's page (which shows no comments), committed before the test's transaction."""
    with django_db_blocker.unblock():
        page = Page.objects.filter(url_path__contains="/authors/").order_by("path").first()
        start = timezone.now() - timezone.timedelta(days=2)
        parent = Comment.objects.create(
            page=page,
            name="Ida Parent",
            email="ida@example.org",
            body="The first word.",
            status="approved",
            created_at=start,
        )
        comments = [
            Comment.objects.create(
                page=page,
                parent=parent if n == 0 else None,
                depth=2 if n == 0 else 1,
                name=f"Zoom person {n}",
                email=f"zoom{n}@example.org",
                website="https://zoom.example/" if n == 1 else "",
                body=f"Held comment {n} with a very-long-unbroken-word-"
                + "x" * 80
                + " and a link to https://www.pills.example/buy-now-cheap",
                ip_address="203.0.113.7",
                status="pending",
                created_at=start + timezone.timedelta(minutes=n),
                moderation_note="first comment from this address",
            )
            for n in range(3)
        ]
    return page, comments


def desk(browser, live_site, color_scheme="light", **options):
    context, page = open_page(browser, color_scheme=color_scheme, **options)
    sign_in(page, live_site, MODERATOR)
    page.wait_for_url(re.compile(r"/admin/$"))
    return context, page


def open_quick_edit(page):
    page.locator("[data-desk-row]").first.locator("summary", has_text="Quick edit").click()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_desk_has_no_accessibility_violations_in_any_state(browser, live_site, held, scheme):
    target, _ = held
    context, page = desk(browser, live_site, color_scheme=scheme)
    queue = f"{live_site.url}/admin/comments/desk/?page={target.pk}"
    found = {}
    page.goto(queue)
    found["queue"] = axe_violations(page)
    page.goto(f"{live_site.url}/admin/comments/desk/?status=spam")
    found["spam tab"] = axe_violations(page)
    page.goto(queue)
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_be_visible()
    found["help open"] = axe_violations(page)
    page.keyboard.press("Escape")
    open_quick_edit(page)
    expect(page.get_by_role("textbox", name="Name").first).to_be_visible()
    found["quick edit open"] = axe_violations(page)
    assert found == {state: [] for state in found}
    assert page.problems.messages == []
    context.close()


OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
# Controls of the rows that reach past the right edge of the window (cut off at 200% zoom).
CUT_OFF = """() => [...document.querySelectorAll('[data-desk-row] :is(button, a, summary)')]
    .filter(el => el.checkVisibility())
    .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map(el => el.outerHTML.slice(0, 80))"""


def test_at_200_percent_zoom_nothing_is_cut_off_and_the_keyboard_still_works(
    browser, live_site, held
):
    target, comments = held
    context, page = desk(browser, live_site, **ZOOMED)
    page.goto(f"{live_site.url}/admin/comments/desk/?page={target.pk}")
    expect(page.locator("[data-desk-row]")).to_have_count(len(comments))
    assert page.evaluate(OVERFLOW) <= 0
    assert page.evaluate(CUT_OFF) == []
    open_quick_edit(page)
    assert page.evaluate(OVERFLOW) <= 0
    assert page.evaluate(CUT_OFF) == []
    page.keyboard.press("Escape")
    save_screenshot(page, "desk-200-percent")

    # Every row's actions can be reached: scrolled to, seen and pressed (the last row's Trash).
    last = page.locator(f"#row-{comments[-1].pk}")
    trash = last.get_by_role("button", name="Trash")
    trash.scroll_into_view_if_needed()
    expect(trash).to_be_in_viewport()

    # The keyboard: j moves to the next row, a approves it, and the desk comes back.
    page.locator(f"#row-{comments[0].pk}").focus()
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("a")
    expect(page.get_by_text(f"The comment by {comments[1].name} was approved.")).to_be_visible()
    expect(page.locator(f"#row-{comments[1].pk}")).to_have_count(0)
    assert page.problems.messages == []
    context.close()
