"""Moderators edit a question's topics in the admin: that needs the link model's permissions."""

from django.db import migrations

LINK_PERMISSIONS = [
    "view_taggedquestion",
    "add_taggedquestion",
    "change_taggedquestion",
    "delete_taggedquestion",
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get(name="Moderators").permissions.add(
        *Permission.objects.filter(content_type__app_label="qa", codename__in=LINK_PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get(name="Moderators").permissions.remove(
        *Permission.objects.filter(content_type__app_label="qa", codename__in=LINK_PERMISSIONS)
    )


class Migration(migrations.Migration):
    dependencies = [("qa", "0006_moderators_group")]

    operations = [migrations.RunPython(grant, revoke)]
