"""Readers who misspell, half-type, leave out accents or use another form of a word still find
what they look for."""

import pytest
from django.db import connection

from tests.search.conftest import POSTGRES_ONLY, result_titles, results_page


@pytest.fixture
def corpus(tree, text):
    return [
        tree.article(
            title="What is craniosacral therapy?",
            standfirst="A gentle, hands-on therapy.",
            body=text("Craniosacral practitioners use light touch."),
        ),
        tree.article(
            title="Living with migraine",
            standfirst="Triggers, diaries and rest.",
            body=text("A migraine is more than a headache."),
        ),
        tree.article(
            title="Neck pain basics",
            standfirst="What helps a stiff neck.",
            body=text("Posture and movement."),
        ),
        tree.article(
            title="Café breaks and sleep",
            standfirst="Coffee after noon.",
            body=text("Caffeine stays for hours."),
        ),
    ]


def did_you_mean(html: str) -> str:
    start = html.find('<p class="did-you-mean">')
    return " ".join(html[start : html.find("</p>", start)].split()) if start >= 0 else ""


@POSTGRES_ONLY
@pytest.mark.parametrize(
    ("typed", "meant"), [("craniosacrall", "craniosacral"), ("migrane", "migraine")]
)
def test_a_misspelled_word_gets_did_you_mean_from_the_sites_own_words(client, corpus, typed, meant):
    html = results_page(client, q=typed)
    assert f'rel="nofollow">{meant}</a>?' in did_you_mean(html)
    assert meant in result_titles(client, q=meant)[0].lower()


@POSTGRES_ONLY
def test_only_the_misspelled_word_of_several_is_corrected(client, corpus):
    html = results_page(client, q="migrane diaries")
    assert 'rel="nofollow">migraine diaries</a>?' in did_you_mean(html)


@POSTGRES_ONLY
def test_words_the_site_uses_get_no_did_you_mean(client, corpus):
    assert did_you_mean(results_page(client, q="migraine")) == ""


@POSTGRES_ONLY
def test_a_word_nothing_resembles_gets_no_did_you_mean_and_no_results(client, corpus):
    html = results_page(client, q="zzyzx")
    assert did_you_mean(html) == "" and "Nothing matched" in html


@POSTGRES_ONLY
def test_another_form_of_a_word_finds_it(client, corpus):
    assert result_titles(client, q="migraines") == ["Living with migraine"]
    assert result_titles(client, q="practitioner") == ["What is craniosacral therapy?"]


@POSTGRES_ONLY
def test_accents_do_not_matter(client, corpus):
    assert result_titles(client, q="cafe") == ["Café breaks and sleep"]
    assert result_titles(client, q="CAFÉ") == ["Café breaks and sleep"]


def test_case_does_not_matter(client, corpus):
    assert result_titles(client, q="MIGRAINE") == ["Living with migraine"]


def suggestions(client, typed):
    return client.get("/search/suggest/", {"q": typed}).json()["suggestions"]


def test_a_half_typed_word_completes_to_titles(client, corpus):
    assert suggestions(client, "cranio") == ["What is craniosacral therapy?"]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Wagtail's SQLite backend completes only the whole query as one prefix",
)
def test_the_last_word_is_the_prefix_the_earlier_ones_must_match(client, corpus):
    assert suggestions(client, "neck pa") == ["Neck pain basics"]
    assert suggestions(client, "living mig") == ["Living with migraine"]
    assert suggestions(client, "neck mig") == []


@POSTGRES_ONLY
def test_type_ahead_ignores_accents(client, corpus):
    assert suggestions(client, "cafe") == ["Café breaks and sleep"]
