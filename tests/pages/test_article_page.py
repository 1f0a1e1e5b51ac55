"""What a reader sees on an article page."""

import datetime

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from wellness.factories import BookFactory, ImageFactory, article_body, stream


@pytest.fixture
def article(tree):
    maya = tree.author(title="Maya Lindqvist", credentials="LMT")
    nadia = tree.author(title="Nadia Ferreira", credentials="MD")
    topic = tree.topic(title="Craniosacral therapy")
    return tree.article(
        title="What is craniosacral therapy?",
        standfirst="Principles, techniques and what the evidence says.",
        authors=[maya, nadia],
        topics=[topic],
        tags=["stress", "headaches"],
        hero_image=ImageFactory(credit="Photo: Ana Ruiz"),
        hero_alt="Hands resting on a pillow",
        hero_caption="A session in progress",
        date_published=datetime.date(2026, 9, 14),
        date_updated=datetime.date(2026, 10, 30),
    )


def test_article_shows_title_standfirst_and_body(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>What is craniosacral therapy?</h1>" in html
    assert "Principles, techniques and what the evidence says." in html
    assert "<p>Craniosacral therapy is a light-touch therapy." in html  # markup, not escaped


def test_byline_links_each_author_in_order_with_credentials(client, article):
    html = client.get(article.url).content.decode()
    maya, nadia = html.index(">Maya Lindqvist</a>"), html.index(">Nadia Ferreira</a>")
    assert maya < nadia
    assert 'href="/authors/maya-lindqvist/" rel="author"' in html
    assert ", LMT" in html


def test_article_shows_publication_and_update_dates(client, article):
    html = client.get(article.url).content.decode()
    assert '<time datetime="2026-09-14">14 September 2026</time>' in html
    assert 'Updated <time datetime="2026-10-30">30 October 2026</time>' in html


def test_reading_time_is_computed_from_the_words(tree):
    short = tree.article(body=article_body(words=10))
    long = tree.article(body=article_body(words=1150))
    assert short.reading_time == 1
    assert long.reading_time == 6  # ~1,180 words at 230 words a minute, rounded up


def test_reading_time_is_shown(client, article):
    assert "1 min read" in client.get(article.url).content.decode()


def test_table_of_contents_links_to_each_h2(client, article):
    html = client.get(article.url).content.decode()
    assert '<a href="#what-it-is">What it is</a>' in html
    assert '<h2 id="what-it-is">What it is</h2>' in html
    assert '<a href="#who-should-not-try-it">Who should not try it</a>' in html


def test_repeated_headings_get_distinct_anchors(tree):
    page = tree.article(
        body=stream(
            ("heading", {"text": "Evidence", "level": "h2", "anchor": ""}),
            ("heading", {"text": "Evidence", "level": "h2", "anchor": ""}),
        )
    )
    assert [block.value["anchor"] for block in page.body] == ["evidence", "evidence-2"]


def test_topics_and_tags_link_to_their_archives(client, article):
    html = client.get(article.url).content.decode()
    assert '<a href="/topics/topic-' not in html  # titled topics get readable slugs
    assert '<a href="/topics/craniosacral-therapy/">Craniosacral therapy</a>' in html
    assert '<a href="/articles/tags/stress/" rel="tag">stress</a>' in html


def test_hero_image_is_responsive_webp_with_alt_caption_and_credit(client, article):
    html = client.get(article.url).content.decode()
    assert 'alt="Hands resting on a pillow"' in html
    assert "srcset=" in html and ".format-webp" in html and "800w" in html
    assert "A session in progress" in html and "Photo: Ana Ruiz" in html


def test_related_articles_prefer_shared_topics_then_recency(client, tree, article):
    topic = article.topics.first()
    sharing = tree.article(title="Shares a topic", topics=[topic])
    recent = tree.article(title="Newest but unrelated", date_published=datetime.date(2026, 11, 1))
    tree.article(title="Old and unrelated", date_published=datetime.date(2020, 1, 1))
    related = article.related_ids([topic.pk], [])
    assert related[:2] == [sharing.pk, recent.pk]
    html = client.get(article.url).content.decode()
    assert "Related articles" in html and "Shares a topic" in html


def test_a_draft_is_not_offered_as_related(tree, article):
    draft = tree.article(title="Draft", topics=list(article.topics.all()), live=False)
    assert draft.pk not in article.related_ids([t.pk for t in article.topics.all()], [])


def test_closed_comments_are_announced(client, tree):
    page = tree.article(comments_open=False)
    assert "Comments are closed on this page." in client.get(page.url).content.decode()


def test_body_blocks_render_for_readers(client, tree):
    book = BookFactory(title="Quiet Hands", authors="Helen Okafor", year=2019)
    review = tree.review(book=book)
    Embed.objects.create(  # as the oEmbed finder would have stored it: no network in tests
        hash=get_embed_hash("https://www.youtube.com/watch?v=demo", 800),
        url="https://www.youtube.com/watch?v=demo",
        max_width=800,
        type="video",
        html='<iframe title="Demo video" src="about:blank"></iframe>',
        thumbnail_url="",
        width=800,
        height=450,
    )
    page = tree.article(
        body=stream(
            ("heading", {"text": "Techniques", "level": "h3", "anchor": "techniques"}),
            ("quote", {"text": "Less is more.", "attribution": "A therapist"}),
            (
                "definition_list",
                {
                    "title": "Principles",
                    "items": [{"term": "Stillpoint", "description": "<p>A pause.</p>"}],
                },
            ),
            (
                "callout",
                {"kind": "info", "title": "Good to know", "body": "<p>Sessions last an hour.</p>"},
            ),
            ("key_takeaways", {"title": "Key takeaways", "items": ["Gentle", "Low risk"]}),
            ("book_reference", {"book": book.pk, "note": "Start here."}),
            (
                "image",
                {
                    "image": {
                        "image": ImageFactory().pk,
                        "alt_text": "A quiet room",
                        "decorative": False,
                    },
                    "caption": "The room",
                    "credit": "",
                },
            ),
            ("embed", "https://www.youtube.com/watch?v=demo"),
        )
    )
    html = client.get(page.url).content.decode()
    assert '<h3 id="techniques">Techniques</h3>' in html
    assert "<blockquote><p>Less is more.</p></blockquote>" in html
    assert "<dt>Stillpoint</dt>" in html
    assert 'role="note" aria-label="Note: Good to know"' in html
    assert "<li>Low risk</li>" in html
    assert f'<a href="{review.url}">Quiet Hands</a>' in html and "4 out of 5" in html
    assert 'alt="A quiet room"' in html and "Photo: Test Studio" in html
    assert '<iframe title="Demo video"' in html


def test_caution_callout_is_labelled_in_words_not_only_colour(client, article):
    html = client.get(article.url).content.decode()
    assert '<span class="callout__label">Caution:</span>' in html
