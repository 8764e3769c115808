import json
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from forum.accounts.models import DoctorApplication, Profile
from forum.core.models import Event, OutgoingEmail
from forum.qa.models import Question, Report
from tests.factories import make_answered, make_question, make_reply, make_user

EXPORT = reverse("qa:my_data_export")
DELETE = reverse("qa:delete_account")
PSEUDONYM = "Mei Lin"
ISO_8601 = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"


@pytest.fixture
def carol(db):
    """A patient with an email address and a profile."""
    user = make_user("carol", email="carol@example.org")
    Profile.objects.create(user=user, pseudonym=PSEUDONYM, age_range="30~39", gender="female")
    return user


@pytest.fixture
def answered(carol, neurology, doctor):
    return make_answered(
        neurology, asker=carol, asker_name=PSEUDONYM, title="Eyelid twitching", doctor=doctor
    )


@pytest.fixture
def waiting(carol, neurology):
    return make_question(neurology, asker=carol, asker_name=PSEUDONYM, status="pending")


def download(client) -> dict:
    response = client.get(EXPORT)
    assert response.status_code == 200
    return json.loads(response.content)


def test_a_reader_is_sent_to_login(client, db):
    for url in (EXPORT, DELETE):
        assert client.get(url)["Location"] == f"{reverse('accounts:login')}?next={url}"
    assert client.post(DELETE, {"password": "pw"})["Location"].startswith(reverse("accounts:login"))


def test_the_profile_links_to_both(client, carol):
    client.force_login(carol)

    html = client.get(reverse("accounts:profile")).content.decode()

    assert f'href="{EXPORT}"' in html
    assert f'href="{DELETE}"' in html


def test_the_download_is_one_json_file_named_after_the_account_and_the_day(client, carol):
    client.force_login(carol)

    response = client.get(EXPORT)

    today = timezone.localdate().strftime("%Y%m%d")
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == (
        f'attachment; filename="ask-a-doctor-data-carol-{today}.json"'
    )
    assert "no-store" in response["Cache-Control"]


def test_the_download_holds_the_account_profile_questions_and_reports(
    client, carol, bob, answered, neurology, doctor
):
    make_reply(answered, doctor, body="A further note.")
    make_reply(answered, doctor, body="Hidden by a moderator.", is_hidden=True)
    rejected = make_question(
        neurology,
        asker=carol,
        title="My phone number",
        status="rejected",
        rejection_reason="Please leave out your phone number.",
    )
    others = make_answered(neurology, asker=bob, title="Bob's knee", asker_name="Bob B")
    Report.objects.create(
        reporter=carol, reply=others.replies.get(), reason="misinformation", details="Not true."
    )
    Report.objects.create(reporter=bob, question=answered, reason="spam", details="Bob's report")
    client.force_login(carol)

    data = download(client)

    assert data["account"]["username"] == "carol"
    assert data["account"]["email"] == "carol@example.org"
    assert data["account"]["date_joined"].startswith(str(carol.date_joined.year))
    assert data["profile"] == {
        "pseudonym": PSEUDONYM,
        "age_range": "30~39",
        "gender": "female",
        "email_notifications": True,
    }
    first, second = data["questions"]
    assert first["title"] == "Eyelid twitching"
    assert first["specialty"] == "Neurology"
    assert first["status"] == "Answered"
    assert first["public_url"] == f"http://127.0.0.1:8000{answered.get_absolute_url()}"
    assert re.fullmatch(ISO_8601, first["asked_at"])
    assert first["answered_at"]
    assert [reply["body"] for reply in first["replies"]] == [
        "Hello, this is most often harmless muscle fatigue.",
        "A further note.",
    ]
    assert first["replies"][0]["doctor"] == "Dr. Lan Shengxing"
    assert (second["id"], second["status"], second["public_url"]) == (rejected.pk, "Rejected", None)
    assert second["rejection_reason"] == "Please leave out your phone number."
    [report] = data["reports"]
    assert report["reported"]["kind"] == "reply"
    assert report["reported"]["question"] == "Bob's knee"
    assert report["reason"] == "Wrong or dangerous medical information"
    assert report["details"] == "Not true."
    assert others.pk not in [question["id"] for question in data["questions"]]
    assert "Bob B" not in json.dumps(data)
    assert "Bob's report" not in json.dumps(data)


def test_the_download_costs_the_same_queries_however_many_questions(
    client, carol, neurology, doctor, django_assert_num_queries
):
    make_answered(neurology, asker=carol, doctor=doctor)
    client.force_login(carol)
    client.get(EXPORT)  # the session is read from the database once, then from the cache

    # user, profile, questions, their replies, reports, doctor applications
    with django_assert_num_queries(6):
        download(client)
    for n in range(6):
        make_answered(neurology, asker=carol, doctor=doctor, title=f"Question {n}")
    with django_assert_num_queries(6):
        assert len(download(client)["questions"]) == 7


def test_the_page_says_what_happens_to_each_thing(client, carol, answered, waiting):
    client.force_login(carol)

    html = client.get(DELETE).content.decode()

    assert "Questions waiting for review or for a doctor</strong> (1): withdrawn" in html
    assert "Answered questions</strong> (1): stay public" in html
    assert "“Former member”" in html
    assert "erased" in html
    assert "logged out everywhere" in html
    assert "sent to carol@example.org before the address is erased" in html


def test_deleting_the_account_keeps_every_promise_of_the_page(
    client, carol, answered, waiting, django_capture_on_commit_callbacks
):
    reader = Client()
    other_device = Client()
    other_device.force_login(carol)
    client.force_login(carol)
    carol_id = carol.pk

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DELETE, {"password": "pw"})
        assert mail.outbox == []  # written now, sent once the deletion commits
        assert OutgoingEmail.objects.filter(to="carol@example.org").count() == 1

    assert response["Location"] == reverse("qa:home")
    waiting.refresh_from_db()
    answered.refresh_from_db()
    assert waiting.status == Question.Status.WITHDRAWN
    assert (waiting.title, waiting.body, waiting.asker_name) == ("", "", "Former member")
    assert answered.status == Question.Status.ANSWERED
    assert (answered.asker, answered.asker_name) == (None, "Former member")
    page = reader.get(answered.get_absolute_url()).content.decode()
    assert "Former member, 20~29 year old female" in page
    assert PSEUDONYM not in page
    assert PSEUDONYM not in reader.get(reverse("qa:home")).content.decode()
    assert not get_user_model().objects.filter(pk=carol_id).exists()
    assert not Profile.objects.filter(user_id=carol_id).exists()
    assert other_device.get(reverse("accounts:profile")).status_code == 302
    assert not Event.objects.filter(actor_id=carol_id).exists()
    [message] = mail.outbox
    assert message.to == ["carol@example.org"]
    assert message.subject == "Your account was deleted - Ask a Doctor"
    assert PSEUDONYM not in message.body
    assert "Former member" in message.alternatives[0][0]


def test_a_cached_public_page_drops_the_pseudonym_at_once(
    client, carol, answered, django_capture_on_commit_callbacks, settings
):
    settings.PUBLIC_PAGE_CACHE = True
    reader = Client()
    assert PSEUDONYM in reader.get(answered.get_absolute_url()).content.decode()  # now cached
    client.force_login(carol)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(DELETE, {"password": "pw"})

    page = reader.get(answered.get_absolute_url()).content.decode()
    assert "Former member" in page
    assert PSEUDONYM not in page


def test_the_old_address_and_username_no_longer_log_in(client, carol):
    client.force_login(carol)
    client.post(DELETE, {"password": "pw"})
    login = reverse("accounts:login")

    for name in ("carol", "carol@example.org"):
        response = Client().post(login, {"username": name, "password": "pw"})
        assert response.status_code == 200
        assert "Please enter a correct email address (or username)" in response.content.decode()


def test_the_outbox_and_login_failures_forget_the_address(client, carol, answered):
    OutgoingEmail.objects.create(to="Carol@example.org", subject="Answered", body="Hello Mei Lin")
    Client().post(reverse("accounts:login"), {"username": "carol", "password": "no"})
    Client().post(reverse("accounts:login"), {"username": "carol@example.org", "password": "no"})
    assert AccessAttempt.objects.filter(username="carol").exists()
    client.force_login(carol)

    client.post(DELETE, {"password": "pw"})

    assert not AccessAttempt.objects.filter(username="carol").exists()
    assert [email.subject for email in OutgoingEmail.objects.all()] == [
        "Your account was deleted - Ask a Doctor"
    ]


def test_a_wrong_password_changes_nothing(client, carol, answered, waiting):
    client.force_login(carol)

    response = client.post(DELETE, {"password": "not mine"})

    assert response.status_code == 200
    assert "That is not your password. Nothing was deleted." in response.content.decode()
    waiting.refresh_from_db()
    answered.refresh_from_db()
    assert waiting.status == Question.Status.PENDING
    assert (answered.asker, answered.asker_name) == (carol, PSEUDONYM)
    assert Profile.objects.get(user=carol).pseudonym == PSEUDONYM
    assert not OutgoingEmail.objects.exists()
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_an_empty_password_changes_nothing(client, carol):
    client.force_login(carol)

    response = client.post(DELETE, {"password": ""})

    assert "This field is required." in response.content.decode()
    assert get_user_model().objects.filter(pk=carol.pk).exists()


def test_a_doctor_is_told_to_ask_the_moderators_and_cannot_delete_here(client, doctor):
    client.force_login(doctor.user)

    html = client.get(DELETE).content.decode()
    response = client.post(DELETE, {"password": "pw"})

    assert "A doctor's account cannot be deleted here." in html
    assert "write to the moderators" in html
    assert 'name="password"' not in html
    assert response.status_code == 403
    assert get_user_model().objects.filter(pk=doctor.user.pk).exists()


def test_a_moderator_cannot_delete_their_account_here(client, moderator):
    client.force_login(moderator)

    assert "A moderator's account cannot be deleted here." in client.get(DELETE).content.decode()
    assert client.post(DELETE, {"password": "pw"}).status_code == 403
    assert get_user_model().objects.filter(pk=moderator.pk).exists()


def test_the_download_holds_the_users_doctor_applications(client, carol, neurology):
    application = DoctorApplication.objects.create(
        user=carol,
        name="Carol Tsai",
        affiliation="Harbour General Hospital",
        licence_number="MC-1",
        bio="A neurologist.",
    )
    application.specialties.set([neurology])
    client.force_login(carol)

    [exported] = download(client)["doctor_applications"]

    assert exported["name"] == "Carol Tsai" and exported["licence_number"] == "MC-1"
    assert exported["specialties"] == ["Neurology"] and exported["status"] == "waiting"
