"""Moderators edit a question's topics in the admin: that needs the link model's permissions."""

from django.db import migrations

from forum.groups import grant, revoke

LINK_PERMISSIONS = [
    ("qa", "view_taggedquestion"),
    ("qa", "add_taggedquestion"),
    ("qa", "change_taggedquestion"),
    ("qa", "delete_taggedquestion"),
]


def grant_links(apps, schema_editor):
    grant(apps, "Moderators", LINK_PERMISSIONS)


def revoke_links(apps, schema_editor):
    revoke(apps, "Moderators", LINK_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("qa", "0006_moderators_group")]

    operations = [migrations.RunPython(grant_links, revoke_links)]
