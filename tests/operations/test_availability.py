"""Operators can tell if the site is up, and readers get a calm page when the database is away."""

import json
import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

from wellness.log_format import JsonFormatter


def database_gone():
    return mock.patch.object(
        BaseDatabaseWrapper,
        "ensure_connection",
        side_effect=OperationalError("could not connect to server at secret-host:5432"),
    )


def test_healthz_says_ok_when_the_database_and_cache_answer(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_is_never_cached(client, db):
    cache_control = client.get("/healthz")["Cache-Control"]
    assert (
        "no-cache" in cache_control and "no-store" in cache_control and "max-age=0" in cache_control
    )


def test_healthz_answers_503_without_details_when_the_database_is_away(client, db):
    with database_gone():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}


def test_healthz_answers_503_when_the_cache_loses_what_it_was_given(client, db):
    with mock.patch("wellness.health.cache") as lossy:
        lossy.get.return_value = None
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}


def test_a_page_gets_the_branded_503_with_retry_after_when_the_database_is_away(client, tree):
    url = tree.article().url
    with database_gone():
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "Back in a moment" in html and "/static/css/site.css" in html
    assert "secret-host" not in html and "OperationalError" not in html


def test_the_site_recovers_on_its_own_when_the_database_returns(client, tree):
    url = tree.article().url
    with database_gone():
        assert client.get(url).status_code == 503
    assert client.get(url).status_code == 200


def test_a_comment_sent_while_the_database_is_away_gets_503_not_500(client, tree):
    article = tree.article()
    with database_gone():
        response = client.post(f"/comments/{article.pk}/", {"name": "Lena", "body": "Hi"})
    assert response.status_code == 503


def test_a_database_error_outside_any_view_also_gets_the_503_page(client, settings, db):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.operations.db_down.DatabaseGoneMiddleware"]
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 503
    assert "Back in a moment" in response.content.decode()
    assert "secret-host" not in response.content.decode()


def test_other_errors_still_get_the_500_page(client, settings):
    settings.ROOT_URLCONF = "tests.operations.broken_urls"
    client.raise_request_exception = False
    assert client.get("/broken/").status_code == 500


def test_connections_are_health_checked_before_reuse(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def record(message="Comment stored", **extra):
    log = logging.LogRecord("wellness.test", logging.INFO, __file__, 1, message, (), None)
    log.__dict__.update(extra)
    return log


def test_production_logs_are_one_json_object_per_line():
    line = JsonFormatter().format(record(comment_id=42))
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "wellness.test"
    assert entry["message"] == "Comment stored" and entry["comment_id"] == 42
    assert "\n" not in line


def test_a_logged_exception_stays_inside_its_json_line():
    try:
        raise ValueError("bad\nthing")
    except ValueError:
        import sys

        log = record()
        log.exc_info = sys.exc_info()
    line = JsonFormatter().format(log)
    assert "\n" not in line
    assert "ValueError" in json.loads(line)["exception"]


@pytest.mark.parametrize("module", ["wellness.settings.production"])
def test_production_logs_json_to_stdout(module):
    from tests.security.test_security_headers import run

    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('wellness.check').warning('hello')"
    )
    result = run(["-c", code])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {"level": "WARNING", "logger": "wellness.check", "message": "hello"}.items() <= lines[
        -1
    ].items()
