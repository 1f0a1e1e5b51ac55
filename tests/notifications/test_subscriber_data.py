"""A subscriber's own data, from the link in any email: see it, download it (JSON), erase it;
the link is signed and expires, and a forged or expired one gets a clear message."""

import json
import time

import pytest
from django.core import signing

from notifications import links
from notifications.models import Address, Email, Follow
from wellness.factories import FollowFactory

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def mira(tree):
    topic = tree.topic(title="Sleep")
    FollowFactory(email="mira@example.org", topic=topic, source_url="/articles/naps/")
    FollowFactory(email="mira@example.org", frequency="weekly")
    FollowFactory(email="someone@example.org")
    Email.objects.create(
        recipient="mira@example.org",
        kind="article",
        reason="article-1",
        subject="Naps that help",
        text="…",
    )
    return links.data_url("mira@example.org").removeprefix("http://testserver")


def test_the_page_lists_what_we_keep(client, mira):
    html = client.get(mira).content.decode()
    assert "mira@example.org" in html
    assert "New articles on Sleep" in html and "Every new article on Wellness" in html
    assert "/articles/naps/" in html and "1 email about articles on record" in html
    assert "someone@example.org" not in html


def test_the_download_holds_each_follow_and_its_consent_record(client, mira):
    response = client.get(mira + "download/")
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "mira@example.org"
    assert [f["follows"] for f in data["follows"]] == [
        "New articles on Sleep",
        "Every new article on Wellness",
    ]
    first = data["follows"][0]
    assert first["form_version"] and "We do not track" in first["form_text"]
    assert first["asked_on_page"] == "/articles/naps/" and first["confirmed_at"]
    assert data["emails"][0]["subject"] == "Naps that help"


def test_erasing_deletes_the_follows_the_emails_and_the_address(client, mira):
    response = client.post(mira + "erase/")
    assert "Your data is erased" in response.content.decode()
    assert not Follow.objects.filter(email="mira@example.org").exists()
    assert not Email.objects.filter(recipient="mira@example.org").exists()
    assert not Address.objects.filter(email="mira@example.org").exists()
    assert Follow.objects.filter(email="someone@example.org").exists()
    again = client.post(mira + "erase/")
    assert "There was nothing left to erase" in again.content.decode()


def test_a_get_erases_nothing(client, mira):
    assert client.get(mira + "erase/").status_code == 405
    assert Follow.objects.filter(email="mira@example.org").count() == 2


def test_an_expired_data_link_is_refused_clearly(client, settings, mira):
    settings.NOTIFY_DATA_LINK_MAX_AGE = 1
    time.sleep(2)
    for response in (
        client.get(mira),
        client.get(mira + "download/"),
        client.post(mira + "erase/"),
    ):
        assert response.status_code == 410
        assert "This link has expired" in response.content.decode()
        assert "new link to your data" in response.content.decode()
    assert Follow.objects.filter(email="mira@example.org").count() == 2


def test_a_forged_or_edited_data_link_is_refused(client, mira):
    token = signing.dumps(
        {"e": "mira@example.org"}, salt="notifications.unsubscribe", compress=True
    )
    unsubscribe_token = f"/email/your-data/{token}/"  # another kind of link is no key here
    for link in (mira[:-8] + "abcdefg/", unsubscribe_token, "/email/your-data/nonsense/"):
        for response in (client.get(link), client.post(link + "erase/")):
            assert response.status_code == 400
            assert "This link is not valid" in response.content.decode()
    assert Follow.objects.filter(email="mira@example.org").count() == 2
