"""Reader care in a real browser: a commenter changes and deletes their own comment, and an
article prints to PDF with what a reader takes to an appointment and nothing else.

The PDF is made by Chromium (`page.pdf()`, the print stylesheet) and read back with Debian's
`pdftotext` (poppler-utils, installed by `make chromium`)."""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS, VNU, axe_violations, fill_comment, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARTICLE = "/articles/what-is-craniosacral-therapy/"
REVIEW = "/reviews/review-quiet-hands/"
PDFTOTEXT = shutil.which("pdftotext")


def pdf_text(page, name: str) -> str:
    if not PDFTOTEXT:
        pytest.skip("pdftotext is missing: `make chromium` installs poppler-utils")
    path = ARTIFACTS / "print" / f"{name}.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    # As a reader prints: the browser switches to print media itself (and fetches the lazily
    # loaded QR code then); the page is left in print media for what the test checks next.
    page.pdf(path=str(path), format="A4", print_background=False)
    page.emulate_media(media="print")
    result = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    (path.with_suffix(".txt")).write_text(result.stdout)
    return " ".join(result.stdout.split())  # lines joined: a phrase may wrap


def without_spaces(text: str) -> str:
    """For addresses, which a printout breaks across lines anywhere."""
    return "".join(text.split())


def assert_valid_html(states: dict[str, str]) -> None:
    assert VNU.exists(), "vnu-jar comes from npm: run `make validators`"
    folder = Path(tempfile.mkdtemp(prefix="wellness-vnu-"))
    for name, html in states.items():
        (folder / f"{name}.html").write_text(html)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *map(str, folder.iterdir())],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.stderr.strip() == "", result.stderr


def assert_accessible(browser, page) -> None:
    """axe at zero on the page's current state (a POST's answer too), in both colour schemes."""
    assert axe_violations(page) == []
    # Without motion the colours switch at once: axe never reads them halfway through the
    # site's 0.15 s colour transition (a contrast finding that came and went under load).
    page.emulate_media(color_scheme="dark", reduced_motion="reduce")
    assert axe_violations(page) == []
    page.emulate_media(color_scheme="light", reduced_motion="no-preference")


# Printing


def test_an_article_prints_with_its_authors_review_sources_and_address(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + ARTICLE)
    expect(page.get_by_role("link", name="Print or save as PDF")).to_be_visible()
    title = page.get_by_role("heading", level=1).inner_text()
    text = pdf_text(page, "article")
    assert title in text
    assert "Written by" in text
    assert "Reviewed by" in text and "Nadia Ferreira" in text  # the expert reviewer
    assert "Page last reviewed:" in text and "Next review due:" in text
    assert "Sources" in text
    assert "doi:10.5555/wellness-demo.1" in text and "doi:10.5555/wellness-demo.2" in text
    compact = without_spaces(text)
    assert "<https://example.org/demo-references/cst-review>" in compact  # links spelt out
    assert "<https://doi.org/10.5555/wellness-demo.1>" in compact
    assert "get help now: when to see a doctor instead" in text.casefold()  # the help box
    address = page.locator(".print-address__url").inner_text()  # the site's own address
    assert address.endswith(ARTICLE)
    assert f"Read this page online, with any updates since it was printed: {address}" in text
    for absent in ("Leave a reply", "Post comment", "Skip to main content", "Related articles"):
        assert absent not in text, absent
    assert "Previous article" not in text and "Next article" not in text
    assert "Print or save as PDF" not in text
    qr = page.locator("img.print-address__qr")
    expect(qr).to_be_visible()  # in print media only
    assert qr.get_attribute("alt") == f"QR code of {address}"
    assert "QR code of" not in text  # printing fetched and drew it (not its alt text)
    context.close()


def test_a_when_to_get_help_box_is_kept_whole_on_one_page(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + ARTICLE)
    page.emulate_media(media="print")
    breaks = page.evaluate(
        """() => [...document.querySelectorAll('.callout--help_urgent, .callout--help_non_urgent')]
            .map(box => getComputedStyle(box).breakInside)"""
    )
    assert breaks and set(breaks) == {"avoid"}
    context.close()


def test_a_book_review_prints_without_comments_or_navigation(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + REVIEW)
    title = page.get_by_role("heading", level=1).inner_text()
    text = pdf_text(page, "review")
    assert title in text and "Reviewed by" in text
    assert without_spaces(page.locator(".print-address__url").inner_text()) in without_spaces(text)
    assert REVIEW in without_spaces(text)
    assert "Leave a reply" not in text and "Skip to main content" not in text
    context.close()


def test_the_print_link_opens_the_print_dialog(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + ARTICLE)
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.get_by_role("link", name="Print or save as PDF").click()
    assert page.evaluate("() => window.printed") == 1
    assert page.problems.messages == []
    context.close()


# A commenter's own comment


def test_a_commenter_changes_then_deletes_their_own_comment(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + ARTICLE)
    fill_comment(page, name="Ines", email="ines@example.org", body="My knees felt better after.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Your comment is awaiting moderation.")).to_be_visible()
    comment = page.locator("li.comment", has_text="My knees felt better after.")
    comment.get_by_role("link", name="Change or delete your comment").click()

    expect(page.get_by_role("heading", name="Change your comment")).to_be_visible()
    states = {"edit": page.content()}
    assert_accessible(browser, page)
    page.get_by_role("textbox", name="Comment").fill("   ")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Your comment is empty.")).to_be_visible()
    states["edit-empty"] = page.content()
    assert_accessible(browser, page)

    page.get_by_role("textbox", name="Comment").fill("My knees and back felt better after.")
    page.get_by_role("button", name="Save changes").click()
    changed = page.locator("li.comment", has_text="My knees and back felt better after.")
    expect(changed).to_be_visible()
    expect(changed.get_by_text("(edited)")).to_be_visible()

    other_context, other = open_page(browser)  # another reader: no controls, no held comment
    other.goto(live_site.url + ARTICLE)
    expect(other.get_by_role("link", name="Change or delete your comment")).to_have_count(0)
    assert "My knees and back" not in other.content()
    forged = re.search(r"/comments/own/(\d+)/", changed.inner_html()).group(0)
    other.goto(live_site.url + forged)
    expect(other.get_by_role("heading", name="Not your comment")).to_be_visible()
    states["refused"] = other.content()
    assert_accessible(browser, other)
    other_context.close()

    changed.get_by_role("link", name="Change or delete your comment").click()
    page.get_by_role("button", name="Delete my comment").click()
    expect(page.get_by_role("heading", name="Your comment was deleted")).to_be_visible()
    states["deleted"] = page.content()
    assert_accessible(browser, page)
    page.get_by_role("link", name=re.compile("^Back to")).click()
    assert "My knees and back felt better after." not in page.content()
    assert_valid_html(states)
    assert page.problems.messages == []
    context.close()


def test_the_data_request_pages_are_accessible_and_valid(browser, live_site):
    context, page = open_page(browser)
    page.goto(live_site.url + "/comments/my-data/")
    states = {"data-request": page.content()}
    assert_accessible(browser, page)
    page.get_by_role("textbox", name="The email address you commented with").fill("not an address")
    page.get_by_role("button", name="Email me the link").click()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()
    states["data-request-error"] = page.content()
    assert_accessible(browser, page)
    page.get_by_role("textbox", name="The email address you commented with").fill("a@example.org")
    page.get_by_role("radio", name="The erasure of all my comments").check()
    page.get_by_role("button", name="Email me the link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    states["data-requested"] = page.content()
    assert_accessible(browser, page)
    assert_valid_html(states)
    context.close()
