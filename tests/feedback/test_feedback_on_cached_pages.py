"""The form works on a page served from the cache, and the thanks never reaches other readers."""

import pytest
from django.test import Client

from feedback.models import Feedback

from .answering import answer

pytestmark = pytest.mark.usefixtures("no_timer")


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_a_reader_answers_on_a_cached_page_and_the_page_stays_the_same_for_others(
    cached, client, tree
):
    article = tree.article(title="Walking after meals")
    assert client.get(article.url)["X-Cache"] == "miss"
    cached_page = client.get(article.url)
    assert cached_page["X-Cache"] == "hit" and not cached_page.cookies
    response = answer(client, article, "no", note="Needs a source")
    assert response.status_code == 303 and not response.cookies
    assert Feedback.objects.get().note == "Needs a source"
    thanked = client.get(response["Location"])
    assert "Thank you for your feedback" in thanked.content.decode()
    other = Client().get(article.url)
    assert other["X-Cache"] == "hit"
    html = other.content.decode()
    assert "Did this page help you?" in html and "Thank you for your feedback" not in html


def test_a_page_with_the_form_sends_no_cookie(client, tree):
    response = client.get(tree.review().url)
    assert "Did this page help you?" in response.content.decode()
    assert not response.cookies and "csrfmiddlewaretoken" not in response.content.decode()
