"""Reading a WordPress eXtended RSS (WXR 1.0–1.2) export safely into plain dataclasses.

The XML is read with defusedxml: entity declarations (XML bombs) and external entities are
refused. Namespaces are matched by pattern, so the `http://` and `https://` forms of
`wordpress.org/export/1.x/` both work.

Memory is bounded: the file is fed to the parser in chunks, and no tree of the document is
built; each child of the channel (an item, an author, a term) is built on its own, turned into
a dataclass and dropped. A file over the size limit is refused before it is read, and no text
inside it is kept past the text limit: an item with a longer body (or any longer field) is
read as `too_large` (what was too long, and how long it was), to be skipped by the importer.
"""

import datetime
import email.utils
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.utils.text import slugify

SUPPORTED_VERSIONS = ("1.0", "1.1", "1.2")
CHUNK_BYTES = 256 * 1024
NAMESPACES = [
    (re.compile(r"^https?://wordpress\.org/export/\d+\.\d+/excerpt/?$"), "excerpt"),
    (re.compile(r"^https?://wordpress\.org/export/(\d+\.\d+)/?$"), "wp"),
    (re.compile(r"^https?://purl\.org/rss/1\.0/modules/content/?$"), "content"),
    (re.compile(r"^https?://purl\.org/dc/elements/1\.1/?$"), "dc"),
]
# expat's codes for a document that stops early: no element found, unclosed token,
# partial character, unclosed CDATA section.
TRUNCATED_CODES = {3, 5, 6, 20}
ZERO_DATE = "0000-00-00"


class WXRError(ValueError):
    """The file cannot be imported; the message is one line a person can act on."""


@dataclass
class Author:
    login: str
    display_name: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    description: str = ""


@dataclass
class Term:
    taxonomy: str  # "category", "post_tag" or another taxonomy
    slug: str
    name: str
    parent: str = ""  # the parent's slug
    description: str = ""


@dataclass
class Comment:
    wp_id: str
    author: str = ""
    email: str = ""
    url: str = ""
    ip: str = ""
    date: datetime.datetime | None = None  # naive, the site's local time
    date_gmt: datetime.datetime | None = None  # aware, UTC
    content: str = ""
    approved: str = "1"  # "1", "0", "spam", "trash", "post-trashed"
    type: str = ""  # "" or "comment"; "pingback", "trackback"
    parent: str = "0"


@dataclass
class Item:
    wp_id: str
    post_type: str = "post"
    title: str = ""
    link: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    status: str = "publish"
    slug: str = ""
    parent: str = "0"
    menu_order: int = 0
    password: str = ""
    sticky: bool = False
    date: datetime.datetime | None = None  # naive, the site's local time
    date_gmt: datetime.datetime | None = None  # aware, UTC
    comment_status: str = "open"
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # the first value of each key
    old_slugs: list[str] = field(default_factory=list)  # `_wp_old_slug`: earlier slugs
    comments: list[Comment] = field(default_factory=list)
    # Set when a text inside the item was over the text limit: (which, its size in bytes).
    too_large: tuple[str, int] | None = None


@dataclass
class Export:
    version: str
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    authors: list[Author] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    @property
    def site_url(self) -> str:
        return self.base_blog_url or self.link or self.base_site_url

    @property
    def source(self) -> str:
        """The site, without scheme or "www.", so an http → https move is the same source."""
        parts = urlsplit(self.site_url if "//" in self.site_url else f"//{self.site_url}")
        host = (parts.hostname or "").removeprefix("www.")
        return f"{host}{parts.path.rstrip('/')}" or "unknown"

    @property
    def host(self) -> str:
        return self.source.split("/", 1)[0]


def parse(path: Path, *, max_file_bytes: int | None = None, max_text_bytes: int | None = None):
    """Read the export at `path`, or raise WXRError with one line saying what is wrong.

    `max_file_bytes`: a larger file is refused before it is read. `max_text_bytes`: no text
    longer than this is kept (its item is marked `too_large`; elsewhere it is an error).
    """
    path = Path(path)
    if not path.is_file():
        raise WXRError(f"No such file: {path}")
    size = path.stat().st_size
    if size == 0:
        raise WXRError(f"{path.name} is empty")
    if max_file_bytes is not None and size > max_file_bytes:
        raise WXRError(
            f"{path.name} is {megabytes(size)}, over the import's limit of "
            f"{megabytes(max_file_bytes)} (--max-file-mb): split the export in WordPress"
        )
    try:
        with path.open("rb") as stream:
            return _Reader(path.name, max_text_bytes).read(stream)
    except DefusedXmlException:
        raise WXRError(
            f"{path.name} declares XML entities, which are refused for safety "
            "(a WordPress export never does; this may be an XML bomb)"
        ) from None
    except SafeET.ParseError as error:
        if error.code in TRUNCATED_CODES:
            raise WXRError(f"{path.name} ends before the XML is complete: {error}") from None
        raise WXRError(f"{path.name} is not well-formed XML: {error}") from None
    except OSError as error:
        raise WXRError(f"Cannot read {path}: {error.strerror or error}") from None


def megabytes(size: int) -> str:
    return f"{size / 2**20:,.1f} MB"


class Node:
    """One element, as much of ElementTree's as the readers below use: tag, text, get, children.

    `size` is the full length of its text in UTF-8 bytes; past the text limit the text itself
    is not kept (`cut`).
    """

    __slots__ = ("attrib", "children", "cut", "parts", "size", "tag", "text")

    def __init__(self, tag: str, attrib: dict):
        self.tag, self.attrib = tag, attrib
        self.text = ""
        self.children: list[Node] = []
        self.parts: list[str] = []
        self.size = 0
        self.cut = False

    def __iter__(self):
        return iter(self.children)

    def get(self, key: str, default=None):
        return self.attrib.get(key, default)

    def oversized(self):
        """The first node here whose text was cut, or None."""
        if self.cut:
            return self
        for child in self.children:
            if found := child.oversized():
                return found
        return None


class _Reader:
    """The parser's target: it sees each start tag, piece of text and end tag as they are read."""

    def __init__(self, name: str, max_text_bytes: int | None = None):
        self.name = name
        self.max_text = max_text_bytes
        self.names: dict[str, str] = {}
        self.namespace_version = ""
        self.export = Export(version="")
        self.depth = 0
        self.seen_channel = False
        self.open: list[Node] = []  # a channel child and its open descendants

    def tag(self, raw: str) -> str:
        """`{http://wordpress.org/export/1.2/}post_id` → `wp:post_id`; unknown namespaces kept."""
        name = self.names.get(raw)
        if name is None:
            name = raw
            if raw.startswith("{"):
                uri, local = raw[1:].split("}", 1)
                for pattern, prefix in NAMESPACES:
                    if match := pattern.match(uri):
                        name = f"{prefix}:{local}"
                        if prefix == "wp":
                            self.namespace_version = match.group(1)
                        break
            self.names[raw] = name
        return name

    def read(self, stream) -> Export:
        parser = SafeET.DefusedXMLParser(target=self, forbid_dtd=False)
        while chunk := stream.read(CHUNK_BYTES):
            parser.feed(chunk)
        parser.close()
        return self.finish(self.seen_channel)

    # -- the parser's target ---------------------------------------------------------------------

    def start(self, raw: str, attrib: dict) -> None:
        self.depth += 1
        if self.depth == 1:
            if self.tag(raw) != "rss":
                raise WXRError(
                    f"{self.name} is not a WordPress export (WXR): its root element is "
                    f"<{raw.rpartition('}')[2]}>, not <rss>"
                )
        elif self.depth == 2:
            self.seen_channel = self.seen_channel or raw == "channel"
        else:
            node = Node(self.tag(raw), attrib)
            if self.open:
                self.open[-1].children.append(node)
            self.open.append(node)

    def data(self, text: str) -> None:
        if not self.open:
            return
        node = self.open[-1]
        if node.children:  # text between children (whitespace in a WXR file) has no meaning
            return
        node.size += len(text.encode("utf-8", "surrogatepass"))
        if self.max_text is not None and node.size > self.max_text:
            node.cut, node.parts = True, []
        elif not node.cut:
            node.parts.append(text)

    def end(self, raw: str) -> None:
        self.depth -= 1
        if self.depth < 2:
            return
        node = self.open.pop()
        node.text, node.parts = "".join(node.parts), []
        if not self.open:  # a child of the channel is complete
            self.channel_child(node)

    def close(self) -> None:
        return None

    # -- what the channel holds ------------------------------------------------------------------

    def finish(self, seen_channel: bool) -> Export:
        export = self.export
        if not seen_channel or not (export.version or self.namespace_version):
            raise WXRError(
                f"{self.name} is not a WordPress export (WXR): it has no "
                "wordpress.org/export namespace"
            )
        export.version = export.version or self.namespace_version
        if export.version not in SUPPORTED_VERSIONS:
            raise WXRError(
                f"{self.name} is a WXR {export.version} export; versions "
                f"{SUPPORTED_VERSIONS[0]}–{SUPPORTED_VERSIONS[-1]} can be imported"
            )
        return export

    def channel_child(self, element: Node) -> None:
        tag, export = element.tag, self.export
        cut = element.oversized()
        if cut is not None and tag != "item":
            raise WXRError(
                f"{self.name} has a <{cut.tag}> of {megabytes(cut.size)} in its <{tag}>, "
                f"over the limit of {self.max_text // 1024:,} KB for one text (--max-post-kb)"
            )
        if tag == "item":
            item = _item(element)
            if cut is not None:
                item.too_large = ("its body" if cut.tag == "content:encoded" else cut.tag, cut.size)
            export.items.append(item)
        elif tag == "wp:author":
            export.authors.append(_author(element))
        elif tag in ("wp:category", "wp:tag", "wp:term"):
            if term := _term(element):
                export.terms.append(term)
        elif tag == "wp:wxr_version":
            export.version = _text(element)
        elif tag in ("title", "link"):
            setattr(export, tag, _text(element))
        elif tag in ("wp:base_site_url", "wp:base_blog_url"):
            setattr(export, tag.removeprefix("wp:"), _text(element))


def _text(element) -> str:
    return (element.text or "").strip()


def _children(element) -> dict[str, str]:
    """The text of each child, by tag (the first of each name)."""
    found: dict[str, str] = {}
    for child in element:
        found.setdefault(child.tag, child.text or "")
    return found


def _author(element) -> Author:
    c = _children(element)
    return Author(
        login=c.get("wp:author_login", "").strip(),
        display_name=c.get("wp:author_display_name", "").strip(),
        email=c.get("wp:author_email", "").strip(),
        first_name=c.get("wp:author_first_name", "").strip(),
        last_name=c.get("wp:author_last_name", "").strip(),
        description=c.get("wp:author_description", "").strip(),
    )


def _term(element) -> Term | None:
    c = _children(element)
    if element.tag == "wp:category":
        taxonomy = "category"
        slug, name, parent = "category_nicename", "cat_name", "category_parent"
        description = "category_description"
    elif element.tag == "wp:tag":
        taxonomy = "post_tag"
        slug, name, parent, description = "tag_slug", "tag_name", "", "tag_description"
    else:
        taxonomy = c.get("wp:term_taxonomy", "").strip()
        slug, name, parent = "term_slug", "term_name", "term_parent"
        description = "term_description"

    def value(key: str) -> str:
        return c.get(f"wp:{key}", "").strip() if key else ""

    if not value(slug) or not taxonomy:
        return None
    return Term(
        taxonomy=taxonomy,
        slug=value(slug),
        name=value(name) or value(slug),
        parent=value(parent),
        description=value(description),
    )


def _item(element) -> Item:
    c = _children(element)
    item = Item(
        wp_id=c.get("wp:post_id", "").strip(),
        post_type=c.get("wp:post_type", "post").strip() or "post",
        title=c.get("title", ""),
        link=c.get("link", "").strip(),
        creator=c.get("dc:creator", "").strip(),
        content=c.get("content:encoded", ""),
        excerpt=c.get("excerpt:encoded", ""),
        status=c.get("wp:status", "publish").strip() or "publish",
        slug=c.get("wp:post_name", "").strip(),
        parent=c.get("wp:post_parent", "0").strip() or "0",
        menu_order=_int(c.get("wp:menu_order", "0")),
        password=c.get("wp:post_password", ""),
        sticky=c.get("wp:is_sticky", "0").strip() == "1",
        date=local_datetime(c.get("wp:post_date", "")),
        date_gmt=utc_datetime(c.get("wp:post_date_gmt", "")) or rfc822(c.get("pubDate", "")),
        comment_status=c.get("wp:comment_status", "open").strip(),
        attachment_url=c.get("wp:attachment_url", "").strip(),
    )
    seen: set[tuple[str, str]] = set()
    for child in element:
        if child.tag == "category":
            name = (child.text or "").strip()
            domain = child.get("domain", "category")
            taxonomy = "post_tag" if domain == "tag" else domain  # WXR 1.0 said "tag"
            slug = child.get("nicename", "") or slugify(name, allow_unicode=True)
            if slug and (taxonomy, slug) not in seen:
                seen.add((taxonomy, slug))
                item.terms.append(Term(taxonomy=taxonomy, slug=slug, name=name or slug))
        elif child.tag == "wp:postmeta":
            meta = _children(child)
            key, value = meta.get("wp:meta_key", ""), meta.get("wp:meta_value", "")
            item.meta.setdefault(key, value)
            if key == "_wp_old_slug" and value.strip() and value.strip() not in item.old_slugs:
                item.old_slugs.append(value.strip())
        elif child.tag == "wp:comment":
            item.comments.append(_comment(child))
    return item


def _comment(element) -> Comment:
    c = _children(element)
    return Comment(
        wp_id=c.get("wp:comment_id", "").strip(),
        author=c.get("wp:comment_author", ""),
        email=c.get("wp:comment_author_email", "").strip(),
        url=c.get("wp:comment_author_url", "").strip(),
        ip=c.get("wp:comment_author_IP", "").strip(),
        date=local_datetime(c.get("wp:comment_date", "")),
        date_gmt=utc_datetime(c.get("wp:comment_date_gmt", "")),
        content=c.get("wp:comment_content", ""),
        approved=c.get("wp:comment_approved", "1").strip(),
        type=c.get("wp:comment_type", "").strip(),
        parent=c.get("wp:comment_parent", "0").strip() or "0",
    )


def _int(value: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        return 0


def local_datetime(value: str) -> datetime.datetime | None:
    """WordPress's "2019-03-04 09:15:00"; None for its "0000-00-00 00:00:00" or nonsense."""
    value = value.strip()
    if not value or value.startswith(ZERO_DATE):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def utc_datetime(value: str) -> datetime.datetime | None:
    moment = local_datetime(value)
    return moment.replace(tzinfo=datetime.UTC) if moment else None


def rfc822(value: str) -> datetime.datetime | None:
    """An RSS pubDate ("Mon, 04 Mar 2019 09:15:00 +0000"), in UTC."""
    try:
        moment = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC)
