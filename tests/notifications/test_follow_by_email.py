"""Follow by email: a form on every article, topic and author page (plain HTML, no script),
double opt-in per subscription, a consent record for each, and the bad inputs refused."""

import time

import pytest
from django.core import signing
from django.utils import timezone

from notifications import links
from notifications.follows import FORM_TEXT, FORM_VERSION
from notifications.models import Address, Email, Follow

from .conftest import run_email_tasks
from .following import link_in, sign_up

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def sleep_topic(tree):
    return tree.topic(title="Sleep")


@pytest.fixture
def author(tree):
    return tree.author(title="Maya Lindqvist")


@pytest.fixture
def article(tree, sleep_topic, author):
    return tree.article(title="Naps that help", topics=[sleep_topic], authors=[author])


def form_of(client, page) -> str:
    html = client.get(page.url).content.decode()
    start = html.index('<section class="follow"')
    return html[start : html.index("</section>", start)]


def test_an_article_offers_the_site_its_topics_and_its_authors(
    client, article, sleep_topic, author
):
    form = form_of(client, article)
    assert "Every new article on Wellness" in form
    assert f'value="topic-{sleep_topic.pk}"' in form and "New articles on Sleep" in form
    assert f'value="author-{author.pk}"' in form and "New articles by Maya Lindqvist" in form
    assert 'action="/email/follow/"' in form and 'method="post"' in form
    assert "<script" not in form and "csrfmiddlewaretoken" not in form  # cacheable, no JS
    assert FORM_TEXT in form
    assert "<legend>How often</legend>" in form and "<legend>What to follow</legend>" in form


def test_a_topic_page_and_an_author_page_offer_themselves(client, sleep_topic, author, article):
    topic_form = form_of(client, sleep_topic)
    assert f'value="topic-{sleep_topic.pk}" id' in topic_form and " checked" in topic_form
    assert f'value="author-{author.pk}"' in form_of(client, author)


def test_signing_up_sends_only_a_confirmation_then_confirming_records_consent(
    client, smtp, article, sleep_topic
):
    response = sign_up(client, article, target=f"topic-{sleep_topic.pk}", frequency="weekly")
    assert response.status_code == 303 and response["Location"] == "/email/follow/check-your-inbox/"
    assert "Check your inbox" in client.get(response["Location"]).content.decode()
    assert smtp.messages == []  # never in the request
    follow = Follow.objects.get()
    assert (follow.email, follow.target_name, follow.frequency) == (
        "mira@example.org",
        "New articles on Sleep",
        "weekly",
    )
    assert follow.source_url == article.url_path and follow.source_page_id == article.pk
    assert (follow.consent.version, follow.consent.text) == (FORM_VERSION, FORM_TEXT)
    assert follow.confirmed_at is None

    run_email_tasks()
    [message] = smtp.to("mira@example.org")
    assert "New articles on Sleep" in message.get_content()
    link = link_in(message, "/email/follow/confirm/")
    page = client.get(link)
    assert "Confirm your subscription" in page.content.decode()
    Follow.objects.get(confirmed_at=None)  # a GET (a mail scanner) confirms nothing
    assert "You are subscribed" in client.post(link).content.decode()
    follow.refresh_from_db()
    assert follow.confirmed_at is not None and Address.objects.get().confirmed_at is not None


def test_a_confirmed_address_still_confirms_each_new_subscription(client, smtp, article, author):
    Address.objects.create(email="mira@example.org", confirmed_at=timezone.now())
    sign_up(client, article, target=f"author-{author.pk}")
    run_email_tasks()
    assert Follow.objects.get().confirmed_at is None
    assert len(smtp.to("mira@example.org")) == 1  # the link, and nothing else


def test_signing_up_again_sends_no_second_link_within_the_hour_and_keeps_one_follow(
    client, smtp, article
):
    sign_up(client, article)
    sign_up(client, article, email=" Mira@Example.org ")
    run_email_tasks()
    assert Follow.objects.count() == 1 and len(smtp.to("mira@example.org")) == 1


def test_signing_up_again_once_confirmed_changes_nothing_and_says_the_same(client, smtp, article):
    sign_up(client, article)
    run_email_tasks()
    client.post(link_in(smtp.to("mira@example.org")[0], "/email/follow/confirm/"))
    response = sign_up(client, article, frequency="weekly")
    assert response.status_code == 303 and response["Location"].endswith("check-your-inbox/")
    run_email_tasks()
    follow = Follow.objects.get()
    assert follow.frequency == "instant" and len(smtp.to("mira@example.org")) == 1


@pytest.mark.parametrize(
    "email, error",
    [
        ("", "Enter your email address."),
        ("not-an-address", "Enter an email address like name@example.com."),
        ("mira@example", "Enter an email address like name@example.com."),
        ("someone@mailinator.com", "disposable mail service"),
        ("someone@eu.yopmail.com", "disposable mail service"),
    ],
)
def test_invalid_and_disposable_addresses_are_refused_with_the_form_again(
    client, smtp, article, email, error
):
    response = sign_up(client, article, email=email)
    assert response.status_code == 400
    html = response.content.decode()
    assert error in html and 'aria-invalid="true"' in html
    assert f'value="{email}"' in html  # the reader's text is kept
    run_email_tasks()
    assert not Follow.objects.exists() and not Email.objects.exists()


@pytest.mark.parametrize("target", ["", "topic-999999", "author-x", "everything", "page-1"])
def test_something_that_cannot_be_followed_is_refused(client, article, target):
    response = sign_up(client, article, target=target)
    assert response.status_code == 400
    assert "Choose what to follow." in response.content.decode()
    assert not Follow.objects.exists()


def test_an_unpublished_topic_cannot_be_followed(client, article, sleep_topic):
    sleep_topic.unpublish()
    assert sign_up(client, article, target=f"topic-{sleep_topic.pk}").status_code == 400


def test_a_post_from_another_site_is_refused(client, article):
    response = sign_up(client, article, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    assert "another website" in response.content.decode()
    assert not Follow.objects.exists()


def test_a_robot_filling_the_hidden_field_is_told_nothing_and_sent_nothing(client, smtp, article):
    response = sign_up(client, article, website="http://spam.example")
    assert response.status_code == 303
    run_email_tasks()
    assert not Follow.objects.exists() and smtp.messages == []


def test_an_expired_confirmation_link_is_refused_with_a_way_forward(client, settings, article):
    sign_up(client, article)
    follow = Follow.objects.get()
    link = links.follow_confirm_url(follow.email, follow.pk).removeprefix("http://testserver")
    settings.NOTIFY_CONFIRM_MAX_AGE = 1
    time.sleep(2)
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert "This link has expired" in response.content.decode()
        assert "Sign up again" in response.content.decode()
    assert Follow.objects.get().confirmed_at is None


def test_a_forged_or_altered_confirmation_link_is_refused(client, article):
    sign_up(client, article)
    follow = Follow.objects.get()
    real = links.follow_confirm_url(follow.email, follow.pk).removeprefix("http://testserver")
    forged = signing.dumps({"e": follow.email, "f": follow.pk}, salt="another", compress=True)
    reply_link = links.confirm_url(follow.email).removeprefix("http://testserver")
    for link in (
        real[:-6] + "xxxxx/",
        f"/email/follow/confirm/{forged}/",
        reply_link.replace("/email/confirm/", "/email/follow/confirm/"),
    ):
        response = client.post(link)
        assert response.status_code == 400
        assert "This link is not valid" in response.content.decode()
    assert Follow.objects.get().confirmed_at is None


def test_a_link_to_a_withdrawn_subscription_confirms_nothing(client, smtp, article):
    sign_up(client, article)
    run_email_tasks()
    link = link_in(smtp.to("mira@example.org")[0], "/email/follow/confirm/")
    Follow.objects.update(withdrawn_at=timezone.now())
    response = client.post(link)
    assert response.status_code == 410 and "withdrawn" in response.content.decode()
    assert Follow.objects.get().confirmed_at is None
