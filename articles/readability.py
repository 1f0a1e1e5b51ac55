"""How hard an article is to read: grade level and reading ease of the body's text blocks.

textstat (0.7.3: pyphen's hyphenation dictionaries count syllables, nothing is downloaded)
computes the Flesch–Kincaid grade and the Flesch reading ease of the body's paragraph blocks
only: headings, captions, quotes, callouts and the sources are not prose a reader reads
through. The formulas are English ones: on text in another language the figures mean little.
Health guidance aims at grade 6-8 (about age 11-12); each site sets its target
(ReadingLevelSettings). "Rare" words are those outside the Dale–Chall list of 3,000 words
familiar to most 10-year-olds, with two syllables or more, the longest first.
"""

import re
import warnings
from dataclasses import dataclass, field

from .streams import blocks_of_type

with warnings.catch_warnings():  # textstat 0.7.3 imports pkg_resources, which warns
    warnings.simplefilter("ignore")
    import textstat

TEXT_BLOCK = "paragraph"
# The formulas were made for passages of 100 words or more: a shorter body is measured, but
# not judged against the target.
MIN_WORDS = 100
SHOWN = 3  # longest sentences shown
RARE_SHOWN = 10
BLOCK_END = re.compile(r"</(?:p|li|h\d|blockquote)\s*>|<br\s*/?>", re.I)
TAG = re.compile(r"<[^>]+>")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class ReadingLevel:
    grade: float  # Flesch–Kincaid grade level: the US school grade the text suits
    ease: float  # Flesch reading ease: 0-100, higher is easier (60-70: plain English)
    words: int
    sentences: int
    longest: list[tuple[int, str]] = field(default_factory=list)  # (words, sentence)
    rare_words: list[str] = field(default_factory=list)

    @property
    def judged(self) -> bool:
        return self.words >= MIN_WORDS

    @property
    def ease_label(self) -> str:
        for floor, label in ((90, "very easy"), (70, "easy"), (60, "plain English")):
            if self.ease >= floor:
                return label
        return "fairly difficult" if self.ease >= 50 else "difficult"


def body_sentences(body) -> list[str]:
    """The sentences of the body's paragraph blocks; a list item or paragraph without a full
    stop ends a sentence all the same."""
    sentences = []
    for block in blocks_of_type(body, TEXT_BLOCK):
        source = getattr(block.value, "source", str(block.value))
        for piece in BLOCK_END.split(source):
            text = " ".join(TAG.sub(" ", piece).replace("&nbsp;", " ").split())
            text = re.sub(r"&\w+;|&#\d+;", " ", text)
            sentences += [s.strip() for s in SENTENCE_END.split(text) if WORD.search(s)]
    return sentences


def words_in(sentence: str) -> int:
    return len(WORD.findall(sentence))


def reading_level(body) -> ReadingLevel | None:
    """The reading level of `body`'s text blocks; None when they hold no text."""
    sentences = body_sentences(body)
    if not sentences:
        return None
    text = " ".join(s if s[-1] in ".!?" else f"{s}." for s in sentences)
    longest = sorted(((words_in(s), s) for s in sentences), key=lambda pair: -pair[0])
    rare = sorted(
        set(textstat.difficult_words_list(text)),
        key=lambda word: (-textstat.syllable_count(word), -len(word), word),
    )
    return ReadingLevel(
        grade=round(textstat.flesch_kincaid_grade(text), 1),
        ease=round(textstat.flesch_reading_ease(text), 1),
        words=sum(words_in(s) for s in sentences),
        sentences=len(sentences),
        longest=longest[:SHOWN],
        rare_words=[w for w in rare if not w.isdigit()][:RARE_SHOWN],
    )
