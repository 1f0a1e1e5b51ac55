"""Rebuild the site search's PostgreSQL index (articles_searchdocument and the vocabulary).

    manage.py rebuild_search_index [--batch-size 500] [--if-empty]

Rows are rewritten in place batch by batch, each batch its own transaction, so searches keep
answering from the rows not yet rewritten; pages no longer live are dropped, and the
vocabulary is counted afresh and swapped in one transaction at the end. Page changes keep the
index fresh on their own (articles/search/indexing.py): this is for a first fill after the
migration, a changed text search configuration, or a repair. `--if-empty` fills it only when it
holds nothing (or no excerpts' texts) while live pages exist: the first start of a site
upgraded to this index (the container runs it after migrating); otherwise it returns at once.
"""

import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from wagtail.models import Page

from articles.models.listings import prefetch_cards
from articles.search import keeps_own_index
from articles.search.indexing import SEARCHED, WORDS_OF, document_of, index_documents
from articles.search.postgres import DOCUMENTS, TERMS, TEXTS


class Command(BaseCommand):
    help = "Rebuild the PostgreSQL search index in batches; the search keeps answering meanwhile."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only when the index holds no page (a site upgraded to it); else do nothing.",
        )

    def handle(self, *args, batch_size: int, if_empty: bool = False, **options):
        if not keeps_own_index():
            if not if_empty:  # nothing to fill at startup: Wagtail's backend keeps its own
                self.stdout.write(
                    "The search goes through Wagtail's backend here (SEARCH_ENGINE=wagtail): "
                    "rebuild its index with `manage.py update_index`."
                )
            return
        if if_empty and self.index_holds_pages():
            return
        started = time.perf_counter()
        ids = list(Page.objects.live().type(*SEARCHED).order_by("pk").values_list("pk", flat=True))
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS rebuilt_search_terms")
            cursor.execute("CREATE TEMPORARY TABLE rebuilt_search_terms (word text, documents int)")
            for start in range(0, len(ids), batch_size):
                batch = ids[start : start + batch_size]
                with transaction.atomic():
                    pages = prefetch_cards(
                        Page.objects.filter(pk__in=batch).live().specific(),
                        shown="byline_prefetches",
                    )
                    documents = [document_of(page) for page in pages]
                    index_documents(
                        documents, cursor, f"INSERT INTO rebuilt_search_terms {WORDS_OF}"
                    )
                if options["verbosity"] > 1:
                    self.stdout.write(f"{start + len(batch)} of {len(ids)} pages")
            with transaction.atomic():
                for table in (DOCUMENTS, TEXTS):
                    cursor.execute(
                        f"""DELETE FROM {table} d WHERE NOT EXISTS (
                            SELECT 1 FROM wagtailcore_page p WHERE p.id = d.page_id AND p.live)"""
                    )
                cursor.execute(f"DELETE FROM {TERMS}")
                cursor.execute(
                    f"""INSERT INTO {TERMS} (word, documents)
                        SELECT word, sum(documents) FROM rebuilt_search_terms GROUP BY word"""
                )
            cursor.execute("DROP TABLE rebuilt_search_terms")
            # Every row was rewritten: VACUUM frees the old versions and merges the GIN
            # indexes' pending entries (a search reads those one by one until then). Not
            # possible inside a transaction (a test's): there, statistics only.
            analyze = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            cursor.execute(f"{analyze} {DOCUMENTS}")
            cursor.execute(f"{analyze} {TERMS}")
            cursor.execute(f"{analyze} {TEXTS}")
        seconds = time.perf_counter() - started
        self.stdout.write(f"Indexed {len(ids)} pages for search in {seconds:.1f} s.")

    @staticmethod
    def index_holds_pages() -> bool:
        """Both the documents and their excerpts' texts with their cards (added later: an
        upgraded site may have the one without the other)."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"""SELECT EXISTS (SELECT 1 FROM {DOCUMENTS})
                    AND EXISTS (SELECT 1 FROM {TEXTS})
                    AND NOT EXISTS (SELECT 1 FROM {TEXTS} WHERE card IS NULL)"""
            )
            return cursor.fetchone()[0]
