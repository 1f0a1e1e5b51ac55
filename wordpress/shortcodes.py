"""Shortcodes and Gutenberg block delimiters, resolved into plain HTML before it is parsed.

`[caption]` becomes a <figure> with a <figcaption>, `[embed]` and provider shortcodes such as
`[youtube ...]` become embed figures, `[gallery ids="..."]` becomes its images. Any other
shortcode is removed, keeping the text it encloses, and noted. Text in brackets that is not
shaped like a shortcode ("[sic]", "[1]") is prose and stays. `[[name]]` is WordPress's way of
writing a shortcode literally, and is shown as `[name]`.
"""

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.S)
DYNAMIC_BLOCK = re.compile(r"^\s*wp:([a-z0-9/-]+).*/\s*$", re.S)
GUTENBERG = re.compile(r"<!--\s*/?wp:")
TAG = re.compile(r"\[(\[?)(/?)([A-Za-z][\w-]*)((?:[\s=][^\[\]]*?)?)(/?)\](\]?)")
ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)"""
    r"""|"([^"]*)"|'([^']*)'|(\S+)"""
)
CAPTION_MEDIA = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.S | re.I)

CAPTIONS = {"caption", "wp_caption"}
PROVIDER_EMBEDS = {
    "dailymotion",
    "flickr",
    "instagram",
    "slideshare",
    "soundcloud",
    "spotify",
    "ted",
    "tweet",
    "twitter",
    "vimeo",
    "youtube",
}
AUDIO_VIDEO = {"audio", "video", "playlist", "wpvideo"}
# Bare shortcodes common enough to recognise without attributes or a closing tag.
KNOWN = {
    "contact",
    "contact-form",
    "contact-form-7",
    "gallery",
    "gravityform",
    "mailchimp",
    "more",
    "nextpage",
    "ninja_form",
    "recent-posts",
    "sitemap",
    "toc",
    "wpforms",
}


@dataclass
class Prepared:
    html: str
    gutenberg: bool
    notes: Counter = field(default_factory=Counter)


def prepare(content: str, attached: Sequence[str] = ()) -> Prepared:
    """`content` with comments removed and shortcodes resolved, and what was dropped.

    `attached`: the ids of the attachments uploaded to this post, which a `[gallery]` without
    `ids` shows (as WordPress does).
    """
    prepared = Prepared(html="", gutenberg=bool(GUTENBERG.search(content)))

    def drop_comment(match: re.Match) -> str:
        if dynamic := DYNAMIC_BLOCK.match(match.group(1)):
            name = dynamic.group(1)
            prepared.notes[f"removed dynamic block wp:{name} (it has no content of its own)"] += 1
        return ""

    without_comments = COMMENT.sub(drop_comment, content)
    prepared.html = _Expander(without_comments, prepared.notes, attached).run()
    return prepared


def parse_attributes(text: str) -> dict[str, str]:
    """Shortcode attributes; positional values are keyed "0", "1", ..."""
    found: dict[str, str] = {}
    position = 0
    text = text.strip()
    for match in ATTRIBUTE.finditer(text[1:] if text.startswith("=") else text):
        groups = match.groups()
        for name_at, value_at in ((0, 1), (2, 3), (4, 5)):
            if groups[name_at]:
                found[groups[name_at].lower()] = html.unescape(groups[value_at])
                break
        else:
            value = next(g for g in groups[6:] if g is not None)
            found[str(position)] = html.unescape(value)
            position += 1
    return found


def looks_like_shortcode(name: str, attributes: str, self_closing: bool, closed: bool) -> bool:
    return (
        name.lower() in KNOWN
        or closed
        or self_closing
        or "=" in attributes
        or "_" in name
        or "-" in name
    )


class _Expander:
    def __init__(self, text: str, notes: Counter, attached: Sequence[str] = ()):
        self.text = text
        self.notes = notes
        self.attached = list(attached)
        self.removed: set[str] = set()

    def closing(self, name: str, start: int) -> re.Match | None:
        return re.compile(rf"\[/{re.escape(name)}\]", re.I).search(self.text, start)

    def run(self) -> str:
        text, out, pos = self.text, [], 0
        while match := TAG.search(text, pos):
            out.append(text[pos : match.start()])
            pos = match.end()
            escaped_open, is_closing, name, attributes, self_closing, escaped_close = match.groups()
            key = name.lower()
            core = match.group(0)[len(escaped_open) : len(match.group(0)) - len(escaped_close)]
            if escaped_open and escaped_close:
                out.append(html.escape(match.group(0)[1:-1], quote=False))
                continue
            out.append(escaped_open)
            if is_closing:  # "[/name]" is never prose
                if key not in self.removed:
                    self.notes[f"removed shortcode [/{key}] (no opening tag)"] += 1
                out.append(escaped_close)
                continue
            end = None if self_closing else self.closing(name, pos)
            inner = text[pos : end.start()] if end else ""
            replacement = self.expand(key, parse_attributes(attributes), inner, end is not None)
            if replacement is None:
                if looks_like_shortcode(name, attributes, bool(self_closing), end is not None):
                    self.notes[f"removed shortcode [{key}]"] += 1
                    self.removed.add(key)
                else:  # prose in brackets
                    out.append(core)
            else:
                out.append(replacement)
                if end:
                    pos = end.end()
            out.append(escaped_close)
        out.append(text[pos:])
        return "".join(out)

    def expand(self, key: str, attrs: dict[str, str], inner: str, closed: bool) -> str | None:
        """The HTML for a shortcode this importer understands; None for any other."""
        if key in CAPTIONS and closed:
            return caption_html(attrs, _Expander(inner, self.notes).run())
        if key == "embed" or key in PROVIDER_EMBEDS:
            url = (inner if key == "embed" else "") or attrs.get("url") or attrs.get("0") or inner
            return embed_html(url.strip()) if url.strip() else ""
        if key == "gallery":
            ids = [i.strip() for i in attrs.get("ids", "").split(",") if i.strip().isdigit()]
            if not ids and "ids" not in attrs:
                ids = self.attached
            if not ids:
                self.notes["removed [gallery] without ids (add its images by hand)"] += 1
            return gallery_html(ids)
        if key in AUDIO_VIDEO:
            self.notes[f"removed [{key}] (audio and video files are not imported)"] += 1
            return ""
        return None


def caption_html(attrs: dict[str, str], inner: str) -> str:
    """`[caption]<img ...> The caption[/caption]` as a figure with a figcaption."""
    match = CAPTION_MEDIA.match(inner)
    media, caption = (match.group(1), match.group(2)) if match else (inner, "")
    caption = html.escape(attrs["caption"], quote=False) if attrs.get("caption") else caption
    return f'<figure class="wp-caption">{media}<figcaption>{caption}</figcaption></figure>'


def embed_html(url: str) -> str:
    return (
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        f"{html.escape(url)}</div></figure>"
    )


def gallery_html(ids: list[str]) -> str:
    images = "".join(f'<img class="wp-image-{i}" src="" alt="">' for i in ids)
    return f'<figure class="wp-block-gallery">{images}</figure>' if images else ""
