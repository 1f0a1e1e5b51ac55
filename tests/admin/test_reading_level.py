"""The content checks tell editors how hard an article is to read, against the site's target."""

import re

import pytest

from articles.checks import check_page
from articles.models import ArticlePage, ReadingLevelSettings
from articles.readability import reading_level
from wellness.factories import stream

PLAIN = (
    "<p>Sleep helps your body heal. Most adults need seven to nine hours a night. "
    "Go to bed at the same time each day. Keep your room dark and cool.</p>"
)
HARD = (
    "<p>Notwithstanding considerable methodological heterogeneity, contemporary systematic "
    "evaluations consistently characterise craniosacral interventions as insufficiently "
    "substantiated, particularly regarding physiological mechanisms purportedly involving "
    "cerebrospinal fluid oscillations and cranial suture mobility.</p>"
)
MEDIUM = (
    "<p>Craniosacral therapy is a gentle treatment that uses light touch on the head and back. "
    "Practitioners believe it can ease pain, although the research behind it remains limited "
    "and uncertain.</p>"
)


def body(*paragraphs, heading="A heading with extraordinarily polysyllabic vocabulary"):
    blocks = [("heading", {"text": heading, "level": "h2", "anchor": ""})]
    blocks += [("paragraph", p) for p in paragraphs]
    blocks.append(
        ("quote", {"text": "Incomprehensibly sesquipedalian quotation.", "attribution": ""})
    )
    return stream(*blocks)


def level_of(tree, *paragraphs):
    return reading_level(tree.article(body=body(*paragraphs)).body)


def kinds(page):
    return [flag.kind for flag in check_page(page)]


def test_plain_text_reads_at_a_low_grade_and_high_ease(tree):
    level = level_of(tree, PLAIN)
    assert level.grade <= 6 and level.ease >= 70
    assert level.sentences == 4 and level.words == 29


def test_dense_text_reads_at_a_high_grade_and_low_ease(tree):
    level = level_of(tree, HARD)
    assert level.grade > 16 and level.ease < 30
    assert level.ease_label == "difficult"


def test_only_the_text_blocks_count_not_headings_or_quotes(tree):
    level = level_of(tree, PLAIN)
    assert "polysyllabic" not in level.rare_words and "sesquipedalian" not in level.rare_words
    assert level.words == 29


def test_an_article_without_text_blocks_has_no_reading_level(tree):
    page = tree.article(body=stream(("heading", {"text": "Only", "level": "h2", "anchor": ""})))
    assert reading_level(page.body) is None
    assert "reading_level" not in kinds(page)


def test_the_longest_sentences_and_rarest_words_are_found(tree):
    level = level_of(tree, PLAIN, HARD)
    words, sentence = level.longest[0]
    assert words == 27 and sentence.startswith("Notwithstanding considerable")
    hard_words = set(re.findall(r"[a-z]+", HARD.lower()))
    assert level.rare_words and set(level.rare_words) <= hard_words
    assert "sleep" not in level.rare_words and "night" not in level.rare_words


def test_list_items_without_full_stops_are_sentences_of_their_own(tree):
    level = level_of(tree, "<ul><li>Drink water</li><li>Rest often</li></ul>")
    assert level.sentences == 2


def test_an_article_above_the_target_is_flagged_with_its_rare_words(tree):
    page = tree.article(body=body(HARD, HARD, HARD, HARD))  # 108 words: enough to judge
    flags = [flag for flag in check_page(page) if flag.kind == "reading_level"]
    assert len(flags) == 1
    assert "above the site's target of grade 6–8" in flags[0].why
    assert "methodological" in flags[0].why


def test_a_short_text_is_measured_but_not_judged(tree):
    page = tree.article(body=body(HARD))
    assert not reading_level(page.body).judged
    assert "reading_level" not in kinds(page)


def test_a_plain_article_is_not_flagged(tree):
    page = tree.article(body=body(PLAIN))
    assert not {"reading_level", "long_sentence"} & set(kinds(page))


def test_sentences_longer_than_the_site_allows_are_flagged(tree):
    page = tree.article(body=body(PLAIN, HARD))
    long = [flag for flag in check_page(page) if flag.kind == "long_sentence"]
    assert len(long) == 1 and "This sentence has 27 words" in long[0].why  # over 25
    settings = ReadingLevelSettings.for_site(tree.home.get_site())
    settings.long_sentence_words = 30
    settings.save()
    assert "long_sentence" not in kinds(ArticlePage.objects.get(pk=page.pk))


def test_each_site_sets_its_own_target(tree):
    page = tree.article(body=body(MEDIUM, MEDIUM, MEDIUM, MEDIUM))  # about grade 9
    assert "reading_level" in kinds(page)
    settings = ReadingLevelSettings.for_site(tree.home.get_site())
    settings.highest_grade = 10
    settings.save()
    assert "reading_level" not in kinds(ArticlePage.objects.get(pk=page.pk))


def test_a_target_whose_highest_grade_is_below_its_lowest_is_refused(tree):
    from django.core.exceptions import ValidationError

    settings = ReadingLevelSettings(site=tree.home.get_site(), lowest_grade=9, highest_grade=7)
    with pytest.raises(ValidationError, match="cannot be below the lowest"):
        settings.full_clean()


def test_the_editor_sees_the_reading_level_in_the_content_checks_panel(admin_client, tree):
    page = tree.article(body=body(PLAIN, HARD))
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Reading level:</strong> grade" in html and "the site aims at grade 6–8" in html
    assert "Longest sentences:" in html and "Rarest words:" in html
    assert "Notwithstanding considerable" in html
