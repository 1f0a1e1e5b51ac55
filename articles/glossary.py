"""Glossary terms shown as definitions where an article first uses them.

An article's paragraphs are marked as they render: the first time a glossary term appears in
running text (not in a heading, a link, a citation or code), it becomes
`<dfn id="term-…">term</dfn><span class="glossary-definition"> (definition)</span>`: the
definition is text in the page, read in place by screen readers and visible to everyone, with
nothing to hover or open, and no script. Later uses are left alone.

The terms are read once per render from the shared cache with the request's other site-wide
values (caching/reads.py; one query when the cache lacks them), matched with one compiled
pattern; the article body is kept in the fragment cache, so this runs only when it is rendered
again. A change to the glossary retires every page (rare, and any article may use the term).
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from caching import reads
from caching.pages import retire_site_on_commit

from .models.glossary import GlossaryTerm

CACHE_KEY = "glossary:terms"
TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
# Text inside these is never marked: headings, links, citations, code, other definitions.
SKIPPED = {"a", "abbr", "button", "code", "dfn", "kbd", "pre", "script", "style", "sup"}
SKIPPED |= {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "textarea"}


def terms() -> list[tuple[str, str]]:
    """(term, definition) pairs, longest term first (a longer term wins over one inside it)."""
    return reads.get_or_set(
        CACHE_KEY,
        lambda: sorted(
            GlossaryTerm.objects.values_list("term", "definition"), key=lambda t: -len(t[0])
        ),
    )


@reads.read_ahead
def glossary_key(request) -> str:
    return CACHE_KEY


@dataclass
class Glossary:
    """One render's glossary: the terms, and those already defined on the page."""

    entries: list[tuple[str, str]] | None = None  # None: read when first needed
    defined: set[str] = field(default_factory=set)
    _pattern: re.Pattern | None = None

    def pattern(self) -> re.Pattern | None:
        if self.entries is None:
            self.entries = terms()
        if self._pattern is None and self.entries:
            self._definitions = {term.casefold(): text for term, text in self.entries}
            alternatives = "|".join(re.escape(term) for term, _ in self.entries)
            self._pattern = re.compile(rf"\b({alternatives})(?:e?s)?\b", re.IGNORECASE)
        return self._pattern

    def mark(self, html: str) -> str:
        """`html` (trusted editor rich text) with the first use of each new term defined."""
        pattern = self.pattern()
        if pattern is None or len(self.defined) == len(self.entries):
            return mark_safe(html)
        out, skipping = [], []
        for part in TAG_OR_TEXT.split(str(html)):
            if part.startswith("<"):
                self._track(part, skipping)
                out.append(part)
            elif skipping or not part.strip():
                out.append(part)
            else:
                out.append(pattern.sub(self._define, part))
        return mark_safe("".join(out))

    @staticmethod
    def _track(tag: str, skipping: list[str]) -> None:
        found = TAG_NAME.match(tag)
        if not found or tag.endswith("/>"):
            return
        closing, name = found.group(1), found.group(2).lower()
        if name not in SKIPPED:
            return
        if closing and name in skipping:
            del skipping[len(skipping) - 1 - skipping[::-1].index(name) :]
        elif not closing:
            skipping.append(name)

    def _define(self, match: re.Match) -> str:
        key = match.group(1).casefold()
        if key in self.defined:
            return match.group(0)
        self.defined.add(key)
        return (
            f'<dfn id="term-{slugify(key)}">{match.group(0)}</dfn>'
            f'<span class="glossary-definition"> ({escape(self._definitions[key])})</span>'
        )


def forget_terms() -> None:
    reads.forget(CACHE_KEY)


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def glossary_changed(sender, **kwargs):
    forget_terms()  # now, for this transaction; and after it, for everyone else
    transaction.on_commit(forget_terms)
    retire_site_on_commit()
