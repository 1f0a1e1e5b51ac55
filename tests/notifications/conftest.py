"""A real SMTP server on loopback (aiosmtpd), and the email worker run in the test's process."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

PORTS = range(18025, 18100)  # this suite's loopback ports


class Mailbox:
    """What the server received; `refuse` answers RCPT for an address with a code."""

    def __init__(self):
        self.messages = []
        self.refuse: dict[str, str] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for recipient in envelope.rcpt_tos:
            self.messages.append(
                (recipient, message_from_bytes(envelope.original_content, policy=policy.default))
            )
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [message for recipient, message in self.messages if recipient == address]


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 18025-18099")


@pytest.fixture
def smtp(settings):
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    mailbox.port = port
    yield mailbox
    controller.stop()


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
