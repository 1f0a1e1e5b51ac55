"""What a search result shows: the page's card (type, title, address, byline, date), kept in
the shared cache, and an excerpt around the words searched for, made for each search.

A card is the same for every search that finds its page, so a page of results reads its ten
cards in one round trip (`cached_parts`) instead of loading ten pages and their bylines'
people; a card is computed again once its page is retired, which any change to the page or
to the people its byline names does (articles/invalidation.py). The excerpt comes from the
passages the engine stored (one query for the ten results); where it keeps none (Wagtail's
backends, or a page indexed before it did), from the page itself, which is loaded then.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Site

from caching.fragments import cached_parts
from caching.pages import page_tag

from ..models import SearchText
from .results import load_pages

EXCERPT_WORDS = 32


def card_of(page, request) -> dict:
    """What a result shows of a page, whatever was searched for."""
    return {
        "url": page.get_url(request),
        "title": page.title,
        "kind": page._meta.verbose_name.capitalize(),
        "byline": page.byline(),
        "date": page.date_shown(),
    }


def results(request, matches: list[tuple[int, int]], words: list[str], *, stored_passages: bool):
    """The results for these matches (page id, content type id), in order: each page's card
    with `excerpt`, its passage around the first of `words` found, the words marked."""
    if not stored_passages:
        return [
            card_of(page, request)
            | {"excerpt": highlighted_excerpt(page.excerpt_passages(), words)}
            for page in load_pages(matches)
        ]
    site = Site.find_for_request(request)
    names = {f"search-card:{site.pk if site else 0}:{pk}": (pk, kind) for pk, kind in matches}

    def compute(missing: list[str]) -> dict:
        pages = load_pages([names[name] for name in missing], shown_only=True)
        cards = {page.pk: card_of(page, request) for page in pages}
        return {name: cards[names[name][0]] for name in missing if names[name][0] in cards}

    cards = cached_parts(
        request, {name: [page_tag(pk)] for name, (pk, _) in names.items()}, compute
    )
    stored = dict(
        SearchText.objects.filter(page_id__in=[pk for pk, _ in matches]).values_list(
            "page_id", "passages"
        )
    )
    unstored = [match for match in matches if match[0] not in stored]
    own = {page.pk: page.excerpt_passages() for page in load_pages(unstored)} if unstored else {}
    found = []
    for name, (pk, _) in names.items():
        if name in cards:
            passages = stored[pk].split("\n") if pk in stored else own.get(pk, [])
            found.append(cards[name] | {"excerpt": highlighted_excerpt(passages, words)})
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
