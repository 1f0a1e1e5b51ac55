"""Each comment keeps the hosts it links to (`link_hosts`, filled on save and here for the
comments there are), and on PostgreSQL a trigram index of the pending comments' hosts answers
"everything pending linking to this domain" (desk.pending_matching) without reading every
pending comment's text. Only pending rows are in the index: a comment leaving the queue
costs it nothing. On SQLite the new column rebuilds the table, and the count triggers are
created again.
"""

from django.db import migrations, models

from comments import counts, page_counts
from comments.links import fill_link_hosts

POSTGRES_INDEX = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS comment_desk_pending_hosts ON articles_comment
  USING gin (link_hosts gin_trgm_ops) WHERE status = 'pending';
"""


def recreate_sqlite_triggers(apps, schema_editor):
    # Adding a column that is not nullable rebuilds the table on SQLite, without its triggers.
    if schema_editor.connection.vendor == "sqlite":
        counts.DESK_COUNTS.reinstall(schema_editor)
        page_counts.PAGE_COUNTS.reinstall(schema_editor)


def fill(apps, schema_editor):
    fill_link_hosts(apps.get_model("comments", "Comment").objects.all())


def index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_INDEX)


def unindex(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS comment_desk_pending_hosts")


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0008_counts_once_per_statement'),
    ]

    operations = [
        migrations.AddField(
            model_name='comment',
            name='link_hosts',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(recreate_sqlite_triggers, migrations.RunPython.noop),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(index, unindex),
    ]
