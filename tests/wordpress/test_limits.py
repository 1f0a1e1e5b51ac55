"""WordPress imports have limits: file size, post size, memory, and commit a post at a time.

Hostile or merely huge exports end in one clear line and nothing half-written.
"""

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from django.core.management import CommandError
from django.db import connection
from wagtail.models import Revision

from articles.models import ArticlePage
from comments.models import Comment
from wordpress import pages as wordpress_pages
from wordpress.wxr import parse as parse_wxr

from .helpers import run_import, snapshot, summary_row

ROOT = Path(__file__).resolve().parents[2]


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
