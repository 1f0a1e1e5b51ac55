"""Bulk decisions on the desk itself: a box per row and "select all", one of the tab's
actions, a confirmation that counts and lists the comments, then each decided through
moderate(), which teaches the filter as a single decision does (agreement included). Plain
forms: nothing here needs JavaScript."""

import re

import pytest

from comments.models import Comment, SpamCorpus
from wellness.factories import CommentFactory

from .conftest import DESK

BULK = f"{DESK}bulk/"


def statuses():
    return sorted(Comment.objects.values_list("body", "status", "trained_as"))


def test_each_row_has_a_box_and_the_page_a_select_all_and_the_tabs_actions(mod_client, article):
    first, second = CommentFactory.create_batch(2, page=article, status="pending")
    html = mod_client.get(DESK).content.decode()
    for comment in (first, second):
        assert f'name="ids" value="{comment.pk}" form="desk-bulk"' in html
        assert f'name="shown" value="{comment.pk}"' in html
    assert "Select all 2 on this page" in html
    offered = re.findall(r'<option value="(\w+)">', html)
    assert offered == ["approve", "spam", "trash"]
    everything = mod_client.get(DESK, {"status": "all"}).content.decode()
    assert re.findall(r'<option value="(\w+)">', everything) == [
        "approve",
        "unapprove",
        "spam",
        "trash",
    ]


def test_the_confirmation_counts_and_lists_the_ticked_comments_and_changes_nothing(
    mod_client, article
):
    ticked = CommentFactory.create_batch(3, page=article, status="pending")
    CommentFactory(page=article, status="pending", body="Left alone.")
    response = mod_client.post(
        BULK, {"action": "spam", "ids": [c.pk for c in ticked], "next": DESK}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Spam 3 comments?" in html and "Spam 3 comments</button>" in html
    assert all(comment.body in html for comment in ticked) and "Left alone." not in html
    assert {status for _, status, _ in statuses()} == {"pending"}


@pytest.mark.parametrize(
    ("start", "action", "status", "label"),
    [
        ("pending", "approve", "approved", "ham"),
        ("approved", "unapprove", "pending", ""),
        ("pending", "spam", "spam", "spam"),
        ("approved", "trash", "removed", ""),
    ],
)
def test_a_confirmed_bulk_action_decides_each_and_teaches_the_filter(
    mod_client, moderator, article, start, action, status, label
):
    ticked = CommentFactory.create_batch(2, page=article, status=start)
    other = CommentFactory(page=article, status=start, body="Not ticked.")
    response = mod_client.post(
        BULK, {"action": action, "ids": [c.pk for c in ticked], "confirm": "1", "next": DESK}
    )
    assert response.status_code == 302 and response["Location"].startswith(DESK)
    for comment in ticked:
        comment.refresh_from_db()
        assert (comment.status, comment.trained_as, comment.moderated_by) == (
            status,
            label,
            moderator,
        )
    other.refresh_from_db()
    assert other.status == start
    assert "2 comments" in mod_client.get(response["Location"]).content.decode()


def test_agreeing_in_bulk_teaches_the_filter_too(mod_client, article):
    already = CommentFactory(page=article, status="spam", body="Already spam.")
    held = CommentFactory(page=article, status="pending", body="Held spam.")
    mod_client.post(BULK, {"action": "spam", "ids": [already.pk, held.pk], "confirm": "1"})
    assert statuses() == [("Already spam.", "spam", "spam"), ("Held spam.", "spam", "spam")]
    assert SpamCorpus.objects.get().spam == 2


def test_select_all_without_javascript_takes_every_row_the_page_showed(mod_client, article):
    shown = CommentFactory.create_batch(3, page=article, status="pending")
    CommentFactory(page=article, status="pending", body="Not on that page.")
    mod_client.post(
        BULK,
        {"action": "trash", "all": "1", "shown": [c.pk for c in shown], "confirm": "1"},
    )
    assert [body for body, status, _ in statuses() if status == "pending"] == ["Not on that page."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "approve"}, "Select the comments to act on first."),
        ({"action": "approve", "ids": ["x", "-1", "9" * 20, "999999"]}, "Select the comments"),
        ({"action": "publish", "ids": ["1"]}, "Choose what to do with the selected comments."),
        ({"ids": ["1"]}, "Choose what to do"),
    ],
)
def test_nothing_ticked_or_no_action_is_said_and_changes_nothing(
    mod_client, article, data, message
):
    CommentFactory(page=article, status="pending")
    response = mod_client.post(BULK, {**data, "confirm": "1", "next": DESK})
    assert response.status_code == 302
    assert message in mod_client.get(response["Location"]).content.decode()
    assert {status for _, status, _ in statuses()} == {"pending"}


def test_bulk_actions_need_a_post_and_a_moderator(client, person, mod_client, article):
    held = CommentFactory(page=article, status="pending")
    assert mod_client.get(BULK).status_code == 405
    editor = person("Editors")
    response = editor.post(BULK, {"action": "approve", "ids": [held.pk], "confirm": "1"})
    assert response.status_code in {302, 403}
    held.refresh_from_db()
    assert held.status == "pending"
