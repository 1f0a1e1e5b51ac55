"""Editors in the Wagtail admin: subscriber counts per topic and author, the consent ledger
as CSV (with the permission only), a test send, and "Notify subscribers" of an article."""

import csv
import io

import pytest
from django.urls import reverse

from notifications.models import Announcement, Email
from wellness.factories import FollowFactory

from .conftest import run_email_tasks


@pytest.fixture
def follows(tree):
    sleep = tree.topic(title="Sleep")
    maya = tree.author(title="Maya Lindqvist")
    FollowFactory(topic=sleep)
    FollowFactory(topic=sleep, frequency="weekly")
    FollowFactory(author=maya)
    FollowFactory()
    FollowFactory(topic=sleep, confirmed_at=None)
    return {"sleep": sleep, "maya": maya}


def test_an_editor_sees_counts_per_topic_and_author(person, follows):
    editor = person("Editors")
    response = editor.get(reverse("notifications_subscribers"))
    assert response.status_code == 200
    html = " ".join(response.content.decode().split())
    site = html.index("<td>Every new article on Wellness</td><td>1</td><td>0</td>")
    maya = html.index("<td>New articles by Maya Lindqvist</td><td>1</td><td>0</td>")
    sleep = html.index("<td>New articles on Sleep</td><td>1</td><td>1</td>")
    assert site < maya < sleep  # the site first, then by name
    assert "1 waiting for confirmation" in html


def test_the_ledger_exports_every_follow_with_its_consent_record(person, follows):
    response = person("Editors").get(reverse("notifications_export"))
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(table) == 5
    assert {row["follows"] for row in table} >= {
        "New articles on Sleep",
        "Every new article on Wellness",
    }
    assert all(row["form_version"] and row["form_text"] for row in table)
    assert sum(1 for row in table if not row["confirmed_at"]) == 1


def test_without_the_permission_nothing_is_shown_or_exported(person, follows):
    reviewer = person("Expert reviewers")
    assert reviewer.get(reverse("notifications_subscribers")).status_code in (302, 403)
    assert reviewer.get(reverse("notifications_export")).status_code in (302, 403)
    assert reviewer.post(reverse("notifications_test_send")).status_code in (302, 403)


def test_a_test_send_goes_to_the_editors_own_address_only(person, tree, follows, smtp):
    editor = person("Editors")
    editor.user.email = "editor@example.org"
    editor.user.save()
    article = tree.article(title="Naps that help", topics=[follows["sleep"]])
    response = editor.post(reverse("notifications_test_send"), {"article": article.pk})
    assert response.status_code == 302
    run_email_tasks()
    assert set(smtp.received) == {"editor@example.org"}
    assert smtp.to("editor@example.org")[0]["Subject"] == "Naps that help"


def test_a_test_send_of_something_that_is_not_a_live_article_is_refused(person, follows):
    editor = person("Editors")
    response = editor.post(reverse("notifications_test_send"), {"article": "nonsense"}, follow=True)
    assert "Choose a published article" in response.content.decode()
    assert not Email.objects.exists()


def test_a_publisher_notifies_subscribers_of_an_article_explicitly(
    admin_client, tree, follows, smtp
):
    article = tree.article(title="Naps that help", topics=[follows["sleep"]])
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    notify_url = reverse("notifications_notify", args=[article.pk])
    assert notify_url in edit.content.decode()
    assert "Notify subscribers" in admin_client.get(notify_url).content.decode()
    assert not Announcement.objects.exists()  # the GET asks first
    admin_client.post(notify_url)
    run_email_tasks()
    assert Announcement.objects.get().reason == "notify"
    assert smtp.total == 2  # the site's and Sleep's instant followers


def test_an_editor_without_publish_rights_cannot_notify(person, tree, follows):
    article = tree.article(title="Naps that help")
    editor = person("Editors")  # editors send their work to a publisher: they cannot publish
    response = editor.post(reverse("notifications_notify", args=[article.pk]))
    assert response.status_code in (302, 403) and not Announcement.objects.exists()
