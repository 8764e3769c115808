"""Doctors no longer need a group: their right to answer is their profile's (can_answer)."""

from django.db import migrations


def remove_doctors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Doctors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_doctors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(remove_doctors_group, migrations.RunPython.noop)]
