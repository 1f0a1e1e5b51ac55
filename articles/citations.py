"""Inline citation markers: "[1]" or "[2, 3]" in rich text link to numbered references.

Markers are only linked when the reference exists; the first marker for a reference gets the
id its back-link ("↩") returns to. Markers inside tags or attributes are never touched.
"""

import re

from django.utils.safestring import mark_safe

from .streams import blocks_of_type

MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def link_citations(html: str, reference_count: int, seen: set[int]) -> str:
    """Replace markers in the text parts of `html`; `seen` records numbers already linked.

    `html` is editor rich text (already trusted by Wagtail's richtext rendering).
    """
    if not reference_count:
        return mark_safe(html)  # trusted editor rich text, unchanged

    def replace(match):
        numbers = [int(n) for n in match.group(1).split(",")]
        if not all(1 <= n <= reference_count for n in numbers):
            return match.group(0)
        links = []
        for n in numbers:
            anchor = "" if n in seen else f' id="cite-{n}"'
            seen.add(n)
            links.append(f'<a href="#ref-{n}"{anchor} aria-label="Source {n}">{n}</a>')
        return f'<sup class="citation">[{", ".join(links)}]</sup>'

    parts = TAG_OR_TEXT.split(str(html))
    return mark_safe(
        "".join(part if part.startswith("<") else MARKER.sub(replace, part) for part in parts)
    )


def references_in(body) -> list:
    """The references of the page's sources block, numbered from 1."""
    for block in blocks_of_type(body, "sources"):
        return list(block.value["references"])
    return []
