"""Reply notifications: a commenter who ticked "Email me when someone replies" and confirmed the
address gets one email when replies to their comment become visible, with the replies, links
to them and one-click unsubscribe (RFC 8058); nothing for pending, spam or their own replies."""

import re

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from comments.models import Comment
from comments.moderation import moderate
from notifications.models import Address, Email, ReplySubscription
from tests.comments.posting import post_comment

from .conftest import run_email_tasks

pytestmark = pytest.mark.usefixtures("no_timer", "no_delay")

LENA = "lena@example.org"


@pytest.fixture
def article(tree):
    return tree.article(title="Sleep and recovery")


def path_of(url: str) -> str:
    return url.removeprefix("http://testserver")


def header(message, name: str) -> str:
    """A header as a mail client shows it (a long one is folded onto the next line)."""
    return str(message[name]).strip()


def links_in(text: str) -> list[str]:
    return re.findall(r"http://testserver/\S+", text)


@pytest.fixture
def lena(article, smtp):
    """Lena asked for replies on her comment, confirmed her address, and was approved."""
    browser = Client()
    post_comment(browser, article, notify="on", body="Does magnesium help with sleep?")
    run_email_tasks()
    [confirmation] = smtp.to(LENA)
    [link] = [url for url in links_in(confirmation.get_content()) if "/confirm/" in url]
    assert browser.post(path_of(link)).status_code == 200
    comment = Comment.objects.get(email=LENA)
    moderate([comment], "approved")
    smtp.messages.clear()
    return comment


def reply(article, parent, name="Max Becker", email="max@example.org", body="It did for me."):
    post_comment(Client(), article, name=name, email=email, body=body, parent=parent.pk)
    return Comment.objects.get(body=body)


def test_the_checkbox_is_off_by_default_and_the_same_on_every_page(client, tree, article, settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600  # the blank form's fields are kept once for the site
    other = tree.article(title="Another article")
    boxes = []
    for page in (article, other):
        html = client.get(page.url).content.decode()
        [box] = re.findall(r'<input[^>]*name="notify"[^>]*>', html)
        boxes.append(box)
        assert "Email me when someone replies" in html
    assert boxes[0] == boxes[1]
    assert "checked" not in boxes[0]


def test_a_visible_reply_is_emailed_once_with_its_text_link_and_unsubscribe_headers(
    article, lena, smtp
):
    answer = reply(article, lena)
    assert answer.status == "pending"  # a first-time replier is held
    run_email_tasks()
    assert smtp.messages == []  # nothing for a pending reply

    moderate([answer], "approved")
    run_email_tasks()
    [message] = smtp.to(LENA)
    assert (
        header(message, "Subject") == "Max Becker replied to your comment on “Sleep and recovery”"
    )
    text = message.get_body(("plain",)).get_content()
    assert "Max Becker wrote:" in text and "It did for me." in text
    html = message.get_body(("html",)).get_content()
    assert "It did for me." in html and "<img" not in html  # no tracking pixel

    [reply_link] = [url for url in links_in(text) if f"#comment-{answer.pk}" in url]
    page = Client().get(path_of(reply_link.partition("#")[0]))
    assert f'id="comment-{answer.pk}"' in page.content.decode()
    assert "It did for me." in page.content.decode()

    unsubscribe = re.fullmatch(
        r"<(http://testserver/email/unsubscribe/\S+/)>", header(message, "List-Unsubscribe")
    ).group(1)
    assert header(message, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    assert unsubscribe in text  # "stop all emails" in the body too

    # A second run of the worker, or the same reply approved again, sends nothing more.
    moderate([answer], "approved")
    run_email_tasks()
    assert len(smtp.to(LENA)) == 1


def test_one_click_unsubscribe_stops_everything_and_twice_is_harmless(article, lena, smtp):
    moderate([reply(article, lena)], "approved")
    run_email_tasks()
    [message] = smtp.to(LENA)
    unsubscribe = path_of(header(message, "List-Unsubscribe").strip("<>"))

    provider = Client()  # the reader's mail provider: a POST, no cookie, no CSRF token
    response = provider.post(
        unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200 and "You are unsubscribed" in response.content.decode()
    assert Address.objects.get(email=LENA).unsubscribed_at is not None
    again = provider.post(unsubscribe)
    assert again.status_code == 200
    assert "You were already unsubscribed" in again.content.decode()

    moderate([reply(article, lena, body="Try a warm bath too.")], "approved")
    run_email_tasks()
    assert len(smtp.to(LENA)) == 1


def test_unsubscribing_from_a_conversation_keeps_the_others(article, lena, smtp):
    moderate([reply(article, lena)], "approved")
    run_email_tasks()
    text = smtp.to(LENA)[0].get_body(("plain",)).get_content()
    everything = header(smtp.to(LENA)[0], "List-Unsubscribe").strip("<>")
    [conversation] = [url for url in links_in(text) if "/unsubscribe/" in url and url != everything]
    page = Client().get(path_of(conversation))  # a link opened: asks, changes nothing
    assert "Sleep and recovery" in page.content.decode()
    assert ReplySubscription.objects.get(comment=lena).active
    assert Client().post(path_of(conversation)).status_code == 200
    assert not ReplySubscription.objects.get(comment=lena).active

    other = tree_comment(article, body="Another question, about naps.")
    ReplySubscription.objects.create(comment=other, email=LENA)
    moderate([reply(article, lena, body="No more about magnesium.")], "approved")
    moderate([reply(article, other, body="Naps are fine.")], "approved")
    run_email_tasks()
    [_, about_naps] = smtp.to(LENA)  # one more email: the other conversation's
    text = about_naps.get_body(("plain",)).get_content()
    assert "Naps are fine." in text and "No more about magnesium." not in text


def tree_comment(article, body):
    from wellness.factories import CommentFactory

    return CommentFactory(page=article, name="Lena Hartmann", email=LENA, body=body)


def test_a_burst_of_replies_is_one_email(article, lena, smtp, settings):
    settings.NOTIFY_REPLY_DELAY_SECONDS = 300
    first = reply(article, lena, body="It did for me.")
    moderate([first], "approved")
    assert run_email_tasks() == 0  # gathering replies for five minutes
    second = reply(article, lena, name="Ana Ruiz", email="ana@example.org", body="Not for me.")
    moderate([second], "approved")
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())  # time passes
    run_email_tasks()
    [message] = smtp.to(LENA)
    assert header(message, "Subject") == "2 new replies to your comment on “Sleep and recovery”"
    text = message.get_body(("plain",)).get_content()
    assert "It did for me." in text and "Not for me." in text
    assert Email.objects.filter(kind="replies").count() == 1


def test_nothing_for_spam_or_pending_replies(article, lena, smtp):
    pending = reply(article, lena, body="Still waiting for a moderator.")
    spam = reply(article, lena, name="Cheap Pills", email="pills@example.net", body="Buy now.")
    moderate([spam], "spam")
    run_email_tasks()
    assert Comment.objects.get(pk=pending.pk).status == "pending"
    assert smtp.messages == []


def test_nothing_to_the_commenter_about_their_own_reply(article, lena, smtp):
    own = reply(article, lena, name="Lena Hartmann", email="LENA@example.org", body="Update: yes.")
    moderate([own], "approved")
    run_email_tasks()
    assert smtp.messages == []


def test_an_unconfirmed_commenter_gets_the_link_and_nothing_else(article, smtp):
    post_comment(Client(), article, notify="on", email="new@example.org", body="Hello there.")
    comment = Comment.objects.get(body="Hello there.")
    moderate([comment], "approved")
    moderate([reply(article, comment)], "approved")
    run_email_tasks()
    assert [header(m, "Subject") for m in smtp.to("new@example.org")] == [
        "Confirm your email address for Wellness"
    ]


def test_a_reply_published_when_posted_is_emailed_too(article, lena, smtp):
    earlier = reply(article, lena, body="It did for me.")
    moderate([earlier], "approved")  # Max is now an approved commenter
    run_email_tasks()
    smtp.messages.clear()
    max_browser = Client()
    post_comment(
        max_browser, article, name="Max Becker", email="max@example.org", body="An earlier note."
    )
    moderate([Comment.objects.get(body="An earlier note.")], "approved")
    post_comment(
        max_browser,
        article,
        name="Max Becker",
        email="max@example.org",
        body="And one more thing.",
        parent=lena.pk,
    )
    assert Comment.objects.get(body="And one more thing.").status == "approved"
    run_email_tasks()
    [message] = smtp.to(LENA)
    assert "And one more thing." in message.get_body(("plain",)).get_content()


def test_a_forged_or_altered_unsubscribe_link_changes_nothing(article, lena, smtp):
    from django.core import signing

    forged = signing.dumps({"e": LENA}, key="not-the-site-key")
    moderate([reply(article, lena)], "approved")
    run_email_tasks()
    real = path_of(header(smtp.to(LENA)[0], "List-Unsubscribe").strip("<>"))
    for link in (f"/email/unsubscribe/{forged}/", real.replace("/unsubscribe/", "/unsubscribe/A")):
        response = Client().post(link)
        assert response.status_code == 400
        assert "This link is not valid" in response.content.decode()
    assert Address.objects.get(email=LENA).unsubscribed_at is None
    assert ReplySubscription.objects.get(comment=lena).active


def test_a_reply_approved_in_the_admin_edit_form_is_emailed(article, lena, smtp):
    answer = reply(article, lena)
    answer.status = "approved"  # what the snippet edit form does: a plain save
    answer.save()
    run_email_tasks()
    [message] = smtp.to(LENA)
    assert "It did for me." in message.get_body(("plain",)).get_content()
