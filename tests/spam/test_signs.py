"""A confident score sends a comment to spam only with a sign of spam besides a link.

A short genuine comment citing a source in a language the filter barely knows can score high on
its link alone: its words weigh nothing either way. Such a comment is held for a moderator, not
sent to spam; a comment whose words lean to spam, or whose link goes to an address or domain
ending seen in spam, or that carries more links, markup or a phone number, still goes to spam.
"""

import pytest

from comments import model_store
from comments.classifier import Model, structural_bar
from comments.models import Comment
from tests.comments.posting import post_comment, rules_for

pytestmark = pytest.mark.usefixtures("no_timer")

# A site whose moderators marked short link drops as spam and plain comments as genuine: a link
# to any address now makes a short comment look like spam.
LINK_DROPS = [
    (f"Nice post, check https://cheap-meds-{n}.example.com", "", "spam") for n in range(12)
] + [(f"Great article, visit https://win-big-{n}.example.com now", "", "spam") for n in range(12)]
GENUINE = [
    (body, "", "ham")
    for body in [
        "Thank you, this helped my shoulder a lot.",
        "I tried the breathing exercise and slept better.",
        "My physiotherapist says the same about stretching.",
        "Is this safe during pregnancy?",
        "I disagree with the part about ice baths.",
        "Could you write about migraines next?",
        "The second exercise hurt my knee, be careful.",
        "Lovely calm article, thank you.",
        "How long should each session last?",
        "This is the clearest explanation I have read.",
        "My doctor recommended something different.",
        "Thanks, very helpful!",
    ]
]
CITING_A_SOURCE = "健康保険は使えますか？ 出典: https://ganjoho.jp/"


@pytest.fixture
def link_wary(db):
    model = Model.fit(LINK_DROPS + GENUINE)
    model_store.replace_model(model, [])
    return model_store.current_model()


def test_a_genuine_comment_citing_a_source_in_a_little_known_language_has_no_sign(link_wary):
    assert link_wary.probability(CITING_A_SOURCE) > 0.5  # its link alone makes it look like spam
    assert link_wary.spam_signs(CITING_A_SOURCE) == []


@pytest.mark.parametrize(
    ("body", "sign"),
    [
        ("Nice post, check https://new-place.example.org", "its words"),
        (
            "健康保険は使えますか？ https://cheap-meds-3.example.com",
            "a link to an address seen in spam",
        ),
        ("健康保険 https://ganjoho.jp/ https://ncc.go.jp/", "2 links"),
        ("健康保険 <a href='https://ganjoho.jp/'>ここ</a>", "markup"),
        ("健康保険は使えますか？ 010-8053-7911 https://ganjoho.jp/", "a phone number"),
        ("출장안마 https://ganjoho.jp/", "a blocked phrase"),
    ],
)
def test_each_sign_of_spam_is_named(link_wary, body, sign):
    assert sign in link_wary.spam_signs(body)


def test_a_confident_score_from_a_link_alone_is_held_even_in_publish_mode(
    client, tree, article, link_wary
):
    rules_for(tree, moderation_mode="publish", spam_threshold=0.5)
    post_comment(client, article, body=CITING_A_SOURCE)
    comment = Comment.objects.get()
    assert comment.status == "pending"
    assert "no sign of spam besides a link: held" in comment.moderation_note


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ("Nice post, check https://new-place.example.org", "its words"),
        ("健康保険は使えますか？ https://cheap-meds-3.example.com", "address seen in spam"),
    ],
)
def test_a_confident_score_with_a_sign_goes_to_spam_and_says_why(
    client, tree, article, link_wary, body, why
):
    rules_for(tree, moderation_mode="publish", spam_threshold=0.5)
    post_comment(client, article, body=body)
    comment = Comment.objects.get()
    assert comment.status == "spam"
    assert why in comment.moderation_note


def test_a_messenger_handle_sends_to_spam_below_the_threshold(client, tree, article, link_wary):
    """A sign in the comment's shape is evidence of its own: below the threshold, above the
    structural bar, a comment handing out a chat handle goes to spam; one whose sign is only
    its words is held."""
    handle = "Nice post https://new-place.example.org message me on WhatsApp"
    plain = "Great article https://new-place.example.org"
    for body in (handle, plain):
        assert structural_bar(0.95) < link_wary.probability(body) < 0.95
    rules_for(tree, moderation_mode="publish", spam_threshold=0.95)
    post_comment(client, article, body=handle, email="one@example.com")
    post_comment(client, article, body=plain, email="two@example.com")
    spammed = Comment.objects.get(email="one@example.com")
    assert spammed.status == "spam"
    assert "a messenger or chat handle" in spammed.moderation_note
    assert Comment.objects.get(email="two@example.com").status == "pending"
