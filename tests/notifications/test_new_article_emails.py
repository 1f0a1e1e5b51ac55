"""New articles emailed to their followers: on first publication only, from the worker, each
follower once, with the article's title, standfirst, byline, review date and link, readable in
plain text and HTML, with one-click unsubscribe and no tracking; never for a restricted,
scheduled (until it goes live) or unpublished page, nor for a correction."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from notifications.announcements import notify_again
from notifications.models import Announcement, Email, Follow
from notifications.tasks import announce
from wellness.factories import ArticlePageFactory, FollowFactory

from .conftest import run_email_tasks
from .following import link_in, one_click

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def topic(tree):
    return tree.topic(title="Sleep")


@pytest.fixture
def writer(tree):
    return tree.author(title="Maya Lindqvist")


@pytest.fixture
def followers(topic, writer, tree):
    other_topic = tree.topic(title="Movement")
    return {
        "site": FollowFactory(email="site@example.org"),
        "topic": FollowFactory(email="topic@example.org", topic=topic),
        "author": FollowFactory(email="author@example.org", author=writer),
        "both": FollowFactory(email="both@example.org", topic=topic),
        "both-site": FollowFactory(email="both@example.org"),
        "other": FollowFactory(email="other@example.org", topic=other_topic),
        "weekly": FollowFactory(email="weekly@example.org", frequency="weekly"),
        "pending": FollowFactory(email="pending@example.org", confirmed_at=None),
    }


def draft(tree, topic, writer, **fields):
    article = ArticlePageFactory(
        parent=tree.articles,
        live=False,
        title="Naps that help",
        standfirst="A short nap restores more than a long one.",
        authors=[writer],
        topics=[topic],
        **fields,
    )
    article.refresh_from_db()
    return article


def publish(article):
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def test_first_publication_emails_each_instant_follower_once(tree, topic, writer, followers, smtp):
    article = publish(draft(tree, topic, writer, last_review_date=datetime.date(2026, 11, 30)))
    assert smtp.messages == []  # not in the request
    run_email_tasks()
    assert set(smtp.received) == {
        "site@example.org",
        "topic@example.org",
        "author@example.org",
        "both@example.org",
    }
    assert max(smtp.received.values()) == 1
    [message] = smtp.to("topic@example.org")
    assert message["Subject"] == "Naps that help"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for part in (text, html):
        assert "A short nap restores more than a long one." in part
        assert "By Maya Lindqvist" in part
        assert "Reviewed on 30 November 2026" in part
        assert article.full_url in part
        assert "New articles on Sleep" in part  # why they get it
    assert "<img" not in html  # no tracking pixel, no image at all
    assert message["List-Unsubscribe"].strip().startswith("<http://testserver/email/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    [both] = smtp.to("both@example.org")
    assert "Every new article on Wellness" in both.get_body(("plain",)).get_content()  # widest


def test_one_click_unsubscribe_stops_that_follow_and_twice_is_harmless(
    client, tree, topic, writer, followers, smtp
):
    publish(draft(tree, topic, writer))
    run_email_tasks()
    [message] = smtp.to("topic@example.org")
    response = one_click(client, message)
    assert response.status_code == 200 and "You are unsubscribed" in response.content.decode()
    follow = Follow.objects.get(email="topic@example.org")
    assert follow.withdrawn_at is not None and follow.withdrawn_how == "unsubscribe link"
    again = one_click(client, message)
    assert "You were already unsubscribed" in again.content.decode()
    assert Follow.objects.get(email="topic@example.org").withdrawn_at == follow.withdrawn_at

    second = ArticlePageFactory(parent=tree.articles, live=False, topics=[topic], authors=[writer])
    publish(second)
    run_email_tasks()
    assert smtp.received["topic@example.org"] == 1 and smtp.received["site@example.org"] == 2


def test_stop_all_emails_withdraws_every_follow(client, tree, topic, writer, followers, smtp):
    publish(draft(tree, topic, writer))
    run_email_tasks()
    [message] = smtp.to("both@example.org")
    link = link_in(message, "/email/unsubscribe/")
    text = message.get_body(("plain",)).get_content()
    links = [line for line in text.splitlines() if "Stop all emails" in line]
    everything = links[0].split(": ", 1)[1].removeprefix("http://testserver")
    assert link != everything
    client.post(everything)
    assert not Follow.objects.filter(email="both@example.org", withdrawn_at=None).exists()


def test_a_correction_republished_emails_nobody(tree, topic, writer, followers, smtp):
    article = publish(draft(tree, topic, writer))
    run_email_tasks()
    sent = smtp.total
    article.standfirst = "A short nap (20 minutes) restores more than a long one."
    publish(article)
    run_email_tasks()
    assert smtp.total == sent and Announcement.objects.count() == 1


def test_an_editor_can_notify_again_and_followers_get_it_once_more(
    tree, topic, writer, followers, smtp, django_user_model
):
    article = publish(draft(tree, topic, writer))
    run_email_tasks()
    notify_again(article, django_user_model.objects.create(username="editor"))
    run_email_tasks()
    assert smtp.received["topic@example.org"] == 2


def test_a_restricted_page_is_never_announced(tree, topic, writer, followers, smtp):
    PageViewRestriction.objects.create(page=tree.articles, restriction_type="login")
    publish(draft(tree, topic, writer))
    run_email_tasks()
    assert smtp.messages == [] and not Announcement.objects.exists()


def test_a_scheduled_page_is_announced_when_it_goes_live_not_before(
    tree, topic, writer, followers, smtp
):
    article = draft(tree, topic, writer)
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    publish(article)
    run_email_tasks()
    assert smtp.messages == [] and not article.live

    revision = article.latest_revision  # the day comes
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    run_email_tasks()
    assert smtp.received["site@example.org"] == 1


def test_a_page_unpublished_before_the_worker_runs_is_not_emailed(
    tree, topic, writer, followers, smtp
):
    article = publish(draft(tree, topic, writer))
    article.unpublish()
    run_email_tasks()
    assert smtp.messages == []


def test_a_fan_out_run_again_after_a_crash_queues_only_what_is_missing(
    tree, topic, writer, followers, smtp
):
    article = publish(draft(tree, topic, writer))
    announcement = Announcement.objects.get(page=article)
    Email.objects.filter(recipient="site@example.org").delete()  # as if killed mid-way
    Announcement.objects.update(finished_at=None)
    announce.enqueue(announcement.pk)
    run_email_tasks()
    assert Email.objects.filter(kind="article").count() == 4
    assert max(smtp.received.values()) == 1 and smtp.total == 4
