"""Rich text for paragraphs: WordPress inline HTML written as Wagtail's stored rich text.

Only <p>, <b>, <i>, <a href>, <ul>, <ol>, <li> and <br/> are ever written, with escaped text
and a checked href (http, https, mailto, tel or a relative link), so scripts, event handlers
and `javascript:` links cannot survive. Images and players found inline are collected for the
block builder to place next to the paragraph.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from .htmltree import SPACES, UNSAFE, Element

HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
BOLD, ITALIC = {"b", "strong"}, {"i", "em", "dfn", "var"}
LISTS = {"ul", "ol"}
MEDIA = {"img", "iframe", "video", "audio", "figure"}
QUIET = {"head", "link", "meta", "noscript", "style", "title"}  # removed without a note
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]+")
TAGS = re.compile(r"<[^>]*>")
EDGE_BREAKS = re.compile(r"^(?:\s|<br/>)+|(?:\s|<br/>)+$")


@dataclass
class ImageRef:
    id: int
    alt: str = ""


class Resolver(Protocol):
    """What the converter asks of the importer."""

    def image(self, src: str, attachment_id: str) -> ImageRef | str:
        """The imported image for an <img>, or why there is none (one line)."""

    def embeddable(self, url: str) -> bool:
        """Whether the site's embed finders accept `url`."""

    def link(self, href: str) -> str:
        """`href` as it should be stored (links to the old site become site-relative)."""


def has_text(fragment: str) -> bool:
    return bool(html.unescape(TAGS.sub("", fragment)).strip(" \t\n\r\xa0"))


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


@dataclass
class Inline:
    """What a run of inline HTML held besides text: images and players, and where they were."""

    media: list[Element] = field(default_factory=list)
    text_seen: bool = False
    media_first: bool = False
    in_link: bool = False


class RichTextWriter:
    """Inline HTML → stored rich text. `classic`: line breaks in text are <br/> (wpautop)."""

    def __init__(self, resolver: Resolver, classic: bool, notes: Counter):
        self.resolver = resolver
        self.classic = classic
        self.notes = notes

    def text(self, text: str) -> str:
        escaped = html.escape(text, quote=False)
        if not self.classic:
            return SPACES.sub(" ", escaped)
        return "<br/>".join(SPACES.sub(" ", line) for line in escaped.split("\n"))

    def unsafe(self, element: Element) -> None:
        if element.tag not in QUIET:
            self.notes[f"removed <{element.tag}> (not allowed in articles)"] += 1

    def inline(self, node: Element | str, state: Inline) -> str:
        if isinstance(node, str):
            state.text_seen = state.text_seen or bool(node.strip())
            return self.text(node)
        tag = node.tag
        if tag in UNSAFE:
            self.unsafe(node)
            return ""
        if tag in MEDIA:
            state.media_first = state.media_first or not (state.text_seen or state.media)
            state.media.append(node)
            return ""
        if tag == "br":
            return "<br/>"
        if tag in LISTS:
            return self.list_html(node, state)
        href = self.href(node) if tag == "a" and not state.in_link else None
        state.in_link = state.in_link or bool(href)
        inner = "".join(self.inline(child, state) for child in node.children)
        if href:
            state.in_link = False
            return f'<a href="{html.escape(href)}">{inner}</a>' if has_text(inner) else inner
        if tag in BOLD and has_text(inner):
            return f"<b>{inner}</b>"
        if tag in ITALIC and has_text(inner):
            return f"<i>{inner}</i>"
        if tag in HEADINGS or tag in ("p", "div", "li", "dd", "dt", "blockquote"):
            return f" {inner} "
        return inner

    def list_html(self, element: Element, state: Inline) -> str:
        items = []
        for child in element.children:
            if isinstance(child, Element) and child.tag == "li":
                inner = EDGE_BREAKS.sub("", "".join(self.inline(c, state) for c in child.children))
                if has_text(inner):
                    items.append(f"<li>{inner.strip()}</li>")
            elif isinstance(child, Element) and child.tag in LISTS and items:
                items[-1] = items[-1][:-5] + self.list_html(child, state) + "</li>"
        tag = "ol" if element.tag == "ol" else "ul"
        return f"<{tag}>{''.join(items)}</{tag}>" if items else ""

    def href(self, element: Element) -> str | None:
        raw = element.attrs.get("href", "").strip()
        if not raw:
            return None
        scheme = SCHEME.match(CONTROL.sub("", raw))
        if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
            self.notes[f"removed a {scheme.group(1).lower()}: link (unsafe)"] += 1
            return None
        if raw.startswith("//"):
            raw = f"https:{raw}"
        return self.resolver.link(CONTROL.sub("", raw.replace(" ", "%20")))
