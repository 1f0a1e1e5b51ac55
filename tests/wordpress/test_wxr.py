"""Reading WXR exports into plain data: every version, both namespace spellings."""

import datetime

import pytest

from wordpress import wxr

from .helpers import EXPORTS, JOURNAL


@pytest.fixture(scope="module")
def journal():
    return wxr.parse(JOURNAL)


def item(export, wp_id):
    return next(i for i in export.items if i.wp_id == wp_id)


@pytest.mark.parametrize(
    "name, version, source",
    [
        ("journal-1.2.xml", "1.2", "journal.example.com"),
        ("https-1.1.xml", "1.1", "secure.example.org/blog"),
        ("classic-1.0.xml", "1.0", "oldwellness.example.net"),
    ],
)
def test_every_wxr_version_and_namespace_spelling_is_read(name, version, source):
    export = wxr.parse(EXPORTS / name)
    assert (export.version, export.source) == (version, source)
    assert export.items and all(i.wp_id for i in export.items)
    assert all(
        i.post_type in ("post", "page", "attachment", "revision", "nav_menu_item")
        for i in export.items
    )


def test_https_namespaces_are_read_like_http_ones():
    post = wxr.parse(EXPORTS / "https-1.1.xml").items[0]
    assert (post.wp_id, post.slug, post.status, post.creator) == (
        "7",
        "box-breathing",
        "publish",
        "sam",
    )
    assert post.excerpt == "A calming exercise you can do anywhere."
    assert post.comments[0].content == "This helped before my exam."


def test_the_channel_lists_authors_and_terms(journal):
    maya = journal.authors[0]
    assert (maya.login, maya.display_name, maya.email) == (
        "maya",
        "Maya Lindqvist",
        "maya@journal.example.com",
    )
    assert maya.description.startswith("Maya is a licensed massage therapist")
    terms = {(t.taxonomy, t.slug): t for t in journal.terms}
    assert terms["category", "craniosacral"].parent == "bodywork"
    assert terms["category", "research"].name == "Research &amp; evidence"  # as WordPress stores it
    assert terms["post_tag", "sleep"].name == "Sleep"
    assert terms["nav_menu", "main-menu"].name == "Main menu"


def test_a_post_is_read_with_its_dates_terms_meta_and_comments(journal):
    post = item(journal, "101")
    assert post.date == datetime.datetime(2019, 3, 4, 10, 15)
    assert post.date_gmt == datetime.datetime(2019, 3, 4, 9, 15, tzinfo=datetime.UTC)
    assert post.sticky and post.comment_status == "open"
    assert [(t.taxonomy, t.slug) for t in post.terms] == [
        ("category", "craniosacral"),
        ("post_tag", "sleep"),
        ("post_tag", "stress"),
    ]
    assert post.meta["_thumbnail_id"] == "201"
    assert [c.wp_id for c in post.comments] == [str(n) for n in range(11, 21)]
    lena = post.comments[0]
    assert (lena.parent, lena.approved, lena.ip) == ("0", "1", "203.0.113.7")
    assert lena.date_gmt == datetime.datetime(2019, 3, 5, 10, 0, tzinfo=datetime.UTC)


def test_every_earlier_slug_of_a_post_is_read():
    renamed = wxr.parse(EXPORTS / "renamed-post-1.2.xml").items[0]
    assert renamed.slug == "box-breathing-explained"
    assert renamed.old_slugs == ["box-breathing", "breathing-in-squares"]


def test_wordpress_zero_dates_are_no_dates(journal):
    draft = item(journal, "103")
    assert draft.date == datetime.datetime(2019, 6, 1, 10, 0)
    assert draft.date_gmt is None


def test_a_missing_gmt_date_falls_back_to_the_rss_date():
    assert wxr.utc_datetime("0000-00-00 00:00:00") is None
    assert wxr.rfc822("Mon, 04 Mar 2019 09:15:00 +0100") == datetime.datetime(
        2019, 3, 4, 8, 15, tzinfo=datetime.UTC
    )
    assert wxr.rfc822("not a date") is None


def test_wxr_1_0_tag_domains_and_legacy_categories_are_understood():
    post = wxr.parse(EXPORTS / "classic-1.0.xml").items[0]
    assert [(t.taxonomy, t.slug) for t in post.terms] == [
        ("category", "yoga"),
        ("post_tag", "mornings"),
    ]


def test_the_source_ignores_scheme_and_www():
    https = wxr.Export(version="1.2", base_blog_url="https://www.Example.org/blog/")
    http = wxr.Export(version="1.2", link="http://example.org/blog")
    assert https.source == http.source == "example.org/blog"
    assert https.host == "example.org"
