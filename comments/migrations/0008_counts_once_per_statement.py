"""On PostgreSQL the desk's counts and the pages' comment counts are kept by statement-level
triggers (transition tables: one grouped change per statement) instead of row-level ones
(counts.py, page_counts.py): marking thousands of comments as spam in one UPDATE writes each
count row once. SQLite has no statement triggers and keeps its row triggers.

Reversing leaves the statement-level triggers in place: they count what the row-level ones did.
"""

from django.db import migrations

from comments import counts, page_counts


def replace(apps, schema_editor):
    counts.DESK_COUNTS.reinstall(schema_editor)
    page_counts.PAGE_COUNTS.reinstall(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0007_comment_edited_at'),
    ]

    operations = [
        migrations.RunPython(replace, migrations.RunPython.noop),
    ]
