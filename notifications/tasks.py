"""The background tasks (django-tasks, "email" backend): sending, and gathering replies.

`deliver` sends one outbox row. It holds the row locked while it talks to the mail server,
so two workers never send the same row, and it records the outcome in the same transaction:
- sent: done; a later run of the same task finds it sent and does nothing;
- a temporary failure (connection refused or dropped, a 4xx answer): tried again later, after
  EMAIL_RETRY_DELAYS (a new task with `run_after`), then given up;
- a permanent refusal of the recipient (5xx): given up, and the address is suppressed:
  nothing more is sent to it.
A worker killed mid-send leaves the row queued and its task claimed for ever; `manage.py
requeue_email` (run before each worker starts) queues it again. Sending it again is the one
way an email may go twice (the mail server took it, the database never heard of it), the
at-least-once window every SMTP client has.

`notify_replies` gathers the visible replies to one comment that its commenter has not been
told about into one email; it runs NOTIFY_REPLY_DELAY_SECONDS after a reply becomes visible,
so a burst of replies becomes one email.

`announce` queues a new article's emails to its instant followers (announcements.py);
`weekly_digest` queues the week's emails to weekly followers and queues itself for the next
Monday (digest.py). Both are idempotent: each email's key holds the article or the week.
"""

import datetime
import hashlib
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from . import outbox
from .models import Address, Email, EmailStatus

logger = logging.getLogger(__name__)


class PermanentFailure(Exception):
    def __init__(self, message: str, recipient_refused: bool):
        super().__init__(message)
        self.recipient_refused = recipient_refused


def classify(error: Exception) -> PermanentFailure | None:
    """A permanent failure (5xx), or None for one worth retrying."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        if codes and all(code >= 500 for code in codes):
            return PermanentFailure(f"recipient refused: {error.recipients}", True)
        return None
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500:
        return PermanentFailure(f"{error.smtp_code} {error.smtp_error!r}", False)
    return None


def send_now(email: Email) -> None:
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.recipient],
        headers=email.headers,
        connection=get_connection(fail_silently=False),
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    message.send()


@task(backend="email", queue_name="email")
def deliver(email_id: int) -> str:
    with transaction.atomic():
        email = Email.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status != EmailStatus.QUEUED:
            return email.status if email else "missing"
        address = Address.objects.filter(email=email.recipient).first()
        allowed = address is not None and (
            address.may_receive
            or (email.kind in outbox.UNCONFIRMED_KINDS and not address.suppressed_at)
        )
        if not allowed:
            email.status = EmailStatus.WITHHELD
            email.save(update_fields=["status"])
            return email.status
        email.attempts += 1
        try:
            send_now(email)
        except (smtplib.SMTPException, OSError) as error:
            permanent = classify(error)
            email.last_error = str(permanent or error)[:500]
            delays = settings.EMAIL_RETRY_DELAYS
            if permanent or email.attempts > len(delays):
                email.status = EmailStatus.FAILED
                email.next_attempt_at = None
                if permanent and permanent.recipient_refused:
                    Address.objects.filter(pk=address.pk).update(
                        suppressed_at=timezone.now(), suppressed_reason=email.last_error[:300]
                    )
                logger.warning("Email %s to %s given up: %s", email.pk, email.recipient, error)
            else:
                delay = datetime.timedelta(seconds=delays[email.attempts - 1])
                email.next_attempt_at = timezone.now() + delay
                deliver.using(run_after=email.next_attempt_at).enqueue(email.pk)
            email.save(update_fields=["status", "attempts", "last_error", "next_attempt_at"])
            return email.status
        email.status = EmailStatus.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["status", "attempts", "sent_at", "last_error"])
        return email.status


@task(backend="email", queue_name="email")
def notify_replies(comment_id: int) -> int:
    """Email the commenter of `comment_id` the visible replies not yet told; how many."""
    from .replies import email_replies

    with transaction.atomic():
        return email_replies(comment_id)


def reason_for(comment_id: int, reply_ids: list[int]) -> str:
    digest = hashlib.sha256(",".join(map(str, sorted(reply_ids))).encode()).hexdigest()[:16]
    return f"comment-{comment_id}-replies-{min(reply_ids)}-{max(reply_ids)}-{digest}"


@task(backend="email", queue_name="email")
def announce(announcement_id: int) -> int:
    """Queue an article's emails to its followers (those not queued yet); how many."""
    from .announcements import announce as fan_out

    return fan_out(announcement_id)


DIGEST_TASK = "notifications.tasks.weekly_digest"


def schedule_digest(run_after: datetime.datetime) -> bool:
    """Queue the next weekly digest unless one is waiting already; whether it was queued."""
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(task_path=DIGEST_TASK, status="READY").exists():
        return False
    weekly_digest.using(run_after=run_after).enqueue()
    return True


@task(backend="email", queue_name="email")
def weekly_digest(week: str = "") -> int:
    """Email the weekly followers the articles of `week` (default: the week just ended), then
    queue the next run; how many emails were queued."""
    from .digest import last_week, next_run, send_week

    with transaction.atomic():
        count = send_week(week or last_week())
        if not week:
            weekly_digest.using(run_after=next_run()).enqueue()
    return count
