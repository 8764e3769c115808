import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import make_doctor, make_specialty

ADMIN_PAGES = [
    "admin:index",
    "admin:qa_question_changelist",
    "admin:qa_reply_changelist",
    "admin:qa_topic_changelist",
    "admin:qa_specialty_changelist",
    "admin:qa_report_changelist",
    "admin:accounts_doctor_changelist",
]


def test_the_moderators_group_has_exactly_the_moderation_permissions(db):
    permissions = set(
        Group.objects.get(name="Moderators").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )

    assert ("qa", "change_question") in permissions
    assert ("qa", "delete_topic") in permissions  # merging deletes the merged topics
    assert ("accounts", "change_doctor") in permissions
    deletions = {codename for _, codename in permissions if codename.startswith("delete_")}
    # Merging deletes topics; editing a question's topics deletes links; lifting a login
    # lockout deletes it. Nothing else.
    assert deletions == {"delete_topic", "delete_taggedquestion", "delete_accessattempt"}
    assert not {p for p in permissions if p[0] == "auth"}


def test_a_moderator_reaches_every_moderation_page(client, moderator):
    client.force_login(moderator)

    for name in ADMIN_PAGES:
        assert client.get(reverse(name)).status_code == 200, name


def test_a_moderator_is_not_a_superuser_and_cannot_manage_users(client, moderator):
    client.force_login(moderator)

    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


@pytest.mark.parametrize("who", ["reader", "patient", "doctor"])
def test_others_cannot_reach_the_admin(client, db, who, alice):
    if who == "patient":
        client.force_login(alice)
    elif who == "doctor":
        client.force_login(make_doctor("Lan", specialties=[make_specialty()]).user)

    for name in ADMIN_PAGES:
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("admin:login")), name


def test_staff_find_the_moderation_admin_in_the_header(client, moderator, alice):
    client.force_login(moderator)
    assert reverse("admin:index") in client.get("/").content.decode()

    client.force_login(alice)
    assert reverse("admin:index") not in client.get("/").content.decode()
