"""Production answers with hardened headers: HTTPS only, a strict CSP on the site, a looser one in
the admin. The production values are read from `wellness.settings.production` in a subprocess (it
needs its environment) and applied to the test settings, then checked on real responses."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARDENING = [
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_PROXY_SSL_HEADER",
    "X_FRAME_OPTIONS",
]


def production_env(**extra) -> dict:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set for the browser tests' thread, never in deployment.
    local = {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in local}
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "wellness.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "testserver,example.org",
        **extra,
    }


def run(args, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        env=production_env(**env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production_values() -> dict:
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {HARDENING!r}}}))"
    )
    result = run(["-c", code], BEHIND_TLS_PROXY="true")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(settings, production_values):
    for name, value in production_values.items():
        setattr(
            settings, name, tuple(value) if isinstance(value, list) and "PROXY" in name else value
        )
    return settings


def test_production_settings_pass_the_deployment_checklist_with_no_warnings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_plain_http_is_redirected_to_https(client, tree, production):
    response = client.get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"


def test_https_from_the_proxy_is_trusted_when_behind_tls_proxy(client, tree, production):
    response = client.get("/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 200


def test_a_spoofed_proxy_header_is_ignored_when_not_behind_a_proxy(client, tree, production):
    production.SECURE_PROXY_SSL_HEADER = None
    response = client.get("/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 301


def test_https_responses_carry_hsts_for_a_year_with_subdomains_and_preload(
    client, tree, production
):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


def test_pages_forbid_sniffing_framing_and_cross_origin_openers(client, tree, production):
    response = client.get(tree.article().url, secure=True)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_pages_turn_off_browser_features_the_site_never_uses(client, tree, production):
    policy = client.get("/", secure=True)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def directives(header: str) -> dict:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_public_pages_allow_scripts_from_the_site_only(client, tree, production):
    csp = directives(client.get(tree.article().url, secure=True)["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]


def test_public_pages_have_no_inline_scripts_except_data_blocks(client, tree):
    html = client.get(tree.article().url).content.decode()
    for tag in html.split("<script")[1:]:
        opening = tag.split(">", 1)[0]
        assert 'type="application/ld+json"' in opening or "src=" in opening, opening


def test_search_and_error_pages_get_the_strict_policy_too(client, tree, production):
    for url in ("/search/?q=calm", "/no-such-page/"):
        csp = directives(client.get(url, secure=True)["Content-Security-Policy"])
        assert csp["script-src"] == ["'self'"], url


def test_the_admin_gets_its_own_looser_policy_for_wagtails_inline_scripts(
    admin_client, tree, production
):
    response = admin_client.get("/admin/", secure=True)
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"] and csp["object-src"] == ["'none'"]


def test_csrf_cookies_are_secure_and_session_cookies_too(client, tree, production):
    response = client.get("/admin/login/", secure=True)
    assert response.cookies["csrftoken"]["secure"] is True
    assert production.SESSION_COOKIE_SECURE is True


def test_the_healthcheck_is_not_redirected_to_https(client, db, production):
    assert client.get("/healthz").status_code == 200


def test_the_admin_path_comes_from_admin_url():
    code = "import django; django.setup(); from django.urls import reverse as r; "
    code += "print(r('wagtailadmin_home'))"
    assert run(["-c", code], ADMIN_URL="/editors-7f3a/").stdout.split()[-1] == "/editors-7f3a/"


def test_a_malformed_admin_url_is_a_clear_error():
    result = run(["-c", "import django; django.setup()"], ADMIN_URL="admin/../x")
    assert result.returncode != 0
    assert "ADMIN_URL must be a path such as 'admin/'" in result.stderr
