"""Changes show in search at once (well within a second), without a reindex; and a full
rebuild, when one is wanted, keeps the search answering."""

import io
import time

import pytest
from django.core.management import call_command
from django.db import connection

from tests.search.conftest import POSTGRES_ONLY, result_titles, results_page


def found_within_a_second(client, query: str, title: str, present: bool = True) -> bool:
    started = time.monotonic()
    while time.monotonic() - started < 1.0:
        if (title in result_titles(client, q=query)) == present:
            return True
    return False


def test_a_published_article_is_found_at_once(client, tree, text):
    draft = tree.article(title="Stillpoint basics", body=text("About the stillpoint."), live=False)
    assert result_titles(client, q="stillpoint") == []
    draft.save_revision().publish()
    assert found_within_a_second(client, "stillpoint", "Stillpoint basics")


def test_an_edited_article_is_found_by_its_new_words_and_not_its_old_ones(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("About the stillpoint."))
    article.title = "Fascia explained"
    article.save_revision().publish()
    assert found_within_a_second(client, "fascia", "Fascia explained")
    assert result_titles(client, q="basics") == []


def test_a_draft_edit_stays_out_of_search_until_it_is_published(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("About the stillpoint."))
    article.title = "Secret working title"
    article.save_revision()
    assert result_titles(client, q="secret") == []
    assert result_titles(client, q="stillpoint") == ["Stillpoint basics"]


def test_an_unpublished_article_is_gone_at_once(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("About the stillpoint."))
    article.unpublish()
    assert found_within_a_second(client, "stillpoint", "Stillpoint basics", present=False)


def test_a_deleted_article_is_gone_at_once(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("About the stillpoint."))
    article.delete()
    assert "Nothing matched" in results_page(client, q="stillpoint")


@POSTGRES_ONLY
def test_a_moved_section_keeps_its_articles_in_search_under_the_new_path(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("About the stillpoint."))
    article.move(tree.topics, pos="last-child")
    assert result_titles(client, q="stillpoint") == ["Stillpoint basics"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.path = p.path FROM articles_searchdocument d "
            "JOIN wagtailcore_page p ON p.id = d.page_id WHERE d.page_id = %s",
            [article.pk],
        )
        assert cursor.fetchone() == (True,)


@POSTGRES_ONLY
def test_the_rebuild_restores_a_lost_index_in_batches(client, tree, text):
    for n in range(5):
        tree.article(title=f"Stillpoint {n}", body=text("About the migraine stillpoint."))
    gone = tree.article(title="Stillpoint gone", body=text("About the stillpoint."))
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_searchdocument")
        cursor.execute("DELETE FROM articles_searchterm")
        cursor.execute("UPDATE wagtailcore_page SET live = false WHERE id = %s", [gone.pk])
    assert result_titles(client, q="stillpoint") == []
    call_command("rebuild_search_index", batch_size=2, stdout=io.StringIO())
    assert sorted(result_titles(client, q="stillpoint")) == [f"Stillpoint {n}" for n in range(5)]
    assert 'rel="nofollow">migraine</a>?' in results_page(client, q="migrane")


@POSTGRES_ONLY
def test_an_upgraded_site_fills_its_empty_index_once_at_startup(client, tree, text):
    """The first start after the migration finds pages but no index (`--if-empty`, run by the
    container after migrating); later starts leave the index alone."""
    for n in range(3):
        tree.article(title=f"Stillpoint {n}", body=text("About the stillpoint."))
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_searchdocument")
    out = io.StringIO()
    call_command("rebuild_search_index", if_empty=True, stdout=out)
    assert "Indexed" in out.getvalue()
    assert sorted(result_titles(client, q="stillpoint")) == [f"Stillpoint {n}" for n in range(3)]
    again = io.StringIO()
    call_command("rebuild_search_index", if_empty=True, stdout=again)
    assert again.getvalue() == ""


@POSTGRES_ONLY
def test_the_rebuild_never_empties_the_index_while_it_runs(client, tree, text, monkeypatch):
    """Each batch rewrites its rows in place: a search between two batches finds everything."""
    for n in range(4):
        tree.article(title=f"Stillpoint {n}", body=text("About the stillpoint."))
    from articles.search import indexing

    seen = []
    original = indexing.index_documents

    def index_and_search(documents, cursor, *args):
        original(documents, cursor, *args)
        seen.append(len(result_titles(client, q="stillpoint")))

    monkeypatch.setattr(
        "articles.management.commands.rebuild_search_index.index_documents", index_and_search
    )
    call_command("rebuild_search_index", batch_size=1, stdout=io.StringIO())
    assert len(seen) == 8 and set(seen) == {4}  # four articles and their four authors


def test_the_rebuild_command_says_what_to_run_for_wagtails_backend(settings, capsys):
    settings.SEARCH_ENGINE = "wagtail"
    call_command("rebuild_search_index")
    assert "update_index" in capsys.readouterr().out


def test_the_startup_fill_is_silent_with_wagtails_backend(settings, capsys):
    settings.SEARCH_ENGINE = "wagtail"
    call_command("rebuild_search_index", if_empty=True)
    assert capsys.readouterr().out == ""


@pytest.mark.django_db
def test_the_rebuild_of_an_empty_site_indexes_nothing(settings, capsys):
    if connection.vendor != "postgresql":
        settings.SEARCH_ENGINE = "wagtail"
    call_command("rebuild_search_index")
    out = capsys.readouterr().out
    assert "Indexed 0 pages" in out or "update_index" in out


def test_an_edited_article_shows_its_new_words_in_its_excerpt(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("The old stillpoint passage."))
    article.body = text("A new stillpoint passage, rewritten.")
    article.save_revision().publish()
    html = results_page(client, q="stillpoint")
    assert "A new <mark>stillpoint</mark> passage, rewritten." in html
    assert "The old" not in html


@POSTGRES_ONLY
def test_a_site_upgraded_to_stored_excerpts_shows_them_at_once_and_fills_them_at_startup(
    client, tree, text
):
    """Pages indexed before the excerpts' texts were stored (articles_searchtext empty) get
    their excerpts from the pages themselves until `--if-empty` fills the table."""
    for n in range(2):
        tree.article(title=f"Stillpoint {n}", body=text("About the stillpoint, slowly."))
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_searchtext")
    assert results_page(client, q="stillpoint").count("About the <mark>stillpoint</mark>") == 2
    out = io.StringIO()
    call_command("rebuild_search_index", if_empty=True, stdout=out)
    assert "Indexed" in out.getvalue()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_searchtext")
        assert cursor.fetchone()[0] == 4  # two articles and their two authors
    assert results_page(client, q="stillpoint").count("About the <mark>stillpoint</mark>") == 2


def test_a_result_shows_the_article_as_it_is_now(client, tree, text):
    article = tree.article(title="Stillpoint basics", body=text("About the stillpoint."))
    assert result_titles(client, q="stillpoint") == ["Stillpoint basics"]
    article.title = "Stillpoint, the basics"
    article.save_revision().publish()
    assert result_titles(client, q="stillpoint") == ["Stillpoint, the basics"]


@pytest.mark.parametrize("credited_as", ["author", "reviewer", "curator"])
def test_a_result_shows_the_people_it_credits_as_named_now(client, tree, text, credited_as):
    person = tree.author(title="Ana Ruiz")
    if credited_as == "author":
        tree.article(title="Stillpoint basics", authors=[person], body=text("The stillpoint."))
    elif credited_as == "reviewer":
        tree.review(title="Stillpoint, a review", reviewer=person, body=text("The stillpoint."))
    else:
        tree.reading_list(title="Stillpoint books", curator=person)
    byline = {"author": "By ", "reviewer": "Reviewed by ", "curator": "Curated by "}[credited_as]
    assert f"{byline}Ana Ruiz" in results_page(client, q="stillpoint")
    person.title = "Ana Ruiz-Okafor"
    person.save_revision().publish()
    assert f"{byline}Ana Ruiz-Okafor" in results_page(client, q="stillpoint")


def test_the_topics_offered_change_with_a_published_topic_while_kept(
    client, tree, settings, django_capture_on_commit_callbacks
):
    settings.FRAGMENT_CACHE_SECONDS = 600  # the form's topics kept in the shared cache
    with django_capture_on_commit_callbacks(execute=True):
        sleep = tree.topic(title="Sleep")
        posture = tree.topic(title="Posture", live=False)
    assert ">Sleep</option>" in results_page(client, q="anything")
    with django_capture_on_commit_callbacks(execute=True):
        posture.save_revision().publish()
        sleep.title = "Sleep and rest"
        sleep.save_revision().publish()
    html = results_page(client, q="anything")
    assert ">Posture</option>" in html and ">Sleep and rest</option>" in html
    assert ">Sleep</option>" not in html
