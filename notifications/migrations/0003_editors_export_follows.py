"""Editors and publishers may see the subscriber counts, export the consent ledger and
send a test."""

from django.db import migrations

CODENAME = "export_follows"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="notifications", model="follow")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=CODENAME,
        defaults={"name": "Can export subscribers and their consent records"},
    )
    for group in Group.objects.filter(name__in=["Editors", "Publishers"]):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="notifications", codename=CODENAME
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0002_follows_consent_announcements"),
        ("articles", "0008_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
