"""One normalisation for every spam rule and the learning filter.

A spammer writes 출장안마 as "출 장 안 마", with zero-width characters or ideographic spaces
between the syllables, in decomposed jamo (identical on screen), with dots or hyphens between
the syllables, writes `ｗｗｗ．example．com` in full-width forms, or "Сheap viаgra" with
Cyrillic letters. Every rule and the classifier see the text through `normalise`:

- invisible characters removed (format characters such as U+200B/C/D, Hangul fillers...);
- NFKC: full-width forms folded, U+3000 made an ordinary space, compatibility jamo made
  conjoining; then decomposed Hangul jamo composed into syllables;
- case folded, one space between words;
- in a word that mixes Latin with look-alike letters of another script ("viаgra"), those letters
  folded to the Latin letter they imitate, from Unicode's confusables (confusable-homoglyphs,
  its data shipped with the package). Words wholly in one script (Russian, Greek) are kept.

`letters` gives the letters and digits of a normalised text with their positions, every
confusable folded, so that a blocked phrase is found whatever spacing or punctuation is put
between its letters (`find_phrase`).
"""

import functools
import re
import unicodedata

from confusable_homoglyphs import confusables

MAX_TEXT = 20_000  # longer input is cut before any work: a comment body is at most 5,000

# Not category Cf, but shown as nothing (or as a plain space) all the same.
INVISIBLE_EXTRA = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800\u180e")
FOLDED_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "LISU", "MATHEMATICAL")


@functools.cache
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


@functools.cache
def latin_lookalike(char: str) -> str:
    """The Latin letter `char` is drawn like, or "" (from Unicode's confusables)."""
    if char.isascii() or _script(char) not in FOLDED_SCRIPTS:
        return ""
    for glyph in confusables.confusables_data.get(char, ()):
        target = glyph["c"]
        if len(target) == 1 and target.isascii() and target.isalnum():
            return target.casefold()
    return ""


def is_invisible(char: str) -> bool:
    return char in INVISIBLE_EXTRA or unicodedata.category(char) == "Cf"


WORD_RE = re.compile(r"[^\W_]+")


def _fold_mixed_word(match: re.Match) -> str:
    word = match.group()
    if word.isascii():
        return word
    has_latin = any(char.isascii() and char.isalpha() for char in word)
    if not has_latin:
        return word
    return "".join(latin_lookalike(char) or char for char in word)


# A consonant typed as a compatibility jamo (ㄹ) after a syllable becomes, under NFKC, a leading
# consonant (U+1100...) that nothing composes: the final consonant it stands for, by index.
LEADING_TO_FINAL = dict(
    zip(
        (0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 18),  # leading consonants
        (1, 2, 4, 7, 8, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27),  # their final forms
        strict=True,
    )
)


def _compose_finals(text: str) -> str:
    """Fold a leading consonant that follows an open syllable (and starts none) into it."""
    out = []
    for index, char in enumerate(text):
        code = ord(char) - 0x1100
        after = text[index + 1] if index + 1 < len(text) else ""
        previous = out[-1] if out else ""
        if (
            code in LEADING_TO_FINAL
            and previous
            and 0xAC00 <= ord(previous) <= 0xD7A3
            and (ord(previous) - 0xAC00) % 28 == 0
            and not 0x1161 <= ord(after or " ") <= 0x1175
        ):
            out[-1] = chr(ord(previous) + LEADING_TO_FINAL[code])
            continue
        out.append(char)
    return "".join(out)


@functools.lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """`text` as every spam rule and the classifier see it (see the module's docstring).

    The last few answers are kept: the checks and the filter's features each read the same
    comment's text, one after the other."""
    if not text:
        return ""
    text = text[:MAX_TEXT]
    text = "".join(char for char in text if not is_invisible(char))
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFC", text)  # jamo that NFKC made conjoining, composed
    if any("\u1100" <= char <= "\u1112" for char in text):
        text = _compose_finals(text)
    text = "".join(char for char in text if not is_invisible(char)).casefold()
    text = WORD_RE.sub(_fold_mixed_word, text)
    return " ".join(text.split())


def letters(normalised: str) -> tuple[str, list[int]]:
    """The letters and digits of a normalised text, confusables folded, and where each was."""
    kept, where = [], []
    for index, char in enumerate(normalised):
        if char.isalnum():
            kept.append(latin_lookalike(char) or char)
            where.append(index)
    return "".join(kept), where


def _cased(char: str) -> bool:
    """Letters of scripts that put spaces between words (a phrase in them needs word edges)."""
    return char.isascii() or _script(char) in (*FOLDED_SCRIPTS, "LATIN")


def find_phrase(phrase_letters: str, text: str, text_letters: tuple[str, list[int]]) -> bool:
    """Is the phrase (its `letters`) in `text` (normalised), whatever lies between its letters?

    A phrase in Latin, Cyrillic or Greek must start and end at word edges ("ass" is not found in
    "class"); Korean, Chinese and Japanese write particles onto words, so there any match counts.
    """
    if not phrase_letters:
        return False
    stream, where = text_letters
    start = stream.find(phrase_letters)
    while start != -1:
        end = start + len(phrase_letters) - 1
        before = text[where[start] - 1] if where[start] else " "
        after = text[where[end] + 1] if where[end] + 1 < len(text) else " "
        edges_ok = (not _cased(phrase_letters[0]) or not before.isalnum()) and (
            not _cased(phrase_letters[-1]) or not after.isalnum()
        )
        if edges_ok:
            return True
        start = stream.find(phrase_letters, start + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _phrase_letters(phrase: str) -> str:
    """A blocklisted phrase's letters, worked out once: the same few phrases are looked for in
    every comment, and in each of the thousands a pattern action teaches the filter."""
    return letters(normalise(phrase))[0]


def blocked_phrase(phrases: list[str], *texts: str) -> str:
    """The first of `phrases` found in any of the texts (raw: normalised here), or ""."""
    seen = [(text, letters(text)) for text in (normalise(t) for t in texts if t)]
    for phrase in phrases:
        phrase_letters = _phrase_letters(phrase)
        if any(find_phrase(phrase_letters, text, found) for text, found in seen):
            return phrase
    return ""
