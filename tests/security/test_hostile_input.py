"""A corpus of hostile strings through the comment form, search and every query parameter.

For each: never a 500; a comment is either stored exactly as sent or refused with a message (and
nothing stored); whatever is shown back is escaped, so no stored or reflected script can run.
"""

import re

import pytest

from comments.models import Comment
from tests.comments.posting import post_comment, rules_for

SCRIPT = "<script>alert(document.cookie)</script>"
CORPUS = {
    "script tag": SCRIPT,
    "attribute breakout": '"><img src=x onerror=alert(1)>',
    "single-quote breakout": "'><svg/onload=alert(1)>",
    "javascript url": "javascript:alert(1)//",
    "template tag": "{{ request.META }}{% debug %}",
    "closing textarea": "</textarea><script>alert(2)</script>",
    "sql fragment": "'; DROP TABLE articles_comment; --",
    "sql union": "1 UNION SELECT email FROM articles_comment",
    "sql wildcard": "%_%' OR '1'='1",
    "format strings": "%s %n %x {0} {0.__class__} ${PATH} %(name)s",
    "rtl override": "safe\u202etxt.exe",
    "zero width": "zero\u200bwidth\u200djoiner",
    "null byte": "before\x00after",
    "other controls": "bell\x07 escape\x1b[31m",
    "emoji": "Feeling better 🙂🧘‍♀️👩🏽‍⚕️ thanks",
    "mixed scripts": "Привет مرحبا こんにちは שלום Ελληνικά",
    "combining marks": "Z̵̡̢͈a̸l̷g̶o̴",
    "very long": "calm " * 2000,
    "long word": "a" * 20_000,
    "html entities": "&lt;script&gt; &amp; &#x3C;",
    "backslashes": "C:\\Windows\\system32 \\x00 \\u202e",
    "lone surrogate-like": "\ufffd\ufeff BOM and replacement",
}
IDS = list(CORPUS)


VALUES = list(CORPUS.values())


def no_live_markup(html: str, sent: str, baseline: str) -> None:
    """The sent text adds no markup: each tag the visitor sent appears no more often than on the
    same page answered for harmless input (the page has its own `</script>`, `</textarea>`)."""
    for tag in re.findall(r"<[a-zA-Z/][^<>]*>?", sent):
        assert html.count(tag) == baseline.count(tag), tag


@pytest.fixture
def article(tree, settings):
    settings.COMMENT_RATE_LIMIT = "10000/m"
    rules_for(tree, moderation_mode="publish", max_links=10, spam_threshold=1.0)
    return tree.article(title="On stillpoints")


@pytest.mark.usefixtures("no_timer")
@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_a_hostile_comment_body_is_stored_exactly_or_refused_with_a_message(client, article, text):
    response = post_comment(client, article, body=text, email="hostile@example.org")
    assert response.status_code in {303, 400}, response.status_code
    if response.status_code == 303:
        assert Comment.objects.get().body == text.strip()
    else:
        assert not Comment.objects.exists()
        assert 'class="form-errors"' in response.content.decode()


@pytest.mark.usefixtures("no_timer")
@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_a_hostile_name_is_stored_exactly_or_refused_with_a_message(client, article, text):
    response = post_comment(client, article, name=text[:100], email="hostile@example.org")
    assert response.status_code in {303, 400}, response.status_code
    if response.status_code == 303:
        assert Comment.objects.get().name == text[:100].strip()
    else:
        assert not Comment.objects.exists()
        assert 'class="form-errors"' in response.content.decode()


@pytest.mark.usefixtures("no_timer")
@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_a_stored_hostile_comment_is_shown_escaped(client, article, text):
    post_comment(client, article, body="Harmless.", name="Lena", email="lena@example.org")
    Comment.objects.update(status="approved")
    baseline = client.get(article.url).content.decode()
    post_comment(client, article, body=text, name=text[:100], email="hostile@example.org")
    Comment.objects.update(status="approved")
    html = client.get(article.url).content.decode()
    assert "<script>alert" not in html
    no_live_markup(html, text, baseline)


@pytest.mark.usefixtures("no_timer")
@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_a_refused_hostile_comment_is_shown_back_escaped(client, article, text):
    baseline = post_comment(client, article, body="Harmless.", email="not-an-email")
    response = post_comment(client, article, body=text, email="not-an-email")
    assert response.status_code == 400
    no_live_markup(response.content.decode(), text, baseline.content.decode())


@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_search_answers_hostile_queries_without_error_and_escapes_them(client, tree, text):
    tree.article(title="Breathing for sleep")
    for url in ("/search/", "/search/suggest/"):
        response = client.get(url, {"q": text})
        expected = 400 if "\x00" in text else 200  # NUL: refused for every address
        assert response.status_code == expected, (url, response.status_code)
        baseline = client.get(url, {"q": "harmless"}).content.decode()
        no_live_markup(response.content.decode(), text, baseline)


@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_every_query_parameter_survives_hostile_values(client, tree, text):
    article = tree.article(title="Breathing for sleep")
    tree.topic(title="Sleep")
    requests = [
        ("/search/", {"q": "sleep", "type": text}),
        ("/search/", {"q": "sleep", "topic": text}),
        ("/search/", {"q": "sleep", "page": text}),
        (tree.articles.url, {"page": text}),
        (tree.articles.url, {"tag": text}),
        (article.url, {"comments": text}),
        (article.url, {"replyto": text}),
        ("/", {"page": text, "utm_source": text}),
        ("/feeds/rss/", {"page": text}),
        ("/sitemap.xml", {"p": text}),
    ]
    for url, params in requests:
        response = client.get(url, params, follow=True)
        assert response.status_code < 500, (url, params, response.status_code)
        harmless = dict.fromkeys(params, "harmless")
        baseline = client.get(url, harmless, follow=True).content.decode()
        no_live_markup(response.content.decode(), text, baseline)


@pytest.mark.parametrize("text", VALUES, ids=IDS)
def test_hostile_paths_are_404_not_500(client, tree, text):
    response = client.get("/" + text.replace("\x00", "").replace("#", "").replace("?", "") + "/")
    assert response.status_code in {404, 400, 301, 302}


def test_a_nul_character_in_a_query_parameter_is_a_400(client, tree):
    response = client.get("/search/", {"q": "before\x00after"})
    assert response.status_code == 400


def test_a_nul_character_in_the_path_is_a_400(client, tree):
    assert client.get("/articles/a%00b/").status_code == 400
