"""Images and documents on live pages change only through a role that may publish.

Wagtail keeps no drafts of images and documents: a change to one is live at once on every page
that shows it. Editors keep adding and choosing them, and change those they uploaded (Wagtail's
ownership rule for images and documents); changing anyone else's is left to Publishers, who
also delete them (Wagtail reads these rights per collection: they are granted on the root one).
"""

from django.db import migrations

MEDIA_CHANGE = [("wagtailimages", "change_image"), ("wagtaildocs", "change_document")]
MEDIA_DELETE = [("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document")]


def permissions(apps, codenames=MEDIA_CHANGE):
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in codenames
    ]


def editors_change_their_own(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(*permissions(apps))
        GroupCollectionPermission.objects.filter(
            group=editors, permission__in=permissions(apps)
        ).delete()
    publishers = Group.objects.filter(name="Publishers").first()
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if publishers is not None and root is not None:
        for permission in permissions(apps, MEDIA_CHANGE + MEDIA_DELETE):
            GroupCollectionPermission.objects.get_or_create(
                group=publishers, collection=root, permission=permission
            )


def editors_change_any(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    editors = Group.objects.filter(name="Editors").first()
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if editors is not None:
        editors.permissions.add(*permissions(apps))
        if root is not None:
            for permission in permissions(apps):
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [("articles", "0014_snippet_drafts")]

    operations = [migrations.RunPython(editors_change_their_own, editors_change_any)]
