"""What a hostile visitor tries through the comment form: each attack, and what a visitor sees.

1. A known commenter's name and email typed by someone else earn no trust.
2. One conversation cannot grow a page without bound; the same text from many senders is spam.
3. A form token lifted from one page does not work from everywhere for days.
4. Names and links that look like someone else's are refused or shown for what they are.
"""

import datetime
import re
import time

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.forms import SIGNER_SALT
from comments.models import Comment
from comments.moderation import moderate
from wellness.factories import CommentFactory

from .posting import form_fields, rules_for

pytestmark = pytest.mark.usefixtures("no_timer")

LENA = {"name": "Lena Hartmann", "email": "lena@example.org"}


@pytest.fixture
def article(tree, settings):
    settings.COMMENT_RATE_LIMIT = "10000/m"
    return tree.article(title="What is craniosacral therapy?")


def post_from(client, page, address="192.0.2.10", started=None, **fields):
    """Read the page's form and send it back from `address`, as a browser there would."""
    html = client.get(page.url, REMOTE_ADDR=address).content.decode()
    data = {
        "name": "Lena Hartmann",
        "email": "lena@example.org",
        "website": "",
        "body": "Is it normal to feel tired afterwards?",
        "consent": "on",
        **form_fields(html),
        **fields,
    }
    if started is not None:
        data["started"] = started
    return client.post(f"/comments/{page.pk}/", data, REMOTE_ADDR=address)


def token_in(response) -> str:
    """The comment form's page token (the feedback form on the page has one of its own)."""
    html = response.content.decode()
    return re.search(r'name="started" value="([^"]+)" id="id_started"', html).group(1)


def signed_ago(monkeypatch, seconds: int) -> str:
    """A page token as the cached page handed it out `seconds` ago."""
    then = int(time.time()) - seconds
    with monkeypatch.context() as patch:
        patch.setattr(signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(then))
        return signing.dumps(float(then), salt=SIGNER_SALT)


# 1. Impersonating a trusted commenter --------------------------------------------------------


def approved_commenter(page) -> Client:
    """Lena's browser: she commented once and a moderator approved it."""
    browser = Client()
    assert post_from(browser, page, body="My first comment here.", **LENA).status_code == 303
    moderate([Comment.objects.get(body="My first comment here.")], "approved")
    return browser


def test_a_trusted_commenters_name_and_email_typed_elsewhere_are_held(article):
    approved_commenter(article)
    response = post_from(Client(), article, address="198.51.100.7", body="Buy my course.", **LENA)
    assert response.status_code == 303
    comment = Comment.objects.get(body="Buy my course.")
    assert comment.status == "pending"
    assert comment.moderation_note.startswith("known address, but not sent from a browser")
    assert "Buy my course." not in Client().get(article.url).content.decode()


def test_a_thousand_replies_as_a_trusted_commenter_from_many_addresses_are_all_held(article):
    lena = approved_commenter(article)
    first = Comment.objects.get(body="My first comment here.")
    for n in range(40):
        post_from(
            Client(),
            article,
            address=f"203.0.{n // 10}.{n % 10 + 1}",
            parent=str(first.pk),
            body=f"Reply number {n} from someone pretending to be Lena.",
            **LENA,
        )
    replies = Comment.objects.filter(parent=first)
    assert replies.count() == 40 and set(replies.values_list("status", flat=True)) == {"pending"}
    assert "pretending to be Lena" not in Client().get(article.url).content.decode()
    post_from(lena, article, body="Lena herself, from her own browser.", **LENA)
    assert Comment.objects.get(body="Lena herself, from her own browser.").status == "approved"


def test_a_forged_key_cookie_or_an_impostors_own_approved_key_proves_nothing(article):
    approved_commenter(article)
    forger = Client()
    forger.cookies["wellness_comment_key"] = "x" * 43  # not signed by the site
    post_from(forger, article, address="198.51.100.8", body="Forged cookie.", **LENA)
    impostor = Client()  # a commenter approved under their own email...
    post_from(
        impostor,
        article,
        address="198.51.100.9",
        body="Honest first words.",
        **{
            "name": "Tom",
            "email": "tom@example.org",
        },
    )
    moderate([Comment.objects.get(body="Honest first words.")], "approved")
    post_from(impostor, article, address="198.51.100.9", body="Now as Lena.", **LENA)
    assert Comment.objects.get(body="Forged cookie.").status == "pending"
    assert Comment.objects.get(body="Now as Lena.").status == "pending"  # ...is not Lena


def test_the_proof_cookie_is_sent_with_comment_posts_only_so_pages_stay_public(article, settings):
    response = post_from(Client(), article, body="Setting my key.")
    cookie = response.cookies["wellness_comment_key"]
    assert cookie["path"] == "/comments/" and cookie["httponly"] and cookie["samesite"] == "Strict"
    settings.PAGE_CACHE_SECONDS = 600
    reader = Client()
    reader.cookies["wellness_comment_key"] = cookie.value
    assert reader.get(article.url)["X-Cache"] == "miss"
    assert reader.get(article.url)["X-Cache"] == "hit"


def test_erasing_a_commenter_forgets_their_browsers_key_and_their_texts_fingerprint(article):
    import io

    from django.core.management import call_command

    approved_commenter(article)
    call_command("erase_commenter", "lena@example.org", stdout=io.StringIO())
    assert list(Comment.objects.values_list("proof", "fingerprint")) == [("", "")]


# 2. Floods inside one conversation, and the same text from many senders ------------------------


def conversation(page, replies: int, start=None):
    start = start or timezone.now() - datetime.timedelta(days=30)
    root = CommentFactory(page=page, created_at=start, body="Where it all started.")
    return root, [
        CommentFactory(
            page=page,
            parent=root,
            created_at=start + datetime.timedelta(minutes=n + 1),
            body=f"Reply {n + 1} in the long conversation.",
        )
        for n in range(replies)
    ]


def later_conversations(page, count: int):
    """Other conversations after the long one, so that the page has more than 200 comments."""
    start = timezone.now() - datetime.timedelta(days=10)
    for n in range(count):
        CommentFactory(page=page, created_at=start + datetime.timedelta(minutes=n))


@pytest.mark.parametrize("others", [0, 201], ids=["few comments", "past 200 comments"])
def test_a_long_conversation_shows_its_first_replies_and_links_to_the_rest(
    client, article, settings, others
):
    settings.COMMENT_REPLIES_SHOWN = 10
    root, replies = conversation(article, 25)
    later_conversations(article, others)
    html = client.get(article.url).content.decode()
    shown = [reply for reply in replies if f'id="comment-{reply.pk}"' in html]
    assert shown == replies[:10]
    assert f'<a href="?thread={root.pk}#comment-{root.pk}">Show all 25 replies' in html
    alone = client.get(article.url, {"thread": root.pk}).content.decode()
    assert all(f'id="comment-{reply.pk}"' in alone for reply in replies)
    assert "Back to all comments" in alone and "Replies page 1 of 1" in alone


@pytest.mark.parametrize("others", [0, 201], ids=["few comments", "past 200 comments"])
def test_replies_to_replies_are_shown_under_their_reply_and_count_towards_the_limit(
    client, article, settings, others
):
    settings.COMMENT_REPLIES_SHOWN = 2
    _, (first, second) = conversation(article, 2)
    answer = CommentFactory(page=article, parent=first, body="An answer to the first reply.")
    later_conversations(article, others)
    html = client.get(article.url).content.decode()
    assert html.index(f'id="comment-{first.pk}"') < html.index(f'id="comment-{answer.pk}"')
    assert f'id="comment-{second.pk}"' not in html
    assert "Show all 3 replies" in html


def test_a_flooded_conversation_is_paginated_without_javascript(client, article, settings):
    settings.COMMENT_REPLIES_SHOWN = 5
    settings.COMMENT_REPLIES_PER_PAGE = 20
    root, replies = conversation(article, 250)
    page = client.get(article.url).content.decode()
    assert sum(f'id="comment-{reply.pk}"' in page for reply in replies) == 5
    second = client.get(article.url, {"thread": root.pk, "replies": 2}).content.decode()
    assert [r for r in replies if f'id="comment-{r.pk}"' in second] == replies[20:40]
    assert "Replies page 2 of 13" in second
    assert f'href="?thread={root.pk}&amp;replies=3#comment-{root.pk}" rel="next"' in second
    assert len(second) < len(page) * 3  # 20 replies, never 250


@pytest.mark.parametrize(
    "query",
    [
        "thread=abc",
        "thread=-1",
        "thread={root}&replies=x",
        "thread={root}&replies=0",
        "thread={root}&replies=99",
    ],
)
def test_a_bad_conversation_address_is_a_404(client, article, query):
    root, _ = conversation(article, 3)
    assert client.get(f"{article.url}?{query.format(root=root.pk)}").status_code == 404


def test_a_conversation_without_replies_shows_alone_with_no_replies(client, article):
    root, _ = conversation(article, 0)
    response = client.get(article.url, {"thread": root.pk})
    assert response.status_code == 200
    assert f'id="comment-{root.pk}"' in response.content.decode()


def test_a_reply_is_not_shown_as_a_conversation_nor_one_from_another_page(client, tree, article):
    _, (reply,) = conversation(article, 1)
    elsewhere, _ = conversation(tree.article(), 1)
    assert client.get(article.url, {"thread": reply.pk}).status_code == 404
    assert client.get(article.url, {"thread": elsewhere.pk}).status_code == 404


def test_a_new_reply_deep_in_a_long_conversation_is_linked_where_it_is_shown(
    client, tree, article, settings
):
    rules_for(tree, moderation_mode="publish")
    settings.COMMENT_REPLIES_SHOWN = 10
    settings.COMMENT_REPLIES_PER_PAGE = 20
    root, _ = conversation(article, 30)
    response = post_from(client, article, parent=str(root.pk), body="Reply thirty-one.")
    reply = Comment.objects.get(body="Reply thirty-one.")
    assert response["Location"] == f"{article.url}?thread={root.pk}&replies=2#comment-{reply.pk}"
    shown = client.get(article.url, {"thread": root.pk, "replies": 2}).content.decode()
    assert f'id="comment-{reply.pk}"' in shown


SPAM_TEXT = "Get instant relief from back pain with our natural supplement, order today"
DISGUISES = [
    SPAM_TEXT,
    SPAM_TEXT.upper(),
    SPAM_TEXT.replace(" ", "  ").replace(",", " ,,") + "!!!",
    SPAM_TEXT.replace("e", "е"),  # Cyrillic е
    "\u200b".join(SPAM_TEXT.split(" ")),
    SPAM_TEXT.replace("Get", "Ｇｅｔ"),  # full-width
]


def test_the_same_text_from_many_addresses_goes_to_spam_however_it_is_dressed(
    client, tree, article
):
    rules_for(tree, moderation_mode="publish")
    for n, text in enumerate(DISGUISES):
        post_from(Client(), article, address=f"203.0.113.{n + 1}", body=text, email=f"s{n}@x.test")
    statuses = list(Comment.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["approved"] * 3 + ["spam"] * 3
    assert (
        Comment.objects.filter(status="spam")
        .first()
        .moderation_note.startswith("same text as 3 or more comments from other addresses")
    )
    for n in range(5):  # short thanks from many readers are not a flood
        post_from(
            Client(),
            article,
            address=f"198.51.100.{n + 1}",
            body="Thank you, this helped!",
            email=f"reader{n}@example.org",
        )
    assert set(
        Comment.objects.filter(body__startswith="Thank").values_list("status", flat=True)
    ) == {"approved"}


def test_the_same_text_is_found_in_one_query_on_an_indexed_column(article):
    from comments.spam import same_text_from_others

    for n in range(3):
        CommentFactory(page=article, body=SPAM_TEXT, email=f"s{n}@x.test")
    comment = Comment(page=article, body=SPAM_TEXT.upper(), email="new@x.test")
    with CaptureQueriesContext(connection) as queries:
        assert same_text_from_others(comment) == 3
    assert len(queries.captured_queries) == 1
    assert "fingerprint" in queries.captured_queries[0]["sql"]
    indexes = connection.introspection.get_constraints(connection.cursor(), "articles_comment")
    assert any(index["columns"][:1] == ["fingerprint"] for index in indexes.values())


# 3. A form token reused from many addresses ----------------------------------------------------


def test_one_page_token_sent_from_many_addresses_a_day_later_posts_nothing(article, monkeypatch):
    token = signed_ago(monkeypatch, 24 * 3600)
    for n in range(25):
        response = post_from(
            Client(), article, address=f"203.0.{n}.9", started=token, body=f"Spam {n}."
        )
        assert response.status_code == 400
        assert "This form was open for too long." in response.content.decode()
    assert not Comment.objects.exists()


def test_an_old_page_token_gets_the_form_back_with_the_text_and_sending_again_posts_it(
    client, article, monkeypatch
):
    response = post_from(
        client, article, started=signed_ago(monkeypatch, 2 * 3600), body="I wrote this slowly."
    )
    html = response.content.decode()
    assert response.status_code == 400 and "I wrote this slowly." in html
    assert "Please send your comment again. Your text is kept below." in html
    again = post_from(client, article, started=token_in(response), body="I wrote this slowly.")
    assert again.status_code == 303 and Comment.objects.get().body == "I wrote this slowly."


@pytest.mark.parametrize(
    ("issued_to", "sent_from", "accepted"),
    [
        ("203.0.113.5", "203.0.113.77", True),  # the same /24
        ("203.0.113.5", "198.51.100.7", False),
        ("2001:db8:1:2::5", "2001:db8:1:ffff::9", True),  # the same /48
        ("2001:db8:1:2::5", "2001:db8:2::1", False),
    ],
)
def test_a_token_from_a_re_rendered_form_works_only_from_the_network_it_went_to(
    article, monkeypatch, issued_to, sent_from, accepted
):
    stale = signed_ago(monkeypatch, 2 * 3600)
    bound = token_in(post_from(Client(), article, address=issued_to, started=stale))
    response = post_from(Client(), article, address=sent_from, started=bound, body="Reused.")
    assert (response.status_code == 303) is accepted
    if not accepted:
        html = response.content.decode()
        assert "This form was opened from another network or page." in html and "Reused." in html
        assert Comment.objects.count() == 0


def test_a_re_rendered_forms_token_works_for_its_page_only(tree, article, monkeypatch):
    bound = token_in(post_from(Client(), article, started=signed_ago(monkeypatch, 7200)))
    other = tree.article()
    response = post_from(Client(), other, started=bound, body="Elsewhere.")
    assert response.status_code == 400 and not Comment.objects.exists()


def test_the_page_token_is_shared_by_every_reader_and_never_old(article, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    first = Client().get(article.url, REMOTE_ADDR="203.0.113.5")
    second = Client().get(article.url, REMOTE_ADDR="198.51.100.7")
    assert second["X-Cache"] == "hit" and token_in(first) == token_in(second)
    assert isinstance(signing.loads(token_in(first), salt=SIGNER_SALT), float)  # no address
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 3600  # the blank form is kept as a fragment...
    kept = token_in(Client().get(article.url))
    assert token_in(Client().get(article.url)) == kept
    later = time.time() + 11 * 60
    monkeypatch.setattr(time, "time", lambda: later)
    renewed = token_in(Client().get(article.url))  # ...but its token is renewed
    assert renewed != kept
    assert signing.loads(renewed, salt=SIGNER_SALT) == pytest.approx(later, abs=1)


# 4. Lookalike names and links -----------------------------------------------------------------


@pytest.mark.parametrize("invisible", ["\u200b", "\u200f", "\u061c", "\ufeff", "\u2060", "\u3164"])
def test_a_name_with_invisible_characters_is_refused_with_the_text_kept(client, article, invisible):
    response = post_from(client, article, name=f"Maya{invisible}Lindqvist", body="Kept words.")
    html = response.content.decode()
    assert response.status_code == 400 and "Kept words." in html
    assert f"Your name contains invisible characters (U+{ord(invisible):04X})" in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "Maya Lindqvist",
        "maya  LINDQVIST",
        "Маyа Lindqvist",  # Cyrillic М and а
        "Ｍａｙａ Ｌｉｎｄｑｖｉｓｔ",  # full-width
        "Maya Lindqvíst",
        "Maya-Lindqvist",
        "Dr. Maya Lindqvist, RN",
    ],
)
def test_a_name_that_imitates_an_author_is_refused(client, tree, article, name):
    tree.author(title="Maya Lindqvist")
    response = post_from(client, article, name=name, body="Trust me, I wrote this article.")
    html = response.content.decode()
    assert response.status_code == 400 and "Trust me, I wrote this article." in html
    assert "looks like the name of Maya Lindqvist, one of our authors" in html
    assert not Comment.objects.exists()


def test_ordinary_names_are_kept_in_their_ordinary_form(client, tree, article):
    tree.author(title="Maya Lindqvist")
    names = {
        "Ｌｅｎａ": "Lena",  # full-width letters
        "Lena   Hartmann": "Lena Hartmann",
        "Zoë Müller": "Zoë Müller",
        "Maya L.": "Maya L.",
        "Lena 🧘\u200d♀️": "Lena 🧘\u200d♀️",  # the joiner inside an emoji
        "محمد\u200cرضا": "محمد\u200cرضا",  # the non-joiner Persian needs
    }
    for n, sent in enumerate(names):
        response = post_from(client, article, name=sent, body=f"Comment {n}.", email=f"{n}@x.test")
        assert response.status_code == 303, sent
    assert list(Comment.objects.order_by("pk").values_list("name", flat=True)) == list(
        names.values()
    )


def test_a_mixed_script_link_is_shown_in_punycode(client, tree, article):
    rules_for(tree, moderation_mode="publish")
    post_from(
        client,
        article,
        name="Tom",
        website="https://аррӏе.com/id",
        body="Log in at https://аррӏе.com/account or read https://münchen.de/info",
    )
    page = client.get(article.url).content.decode()
    html = page[
        page.index('<section class="comments') : page.index(
            "</section>", page.index('<section class="comments')
        )
    ]
    assert '<a href="https://xn--80ak6aa92e.com/id" rel="nofollow ugc noopener">Tom</a>' in html
    assert ">https://xn--80ak6aa92e.com/account</a>" in html
    assert "аррӏе" not in html
    assert ">https://münchen.de/info</a>" in html  # one script: shown as written
