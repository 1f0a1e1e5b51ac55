"""The moderation desk: counts per status and per commenter kept by triggers (counts.py), the
indexes its tabs, filters and patterns read in order, and (PostgreSQL) trigram search indexes.

Named for what it does, not only its number: another branch may add a 0003 of its own.
"""

import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models

from comments import counts


def install(apps, schema_editor):
    counts.install(schema_editor)


def uninstall(apps, schema_editor):
    counts.uninstall(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0003_spam_rebuild_due_threshold_help'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='CommenterHistory',
            fields=[
                ('email', models.CharField(max_length=254, primary_key=True, serialize=False)),
                ('pending', models.IntegerField(default=0)),
                ('approved', models.IntegerField(default=0)),
                ('spam', models.IntegerField(default=0)),
                ('removed', models.IntegerField(default=0)),
                ('first_seen', models.DateTimeField(null=True)),
            ],
            options={
                'verbose_name_plural': 'commenter histories',
                'db_table': 'comments_commenterhistory',
            },
        ),
        migrations.CreateModel(
            name='StatusCount',
            fields=[
                ('status', models.CharField(max_length=10, primary_key=True, serialize=False)),
                ('total', models.BigIntegerField(default=0)),
            ],
            options={
                'db_table': 'comments_statuscount',
            },
        ),
        migrations.AddIndex(
            model_name='comment',
            index=models.Index(fields=['status', 'created_at', 'id'], name='comment_desk_status'),
        ),
        migrations.AddIndex(
            model_name='comment',
            index=models.Index(fields=['created_at', 'id'], name='comment_desk_all'),
        ),
        migrations.AddIndex(
            model_name='comment',
            index=models.Index(django.db.models.functions.text.Lower('email'), models.F('status'), name='comment_desk_email'),
        ),
        migrations.AddIndex(
            model_name='comment',
            index=models.Index(fields=['ip_address', 'status'], name='comment_desk_address'),
        ),
        migrations.RunPython(install, uninstall),
    ]
