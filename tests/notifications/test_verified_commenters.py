"""Verified commenters: the first request for email sends a confirmation link (double opt-in),
rate-limited; following it confirms the address and gives the browser a token that "hold
first-time commenters" trusts, never a typed address."""

import re
import time

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from comments.models import Comment
from comments.moderation import moderate
from comments.verified import VERIFIED_COOKIE
from notifications import addresses, links
from notifications.models import Address, Email, ReplySubscription
from tests.comments.posting import post_comment

from .conftest import run_email_tasks

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def article(tree):
    return tree.article(title="Sleep and recovery")


def confirmation_link(message) -> str:
    url = re.search(r"https?://\S+/email/confirm/\S+/", message.get_content()).group(0)
    return url.removeprefix("http://testserver")


def test_asking_for_replies_sends_only_a_confirmation_link(client, smtp, article):
    response = post_comment(client, article, notify="on")
    assert response.status_code == 303
    assert ReplySubscription.objects.get().email == "lena@example.org"
    assert smtp.messages == []  # not in the request
    run_email_tasks()
    [message] = smtp.to("lena@example.org")
    assert str(message["Subject"]).strip() == "Confirm your email address for Wellness"
    assert "If it was not you, ignore this email" in message.get_content()
    assert Address.objects.get().confirmed_at is None


def test_without_the_box_ticked_nothing_is_sent_or_stored(client, smtp, article):
    post_comment(client, article)
    run_email_tasks()
    assert smtp.messages == []
    assert not ReplySubscription.objects.exists() and not Address.objects.exists()


def test_following_the_link_asks_first_then_confirms_and_gives_the_browser_a_token(
    client, smtp, article
):
    post_comment(client, article, notify="on")
    run_email_tasks()
    link = confirmation_link(smtp.to("lena@example.org")[0])

    reader = Client()
    page = reader.get(link)  # what a mail scanner fetching links does: nothing
    assert page.status_code == 200 and "Confirm your email address" in page.content.decode()
    assert Address.objects.get().confirmed_at is None

    confirmed = reader.post(link)
    assert confirmed.status_code == 200 and "Address confirmed" in confirmed.content.decode()
    assert Address.objects.get().confirmed_at is not None
    cookie = confirmed.cookies[VERIFIED_COOKIE]
    assert cookie["path"] == "/comments/" and cookie["httponly"]
    assert reader.post(link).status_code == 200  # twice: still confirmed, no error


def test_asking_again_within_the_hour_sends_no_second_link(client, smtp, article):
    post_comment(client, article, notify="on", body="First question.")
    post_comment(client, article, notify="on", body="Second question.")
    run_email_tasks()
    assert len(smtp.to("lena@example.org")) == 1
    assert ReplySubscription.objects.count() == 2


def test_a_confirmed_address_gets_no_further_link(client, smtp, article):
    Address.objects.create(email="lena@example.org", confirmed_at=timezone.now())
    post_comment(client, article, notify="on")
    run_email_tasks()
    assert smtp.messages == []


def test_links_to_one_address_are_limited_per_day(smtp, settings, monkeypatch, db):
    settings.NOTIFY_CONFIRM_RATE_PER_ADDRESS = (2, 24 * 3600)
    now = time.time() // (24 * 3600) * (24 * 3600) + 3600  # early in a day
    sent = []
    for hour in range(4):
        monkeypatch.setattr(addresses, "clock", lambda hour=hour: now + hour * 3600)
        sent.append(addresses.ask_to_confirm("lena@example.org", f"192.0.2.{hour}") is not None)
    assert sent == [True, True, False, False]


def test_links_asked_from_one_ip_are_limited(smtp, settings, db):
    settings.NOTIFY_CONFIRM_RATE_PER_IP = (2, 3600)
    sent = [
        addresses.ask_to_confirm(f"reader{n}@example.org", "198.51.100.7") is not None
        for n in range(4)
    ]
    assert sent == [True, True, False, False]
    assert addresses.ask_to_confirm("reader9@example.org", "198.51.100.8") is not None


@pytest.mark.parametrize(
    "email", ["not-an-address", "lena@", "lena@example.org\nBcc: everyone@example.org"]
)
def test_an_invalid_address_is_refused_and_nothing_is_queued(client, smtp, article, email):
    response = post_comment(client, article, notify="on", email=email)
    assert response.status_code == 400
    assert not Email.objects.exists() and not Address.objects.exists()


def test_an_expired_link_is_refused(client, settings, db):
    link = links.confirm_url("lena@example.org").removeprefix("http://testserver")
    settings.NOTIFY_CONFIRM_MAX_AGE = -1
    response = client.post(link)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert not Address.objects.filter(confirmed_at__isnull=False).exists()


def test_a_forged_or_altered_link_is_refused(client, db):
    forged = signing.dumps({"e": "victim@example.org"}, key="not-the-site-key")
    real = links.confirm_url("lena@example.org").removeprefix("http://testserver")
    altered = real.replace("/confirm/", "/confirm/x")
    unsubscribe_as_confirm = links.unsubscribe_url("lena@example.org").replace(
        "/unsubscribe/", "/confirm/"
    )
    for link in (f"/email/confirm/{forged}/", altered, unsubscribe_as_confirm):
        response = client.post(link.removeprefix("http://testserver"))
        assert response.status_code == 400, link
        assert "This link is not valid" in response.content.decode()
    assert not Address.objects.exists()


def browser_with_token(email: str) -> Client:
    """A browser that followed the confirmation link for `email`."""
    browser = Client()
    link = links.confirm_url(email).removeprefix("http://testserver")
    browser.post(link)
    return browser


def approved_commenter(article):
    post_comment(Client(), article, body="My first comment here.")
    moderate([Comment.objects.get(body="My first comment here.")], "approved")


def test_a_confirmed_commenter_is_published_from_a_new_browser(article):
    approved_commenter(article)
    post_comment(browser_with_token("lena@example.org"), article, body="From my phone.")
    assert Comment.objects.get(body="From my phone.").status == "approved"


def test_typing_an_approved_address_without_its_token_is_held(article):
    approved_commenter(article)
    post_comment(Client(), article, body="Pretending to be Lena.")
    assert Comment.objects.get(body="Pretending to be Lena.").status == "pending"


def test_a_token_for_another_address_or_a_forged_one_is_not_trusted(article):
    approved_commenter(article)
    post_comment(browser_with_token("max@example.org"), article, body="Max posing as Lena.")
    forger = Client()
    forger.cookies[VERIFIED_COOKIE] = "lena@example.org"  # unsigned
    post_comment(forger, article, body="A forged token.")
    assert Comment.objects.get(body="Max posing as Lena.").status == "pending"
    assert Comment.objects.get(body="A forged token.").status == "pending"


def test_a_token_alone_does_not_publish_a_first_time_commenter(article):
    post_comment(browser_with_token("lena@example.org"), article, body="My first words.")
    assert Comment.objects.get(body="My first words.").status == "pending"


def test_when_the_cache_cannot_count_the_limit_follows_ratelimit_fail_open(
    smtp, settings, monkeypatch, db
):
    """django-redis answers None instead of raising when Redis is down (IGNORE_EXCEPTIONS)."""
    monkeypatch.setattr(addresses.cache, "incr", lambda key: None)
    settings.RATELIMIT_FAIL_OPEN = False
    assert addresses.ask_to_confirm("lena@example.org", "192.0.2.1") is None
    settings.RATELIMIT_FAIL_OPEN = True
    assert addresses.ask_to_confirm("lena@example.org", "192.0.2.1") is not None
