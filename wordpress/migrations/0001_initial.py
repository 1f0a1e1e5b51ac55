"""The importer's record of what each WordPress object became, taken over from the content app.

The table was created by the content app (articles 0004 and 0010) and keeps its name and rows:
this migration only tells Django the model is now `wordpress.WordPressObject`. Its content type
is renamed in place (articles → wordpress), so the permissions and log entries that point at it
keep pointing at it. On a new database there is no content type yet: Django makes it after
migrating, under the new name.
"""

import django.db.models.deletion
from django.db import migrations, models

MODEL = "wordpressobject"


def relabel(old_label, new_label):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_types = ContentType.objects.using(schema_editor.connection.alias)
        if content_types.filter(app_label=new_label, model=MODEL).exists():
            return  # already there: the old one, if any, is stale (remove_stale_contenttypes)
        content_types.filter(app_label=old_label, model=MODEL).update(app_label=new_label)

    return move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('articles', '0017_wordpress_moves_out'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='WordPressObject',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('source', models.CharField(help_text="The exporting site, e.g. 'example.org/blog' (no scheme).", max_length=255)),
                        ('kind', models.CharField(choices=[('attachment', 'Attachment'), ('file', 'Uploaded file'), ('author', 'Author'), ('category', 'Category'), ('tag', 'Tag'), ('page', 'Page'), ('post', 'Post'), ('comment', 'Comment'), ('redirect', 'Redirect')], max_length=20)),
                        ('wp_id', models.CharField(help_text='Post or comment id; login or slug for others.', max_length=255, verbose_name='WordPress id')),
                        ('object_id', models.PositiveBigIntegerField()),
                        ('checksum', models.CharField(blank=True, help_text='Of what was imported; unchanged means skip it.', max_length=64)),
                        ('imported_at', models.DateTimeField(auto_now=True)),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype')),
                    ],
                    options={
                        'verbose_name': 'WordPress object',
                        'db_table': 'articles_wordpressobject',
                        'indexes': [models.Index(fields=['content_type', 'object_id'], name='articles_wo_content_24baa3_idx')],
                        'constraints': [models.UniqueConstraint(fields=('source', 'kind', 'wp_id'), name='unique_wordpress_object')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel("articles", "wordpress"), relabel("wordpress", "articles")),
    ]
