"""The site search's own index on PostgreSQL (articles/search/): a weighted tsvector per live
page with GIN indexes, the vocabulary with trigram and prefix indexes, and text search
configurations that ignore accents. On SQLite only the plain tables are made (and stay empty:
the search uses Wagtail's backend there). Fill it with `manage.py rebuild_search_index`."""

import django.db.models.deletion
from django.db import migrations, models

POSTGRES_FORWARD = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'wellness_english') THEN
        CREATE TEXT SEARCH CONFIGURATION wellness_english (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION wellness_english
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'wellness_words') THEN
        CREATE TEXT SEARCH CONFIGURATION wellness_words (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION wellness_words
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END $$;
ALTER TABLE articles_searchdocument
    ADD COLUMN document tsvector NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN head tsvector NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN title tsvector NOT NULL DEFAULT ''::tsvector;
-- Kept in the row, not TOASTed (a search reads thousands of them: a TOAST fetch each would
-- cost more than the match), up to a full page.
ALTER TABLE articles_searchdocument SET (toast_tuple_target = 8160);
ALTER TABLE articles_searchdocument
    ALTER COLUMN document SET STORAGE MAIN, ALTER COLUMN head SET STORAGE MAIN;
CREATE INDEX search_document_words ON articles_searchdocument USING gin (document);
CREATE INDEX search_document_head_words ON articles_searchdocument USING gin (head);
CREATE INDEX search_document_title_words ON articles_searchdocument USING gin (title);
CREATE INDEX search_term_trigrams ON articles_searchterm USING gin (word gin_trgm_ops);
CREATE INDEX search_term_prefix ON articles_searchterm (word text_pattern_ops);
"""
POSTGRES_BACKWARD = """
DROP INDEX IF EXISTS search_term_prefix;
DROP INDEX IF EXISTS search_term_trigrams;
ALTER TABLE articles_searchdocument
    DROP COLUMN IF EXISTS title, DROP COLUMN IF EXISTS head, DROP COLUMN IF EXISTS document;
DROP TEXT SEARCH CONFIGURATION IF EXISTS wellness_words;
DROP TEXT SEARCH CONFIGURATION IF EXISTS wellness_english;
"""


def postgres_forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)


def postgres_backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0018_comments_and_wordpress_moved_out"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("word", models.CharField(max_length=60, primary_key=True, serialize=False)),
                ("documents", models.PositiveIntegerField(default=0)),
            ],
        ),
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_document",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("path", models.CharField(max_length=255)),
                ("dated", models.DateField()),
                ("reviewed", models.BooleanField(default=False)),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["-dated", "-page"], name="search_document_newest")
                ],
            },
        ),
        migrations.RunPython(postgres_forward, postgres_backward),
    ]
