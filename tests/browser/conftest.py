"""Browser fixtures: the demo site served live, and headless Debian Chromium driven by Playwright.

The demo site is loaded once, committed, and served by a live-server thread for the whole session;
browser tests therefore run after every other test (see tests/conftest.py). Chromium is required:
`make test` installs it, and a missing browser fails the tests instead of skipping them.
"""

import json
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test.utils import override_settings
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API keeps an event loop on the test thread; Django would refuse ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
AXE = ROOT / "tools/validators/node_modules/axe-core/axe.min.js"
VNU = ROOT / "tools/validators/node_modules/vnu-jar/build/dist/vnu.jar"
LIGHTHOUSE = ROOT / "tools/validators/node_modules/.bin/lighthouse"
MODERATOR = ("moderator", "moderate-kindly")
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """The demo site, committed to the test database and served on a free port."""
    overrides = override_settings(
        ROOT_URLCONF="tests.browser.urls",
        COMMENT_MIN_SECONDS=0,  # a real person takes seconds; the browser takes milliseconds
        COMMENT_RATE_LIMIT="1000/m",
    )
    overrides.enable()
    with django_db_blocker.unblock():
        call_command("load_demo_content", no_editor=True, verbosity=0)
        name, password = MODERATOR
        get_user_model().objects.create_superuser(name, "moderator@example.org", password)
        server = LiveServer("127.0.0.1:0")
    yield server
    server.stop()
    overrides.disable()


@pytest.fixture(autouse=True)
def _database_for_server(django_db_blocker):
    """The server thread reads the database while a test runs."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def browser(live_site):
    assert CHROMIUM.exists(), "Chromium is missing: `make test` installs it (apt-get chromium)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:  # Playwright gives each launch a fresh, empty profile
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROME_FLAGS)
        yield browser
        browser.close()


class Problems:
    """Console errors and failed requests seen by a page."""

    def __init__(self, page):
        self.messages = []
        page.on("console", lambda m: self.console(page, m))
        page.on("pageerror", lambda e: self.messages.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.messages.append(f"failed: {r.url}"))
        page.on(
            "response",
            lambda r: (
                r.status >= 400
                and r.request.resource_type != "document"
                and self.messages.append(f"HTTP {r.status}: {r.url}")
            ),
        )

    def console(self, page, message):
        # The 404 page's own status is reported as a console error; it is the point of that page.
        if message.type == "error" and message.location.get("url") != page.url:
            self.messages.append(f"console: {message.text} ({message.location.get('url')})")


def open_page(browser, color_scheme="light", viewport=DESKTOP):
    context = browser.new_context(color_scheme=color_scheme, viewport=viewport)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.problems = Problems(page)
    return context, page


@pytest.fixture
def page(browser):
    context, page = open_page(browser)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context, page = open_page(browser, viewport=PHONE)
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    assert AXE.exists(), "axe-core comes from npm: run `make validators`"
    # Evaluated through the DevTools protocol, which the site's Content-Security-Policy (no
    # inline scripts) rightly does not allow a <script> tag to do.
    page.evaluate(AXE.read_text() + "\n;void 0")
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
    )
    return [
        f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def write_artifact(name: str, data) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.write_text(json.dumps(data, indent=2))
    return path


def fill_comment(page, name="Ruth", email="ruth@example.org", body="Clear and kind, thank you."):
    form = page.locator("form[action^='/comments/']").last
    form.get_by_role("textbox", name="Name").fill(name)
    form.get_by_role("textbox", name="Email").fill(email)
    form.get_by_role("textbox", name="Comment").fill(body)
    form.get_by_role("checkbox", name="I agree").check()
    return form
