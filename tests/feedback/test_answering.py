"""A reader says whether an article or a review helped, and on "no" what was missing or wrong."""

import pytest

from feedback.models import Feedback

from .answering import answer

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def article(tree):
    return tree.article(title="Breathing exercises for stress")


def test_every_article_and_review_asks_did_this_page_help_you(client, tree, article):
    for page in (article, tree.review()):
        html = client.get(page.url).content.decode()
        assert "Did this page help you?" in html, page
        assert f'action="/feedback/{page.pk}/"' in html
        assert 'name="answer" value="yes"' in html and 'name="answer" value="no"' in html
        assert "What was missing or wrong? (optional)" in html


def test_reading_lists_and_standard_pages_do_not_ask(client, tree):
    for page in (tree.reading_list(), tree.standard_page()):
        assert "Did this page help you?" not in client.get(page.url).content.decode()
        assert client.post(f"/feedback/{page.pk}/", {"answer": "yes"}).status_code == 404


def test_yes_is_kept_and_the_reader_is_thanked_on_the_page(client, article):
    response = answer(client, article, "yes")
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}?feedback=thanks#feedback"
    feedback = Feedback.objects.get()
    assert (feedback.page_id, feedback.helpful, feedback.note) == (article.pk, True, "")
    html = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in html and "Did this page help you?" not in html


def test_no_with_a_note_keeps_the_note_for_the_editors(client, article):
    answer(client, article, "no", note="  It does not say how long to breathe out.\r\nThanks ")
    feedback = Feedback.objects.get()
    assert feedback.helpful is False
    assert feedback.note == "It does not say how long to breathe out.\nThanks"


def test_no_without_a_note_is_kept_too(client, article):
    assert answer(client, article, "no").status_code == 303
    assert Feedback.objects.get().note == ""


def test_a_note_sent_with_yes_is_not_kept(client, article):
    answer(client, article, "yes", note="Something")
    assert Feedback.objects.get().note == ""


def test_notes_are_never_shown_on_the_site(client, article):
    answer(client, article, "no", note="A private remark about my own knee")
    for url in (article.url, f"{article.url}?feedback=thanks"):
        assert "private remark" not in client.get(url).content.decode()


def test_nothing_of_the_reader_is_kept_and_no_cookie_is_set(client, article):
    response = answer(client, article, "no", note="Too long", HTTP_USER_AGENT="Test browser")
    assert not response.cookies
    fields = {field.name for field in Feedback._meta.get_fields()}
    assert fields == {
        "id",
        "page",
        "helpful",
        "note",
        "created_at",
        "held_as_spam",
        "review_requested_at",
    }


def test_the_form_works_without_javascript(client, article):
    html = client.get(article.url).content.decode()
    form = html[html.index('id="feedback"') :]
    form = form[: form.index("</section>")]
    assert "<script" not in form and 'method="post"' in form
    assert "<details" in form and "<summary" in form  # "No" opens the note with no script
