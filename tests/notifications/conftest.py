"""A real SMTP server on loopback (aiosmtpd); the email worker runs in the test's process
(tests/worker.py)."""

import pytest

from tests.worker import run_email_tasks  # noqa: F401 (the tests here import it from here)
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
