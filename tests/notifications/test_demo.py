"""The demo has a conversation whose reply is emailed to the commenter who asked for it."""

import io

import pytest
from django.core.management import call_command

from notifications.models import Email, Follow

from .conftest import run_email_tasks


@pytest.fixture
def demo(db, settings, no_delay):
    settings.DEBUG = True
    call_command("load_demo_content", stdout=io.StringIO())


def test_the_demo_emails_lena_the_reply_to_her_comment_once(demo, mailoutbox):
    run_email_tasks()
    [message] = [m for m in mailoutbox if m.to == ["lena@example.org"]]
    assert message.subject.startswith("Maya Lindqvist replied to your comment on")
    assert "many people feel sleepy" in message.body
    assert "That's reassuring" not in message.body  # Lena's own reply is not told to her
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    call_command("load_demo_content", stdout=io.StringIO())  # idempotent: nothing new
    run_email_tasks()
    assert Email.objects.count() == 1 and len(mailoutbox) == 1


def test_the_demo_has_a_few_followers_and_emails_none_of_its_archive(demo, mailoutbox):
    run_email_tasks()
    assert Follow.objects.filter(confirmed_at__isnull=False).count() == 3
    assert Follow.objects.filter(confirmed_at=None).count() == 1
    assert not Email.objects.filter(kind="article").exists()
    call_command("load_demo_content", stdout=io.StringIO())  # idempotent: no second follow
    assert Follow.objects.count() == 4
