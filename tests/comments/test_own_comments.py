"""A commenter changes or deletes their own comment, from the browser that posted it, within
15 minutes; an approved comment that was changed says "edited"; everyone else is refused."""

import datetime

import pytest
from django.test import Client

from comments.models import Comment
from comments.moderation import moderate
from comments.own import cookie_name
from wellness.factories import CommentFactory

from .posting import post_comment

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def article(tree):
    return tree.article(title="Walking after knee surgery")


def posted(client, article, **fields) -> Comment:
    response = post_comment(client, article, **fields)
    assert response.status_code == 303
    return Comment.objects.latest("pk")


def approved_commenter(client, article) -> Comment:
    """A commenter whose first comment a moderator approved: their next goes straight through."""
    moderate([posted(client, article, body="My first comment.")], "approved")
    comment = posted(client, article, body="I walk ten minutes a day now.")
    assert comment.status == "approved"
    return comment


# The controls: shown to the browser that posted, and to no one else


def test_the_commenter_sees_change_or_delete_beside_their_comment(client, article):
    comment = approved_commenter(client, article)
    html = client.get(article.url).content.decode()
    assert f'href="/comments/own/{comment.pk}/"' in html
    assert "Change or delete" in html


def test_other_readers_never_see_the_controls(client, article):
    comment = approved_commenter(client, article)
    for _ in range(2):  # rendered, then from the page cache
        html = Client().get(article.url).content.decode()
        assert "I walk ten minutes a day now." in html
        assert f"/comments/own/{comment.pk}/" not in html and "Change or delete" not in html


def test_the_key_is_sent_only_to_that_comments_own_address(client, article):
    comment = posted(client, article)
    cookie = client.cookies[cookie_name(comment.pk)]
    assert cookie["path"] == f"/comments/own/{comment.pk}/"
    assert cookie["httponly"] and cookie["samesite"] == "Strict"


def test_after_the_window_the_controls_are_gone(client, article, settings):
    approved_commenter(client, article)
    settings.COMMENT_EDIT_SECONDS = 0
    assert "Change or delete" not in client.get(article.url).content.decode()


# Changing


def test_an_approved_comment_changed_stays_approved_and_shows_edited(client, article):
    comment = approved_commenter(client, article)
    response = client.post(f"/comments/own/{comment.pk}/", {"body": "I walk twenty minutes now."})
    assert response.status_code == 303
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    comment.refresh_from_db()
    assert comment.status == "approved" and comment.edited_at is not None
    html = Client().get(article.url).content.decode()  # every reader sees the new text
    assert "I walk twenty minutes now." in html and "(edited)" in html
    assert "I walk ten minutes a day now." not in html


def test_the_edit_page_holds_the_current_text(client, article):
    comment = posted(client, article, body="Before the change.")
    response = client.get(f"/comments/own/{comment.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Change your comment" in html and "Before the change." in html
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_a_changed_comment_goes_through_the_spam_checks_again(client, article, tree):
    from tests.comments.posting import rules_for

    comment = approved_commenter(client, article)
    rules_for(tree, blocklist="miracle pills")
    client.post(
        f"/comments/own/{comment.pk}/",
        {"body": "Buy miracle pills at https://pills.example and https://more.example"},
    )
    comment.refresh_from_db()
    assert comment.status == "spam"
    html = Client().get(article.url).content.decode()
    assert "miracle" not in html and "I walk ten minutes" not in html


def test_a_held_comment_changed_is_still_held_and_shown_to_its_sender(client, article):
    comment = posted(client, article, body="Held first.")
    assert comment.status == "pending"
    client.post(f"/comments/own/{comment.pk}/", {"body": "Held, then changed."})
    comment.refresh_from_db()
    assert comment.status == "pending" and comment.body == "Held, then changed."
    html = client.get(article.url).content.decode()
    assert "Held, then changed." in html and "Your comment is awaiting moderation." in html
    assert "(edited)" in html


# Deleting


def test_the_commenter_can_delete_their_comment(client, article):
    comment = approved_commenter(client, article)
    response = client.post(f"/comments/own/{comment.pk}/delete/")
    assert response.status_code == 200
    assert "Your comment was deleted" in response.content.decode()
    assert not Comment.objects.filter(pk=comment.pk).exists()
    assert "I walk ten minutes a day now." not in Client().get(article.url).content.decode()


def test_a_deleted_comment_with_a_reply_keeps_the_reply_like_erase_commenter(client, article):
    comment = approved_commenter(client, article)
    reply = CommentFactory(page=article, parent=comment, depth=2, body="Well done!")
    client.post(f"/comments/own/{comment.pk}/delete/")
    comment.refresh_from_db()
    assert comment.name == "Anonymous" and comment.email == ""
    assert comment.body == "This comment was removed at its author's request."
    html = Client().get(article.url).content.decode()
    assert reply.body in html and "I walk ten minutes a day now." not in html


# Bad input: nothing changes, and the page says why


def test_an_empty_change_is_refused_and_keeps_the_comment(client, article):
    comment = posted(client, article, body="Keep me.")
    response = client.post(f"/comments/own/{comment.pk}/", {"body": "   "})
    assert response.status_code == 400
    assert "Your comment is empty." in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Keep me." and comment.edited_at is None


def test_a_change_too_long_keeps_the_text_typed(client, article):
    comment = posted(client, article, body="Short.")
    text = "word " * 1100
    response = client.post(f"/comments/own/{comment.pk}/", {"body": text})
    assert response.status_code == 400
    assert "word word word" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Short."


def test_after_15_minutes_the_change_is_refused_and_the_comment_kept(client, article):
    comment = posted(client, article, body="As it was.")
    Comment.objects.filter(pk=comment.pk).update(
        created_at=comment.created_at - datetime.timedelta(minutes=16)
    )
    for response in (
        client.get(f"/comments/own/{comment.pk}/"),
        client.post(f"/comments/own/{comment.pk}/", {"body": "Too late."}),
        client.post(f"/comments/own/{comment.pk}/delete/"),
    ):
        assert response.status_code == 403
        assert "The 15 minutes for changing this comment are over" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "As it was."


def test_an_expired_key_says_the_time_is_over(client, article, settings):
    comment = posted(client, article, body="As it was.")
    settings.COMMENT_EDIT_SECONDS = 0
    response = client.post(f"/comments/own/{comment.pk}/", {"body": "Too late."})
    assert response.status_code == 403
    assert "minutes for changing this comment are over" in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).body == "As it was."


def test_a_forged_key_is_refused(article):
    comment = CommentFactory(page=article, body="Not yours.")
    forger = Client()
    forger.cookies[cookie_name(comment.pk)] = f"{comment.pk}:forged:signature"
    response = forger.post(f"/comments/own/{comment.pk}/", {"body": "Hijacked."})
    assert response.status_code == 403
    assert "only be changed from the browser that posted it" in response.content.decode()
    assert forger.post(f"/comments/own/{comment.pk}/delete/").status_code == 403
    assert Comment.objects.get(pk=comment.pk).body == "Not yours."


def test_someone_elses_comment_is_refused_even_with_a_key_to_another(client, article):
    theirs = posted(Client(), article, body="Someone else's words.", email="ana@example.org")
    mine = posted(client, article, body="My words.")
    client.cookies[cookie_name(theirs.pk)] = client.cookies[cookie_name(mine.pk)].value
    response = client.post(f"/comments/own/{theirs.pk}/", {"body": "Changed by me."})
    assert response.status_code == 403  # a key is signed for its own comment's cookie
    assert "only be changed from the browser that posted it" in response.content.decode()
    assert client.post(f"/comments/own/{theirs.pk}/delete/").status_code == 403
    assert Comment.objects.get(pk=theirs.pk).body == "Someone else's words."


def test_a_comment_removed_by_a_moderator_can_no_longer_be_changed(client, article):
    comment = posted(client, article, body="Removed.")
    moderate([comment], "removed")
    response = client.post(f"/comments/own/{comment.pk}/", {"body": "Back again."})
    assert response.status_code == 403 and "removed" in response.content.decode()


def test_an_unknown_comment_is_a_404(client, db):
    assert client.get("/comments/own/999999/").status_code == 404
