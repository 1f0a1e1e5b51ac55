"""People on small phones and people using only a keyboard can use every page."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import open_page
from .test_page_quality import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary"
FOCUSABLE = (
    f"{CONTROLS}, iframe, area[href], audio[controls], video[controls], [tabindex],"
    " [contenteditable]:not([contenteditable=false])"
)

# Numbers every element a keyboard user should reach, in document order: each visible control
# or element with a tabindex of 0 or more, unless disabled or hidden from everyone (inert or
# aria-hidden, like the comment form's bot trap). A control taken out of the tab order with
# tabindex=-1 stays in the list, so the test fails on it. A group of radio buttons is one stop:
# its checked button (arrow keys move within it). Notes how each looks unfocused.
MARK_FOCUSABLE = """([focusable, controls]) => [...document.querySelectorAll(focusable)]
    .filter(el => !el.disabled && !el.closest('[inert], [aria-hidden=true]')
                  && el.checkVisibility({visibilityProperty: true})
                  && (el.tabIndex >= 0 || el.matches(controls))
                  && !(el.type === 'radio' && !el.checked && el.form && [...el.form.elements]
                        .some(other => other.name === el.name && other.checked)))
    .map((el, i) => {
        const s = getComputedStyle(el);
        el.dataset.tabStop = i;
        el.dataset.unfocused = [s.outlineStyle, s.outlineWidth, s.boxShadow].join('|');
        return `${i}: ${el.outerHTML.slice(0, 100)}`;
    })"""

# The element that has focus, and what is wrong with how it shows it; null when focus has left.
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el), box = el.getBoundingClientRect(), problems = [];
    const element = el.dataset.tabStop === undefined
        ? `not in the list: ${el.outerHTML.slice(0, 100)}`
        : `${el.dataset.tabStop}: ${el.outerHTML.slice(0, 100)}`;
    const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
        && s.outlineColor !== 'transparent' && !s.outlineColor.endsWith(', 0)');
    const shadow = s.boxShadow !== 'none';
    if (!ring && !shadow) problems.push(`no focus ring: ${element}`);
    if ([s.outlineStyle, s.outlineWidth, s.boxShadow].join('|') === el.dataset.unfocused)
        problems.push(`looks the same unfocused: ${element}`);
    if (box.width < 1 || box.height < 1 || box.bottom < 0 || box.right < 0
        || box.top > innerHeight || box.left > innerWidth)
        problems.push(`not on screen when focused: ${element}`);
    return {element, problems};
}"""


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


@pytest.mark.parametrize("name", ["home", "article"])
def test_tab_reaches_every_control_in_order_and_shows_where_focus_is(browser, live_site, name):
    """Every focusable element, in document order, none skipped, each with a focus ring that
    it does not have unfocused, on screen when focused (WCAG 2.4.3, 2.4.7, 2.4.11)."""
    context, page = open_page(browser, reduced_motion="reduce")  # focus scrolls at once
    page.goto(live_site.url + PAGES[name])
    expected = page.evaluate(MARK_FOCUSABLE, [FOCUSABLE, CONTROLS])
    reached, problems = [], []
    for _ in range(len(expected) + 1):  # one more: focus leaves the page after the last
        page.keyboard.press("Tab")
        step = page.evaluate(FOCUSED)
        if step is None:
            break
        reached.append(step["element"])
        problems += step["problems"]
    context.close()
    assert len(expected) > 20
    assert reached == expected
    assert problems == []


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


def tab_to(page, target, limit=150):
    """Press Tab, as a keyboard user does, until `target` has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab did not reach {target} in {limit} presses")


def test_keyboard_user_searches_from_the_header_with_enter(page, live_site):
    page.goto(live_site.url + PAGES["home"])
    tab_to(page, page.get_by_role("combobox", name="Search articles"))
    page.keyboard.type("chiropractors")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=chiropractors$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Search results for “chiropractors”")
    expect(
        page.locator("main").get_by_role("link", name=re.compile("What is craniosacral"))
    ).to_be_visible()


def test_keyboard_user_narrows_search_results_with_a_select_and_the_space_bar(page, live_site):
    page.goto(live_site.url + "/search/?q=craniosacral")
    kinds = page.locator("main .search-result .card__kind")
    expect(kinds.filter(has_not_text="Article").first).to_be_visible()
    tab_to(page, page.get_by_role("combobox", name="Type"))
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("combobox", name="Type")).to_have_value("article")
    tab_to(page, page.locator("main").get_by_role("button", name="Search"))
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"[?&]type=article(&|$)"))
    expect(kinds.first).to_be_visible()
    expect(kinds.filter(has_not_text="Article")).to_have_count(0)


def test_keyboard_user_opens_a_reply_with_enter_and_posts_it(page, live_site):
    page.goto(live_site.url + PAGES["article"])
    tom = page.get_by_role("article", name="Tom Okoro", exact=True).locator("xpath=..")
    tom_id = tom.get_attribute("id")
    tab_to(page, tom.get_by_role("link", name="Reply to Tom Okoro"))
    page.keyboard.press("Enter")
    form = page.get_by_role("form", name="Reply to Tom Okoro")
    expect(form).to_be_visible()
    page.keyboard.press("Tab")  # the next Tab continues from the reply form
    expect(page.get_by_role("link", name="Cancel reply")).to_be_focused()

    words = "Replied with the keyboard alone."
    for field, text in (("Name", "Keyboard Kai"), ("Email", "kai@example.org"), ("Comment", words)):
        tab_to(page, form.get_by_role("textbox", name=field), limit=5)
        page.keyboard.type(text)
    tab_to(page, form.get_by_role("checkbox", name="I agree"), limit=5)
    page.keyboard.press("Space")
    expect(form.get_by_role("checkbox", name="I agree")).to_be_checked()
    tab_to(page, form.get_by_role("button", name="Post comment"), limit=5)
    page.keyboard.press("Enter")

    reply = page.locator(f"#{tom_id} > .comment-list--replies > li").filter(has_text=words)
    expect(reply).to_contain_text("Your comment is awaiting moderation.")
