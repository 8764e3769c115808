import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from forum.accounts import applications
from forum.accounts.models import Doctor, DoctorApplication
from forum.core.models import Event, OutgoingEmail
from tests.factories import make_answered, make_doctor, make_specialty, make_user

URL = reverse("accounts:doctor_apply")
CHANGELIST = reverse("admin:accounts_doctorapplication_changelist")


@pytest.fixture
def carol(db):
    """A registered user who is a doctor in real life."""
    return make_user("carol", email="carol@example.com")


@pytest.fixture
def cardiology(db):
    return make_specialty("Cardiology")


def form_data(*specialties, **fields):
    return {
        "name": "Carol Tsai",
        "specialties": [specialty.pk for specialty in specialties],
        "affiliation": "Harbour General Hospital",
        "licence_number": "mc-778812",
        "bio": "A cardiologist for twelve years, with a clinic for heart rhythm problems.",
        **fields,
    }


def application_of(user, *specialties) -> DoctorApplication:
    fields = form_data()
    del fields["specialties"]
    fields["licence_number"] = fields["licence_number"].upper()
    return applications.apply(user, DoctorApplication(**fields), specialties)


def apply_form(client, *specialties, **fields):
    return client.post(URL, form_data(*specialties, **fields), follow=True)


def act(client, action, selected, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in selected], **extra}
    return client.post(CHANGELIST, data, follow=True)


def test_it_asks_visitors_to_log_in_first(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_a_registered_user_applies(client, carol, cardiology, neurology):
    client.force_login(carol)
    assert client.get(URL).status_code == 200

    response = apply_form(client, cardiology, neurology, name="Dr. Carol Tsai")

    application = DoctorApplication.objects.get()
    assert (application.user, application.name, application.licence_number) == (
        carol,
        "Carol Tsai",
        "MC-778812",
    )
    assert set(application.specialties.all()) == {cardiology, neurology}
    assert application.status == DoctorApplication.Status.WAITING
    page = response.content.decode()
    assert "A moderator checks your licence and will email you." in page
    assert "is waiting for a moderator" in page
    assert '<form method="post" action="/doctors/apply/"' not in page


def test_a_bad_application_says_why_and_saves_nothing(client, carol):
    client.force_login(carol)

    response = apply_form(client, name="   ", licence_number="", bio="!!!")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose at least one specialty." in page
    assert "This field is required." in page
    assert "Use at least one letter or number." in page
    assert not DoctorApplication.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"specialties": ["99999999999999999999999"]}, "is not a valid value"),
        ({"specialties": ["x"]}, "is not a valid value"),
        ({"specialties": ["-1"]}, "is not a valid value"),
        ({"specialties": ["424242"]}, "Select a valid choice. 424242 is not one of"),
        ({"name": "C" * 101}, "at most 100 characters"),
        ({"affiliation": "H" * 201}, "at most 200 characters"),
        ({"licence_number": "7" * 51}, "at most 50 characters"),
        ({"bio": "b" * 2001}, "at most 2000 characters"),
    ],
)
def test_odd_values_are_refused_with_a_message(client, carol, cardiology, fields, message):
    client.force_login(carol)

    response = client.post(URL, {**form_data(cardiology), **fields})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DoctorApplication.objects.exists()


def test_nobody_has_two_applications_waiting(client, carol, cardiology):
    application_of(carol, cardiology)
    client.force_login(carol)

    response = apply_form(client, cardiology)

    assert DoctorApplication.objects.count() == 1
    assert "is waiting for a moderator" in response.content.decode()


def test_a_doctor_does_not_apply_again(client, doctor, cardiology):
    client.force_login(doctor.user)

    response = apply_form(client, cardiology)

    assert not DoctorApplication.objects.exists()
    page = response.content.decode()
    assert "Your account already has a doctor&#x27;s profile." in page
    assert reverse("dashboard:queue") in page


def test_moderators_see_the_waiting_applications_oldest_first(logged_in, cardiology):
    first = application_of(make_user("first", email="f@example.com"), cardiology)
    second = application_of(make_user("second", email="s@example.com"), cardiology)
    decided = application_of(make_user("third", email="t@example.com"), cardiology)
    DoctorApplication.objects.filter(pk=decided.pk).update(
        status=DoctorApplication.Status.DECLINED, created_at=first.created_at.replace(year=2000)
    )

    page = logged_in.get(CHANGELIST).content.decode()
    # Filtered by specialty, the list is DISTINCT: the same order still.
    filtered = logged_in.get(CHANGELIST, {"specialties__id__exact": cardiology.pk})

    for listed in (page, filtered.content.decode()):
        rows = [listed.index(f'value="{a.pk}"') for a in (first, second, decided)]
        assert rows == sorted(rows)
    assert "MC-778812" in page  # the moderators check the licence
    assert "Doctor applications" in logged_in.get(reverse("admin:index")).content.decode()


def test_verifying_makes_a_verified_doctor_and_emails_them(
    client, logged_in, moderator, carol, cardiology
):
    application = application_of(carol, cardiology)

    response = act(logged_in, "verify", [application])

    assert "Verified 1 doctor application." in response.content.decode()
    doctor = Doctor.objects.get(user=carol)
    assert (doctor.name, doctor.slug, doctor.is_verified) == ("Carol Tsai", "carol-tsai", True)
    assert doctor.verified_at is not None and doctor.can_answer
    assert list(doctor.specialties.all()) == [cardiology]
    application.refresh_from_db()
    assert application.status == DoctorApplication.Status.VERIFIED
    assert (application.decided_by, application.doctor) == (moderator, doctor)
    email = OutgoingEmail.objects.get(to="carol@example.com")
    assert email.subject.startswith("You are a verified doctor")
    assert "Cardiology" in email.body and reverse("dashboard:queue") in email.body
    assert Event.objects.filter(action=Event.Action.VERIFY, actor=moderator).count() == 2

    client.force_login(carol)
    assert client.get(reverse("dashboard:queue")).status_code == 200


def test_a_doctors_page_never_takes_the_address_of_the_form(logged_in, cardiology):
    application = application_of(make_user("x", email="x@example.com"), cardiology)
    DoctorApplication.objects.filter(pk=application.pk).update(name="Apply")
    make_doctor("Carol Tsai", slug="carol-tsai")
    other = application_of(make_user("y", email="y@example.com"), cardiology)

    act(logged_in, "verify", [application, other])

    assert set(Doctor.objects.filter(is_verified=True).values_list("slug", flat=True)) >= {
        "apply-2",
        "carol-tsai-2",
    }


def test_declining_needs_a_reason_and_emails_it(logged_in, carol, cardiology):
    application = application_of(carol, cardiology)

    page = act(logged_in, "decline", [application], apply="1", reason="  ").content.decode()
    assert "Write the reason the applicant will read." in page
    application.refresh_from_db()
    assert application.status == DoctorApplication.Status.WAITING

    reason = "We could not find this licence number in the council's register."
    act(logged_in, "decline", [application], apply="1", reason=reason)

    application.refresh_from_db()
    assert (application.status, application.decline_reason) == ("declined", reason)
    assert not Doctor.objects.filter(user=carol).exists()
    email = OutgoingEmail.objects.get(to="carol@example.com")
    assert reason in email.body and reverse("accounts:doctor_apply") in email.body


def test_a_declined_applicant_sees_why_and_applies_again(client, carol, cardiology, moderator):
    application = application_of(carol, cardiology)
    applications.decline(DoctorApplication.objects.all(), moderator, "Licence not found.")
    client.force_login(carol)

    page = client.get(URL).content.decode()
    assert "Licence not found." in page
    assert 'value="Harbour General Hospital"' in page  # the form starts from what they sent

    apply_form(client, cardiology, licence_number="MC-778813")

    assert DoctorApplication.objects.filter(status="waiting").exclude(pk=application.pk).exists()


def test_no_moderator_decides_their_own_application(logged_in, moderator, cardiology):
    own = application_of(moderator, cardiology)

    act(logged_in, "verify", [own])

    own.refresh_from_db()
    assert own.status == DoctorApplication.Status.WAITING
    assert not Doctor.objects.filter(user=moderator).exists()


@pytest.mark.parametrize("who", ["patient", "doctor"])
def test_only_moderators_open_the_applications(client, alice, doctor, cardiology, who):
    application_of(make_user("z", email="z@example.com"), cardiology)
    client.force_login(alice if who == "patient" else doctor.user)

    response = act(client, "verify", list(DoctorApplication.objects.all()))

    assert response.redirect_chain[-1][0].startswith(reverse("admin:login"))
    assert not Doctor.objects.filter(name="Carol Tsai").exists()


def test_the_licence_number_is_never_on_a_public_page(client, logged_in, carol, cardiology):
    application = application_of(carol, cardiology)
    act(logged_in, "verify", [application])
    doctor = Doctor.objects.get(user=carol)
    question = make_answered(cardiology, doctor=doctor)

    pages = [
        client.get(url).content.decode()
        for url in (
            doctor.get_absolute_url(),
            question.get_absolute_url(),
            reverse("qa:doctors"),
            cardiology.get_absolute_url(),
            reverse("qa:doctor_rss", args=[doctor.slug]),
        )
    ]

    assert all("778812" not in page for page in pages)
    assert "Verified doctor since" in pages[0] and "Verified doctor since" in pages[1]


def test_a_moderator_reads_an_application_without_changing_it(logged_in, carol, cardiology):
    application = application_of(carol, cardiology)
    url = reverse("admin:accounts_doctorapplication_change", args=[application.pk])

    page = logged_in.get(url).content.decode()

    assert "MC-778812" in page and "carol@example.com" in page and "Cardiology" in page
    assert 'name="name"' not in page and 'name="licence_number"' not in page
    logged_in.post(url, form_data(cardiology, name="Someone Else"))
    application.refresh_from_db()
    assert application.name == "Carol Tsai"


def test_an_applicant_given_a_profile_meanwhile_is_not_left_waiting(logged_in, carol, cardiology):
    application = application_of(carol, cardiology)
    profile = make_doctor("Carol Tsai", slug="carol-tsai", is_verified=False)
    Doctor.objects.filter(pk=profile.pk).update(user=carol)

    act(logged_in, "verify", [application])

    application.refresh_from_db()
    assert (application.status, application.doctor) == ("verified", profile)
    assert Doctor.objects.filter(user=carol).count() == 1


def test_a_suspended_doctors_replies_lose_the_verified_mark(client, neurology):
    suspended = make_doctor("Away", specialties=[neurology], is_suspended=True)
    Doctor.objects.filter(pk=suspended.pk).update(verified_at="2025-01-02T00:00:00Z")
    question = make_answered(neurology, doctor=suspended)

    assert "Verified doctor" not in client.get(question.get_absolute_url()).content.decode()
