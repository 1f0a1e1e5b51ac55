"""Every public page type, in a real browser: no axe-core WCAG 2.2 A/AA violations in light and
dark colour schemes, no console errors or failed requests, valid HTML (Nu HTML Checker), and
screenshots at phone and desktop widths saved to artifacts/screenshots/."""

import subprocess
import tempfile
import urllib.request
from pathlib import Path

import pytest

from .conftest import ARTIFACTS, DESKTOP, PHONE, VNU, axe_violations, fill_comment, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = {
    "home": "/",
    "article": "/articles/what-is-craniosacral-therapy/",
    "book-review": "/reviews/review-quiet-hands/",
    "reading-list": "/reading-lists/starting-with-craniosacral-therapy/",
    "author": "/authors/maya-lindqvist/",
    "topic": "/topics/craniosacral-therapy/",
    "search": "/search/?q=touch",
    "404": "/no-such-page/",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_accessibility_violations(browser, live_site, name, scheme):
    context, page = open_page(browser, color_scheme=scheme)
    page.goto(live_site.url + PAGES[name])
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_without_console_errors_or_failed_requests(browser, live_site, name):
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context, page = open_page(browser, viewport=viewport)
        page.goto(live_site.url + PAGES[name], wait_until="load")
        page.screenshot(path=str(shots / f"{name}-{label}.png"), full_page=True)
        assert page.problems.messages == []
        context.close()


def test_comment_form_with_errors_has_no_accessibility_violations(browser, live_site):
    for scheme in ("light", "dark"):
        context, page = open_page(browser, color_scheme=scheme)
        page.goto(live_site.url + PAGES["article"])
        fill_comment(page, email="not-an-email")
        page.get_by_role("button", name="Post comment").click()
        page.wait_for_selector("[aria-invalid=true]")
        assert axe_violations(page) == []
        context.close()


def test_pages_are_valid_html(live_site):
    assert VNU.exists(), "vnu-jar comes from npm: run `make validators`"
    folder = Path(tempfile.mkdtemp(prefix="wellness-vnu-"))
    files = []
    for name, path in PAGES.items():
        try:
            html = urllib.request.urlopen(live_site.url + path).read()
        except urllib.error.HTTPError as error:  # the 404 page
            html = error.read()
        files.append(folder / f"{name}.html")
        files[-1].write_bytes(html)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.stderr.strip() == "", result.stderr
