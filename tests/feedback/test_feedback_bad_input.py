"""Bad answers get a clear message and lose nothing; bots and floods are kept out."""

import re

import pytest

from comments.models import CommentSettings
from feedback.models import NOTE_MAX_LENGTH, Feedback

from .answering import answer

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def article(tree):
    return tree.article(title="Sleep and screens")


def test_a_note_over_the_limit_comes_back_with_its_text_and_a_message(client, article):
    note = "The part about blue light is out of date. " * 20
    assert len(note.strip()) > NOTE_MAX_LENGTH
    response = answer(client, article, "no", note=note)
    assert response.status_code == 400
    html = response.content.decode()
    assert f"Please shorten your note to {NOTE_MAX_LENGTH} characters" in html
    assert "Your note is kept below." in html
    assert "The part about blue light is out of date." in html
    assert '<details class="feedback__no" open>' in html
    assert not Feedback.objects.exists()


def test_the_note_sent_back_can_be_shortened_and_sent(client, article):
    response = answer(client, article, "no", note="x" * (NOTE_MAX_LENGTH + 1))
    html = response.content.decode()
    token = re.search(r'name="started" value="([^"]+)"', html[html.index('id="feedback"') :])
    data = {"answer": "no", "note": "Shorter now", "started": token.group(1)}
    assert client.post(f"/feedback/{article.pk}/", data).status_code == 303
    assert Feedback.objects.get().note == "Shorter now"


def test_no_answer_or_an_unknown_answer_is_refused_with_a_message(client, article):
    for value in ("", "maybe"):
        response = answer(client, article, value, note="kept text")
        assert response.status_code == 400
        assert "Please answer yes or no." in response.content.decode()
    assert not Feedback.objects.exists()


def test_control_characters_in_a_note_are_refused(client, article):
    response = answer(client, article, "no", note="hidden\u202etext")
    assert response.status_code == 400
    assert "invisible control characters" in response.content.decode()


def test_the_honeypot_field_filled_in_is_refused(client, article):
    response = answer(client, article, "yes", homepage="http://spam.example")
    assert response.status_code == 400 and not Feedback.objects.exists()


def test_a_forged_or_missing_token_is_refused(client, article):
    for started in ("forged", None):
        response = answer(client, article, "yes", started=started)
        assert response.status_code == 400
        assert "could not be checked" in response.content.decode() or "required" in (
            response.content.decode()
        )
    assert not Feedback.objects.exists()


def test_an_answer_faster_than_reading_is_refused(client, settings, article):
    settings.COMMENT_MIN_SECONDS = 30
    response = answer(client, article, "yes")
    assert response.status_code == 400
    assert "quicker than anyone can read" in response.content.decode()


def test_an_answer_from_another_website_is_refused(client, article):
    response = answer(client, article, "yes", HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    assert "sent from another website" in response.content.decode()
    assert not Feedback.objects.exists()


def test_too_many_answers_from_one_address_are_refused(client, settings, article):
    settings.FEEDBACK_RATE_LIMIT = "2/h"  # an hour: a slow run never crosses a window
    assert [answer(client, article, "yes").status_code for _ in range(3)] == [303, 303, 429]
    assert "too quickly" in answer(client, article, "yes").content.decode()
    assert Feedback.objects.count() == 2


def test_a_note_with_spam_is_kept_but_held_from_the_editors_list(client, tree, article):
    rules = CommentSettings.for_site(tree.home.get_site())
    rules.blocklist = "cheap pills"
    rules.save()
    answer(client, article, "no", note="Buy CHEAP PILLS here")
    answer(
        client, article, "no", note="See https://a.example/ https://b.example/ https://c.example/"
    )
    answer(client, article, "no", note="The dose in step 2 is wrong")
    held = dict(Feedback.objects.values_list("note", "held_as_spam"))
    assert held == {
        "Buy CHEAP PILLS here": True,
        "See https://a.example/ https://b.example/ https://c.example/": True,
        "The dose in step 2 is wrong": False,
    }


def test_feedback_on_a_page_that_is_not_live_is_a_404(client, article):
    article.unpublish()
    assert client.post(f"/feedback/{article.pk}/", {"answer": "yes"}).status_code == 404
    assert client.post("/feedback/999999/", {"answer": "yes"}).status_code == 404
