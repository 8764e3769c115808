"""Building the groups that carry the roles' permissions ("Doctors", "Moderators").

Data migrations call these with their historical `apps`; the browser tests, whose
database is flushed after each test, call `grant` with the project's own registry.
The lists of permissions stay in the migrations that grant them.
"""

from django.contrib.auth.management import create_permissions


def create_permissions_now(apps) -> None:
    """Permissions are normally created after all migrations; a data migration may need
    them before. Only for a migration's historical `apps`."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name: str, permissions) -> None:
    """Give the group (made if missing) these (app_label, codename) permissions."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        )
    )


def revoke(apps, group_name: str, permissions) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get(name=group_name).permissions.remove(
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        )
    )
