"""The "Moderators" group: exactly what moderating from the admin needs, nothing more."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.set(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in MODERATOR_PERMISSIONS
    )


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
