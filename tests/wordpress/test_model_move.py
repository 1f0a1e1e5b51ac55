"""The importer's model left the content app for its own without moving a row.

What the importer recorded before the move (which WordPress object became which page, comment or
image) is what it finds after it, so importing the same export again still updates in place; the
model's content type is renamed, not replaced, so permissions and log entries still point at it.

The migrations run on the test database itself (the `migrations` fixture, tests/conftest.py),
and are migrated forward again whatever happens; the rows made here are deleted at the end.
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from wordpress.models import WordPressObject

MOVE = ("articles", "0017_wordpress_moves_out")
WP_IDS = ("101", "102")


@pytest.fixture
def executor(migrations):
    """The shared migration executor; the rows made here are deleted afterwards."""
    yield migrations
    WordPressObject.objects.filter(source="before.example.org").delete()


def before_the_move(executor) -> tuple[str, str]:
    """The content's migration the move follows."""
    migration = executor.loader.get_migration(*MOVE)
    return next(parent for parent in migration.dependencies if parent[0] == "articles")


def test_rows_made_before_the_move_are_found_after_it(executor):
    model_type = ContentType.objects.get_for_model(WordPressObject)
    permission = Permission.objects.get(content_type=model_type, codename="change_wordpressobject")

    executor.migrate([before_the_move(executor), ("wordpress", None)])
    old = executor.loader.project_state([before_the_move(executor)]).apps
    OldWordPressObject = old.get_model("articles", "WordPressObject")
    OldContentType = old.get_model("contenttypes", "ContentType")
    assert OldContentType.objects.get(pk=model_type.pk).app_label == "articles"
    page_type = OldContentType.objects.get(app_label="wagtailcore", model="page")
    for n, wp_id in enumerate(WP_IDS, start=1):
        OldWordPressObject.objects.create(
            source="before.example.org",
            kind="post",
            wp_id=wp_id,
            content_type=page_type,
            object_id=n,
            checksum=f"sum-{wp_id}",
        )

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    moved = WordPressObject.objects.filter(source="before.example.org").order_by("wp_id")
    assert [(row.wp_id, row.checksum, row.content_type.model) for row in moved] == [
        ("101", "sum-101", "page"),
        ("102", "sum-102", "page"),
    ]
    assert ContentType.objects.get_for_model(WordPressObject).pk == model_type.pk
    assert Permission.objects.get(pk=permission.pk).content_type.app_label == "wordpress"
