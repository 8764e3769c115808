"""The "Doctors" group: exactly what answering from the dashboard needs."""

from django.db import migrations

from forum.groups import create_permissions_now, grant

DOCTOR_PERMISSIONS = [
    ("qa", "view_question"),
    ("qa", "view_reply"),
    ("qa", "add_reply"),
    ("qa", "change_reply"),
    ("qa", "view_topic"),
    ("qa", "add_topic"),
]


def create_doctors_group(apps, schema_editor):
    create_permissions_now(apps)
    grant(apps, "Doctors", DOCTOR_PERMISSIONS)
    Group = apps.get_model("auth", "Group")
    Doctor = apps.get_model("accounts", "Doctor")
    active = Doctor.objects.filter(is_verified=True, is_suspended=False)
    Group.objects.get(name="Doctors").user_set.add(*(doctor.user_id for doctor in active))


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
