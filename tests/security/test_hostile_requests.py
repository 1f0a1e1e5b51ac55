"""Hostile requests and files (issue 16, input handling): each is refused or handled with a clear
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
import tracemalloc
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError
from django.db import connection
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test import Client
from django.urls import include, path, reverse
from PIL import Image
from wagtail.models import Collection, Revision

from articles.comments.models import Comment
from articles.models import ArticlePage, WellnessImage
from articles.wordpress import pages as wordpress_pages
from articles.wordpress.wxr import parse as parse_wxr
from tests.wordpress.helpers import run_import, snapshot, summary_row
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


# --- 2. WordPress imports have limits: file size, post size, memory, and commit a post at a time


def wxr(path, posts: list[tuple[str, str, str, list[str]]]) -> Path:
    """A WXR 1.2 export of `posts`: (id, title, body HTML, comments), written to `path`."""
    items = "".join(
        f"""
    <item>
      <title><![CDATA[{title}]]></title>
      <link>https://limits.example.com/{wp_id}/</link>
      <dc:creator><![CDATA[maya]]></dc:creator>
      <content:encoded><![CDATA[{body}]]></content:encoded>
      <wp:post_id>{wp_id}</wp:post_id>
      <wp:post_date>2024-01-0{wp_id} 09:00:00</wp:post_date>
      <wp:post_date_gmt>2024-01-0{wp_id} 09:00:00</wp:post_date_gmt>
      <wp:post_name><![CDATA[post-{wp_id}]]></wp:post_name>
      <wp:status>publish</wp:status>
      <wp:post_type>post</wp:post_type>
      {"".join(comment(wp_id, n, text) for n, text in enumerate(comments, 1))}
    </item>"""
        for wp_id, title, body, comments in posts
    )
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
  <channel>
    <title>Limits</title>
    <link>https://limits.example.com</link>
    <wp:wxr_version>1.2</wp:wxr_version>
    <wp:author><wp:author_login>maya</wp:author_login>
      <wp:author_display_name>Maya Lindqvist</wp:author_display_name></wp:author>
    {items}
  </channel>
</rss>
""",
        encoding="utf-8",
    )
    return path


def comment(wp_id: str, n: int, text: str) -> str:
    return f"""<wp:comment><wp:comment_id>{wp_id}{n}</wp:comment_id>
      <wp:comment_author>Reader {n}</wp:comment_author>
      <wp:comment_date_gmt>2024-01-0{wp_id} 10:00:00</wp:comment_date_gmt>
      <wp:comment_content><![CDATA[{text}]]></wp:comment_content>
      <wp:comment_approved>1</wp:comment_approved></wp:comment>"""


def paragraphs(kb: int) -> str:
    """`kb` KB of HTML exactly."""
    return "<p>Rest and breathe slowly. </p>" * (kb * 32)


def titles() -> set[str]:
    return set(ArticlePage.objects.values_list("title", flat=True))


def test_the_import_limits_default_to_200_mb_a_file_and_2_mb_a_post(settings):
    assert settings.WORDPRESS_IMPORT_MAX_FILE_MB == 200
    assert settings.WORDPRESS_IMPORT_MAX_POST_KB == 2048


def test_an_export_over_the_file_limit_is_refused_in_one_line_and_nothing_is_written(
    tree, tmp_path
):
    export = wxr(tmp_path / "big.xml", [("1", "Long read", paragraphs(1200), [])])
    assert round(export.stat().st_size / 2**20, 1) == 1.2
    before = snapshot()
    with pytest.raises(CommandError) as error:
        run_import(export, "--max-file-mb", "1")
    assert str(error.value) == (
        "big.xml is 1.2 MB, over the import's limit of 1.0 MB (--max-file-mb): "
        "split the export in WordPress"
    )
    assert snapshot() == before


def test_the_command_exits_non_zero_with_one_line_when_the_file_is_over_the_limit(tmp_path):
    export = wxr(tmp_path / "big.xml", [("1", "Long read", paragraphs(1200), [])])
    result = subprocess.run(
        [sys.executable, "manage.py", "import_wordpress", str(export), "--max-file-mb", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "wellness.settings.test"},
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "CommandError: big.xml is 1.2 MB, over the import's limit of 1.0 MB (--max-file-mb): "
        "split the export in WordPress"
    ]


def test_a_post_over_the_size_limit_is_skipped_and_listed_while_the_others_are_imported(
    tree, tmp_path
):
    export = wxr(
        tmp_path / "export.xml",
        [
            ("1", "Short and kind", "<p>Breathe out slowly.</p>", ["Lovely"]),
            ("2", "The whole library", paragraphs(300), ["Too long to read"]),
        ],
    )
    output = run_import(export, "--max-post-kb", "100")
    assert titles() == {"Short and kind"}
    assert summary_row(output, "articles") == [1, 0, 0, 1]
    assert summary_row(output, "comments") == [1, 0, 0, 1]
    assert (
        "  - post 2 “The whole library”: not imported: its body is 300 KB of HTML, over the "
        "100 KB limit (--max-post-kb)"
    ) in output.splitlines()


def test_a_comment_over_the_size_limit_skips_its_post_rather_than_cutting_it(tree, tmp_path):
    export = wxr(tmp_path / "export.xml", [("1", "Quiet", "<p>Rest.</p>", ["x" * 150_000])])
    output = run_import(export, "--max-post-kb", "100")
    assert titles() == set()
    assert (
        "  - post 1 “Quiet”: not imported: its <wp:comment_content> is 146 KB, over the 100 KB "
        "limit (--max-post-kb)"
    ) in output.splitlines()


def test_reading_an_export_keeps_no_text_past_the_limit_in_memory(tmp_path):
    body = paragraphs(20 * 1024)
    export = wxr(tmp_path / "export.xml", [("1", "Huge", body, [])])
    del body
    tracemalloc.start()
    try:
        parsed = parse_wxr(export, max_text_bytes=512 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert parsed.items[0].too_large == ("its body", 20 * 2**20)
    assert parsed.items[0].content == ""
    assert peak < 4 * 2**20  # a 20 MB body, read with at most a few MB


def test_posts_are_committed_one_at_a_time_and_a_failing_one_leaves_nothing_behind(
    tree, tmp_path, monkeypatch
):
    export = wxr(
        tmp_path / "export.xml",
        [
            ("1", "First", "<p>One.</p>", ["On the first"]),
            ("2", "Second", "<p>Two.</p>", ["On the second"]),
            ("3", "Third", "<p>Three.</p>", ["On the third"]),
        ],
    )
    write = wordpress_pages.write

    def disk_full_on_the_third(plan, *args):
        page = write(plan, *args)  # the page is written, then its step fails
        if plan.title == "Third":
            raise OSError("No space left on device")
        return page

    monkeypatch.setattr(wordpress_pages, "write", disk_full_on_the_third)
    with pytest.raises(CommandError) as error:
        run_import(export)
    assert str(error.value) == (
        "Import stopped at post 3 “Third”, which was not written: No space left on device. "
        "What came before it was imported; run the import again to finish."
    )
    assert titles() == {"First", "Second"}
    assert set(Comment.objects.values_list("body", flat=True)) == {"On the first", "On the second"}
    assert not Revision.objects.filter(object_str="Third").exists()

    monkeypatch.setattr(wordpress_pages, "write", write)
    output = run_import(export)
    assert titles() == {"First", "Second", "Third"}
    assert summary_row(output, "articles") == [1, 0, 2, 0]
    assert Comment.objects.count() == 3


def test_no_transaction_is_held_across_posts(tree, tmp_path, monkeypatch):
    """Each post is written in a transaction of its own (the test's own transaction aside), so
    readers waiting to write the shared cache wait for one post at most, not the whole import."""
    export = wxr(tmp_path / "export.xml", [(str(n), f"Post {n}", "<p>Hi.</p>", []) for n in (1, 2)])
    transactions = []
    write = wordpress_pages.write

    def recording(plan, *args):
        transactions.append(connection.savepoint_ids[-1])
        return write(plan, *args)

    monkeypatch.setattr(wordpress_pages, "write", recording)
    run_import(export)
    # Inside the test's own transaction each step is a savepoint; outside tests, a transaction.
    assert len(set(transactions)) == 2 and None not in transactions


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
