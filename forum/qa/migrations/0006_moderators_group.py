"""Formerly made the "Moderators" group.

The groups are now kept by forum.accounts.roles after every migrate; this migration stays
for the history of databases that applied it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("qa", "0005_reports_and_topic_redirects"),
        ("accounts", "0005_doctors_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
