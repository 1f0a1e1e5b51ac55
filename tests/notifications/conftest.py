"""A real SMTP server on loopback (aiosmtpd), and the email worker run in the test's process."""

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from wellness.factories.smtp import LoopbackSMTP


@pytest.fixture
def smtp(settings):
    with LoopbackSMTP() as mailbox:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", mailbox.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_TIMEOUT = 5
        yield mailbox


@pytest.fixture
def no_delay(settings):
    settings.NOTIFY_REPLY_DELAY_SECONDS = 0


def run_email_tasks() -> int:
    """Run every task of the email queue that is due, as `manage.py db_worker` does; how many."""
    worker = Worker(
        queue_names=["email"],
        interval=0,
        batch=True,
        backend_name="email",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    done = 0
    while True:
        task_result = (
            DBTaskResult.objects.ready().filter(backend_name="email").order_by("run_after").first()
        )
        if task_result is None:
            return done
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)
        done += 1
