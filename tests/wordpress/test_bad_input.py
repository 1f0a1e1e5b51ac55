"""A file that cannot be imported ends with one clear line, a non-zero exit, and nothing written."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError

from .helpers import EXPORTS, JOURNAL, run_import, snapshot

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "name, message",
    [
        ("malformed.xml", "malformed.xml is not well-formed XML: mismatched tag: line 9, column 3"),
        (
            "truncated.xml",
            "truncated.xml ends before the XML is complete: unclosed token: line 176, column 3",
        ),
        (
            "not-wxr-rss.xml",
            "not-wxr-rss.xml is not a WordPress export (WXR): it has no wordpress.org/export "
            "namespace",
        ),
        (
            "atom-feed.xml",
            "atom-feed.xml is not a WordPress export (WXR): its root element is <feed>, not <rss>",
        ),
        (
            "bomb.xml",
            "bomb.xml declares XML entities, which are refused for safety (a WordPress export "
            "never does; this may be an XML bomb)",
        ),
        (
            "external-entity.xml",
            "external-entity.xml declares XML entities, which are refused for safety (a WordPress "
            "export never does; this may be an XML bomb)",
        ),
        ("wxr-9.9.xml", "wxr-9.9.xml is a WXR 9.9 export; versions 1.0–1.2 can be imported"),
    ],
)
def test_a_file_that_is_not_a_wxr_export_is_refused_with_one_line(tree, name, message):
    before = snapshot()
    with pytest.raises(CommandError) as error:
        run_import(EXPORTS / name)
    assert str(error.value) == message
    assert snapshot() == before


def test_a_file_that_does_not_exist_is_named(tree, tmp_path):
    before = snapshot()
    with pytest.raises(CommandError) as error:
        run_import(tmp_path / "missing.xml")
    assert str(error.value) == f"No such file: {tmp_path / 'missing.xml'}"
    assert snapshot() == before


def test_an_empty_file_is_refused(tree, tmp_path):
    (tmp_path / "empty.xml").write_bytes(b"")
    with pytest.raises(CommandError, match=r"^empty\.xml is empty$"):
        run_import(tmp_path / "empty.xml")


def test_an_xml_bomb_is_refused_at_once(tree):
    started = time.perf_counter()
    with pytest.raises(CommandError):
        run_import(EXPORTS / "bomb.xml")
    assert time.perf_counter() - started < 2


def test_a_missing_media_folder_is_refused_before_anything_is_read(tree, tmp_path):
    with pytest.raises(CommandError) as error:
        run_import(JOURNAL, "--media-dir", tmp_path / "nowhere")
    assert str(error.value) == f"No such folder for --media-dir: {tmp_path / 'nowhere'}"


@pytest.mark.parametrize(
    "parent, message",
    [
        ("/nowhere/", "No page “/nowhere/”: give --parent the id or path of an articles index"),
        ("/topics/", "“Topics” is not an articles index: posts cannot go there"),
    ],
)
def test_a_parent_that_is_not_an_articles_index_is_refused(tree, parent, message):
    before = snapshot()
    with pytest.raises(CommandError) as error:
        run_import(JOURNAL, "--parent", parent)
    assert str(error.value) == message
    assert snapshot() == before


def test_a_site_without_an_articles_index_is_told_so(db):
    with pytest.raises(CommandError) as error:
        run_import(JOURNAL)
    assert str(error.value) == "The site has no articles index page to import posts into"


def test_the_command_exits_non_zero_with_one_line_on_stderr():
    result = subprocess.run(
        [sys.executable, "manage.py", "import_wordpress", str(EXPORTS / "bomb.xml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "wellness.settings.test"},
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "CommandError: bomb.xml declares XML entities, which are refused for safety "
        "(a WordPress export never does; this may be an XML bomb)"
    ]
