"""A commenter asks for their comments and data by email: a signed, expiring link to a
download (readable HTML and JSON) or to their erasure (as `erase_commenter --delete` does)."""

import json
import re

import pytest
from django.core import signing
from django.test import Client

from comments import commenter_data
from comments.models import Comment
from notifications.models import ReplySubscription
from notifications.replies import subscribe_confirmed
from wellness.factories import CommentFactory

from .conftest import run_email_tasks

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def article(tree):
    return tree.article(title="Sleep and recovery")


@pytest.fixture
def lena(article):
    comment = CommentFactory(
        page=article, name="Lena", email="Lena@example.org", body="I sleep better now."
    )
    CommentFactory(page=article, name="Lena", email="lena@example.org", body="Second thought.")
    return comment


def ask(client, email, action="download"):
    return client.post("/comments/my-data/", {"email": email, "action": action})


def emailed_link(smtp, address="lena@example.org") -> str:
    run_email_tasks()
    (message,) = smtp.to(address)
    url = re.search(r"https?://\S+/comments/my-data/\S+/", message.get_content()).group(0)
    return url.removeprefix("http://testserver")


def test_asking_sends_a_link_to_the_address_and_nowhere_else(client, smtp, lena):
    response = ask(client, "LENA@example.org")
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    assert smtp.messages == []  # sent by the worker, not in the request
    link = emailed_link(smtp)
    assert link.startswith("/comments/my-data/")


def test_the_link_shows_every_comment_and_downloads_them_as_json(client, smtp, lena):
    ask(client, "lena@example.org")
    link = emailed_link(smtp)
    page = Client().get(link)
    html = page.content.decode()
    assert page.status_code == 200
    assert "I sleep better now." in html and "Second thought." in html
    assert "Sleep and recovery" in html
    download = Client().get(link + "?format=json")
    assert download["Content-Disposition"] == 'attachment; filename="my-comments.json"'
    data = json.loads(download.content)
    assert {row["body"] for row in data["comments"]} == {"I sleep better now.", "Second thought."}
    assert data["comments"][0]["email"] == "Lena@example.org"
    assert "reply_subscriptions" in data


def test_the_download_lists_reply_subscriptions(client, smtp, lena):
    subscribe_confirmed(lena)
    ask(client, "lena@example.org")
    data = json.loads(Client().get(emailed_link(smtp) + "?format=json").content)
    assert data["reply_subscriptions"][0]["comment"] == lena.pk


def test_the_erasure_link_asks_first_then_erases_as_erase_commenter_delete(
    client, smtp, article, lena
):
    reply = CommentFactory(page=article, parent=lena, depth=2, body="Glad to hear it!")
    subscribe_confirmed(lena)
    ask(client, "lena@example.org", action="erase")
    link = emailed_link(smtp)
    page = Client().get(link)
    assert "Erase my comments" in page.content.decode()
    assert Comment.objects.filter(email__iexact="lena@example.org").count() == 2  # GET: nothing
    done = Client().post(link)
    assert "Your comments were erased" in done.content.decode()
    assert not Comment.objects.filter(email__iexact="lena@example.org").exists()
    lena.refresh_from_db()  # kept, anonymised, for the reply by someone else
    assert lena.name == "Anonymous" and lena.body.startswith("This comment was removed")
    assert Comment.objects.filter(pk=reply.pk).exists()
    assert not ReplySubscription.objects.exists()
    html = Client().get(article.url).content.decode()
    assert "Glad to hear it!" in html and "I sleep better now." not in html


# Bad input


def test_an_address_without_comments_gets_the_same_answer_and_no_email(client, smtp, lena):
    response = ask(client, "nobody@example.org")
    assert "Check your email" in response.content.decode()
    run_email_tasks()
    assert smtp.messages == []


def test_a_bad_address_is_refused_with_a_message(client, db):
    response = ask(client, "not an address")
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode()


def test_asking_again_within_the_hour_sends_one_email(client, smtp, lena):
    ask(client, "lena@example.org")
    ask(client, "lena@example.org")
    run_email_tasks()
    assert len(smtp.to("lena@example.org")) == 1


def test_a_changed_link_is_refused(client, db):
    token = signing.dumps({"e": "lena@example.org", "a": "download"}, salt="another salt")
    response = client.get(f"/comments/my-data/{token}/")
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()


def test_an_expired_link_says_so_and_erases_nothing(client, lena, settings):
    link = commenter_data.link_path("lena@example.org", "erase")
    settings.COMMENTER_DATA_LINK_MAX_AGE = -1
    response = client.post(link)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Comment.objects.filter(email__iexact="lena@example.org").count() == 2


def test_the_comment_form_says_where_to_ask(client, article):
    html = client.get(article.url).content.decode()
    assert 'href="/comments/my-data/">Get a copy of your comments, or have them erased</a>' in html


def test_deleting_one_comment_keeps_reply_subscriptions_on_the_others(lena):
    from comments.erasure import erase

    other = Comment.objects.get(body="Second thought.")
    subscribe_confirmed(lena)
    subscribe_confirmed(other)
    erase([lena], delete=True)  # a commenter's own delete of one comment
    assert list(ReplySubscription.objects.values_list("comment_id", flat=True)) == [other.pk]
