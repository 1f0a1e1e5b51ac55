"""The weekly email: one per weekly follower with the week's articles they follow, sent by a
periodic task, idempotent per (subscriber, week)."""

import datetime

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from notifications.digest import next_run, send_week, week_label
from notifications.models import Email
from notifications.tasks import DIGEST_TASK, weekly_digest
from wellness.factories import FollowFactory

from .conftest import run_email_tasks
from .following import one_click

WEEK = "2026-W48"  # Monday 23 to Sunday 29 November 2026
IN_WEEK = datetime.datetime(2026, 11, 25, 10, tzinfo=datetime.UTC)


@pytest.fixture
def week(tree):
    sleep, movement = tree.topic(title="Sleep"), tree.topic(title="Movement")
    articles = {
        "naps": tree.article(title="Naps that help", topics=[sleep]),
        "walking": tree.article(title="Walking after meals", topics=[movement]),
        "last week": tree.article(title="An older article", topics=[sleep]),
    }
    for key, article in articles.items():
        published = IN_WEEK - datetime.timedelta(days=7 if key == "last week" else 0)
        type(article).objects.filter(pk=article.pk).update(first_published_at=published)
    return {"sleep": sleep, "movement": movement, **articles}


def test_each_weekly_follower_gets_one_email_with_the_weeks_articles_they_follow(week, smtp):
    FollowFactory(email="sleepy@example.org", topic=week["sleep"], frequency="weekly")
    FollowFactory(email="all@example.org", frequency="weekly")
    FollowFactory(email="all@example.org", topic=week["sleep"], frequency="weekly")
    FollowFactory(email="instant@example.org")  # instant followers get no digest
    assert send_week(WEEK) == 2
    run_email_tasks()
    assert set(smtp.received) == {"sleepy@example.org", "all@example.org"}
    [sleepy] = smtp.to("sleepy@example.org")
    text = sleepy.get_body(("plain",)).get_content()
    assert sleepy["Subject"] == "This week on Wellness: 1 new article"
    assert "Naps that help" in text and "Walking after meals" not in text
    assert "An older article" not in text
    [everything] = smtp.to("all@example.org")
    assert "Naps that help" in everything.get_body(("html",)).get_content()
    assert "Walking after meals" in everything.get_body(("plain",)).get_content()
    assert everything["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_same_week_is_never_sent_twice(week, smtp):
    FollowFactory(email="sleepy@example.org", topic=week["sleep"], frequency="weekly")
    send_week(WEEK)
    send_week(WEEK)
    weekly_digest.enqueue(WEEK)
    run_email_tasks()
    assert smtp.received["sleepy@example.org"] == 1
    assert Email.objects.get().reason == f"week-{WEEK}"


def test_a_week_without_articles_for_a_follower_sends_nothing(week, smtp):
    FollowFactory(email="sleepy@example.org", topic=week["sleep"], frequency="weekly")
    assert send_week("2026-W40") == 0


def test_one_click_unsubscribe_from_the_weekly_email(client, week, smtp):
    follow = FollowFactory(email="sleepy@example.org", topic=week["sleep"], frequency="weekly")
    send_week(WEEK)
    run_email_tasks()
    one_click(client, smtp.to("sleepy@example.org")[0])
    follow.refresh_from_db()
    assert follow.withdrawn_at is not None
    Email.objects.all().delete()
    assert send_week(WEEK) == 0


def test_the_periodic_task_runs_last_week_and_queues_itself_for_next_monday(db, settings):
    call_command("schedule_digest")
    call_command("schedule_digest")  # once only
    [waiting] = DBTaskResult.objects.filter(task_path=DIGEST_TASK)
    assert waiting.run_after == next_run()
    assert next_run().weekday() == 0 and next_run() > datetime.datetime.now(datetime.UTC)


def test_week_labels_follow_iso_weeks():
    assert week_label(datetime.date(2026, 11, 25)) == WEEK
    assert week_label(datetime.date(2027, 1, 1)) == "2026-W53"
