"""Heading anchors, the table of contents and reading time."""

from articles.blocks import ArticleBodyBlock
from articles.headings import (
    assign_heading_anchors,
    reading_time_minutes,
    table_of_contents,
)


def body(*headings):
    block = ArticleBodyBlock()
    return block.to_python(
        [
            {"type": "heading", "value": {"text": t, "level": lvl, "anchor": a}}
            for t, lvl, a in headings
        ]
    )


def test_anchors_come_from_the_heading_text():
    value = body(("How a session works", "h2", ""))
    assign_heading_anchors(value)
    assert value[0].value["anchor"] == "how-a-session-works"


def test_an_editors_own_anchor_is_kept():
    value = body(("How a session works", "h2", "session"))
    assign_heading_anchors(value)
    assert value[0].value["anchor"] == "session"


def test_headings_without_letters_still_get_an_anchor():
    value = body(("???", "h2", ""), ("!!!", "h2", ""))
    assign_heading_anchors(value)
    assert [b.value["anchor"] for b in value] == ["section", "section-2"]


def test_non_latin_headings_keep_a_readable_anchor():
    value = body(("Что такое терапия", "h2", ""))
    assign_heading_anchors(value)
    assert value[0].value["anchor"] == "что-такое-терапия"


def test_table_of_contents_nests_h3_under_the_previous_h2():
    value = body(("Intro", "h3", ""), ("Principles", "h2", ""), ("Stillpoint", "h3", ""))
    toc = table_of_contents(value)
    assert [entry.text for entry in toc] == ["Intro", "Principles"]
    assert [child.text for child in toc[1].children] == ["Stillpoint"]


def test_reading_time_rounds_up_and_is_at_least_a_minute():
    assert reading_time_minutes(0) == 1
    assert reading_time_minutes(230) == 1
    assert reading_time_minutes(231) == 2
