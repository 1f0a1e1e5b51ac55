"""Joins the two moves out of the content app, made side by side: the comments (0016) and the
WordPress importer (0017). Nothing to do in the database."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_comments_moved_to_their_app"),
        ("articles", "0017_wordpress_moves_out"),
    ]

    operations = []
