"""What keeps the search fast as the site grows: a fixed number of queries per results page,
and past a bound an estimated count with pages through the best matches only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.search.conftest import POSTGRES_ONLY, result_titles, results_page

# The topics for the filter; then on PostgreSQL the planner's estimates of where the words
# match, the ranked candidates with "Did you mean" in one query, and the results' stored
# cards, passages and addresses; on Wagtail's backend the count, the page of results, the
# pages (one query per page type) and their bylines' people.
POSTGRES = connection.vendor == "postgresql"
QUERIES = 4 if POSTGRES else 5


def queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get("/search/", params).status_code == 200
    return len(context.captured_queries)


def test_the_results_page_takes_the_same_queries_for_3_or_30_results(client, tree, text):
    for n in range(3):
        tree.article(title=f"Breathing {n}", body=text("Breathing, slowly."))
    client.get("/search/", {"q": "breathing"})  # site and privacy lookups cached
    few = queries(client, q="breathing")
    for n in range(27):
        tree.article(title=f"More breathing {n}", body=text("Breathing, slowly."))
    assert queries(client, q="breathing") == few == QUERIES


@POSTGRES_ONLY
def test_a_page_indexed_before_cards_were_kept_shows_its_result_from_the_page(client, tree, text):
    coach = tree.author(title="Breathing coach")
    tree.article(title="Breathing well", authors=[coach], body=text("Breathing, slowly."))
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_searchtext SET card = NULL")
    html = results_page(client, q="breathing")
    assert "Breathing well" in html and "By Breathing coach" in html
    assert "<mark>Breathing</mark>, slowly." in html


def test_with_the_topics_kept_a_page_of_results_reads_no_topic(client, tree, text, settings):
    settings.FRAGMENT_CACHE_SECONDS = 600
    tree.topic(title="Sleep")
    tree.article(title="Breathing", body=text("Breathing, slowly."))
    assert ">Sleep</option>" in results_page(client, q="breathing")
    assert queries(client, q="breathing") == QUERIES - 1


def test_a_search_with_no_results_takes_the_same_queries_for_2_or_12_topics(client, tree):
    tree.topic(title="Sleep")
    tree.topic(title="Posture")
    html = results_page(client, q="nothingmatches")  # site and privacy lookups cached
    assert "Browse by topic" in html and "Posture" in html
    few = queries(client, q="nothingmatches")
    for n in range(10):
        tree.topic(title=f"Topic {n}")
    assert queries(client, q="nothingmatches") == few


def test_results_of_every_type_take_a_query_per_type_and_per_kind_of_byline(client, tree, text):
    coach = tree.author(title="Breathing coach", credentials="RN")
    tree.article(title="Breathing well", authors=[coach], body=text("Breathing."))
    tree.review(title="Breathing, a review", reviewer=coach, body=text("Breathing."))
    tree.reading_list(title="Breathing books", curator=coach)
    client.get("/search/", {"q": "breathing"})  # site and privacy lookups cached
    with CaptureQueriesContext(connection) as context:
        html = results_page(client, q="breathing")
    # On Wagtail's backend: three more page types; two more kinds of byline (a reviewer, a
    # curator). The PostgreSQL engine reads every result's stored card in the same query.
    assert len(context.captured_queries) == QUERIES + (0 if POSTGRES else 3 + 2)
    for byline in ("By Breathing coach", "Reviewed by Breathing coach", "Curated by Breathing"):
        assert byline in html
    assert "Breathing coach</a>" in html and "RN" in html  # the author's own result


@POSTGRES_ONLY
def test_past_the_bound_the_count_is_an_estimate_and_pages_run_through_the_best(
    client, tree, text, monkeypatch
):
    monkeypatch.setattr("articles.search.postgres.CANDIDATES", 4)
    for n in range(2):  # the oldest: only the title arm of the candidates reaches them
        tree.article(title=f"Breathing {n}", standfirst="Plain.", body=text("Plain."))
    for n in range(12):
        tree.article(title=f"Note {n}", standfirst="Plain.", body=text("Breathing, slowly."))
    html = results_page(client, q="breathing")
    assert "About " in html and "the best 6 are listed here" in html
    monkeypatch.setattr("articles.views.search.PER_PAGE", 4)
    first = result_titles(client, q="breathing")
    second = result_titles(client, q="breathing", page=2)
    assert first[:2] == ["Breathing 1", "Breathing 0"]  # title matches, even the oldest
    assert len(first) == 4 and len(second) == 2 and not set(first) & set(second)
    assert client.get("/search/", {"q": "breathing", "page": 3}).status_code == 404


@POSTGRES_ONLY
def test_where_headings_match_too_often_to_read_the_newest_matches_are_the_candidates(
    client, tree, text, monkeypatch
):
    monkeypatch.setattr("articles.search.postgres.CANDIDATES", 4)
    monkeypatch.setattr("articles.search.postgres.HEADING_BOUND", 0)  # every heading arm
    for n in range(2):
        tree.article(title=f"Breathing {n}", standfirst="Plain.", body=text("Plain."))
    for n in range(12):
        tree.article(title=f"Note {n}", standfirst="Plain.", body=text("Breathing, slowly."))
    titles = result_titles(client, q="breathing")
    assert titles == ["Note 11", "Note 10", "Note 9", "Note 8"]  # the oldest are not reached
    assert "the best 4 are listed here" in results_page(client, q="breathing")


@pytest.mark.parametrize(
    "title, head, arm",
    [(3, 40, "head"), (3, 5_000, "title"), (2_000, 50_000, None), (1_000, 1_000, "head")],
)
def test_the_heading_arm_reads_where_the_planner_expects_few_matches(title, head, arm):
    from articles.search.postgres import heading_column

    assert heading_column({"title": title, "head": head, "document": 90_000}) == arm


@POSTGRES_ONLY
def test_under_the_bound_the_count_is_exact(client, tree, text):
    for n in range(12):
        tree.article(title=f"Note {n}", standfirst="Plain.", body=text("Breathing, slowly."))
    html = results_page(client, q="breathing")
    assert "12 results." in html and "About" not in html


@pytest.mark.parametrize("query", ["the", "and or not", '""'])
def test_a_query_of_only_common_little_words_finds_nothing_quietly(client, tree, text, query):
    tree.article(title="The breath", body=text("And the rest."))
    assert client.get("/search/", {"q": query}).status_code == 200
