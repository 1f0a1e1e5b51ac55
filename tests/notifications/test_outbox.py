"""The outbox: each email once, sent by the worker, retried after a temporary failure, given up
on a permanent one, and never sent to an address that has not confirmed."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from notifications import outbox
from notifications.models import Address, Email

from .conftest import run_email_tasks


@pytest.fixture
def confirmed(db):
    return Address.objects.create(email="lena@example.org", confirmed_at=timezone.now())


def queue_hello(reason="hello-1", recipient="lena@example.org"):
    return outbox.queue(recipient, "replies", reason, subject="Hello", text="Hello, Lena.")


def test_nothing_is_sent_in_the_request_the_worker_sends_it(smtp, confirmed):
    queue_hello()
    assert smtp.messages == []
    assert run_email_tasks() == 1
    [message] = smtp.to("lena@example.org")
    assert message["Subject"] == "Hello"
    assert message.get_content().strip() == "Hello, Lena."
    assert Email.objects.get().status == "sent"


def test_the_same_recipient_what_and_why_is_queued_and_sent_once(smtp, confirmed):
    assert queue_hello() is not None
    assert queue_hello() is None
    assert queue_hello(recipient="LENA@example.org ") is None  # the same address
    run_email_tasks()
    assert len(smtp.to("lena@example.org")) == 1
    assert Email.objects.count() == 1


def test_running_a_delivery_again_after_it_was_sent_sends_nothing(smtp, confirmed):
    from notifications.tasks import deliver

    email = queue_hello()
    run_email_tasks()
    assert deliver.call(email.pk) == "sent"
    assert len(smtp.messages) == 1


def test_nothing_but_a_confirmation_link_goes_to_an_unconfirmed_address(smtp, db):
    Address.objects.create(email="new@example.org")
    assert queue_hello(recipient="new@example.org") is None
    assert queue_hello(recipient="nobody-asked@example.org") is None
    assert outbox.queue("new@example.org", "confirm", "hour-1", "Confirm", "Link") is not None
    run_email_tasks()
    assert [str(m["Subject"]).strip() for _, m in smtp.messages] == ["Confirm"]


def test_a_temporary_failure_is_retried_later_then_sent_once(smtp, confirmed):
    smtp.refuse["lena@example.org"] = "451 4.3.0 Try again later"
    email = queue_hello()
    before = timezone.now()
    run_email_tasks()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("queued", 1)
    assert "451" in email.last_error
    assert email.next_attempt_at >= before + datetime.timedelta(seconds=60)
    assert run_email_tasks() == 0  # the retry is not due yet
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after == email.next_attempt_at

    del smtp.refuse["lena@example.org"]
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # time passes
    assert run_email_tasks() == 1
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 2)
    assert len(smtp.to("lena@example.org")) == 1


def test_a_mail_server_that_does_not_answer_is_retried(settings, confirmed):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 18099, 2
    email = queue_hello()
    run_email_tasks()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("queued", 1)
    assert email.next_attempt_at is not None


def test_a_temporary_failure_is_given_up_after_the_last_retry(smtp, settings, confirmed):
    settings.EMAIL_RETRY_DELAYS = [0, 0]
    smtp.refuse["lena@example.org"] = "452 4.2.2 Mailbox full"
    email = queue_hello()
    assert run_email_tasks() == 3  # the first attempt and two retries
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", 3)
    assert Address.objects.get(email="lena@example.org").suppressed_at is None


def test_a_permanent_refusal_stops_all_sending_to_that_address(smtp, confirmed):
    smtp.refuse["lena@example.org"] = "550 5.1.1 No such user"
    email = queue_hello()
    run_email_tasks()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", 1)
    confirmed.refresh_from_db()
    assert confirmed.suppressed_at is not None and "550" in confirmed.suppressed_reason
    assert run_email_tasks() == 0  # no retry

    del smtp.refuse["lena@example.org"]
    assert queue_hello("hello-2") is None
    assert smtp.messages == []


def test_an_email_queued_before_the_address_withdrew_is_withheld(smtp, confirmed):
    email = queue_hello()
    Address.objects.filter(pk=confirmed.pk).update(unsubscribed_at=timezone.now())
    run_email_tasks()
    email.refresh_from_db()
    assert email.status == "withheld"
    assert smtp.messages == []


def test_an_email_left_by_a_killed_worker_is_sent_once_after_requeue(smtp, confirmed):
    import io

    from django.core.management import call_command

    email = queue_hello()
    # A worker claimed the task and died mid-send: its task stays claimed, the email queued.
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now())
    assert run_email_tasks() == 0
    call_command("requeue_email", stdout=io.StringIO())
    call_command("requeue_email", stdout=io.StringIO())  # twice: still one email
    assert run_email_tasks() == 2
    email.refresh_from_db()
    assert email.status == "sent"
    assert len(smtp.to("lena@example.org")) == 1
