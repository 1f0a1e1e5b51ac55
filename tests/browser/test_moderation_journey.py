"""A visitor's comment or reply waits for a moderator, who approves it in the Wagtail admin."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import approve_in_admin, fill_comment, open_page, save_screenshot
from .test_journeys import ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def comment_by(page, name):
    """The list item of a comment (with its replies) by the person called `name`."""
    return page.get_by_role("article", name=name, exact=True).locator("xpath=..")


def test_moderator_approves_a_comment_in_the_admin_and_the_visitor_sees_it(browser, live_site):
    visitor_context, visitor = open_page(browser)
    visitor.goto(live_site.url + ARTICLE)
    words = "Approved by a moderator in a real browser."
    fill_comment(visitor, body=words).get_by_role("button", name="Post comment").click()
    pending = visitor.locator("li.comment--pending").filter(has_text=words)
    expect(pending).to_be_visible()
    comment_id = re.sub(r"\D", "", pending.get_attribute("id"))

    approve_in_admin(browser, live_site, comment_id)

    reader_context, reader = open_page(browser)
    reader.goto(live_site.url + ARTICLE)
    expect(reader.locator(f"#comment-{comment_id}")).to_contain_text(words)
    expect(reader.locator(f"#comment-{comment_id}")).not_to_have_class(re.compile("pending"))
    reader_context.close()
    visitor_context.close()


def test_visitor_replies_to_a_published_comment_and_the_reply_appears_under_it(browser, live_site):
    visitor_context, visitor = open_page(browser)
    visitor.goto(live_site.url + ARTICLE)
    tom = comment_by(visitor, "Tom Okoro")
    tom_id = tom.get_attribute("id")
    tom.get_by_role("link", name="Reply to Tom Okoro").click()
    form = visitor.get_by_role("form", name="Reply to Tom Okoro")
    expect(form).to_be_in_viewport()
    expect(visitor.get_by_role("link", name="Cancel reply")).to_be_visible()

    words = "Thank you, Tom: the full reviews were worth the time."
    fill_comment(visitor, name="Sam Reyes", email="sam.reyes@example.org", body=words)
    form.get_by_role("button", name="Post comment").click()
    reply = visitor.locator(f"#{tom_id} > .comment-list--replies > li").filter(has_text=words)
    expect(reply).to_contain_text("Your comment is awaiting moderation.")
    reply_id = reply.get_attribute("id")

    approve_in_admin(browser, live_site, reply_id.removeprefix("comment-"))

    reader_context, reader = open_page(browser)
    reader.goto(live_site.url + ARTICLE)
    reply = reader.locator(f"#{tom_id} > .comment-list--replies > #{reply_id}")
    expect(reply.get_by_role("article", name="Sam Reyes")).to_contain_text(words)
    expect(reply).not_to_contain_text("awaiting moderation")
    save_screenshot(reader, "article-reply-approved")
    reader_context.close()
    visitor_context.close()
