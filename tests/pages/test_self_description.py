"""Pages say what they are: summary, byline, share image, date, feeds and JSON-LD.

The head of a page, its JSON-LD, search results and feeds ask the page; nothing outside the
page decides by its type or probes its field names.
"""

import ast
import datetime
from pathlib import Path

import pytest
from wagtail import hooks

from tests.validators import json_ld, of_type
from wellness.factories import BookFactory, ImageFactory

ROOT = Path(__file__).resolve().parents[2]
ASKING_MODULES = ["articles/seo.py", "articles/structured_data.py", "articles/views/search.py"]


def probes_in(path: Path) -> list[str]:
    """Calls that decide by a page's type or guess at its fields."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        called = getattr(node.func, "id", "") if isinstance(node, ast.Call) else ""
        if called in {"isinstance", "hasattr"}:
            found.append(f"{path.name}:{node.lineno} {called}")
        if called == "getattr" and getattr(node.args[0], "id", "") == "page":
            found.append(f"{path.name}:{node.lineno} getattr(page, …)")
        if isinstance(node, ast.Attribute) and node.attr == "model_name":
            found.append(f"{path.name}:{node.lineno} model_name")
    return found


def test_the_head_json_ld_and_search_ask_the_page_instead_of_checking_its_type():
    assert [probe for name in ASKING_MODULES for probe in probes_in(ROOT / name)] == []


def test_each_page_type_gives_its_own_summary_and_byline(tree):
    maya = tree.author(title="Maya Lindqvist", credentials="LMT", short_bio="Bodywork, gently.")
    article = tree.article(title="Stillpoints", standfirst="What a stillpoint is.", authors=[maya])
    review = tree.review(reviewer=maya, verdict="Calm and careful.")
    reading = tree.reading_list(curator=maya, intro="<p>Start <b>here</b>.</p>")
    assert article.summary() == "What a stillpoint is."
    assert article.byline() == "By Maya Lindqvist"
    assert review.summary() == "Calm and careful."
    assert review.byline() == "Reviewed by Maya Lindqvist"
    assert reading.summary() == "Start here."
    assert reading.byline() == "Curated by Maya Lindqvist"
    assert maya.summary() == "Bodywork, gently."
    assert maya.byline() == "Writer, LMT"
    assert tree.standard_page(intro="About us.").summary() == "About us."
    assert tree.home.byline() == "" and tree.home.date_shown() is None


def test_a_long_summary_is_cut_to_what_a_search_engine_shows(tree):
    article = tree.article(standfirst="word " * 80)
    assert len(article.summary()) <= 160 and article.summary().endswith("…")


def test_share_images_come_from_the_page_and_an_unpublished_book_shows_none(tree):
    hero, cover = ImageFactory(), ImageFactory()
    assert tree.article(hero_image=hero).share_image() == hero
    assert tree.review(book=BookFactory(cover=cover)).share_image() == cover
    hidden = BookFactory(cover=ImageFactory(), live=False)
    assert tree.review(book=hidden).share_image() is None
    assert tree.topic().share_image() is None


def test_only_topics_and_authors_have_their_own_feeds(tree):
    topic, author = tree.topic(slug="sleep"), tree.author(slug="maya")
    assert [url for _, url, _ in topic.own_feeds()] == [
        "/feeds/topics/sleep/rss/",
        "/feeds/topics/sleep/atom/",
    ]
    assert [title for title, _, _ in author.own_feeds()] == [
        f"{author.title} (RSS)",
        f"{author.title} (Atom)",
    ]
    assert tree.articles.own_feeds() == [] and tree.home.own_feeds() == []


def test_section_indexes_are_collections_and_a_topic_too(client, tree):
    for page in (tree.articles, tree.reviews, tree.reading_lists, tree.authors, tree.topics):
        assert of_type(json_ld(client.get(page.url).content.decode()), "CollectionPage")
    topic = tree.topic()
    assert of_type(json_ld(client.get(topic.url).content.decode()), "CollectionPage")
    standard = tree.standard_page()
    assert of_type(json_ld(client.get(standard.url).content.decode()), "WebPage")


def test_other_apps_complete_a_page_json_ld_through_the_hook(client, tree):
    def add_audience(page, data, context):
        data["audience"] = {"@type": "Audience", "audienceType": page.title}

    article = tree.article(title="Stillpoints")
    with hooks.register_temporarily("construct_page_json_ld", add_audience):
        html = client.get(article.url).content.decode()
    assert of_type(json_ld(html), "Article")["audience"]["audienceType"] == "Stillpoints"


def test_search_results_show_what_the_page_says_of_itself(client, tree):
    maya = tree.author(title="Maya Lindqvist")
    tree.article(
        title="Breathing slowly",
        standfirst="Slow breathing, explained.",
        authors=[maya],
        date_published=datetime.date(2024, 3, 1),
    )
    html = client.get("/search/", {"q": "breathing"}).content.decode()
    assert "By Maya Lindqvist" in html and "1 March 2024" in html


@pytest.mark.parametrize(
    ("section", "noun"),
    [("reviews", "book reviews"), ("reading_lists", "reading lists"), ("authors", "authors")],
)
def test_an_empty_section_says_what_it_has_none_of(client, tree, section, noun):
    html = client.get(getattr(tree, section).url).content.decode()
    assert f"No {noun} yet." in html
