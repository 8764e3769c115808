"""Formerly made the "Doctors" group.

The groups are now kept by forum.accounts.roles after every migrate; this migration stays
for the history of databases that applied it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_doctor_is_suspended"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("qa", "0004_claims_edits_and_submission_keys"),
    ]

    operations = []
