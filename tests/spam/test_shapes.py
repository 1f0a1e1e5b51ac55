"""Signs of spam in a comment's shape, read the same way in any language.

A pitch asks the reader to get in touch off the site, to spend or earn money, to follow a
throwaway link, or it is a list of keywords. The filter weighs each shape it finds; a messenger
handle handed out, an email address, a shortened link, money to be earned and stuffed keywords
also count as a sign of spam, and at lower odds than the threshold's (classifier.sends_to_spam).
Naming a messenger or a price is not enough: readers share articles on WhatsApp and pay for
their prescriptions. A genuine comment with none of them shows none.
"""

import pytest

from comments.classifier import Model, features, sends_to_spam, structural_bar
from comments.links import find_links
from comments.normalise import normalise
from comments.shapes import shapes


def shapes_of(body: str) -> list[str]:
    text = normalise(body)
    return shapes(body, text, find_links(text))


@pytest.mark.parametrize(
    "body",
    [
        "For the full method write to me on WhatsApp",
        "Contact me on telegram @quickmoney_pro",
        "자세한 내용은 카톡 주세요",
        "详情加微信",
        "LINEで友だち追加してください",
        "Пишите в телеграм",
        "แอดไลน์มาคุยกันค่ะ",
        "Liên hệ Zalo ngay",
        "Message me on ＷｈａｔｓＡｐｐ",  # full-width
        "Contact me on Whats\u200bApp",  # an invisible character inside
    ],
)
def test_a_messenger_handle_handed_out_is_found_in_any_language(body):
    assert "shape:contact" in shapes_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "I earn $300 a day from home",
        "Заработок от 5000 рублей в день",
        "월 300만원 수익 보장",
        "日入千元 轻松赚钱",
        "副業で月収100万円",
        "รายได้วันละ 1000 บาท",
        "Gana 200 euros al día desde casa",
    ],
)
def test_money_to_be_earned_is_found_in_any_language(body):
    assert "shape:income" in shapes_of(body)


@pytest.mark.parametrize(
    ("body", "shape"),
    [
        ("Great tips bit.ly/3xYz9", "shape:shortener"),
        ("See https://tinyurl.com/abcde", "shape:shortener"),
        ("Write to agent.smith@example.com for details", "shape:email"),
        ("Best deals here https://pills-now.xyz", "shape:cheap_tld"),
        ("loans loans loans fast loans cheap loans online loans no credit loans", "shape:stuffing"),
        ("massage, spa, sauna, outcall, incall, vip, girls, booking", "shape:stuffing"),
        ("💰 Make money now 👉", "shape:promo_emoji"),
        ("BUY NOW CHEAP PILLS", "shape:shouting"),
    ],
)
def test_other_shapes_of_a_pitch_are_found(body, shape):
    assert shape in shapes_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you, this helped my shoulder a lot.",
        "I went to the hospital 3 times before they found it.",
        "Our patients' support group talks on WhatsApp every Sunday.",
        "母に LINE で送りました。",
        "I pay £9.90 a month for the prescription.",
        "온라인 수업이 도움이 됐어요",
        "병원에 3번 갔어요. 이제 좀 나아졌어요.",
        "The line of evidence for this is weak.",
        "The NHS page explains it: https://www.nhs.uk/conditions/back-pain/",
        "I do this twice a day and it helps.",
    ],
)
def test_an_ordinary_comment_has_no_strong_shape(body):
    strong = {"shape:contact", "shape:email", "shape:shortener", "shape:income", "shape:stuffing"}
    assert not strong & set(shapes_of(body))


def test_the_filter_weighs_the_shapes():
    found = features("Contact me on WhatsApp, I earn $300 a day")
    assert {"shape:contact", "shape:money", "shape:income"} <= set(found)


@pytest.fixture
def learnt():
    spam = [
        ("Buy followers fast, message me on telegram", "", "spam"),
        ("Cheap loans approved today, write on whatsapp", "", "spam"),
        ("Earn $500 a day from home, contact me", "", "spam"),
        ("Casino bonus every day, join via bit.ly/xx1", "", "spam"),
        ("Best pills online, email sales@pills.example", "", "spam"),
        ("loans loans loans fast loans cheap loans online loans", "", "spam"),
    ] * 3
    genuine = [
        (body, "", "ham")
        for body in [
            "Thank you, this helped my shoulder a lot.",
            "I tried the breathing exercise and slept better.",
            "Is this safe during pregnancy?",
            "My physio says the same about stretching.",
            "I disagree with the part about ice baths.",
            "Lovely calm article, thank you.",
        ]
    ] * 3
    return Model.fit(spam + genuine)


@pytest.mark.parametrize(
    ("body", "sign"),
    [
        ("Message me on WhatsApp about the exercises", "a messenger or chat handle"),
        ("More about the exercises: write to coach@example.com", "an email address"),
        ("The exercises, explained: bit.ly/3abc", "a shortened link"),
        ("The exercises made me $200 a day", "money to be earned"),
    ],
)
def test_a_shape_of_a_pitch_is_named_as_a_sign_of_spam(learnt, body, sign):
    assert sign in learnt.spam_signs(body)


def test_a_genuine_comment_shows_no_sign(learnt):
    assert learnt.spam_signs("Thank you, the exercises helped my shoulder.") == []


def test_a_structural_sign_sends_to_spam_at_lower_odds_than_the_threshold():
    bar = structural_bar(0.95)
    assert 0.5 < bar < 0.95
    between = (bar + 0.95) / 2
    assert sends_to_spam(between, ["a messenger or chat handle"], 0.95)
    assert sends_to_spam(between, ["a phone number", "its words"], 0.95)


def test_words_alone_need_the_threshold():
    between = (structural_bar(0.95) + 0.95) / 2
    assert not sends_to_spam(between, ["its words"], 0.95)
    assert sends_to_spam(0.96, ["its words"], 0.95)


def test_no_sign_never_sends_to_spam():
    assert not sends_to_spam(0.999, [], 0.95)
    assert not sends_to_spam(None, ["a phone number"], 0.95)


def test_a_stricter_threshold_raises_the_structural_bar_too():
    assert structural_bar(0.99) > structural_bar(0.95)
    assert not sends_to_spam(structural_bar(0.95) + 0.01, ["an email address"], 0.99)
