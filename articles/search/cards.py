"""What a search result shows: the page's card (type, title, byline, date) and address, and an
excerpt around the words searched for.

The card is the same for every search that finds the page, so the engine that keeps its own
index stores it with the page's passages when the page is indexed (articles/search/
indexing.py): a page of results then reads its ten cards, passages and addresses in one query
instead of loading ten pages and their bylines' people. A change to the page re-indexes it;
a change to a page its card shows (the people its byline names: the page's `linked_from`)
re-indexes its card. The address is worked out for each request from the page's path, as
Wagtail does for the site asked for. Where the engine keeps no cards (Wagtail's backends, or
a page indexed before cards were kept), the pages are loaded and their cards made from them.
"""

import datetime
import json
import re

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from ..models import SearchText
from .results import load_pages

EXCERPT_WORDS = 32


def card_of(page) -> dict:
    """What a result shows of a page besides its address, whatever was searched for (JSON)."""
    date = page.date_shown()
    if isinstance(date, datetime.datetime):
        date = date.date()
    return {
        "title": page.title,
        "kind": str(page._meta.verbose_name).capitalize(),
        "byline": page.byline(),
        "date": date.isoformat() if date else None,
    }


def shown(card: dict, url: str, passages: list[str], words: list[str]) -> dict:
    date = card["date"]
    return card | {
        "url": url,
        "date": datetime.date.fromisoformat(date) if date else None,
        "excerpt": highlighted_excerpt(passages, words),
    }


def results(request, matches: list[tuple[int, int]], words: list[str], *, stored_passages: bool):
    """The results for these matches (page id, content type id), in order: each page's card,
    address and `excerpt` (its passage around the first of `words` found, the words marked)."""
    stored = {}
    if stored_passages and matches:
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT t.page_id, t.card, t.passages, p.url_path
                    FROM {SearchText._meta.db_table} t
                    JOIN {Page._meta.db_table} p ON p.id = t.page_id
                    WHERE t.page_id = ANY(%s) AND t.card IS NOT NULL""",
                [[pk for pk, _ in matches]],
            )
            stored = {row[0]: row[1:] for row in cursor.fetchall()}
    unstored = [match for match in matches if match[0] not in stored]
    loaded = {page.pk: page for page in load_pages(unstored)} if unstored else {}
    found = []
    for pk, _ in matches:
        if pk in stored:
            card, passages, url_path = stored[pk]
            if isinstance(card, str):  # Django has psycopg2 leave JSON as text
                card = json.loads(card)
            url = Page(id=pk, url_path=url_path).get_url(request)
            found.append(shown(card, url, passages.split("\n"), words))
        elif pk in loaded:
            page = loaded[pk]
            url = page.get_url(request)
            found.append(shown(card_of(page), url, page.excerpt_passages(), words))
    return found


def highlighted_excerpt(passages: list[str], terms: list[str]):
    """A short passage around the first match, HTML-escaped, with the matches in <mark>."""
    texts = [text for text in passages if text]
    if not texts:
        return ""
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE) if terms else None
    passage = texts[0]
    for text in texts:
        if pattern and pattern.search(text):
            passage = text
            break
    words = passage.split()
    if pattern:
        hit = next((i for i, w in enumerate(words) if pattern.search(w)), 0)
        start = max(0, hit - EXCERPT_WORDS // 3)
        words = words[start : start + EXCERPT_WORDS]
        prefix = "… " if start else ""
    else:
        words, prefix = words[:EXCERPT_WORDS], ""
    html = escape(" ".join(words))
    if pattern:
        html = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", html)
    ending = " …" if len(passage.split()) > len(words) else ""
    return mark_safe(prefix + html + ending)
