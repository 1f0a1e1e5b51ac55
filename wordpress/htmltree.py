"""A small, forgiving HTML tree (stdlib parser) and plain text from it.

WordPress content is hand-written HTML: unclosed paragraphs, stray end tags, markup pasted
from anywhere. The tree closes what HTML closes implicitly, ignores what cannot be matched,
drops comments (Gutenberg's block delimiters among them) and never nests deeper than
`MAX_DEPTH`, so hostile input cannot exhaust the stack of the code that walks it.
"""

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_DEPTH = 100
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
# Starting one of these closes an open <p>, as in HTML.
CLOSES_P = {
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
}
# An implied end tag never reaches past one of these.
SCOPE = {"blockquote", "div", "figure", "li", "ol", "section", "table", "td", "th", "ul"}
# Content that must never reach a reader, in any form: removed with everything inside it.
UNSAFE = {
    "applet",
    "base",
    "button",
    "canvas",
    "embed",
    "form",
    "frame",
    "frameset",
    "head",
    "input",
    "link",
    "math",
    "meta",
    "noscript",
    "object",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
}
BLOCKS = CLOSES_P | {"li", "dd", "dt", "tr", "td", "th", "caption", "tbody", "thead"}
SPACES = re.compile(r"[ \t\n\r\f\v]+")
LINE_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list["Element | str"] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def find_all(self, *tags: str) -> list["Element"]:
        found = []
        for child in self.children:
            if isinstance(child, Element):
                if child.tag in tags:
                    found.append(child)
                found.extend(child.find_all(*tags))
        return found

    def find(self, *tags: str) -> "Element | None":
        found = self.find_all(*tags)
        return found[0] if found else None

    def has_text(self) -> bool:
        return bool(plain_text(self).strip())


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def close_implied(self, tag: str) -> None:
        wanted = {"p"} if tag in CLOSES_P else set()
        if tag == "li":
            wanted = {"li"}
        elif tag in ("dt", "dd"):
            wanted = {"dt", "dd"}
        elif tag in ("tr", "td", "th"):
            wanted = {"td", "th"} if tag != "tr" else {"tr", "td", "th"}
        if not wanted:
            return
        for index in range(len(self.stack) - 1, 0, -1):
            current = self.stack[index].tag
            if current in wanted:
                del self.stack[index:]
                return
            if current in SCOPE or (tag == "li" and current in ("ul", "ol")):
                return

    def handle_starttag(self, tag, attrs):
        self.close_implied(tag)
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.close_implied(tag)
        self.stack[-1].children.append(Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        children = self.stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse_html(source: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    return builder.root


def plain_text(node: "Element | str", keep_newlines: bool = False) -> str:
    """The text a reader would see: line breaks for <br>, blank lines between blocks.

    With `keep_newlines`, line breaks in the text itself count too (WordPress turns them into
    <br> and paragraphs when it shows comments and classic posts).
    """
    parts: list[str] = []
    _collect_text(node, parts, LINE_SPACES if keep_newlines else SPACES)
    lines = [SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _collect_text(node: "Element | str", parts: list[str], spaces: re.Pattern) -> None:
    if isinstance(node, str):
        parts.append(spaces.sub(" ", node))
        return
    if node.tag in UNSAFE or node.tag == "iframe":
        return
    if node.tag == "br":
        parts.append("\n")
        return
    block = node.tag in BLOCKS
    if block:
        parts.append("\n\n")
    for child in node.children:
        _collect_text(child, parts, spaces)
    if block:
        parts.append("\n\n")


def html_to_text(source: str, keep_newlines: bool = True) -> str:
    """Plain text from a fragment of HTML (excerpts, comments, captions)."""
    return plain_text(parse_html(source), keep_newlines=keep_newlines)


def inline_text(source: str) -> str:
    """One line of plain text: for titles and names. Entities left escaped twice are undone."""
    text = SPACES.sub(" ", plain_text(parse_html(source))).strip()
    return html.unescape(text) if "&" in text else text
