"""Readers find articles, reviews, reading lists and authors with the site search."""

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from tests.validators import json_ld, of_type, vocabulary_errors
from wellness.factories import BookFactory, stream


@pytest.fixture
def articles(tree):
    author = tree.author(title="Maya Lindqvist")
    topic = tree.topic(title="Sleep")
    return {
        "body": tree.article(
            title="A quiet morning",
            standfirst="Ways to start the day.",
            authors=[author],
            topics=[topic],
            body=stream(("paragraph", "<p>Many readers ask about the stillpoint technique.</p>")),
        ),
        "other": tree.article(title="Neck pain basics", standfirst="What helps a stiff neck."),
    }


def search(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_search_finds_an_article_by_a_word_in_its_body(client, articles):
    html = search(client, q="stillpoint")
    assert "A quiet morning" in html and "Neck pain basics" not in html
    assert "1 result." in html


def test_a_result_shows_its_type_author_date_and_a_highlighted_excerpt(client, articles):
    html = search(client, q="stillpoint")
    assert '<p class="card__kind">Article</p>' in html
    assert "By Maya Lindqvist" in html
    assert "<time datetime=" in html
    assert "the <mark>stillpoint</mark> technique" in html


def test_search_covers_reviews_reading_lists_and_authors(client, tree):
    tree.review(title="Review: Quiet Hands", book=BookFactory(title="Quiet Hands"), verdict="Calm.")
    tree.reading_list(title="Quiet reading")
    tree.author(title="Quiet Person")
    html = search(client, q="quiet")
    assert "Book review" in html and "Reading list" in html and "Author" in html


def test_results_can_be_filtered_by_type(client, tree, articles):
    tree.review(verdict="A stillpoint classic.")
    html = search(client, q="stillpoint", type="review")
    assert "A quiet morning" not in html and "1 result." in html


def test_results_can_be_filtered_by_topic(client, tree, articles):
    tree.article(title="Stillpoint elsewhere", standfirst="About the stillpoint.")
    html = search(client, q="stillpoint", topic="sleep")
    assert "A quiet morning" in html and "Stillpoint elsewhere" not in html


def test_results_are_paginated(client, tree):
    for n in range(12):
        tree.article(title=f"Breathing exercise {n}", standfirst="Breathing, slowly.")
    first = search(client, q="breathing")
    assert "12 results." in first and "Page 1 of 2" in first
    assert "Page 2 of 2" in search(client, q="breathing", page=2)


def test_an_empty_search_gets_a_helpful_page(client, tree):
    tree.topic(title="Sleep")
    html = search(client, q="")
    assert "Search our articles, book reviews, reading lists and authors." in html
    assert "Browse by topic" in html


def test_a_search_with_no_results_suggests_what_to_do(client, articles):
    html = search(client, q="zebra")
    assert "Nothing matched “zebra”" in html and "Check the spelling" in html


def test_a_very_long_search_is_shortened_not_refused(client, articles):
    html = search(client, q="stillpoint " * 500)
    assert "we used its first 200 characters" in html


# (a NUL is not here: it is a 400 for every address, see tests/security/test_hostile_input.py)
@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "&|!():*",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "🙂🙂",
        "\u202eabc",
        "AND OR NOT",
        "-",
        "*" * 300,
        "%",
        "\\",
    ],
)
def test_garbage_never_breaks_the_search(client, articles, query):
    html = search(client, q=query)
    assert "<script>alert(1)</script>" not in html


def test_drafts_and_private_pages_are_not_found(client, tree):
    tree.article(title="Draft about stillpoint", live=False)
    private = tree.article(title="Private stillpoint notes")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert "1 result" not in search(client, q="stillpoint")


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Wagtail's SQLite backend scores whole documents (BM25) and ignores field boosts",
)
def test_title_and_standfirst_weigh_more_than_the_body(client, tree):
    tree.article(title="A quiet morning", body=stream(("paragraph", "<p>migraine once.</p>")))
    tree.article(title="Migraine relief explained")
    tree.article(title="Another piece", standfirst="Why migraine matters.")
    html = search(client, q="migraine")
    positions = [html.index(t) for t in ("Migraine relief", "Another piece", "A quiet morning")]
    assert max(positions[:2]) < positions[2]


def test_suggestions_complete_titles_as_you_type(client, articles):
    response = client.get("/search/suggest/", {"q": "quie"})
    assert response.json() == {"suggestions": ["A quiet morning"]}


def test_suggestions_need_two_characters(client, articles):
    assert client.get("/search/suggest/", {"q": "q"}).json() == {"suggestions": []}


def test_every_page_has_a_search_box(client, tree, articles):
    for url in (tree.home.url, articles["body"].url, tree.topics.url):
        html = client.get(url).content.decode()
        assert 'role="search"' in html and 'action="/search/"' in html


def test_the_home_page_describes_the_site_search_to_search_engines(client, tree):
    items = json_ld(client.get(tree.home.url).content.decode())
    website = of_type(items, "WebSite")
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"].endswith("/search/?q={search_term_string}")
    assert vocabulary_errors(website) == []


def test_search_results_are_kept_out_of_search_engines(client, articles):
    assert '<meta name="robots" content="noindex, follow">' in search(client, q="stillpoint")


def test_search_finds_the_demo_articles_by_words_in_their_bodies(client, db, settings):
    import io

    from django.core.management import call_command

    settings.DEBUG = True
    call_command("load_demo_content", "--no-editor", stdout=io.StringIO())
    html = search(client, q="awkwardly")  # only in the body of one demo article
    assert "What is craniosacral therapy?" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL-only index")
@pytest.mark.django_db
def test_postgresql_has_an_index_for_the_expression_wagtail_searches():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search_title_body_gin'"
        )
        (definition,) = cursor.fetchone()
    assert "gin" in definition and "(title || body)" in definition
