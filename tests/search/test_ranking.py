"""The best match comes first: title over standfirst over body, an exact phrase over scattered
words, and among equals the expert-reviewed, then the newer article."""

import datetime

from tests.search.conftest import POSTGRES_ONLY, result_titles

pytestmark = POSTGRES_ONLY

NEUTRAL = "Plain words about the day."


def test_a_title_match_outranks_a_standfirst_match_which_outranks_a_body_match(client, tree, text):
    # Oldest first, so that newer-first alone would give the opposite order.
    tree.article(title="Migraine relief explained", standfirst=NEUTRAL, body=text(NEUTRAL))
    tree.article(title="Another piece", standfirst="Why migraine matters.", body=text(NEUTRAL))
    tree.article(title="A quiet morning", standfirst=NEUTRAL, body=text("Migraine, once."))
    assert result_titles(client, q="migraine") == [
        "Migraine relief explained",
        "Another piece",
        "A quiet morning",
    ]


def test_many_body_mentions_do_not_outrank_one_title_match(client, tree, text):
    tree.article(title="Migraine", standfirst=NEUTRAL, body=text(NEUTRAL))
    tree.article(title="Daily notes", standfirst=NEUTRAL, body=text("migraine " * 8))
    assert result_titles(client, q="migraine") == ["Migraine", "Daily notes"]


def test_the_words_side_by_side_outrank_the_same_words_apart(client, tree, text):
    tree.article(
        title="Together",
        standfirst=NEUTRAL,
        body=text("The week ended with a stiff neck pain that came and went."),
    )
    tree.article(
        title="Scattered",
        standfirst=NEUTRAL,
        body=text("The neck was stiff all week and then the back pain came."),
    )
    assert result_titles(client, q="neck pain") == ["Together", "Scattered"]


def test_a_quoted_phrase_finds_only_the_words_in_that_order(client, tree, text):
    tree.article(title="Together", standfirst=NEUTRAL, body=text("A stiff neck pain."))
    tree.article(title="Scattered", standfirst=NEUTRAL, body=text("The neck, then the pain."))
    assert result_titles(client, q='"neck pain"') == ["Together"]


def test_among_equal_matches_the_expert_reviewed_article_comes_first(client, tree, text):
    expert = tree.author(title="Dr Expert")
    tree.article(
        title="Jaw tension today",
        standfirst=NEUTRAL,
        body=text(NEUTRAL),
        date_published=datetime.date(2026, 5, 1),
    )
    tree.article(
        title="Jaw tension reviewed",
        standfirst=NEUTRAL,
        body=text(NEUTRAL),
        date_published=datetime.date(2025, 5, 1),
        expert_reviewer=expert,
        last_review_date=datetime.date(2025, 6, 1),
    )
    assert result_titles(client, q="jaw") == ["Jaw tension reviewed", "Jaw tension today"]


def test_among_equal_matches_the_newer_article_comes_first(client, tree, text):
    for year in (2023, 2025, 2024):
        tree.article(
            title=f"Jaw tension {year}",
            standfirst=NEUTRAL,
            body=text(NEUTRAL),
            date_published=datetime.date(year, 1, 1),
        )
    assert result_titles(client, q="jaw") == [
        "Jaw tension 2025",
        "Jaw tension 2024",
        "Jaw tension 2023",
    ]
