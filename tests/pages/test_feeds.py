"""RSS 2.0 and Atom feeds, checked against the W3C Feed Validator's rules (feedparser + specs)."""

import datetime
import email.utils
import xml.etree.ElementTree as ET

import feedparser
import pytest

from articles.models import FeedSettings
from wellness.factories import CommentFactory, ImageFactory, stream

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def content(tree):
    maya = tree.author(title="Maya Lindqvist")
    sleep = tree.topic(title="Sleep")
    first = tree.article(
        title="Sleep & stillness",
        standfirst="Why rest matters.",
        authors=[maya],
        topics=[sleep],
        tags=["rest"],
        hero_image=ImageFactory(),
        date_published=datetime.date(2026, 10, 1),
        body=stream(("paragraph", '<p>Read <a href="/about/">about us</a>.</p>')),
    )
    second = tree.article(title="Neck pain", date_published=datetime.date(2026, 10, 2))
    CommentFactory(page=first, email="private.reader@example.org")
    return {"maya": maya, "sleep": sleep, "first": first, "second": second}


def feed_urls(content):
    maya, sleep = content["maya"], content["sleep"]
    return [
        "/feeds/rss/",
        "/feeds/atom/",
        f"/feeds/topics/{sleep.slug}/rss/",
        f"/feeds/topics/{sleep.slug}/atom/",
        f"/feeds/authors/{maya.slug}/rss/",
        f"/feeds/authors/{maya.slug}/atom/",
    ]


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def absolute(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def test_every_feed_is_well_formed_and_of_its_kind(client, content):
    for url in feed_urls(content):
        parsed = feedparser.parse(fetch(client, url))
        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        assert parsed.version == ("atom10" if url.endswith("atom/") else "rss20"), url


def test_rss_has_the_required_channel_and_item_elements(client, content):
    channel = ET.fromstring(fetch(client, "/feeds/rss/")).find("channel")
    for name in ("title", "link", "description"):
        assert channel.findtext(name), name
    self_link = channel.find(f"{ATOM}link")
    assert self_link.get("rel") == "self"
    assert self_link.get("href") == "http://testserver/feeds/rss/"
    guids = [item.findtext("guid") for item in channel.iter("item")]
    assert len(guids) == len(set(guids)) == 2
    for item in channel.iter("item"):
        assert item.findtext("title") and absolute(item.findtext("link"))
        assert absolute(item.findtext("guid"))
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None


def test_rss_items_carry_author_categories_and_an_image_enclosure(client, content):
    entry = feedparser.parse(fetch(client, "/feeds/rss/")).entries[1]
    assert entry.title == "Sleep & stillness"
    assert entry.author == "Maya Lindqvist"
    assert {tag.term for tag in entry.tags} == {"Sleep", "rest"}
    enclosure = entry.enclosures[0]
    assert absolute(enclosure.href) and enclosure.type == "image/jpeg" and int(enclosure.length) > 0
    assert entry.published_parsed[:3] == (2026, 10, 1)


def test_atom_has_ids_updated_dates_authors_and_a_matching_self_link(client, content):
    root = ET.fromstring(fetch(client, "/feeds/atom/"))
    assert root.findtext(f"{ATOM}id") and root.findtext(f"{ATOM}title")
    datetime.datetime.fromisoformat(root.findtext(f"{ATOM}updated"))  # RFC 3339
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["self"] == "http://testserver/feeds/atom/" and absolute(links["alternate"])
    ids = [entry.findtext(f"{ATOM}id") for entry in root.findall(f"{ATOM}entry")]
    assert len(ids) == len(set(ids)) == 2
    for entry in root.findall(f"{ATOM}entry"):
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert absolute(entry.find(f"{ATOM}link").get("href"))
    parsed = feedparser.parse(fetch(client, "/feeds/atom/"))
    assert parsed.entries[1].author == "Maya Lindqvist"


def test_feeds_carry_the_standfirst_by_default(client, content):
    entry = feedparser.parse(fetch(client, "/feeds/rss/")).entries[1]
    assert entry.summary == "Why rest matters."


def test_full_content_is_a_site_setting_with_absolute_links(client, tree, content):
    settings = FeedSettings.for_site(tree.home.get_site())
    settings.full_content = True
    settings.save()
    entry = feedparser.parse(fetch(client, "/feeds/rss/")).entries[1]
    assert "Why rest matters." in entry.summary
    assert 'href="http://localhost/about/"' in entry.summary


def test_topic_and_author_feeds_hold_only_their_articles(client, content):
    for url in feed_urls(content)[2:]:
        titles = [e.title for e in feedparser.parse(fetch(client, url)).entries]
        assert titles == ["Sleep & stillness"], url


def test_a_feed_for_an_unknown_topic_is_a_404(client, content):
    assert client.get("/feeds/topics/no-such-topic/rss/").status_code == 404


def test_drafts_are_not_in_the_feed(client, tree, content):
    tree.article(title="Unfinished", live=False)
    assert "Unfinished" not in fetch(client, "/feeds/rss/")


def test_no_commenter_email_in_any_feed(client, content):
    for url in feed_urls(content):
        assert "private.reader" not in fetch(client, url)


def test_pages_advertise_their_feeds(client, content):
    html = fetch(client, content["sleep"].url)
    assert '<link rel="alternate" type="application/rss+xml" title="All articles (RSS)"' in html
    assert f'href="/feeds/topics/{content["sleep"].slug}/atom/"' in html
    author_html = fetch(client, content["maya"].url)
    assert f'href="/feeds/authors/{content["maya"].slug}/rss/"' in author_html
