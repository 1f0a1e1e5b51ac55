"""Roles as groups, each with just its permissions.

- Editors (Wagtail's own group, kept): create and edit pages, images, documents and books;
  they cannot publish: their work goes to a workflow.
- Publishers (Wagtail's "Moderators" group, renamed so it is not confused with comment moderators):
  everything editors do, plus publish, lock and unlock; they approve the "Publisher approval" task.
- Expert reviewers (0007): approve the "Expert review" task. They no longer hold edit or publish
  permissions on article sections: the approval itself publishes (articles.workflow_actions).
- Comment moderators (0003): comments only, unchanged.
"""

from django.db import migrations

ROOT_PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Publishers": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MODEL_PERMISSIONS = {
    "Editors": [
        ("wagtailadmin", "access_admin"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("articles", "add_book"),
        ("articles", "change_book"),
        ("articles", "view_book"),
    ],
}
MODEL_PERMISSIONS["Publishers"] = [
    *MODEL_PERMISSIONS["Editors"],
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
    ("articles", "delete_book"),
]
# Deleting images and documents used on live pages is a publisher's call, not an editor's.
EDITOR_REMOVED = [("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document")]
REVIEWER_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def permission(Permission, app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    if not Group.objects.filter(name="Publishers").exists():
        Group.objects.filter(name="Moderators").update(name="Publishers")
    Task.objects.filter(name="Moderators approval").update(name="Publisher approval")
    Workflow.objects.filter(name="Moderators approval").update(name="Publisher approval")

    root = Page.objects.filter(depth=1).first()
    for name, codenames in ROOT_PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *(permission(Permission, app, code) for app, code in MODEL_PERMISSIONS[name])
        )
        if root is not None:
            GroupPagePermission.objects.filter(group=group, page=root).exclude(
                permission__codename__in=codenames
            ).delete()
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission(Permission, "wagtailcore", codename)
                )
    editors = Group.objects.get(name="Editors")
    editors.permissions.remove(*(permission(Permission, a, c) for a, c in EDITOR_REMOVED))

    GroupPagePermission.objects.filter(
        group__name="Expert reviewers", permission__codename__in=REVIEWER_PAGE_PERMISSIONS
    ).delete()


def restore_previous(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    ArticleIndexPage = apps.get_model("articles", "ArticleIndexPage")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    if not Group.objects.filter(name="Moderators").exists():
        Group.objects.filter(name="Publishers").update(name="Moderators")
    Task.objects.filter(name="Publisher approval").update(name="Moderators approval")
    Workflow.objects.filter(name="Publisher approval").update(name="Moderators approval")
    reviewers = Group.objects.filter(name="Expert reviewers").first()
    if reviewers is not None:
        for index in ArticleIndexPage.objects.all():
            for codename in REVIEWER_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=reviewers,
                    page_id=index.pk,
                    permission=permission(Permission, "wagtailcore", codename),
                )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_expert_review_workflow"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, restore_previous)]
