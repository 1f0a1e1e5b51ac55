"""The journeys people make, in headless Chromium against the live demo site."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import fill_comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARTICLE = "/articles/what-is-craniosacral-therapy/"


def test_reader_goes_from_home_through_topic_article_author_and_list_to_a_review(page, live_site):
    page.goto(live_site.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Topics").click()
    page.locator("main").get_by_role("link", name="Craniosacral therapy").first.click()
    expect(page).to_have_url(re.compile(r"/topics/craniosacral-therapy/$"))
    page.locator("main").get_by_role("link", name=re.compile("What is craniosacral")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("craniosacral therapy")
    page.locator("main").get_by_role("link", name=re.compile("Maya Lindqvist")).first.click()
    expect(page).to_have_url(re.compile(r"/authors/maya-lindqvist/$"))
    page.goto(live_site.url + "/reading-lists/starting-with-craniosacral-therapy/")
    page.locator("main").locator("a[href*='/reviews/']").first.click()
    expect(page).to_have_url(re.compile(r"/reviews/[\w-]+/$"))
    assert page.problems.messages == []


def test_reader_searches_for_a_word_from_an_article_body_and_finds_the_article(page, live_site):
    page.goto(live_site.url + "/")
    page.get_by_role("combobox", name="Search articles").fill("chiropractors")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("main")).to_contain_text("What is craniosacral therapy")


def test_visitor_sees_an_email_error_next_to_the_field_with_their_text_kept(page, live_site):
    page.goto(live_site.url + ARTICLE)
    form = fill_comment(page, email="not-an-email", body="My words stay here.")
    form.get_by_role("button", name="Post comment").click()
    email = page.get_by_role("textbox", name="Email", exact=True)
    expect(email).to_have_attribute("aria-invalid", "true")
    error = page.locator("#" + email.get_attribute("aria-describedby").split()[-1])
    expect(error).to_be_visible()
    expect(page.get_by_role("textbox", name="Comment")).to_have_value("My words stay here.")


def test_visitor_fixes_the_email_and_sees_awaiting_moderation(page, live_site):
    page.goto(live_site.url + ARTICLE)
    fill_comment(page, email="wrong").get_by_role("button", name="Post comment").click()
    page.get_by_role("textbox", name="Email", exact=True).fill("ruth@example.org")
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text(re.compile("awaiting moderation", re.I)).first).to_be_visible()
