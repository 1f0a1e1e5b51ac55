"""A post's creator credits the export's author it names, read as WordPress reads a login."""

import pytest

from articles.models import ArticlePage, AuthorPage

from .helpers import EXPORTS, run_import, snapshot, summary_row

CREATORS = EXPORTS / "creators-1.2.xml"
UNLISTED = (
    "author “guest-writer”: not one of the export's authors, yet credited on post 503 "
    "“Cold water, warm heart”: an author page was made for the name"
)


@pytest.fixture
def imported(tree) -> str:
    """Posts by ">maya" (meaning maya), nadia and an unlisted guest, imported; the summary."""
    return run_import(CREATORS)


def byline_of(client, slug: str) -> str:
    html = client.get(ArticlePage.objects.get(slug=slug).url).content.decode()
    return html[html.index('<p class="byline">') :].split("</p>", 1)[0]


def test_a_stray_character_in_the_creator_still_credits_the_exports_author(imported, client):
    assert 'rel="author">Maya Lindqvist</a>' in byline_of(client, "rest-days")


def test_no_author_is_made_from_the_stray_spelling(imported, client):
    html = client.get("/authors/").content.decode()
    assert "&gt;maya" not in html
    assert sorted(AuthorPage.objects.values_list("title", flat=True)) == [
        "Maya Lindqvist",
        "Nadia Ferreira",
        "guest-writer",
    ]
    assert summary_row(imported, "authors") == [3, 0, 0, 0]


def test_the_summary_notes_how_the_creator_was_read(imported):
    assert "dc:creator “>maya” read as the author “maya”" in imported


@pytest.mark.parametrize(
    "creator",
    ["MAYA", " maya ", "<![CDATA[<b>maya</b>]]>", "máya", "maya&amp;nbsp;", "maya%20", "ma*ya"],
)
def test_the_creator_is_matched_as_wordpress_matches_a_login(tree, tmp_path, client, creator):
    export = tmp_path / "creator.xml"
    export.write_text(CREATORS.read_text().replace("<dc:creator>>maya<", f"<dc:creator>{creator}<"))
    run_import(export)
    assert 'rel="author">Maya Lindqvist</a>' in byline_of(client, "rest-days")


def test_a_creator_who_is_none_of_the_exports_authors_gets_an_author_of_their_own(imported, client):
    assert 'rel="author">guest-writer</a>' in byline_of(client, "cold-water")


def test_a_creator_who_is_none_of_the_exports_authors_needs_attention(imported):
    assert UNLISTED in imported


def test_importing_again_changes_nothing_and_says_so_again(imported):
    before = snapshot()
    again = run_import(CREATORS)
    assert snapshot() == before
    assert summary_row(again, "authors") == [0, 0, 3, 0]
    assert UNLISTED in again


def test_an_export_that_lists_no_authors_credits_its_creators_without_attention(tree):
    output = run_import(EXPORTS / "classic-1.0.xml")  # WXR 1.0: dc:creator is all there is
    assert "not one of the export's authors" not in output
    assert AuthorPage.objects.get().title == "ghostwriter"
