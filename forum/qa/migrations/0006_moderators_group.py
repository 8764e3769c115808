"""The "Moderators" group: exactly what moderating from the admin needs, nothing more."""

from django.db import migrations

from forum.groups import create_permissions_now, grant

MODERATOR_PERMISSIONS = [
    ("qa", "view_question"),
    ("qa", "change_question"),
    ("qa", "view_reply"),
    ("qa", "change_reply"),
    ("qa", "view_topic"),
    ("qa", "add_topic"),
    ("qa", "change_topic"),
    ("qa", "delete_topic"),
    ("qa", "view_specialty"),
    ("qa", "change_specialty"),
    ("qa", "view_report"),
    ("qa", "change_report"),
    ("qa", "view_topicredirect"),
    ("accounts", "view_doctor"),
    ("accounts", "change_doctor"),
]


def create_moderators_group(apps, schema_editor):
    create_permissions_now(apps)
    grant(apps, "Moderators", MODERATOR_PERMISSIONS)


def remove_moderators_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Moderators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("qa", "0005_reports_and_topic_redirects"),
        ("accounts", "0005_doctors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_moderators_group, remove_moderators_group)]
