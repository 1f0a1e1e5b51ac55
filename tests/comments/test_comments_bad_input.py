"""Bad input gets a clear message on the re-rendered form, the visitor's text kept, never a 500."""

import time

import pytest
from django.core import signing

from comments.forms import SIGNER_SALT
from comments.models import Comment
from wellness.factories import CommentFactory

from .posting import post_comment


@pytest.fixture
def article(tree):
    return tree.article()


def rejected(response, message: str, kept: str = "") -> str:
    html = response.content.decode()
    assert response.status_code == 400, response.status_code
    assert message in html, html[html.find('id="respond"') :][:1500]
    if kept:
        assert kept in html
    assert not Comment.objects.exists()
    return html


@pytest.mark.usefixtures("no_timer")
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"body": ""}, "This field is required."),
        ({"body": "   \n  "}, "This field is required."),
        ({"body": "x" * 5001}, "Ensure this value has at most 5000 characters"),
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"email": ""}, "This field is required."),
        ({"website": "javascript:alert(1)"}, "Enter a valid URL."),
        ({"name": "n" * 10_000}, "Ensure this value has at most 100 characters"),
        ({"name": ""}, "This field is required."),
        ({"name": "Lena\x00"}, "Null characters are not allowed."),
        ({"body": "Hello\x07there"}, "Please remove the invisible control characters"),
        ({"name": "evil\u202egnp.exe"}, "Please remove the invisible control characters"),
        ({"consent": None}, "Please agree to us storing your comment"),
    ],
)
def test_a_mistake_is_explained_and_the_text_is_kept(client, article, fields, message):
    body = fields.get("body", "My carefully written comment.")
    response = post_comment(client, article, **{"body": "My carefully written comment.", **fields})
    html = rejected(response, message)
    if "body" not in fields:
        assert body in html


@pytest.mark.usefixtures("no_timer")
def test_html_and_script_are_stored_as_text_and_never_rendered(client, tree, article):
    from .posting import rules_for

    rules_for(tree, moderation_mode="publish")
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)> <b>bold</b>'
    post_comment(client, article, body=payload, name="<i>Name</i>")
    comment = Comment.objects.get()
    assert comment.body == payload and comment.name == "<i>Name</i>"
    html = client.get(article.url).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;i&gt;Name&lt;/i&gt;" in html


@pytest.mark.usefixtures("no_timer")
def test_urls_become_links_marked_as_user_content(client, tree, article):
    from .posting import rules_for

    rules_for(tree, moderation_mode="publish")
    post_comment(client, article, body="See https://example.org/study for details.")
    html = client.get(article.url).content.decode()
    assert '<a href="https://example.org/study" rel="nofollow ugc noopener">' in html


@pytest.mark.usefixtures("no_timer")
def test_a_reply_to_a_comment_on_another_page_is_refused(client, tree, article):
    elsewhere = CommentFactory(page=tree.article())
    response = post_comment(client, article, parent=str(elsewhere.pk), body="Sneaky reply.")
    html = response.content.decode()
    assert response.status_code == 400
    assert "The comment you are replying to is not available." in html and "Sneaky reply." in html
    assert not Comment.objects.filter(body="Sneaky reply.").exists()


@pytest.mark.usefixtures("no_timer")
def test_a_reply_to_a_comment_awaiting_moderation_is_refused(client, article):
    held = CommentFactory(page=article, status="pending")
    response = post_comment(client, article, parent=str(held.pk), body="Reply to held.")
    assert response.status_code == 400
    assert "The comment you are replying to is not available." in response.content.decode()


@pytest.mark.usefixtures("no_timer")
@pytest.mark.parametrize("parent", ["abc", "-1", "99999999999999999999", "1; DROP TABLE"])
def test_a_garbage_parent_id_is_refused_not_an_error(client, article, parent):
    response = post_comment(client, article, parent=parent, body="Kept text.")
    assert response.status_code == 400 and "Kept text." in response.content.decode()


def test_a_form_sent_faster_than_a_person_can_type_is_refused(client, settings, article):
    settings.COMMENT_MIN_SECONDS = 30
    response = post_comment(client, article, body="Typed by a bot.")
    html = rejected(response, "That was quicker than anyone can type.", kept="Typed by a bot.")
    assert 'name="started"' in html


def test_an_expired_form_is_refused_with_a_friendly_message(client, settings, monkeypatch, article):
    settings.COMMENT_FORM_MAX_AGE = 60
    an_hour_ago = int(time.time()) - 3600
    with monkeypatch.context() as patch:  # a form signed an hour ago
        patch.setattr(
            signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(an_hour_ago)
        )
        old = signing.dumps(an_hour_ago, salt=SIGNER_SALT)
    response = post_comment(client, article, started=old, body="Written slowly.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Written slowly." in html
    assert "This form was open for too long. Please send your comment again." in html


def test_a_forged_timestamp_is_refused(client, article):
    response = post_comment(client, article, started="12345:forged", body="Forged.")
    rejected(response, "This form could not be checked.", kept="Forged.")


@pytest.mark.usefixtures("no_timer")
def test_the_honeypot_catches_bots(client, article):
    response = post_comment(client, article, homepage="https://spam.example", body="Bot text.")
    rejected(response, "Your comment could not be accepted.")


@pytest.mark.usefixtures("no_timer")
def test_the_same_comment_twice_is_refused(client, tree, article):
    post_comment(client, article, body="Only once, please.")
    response = post_comment(client, article, body="Only once, please.")
    assert response.status_code == 400
    assert "You have already posted this comment here." in response.content.decode()
    assert Comment.objects.count() == 1


@pytest.mark.usefixtures("no_timer")
def test_too_many_posts_from_one_address_get_429_with_a_message(client, settings, article):
    settings.COMMENT_RATE_LIMIT = "2/m"
    for n in range(2):
        assert post_comment(client, article, body=f"Comment {n}").status_code == 303
    response = post_comment(client, article, body="One too many.")
    assert response.status_code == 429
    html = response.content.decode()
    assert "You are sending comments too quickly." in html and "One too many." in html
    assert Comment.objects.count() == 2


def test_posting_to_a_page_that_takes_no_comments_is_a_404(client, tree):
    response = client.post(f"/comments/{tree.home.pk}/", {"body": "x"})
    assert response.status_code == 404


def test_posting_to_a_draft_is_a_404(client, tree):
    draft = tree.article(live=False)
    assert client.post(f"/comments/{draft.pk}/", {"body": "x"}).status_code == 404


def test_a_comment_page_number_that_does_not_exist_is_a_404(client, article):
    assert client.get(article.url, {"comments": "99"}).status_code == 404
