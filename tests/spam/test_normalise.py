"""One normalisation for every rule: a blocked phrase is found however it is disguised."""

import unicodedata

import pytest

from comments.normalise import blocked_phrase, normalise

PHRASE = "출장안마"
DISGUISED = {
    "spaces": "출 장 안 마",
    "zero-width space": "출\u200b장\u200b안\u200b마",
    "zero-width non-joiner": "출\u200c장\u200c안\u200c마",
    "zero-width joiner": "출\u200d장\u200d안\u200d마",
    "ideographic space": "출\u3000장\u3000안\u3000마",
    "decomposed jamo": unicodedata.normalize("NFD", PHRASE),
    "dots": "출.장.안.마",
    "hyphens": "출-장-안-마",
    "a word joiner and a Hangul filler": "출\u2060장\u3164안마",
    "full-width punctuation": "출．장・안／마",
    "compatibility jamo": "ㅊㅜㄹㅈㅏㅇㅇㅏㄴㅁㅏ",
    "compatibility jamo, final consonant": "ㅊㅜㄹ장안마",
}


@pytest.mark.parametrize("disguise", DISGUISED)
def test_every_disguise_of_a_blocked_korean_phrase_is_found(disguise):
    body = f"최고의 {DISGUISED[disguise]} 24시간 예약"
    assert blocked_phrase([PHRASE], body) == PHRASE


def test_decomposed_jamo_look_the_same_and_normalise_the_same():
    decomposed = unicodedata.normalize("NFD", PHRASE)
    assert decomposed != PHRASE and normalise(decomposed) == PHRASE


@pytest.mark.parametrize(
    "body",
    [
        "Сheap viаgra here",
        "CHEAP VIAGRA",
        "c h e a p v i a g r a",
        "ｃｈｅａｐ ｖｉａｇｒａ!",
        "cheap.viagra",
    ],
)
def test_latin_phrases_are_found_through_look_alikes_full_width_and_spacing(body):
    assert blocked_phrase(["cheap viagra"], body) == "cheap viagra"


def test_a_latin_phrase_must_start_and_end_at_word_edges():
    assert blocked_phrase(["ass"], "What a classy article, and a sassy one") == ""
    assert blocked_phrase(["ass"], "a s s") == "ass"


def test_text_wholly_in_another_script_keeps_its_letters():
    assert normalise("Спасибо за статью, очень полезно.") == "спасибо за статью, очень полезно."
    assert normalise("Spасибо") != "spасибо"  # a word mixing scripts is folded to Latin


def test_korean_particles_do_not_hide_a_phrase():
    assert blocked_phrase([PHRASE], "최고의출장안마를 찾으세요") == PHRASE


@pytest.mark.parametrize(
    "body", ["", "\u200b\u200c\u200d\u2060\ufeff" * 50, "\u3164\u115f", "a" * 1_000_000, "🧘‍♀️"]
)
def test_bad_input_is_handled(body):
    assert isinstance(normalise(body), str)
    assert blocked_phrase([PHRASE, "cheap viagra"], body) == ""


def test_only_invisible_characters_normalise_to_nothing():
    assert normalise("\u200b\u200c\u200d\u2060\ufeff\u3164") == ""
