"""A visitor's comment waits for a moderator, who approves it in the Wagtail admin."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import MODERATOR, fill_comment, open_page
from .test_journeys import ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_moderator_approves_a_comment_in_the_admin_and_the_visitor_sees_it(browser, live_site):
    visitor_context, visitor = open_page(browser)
    visitor.goto(live_site.url + ARTICLE)
    words = "Approved by a moderator in a real browser."
    fill_comment(visitor, body=words).get_by_role("button", name="Post comment").click()
    pending = visitor.locator("li.comment--pending").filter(has_text=words)
    expect(pending).to_be_visible()
    comment_id = re.sub(r"\D", "", pending.get_attribute("id"))

    context, admin = open_page(browser)
    admin.goto(live_site.url + "/admin/login/")
    admin.get_by_label("Username").fill(MODERATOR[0])
    admin.get_by_label("Password").fill(MODERATOR[1])
    admin.get_by_role("button", name="Sign in").click()
    expect(admin.get_by_role("heading", level=1)).to_be_visible()
    admin.goto(
        f"{live_site.url}/admin/bulk/articles/comment/approve/?id={comment_id}"
        "&next=/admin/snippets/articles/comment/"
    )
    admin.locator("main").get_by_role("button", name="Approve").click()
    expect(admin.get_by_text("1 comment approved")).to_be_visible()
    context.close()

    reader_context, reader = open_page(browser)
    reader.goto(live_site.url + ARTICLE)
    expect(reader.locator(f"#comment-{comment_id}")).to_contain_text(words)
    expect(reader.locator(f"#comment-{comment_id}")).not_to_have_class(re.compile("pending"))
    reader_context.close()
    visitor_context.close()
