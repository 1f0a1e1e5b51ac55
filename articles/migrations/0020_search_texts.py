"""The passages of each searchable page as plain text, for the search results' excerpts
(articles/search/): a table of its own, read for the ten results shown. A site upgraded to it
fills it with `manage.py rebuild_search_index --if-empty` (the container runs it after
migrating); until then excerpts are worked out from the pages themselves."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_search_documents"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchText",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_text",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("passages", models.TextField()),
            ],
        ),
    ]
