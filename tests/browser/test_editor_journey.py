"""An editor writes an article in the Wagtail admin, previews it and publishes it; readers who
had the home page and the RSS feed from the page cache find it there at once.

The page and fragment caches are turned on for this journey (the suite runs with them off): the
live server commits each request, so publishing retires the cached pages through the same
on-commit signal handlers as in production.
"""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import EDITOR, open_page, save_screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "Stillness in practice"
HEADING = "Three quiet techniques"
CAUTION = "Who should not try this"


@pytest.fixture
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 3600


def add_block(body, name):
    body.get_by_role("button", name="Insert a block").last.click()
    body.page.get_by_role("option", name=name, exact=True).click()
    return body.get_by_role("region", name=re.compile(f"^{name}"))


def write_article(editor):
    editor.get_by_role("textbox", name="Title*", exact=True).fill(TITLE)
    editor.get_by_role("textbox", name="Standfirst").fill("What a quiet session asks of you.")
    authors = editor.get_by_role("region", name="Authors")
    authors.get_by_role("button", name="Choose a page (Author)").click()
    editor.get_by_role("dialog").get_by_role("link", name="Maya Lindqvist").click()
    expect(authors).to_contain_text("Maya Lindqvist")

    body = editor.get_by_role("region", name="Body*")
    heading = add_block(body, "Heading")
    heading.get_by_role("textbox", name="Text").fill(HEADING)
    definitions = add_block(body, "Definition list")
    definitions.get_by_role("textbox", name="Title").fill("Techniques")
    definitions.get_by_role("textbox", name="Term").fill("Still point")
    definitions.locator("[contenteditable=true]").fill("A pause in the cranial rhythm.")
    callout = add_block(body, "Callout")
    callout.get_by_role("combobox", name="Kind").select_option(
        label="Caution: side effects, who should not try this"
    )
    callout.get_by_role("textbox", name="Title").fill(CAUTION)
    callout.locator("[contenteditable=true]").fill("Anyone recovering from a head injury.")

    editor.get_by_role("checkbox", name="Craniosacral therapy", exact=True).check()
    # Leave the last rich text field as an editor does, so that it commits what was typed
    # before the preview sends the form.
    editor.get_by_role("textbox", name="Standfirst").click()


def expect_article_body(page):
    """What the three blocks look like to a reader, in the preview or on the live page."""
    expect(page.get_by_role("heading", name=HEADING, level=2)).to_be_visible()
    expect(page.get_by_role("term")).to_have_text("Still point")
    expect(page.get_by_role("definition")).to_have_text("A pause in the cranial rhythm.")
    caution = page.get_by_role("note", name=f"Caution: {CAUTION}")
    expect(caution).to_contain_text("Anyone recovering from a head injury.")


def feed_titles(response) -> dict[str, str]:
    assert response.ok
    items = ET.fromstring(response.body()).iter("item")
    return {item.findtext("title"): item.findtext("link") for item in items}


def read_from_the_cache(reader, home, feed):
    """The home page and the feed as a reader gets them once the page cache holds both.

    A first visit renders and stores; a site setting made on first use (the feed's, say)
    retires what was stored before, so it takes a round or two until both are hits.
    """
    for _ in range(4):
        page, rss = reader.goto(home), reader.request.get(feed)
        if page.headers["x-cache"] == rss.headers["x-cache"] == "hit":
            break
    assert (page.headers["x-cache"], rss.headers["x-cache"]) == ("hit", "hit")
    return rss


def test_editor_writes_previews_and_publishes_an_article_that_readers_then_find(
    browser, live_site, caches_on
):
    home, feed = live_site.url + "/", live_site.url + "/feeds/rss/"
    context, editor = open_page(browser)
    sign_in(editor, live_site, EDITOR)
    editor.goto(live_site.url + "/articles/")
    editor.get_by_role("button", name="View Wagtail quick actions").click()
    editor.get_by_role("menuitem", name="Add a child page").click()
    expect(editor.get_by_role("heading", level=1)).to_have_text("New: Article")
    write_article(editor)

    editor.get_by_role("button", name="Toggle preview").click()
    preview = editor.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_article_body(preview)
    save_screenshot(editor, "admin-article-preview")

    # Just before publishing, readers get the home page and the feed from the page cache.
    reader_context, reader = open_page(browser)
    rss = read_from_the_cache(reader, home, feed)
    expect(reader.get_by_role("link", name=TITLE)).to_have_count(0)
    assert TITLE not in feed_titles(rss)

    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    # "created and published", or "has been published" once autosave has made the draft
    expect(editor.get_by_text(re.compile(f"Page '{TITLE}' .*published"))).to_be_visible()
    context.close()

    reader.goto(home)
    reader.get_by_role("region", name="Latest articles").get_by_role("link", name=TITLE).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect_article_body(reader)
    save_screenshot(reader, "article-published-from-admin")

    items = feed_titles(reader.request.get(feed))
    assert urlsplit(items[TITLE]).path == urlsplit(reader.url).path  # the site's host: testserver
    reader_context.close()
