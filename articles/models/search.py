"""What the site search reads on PostgreSQL: one row per live, searchable page, and the words.

`SearchDocument` holds a page's text as a weighted `tsvector` (title A, standfirst B, body C)
in `document`, the title and standfirst alone in `head`, the title alone in `title` (the
type-ahead's), with GIN indexes on each. Those three columns, the indexes and the text search
configurations exist on PostgreSQL only: the migration adds them there
(articles/migrations/*_search_documents.py), so Django's model knows only the plain columns.
`SearchTerm` is the site's own vocabulary (unaccented, lower case), with a trigram index for
"Did you mean" and a prefix index for the type-ahead. `SearchText` keeps each page's passages as
plain text, for the excerpts of the ten results shown, and its result's card: read for those
rows only, it lives in a table of its own so the rows the ranking reads stay small.

Both are kept fresh by articles/search/indexing.py in the transaction that changes the page.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import Page


class SearchDocument(models.Model):
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    path = models.CharField(max_length=255)  # Wagtail's tree path: site and privacy filters
    dated = models.DateField()  # the date readers see (or first published): recent first
    reviewed = models.BooleanField(default=False)  # expert-reviewed health content first

    class Meta:
        indexes = [models.Index(fields=["-dated", "-page"], name="search_document_newest")]

    def __str__(self):
        return f"search document of page {self.page_id}"


class SearchText(models.Model):
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="search_text"
    )
    # The passages an excerpt is taken from (`search_texts()`, tags stripped), one a line.
    passages = models.TextField()
    # What a result shows of the page besides its address, as of its indexing (search/cards.py):
    # title, kind, byline and date. Null for a page indexed before cards were kept.
    card = models.JSONField(null=True, blank=True)

    def __str__(self):
        return f"search text of page {self.page_id}"


class SearchTerm(models.Model):
    word = models.CharField(max_length=60, primary_key=True)
    # Pages that used it when they were indexed; an upper bound between rebuilds (an edit that
    # drops a word does not take it back). `rebuild_search_index` counts afresh.
    documents = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.word
