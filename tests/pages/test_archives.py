"""Tag archives and previous / next links between articles."""

import datetime


def test_a_tag_has_its_own_page_newest_first(client, tree):
    tree.article(title="Older rest", tags=["rest"], date_published=datetime.date(2026, 1, 1))
    tree.article(title="Newer rest", tags=["rest"], date_published=datetime.date(2026, 2, 1))
    tree.article(title="Not tagged")
    response = client.get("/articles/tags/rest/")
    html = response.content.decode()
    assert response.status_code == 200 and "tagged “rest”" in html
    assert html.index("Newer rest") < html.index("Older rest") and "Not tagged" not in html


def test_tag_pages_are_paginated(client, tree):
    for _ in range(13):
        tree.article(tags=["rest"])
    assert "Page 1 of 2" in client.get("/articles/tags/rest/").content.decode()
    assert client.get("/articles/tags/rest/", {"page": 2}).status_code == 200


def test_an_unknown_tag_is_a_404(client, tree):
    assert client.get("/articles/tags/no-such-tag/").status_code == 404


def test_the_old_tag_address_redirects_permanently(client, tree):
    response = client.get("/articles/", {"tag": "rest"})
    assert response.status_code == 301 and response["Location"] == "/articles/tags/rest/"


def test_articles_link_their_tags_to_the_tag_pages(client, tree):
    page = tree.article(tags=["rest"])
    assert 'href="/articles/tags/rest/" rel="tag"' in client.get(page.url).content.decode()


def test_an_article_links_to_the_previous_and_next_article(client, tree):
    older = tree.article(title="Older", date_published=datetime.date(2026, 1, 1))
    middle = tree.article(title="Middle", date_published=datetime.date(2026, 1, 2))
    newer = tree.article(title="Newer", date_published=datetime.date(2026, 1, 3))
    html = client.get(middle.url).content.decode()
    assert f'href="{older.url}" rel="prev"' in html and f'href="{newer.url}" rel="next"' in html
    assert 'rel="prev"' not in client.get(older.url).content.decode()
