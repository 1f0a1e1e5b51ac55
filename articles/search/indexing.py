"""Keeping the PostgreSQL search index fresh: a page's row changes in the transaction that
publishes, edits (republishes), unpublishes, moves or deletes it, so a search a moment later
sees the change; no full reindex. `rebuild_search_index` redoes every row in batches.

A page is indexed from its live row: saves that only record a draft (`save_revision` saves
the page with `update_fields` that leave its content alone) are skipped, so a draft's text
never shows in search.
"""

import datetime
import json

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.signals import page_unpublished, post_page_move

from ..models import ArticlePage, AuthorPage, BookReviewPage, ReadingListPage
from ..models.listings import prefetch_cards
from ..models.site_page import plain_text
from . import keeps_own_index
from .cards import card_of
from .postgres import CONFIG, DOCUMENTS, TERMS, TEXTS

SEARCHED = (ArticlePage, BookReviewPage, ReadingListPage, AuthorPage)
# Saves with update_fields touching none of these leave the live text as it was.
CONTENT_FIELDS = {"title", "live", "path", "url_path", "expired", "first_published_at"}
VOCABULARY = "wellness_words"  # unaccented, lower case, not stemmed: words as readers type them

UPSERT = f"""
    INSERT INTO {DOCUMENTS} (page_id, content_type_id, path, dated, reviewed, title, head,
        document)
    SELECT t.id, t.kind, t.path, t.dated, t.reviewed, t.title, t.head, t.head || t.body
    FROM (
        SELECT u.id, u.kind, u.path, u.dated, u.reviewed, to_tsvector('{CONFIG}', u.title) AS title,
            setweight(to_tsvector('{CONFIG}', u.title), 'A')
                || setweight(to_tsvector('{CONFIG}', u.standfirst), 'B') AS head,
            setweight(to_tsvector('{CONFIG}', u.body), 'C') AS body
        FROM unnest(%s::bigint[], %s::int[], %s::text[], %s::date[], %s::bool[], %s::text[],
                    %s::text[], %s::text[])
            AS u(id, kind, path, dated, reviewed, title, standfirst, body)
    ) t
    ON CONFLICT (page_id) DO UPDATE SET content_type_id = EXCLUDED.content_type_id,
        path = EXCLUDED.path, dated = EXCLUDED.dated, reviewed = EXCLUDED.reviewed,
        title = EXCLUDED.title, head = EXCLUDED.head, document = EXCLUDED.document
"""
UPSERT_TEXTS = f"""
    INSERT INTO {TEXTS} (page_id, passages, card)
    SELECT * FROM unnest(%s::bigint[], %s::text[], %s::jsonb[])
    ON CONFLICT (page_id) DO UPDATE SET passages = EXCLUDED.passages, card = EXCLUDED.card
"""
UPDATE_CARDS = f"""
    UPDATE {TEXTS} t SET card = u.card FROM unnest(%s::bigint[], %s::jsonb[]) AS u(id, card)
    WHERE t.page_id = u.id
"""
# Words counted once per page; taken in word order so concurrent publishes lock alike.
WORDS_OF = f"""
    SELECT w.lexeme, count(*) FROM unnest(%s::text[]) AS t(text),
        unnest(to_tsvector('{VOCABULARY}', t.text)) AS w
    WHERE length(w.lexeme) BETWEEN 3 AND 60 AND w.lexeme ~ '^[[:alpha:]]+$'
    GROUP BY w.lexeme ORDER BY w.lexeme
"""
ADD_WORDS = f"""
    INSERT INTO {TERMS} (word, documents) {WORDS_OF}
    ON CONFLICT (word) DO UPDATE SET documents = {TERMS}.documents + EXCLUDED.documents
"""


def document_of(page) -> dict:
    """What the index keeps of a page: its three texts by weight, date and review, and the
    passages its excerpt is taken from."""
    summary = page.summary()
    passages = [" ".join(strip_tags(str(text)).split()) for text in page.search_texts()]
    texts = passages[1:] if passages and passages[0] == summary else passages
    dated = page.date_shown() or page.first_published_at or timezone.now()
    if isinstance(dated, datetime.datetime):
        dated = dated.date()
    return {
        "id": page.pk,
        "kind": ContentType.objects.get_for_model(page, for_concrete_model=False).pk,
        "path": page.path,
        "dated": dated,
        "reviewed": bool(getattr(page, "is_expert_reviewed", False)),
        "title": page.title,
        "standfirst": plain_text(page.summary_source()),
        "body": " ".join(texts),
        "passages": "\n".join(passage for passage in passages if passage),
        "card": json.dumps(card_of(page)),
    }


def index_documents(documents: list[dict], cursor, words_sql: str = ADD_WORDS) -> None:
    if not documents:
        return
    columns = ["id", "kind", "path", "dated", "reviewed", "title", "standfirst", "body"]
    cursor.execute(UPSERT, [[d[c] for d in documents] for c in columns])
    cursor.execute(UPSERT_TEXTS, [[d[c] for d in documents] for c in ("id", "passages", "card")])
    texts = [f"{d['title']} {d['standfirst']} {d['body']}" for d in documents]
    cursor.execute(words_sql, [texts])


def index_pages(pages) -> None:
    """Index (or re-index) these live specific pages now."""
    with connection.cursor() as cursor:
        index_documents([document_of(page) for page in pages], cursor)


def refresh_cards_showing(page) -> None:
    """Make again the cards of the pages that show `page` (its `linked_from`: the works whose
    bylines name an author, say), in place: their texts are unchanged."""
    linked = [linked.pk for linked in page.linked_from()]
    if not linked:
        return
    pages = prefetch_cards(
        Page.objects.filter(pk__in=linked).live().type(*SEARCHED).specific(),
        shown="byline_prefetches",
    )
    if pages:
        with connection.cursor() as cursor:
            cursor.execute(
                UPDATE_CARDS, [[p.pk for p in pages], [json.dumps(card_of(p)) for p in pages]]
            )


def unindex(page_ids) -> None:
    with connection.cursor() as cursor:
        for table in (DOCUMENTS, TEXTS):
            cursor.execute(f"DELETE FROM {table} WHERE page_id = ANY(%s)", [list(page_ids)])


@receiver(post_save)
def page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or not keeps_own_index():
        return
    if update_fields is not None and not CONTENT_FIELDS & set(update_fields):
        return
    if not instance.live or instance.expired:
        unindex([instance.pk])
    elif isinstance(instance, SEARCHED):
        index_pages([instance])
        refresh_cards_showing(instance)
    elif type(instance) is Page and issubclass(instance.specific_class or Page, SEARCHED):
        index_pages([instance.specific])
        refresh_cards_showing(instance.specific)


@receiver(page_unpublished)
def page_unpublished_(sender, instance, **kwargs):
    if keeps_own_index():
        unindex([instance.pk])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    """A moved page takes its section with it: every row below it gets its new path."""
    if not keeps_own_index():
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"""UPDATE {DOCUMENTS} d SET path = p.path FROM wagtailcore_page p
                WHERE p.id = d.page_id
                AND p.path LIKE (SELECT path FROM wagtailcore_page WHERE id = %s) || '%%'""",
            [instance.pk],
        )
