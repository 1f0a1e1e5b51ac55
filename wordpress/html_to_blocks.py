"""WordPress post HTML → StreamField blocks, as the raw JSON values of `articles/blocks.py`.

Headings, paragraphs and lists (rich text limited to bold, italic, links and lists), quotes,
definition lists, images (with alt text and the `[caption]` or <figcaption>) and embeds.
Only allowed tags and a link's href are ever written, so scripts, event handlers and
`javascript:` links cannot survive. Classic-editor posts get WordPress's own paragraph rule
(a blank line starts a paragraph, a line break is a <br>); block-editor posts do not.
"""

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from .htmltree import SPACES, UNSAFE, Element, parse_html, plain_text
from .richtext import (
    EDGE_BREAKS,
    HEADINGS,
    LISTS,
    MEDIA,
    TAGS,
    ImageRef,
    Inline,
    Resolver,
    RichTextWriter,
    has_text,
    shorten,
)
from .shortcodes import prepare

__all__ = ["Body", "ImageRef", "Resolver", "html_to_blocks", "shorten"]

CONTAINERS = {
    "#root",
    "address",
    "article",
    "aside",
    "body",
    "center",
    "details",
    "div",
    "fieldset",
    "figcaption",
    "footer",
    "header",
    "html",
    "main",
    "nav",
    "section",
    "summary",
    "tbody",
    "tfoot",
    "thead",
}
URL = re.compile(r"^https?://\S+$")
PARAGRAPH_BREAK = "\x00"
MAX_HEADING, MAX_CAPTION, MAX_ATTRIBUTION, MAX_TERM = 200, 300, 200, 200


@dataclass
class Body:
    blocks: list[dict]
    notes: Counter = field(default_factory=Counter)
    first_text: str = ""


def html_to_blocks(content: str, resolver: Resolver, attached: Sequence[str] = ()) -> Body:
    """`attached`: the ids of the attachments uploaded to the post (what a bare [gallery] shows)."""
    prepared = prepare(content or "", attached)
    builder = _Builder(resolver, classic=not prepared.gutenberg, notes=prepared.notes)
    builder.blocks_of(parse_html(prepared.html))
    builder.end_rich()
    return Body(builder.blocks, builder.notes, builder.first_text)


def embed_url(src: str) -> str:
    """The page URL for a player URL (YouTube and Vimeo iframes), which embed finders accept."""
    parts = urlsplit(f"https:{src}" if src.startswith("//") else src)
    host, path = (parts.hostname or "").removeprefix("www."), parts.path
    if host in ("youtube.com", "youtube-nocookie.com") and path.startswith("/embed/"):
        return f"https://www.youtube.com/watch?v={path.split('/')[2]}"
    if host == "player.vimeo.com" and path.startswith("/video/"):
        return f"https://vimeo.com/{path.split('/')[2]}"
    if host == "youtube.com" and path == "/watch" and "v" in parse_qs(parts.query):
        return f"https://www.youtube.com/watch?v={parse_qs(parts.query)['v'][0]}"
    return parts.geturl()


class _Builder(RichTextWriter):
    """Walks the tree once, writing blocks; consecutive paragraphs and lists share one block."""

    def __init__(self, resolver: Resolver, classic: bool, notes: Counter):
        super().__init__(resolver, classic, notes)
        self.blocks: list[dict] = []
        self.rich: list[str] = []  # finished <p> and lists, waiting to become one block
        self.run: list[str] = []  # inline HTML outside any <p>
        self.first_text = ""

    # -- collecting -----------------------------------------------------------------------

    def add(self, block_type: str, value) -> None:
        self.close_rich()
        self.blocks.append({"type": block_type, "value": value})

    def add_rich(self, fragment: str) -> None:
        if not self.first_text and fragment.startswith("<p>"):
            text = TAGS.sub("", fragment.replace("<br/>", " ").replace("</p><p>", " "))
            self.first_text = SPACES.sub(" ", html.unescape(text)).strip()
        self.rich.append(fragment)

    def close_rich(self) -> None:
        if self.rich:
            self.blocks.append({"type": "paragraph", "value": "".join(self.rich)})
            self.rich = []

    def end_run(self) -> None:
        pieces, self.run = "".join(self.run).split(PARAGRAPH_BREAK), []
        for piece in pieces:
            self.paragraph_html(piece)

    def end_rich(self) -> None:
        self.end_run()
        self.close_rich()

    def paragraph_html(self, inner: str) -> None:
        inner = EDGE_BREAKS.sub("", inner)
        if not has_text(inner):
            return
        url = html.unescape(inner)
        if "<" not in inner and URL.match(url) and self.resolver.embeddable(url):
            self.add("embed", url)  # a URL alone on its line: WordPress embeds it
        else:
            self.add_rich(f"<p>{inner}</p>")

    # -- block level ----------------------------------------------------------------------

    def blocks_of(self, node: Element) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.text_run(child)
            else:
                self.block(child)

    def block(self, element: Element) -> None:
        tag = element.tag
        if tag in UNSAFE:
            self.unsafe(element)
        elif tag == "p":
            self.end_run()
            self.paragraph(element)
        elif tag in HEADINGS:
            self.end_rich()
            self.heading(element)
        elif tag in LISTS:
            self.end_run()
            self.listing(element)
        elif tag == "blockquote":
            self.end_rich()
            self.quote(element)
        elif tag in MEDIA:
            self.end_run()
            self.media([element])
        elif tag == "table":
            self.end_run()
            self.table(element)
        elif tag == "pre":
            self.end_run()
            self.preformatted(element)
        elif tag == "dl":
            self.end_rich()
            self.definitions(element)
        elif tag == "hr":
            self.end_run()
        elif tag == "br":
            self.run.append("<br/>")
        elif tag in CONTAINERS or tag in ("li", "dd", "dt", "tr", "td", "th", "caption"):
            self.end_run()
            self.blocks_of(element)
            self.end_run()
        else:
            state = Inline()
            self.run.append(self.inline(element, state))
            if state.media:
                self.end_run()
                self.media(state.media)

    def text_run(self, text: str) -> None:
        if self.classic:
            parts = re.split(r"\n[ \t\r]*\n", text)
            self.run.append(PARAGRAPH_BREAK.join(self.text(part) for part in parts))
        else:
            self.run.append(self.text(text))

    def paragraph(self, element: Element) -> None:
        state = Inline()
        inner = "".join(self.inline(child, state) for child in element.children)
        if state.media and state.media_first:
            self.end_run()
            self.media(state.media)
            self.paragraph_html(inner)
            return
        self.paragraph_html(inner)
        if state.media:
            self.end_run()
            self.media(state.media)

    def heading(self, element: Element) -> None:
        text = SPACES.sub(" ", plain_text(element)).strip()
        if text:
            level = HEADINGS[element.tag]
            value = {"text": shorten(text, MAX_HEADING), "level": level, "anchor": ""}
            self.add("heading", value)
        self.media(element.find_all("img", "iframe"))

    def listing(self, element: Element) -> None:
        state = Inline()
        fragment = self.list_html(element, state)
        if fragment:
            self.add_rich(fragment)
        if state.media:
            self.end_run()
            self.media(state.media)

    def quote(self, element: Element) -> None:
        if element.classes & {"twitter-tweet", "instagram-media", "tiktok-embed"}:
            links = [embed_url(a.attrs.get("href", "")) for a in element.find_all("a")]
            for url in reversed(links):
                if URL.match(url) and self.resolver.embeddable(url):
                    self.add("embed", url)
                    return
        credits = element.find_all("cite", "footer")
        text = plain_text(_without(element, credits))
        attribution = " ".join(plain_text(credit) for credit in credits).strip().lstrip("—–- ")
        if text:
            value = {"text": text, "attribution": shorten(attribution, MAX_ATTRIBUTION)}
            self.add("quote", value)
        self.media(element.find_all("img", "iframe"))

    def media(self, elements: list[Element]) -> None:
        for element in elements:
            if element.tag == "img":
                self.image(element, caption="")
            elif element.tag == "iframe":
                self.iframe(element)
            elif element.tag == "figure":
                self.figure(element)
            else:
                self.notes[f"removed <{element.tag}> (audio and video files are not imported)"] += 1

    def figure(self, element: Element) -> None:
        wrapper = [e for e in element.find_all("div") if "wp-block-embed__wrapper" in e.classes]
        if "wp-block-embed" in element.classes or wrapper:
            url = plain_text(wrapper[0] if wrapper else element).split()
            if url:
                self.embed(url[0])
            return
        if element.find("figure"):  # a gallery of figures
            self.blocks_of(element)
            return
        images = element.find_all("img")
        caption_node = element.find("figcaption")
        caption = SPACES.sub(" ", plain_text(caption_node)).strip() if caption_node else ""
        for image in images:
            self.image(image, caption if len(images) == 1 else "")
        if not images:
            self.blocks_of(element)
        elif caption and len(images) > 1:
            self.paragraph_html(html.escape(caption, quote=False))

    def image(self, element: Element, caption: str) -> None:
        src = element.attrs.get("src") or element.attrs.get("data-src") or ""
        wp_id = element.attrs.get("data-id", "")
        for name in element.classes:
            if name.startswith("wp-image-") and name[9:].isdigit():
                wp_id = name[9:]
        found = self.resolver.image(src.strip(), wp_id)
        if isinstance(found, str):
            self.notes[found] += 1
            return
        alt = SPACES.sub(" ", element.attrs.get("alt", "")).strip() or found.alt
        if not alt:
            self.notes["image without alt text (add it in the editor)"] += 1
        image = {"image": found.id, "alt_text": alt, "decorative": False}
        self.add("image", {"image": image, "caption": shorten(caption, MAX_CAPTION), "credit": ""})

    def iframe(self, element: Element) -> None:
        src = element.attrs.get("src", "").strip()
        self.embed(embed_url(src) if src else "", removed="<iframe>")

    def embed(self, url: str, removed: str = "embed") -> None:
        if URL.match(url) and self.resolver.embeddable(url):
            self.add("embed", url)
        else:
            host = urlsplit(url).hostname or "an unknown address"
            self.notes[f"removed {removed} from {host} (not an embeddable address)"] += 1

    def table(self, element: Element) -> None:
        state = Inline()
        for row in element.find_all("tr"):
            cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
            texts = [self.cell(cell, state) for cell in cells]
            self.paragraph_html(" · ".join(text for text in texts if has_text(text)))
        self.notes["table flattened into paragraphs (tables are not available)"] += 1
        if state.media:
            self.end_run()
            self.media(state.media)

    def cell(self, cell: Element, state: Inline) -> str:
        inner = "".join(self.inline(child, state) for child in cell.children).strip()
        return f"<b>{inner}</b>" if cell.tag == "th" and has_text(inner) else inner

    def preformatted(self, element: Element) -> None:
        lines = "".join(_raw_text(element)).strip("\n").split("\n")
        self.paragraph_html("<br/>".join(html.escape(line, quote=False) for line in lines))

    def definitions(self, element: Element) -> None:
        items: list[dict] = []
        state = Inline()
        for child in element.children:
            if not isinstance(child, Element):
                continue
            if child.tag == "dt":
                term = SPACES.sub(" ", plain_text(child)).strip()
                items.append({"term": shorten(term, MAX_TERM), "description": ""})
            elif child.tag == "dd" and items:
                inner = "".join(self.inline(c, state) for c in child.children).strip()
                if has_text(inner):
                    items[-1]["description"] += f"<p>{inner}</p>"
        items = [item for item in items if item["term"]]
        if items:
            self.add("definition_list", {"title": "", "items": items})
        self.media(state.media)


def _without(element: Element, removed: list[Element]) -> Element:
    """A copy of `element` without the `removed` descendants."""
    children = [
        child if isinstance(child, str) else _without(child, removed)
        for child in element.children
        if not any(child is r for r in removed)
    ]
    return Element(element.tag, element.attrs, children)


def _raw_text(element: Element) -> list[str]:
    parts: list[str] = []
    for child in element.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag == "br":
            parts.append("\n")
        elif child.tag not in UNSAFE:
            parts.extend(_raw_text(child))
    return parts
