"""What a reader typed, as the engines read it: words, and the phrases they put in quotes."""

import re
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"[^\W_]+", re.UNICODE)
PHRASE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SearchQuery:
    text: str  # as typed (spaces collapsed, at most MAX_QUERY_LENGTH characters)
    words: list[str] = field(default_factory=list)  # lower case, two characters or more
    phrases: list[str] = field(default_factory=list)  # the words of each quoted phrase

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def plain(self) -> str:
        """The words alone, as a backend without phrase syntax takes them."""
        return " ".join(self.words)


def parse(raw: str) -> SearchQuery:
    text = " ".join(raw.split())[:MAX_QUERY_LENGTH]
    words = [word for word in WORD.findall(text.casefold()) if len(word) > 1]
    phrases = []
    for quoted in PHRASE.findall(text):
        phrase = " ".join(WORD.findall(quoted.casefold()))
        if " " in phrase:
            phrases.append(phrase)
    return SearchQuery(text=text, words=words, phrases=phrases)
