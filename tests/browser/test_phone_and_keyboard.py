"""People on small phones and people using only a keyboard can use every page."""

import pytest
from playwright.sync_api import expect

from .test_page_quality import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary"


@pytest.mark.parametrize("name", PAGES)
def test_phone_viewport_has_no_horizontal_scrolling(phone, live_site, name):
    phone.goto(live_site.url + PAGES[name])
    overflow = phone.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


@pytest.mark.parametrize("name", PAGES)
def test_phone_tap_targets_are_at_least_24_px(phone, live_site, name):
    """WCAG 2.2 target size (minimum); inline links in running text are exempt, as the rule says."""
    phone.goto(live_site.url + PAGES[name])
    small = phone.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].filter(el => {
            const box = el.getBoundingClientRect(), style = getComputedStyle(el);
            if (!box.width || style.visibility === 'hidden') return false;
            if (style.display === 'inline') return false;
            if (el.closest('.visually-hidden, .skip-link')) return false;
            return box.width < 24 || box.height < 24;
        }).map(el => el.outerHTML.slice(0, 80))""",
        CONTROLS,
    )
    assert small == []


def test_keyboard_user_skips_to_the_main_content(page, live_site):
    page.goto(live_site.url + PAGES["article"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_keyboard_focus_is_visible_on_every_control(page, live_site):
    page.goto(live_site.url + PAGES["article"])
    controls = page.locator(CONTROLS).count()
    unseen = []
    for _ in range(controls):
        page.keyboard.press("Tab")
        unseen += page.evaluate(
            """() => { const el = document.activeElement, s = getComputedStyle(el);
                if (el === document.body) return [];
                const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                return ring || s.boxShadow !== 'none' ? [] : [el.outerHTML.slice(0, 80)]; }"""
        )
    assert unseen == []


def test_keyboard_user_posts_a_comment_without_a_mouse(page, live_site):
    page.goto(live_site.url + PAGES["article"])
    page.get_by_role("textbox", name="Name").focus()
    page.keyboard.type("Keyboard Kim")
    page.keyboard.press("Tab")
    page.keyboard.type("kim@example.org")
    page.get_by_role("textbox", name="Comment").focus()
    page.keyboard.type("Posted with the keyboard alone.")
    page.get_by_role("checkbox", name="I agree").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Post comment").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("awaiting moderation").first).to_be_visible()
