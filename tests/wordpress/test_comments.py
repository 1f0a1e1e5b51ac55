"""WordPress comments arrive threaded, with their status and date, and private data kept private."""

import datetime

import pytest

from articles.models import ArticlePage, StandardPage
from comments.links import stored_hosts
from comments.model_store import spam_probability
from comments.models import Comment, SpamCorpus

from .helpers import JOURNAL, run_import, summary_row


def comment(body_start: str) -> Comment:
    return Comment.objects.get(body__startswith=body_start)


def test_replies_keep_their_thread(journal):
    question = comment("Is it normal to feel tired")
    answer = comment("Yes, very normal.")
    thanks = comment("Thanks, that is reassuring.")
    assert (question.parent, question.depth) == (None, 1)
    assert (answer.parent, answer.depth) == (question, 2)
    assert (thanks.parent, thanks.depth) == (answer, 3)


def test_replies_deeper_than_three_levels_join_the_third_level(journal):
    answer = comment("Yes, very normal.")
    fourth, fifth = comment("Same here"), comment("And a fifth-level one.")
    assert (fourth.parent, fourth.depth) == (answer, 3)
    assert (fifth.parent, fifth.depth) == (answer, 3)
    assert "replies deeper than 3 levels attached at level 3 (×2)" in journal


def test_the_whole_thread_shows_on_the_article(journal, client):
    html = client.get("/articles/gentle-touch/").content.decode()
    assert html.index("Is it normal to feel") < html.index("Yes, very normal.")
    assert "Same here, a fourth-level reply." in html and "And a fifth-level one." in html
    assert "5 comments" in html


@pytest.mark.parametrize(
    "body, status, note",
    [
        ("Is it normal to feel", "approved", ""),
        ("Is it safe in the third trimester?", "pending", "awaiting moderation in WordPress"),
        ("Buy cheap pills", "spam", "marked as spam in WordPress"),
        ("A remark the author binned.", "removed", "in WordPress's trash"),
    ],
)
def test_wordpress_statuses_become_ours(journal, body, status, note):
    found = comment(body)
    assert (found.status, found.moderation_note) == (status, note)


def test_only_approved_comments_are_shown(journal, client):
    html = client.get("/articles/gentle-touch/").content.decode()
    for hidden in ("third trimester", "cheap pills", "author binned"):
        assert hidden not in html


def test_pingbacks_and_trackbacks_are_skipped_and_counted(journal):
    assert not Comment.objects.filter(name__in=["Another Blog", "Old Blog"]).exists()
    assert "pingbacks and trackbacks skipped (×2)" in journal


def test_comments_of_skipped_posts_are_counted_as_skipped(journal):
    assert not Comment.objects.filter(body="On a trashed post.").exists()
    assert summary_row(journal, "comments") == [10, 0, 0, 3]


def test_comments_on_a_page_closed_in_wordpress_are_kept_and_shown(journal, client):
    about = StandardPage.objects.get(slug="about")
    assert comment("Nice about page.").page_id == about.pk and about.comments_open is False
    html = client.get(about.url).content.decode()
    assert "Nice about page." in html and "Comments are closed on this page." in html


def test_dates_are_kept(journal, client):
    question = comment("Is it normal to feel")
    assert question.created_at == datetime.datetime(2019, 3, 5, 10, 0, tzinfo=datetime.UTC)
    html = client.get("/articles/gentle-touch/").content.decode()
    assert '<time datetime="2019-03-05T10:00:00+0000">5 March 2019 at 10:00</time>' in html


def test_comment_html_becomes_plain_text(journal):
    assert (
        comment("Is it normal").body
        == "Is it normal to feel tired afterwards?\n\nI slept for hours."
    )
    assert comment("Buy cheap pills").body == "Buy cheap pills at spam.example"


def test_emails_and_ip_addresses_are_stored_privately_and_never_shown(
    tree, uploads, stored_embeds, client, settings
):
    settings.COMMENT_IP_RETENTION_DAYS = 365 * 100
    run_import(JOURNAL, "--media-dir", uploads)
    lena = comment("Is it normal to feel")
    assert (lena.email, lena.ip_address) == ("lena@example.org", "203.0.113.7")
    assert comment("Same here").ip_address == "2001:db8::1"
    html = client.get("/articles/gentle-touch/").content.decode()
    for private in ("lena@example.org", "203.0.113.7", "2001:db8::1", "tom@example.net"):
        assert private not in html


def test_ip_addresses_older_than_the_retention_period_are_not_imported(journal, settings):
    assert settings.COMMENT_IP_RETENTION_DAYS == 30
    assert not Comment.objects.filter(ip_address__isnull=False).exists()


def test_websites_are_kept(journal, client):
    assert comment("Is it normal").website == "https://lena.example.org"
    html = client.get("/articles/gentle-touch/").content.decode()
    assert (
        '<a href="https://lena.example.org" rel="nofollow ugc noopener">Lena Hartmann</a>' in html
    )


def test_a_reply_to_a_missing_comment_becomes_a_top_level_comment(journal):
    orphan = comment("Replying to a comment that was deleted.")
    assert (orphan.parent, orphan.depth) == (None, 1)
    assert orphan.page.specific == ArticlePage.objects.get(slug="what-the-research-says")
    assert "comment 21 replies to a comment not imported (shown as a top-level comment)" in journal


def test_closed_comments_stay_closed(journal):
    assert ArticlePage.objects.get(slug="gentle-touch").comments_open is True
    assert ArticlePage.objects.get(slug="what-the-research-says").comments_open is False


def test_approved_and_spam_comments_teach_the_spam_filter(journal):
    corpus = SpamCorpus.objects.get()
    assert (corpus.ham, corpus.spam) == (7, 1)
    assert comment("Buy cheap pills").trained_as == "spam"
    assert comment("Is it safe in the third trimester?").trained_as == ""
    assert spam_probability("Buy cheap pills") is None  # too few examples to judge yet


def test_imported_comments_keep_the_hosts_they_link_to(journal):
    """As a comment saved on the site does: what "everything pending linking to this domain"
    on the moderation desk matches."""
    assert comment("Buy cheap pills").link_hosts == " spam.example "
    assert all(c.link_hosts == stored_hosts(c.body, c.website) for c in Comment.objects.all())
    assert Comment.objects.exclude(link_hosts="").count() >= 2
