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


def hosts_of(body: str, website: str = "") -> list[str]:
    """The hosts a comment links to (its text, then its website), each once, in order."""
    hosts = find_links(normalise(body))
    if website:
        hosts += find_links(normalise(website))
    return list(dict.fromkeys(hosts))


def stored_hosts(body: str, website: str = "") -> str:
    """What `Comment.link_hosts` holds: the hosts between spaces (` a.example b.example `), so
    that `contains=" a.example "` finds a host exactly and not its lookalikes
    (`a.example.org`, `pa.example`); empty without links."""
    hosts = hosts_of(body, website)
    return f" {' '.join(hosts)} " if hosts else ""


def fill_link_hosts(comments, batch: int = 2000) -> int:
    """Store the link hosts (what `Comment.save()` keeps) of comments written without them: the
    rows there were before the field, a bulk load. `comments` is a queryset of any version of
    the comment model (a migration's too); returns how many rows changed."""
    model, changed, pending = comments.model, 0, []
    rows = comments.order_by().values_list("pk", "body", "website", "link_hosts")
    for pk, body, website, stored in rows.iterator(chunk_size=batch):
        hosts = stored_hosts(body, website)
        if hosts != stored:
            pending.append(model(pk=pk, link_hosts=hosts))
        if len(pending) == batch:
            model.objects.bulk_update(pending, ["link_hosts"])
            changed, pending = changed + len(pending), []
    model.objects.bulk_update(pending, ["link_hosts"])
    return changed + len(pending)


def count_links(*texts: str) -> int:
    """How many links the texts hold (raw text: normalised here)."""
    return sum(len(find_links(normalise(text))) for text in texts if text)


def has_markup(normalised: str) -> bool:
    return bool(MARKUP_RE.search(normalised))
