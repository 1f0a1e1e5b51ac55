"""Browser fixtures: the demo site served live, and headless Debian Chromium driven by Playwright.

The demo site is loaded once, committed, and served by a live-server thread for the whole session;
browser tests therefore run after every other test (see tests/conftest.py). Chromium is required:
`make test` installs it, and a missing browser fails the tests instead of skipping them.

What the browser changes through the live server is committed at once, on SQLite as on
PostgreSQL, and stays for the later tests. The test's own ORM queries run inside the test's
transaction: on SQLite (one shared in-memory database) reading a table there locks it against
the server's writes ("database table is locked"), so find things through the pages instead.
"""

import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test.utils import override_settings
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from demo.management.commands.load_demo_content import DEMO_PASSWORD, DEMO_USERNAME

from .in_flight import wait_until_answered

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
EDITOR = (DEMO_USERNAME, DEMO_PASSWORD)  # the demo editor `make run` creates (DEBUG only)
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """The demo site, committed to the test database and served on a free port."""
    overrides = override_settings(
        ROOT_URLCONF="tests.browser.urls",
        MIDDLEWARE=["tests.browser.in_flight.InFlightMiddleware", *settings.MIDDLEWARE],
        COMMENT_MIN_SECONDS=0,  # a real person takes seconds; the browser takes milliseconds
        COMMENT_RATE_LIMIT="1000/m",
        FEEDBACK_RATE_LIMIT="1000/m",
    )
    overrides.enable()
    with django_db_blocker.unblock():
        call_command("load_demo_content", no_editor=True, verbosity=0)
        name, password = MODERATOR
        get_user_model().objects.create_superuser(name, "moderator@example.org", password)
        name, password = EDITOR  # as the demo loader makes it; tests run with DEBUG off
        get_user_model().objects.create_superuser(name, "editor@example.org", password)
        server = LiveServer("127.0.0.1:0")
    yield server
    server.stop()
    overrides.disable()


@pytest.fixture(autouse=True)
def _database_for_server(django_db_blocker):
    """The server thread reads the database while a test runs; the test ends when the server
    has answered every request it made (after its browser context is closed)."""
    with django_db_blocker.unblock():
        yield
        wait_until_answered()


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


def open_page(browser, color_scheme="light", viewport=DESKTOP, **options):
    context = browser.new_context(color_scheme=color_scheme, viewport=viewport, **options)
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


def save_screenshot(page, name: str) -> Path:
    path = ARTIFACTS / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(page, live_site, account):
    page.goto(live_site.url + "/admin/login/")
    page.get_by_label("Username").fill(account[0])
    page.get_by_label("Password").fill(account[1])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def approve_in_admin(browser, live_site, comment_id: str) -> None:
    """A moderator signs in and approves one comment with the admin's bulk action."""
    context, admin = open_page(browser)
    sign_in(admin, live_site, MODERATOR)
    admin.goto(
        f"{live_site.url}/admin/bulk/comments/comment/approve/?id={comment_id}"
        "&next=/admin/snippets/articles/comment/"
    )
    admin.locator("main").get_by_role("button", name="Approve").click()
    expect(admin.get_by_text("1 comment approved")).to_be_visible()
    context.close()


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
