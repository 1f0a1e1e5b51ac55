"""A reader answers "Did this page help you?" in a real browser, with no script of ours: yes,
and no with a note; a note over the limit comes back with its text. Every state the box can
show has no axe-core violations (light and dark) and is valid HTML (Nu HTML Checker)."""

import re
import subprocess
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from feedback.models import NOTE_MAX_LENGTH

from .conftest import VNU, axe_violations, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARTICLE = "/articles/what-is-craniosacral-therapy/"
REVIEW = "/reviews/review-quiet-hands/"


def feedback_box(page):
    return page.locator("#feedback")


def test_a_reader_says_yes_and_is_thanked(browser, live_site):
    context, page = open_page(browser, java_script_enabled=False)  # it needs no script
    page.goto(live_site.url + REVIEW)
    feedback_box(page).get_by_role("button", name="Yes").click()
    assert page.url.endswith(f"{REVIEW}?feedback=thanks#feedback")
    assert feedback_box(page).get_by_role("status").is_visible()
    assert "Thank you for your feedback" in feedback_box(page).inner_text()
    assert context.cookies() == []  # no cookie for answering
    context.close()


def test_a_reader_says_no_with_a_note_using_the_keyboard(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + ARTICLE)
    box = feedback_box(page)
    assert not box.get_by_role("textbox").is_visible()  # the note opens with "No"
    box.locator("summary").focus()
    page.keyboard.press("Enter")
    note = box.get_by_role("textbox", name="What was missing or wrong? (optional)")
    note.fill("It does not say whether it is safe for children.")
    box.get_by_role("button", name="Send “No”").click()
    assert "Thank you for your feedback" in feedback_box(page).inner_text()
    # What was stored is checked by tests/feedback (the ORM here would lock SQLite's tables
    # against the live server, as the browser conftest warns).
    context.close()


def test_a_note_over_the_limit_comes_back_with_its_text(browser, live_site):
    long_note = "The dosage section contradicts the linked study. " * 12
    for scheme in ("light", "dark"):
        context, page = open_page(browser, color_scheme=scheme)
        page.goto(live_site.url + ARTICLE)
        box = feedback_box(page)
        box.locator("summary").click()
        box.get_by_role("textbox").fill(long_note)
        box.get_by_role("button", name="Send “No”").click()
        assert "Your note is kept below." in feedback_box(page).get_by_role("alert").inner_text()
        shown = feedback_box(page).inner_text()
        assert f"Please shorten your note to {NOTE_MAX_LENGTH} characters" in shown
        assert feedback_box(page).get_by_role("textbox").input_value() == long_note  # as typed
        assert axe_violations(page) == []
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_note_and_the_thanks_have_no_accessibility_violations(browser, live_site, scheme):
    context, page = open_page(browser, color_scheme=scheme)
    page.goto(live_site.url + ARTICLE)
    feedback_box(page).locator("summary").click()
    assert axe_violations(page) == []
    page.goto(live_site.url + ARTICLE + "?feedback=thanks")
    assert axe_violations(page) == []
    context.close()


def test_the_glossary_definition_is_in_the_article(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + ARTICLE)
    term = page.locator("dfn#term-placebo")
    assert term.inner_text().lower() == "placebo"
    definition = page.locator("dfn#term-placebo + .glossary-definition")
    assert definition.is_visible() and "dummy treatment" in definition.inner_text()
    # The first use only: the demo's two terms (placebo, blinding), each defined once.
    assert page.locator("dfn#term-placebo").count() == 1 and page.locator("dfn").count() == 2
    context.close()


def test_every_feedback_state_is_valid_html(live_site):
    assert VNU.exists(), "vnu-jar comes from npm: run `make validators`"
    html = urllib.request.urlopen(live_site.url + ARTICLE).read().decode()
    token = re.search(r'id="feedback".*?name="started" value="([^"]+)"', html, re.S).group(1)
    data = urllib.parse.urlencode(
        {"answer": "no", "note": "x" * (NOTE_MAX_LENGTH + 1), "started": token}
    ).encode()
    try:
        urllib.request.urlopen(live_site.url + f"/feedback/{page_id(html)}/", data)
        raise AssertionError("a note over the limit was accepted")
    except urllib.error.HTTPError as error:  # 400: the page again, with the message
        refused = error.read()
    thanked = urllib.request.urlopen(live_site.url + ARTICLE + "?feedback=thanks").read()
    folder = Path(tempfile.mkdtemp(prefix="wellness-vnu-feedback-"))
    files = [folder / "refused.html", folder / "thanked.html"]
    files[0].write_bytes(refused)
    files[1].write_bytes(thanked)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.stderr.strip() == "", result.stderr


def page_id(html: str) -> str:
    return re.search(r'action="/feedback/(\d+)/"', html).group(1)
