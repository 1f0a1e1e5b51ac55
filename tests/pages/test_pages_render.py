"""What readers see on listings, reviews, reading lists, author, topic and standard pages."""

import datetime
import re

import pytest

from wellness.factories import BookFactory, ImageFactory


def html_of(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_page_shows_featured_and_latest_articles_topics_reviews_and_lists(client, tree):
    tree.article(title="A featured piece", featured=True)
    tree.article(title="A latest piece")
    tree.topic(title="Sleep")
    tree.review(title="Review of a calm book")
    tree.reading_list(title="Start here")
    html = html_of(client, tree.home.url)
    featured, latest = html.index("Featured"), html.index("Latest articles")
    assert featured < html.index("A featured piece") < latest < html.index("A latest piece")
    assert "Sleep" in html and "Review of a calm book" in html and "Start here" in html


def test_home_page_does_not_repeat_featured_articles_under_latest(client, tree):
    tree.article(title="Only once", featured=True)
    assert html_of(client, tree.home.url).count(">Only once<") == 1


def test_main_menu_lists_the_sections_and_marks_the_current_one(client, tree):
    html = html_of(client, tree.articles.url)
    assert '<a href="/articles/" aria-current="page">Articles</a>' in html
    assert '<a href="/topics/">Topics</a>' in html


def test_main_menu_follows_the_order_editors_give_the_sections(client, tree):
    tree.topics.move(tree.articles, pos="left")  # what "Sort menu order" in the admin does
    html = html_of(client, tree.home.url)
    assert html.index('href="/topics/"') < html.index('href="/articles/"')


def test_footer_links_to_standard_pages(client, tree):
    tree.standard_page(title="Privacy", slug="privacy")
    assert '<a href="/privacy/">Privacy</a>' in html_of(client, tree.home.url)


def test_article_listing_is_newest_first_and_paginated(client, tree):
    for day in range(1, 15):
        tree.article(title=f"Day {day:02d}", date_published=datetime.date(2026, 5, day))
    first = html_of(client, tree.articles.url)
    assert first.index("Day 14") < first.index("Day 13")
    assert "Day 02" not in first and "Page 1 of 2" in first
    second = html_of(client, tree.articles.url + "?page=2")
    assert "Day 02" in second and "Day 01" in second and "Day 14" not in second


@pytest.mark.parametrize("page", ["0", "3", "abc", "-1", "1.5", "9" * 40])
def test_a_page_number_that_does_not_exist_is_a_404_not_an_error(client, tree, page):
    tree.article()
    response = client.get(tree.articles.url, {"page": page})
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


def test_article_listing_filters_by_tag(client, tree):
    tree.article(title="About sleep", tags=["sleep"])
    tree.article(title="About stress", tags=["stress"])
    html = html_of(client, tree.articles.url + "tags/sleep/")
    assert "About sleep" in html and "About stress" not in html
    assert "tagged “sleep”" in html


def test_drafts_do_not_appear_in_listings(client, tree):
    tree.article(title="Unfinished draft", live=False)
    assert "Unfinished draft" not in html_of(client, tree.articles.url)
    assert "Unfinished draft" not in html_of(client, tree.home.url)


def test_topic_page_lists_its_articles_newest_first(client, tree):
    topic = tree.topic(title="Sleep", intro="Rest and recovery.")
    tree.article(
        title="Older sleep piece", topics=[topic], date_published=datetime.date(2026, 1, 1)
    )
    tree.article(
        title="Newer sleep piece", topics=[topic], date_published=datetime.date(2026, 2, 1)
    )
    tree.article(title="Not about sleep")
    html = html_of(client, topic.url)
    assert "Rest and recovery." in html
    assert html.index("Newer sleep piece") < html.index("Older sleep piece")
    assert "Not about sleep" not in html


def test_topic_index_counts_live_articles_per_topic(client, tree):
    topic = tree.topic(title="Sleep")
    tree.article(topics=[topic])
    tree.article(topics=[topic])
    tree.article(topics=[topic], live=False)
    assert "2 articles" in html_of(client, tree.topics.url)


def test_book_review_shows_rating_in_words_and_stars_and_the_book(client, tree):
    book = BookFactory(
        title="Quiet Hands",
        subtitle="Light-touch bodywork",
        authors="Helen Okafor",
        isbn="978-0-306-40615-7",
        publisher="Riverbend Press",
        year=2019,
        cover=ImageFactory(),
    )
    book.full_clean()
    book.save()
    review = tree.review(book=book, rating=4, verdict="Careful and calm.")
    html = html_of(client, review.url)
    assert "Rated 4 out of 5" in html
    assert '<span aria-hidden="true">★★★★☆</span>' in html
    assert "Quiet Hands" in html and "Light-touch bodywork" in html
    assert "Helen Okafor" in html and "Riverbend Press, 2019" in html
    assert "978-0-306-40615-7" in html
    assert "Careful and calm." in html
    assert "format-webp" in html


def test_book_review_names_and_links_the_reviewer(client, tree):
    reviewer = tree.author(title="Nadia Ferreira", credentials="MD")
    review = tree.review(reviewer=reviewer)
    html = html_of(client, review.url)
    assert f'Reviewed by <a href="{reviewer.url}" rel="author">Nadia Ferreira</a>, MD' in html


def test_reading_list_shows_items_in_order_with_curator_notes(client, tree):
    book = BookFactory(title="Quiet Hands")
    review = tree.review(book=book)
    article = tree.article(title="What is CST?")
    page = tree.reading_list(
        title="Start here",
        curator=tree.author(title="Maya Lindqvist"),
        items=[
            {"book": book, "note": "Read this first."},
            {"article": article, "note": "Then this."},
            {"link_url": "https://example.org/guide", "link_title": "A guide", "note": "Last."},
        ],
    )
    html = html_of(client, page.url)
    assert html.index("Quiet Hands") < html.index("What is CST?") < html.index("A guide")
    assert f'<a href="{review.url}">Read our review</a>' in html
    assert "Read this first." in html and "Then this." in html and "Last." in html
    assert "Curated by" in html and "Maya Lindqvist" in html


def test_reading_list_hides_an_article_that_was_unpublished(client, tree):
    article = tree.article(title="Withdrawn piece")
    page = tree.reading_list(items=[{"article": article, "note": "Gone."}])
    article.unpublish()
    assert "Withdrawn piece" not in html_of(client, page.url)


def test_author_page_shows_bio_credentials_and_all_their_work_newest_first(client, tree):
    author = tree.author(title="Maya Lindqvist", credentials="LMT", bio="<p>Twenty years.</p>")
    tree.article(title="Her article", authors=[author], date_published=datetime.date(2026, 3, 1))
    tree.review(title="Her review", reviewer=author, date_published=datetime.date(2026, 4, 1))
    tree.reading_list(title="Her list", curator=author, date_published=datetime.date(2026, 5, 1))
    tree.article(title="Someone else's article")
    html = html_of(client, author.url)
    assert "Twenty years." in html and "LMT" in html
    assert html.index("Her list") < html.index("Her review") < html.index("Her article")
    assert "Someone else" not in html


def test_author_page_paginates_their_work(client, tree):
    author = tree.author()
    for _ in range(12):
        tree.article(authors=[author])
    assert "Page 1 of 2" in html_of(client, author.url)
    assert "Page 2 of 2" in html_of(client, author.url + "?page=2")


def test_author_index_lists_authors_with_role_and_credentials(client, tree):
    tree.author(title="Nadia Ferreira", role="expert_reviewer", credentials="MD")
    html = html_of(client, tree.authors.url)
    assert "Nadia Ferreira" in html and "Expert reviewer · MD" in html


def test_review_and_reading_list_indexes_list_their_pages(client, tree):
    tree.review(title="A review")
    tree.reading_list(title="A list")
    assert "A review" in html_of(client, tree.reviews.url)
    assert "A list" in html_of(client, tree.reading_lists.url)


def test_standard_page_renders_its_body(client, tree):
    page = tree.standard_page(title="Comment policy")
    html = html_of(client, page.url)
    assert "<h1>Comment policy</h1>" in html and "Plain words." in html


def test_unknown_address_gets_the_branded_404(client, tree):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html and 'href="/articles/"' in html


def test_every_page_loads_only_local_files_and_needs_no_script(client, tree):
    html = html_of(client, tree.article().url)
    head = html.split("</head>")[0]
    assert '<link rel="stylesheet" href="/static/css/site.css">' in head
    scripts = re.findall(r"<script[^>]*>", html)
    # deferred progressive enhancements (suggestions, the print link); the rest is JSON-LD data
    enhancements = [
        '<script src="/static/js/search-suggest.js" defer>',
        '<script src="/static/js/print.js" defer>',
    ]
    assert [s for s in scripts if 'type="application/ld+json"' not in s] == enhancements
    loaded = re.findall(r'<(?:script|img|source)[^>]*\ssrc="([^"]+)"', html) + re.findall(
        r'<link rel="(?:stylesheet|icon|preload|manifest)"[^>]*href="([^"]+)"', html
    )
    assert loaded and not [url for url in loaded if url.startswith(("http:", "https:", "//"))]
