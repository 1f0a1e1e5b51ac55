"""Content checks for editors: things to look at before publishing, never a block on it.

`check_page(page)` reads a page with a StreamField `body` (and its title, standfirst and hero
fields when it has them) and returns `Flag`s, each saying where the problem is and what to fix.
Pure logic: no admin code, no network. The site's known link domains cost one small query
(and, when the cache is cold, one query per page type with a body).
"""

import hashlib
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, TextField
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language_info
from wagtail import blocks, hooks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page, Site, get_page_models

from .headings import HEADING_BLOCK
from .readability import ReadingLevel, reading_level

INTRODUCTION = "The introduction"
SOURCES_BLOCK = "sources"  # a numbered list of references; it cites everything in its section
PAGE_TEXT_FIELDS = ("title", "standfirst", "intro", "verdict", "hero_caption")
SKIPPED_FIELDS = {"anchor"}  # struct fields that hold identifiers, not prose
DOMAINS_CACHE_SECONDS = 300

CLAIM_WORD = re.compile(r"\b(?:cure[sd]?|guarantee[d]?|miracle|miraculous|detox)\b", re.I)
CITATION_MARKER = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")  # [1], [2, 3], [4–6]
ANY_LINK = re.compile(r"<a\s[^>]*\b(?:href|linktype)=", re.I)
HREF = re.compile(r"""<a\s[^>]*\bhref=["']([^"']+)["']""", re.I)
URL_HOST = re.compile(r"https?://([a-z0-9.-]+)", re.I)  # hosts in raw StreamField JSON
BLOCK_TAGS = re.compile(r"</?(?:p|li|ul|ol|h\d|br|div|blockquote)\b[^>]*>", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# Scripts other than Latin, by the prefix of their letters' Unicode names, with the languages
# written in them. Latin (accents included) and symbols such as "→" are never foreign. Greek is
# left out on purpose: health writing uses α, β and μ as scientific notation.
SCRIPTS = {
    ("HANGUL", "HALFWIDTH HANGUL"): ("Hangul (Korean)", {"ko"}),
    "HIRAGANA": ("Hiragana (Japanese)", {"ja"}),
    ("KATAKANA", "HALFWIDTH KATAKANA"): ("Katakana (Japanese)", {"ja"}),
    "CJK": ("CJK (Chinese/Japanese)", {"zh", "ja"}),
    "CYRILLIC": ("Cyrillic", {"ru", "uk", "bg", "sr", "mk", "be", "kk"}),
    "ARABIC": ("Arabic", {"ar", "fa", "ur"}),
    "HEBREW": ("Hebrew", {"he", "yi"}),
    "THAI": ("Thai", {"th"}),
    "DEVANAGARI": ("Devanagari", {"hi", "mr", "ne"}),
    "BENGALI": ("Bengali", {"bn"}),
    "TAMIL": ("Tamil", {"ta"}),
    "ARMENIAN": ("Armenian", {"hy"}),
    "GEORGIAN": ("Georgian", {"ka"}),
}


@dataclass(frozen=True)
class Flag:
    kind: str  # spam_phrase, foreign_script, new_domain, missing_alt, unsourced_claim, ...
    where: str  # e.g. 'Section "What the evidence says", paragraph 2' or 'Hero image'
    why: str  # one sentence: what is wrong and what to do


@dataclass
class Part:
    """One piece of the page an editor can find: a field, or a block of the body."""

    where: str
    section: int | None  # index of the body section (0: the introduction); None outside the body
    text: str = ""
    links: list[str] = field(default_factory=list)  # outbound http(s) URLs
    images: list = field(default_factory=list)  # values of ImageBlocks
    cites: bool = False  # has a citation marker, a link, or is a sources block


def check_page(page, site=None) -> list[Flag]:
    """Everything an editor should look at before publishing `page`; an empty list when clean."""
    site = site or site_for(page)
    parts = page_parts(page)
    body = getattr(page, "body", None) or []
    return [
        *spam_phrases(parts, blocked_phrases(site)),
        *foreign_script_runs(parts),
        *new_domains(parts, page.pk, site),
        *images_without_alt(parts),
        *hero_without_alt(page),
        *unsourced_claims(parts),
        *skipped_heading_levels(body),
        *reading_level_flags(reading_level(body), reading_target(site)),
    ]


def reading_target(site):
    """The site's reading level settings (grade 6-8 unless an editor changed them)."""
    from .models import ReadingLevelSettings

    return ReadingLevelSettings.for_site(site) if site else ReadingLevelSettings()


def site_for(page) -> Site | None:
    """The page's site; the default site while the page has no place in the tree yet."""
    if page.pk and page.url_path:
        return page.get_site()
    return Site.objects.filter(is_default_site=True).first()


def blocked_phrases(site) -> list[str]:
    """The phrases the site treats as spam, from the apps that keep such a list (the comments
    app's blocklist), through the `spam_phrases_for_site` hook: `fn(site) -> list[str]`."""
    if site is None:
        return []
    return [phrase for found in hooks.get_hooks("spam_phrases_for_site") for phrase in found(site)]


# Reading the page


def page_parts(page) -> list[Part]:
    parts = []
    for name in PAGE_TEXT_FIELDS:
        value = getattr(page, name, "")
        if value and isinstance(value, str):
            label = str(page._meta.get_field(name).verbose_name)
            parts.append(Part(label[:1].upper() + label[1:], None, plain_text(value)))
    return parts + body_parts(getattr(page, "body", None) or [])


def body_parts(body) -> list[Part]:
    """A part per top-level block, named by its section (split at each H2) and position."""
    parts, section, name, counts = [], 0, INTRODUCTION, Counter()
    for child in body:
        if child.block_type == HEADING_BLOCK:
            text = child.value.get("text", "")
            if child.value.get("level") == "h2":
                section, name, counts = section + 1, f'Section "{text}"', Counter()
            where = f'Heading "{text}"'
        else:
            counts[child.block_type] += 1
            where = f"{name}, {child.block.label.lower()} {counts[child.block_type]}"
        part = Part(where, section, cites=child.block_type == SOURCES_BLOCK)
        texts: list[str] = []
        collect(child.block, child.value, texts, part)
        part.text = " ".join(t for t in texts if t)
        part.cites = part.cites or bool(CITATION_MARKER.search(part.text))
        parts.append(part)
    return parts


def collect(block, value, texts: list[str], part: Part) -> None:
    """Gather the prose, links and images of a block value, however deeply nested."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        source = value.source
        texts.append(plain_text(source))
        part.links += [url for url in HREF.findall(source) if host_of(url)]
        part.cites = part.cites or bool(ANY_LINK.search(source))
    elif isinstance(block, ImageBlock):
        part.images.append(value)
    elif isinstance(block, blocks.URLBlock):
        part.links += [value] if host_of(value) else []
        part.cites = True
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        texts.append(str(value))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if name not in SKIPPED_FIELDS:
                collect(child, value.get(name), texts, part)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            collect(block.child_block, item, texts, part)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            collect(child.block, child.value, texts, part)


def plain_text(source: str) -> str:
    text = html.unescape(strip_tags(BLOCK_TAGS.sub(" ", source)))
    return " ".join(text.split())


def host_of(url: str) -> str:
    """The host a link points to, without "www."; empty for anything but http(s)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return normal_host(parts.hostname)


def normal_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def quote(text: str, length: int = 160) -> str:
    return Truncator(text).chars(length)


# The checks, one small function each


def spam_phrases(parts, phrases):
    for part in parts:
        folded = part.text.casefold()
        for phrase in phrases:
            if phrase in folded:
                yield Flag(
                    "spam_phrase",
                    part.where,
                    f'"{phrase}" is on the site\'s spam blocklist: remove it unless you put it '
                    f"there on purpose.",
                )


def foreign_script_runs(parts):
    own = settings.LANGUAGE_CODE.split("-")[0].lower()
    language = get_language_info(settings.LANGUAGE_CODE)["name"]
    for part in parts:
        for run, scripts in foreign_runs(part.text, own):
            yield Flag(
                "foreign_script",
                part.where,
                f'"{quote(run, 40)}" is in {" and ".join(scripts)} script inside an {language} '
                f"page, a common sign of injected spam: remove it, or keep it if it belongs.",
            )


def foreign_runs(text: str, own: str) -> list[tuple[str, list[str]]]:
    """Runs of 2+ letters in scripts other than the page's own, with the scripts' names.

    A run goes on across spaces, digits and punctuation ("출장안마 24시간"); a letter of the
    page's own script ends it.
    """
    runs, run = [], []  # each run: (position, script) of its foreign letters
    for position, char in enumerate(text):
        script = foreign_script(char, own)
        if script:
            run.append((position, script))
        elif run and unicodedata.category(char)[0] in "LM":
            runs, run = [*runs, run], []
    return [
        (text[run[0][0] : run[-1][0] + 1], list(dict.fromkeys(script for _, script in run)))
        for run in [*runs, run]
        if len(run) >= 2
    ]


def foreign_script(char: str, own: str) -> str | None:
    if char < "\u0370" or unicodedata.category(char)[0] not in "LM":
        return None  # Latin, its accents, digits, punctuation and symbols
    name = unicodedata.name(char, "")
    for prefix, (script, languages) in SCRIPTS.items():
        if name.startswith(prefix) and own not in languages:
            return script
    return None


def new_domains(parts, page_pk, site):
    links = [(part, host_of(url)) for part in parts for url in part.links]
    if not links:
        return
    known = known_domains(site)
    own = {normal_host(site.hostname)} if site else set()
    flagged = set()
    for part, host in links:
        if host in flagged or host in own or set(known.get(host, ())) - {page_pk}:
            continue
        flagged.add(host)
        yield Flag(
            "new_domain",
            part.where,
            f"This links to {host}, which no other published page on the site links to: "
            f"check that it is a source you trust.",
        )


def known_domains(site) -> dict[str, list[int]]:
    """Link hosts in the bodies of live pages: host -> up to two ids of pages linking there.

    Two ids are enough to tell whether a page other than the one being checked links there.
    Cached briefly, under a key that changes whenever a page is published or unpublished.
    """
    root = Page.objects.filter(pk=site.root_page_id) if site else Page.objects.none()
    root_path = root.values_list("path", flat=True).first() or ""
    live = Page.objects.live().filter(path__startswith=root_path)
    stamp = live.aggregate(latest=Max("last_published_at"), count=Count("pk"))
    digest = hashlib.sha256(f"{stamp['latest']}|{stamp['count']}".encode()).hexdigest()[:16]
    key = f"content-checks:domains:{site.pk if site else 0}:{digest}"
    found = cache.get(key)
    if found is None:
        found = {}
        for model in body_models():
            rows = model.objects.live().filter(path__startswith=root_path)
            raw_bodies = rows.annotate(raw=Cast("body", TextField())).values_list("pk", "raw")
            for pk, raw in raw_bodies:
                for host in {normal_host(h) for h in URL_HOST.findall(raw or "")}:
                    pages = found.setdefault(host, [])
                    if len(pages) < 2:
                        pages.append(pk)
        cache.set(key, found, DOMAINS_CACHE_SECONDS)
    return found


def body_models() -> list[type[Page]]:
    def body_field(model):
        return getattr(getattr(model, "body", None), "field", None)

    return [model for model in get_page_models() if isinstance(body_field(model), StreamField)]


def images_without_alt(parts):
    for part in parts:
        for image in part.images:
            alt = (getattr(image, "contextual_alt_text", "") or "").strip()
            if not alt and not getattr(image, "decorative", False):
                yield Flag(
                    "missing_alt",
                    part.where,
                    "This image has no alt text: describe it for people who cannot see it, "
                    "or mark it as decorative.",
                )


def hero_without_alt(page):
    if getattr(page, "hero_image_id", None) and not (page.hero_alt_text or "").strip():
        yield Flag(
            "missing_alt",
            "Hero image",
            "The hero image has no alt text: fill in the hero image alt text, or give the "
            "image a description.",
        )


def unsourced_claims(parts):
    cited = {part.section for part in parts if part.cites}
    for part in parts:
        if part.section is None or part.section in cited:
            continue
        for sentence in SENTENCE_END.split(part.text):
            if CLAIM_WORD.search(sentence):
                yield Flag(
                    "unsourced_claim",
                    part.where,
                    f'The health claim "{quote(sentence)}" has no source in this section: add '
                    f"a citation such as [1], a link to the evidence or a sources block, or "
                    f"reword it.",
                )


def skipped_heading_levels(body):
    for child in body:
        if child.block_type != HEADING_BLOCK:
            continue
        if child.value.get("level") != "h3":
            return  # the first H2: every H3 after it sits under a section
        text = child.value.get("text", "")
        yield Flag(
            "heading_level",
            f'Heading "{text}"',
            "This H3 comes before any H2, so the outline skips from the title (H1) to H3: "
            "make it an H2, or add an H2 above it.",
        )


def reading_level_flags(level: ReadingLevel | None, target):
    """The body reads above the site's target grade: say so, with its rarest words; and each of
    its longest sentences past the site's limit."""
    if level is None:
        return
    if level.judged and level.grade > target.highest_grade:
        rare = f" Its rarest words: {', '.join(level.rare_words)}." if level.rare_words else ""
        yield Flag(
            "reading_level",
            "The body's text",
            f"It reads at grade {level.grade:g} (reading ease {level.ease:g}, "
            f"{level.ease_label}), above the site's target of {target.target}: use shorter "
            f"sentences and everyday words, or define a term in the glossary.{rare}",
        )
    for words, sentence in level.longest:
        if words > target.long_sentence_words:
            yield Flag(
                "long_sentence",
                "The body's text",
                f'This sentence has {words} words: "{quote(sentence)}". Sentences of up to '
                f"{target.long_sentence_words} words are easier to follow: split it.",
            )
