"""The shared cache's table, created by `migrate` like the rest of the schema.

It is used when there is no Redis (settings.CACHES); it is created either way, so a site can
drop Redis later without another step.
"""

from django.conf import settings
from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations


def create_cache_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(
        schema_editor.connection.alias, settings.SHARED_CACHE_TABLE, dry_run=False
    )


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
