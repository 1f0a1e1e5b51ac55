"""Standard pages (About, policies) take visitor comments when an editor turns them on."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import StandardPage
from comments.models import Comment
from comments.moderation import moderate
from wellness.factories import CommentFactory

from .posting import post_comment, rules_for

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def open_page(tree):
    return tree.standard_page(title="Ask us anything", comments_open=True)


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def test_a_new_standard_page_takes_no_comments_and_says_nothing_about_them(client, tree):
    page = tree.standard_page(title="About")
    assert page.comments_open is False
    html = client.get(page.url).content.decode()
    assert "Leave a reply" not in html
    assert 'id="comments"' not in html and "Comments are closed" not in html


def test_a_standard_page_with_comments_on_shows_the_reply_form(client, open_page):
    html = client.get(open_page.url).content.decode()
    assert "No comments yet." in html and "Leave a reply" in html
    assert f'action="/comments/{open_page.pk}/"' in html


def test_a_comment_posted_on_a_standard_page_is_held_and_shown_to_its_author(client, open_page):
    response = post_comment(client, open_page, body="Do you answer questions by email?")
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{open_page.url}#comment-{comment.pk}"
    assert comment.page.specific == open_page and comment.status == "pending"
    html = client.get(open_page.url).content.decode()
    assert "Do you answer questions by email?" in html
    assert "Your comment is awaiting moderation." in html


def test_a_reply_on_a_standard_page_is_threaded_under_its_comment(client, tree, open_page):
    rules_for(tree, moderation_mode="publish")
    parent = CommentFactory(page=open_page, name="Tom")
    post_comment(client, open_page, body="Same question here.", parent=str(parent.pk))
    reply = Comment.objects.get(body="Same question here.")
    assert (reply.parent, reply.depth, reply.status) == (parent, 2, "approved")
    html = client.get(open_page.url).content.decode()
    assert html.index(f'id="comment-{parent.pk}"') < html.index(f'id="comment-{reply.pk}"')


def test_a_comment_on_a_standard_page_with_comments_off_is_refused(client, tree):
    page = tree.standard_page(title="Privacy")
    response = post_comment(client, page, body="Let me in.", started="x")
    assert response.status_code == 403
    assert "Comments are closed on this page." in response.content.decode()
    assert not Comment.objects.exists()


def test_comments_already_approved_stay_visible_when_comments_are_turned_off(client, tree):
    page = tree.standard_page(title="About")
    CommentFactory(page=page, body="Lovely to meet the team.")
    CommentFactory(page=page, body="Still waiting.", status="pending")
    html = client.get(page.url).content.decode()
    assert "1 comment" in html and "Lovely to meet the team." in html
    assert "Still waiting." not in html
    assert "Comments are closed on this page." in html and "Leave a reply" not in html


def test_the_closing_period_counts_from_first_publication(client, tree):
    rules_for(tree, close_after_days=30)
    old = tree.standard_page(comments_open=True, first_published_at=days_ago(31))
    recent = tree.standard_page(comments_open=True, first_published_at=days_ago(29))
    assert "Leave a reply" not in client.get(old.url).content.decode()
    assert "Leave a reply" in client.get(recent.url).content.decode()


def test_a_standard_page_can_keep_comments_open_beyond_the_sites_period(client, tree):
    rules_for(tree, close_after_days=30)
    page = tree.standard_page(
        comments_open=True, first_published_at=days_ago(400), comments_close_after_days=0
    )
    assert "Leave a reply" in client.get(page.url).content.decode()


def test_moderators_are_emailed_about_a_held_comment_on_a_standard_page(
    client, open_page, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, open_page, body="Please moderate me.")
    assert [message.to for message in mailoutbox] == [["mo@example.org"]]
    assert "“Ask us anything”" in mailoutbox[0].subject


def test_the_comments_area_links_to_a_comment_on_a_standard_page(client, open_page, moderator):
    comment = CommentFactory(page=open_page, status="pending", body="Kind words.")
    client.force_login(moderator)
    html = client.get("/admin/snippets/articles/comment/").content.decode()
    assert "Kind words." in html and "Ask us anything" in html
    assert f'href="{open_page.url}#comment-{comment.pk}"' in html


def test_approving_a_comment_shows_it_on_the_cached_standard_page_at_once(
    client, open_page, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 600
    comment = CommentFactory(page=open_page, status="pending", body="It answered my question.")
    assert "It answered my question." not in client.get(open_page.url).content.decode()
    assert client.get(open_page.url)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        moderate([Comment.objects.get(pk=comment.pk)], "approved")
    assert "It answered my question." in client.get(open_page.url).content.decode()


def test_an_editor_turns_comments_on_in_the_comments_panel(admin_client, tree):
    url = f"/admin/pages/add/articles/standardpage/{tree.home.pk}/"
    form = admin_client.get(url).content.decode()
    checkbox = re.search(r'<input type="checkbox" name="comments_open"[^>]*>', form).group(0)
    assert "checked" not in checkbox  # off until the editor turns it on
    data = nested_form_data(
        {
            "title": "Questions",
            "slug": "questions",
            "intro": "",
            "body": streamfield([("paragraph", rich_text("<p>Ask away.</p>"))]),
            "comments_open": "on",
            "comments_close_after_days": "14",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="questions")
    assert (page.comments_open, page.comments_close_after_days) == (True, 14)
