"""Comments moved to their own app (comments 0001): removed from this app's state only.

The tables stay where they are, under their names (articles_comment...): the comments app's
models name them, and its first migration takes them over and moves their content types.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0015_editors_change_own_media"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="comment",
                    name="moderated_by",
                ),
                migrations.RemoveField(
                    model_name="comment",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="comment",
                    name="parent",
                ),
                migrations.RemoveField(
                    model_name="commentsettings",
                    name="site",
                ),
                migrations.DeleteModel(
                    name="SpamCorpus",
                ),
                migrations.DeleteModel(
                    name="SpamToken",
                ),
                migrations.DeleteModel(
                    name="Comment",
                ),
                migrations.DeleteModel(
                    name="CommentSettings",
                ),
            ],
            database_operations=[],
        )
    ]
