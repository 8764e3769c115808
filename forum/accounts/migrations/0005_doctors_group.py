"""The "Doctors" group: exactly what answering from the dashboard needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DOCTOR_PERMISSIONS = [
    ("qa", "view_question"),
    ("qa", "view_reply"),
    ("qa", "add_reply"),
    ("qa", "change_reply"),
    ("qa", "view_topic"),
    ("qa", "add_topic"),
]


def create_doctors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Doctor = apps.get_model("accounts", "Doctor")
    group, _ = Group.objects.get_or_create(name="Doctors")
    group.permissions.set(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in DOCTOR_PERMISSIONS
    )
    active = Doctor.objects.filter(is_verified=True, is_suspended=False)
    group.user_set.add(*(doctor.user_id for doctor in active))


def remove_doctors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Doctors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_doctor_is_suspended"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("qa", "0004_claims_edits_and_submission_keys"),
    ]

    operations = [migrations.RunPython(create_doctors_group, remove_doctors_group)]
