"""Hostile requests and files: each is refused or handled with a clear
answer, and nothing it sends can make the site answer a 500, show one visitor another's page,
trust a scheme it was not told to, or store a cookie in a shared cache.
"""

import http.client
import io
import json
import os
import runpy
import secrets
import socket
import subprocess
import sys
import time
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test import Client
from django.urls import include, path, reverse
from PIL import Image
from wagtail.models import Collection

from articles.models import WellnessImage
from wellness.factories import ImageFactory, stream

ROOT = Path(__file__).resolve().parents[2]

# --- 1. Malformed image uploads are form errors, on every upload path --------------------------


def image_bytes(kind: str, size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "seagreen").save(buffer, kind)
    return buffer.getvalue()


MALFORMED = {
    # The first bytes say GIF or JPEG; what follows is not one.
    "gif header, no image": ("calm.gif", b"GIF89a" + b"\0" * 64),
    "jpeg header, then text": ("calm.jpg", b"\xff\xd8\xff\xe0" + b"not a jpeg at all " * 8),
    "truncated jpeg": ("calm.jpg", image_bytes("JPEG", (400, 300))[:600]),
    "png header, then nothing": ("calm.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 32),
    "png with a broken checksum": (
        "calm.png",
        image_bytes("PNG")[:-20] + b"\0" * 8 + image_bytes("PNG")[-12:],
    ),
}
REFUSED = (
    "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
)


@pytest.fixture
def editor(client, django_user_model, db):
    user = django_user_model.objects.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    client.user = user
    return client


@pytest.mark.parametrize("name, content", MALFORMED.values(), ids=MALFORMED)
def test_a_malformed_image_added_in_the_admin_is_a_form_error(editor, name, content):
    response = editor.post(
        reverse("wagtailimages:add"), {"title": "Calm", "file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not WellnessImage.objects.exists()


@pytest.mark.parametrize("name, content", MALFORMED.values(), ids=MALFORMED)
def test_a_malformed_image_in_a_multiple_upload_is_refused_with_its_reason(editor, name, content):
    response = editor.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": REFUSED}
    assert not WellnessImage.objects.exists()


@pytest.mark.parametrize("name, content", MALFORMED.values(), ids=MALFORMED)
def test_a_malformed_image_uploaded_from_the_image_chooser_is_a_form_error(editor, name, content):
    response = editor.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Calm",
            "image-chooser-upload-file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200
    assert REFUSED in json.loads(response.content)["htmlFragment"]
    assert not WellnessImage.objects.exists()


@pytest.mark.parametrize("name, content", MALFORMED.values(), ids=MALFORMED)
def test_replacing_an_images_file_with_a_malformed_one_keeps_the_old_file(editor, name, content):
    # Editors change the images they uploaded (anyone else's is a publisher's: test_hostile_admin).
    image = ImageFactory(collection=Collection.get_first_root_node(), uploaded_by_user=editor.user)
    before = image.file.name
    response = editor.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": image.title, "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    image.refresh_from_db()
    assert image.file.name == before


@pytest.mark.parametrize("kind, name", [("GIF", "calm.gif"), ("JPEG", "calm.jpg")])
def test_a_real_gif_or_jpeg_is_still_accepted_everywhere(editor, kind, name):
    add = editor.post(
        reverse("wagtailimages:add"),
        {"title": "Calm", "file": SimpleUploadedFile(name, image_bytes(kind))},
    )
    multiple = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile(name, image_bytes(kind))},
    )
    assert add.status_code == 302
    assert multiple.json()["success"] is True
    assert WellnessImage.objects.count() == 2


# --- 2. WordPress imports have limits: tests/wordpress/test_limits.py -------------------------


# --- 3. The page cache keys a page as Django reads its address --------------------------------


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def two_articles(tree):
    tree.article(title="Alpha breathing", body=stream(("paragraph", "<p>Alpha breathing.</p>")))
    tree.article(title="Beta stretching", body=stream(("paragraph", "<p>Beta stretching.</p>")))


def found(response) -> set[str]:
    html = response.content.decode()
    return {title for title in ("Alpha breathing", "Beta stretching") if title in html}


def test_a_repeated_parameter_in_another_order_is_another_page(client, page_cache_on, two_articles):
    # Django reads the last value: the first address searches for "beta", the second for "alpha".
    beta = client.get("/search/?q=alpha&q=beta")
    alpha = client.get("/search/?q=beta&q=alpha")
    assert found(beta) == {"Beta stretching"}
    assert alpha["X-Cache"] == "miss"
    assert found(alpha) == {"Alpha breathing"}
    again = client.get("/search/?q=alpha&q=beta")
    assert again["X-Cache"] == "hit" and found(again) == {"Beta stretching"}


def test_addresses_django_reads_alike_share_one_entry(client, page_cache_on, two_articles):
    client.get("/search/?q=alpha&type=article")
    assert client.get("/search/?type=article&q=alpha")["X-Cache"] == "hit"
    assert client.get("/search/?q=%61lpha&type=article")["X-Cache"] == "hit"
    assert client.get("/search/?q=alpha&type=article&utm_source=mail")["X-Cache"] == "hit"


# --- 4. The scheme: gunicorn and Django trust the same header from the same addresses ----------


def gunicorn_settings(monkeypatch, **env) -> dict:
    for name in ("BEHIND_TLS_PROXY", "FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def django_production(**env) -> dict:
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps([getattr(settings, 'SECURE_PROXY_SSL_HEADER', None), "
        "getattr(settings, 'FORWARDED_ALLOW_IPS', None)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=production_env(**env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    header, addresses = json.loads(result.stdout.strip().splitlines()[-1])
    return {"header": header, "addresses": addresses}


def production_env(**extra) -> dict:
    local = {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "BEHIND_TLS_PROXY"}
    clean = {k: v for k, v in os.environ.items() if k not in local and k != "FORWARDED_ALLOW_IPS"}
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "wellness.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        **extra,
    }


def test_without_a_tls_proxy_neither_gunicorn_nor_django_trusts_a_scheme_header(monkeypatch):
    config = gunicorn_settings(monkeypatch)
    assert config["secure_scheme_headers"] == {}
    assert config["forwarded_allow_ips"] == ""
    assert django_production()["header"] is None


def test_behind_a_tls_proxy_both_trust_x_forwarded_proto_from_the_same_addresses(monkeypatch):
    config = gunicorn_settings(monkeypatch, BEHIND_TLS_PROXY="true")
    django = django_production(BEHIND_TLS_PROXY="true")
    assert config["secure_scheme_headers"] == {"X-FORWARDED-PROTO": "https"}
    assert django["header"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert config["forwarded_allow_ips"].split(",") == django["addresses"] == ["127.0.0.1", "::1"]

    config = gunicorn_settings(
        monkeypatch, BEHIND_TLS_PROXY="yes", FORWARDED_ALLOW_IPS="10.0.0.0/8"
    )
    django = django_production(BEHIND_TLS_PROXY="yes", FORWARDED_ALLOW_IPS="10.0.0.0/8")
    assert config["forwarded_allow_ips"].split(",") == django["addresses"] == ["10.0.0.0/8"]


def test_django_ignores_the_header_from_an_address_that_is_not_the_proxy(client, tree, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.FORWARDED_ALLOW_IPS = ["10.0.0.1"]
    stranger = client.get("/", headers={"x-forwarded-proto": "https"})  # from 127.0.0.1
    proxy = client.get("/", headers={"x-forwarded-proto": "https"}, REMOTE_ADDR="10.0.0.1")
    assert stranger.status_code == 301 and stranger["Location"] == "https://testserver/"
    assert proxy.status_code == 200


def free_port() -> int:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return listener.getsockname()[1]


@contextmanager
def gunicorn(tmp_path, **env):
    """A real gunicorn with gunicorn.conf.py and production settings on a loopback port."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "wellness.wsgi:application",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=ROOT,
        env=production_env(
            DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}", LOG_LEVEL="ERROR", **env
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert process.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def scheme_seen(address: str) -> str:
    """Plain HTTP from 127.0.0.1 claiming https: "https" when the site believed it (no redirect
    to https), "http" when it redirected to https."""
    connection = http.client.HTTPConnection(address, timeout=10)
    connection.request("GET", "/about/", headers={"X-Forwarded-Proto": "https"})
    response = connection.getresponse()
    location = response.getheader("Location", "")
    connection.close()
    return "http" if response.status == 301 and location.startswith("https://") else "https"


@pytest.mark.parametrize(
    "env, scheme",
    [
        ({}, "http"),  # no proxy: the client's header means nothing
        ({"BEHIND_TLS_PROXY": "true"}, "https"),  # the proxy on 127.0.0.1 is trusted
        ({"BEHIND_TLS_PROXY": "true", "FORWARDED_ALLOW_IPS": "10.0.0.1"}, "http"),
    ],
    ids=["no proxy", "proxy on loopback", "proxy elsewhere"],
)
def test_a_real_gunicorn_decides_the_scheme_as_its_settings_say(tmp_path, env, scheme):
    with gunicorn(tmp_path, **env) as address:
        assert scheme_seen(address) == scheme


# --- 5. Nothing that sets a cookie is stored in the page cache or served as public -------------


def touches_the_csrf_token(request):
    return HttpResponse(Template("<form>{% csrf_token %}</form>").render(RequestContext(request)))


def leaves_a_message(request):
    messages.info(request, "Saved.")
    return HttpResponse("<p>Saved.</p>")


urlpatterns = [
    path("csrf-form/", touches_the_csrf_token),
    path("with-message/", leaves_a_message),
    path("", include("wellness.urls")),
]


@pytest.fixture
def cookie_pages(settings, page_cache_on, tree):
    settings.ROOT_URLCONF = __name__


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


@pytest.mark.parametrize(
    "url, cookie",
    [("/csrf-form/", "csrftoken"), ("/with-message/", "messages")],
    ids=["csrf token", "message"],
)
def test_a_render_that_sets_a_cookie_is_neither_stored_nor_public(
    client, cookie_pages, url, cookie
):
    first = client.get(url)
    assert cookie in first.cookies
    assert "public" not in cache_control(first)
    assert "private" in cache_control(first)
    assert first["X-Cache"] == "skip"
    second = Client().get(url)  # another reader, without the first one's cookie
    assert second["X-Cache"] != "hit"
    assert cookie in second.cookies


def test_a_cached_page_never_carries_a_cookie_even_when_the_request_has_a_bad_one(
    client, page_cache_on, tree
):
    article = tree.article(title="On stillpoints")
    client.get(article.url)
    client.cookies["csrftoken"] = "not-a-valid-token"  # Django would answer with a new one
    hit = client.get(article.url)
    assert hit["X-Cache"] == "hit"
    assert "public" in cache_control(hit)
    assert hit.cookies == {}
