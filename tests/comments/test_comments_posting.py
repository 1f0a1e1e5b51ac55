"""A visitor leaves a comment or a reply, and sees what became of it."""

import datetime

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment
from comments.moderation import MODERATORS_GROUP
from wellness.factories import CommentFactory

from .posting import post_comment, rules_for

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def article(tree):
    return tree.article(title="What is craniosacral therapy?")


def test_the_leave_a_reply_form_is_on_articles_reviews_and_reading_lists(client, tree, article):
    for page in (article, tree.review(), tree.reading_list()):
        html = client.get(page.url).content.decode()
        assert "Leave a reply" in html, page
        assert "Your email address will not be published." in html
        assert 'href="/privacy/">privacy notice</a>' in html


def test_posting_redirects_with_303_to_the_comment_anchor(client, article):
    response = post_comment(client, article)
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}#comment-{comment.pk}"


def test_a_first_comment_is_held_and_its_author_sees_it_awaiting_moderation(client, article):
    post_comment(client, article, body="My own words.")
    assert Comment.objects.get().status == "pending"
    html = client.get(article.url).content.decode()
    assert "My own words." in html and "Your comment is awaiting moderation." in html


def test_other_visitors_do_not_see_a_held_comment(client, django_user_model, article):
    from django.test import Client

    post_comment(client, article, body="Only for me for now.")
    assert "Only for me for now." not in Client().get(article.url).content.decode()


def test_an_approved_commenter_is_published_straight_away_from_the_same_browser(client, article):
    from comments.moderation import moderate

    post_comment(client, article, body="My first comment here.")
    moderate([Comment.objects.get(body="My first comment here.")], "approved")
    post_comment(client, article, body="Back again.", email="LENA@example.org")
    comment = Comment.objects.get(body="Back again.")
    assert comment.status == "approved"
    html = client.get(article.url).content.decode()
    assert f'id="comment-{comment.pk}"' in html and "awaiting moderation" not in html


def test_hold_every_comment_holds_even_known_commenters(client, tree, article):
    rules_for(tree, moderation_mode="hold_all")
    CommentFactory(page=article, email="lena@example.org")
    post_comment(client, article, body="Held anyway.")
    assert Comment.objects.get(body="Held anyway.").status == "pending"


def test_publish_immediately_publishes_a_first_comment(client, tree, article):
    rules_for(tree, moderation_mode="publish")
    post_comment(client, article, body="Straight through.")
    assert Comment.objects.get().status == "approved"


def test_a_comment_with_too_many_links_is_held_whatever_the_mode(client, tree, article):
    rules_for(tree, moderation_mode="publish", max_links=2)
    post_comment(client, article, body="https://a.example https://b.example https://c.example")
    comment = Comment.objects.get()
    assert comment.status == "pending" and "3 links" in comment.moderation_note


def test_a_reply_is_threaded_under_its_comment(client, tree, article):
    rules_for(tree, moderation_mode="publish")
    parent = CommentFactory(page=article, name="Tom")
    post_comment(client, article, body="I agree with Tom.", parent=str(parent.pk))
    reply = Comment.objects.get(body="I agree with Tom.")
    assert (reply.parent, reply.depth) == (parent, 2)
    html = client.get(article.url).content.decode()
    assert html.index(f'id="comment-{parent.pk}"') < html.index(f'id="comment-{reply.pk}"')
    assert 'class="comment-list comment-list--replies"' in html


def test_the_reply_link_works_without_javascript(client, article):
    parent = CommentFactory(page=article, name="Tom")
    link = f'href="?replyto={parent.pk}#respond"'
    assert link in client.get(article.url).content.decode()
    html = client.get(article.url, {"replyto": parent.pk}).content.decode()
    assert "Reply to Tom" in html
    assert f'name="parent" value="{parent.pk}"' in html


def test_replies_stop_at_three_levels(client, article):
    first = CommentFactory(page=article)
    second = CommentFactory(page=article, parent=first)
    third = CommentFactory(page=article, parent=second)
    html = client.get(article.url).content.decode()
    assert f"?replyto={second.pk}#" in html and f"?replyto={third.pk}#" not in html
    response = post_comment(client, article, parent=str(third.pk), body="Too deep.")
    assert response.status_code == 400
    assert "Replies can only go three levels deep" in response.content.decode()


def test_remember_me_keeps_name_and_email_in_a_cookie_only_when_asked(client, article):
    post_comment(client, article, body="Forget me.")
    assert (
        "wellness_commenter" not in client.cookies or not client.cookies["wellness_commenter"].value
    )
    post_comment(client, article, body="Remember me.", remember="on", name="Lena H")
    assert client.cookies["wellness_commenter"].value
    html = client.get(article.url).content.decode()
    assert 'value="Lena H"' in html and 'value="lena@example.org"' in html


def test_closed_comments_show_a_message_and_refuse_posts(client, tree):
    page = tree.article(comments_open=False)
    html = client.get(page.url).content.decode()
    assert "Comments are closed on this page." in html and "Leave a reply" not in html
    response = post_comment(client, page, body="Let me in.", started="x")
    assert response.status_code == 403
    assert "Comments are closed" in response.content.decode()
    assert not Comment.objects.exists()


def test_comments_close_automatically_after_the_sites_period(client, tree):
    rules_for(tree, close_after_days=30)
    old = tree.article(date_published=datetime.date.today() - datetime.timedelta(days=31))
    recent = tree.article(date_published=datetime.date.today() - datetime.timedelta(days=29))
    assert "Comments are closed" in client.get(old.url).content.decode()
    assert "Leave a reply" in client.get(recent.url).content.decode()


def test_a_page_can_override_the_closing_period(client, tree):
    rules_for(tree, close_after_days=30)
    kept_open = tree.article(
        date_published=datetime.date.today() - datetime.timedelta(days=400),
        comments_close_after_days=0,
    )
    assert "Leave a reply" in client.get(kept_open.url).content.decode()


def test_moderators_and_authors_are_emailed_about_a_held_comment(
    client, tree, mailoutbox, django_user_model, django_capture_on_commit_callbacks
):
    moderator = django_user_model.objects.create_user("mo", "mo@example.org", "pw")
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    page = tree.article(authors=[tree.author(email="writer@example.org")])
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(client, page, body="Please moderate me.")
    assert len(mailoutbox) == 1
    assert sorted(mailoutbox[0].to) == ["mo@example.org", "writer@example.org"]
    assert "Please moderate me." in mailoutbox[0].body
    assert "/admin/snippets/articles/comment/edit/" in mailoutbox[0].body


def test_no_email_is_sent_for_a_published_comment(client, tree, article, mailoutbox):
    rules_for(tree, moderation_mode="publish")
    post_comment(client, article)
    assert mailoutbox == []


def test_a_comment_posted_from_another_site_is_refused_with_the_text_kept(tree, article, client):
    response = post_comment(client, article, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    assert "sent from another website" in response.content.decode()
    assert "Is it normal to feel tired afterwards?" in response.content.decode()
    assert not Comment.objects.exists()


def test_a_comment_whose_origin_is_another_host_is_refused(tree, article, client):
    response = post_comment(client, article, HTTP_ORIGIN="https://attacker.example")
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_a_comment_from_the_sites_own_origin_is_accepted(tree, article, client):
    response = post_comment(
        client, article, HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code == 303
    assert Comment.objects.count() == 1


def test_the_comment_form_carries_no_per_visitor_token_so_the_page_can_be_cached(
    tree, article, client
):
    html = client.get(article.url).content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in client.cookies
