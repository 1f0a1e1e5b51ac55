"""Headings in a StreamField body: stable anchor ids and the table of contents built from them."""

from dataclasses import dataclass, field

from django.utils.text import slugify

from .streams import blocks_of_type

HEADING_BLOCK = "heading"
MAX_ANCHOR_LENGTH = 60


@dataclass
class TocEntry:
    text: str
    anchor: str
    children: list["TocEntry"] = field(default_factory=list)


def anchor_for(value) -> str:
    """The anchor a heading block renders with: the editor's own, else one made from its text."""
    return (
        value.get("anchor")
        or slugify(value.get("text", ""), allow_unicode=True)[:MAX_ANCHOR_LENGTH]
        or "section"
    )


def assign_heading_anchors(body) -> None:
    """Give every heading in `body` a unique anchor, keeping the ones editors chose."""
    seen: set[str] = set()
    for block in blocks_of_type(body, HEADING_BLOCK):
        base = anchor_for(block.value)
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        block.value["anchor"] = anchor


def table_of_contents(body) -> list[TocEntry]:
    """H2 headings, each with the H3 headings that follow it."""
    entries: list[TocEntry] = []
    for block in blocks_of_type(body, HEADING_BLOCK):
        entry = TocEntry(text=block.value["text"], anchor=anchor_for(block.value))
        if block.value.get("level") == "h3" and entries:
            entries[-1].children.append(entry)
        else:
            entries.append(entry)
    return entries


def word_count(*texts: str) -> int:
    return sum(len(text.split()) for text in texts if text)


def reading_time_minutes(words: int, words_per_minute: int = 230) -> int:
    """Whole minutes, rounded up, never less than one."""
    return max(1, -(-words // words_per_minute))
