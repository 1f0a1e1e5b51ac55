"""Books are drafted, reviewed and published like pages (so an editor's change to a book is reviewed before readers see it).

A book is shown on live pages (reviews, reading lists, book cards in articles), so an edit is a
draft until someone who may publish publishes it: Book gains Wagtail's draft state, revisions,
locking and workflows. Existing books stay live, as published today.

- Publishers (who publish pages) may publish, lock and unlock books.
- Editors keep add, change and view: their edits are drafts, which they submit to the
  "Publisher approval" workflow, now also the workflow for books.
- Expert reviewers and comment moderators get nothing on books.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

PUBLISHER_ACTIONS = ["publish", "lock", "unlock"]
WORKFLOW = "Publisher approval"


def books_stay_published(apps, schema_editor):
    Book = apps.get_model("articles", "Book")
    now = timezone.now()
    Book.objects.update(live=True, has_unpublished_changes=False, expired=False)
    Book.objects.filter(first_published_at__isnull=True).update(first_published_at=now)
    Book.objects.filter(last_published_at__isnull=True).update(last_published_at=now)


def book_content_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="articles", model="book")
    return content_type


def grant_publishing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type = book_content_type(apps)
    permissions = [
        # As Wagtail names them when it creates them after migrating (wagtail.snippets.models).
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_book",
            defaults={"name": f"Can {action} book"},
        )[0]
        for action in PUBLISHER_ACTIONS
    ]
    publishers = Group.objects.filter(name="Publishers").first()
    if publishers is not None:
        publishers.permissions.add(*permissions)
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def withdraw_publishing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type = book_content_type(apps)
    codenames = [f"{action}_book" for action in PUBLISHER_ACTIONS]
    for group in Group.objects.filter(name="Publishers"):
        group.permissions.remove(
            *Permission.objects.filter(content_type=content_type, codename__in=codenames)
        )
    WorkflowContentType.objects.filter(content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0013_comment_proof"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="book",
            name="expire_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time"),
        ),
        migrations.AddField(
            model_name="book",
            name="expired",
            field=models.BooleanField(default=False, editable=False, verbose_name="expired"),
        ),
        migrations.AddField(
            model_name="book",
            name="first_published_at",
            field=models.DateTimeField(
                blank=True, db_index=True, null=True, verbose_name="first published at"
            ),
        ),
        migrations.AddField(
            model_name="book",
            name="go_live_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="go live date/time"),
        ),
        migrations.AddField(
            model_name="book",
            name="has_unpublished_changes",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="has unpublished changes"
            ),
        ),
        migrations.AddField(
            model_name="book",
            name="last_published_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
        ),
        migrations.AddField(
            model_name="book",
            name="latest_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="latest revision",
            ),
        ),
        migrations.AddField(
            model_name="book",
            name="live",
            field=models.BooleanField(default=True, editable=False, verbose_name="live"),
        ),
        migrations.AddField(
            model_name="book",
            name="live_revision",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.revision",
                verbose_name="live revision",
            ),
        ),
        migrations.AddField(
            model_name="book",
            name="locked",
            field=models.BooleanField(default=False, editable=False, verbose_name="locked"),
        ),
        migrations.AddField(
            model_name="book",
            name="locked_at",
            field=models.DateTimeField(editable=False, null=True, verbose_name="locked at"),
        ),
        migrations.AddField(
            model_name="book",
            name="locked_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="locked_%(class)ss",
                to=settings.AUTH_USER_MODEL,
                verbose_name="locked by",
            ),
        ),
        migrations.RunPython(books_stay_published, migrations.RunPython.noop),
        migrations.RunPython(grant_publishing, withdraw_publishing),
    ]
