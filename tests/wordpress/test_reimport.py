"""Importing again updates in place; a dry run writes nothing, a failed run nothing half-written."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError
from wagtail.models import Revision

from articles.models import ArticlePage, AuthorPage, StandardPage, WellnessImage
from comments.models import Comment
from wordpress import comments as comment_import

from .helpers import JOURNAL, run_import, snapshot, stored_files, summary_row


def edited_export(tmp_path, *replacements) -> str:
    text = JOURNAL.read_text()
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "edited.xml"
    path.write_text(text)
    return str(path)


def test_importing_the_same_export_twice_changes_nothing(journal, uploads):
    before = snapshot()
    output = run_import(JOURNAL, "--media-dir", uploads)
    assert snapshot() == before
    for kind in ("images", "authors", "topics", "pages", "articles", "comments", "redirects"):
        created, updated, _, _ = summary_row(output, kind)
        assert (created, updated) == (0, 0), kind
    assert summary_row(output, "articles") == [0, 0, 7, 1]


def test_a_changed_post_is_updated_in_place(journal, uploads, tmp_path, client):
    page = ArticlePage.objects.get(slug="gentle-touch")
    export = edited_export(
        tmp_path,
        ("Why <em>gentle</em> touch &#8211; and what it isn&#8217;t", "Why gentle touch works"),
        ("You lie down, fully clothed.", "You lie down on a warm table."),
    )
    output = run_import(export, "--media-dir", uploads)
    updated = ArticlePage.objects.get(pk=page.pk)
    assert updated.title == "Why gentle touch works" and updated.live
    assert summary_row(output, "articles") == [0, 1, 6, 1]
    assert "You lie down on a warm table." in client.get(updated.url).content.decode()
    assert ArticlePage.objects.filter(slug__startswith="gentle-touch").count() == 1


def test_a_post_unpublished_in_wordpress_becomes_a_draft(journal, uploads, tmp_path):
    export = edited_export(
        tmp_path,
        (
            "<wp:post_name><![CDATA[gentle-touch]]></wp:post_name>\n\t\t<wp:status><![CDATA[publish]]>",
            "<wp:post_name><![CDATA[gentle-touch]]></wp:post_name>\n\t\t<wp:status><![CDATA[draft]]>",
        ),
    )
    run_import(export, "--media-dir", uploads)
    assert ArticlePage.objects.get(slug="gentle-touch").live is False


def test_changed_and_new_comments_are_updated_and_added(journal, uploads, tmp_path):
    spam = Comment.objects.get(body__startswith="Buy cheap pills")
    export = edited_export(
        tmp_path,
        (
            "<wp:comment_approved><![CDATA[0]]></wp:comment_approved>",
            "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>",
        ),
        (
            "<wp:comment_approved><![CDATA[spam]]></wp:comment_approved>",
            "<wp:comment_approved><![CDATA[trash]]></wp:comment_approved>",
        ),
        (
            "</wp:comment>\n\t</item>\n\n\t<item>\n\t\t<title><![CDATA[What the research",
            "</wp:comment>\n\t\t<wp:comment><wp:comment_id>30</wp:comment_id>"
            "<wp:comment_author>New Reader</wp:comment_author>"
            "<wp:comment_content>Thank you!</wp:comment_content>"
            "<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>16</wp:comment_parent>"
            "</wp:comment>\n\t</item>\n\n\t<item>\n\t\t<title><![CDATA[What the research",
        ),
    )
    output = run_import(export, "--media-dir", uploads)
    assert Comment.objects.get(body="Is it safe in the third trimester?").status == "approved"
    spam.refresh_from_db()
    assert (spam.status, spam.trained_as) == ("removed", "")
    new = Comment.objects.get(body="Thank you!")
    assert new.parent.body == "Is it safe in the third trimester?" and new.depth == 2
    assert summary_row(output, "comments") == [1, 2, 8, 3]
    again = run_import(export, "--media-dir", uploads)
    assert summary_row(again, "comments") == [0, 0, 11, 3]


def test_an_editors_change_stays_while_the_wordpress_post_is_unchanged(journal, uploads):
    page = ArticlePage.objects.get(slug="gentle-touch")
    page.standfirst = "Rewritten by our editor."
    page.save_revision().publish()
    run_import(JOURNAL, "--media-dir", uploads)
    assert ArticlePage.objects.get(pk=page.pk).standfirst == "Rewritten by our editor."


def test_a_page_deleted_since_the_last_import_is_imported_again(journal, uploads):
    ArticlePage.objects.get(slug="case-study").delete()
    output = run_import(JOURNAL, "--media-dir", uploads)
    assert ArticlePage.objects.filter(slug="case-study").count() == 1
    assert summary_row(output, "articles") == [1, 0, 6, 1]


def test_the_same_site_exported_over_http_is_not_imported_twice(journal, uploads, tmp_path):
    export = edited_export(
        tmp_path,
        ("<link>https://journal.example.com</link>", "<link>http://www.journal.example.com</link>"),
        (
            "<wp:base_blog_url>https://journal.example.com</wp:base_blog_url>",
            "<wp:base_blog_url>http://www.journal.example.com</wp:base_blog_url>",
        ),
    )
    run_import(export, "--media-dir", uploads)
    assert ArticlePage.objects.count() == 7 and AuthorPage.objects.count() == 2


def test_a_dry_run_writes_nothing_and_reports_what_would_happen(tree, uploads, stored_embeds):
    before = snapshot()
    output = run_import(JOURNAL, "--media-dir", uploads, "--dry-run")
    assert snapshot() == before
    assert not ArticlePage.objects.exists() and not WellnessImage.objects.exists()
    assert output.splitlines()[0] == (
        "WordPress import from journal.example.com (WXR 1.2): dry run, nothing was written"
    )
    assert summary_row(output, "articles") == [7, 0, 0, 1]
    assert summary_row(output, "images") == [1, 0, 0, 2]


def test_a_failure_half_way_stops_at_a_page_that_is_not_half_written(
    tree, uploads, stored_embeds, monkeypatch
):
    """Each post or page is written with its comments in a transaction of its own (readers are
    never held for the whole import): a failure rolls back that one, says where it stopped, and
    running the import again finishes it."""

    def disk_full(*args, **kwargs):
        raise OSError("No space left on device")

    monkeypatch.setattr(comment_import, "import_comments", disk_full)
    with pytest.raises(CommandError) as error:
        run_import(JOURNAL, "--media-dir", uploads)
    assert str(error.value) == (
        "Import stopped at page 301 “About”, which was not written: No space left on device. "
        "What came before it was imported; run the import again to finish."
    )
    assert not StandardPage.objects.filter(title="About").exists()
    assert not Revision.objects.filter(object_str="About").exists()
    assert not ArticlePage.objects.exists() and not Comment.objects.exists()
    image = WellnessImage.objects.get()  # the image imported before it stays, with its file
    assert Path(image.file.name).name in stored_files()

    monkeypatch.undo()
    output = run_import(JOURNAL, "--media-dir", uploads)
    assert ArticlePage.objects.count() == 7
    assert summary_row(output, "articles") == [7, 0, 0, 1]
    assert summary_row(output, "images") == [0, 0, 1, 2]


def test_a_progress_bar_is_drawn_on_a_terminal(tree, stored_embeds):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    output = run_import(JOURNAL, stdout=Terminal())
    assert "\r[" in output and "100%" in output
    assert "100%  " in output.split("\nWordPress import from journal.example.com")[0]


def test_no_progress_bar_when_the_output_is_not_a_terminal(tree, stored_embeds):
    output = run_import(JOURNAL)
    assert "\r" not in output and "%" not in output.splitlines()[0]
