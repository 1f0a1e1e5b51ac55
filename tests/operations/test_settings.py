"""Settings come from the environment; production refuses to start without its secrets."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from wellness.settings.environment import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]
CONFIGURABLE = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "DEBUG"}


def load_settings(module: str, **env) -> subprocess.CompletedProcess:
    """Import a settings module in a fresh interpreter with exactly these variables set."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "DEBUG"}
    }
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.DATABASES['default']['ENGINE'], settings.CACHES['default']['BACKEND'], "
        "settings.DEBUG, settings.ALLOWED_HOSTS)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": module, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings("wellness.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set in production." in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = load_settings("wellness.settings.production", SECRET_KEY="s3cret-" * 8)
    assert result.returncode != 0
    assert "The environment variable ALLOWED_HOSTS must be set in production." in result.stderr


def test_production_starts_with_its_settings_and_keeps_debug_off():
    result = load_settings(
        "wellness.settings.production",
        SECRET_KEY="s3cret-" * 8,
        ALLOWED_HOSTS="example.org,www.example.org",
        DATABASE_URL="postgres://wellness:pw@db:5432/wellness",
        REDIS_URL="redis://redis:6379/0",
    )
    assert result.returncode == 0, result.stderr
    # production logs JSON lines to stdout too: the printed settings are the last line
    assert result.stdout.splitlines()[-1].split() == [
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "False",
        "['example.org',",
        "'www.example.org']",
    ]


def test_development_defaults_to_sqlite_and_a_cache_every_process_shares():
    result = load_settings("wellness.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:3] == [
        "django.db.backends.sqlite3",
        "caching.backends.SharedDatabaseCache",
        "True",
    ]


def test_a_malformed_boolean_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be a boolean"):
        env_bool("DEBUG")


def test_a_malformed_integer_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "twenty-five")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT must be an integer"):
        env_int("EMAIL_PORT", 25)


def test_lists_are_comma_separated_and_trimmed(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " a.org, b.org ,,")
    assert env_list("ALLOWED_HOSTS") == ["a.org", "b.org"]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL not set (make test sets it)")
def test_the_cache_is_redis_when_redis_url_is_set_and_it_round_trips():
    from django.core.cache import caches
    from django_redis.cache import RedisCache

    cache = caches["default"]
    assert isinstance(cache, RedisCache)
    key = f"round-trip-{uuid.uuid4()}"
    cache.set(key, {"ok": True}, 30)
    assert cache.get(key) == {"ok": True}


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL not set (make test sets it)")
def test_redis_holds_a_cached_page_compressed():
    from django.core.cache import cache

    html = "".join(f"<li><a href='/articles/{n}/'>Article {n}</a></li>" for n in range(2000))
    key = f"compressed-{uuid.uuid4()}"
    cache.set(key, {"content": html.encode()}, 30)
    stored = cache.client.get_client().get(cache.make_key(key))
    assert len(stored) < len(html) / 4
    assert cache.get(key) == {"content": html.encode()}


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL not set (make test sets it)")
def test_an_entry_stored_before_compression_is_still_read():
    import pickle

    from django.core.cache import cache

    key = f"uncompressed-{uuid.uuid4()}"
    cache.client.get_client().set(cache.make_key(key), pickle.dumps({"content": b"x" * 500}), 30)
    assert cache.get(key) == {"content": b"x" * 500}


def test_a_redis_outage_is_a_cache_miss_not_an_error():
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "from django.core.cache import cache; cache.set('k', 1); print(repr(cache.get('k')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "wellness.settings.test",
            "REDIS_URL": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "None"
