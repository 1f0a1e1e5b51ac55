"""The disguises spammers put on a phrase so a blocklist misses it."""

import unicodedata

CYRILLIC_LOOKALIKES = str.maketrans(
    {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ"}
)


def spaced(phrase: str) -> str:
    return " ".join(phrase.replace(" ", ""))


def joined_by(separator: str):
    def disguise(phrase: str) -> str:
        return separator.join(phrase.replace(" ", ""))

    return disguise


def decomposed(phrase: str) -> str:
    return unicodedata.normalize("NFD", phrase)


def cyrillic(phrase: str) -> str:
    # Every other look-alike, so the word still mixes scripts.
    return "".join(
        char.translate(CYRILLIC_LOOKALIKES) if index % 2 else char
        for index, char in enumerate(phrase)
    )


def full_width(phrase: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in phrase)


DISGUISES = {
    "spaces": spaced,
    "zwsp": joined_by("\u200b"),
    "zwnj": joined_by("\u200c"),
    "zwj": joined_by("\u200d"),
    "ideographic_space": joined_by("\u3000"),
    "decomposed": decomposed,
    "dots": joined_by("."),
    "hyphens": joined_by("-"),
    "cyrillic": cyrillic,
    "full_width": full_width,
}


def full_width_address(domain: str) -> str:
    return full_width(domain).replace("．", "．")
