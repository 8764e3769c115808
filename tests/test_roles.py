from django.contrib.auth.models import Group, Permission

from forum.accounts import roles


def _codenames(group: Group) -> set[tuple[str, str]]:
    return set(group.permissions.values_list("content_type__app_label", "codename"))


def test_after_migrate_each_group_holds_exactly_its_listed_permissions(db):
    for name, permissions in roles.GROUP_PERMISSIONS.items():
        assert _codenames(Group.objects.get(name=name)) == set(permissions)


def test_doctors_need_no_group(db):
    assert not Group.objects.filter(name="Doctors").exists()


def test_syncing_repairs_a_group_changed_by_hand(db):
    moderators = Group.objects.get(name=roles.MODERATORS)
    moderators.permissions.add(Permission.objects.get(codename="delete_question"))
    moderators.permissions.remove(Permission.objects.get(codename="view_event"))

    roles.sync_groups()

    assert _codenames(moderators) == set(roles.GROUP_PERMISSIONS[roles.MODERATORS])


def test_moderators_may_read_but_not_write_the_log(moderator):
    assert moderator.has_perm("core.view_event")
    assert not moderator.has_perm("core.change_event")
    assert not moderator.has_perm("core.delete_event")
