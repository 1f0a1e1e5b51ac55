"""What a comment's text looks like to a person: invisible characters, lookalikes, link hosts.

- `invisible_in_name`: the characters that make two names look the same while differing
  (zero-width spaces, direction marks, word joiners, Hangul fillers...). A zero-width joiner or
  non-joiner is allowed where writing needs it: inside an emoji sequence (🧘‍♀️) and between
  letters of scripts that join (Persian, Indic), never next to a Latin letter.
- `skeleton`: a name or a text reduced to what a reader tells apart: NFKC, case folded,
  accents, invisible characters, spaces and punctuation dropped, and the letters of Cyrillic and
  Greek that look Latin folded to that Latin letter. "Maya\u200bLindqvist", "MAYA LINDQVIST" and
  "Маyа Lindqvist" (Cyrillic М, а) all have the skeleton of "Maya Lindqvist".
- `fingerprint`: the hash of a comment body's skeleton, stored with each comment so that the
  same text sent from many addresses (with case, spacing or invisible characters varied) is
  found in one indexed query (spam.py).
- `display_url`: a link as shown in a comment, its host in punycode (xn--) when it mixes
  scripts (`https://аррӏе.com`, Cyrillic letters before a Latin top-level domain).
"""

import hashlib
import re
import unicodedata

from .normalise import normalise

# Not category Cf, but shown as nothing all the same.
INVISIBLE_EXTRA = {
    "\u034f",  # combining grapheme joiner
    "\u115f",  # Hangul choseong filler
    "\u1160",  # Hangul jungseong filler
    "\u3164",  # Hangul filler
    "\uffa0",  # halfwidth Hangul filler
    "\u2800",  # braille pattern blank
}
JOINERS = {"\u200c", "\u200d"}  # zero-width non-joiner, zero-width joiner

# Letters of other scripts that are drawn like a Latin letter (Unicode's confusables, the
# obvious ones), folded after case folding.
CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "һ": "h",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "ԛ": "q",
        "г": "r",
        "ѕ": "s",
        "т": "t",
        "у": "y",
        "ү": "y",
        "ԝ": "w",
        "х": "x",
        "ԁ": "d",
        "ɡ": "g",
        "ь": "b",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "ϲ": "c",
        # Latin lookalikes and digits read as letters
        "ı": "i",
        "ȷ": "j",
        "ſ": "s",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "0": "o",
        "1": "l",
        "|": "l",
    }
)


def is_invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or char in INVISIBLE_EXTRA


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def _joins(before: str, after: str) -> bool:
    """A joiner between these two characters is part of the writing, not a disguise."""
    if not before or not after or before.isspace() or after.isspace():
        return False
    emoji = ("So", "Sk")
    if unicodedata.category(after) == "So" and (
        unicodedata.category(before) in emoji or before == "\ufe0f"
    ):
        return True
    return before.isalpha() and after.isalpha() and not _is_latin(before) and not _is_latin(after)


def invisible_in_name(name: str) -> list[str]:
    """The invisible characters of `name` that only serve to disguise it (as U+XXXX)."""
    found = []
    for index, char in enumerate(name):
        if not is_invisible(char):
            continue
        if char in JOINERS:
            before = name[index - 1] if index else ""
            after = name[index + 1] if index + 1 < len(name) else ""
            if _joins(before, after):
                continue
        found.append(f"U+{ord(char):04X}")
    return found


def normalise_name(name: str) -> str:
    """NFKC (full-width letters, ligatures, odd spaces made ordinary), one space between words."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def skeleton(text: str) -> str:
    """What is left of `text` for a reader to tell it apart: letters and digits, folded."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(
        char for char in folded if not unicodedata.combining(char) and not is_invisible(char)
    )
    kept = "".join(char for char in kept.translate(CONFUSABLES) if char.isalnum())
    return kept.replace("rn", "m").replace("vv", "w")


# "Thanks, great article!" is sent by many people in earnest: shorter skeletons are not compared.
FINGERPRINT_MIN_LENGTH = 30


def fingerprint(body: str) -> str:
    """A short hash of the body's skeleton; empty for bodies too short to tell anything.

    The body is read through the spam rules' normalisation first (normalise.py), so the
    duplicate check sees at least what every other rule sees."""
    text = skeleton(normalise(body))
    if len(text) < FINGERPRINT_MIN_LENGTH:
        return ""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
        return "Japanese/Chinese"
    return name.split(" ")[0]


def is_mixed_script(host: str) -> bool:
    """True when the letters of `host` (all its labels) come from more than one script."""
    scripts = {_script(char) for char in host if char.isalpha()}
    return len(scripts) > 1


def _punycode(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        label = unicodedata.normalize("NFKC", label).casefold()
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
    return ".".join(labels)


URL_HOST = re.compile(
    r"^(?P<scheme>[a-z][a-z0-9+.-]*://)?(?P<userinfo>[^/?#@\s]*@)?(?P<host>[^/?#:\s]+)",
    re.IGNORECASE,
)


def display_url(url: str) -> str:
    """`url` with its host in punycode when the host mixes scripts; otherwise unchanged."""
    match = URL_HOST.match(url)
    if not match or match["host"].isascii() or not is_mixed_script(match["host"]):
        return url
    return url[: match.start("host")] + _punycode(match["host"]) + url[match.end("host") :]
