"""Formerly gave moderators the topic links' permissions.

The groups are now kept by forum.accounts.roles after every migrate; this migration stays
for the history of databases that applied it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("qa", "0006_moderators_group")]

    operations = []
