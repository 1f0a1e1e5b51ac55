"""Approved comments per page, kept by triggers (page_counts.py): what cards show, read by
primary key instead of counted over the comment table."""

from django.db import migrations, models

from comments import page_counts


def install(apps, schema_editor):
    page_counts.install(schema_editor)


def uninstall(apps, schema_editor):
    page_counts.uninstall(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0004_moderation_desk_counters'),
    ]

    operations = [
        migrations.CreateModel(
            name='PageCommentCount',
            fields=[
                ('page_id', models.IntegerField(primary_key=True, serialize=False)),
                ('approved', models.IntegerField(default=0)),
            ],
            options={
                'db_table': 'comments_pagecommentcount',
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
