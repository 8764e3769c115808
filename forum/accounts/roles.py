"""The roles and what they may do, in one place.

Moderators are staff in the "Moderators" group; its permissions are listed here and
written to the database after every `migrate` (and every test flush), so that adding a
model's permission to the list is the whole change.

Doctors need no group: a doctor may answer when their profile says so, and only then
(`Doctor.can_answer`, `Doctor.objects.verified()`). Patients are any signed-in user.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

MODERATORS = "Moderators"

GROUP_PERMISSIONS = {
    MODERATORS: [
        ("qa", "view_question"),
        ("qa", "change_question"),
        ("qa", "view_reply"),
        ("qa", "change_reply"),
        ("qa", "view_review"),
        ("qa", "view_agreement"),
        ("qa", "view_followup"),
        ("qa", "change_followup"),
        ("qa", "view_topic"),
        ("qa", "add_topic"),
        ("qa", "change_topic"),
        ("qa", "delete_topic"),
        ("qa", "view_taggedquestion"),
        ("qa", "add_taggedquestion"),
        ("qa", "change_taggedquestion"),
        ("qa", "delete_taggedquestion"),
        ("qa", "view_specialty"),
        ("qa", "change_specialty"),
        ("qa", "view_report"),
        ("qa", "change_report"),
        ("qa", "view_topicredirect"),
        ("qa", "view_archiveupload"),
        ("qa", "add_archiveupload"),
        ("accounts", "view_doctor"),
        ("accounts", "change_doctor"),
        ("accounts", "view_doctorapplication"),
        ("accounts", "change_doctorapplication"),
        ("core", "view_event"),
        # Login lockouts (django-axes): seen, and lifted by deleting them.
        ("axes", "view_accessattempt"),
        ("axes", "delete_accessattempt"),
    ],
}


def sync_groups(using: str = "default", **kwargs) -> None:
    """Make each group hold exactly its listed permissions (a post_migrate handler)."""
    for app_config in global_apps.get_app_configs():
        # Permissions are otherwise created app by app; the groups need all of them now.
        create_permissions(app_config, verbosity=0, using=using)
    for name, wanted in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        matching = Q()
        for app_label, codename in wanted:
            matching |= Q(content_type__app_label=app_label, codename=codename)
        permissions = list(Permission.objects.using(using).filter(matching))
        if len(permissions) != len(wanted):
            found = {(p.content_type.app_label, p.codename) for p in permissions}
            missing = sorted(set(wanted) - found)
            raise LookupError(f"The {name} group lists permissions that do not exist: {missing}")
        group.permissions.set(permissions)
