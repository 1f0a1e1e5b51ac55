"""Links in a comment, found in its normalised text (normalise.py), each counted once.

`https://www.nhs.uk/conditions/` is one link, not two (a scheme and a `www.`); a full-width
`ｗｗｗ．example．com` is a link once NFKC has folded it; so is a bare `www.example.com` and
a bare host on a top-level domain spammers favour (`best-pills.xyz/buy`). An email address is
not a link. Markup (`<a href=...>`, `[url=...]`) counts by the address inside it.
"""

import re

from .normalise import normalise

# Top-level domains a bare host (no scheme, no www.) is taken as a link on.
BARE_TLDS = (
    "com|net|org|info|biz|xyz|top|site|online|shop|store|club|vip|live|life|pro|app|io|co|me|"
    "kr|cn|ru|jp|uk|de|fr|es|br|pt|tk|ml|ga|cf|gq|cc|ws|su|ua|pl|nl|eu|ca|au"
)
URL_RE = re.compile(
    r"(?:(?:https?|ftp)\s*:\s*//\s*|(?<![\w@.-])www\.)"  # a scheme, or a bare www.
    r"(?P<host>[^\s/?#<>\"'\]\[(){}|\\^`]+)"
    r"[^\s<>\"'\]\[]*",
    re.IGNORECASE,
)
BARE_HOST_RE = re.compile(
    rf"(?<![\w@.-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{BARE_TLDS}))"
    r"(?![\w@-])(?:/[^\s<>\"'\]\[]*)?",
    re.IGNORECASE,
)
MARKUP_RE = re.compile(r"<\s*a\s|\[url|\[link", re.IGNORECASE)


def _clean_host(host: str) -> str:
    host = host.casefold().rstrip(".,;:!?")
    host = host.rpartition("@")[2].partition(":")[0]
    return host.removeprefix("www.")


def find_links(normalised: str) -> list[str]:
    """The host of each link in a normalised text, in order, each link once."""
    hosts = []
    taken = []
    for match in URL_RE.finditer(normalised):
        hosts.append(_clean_host(match["host"]))
        taken.append(match.span())
    for match in BARE_HOST_RE.finditer(normalised):
        if any(start <= match.start() < end for start, end in taken):
            continue
        hosts.append(_clean_host(match["host"]))
    return [host for host in hosts if host]


def count_links(*texts: str) -> int:
    """How many links the texts hold (raw text: normalised here)."""
    return sum(len(find_links(normalise(text))) for text in texts if text)


def has_markup(normalised: str) -> bool:
    return bool(MARKUP_RE.search(normalised))
