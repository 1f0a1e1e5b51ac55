"""The admin login locks a username out from an address after repeated failures (django-axes)."""

import pytest
from axes.models import AccessAttempt

LOGIN = "/admin/login/"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True  # off for the rest of the suite (wellness/settings/test.py)
    settings.AXES_FAILURE_LIMIT = 3
    return settings


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "nadia", "nadia@example.org", "right-password", is_superuser=True
    )


def attempt(client, password, username="nadia", ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_a_wrong_password_is_refused_with_the_login_form_again(client, axes_on, editor):
    response = attempt(client, "wrong")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_right_password_logs_in(client, axes_on, editor):
    response = attempt(client, "right-password")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_after_the_failure_limit_even_the_right_password_is_locked_out(client, axes_on, editor):
    for _ in range(3):
        attempt(client, "wrong")
    response = attempt(client, "right-password")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.filter(username="nadia", ip_address="203.0.113.7").exists()


def test_a_lockout_does_not_lock_the_same_user_out_from_another_address(client, axes_on, editor):
    for _ in range(3):
        attempt(client, "wrong", ip="203.0.113.7")
    assert attempt(client, "right-password", ip="198.51.100.20").status_code == 302


def test_a_successful_login_resets_the_count(client, axes_on, editor):
    attempt(client, "wrong")
    attempt(client, "wrong")
    attempt(client, "right-password")
    client.logout()
    attempt(client, "wrong")
    attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302


def test_the_limit_comes_from_the_environment():
    from tests.security.test_security_headers import run

    code = "import django; django.setup(); from django.conf import settings as s; "
    code += "print(s.AXES_FAILURE_LIMIT)"
    assert run(["-c", code], AXES_FAILURE_LIMIT="7").stdout.split()[-1] == "7"
