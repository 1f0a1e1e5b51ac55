"""Meta tags and JSON-LD on every page type, checked against the schema.org vocabulary."""

import pytest

from tests.validators import json_ld, of_type, vocabulary_errors
from wellness.factories import BookFactory, CommentFactory, ImageFactory


def page_html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def article(tree):
    author = tree.author(title="Maya Lindqvist", credentials="LMT")
    page = tree.article(
        title="What is craniosacral therapy?",
        standfirst="Principles and evidence.",
        authors=[author],
        hero_image=ImageFactory(),
        tags=["stress"],
    )
    CommentFactory(page=page, name="Lena", body="Helpful, thanks.", email="lena.secret@example.org")
    CommentFactory(page=page, status="pending", body="Held back.")
    return page


def test_every_page_type_has_only_schema_org_types_and_properties(client, tree, article):
    book = BookFactory(cover=ImageFactory(), isbn="9780306406157")
    pages = [
        tree.home,
        tree.articles,
        tree.topics,
        tree.topic(),
        article,
        tree.review(book=book, reviewer=tree.author()),
        tree.reading_list(items=[{"book": book, "note": "Read it."}], curator=tree.author()),
        tree.author(),
        tree.standard_page(),
    ]
    for page in pages:
        items = json_ld(page_html(client, page))
        assert items, page
        assert vocabulary_errors(items) == [], page


def test_an_article_describes_headline_authors_dates_image_publisher_and_comments(client, article):
    data = of_type(json_ld(page_html(client, article)), "Article")
    assert data["headline"] == "What is craniosacral therapy?"
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Maya Lindqvist",
            "url": "http://localhost/authors/maya-lindqvist/",
            "honorificSuffix": "LMT",
        }
    ]
    assert data["datePublished"] and data["dateModified"]
    assert data["image"][0].startswith("http") and data["publisher"]["@type"] == "Organization"
    assert data["commentCount"] == 1
    assert [c["text"] for c in data["comment"]] == ["Helpful, thanks."]


def test_no_commenter_email_anywhere_in_the_markup(client, article):
    assert "lena.secret" not in page_html(client, article)


def test_a_book_review_describes_the_book_and_its_rating(client, tree):
    book = BookFactory(title="Quiet Hands", authors="Helen Okafor", isbn="9780306406157")
    review = tree.review(book=book, rating=4, reviewer=tree.author(title="Nadia Ferreira"))
    data = of_type(json_ld(page_html(client, review)), "Review")
    assert data["itemReviewed"]["@type"] == "Book"
    assert data["itemReviewed"]["name"] == "Quiet Hands"
    assert data["itemReviewed"]["author"]["name"] == "Helen Okafor"
    assert data["itemReviewed"]["isbn"] == "9780306406157"
    assert data["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert data["author"]["name"] == "Nadia Ferreira"


def test_a_reading_list_is_an_ordered_item_list(client, tree):
    article = tree.article(title="Second")
    page = tree.reading_list(
        items=[
            {"book": BookFactory(title="First"), "note": ""},
            {"article": article, "note": ""},
            {"link_url": "https://example.org/", "link_title": "Third", "note": ""},
        ]
    )
    data = of_type(json_ld(page_html(client, page)), "ItemList")
    assert [(i["position"], i["name"]) for i in data["itemListElement"]] == [
        (1, "First"),
        (2, "Second"),
        (3, "Third"),
    ]
    assert data["numberOfItems"] == 3


def test_an_author_page_is_a_profile_page_about_a_person(client, tree):
    author = tree.author(title="Nadia Ferreira", short_bio="Family physician.")
    data = of_type(json_ld(page_html(client, author)), "ProfilePage")
    assert data["mainEntity"]["@type"] == "Person"
    assert data["mainEntity"]["name"] == "Nadia Ferreira"
    assert data["mainEntity"]["description"] == "Family physician."


def test_every_page_has_breadcrumbs_in_markup_and_structured_data(client, tree, article):
    html = page_html(client, article)
    assert '<nav class="breadcrumbs wrap" aria-label="Breadcrumb">' in html
    assert '<span aria-current="page">What is craniosacral therapy?</span>' in html
    crumbs = of_type(json_ld(html), "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Home", "Articles", "What is craniosacral therapy?"]
    assert [c["position"] for c in crumbs] == [1, 2, 3]


def test_meta_tags_give_title_description_canonical_and_share_image(client, article):
    html = page_html(client, article)
    assert "<title>What is craniosacral therapy? · Wellness</title>" in html
    assert '<meta name="description" content="Principles and evidence.">' in html
    assert f'<link rel="canonical" href="http://localhost{article.url}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_the_search_description_overrides_the_standfirst(client, tree):
    page = tree.article(standfirst="Standfirst.", search_description="Written for search.")
    assert '<meta name="description" content="Written for search.">' in page_html(client, page)


def test_a_second_page_of_a_listing_is_its_own_canonical_url(client, tree):
    for _ in range(13):
        tree.article()
    html = client.get(tree.articles.url, {"page": 2}).content.decode()
    assert '<link rel="canonical" href="http://localhost/articles/?page=2">' in html


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, tree):
    page = tree.article(title="</script><script>alert(1)</script>")
    html = page_html(client, page)
    assert "</script><script>alert(1)" not in html
