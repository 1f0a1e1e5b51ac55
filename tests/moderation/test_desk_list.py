"""The desk lists the queue: pending first and oldest first, tabs with counts, keyset pages, a
page filter and a search, each row with its article, its place on the page and its parent."""

import datetime
import re

from django.utils import timezone

from comments.desk import PER_PAGE
from wellness.factories import CommentFactory

from .conftest import DESK


def ago(days=0, minutes=0):
    return timezone.now() - datetime.timedelta(days=days, minutes=minutes)


def shown(response) -> list[str]:
    """The bodies of the comments listed, in order."""
    html = response.content.decode()
    return re.findall(r'<div class="desk-body"><p>(.*?)</p>', html)


def test_the_desk_opens_on_pending_comments_oldest_first(mod_client, article):
    CommentFactory(page=article, status="pending", body="Newer.", created_at=ago(days=1))
    CommentFactory(page=article, status="pending", body="Older.", created_at=ago(days=3))
    CommentFactory(page=article, status="approved", body="Published.", created_at=ago(days=5))
    response = mod_client.get(DESK)
    assert response.status_code == 200
    assert shown(response) == ["Older.", "Newer."]


def test_the_tabs_show_their_counts(mod_client, article):
    CommentFactory.create_batch(3, page=article, status="pending")
    CommentFactory.create_batch(2, page=article, status="approved")
    CommentFactory(page=article, status="spam")
    html = " ".join(mod_client.get(DESK).content.decode().split())
    for label, count in [("All", 5), ("Pending", 3), ("Approved", 2), ("Spam", 1), ("Trash", 0)]:
        assert f'{label} <span class="desk-count">({count})</span>' in html


def test_each_tab_lists_its_own_status_newest_first(mod_client, article):
    CommentFactory(page=article, status="approved", body="Old kind.", created_at=ago(days=2))
    CommentFactory(page=article, status="approved", body="New kind.", created_at=ago(days=1))
    CommentFactory(page=article, status="spam", body="Buy pills.")
    CommentFactory(page=article, status="removed", body="Rude.")
    CommentFactory(page=article, status="pending", body="Waiting.", created_at=ago(days=3))
    assert shown(mod_client.get(DESK, {"status": "approved"})) == ["New kind.", "Old kind."]
    assert shown(mod_client.get(DESK, {"status": "spam"})) == ["Buy pills."]
    assert shown(mod_client.get(DESK, {"status": "trash"})) == ["Rude."]
    assert shown(mod_client.get(DESK, {"status": "all"})) == ["New kind.", "Old kind.", "Waiting."]


def test_pages_follow_one_another_without_gaps_or_repeats(mod_client, article):
    moment = ago(days=1)  # the same moment for all: the id breaks the tie
    CommentFactory.create_batch(PER_PAGE + 5, page=article, status="pending", created_at=moment)
    first = mod_client.get(DESK)
    next_url = re.search(r'href="([^"]+)" rel="next"', first.content.decode())[1]
    second = mod_client.get(next_url.replace("&amp;", "&"))
    seen = shown(first) + shown(second)
    assert len(seen) == PER_PAGE + 5 == len(set(seen))
    assert 'rel="next"' not in second.content.decode()
    assert "Back to the start" in second.content.decode()


def test_the_list_filters_by_page(mod_client, tree, article):
    CommentFactory(page=article, status="pending", body="Here.")
    CommentFactory(page=tree.article(title="Elsewhere"), status="pending", body="There.")
    response = mod_client.get(DESK, {"page": article.pk})
    assert shown(response) == ["Here."]
    assert "On “On stillpoints”" in response.content.decode()


def test_the_search_finds_part_of_a_name_an_address_or_the_text(mod_client, article):
    CommentFactory(page=article, status="pending", body="About STILLPOINTS.")
    CommentFactory(page=article, status="pending", body="By address.", email="findme@example.org")
    CommentFactory(page=article, status="pending", body="By name.", name="Zofia Nowak")
    CommentFactory(page=article, status="pending", body="Unrelated.")
    assert shown(mod_client.get(DESK, {"q": "stillpoint"})) == ["About STILLPOINTS."]
    assert shown(mod_client.get(DESK, {"q": "FINDME"})) == ["By address."]
    assert shown(mod_client.get(DESK, {"q": "nowak"})) == ["By name."]


def test_a_row_shows_the_article_a_link_to_the_comment_in_place_and_the_parent(mod_client, article):
    parent = CommentFactory(page=article, name="Tom", body="The first word.")
    reply = CommentFactory(page=article, parent=parent, status="pending", body="A reply.")
    html = mod_client.get(DESK).content.decode()
    assert f'href="{article.url}#comment-{reply.pk}"' in html and "On stillpoints" in html
    assert "In reply to Tom:" in html and "The first word." in html


def test_held_because_shows_while_held_and_not_once_approved(mod_client, article):
    CommentFactory(page=article, status="pending", moderation_note="first comment from here")
    CommentFactory(page=article, status="approved", moderation_note="first comment from there")
    pending = mod_client.get(DESK).content.decode()
    approved = mod_client.get(DESK, {"status": "approved"}).content.decode()
    assert "Held because: first comment from here" in pending
    assert "Held because" not in approved


def test_the_snippet_list_no_longer_says_held_because_for_an_approved_comment(mod_client, article):
    CommentFactory(page=article, status="approved", moderation_note="first comment")
    html = mod_client.get("/admin/snippets/articles/comment/").content.decode()
    assert "Held because" not in html


def test_moderators_are_not_offered_to_add_a_comment(mod_client, article):
    CommentFactory(page=article, status="pending")
    for url in (DESK, "/admin/snippets/articles/comment/", "/admin/"):
        assert "Add comment" not in mod_client.get(url).content.decode()


def test_the_menu_leads_to_the_desk_with_the_pending_count(mod_client, article):
    CommentFactory.create_batch(2, page=article, status="pending")
    html = mod_client.get("/admin/").content.decode()
    assert "Comments (2 pending)" in html and DESK in html


def test_nonsense_in_the_address_shows_the_pending_tab(mod_client, article):
    CommentFactory(page=article, status="pending", body="Still here.")
    for params in (
        {"status": "everything"},
        {"after": "not-a-cursor"},
        {"after": "99999999999999999999.1"},
        {"page": "abc"},
        {"q": "x" * 5000},
    ):
        response = mod_client.get(DESK, params)
        assert response.status_code == 200
    assert shown(mod_client.get(DESK, {"status": "everything", "after": "1.2.3"})) == [
        "Still here."
    ]


def test_a_search_with_more_matches_than_the_probe_still_lists_the_newest(
    mod_client, article, monkeypatch
):
    monkeypatch.setattr("comments.desk.SEARCH_PROBE", 3)
    for n in range(5):
        CommentFactory(page=article, status="approved", body=f"Sleep {n}.", created_at=ago(n))
    CommentFactory(page=article, status="approved", body="Other.", created_at=ago(0, 1))
    assert shown(mod_client.get(DESK, {"status": "approved", "q": "sleep"})) == [
        f"Sleep {n}." for n in range(5)
    ]
    assert shown(mod_client.get(DESK, {"status": "approved", "q": "sleep 4"})) == ["Sleep 4."]
