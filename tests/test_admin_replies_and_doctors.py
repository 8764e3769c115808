from django.urls import reverse

from tests.factories import make_answered, make_doctor, make_specialty


def test_hiding_replies_takes_them_off_the_page(logged_in, neurology):
    question = make_answered(neurology, title="Visible question")
    reply = question.replies.get()
    reply.body = "A reply to hide"
    reply.save()

    response = logged_in.post(
        reverse("admin:qa_reply_changelist"),
        {"action": "hide", "_selected_action": [reply.pk]},
        follow=True,
    )

    reply.refresh_from_db()
    assert reply.is_hidden
    assert "Hidden 1 reply." in response.content.decode()
    logged_in.logout()
    assert "A reply to hide" not in logged_in.get(question.get_absolute_url()).content.decode()


def test_the_reply_changelist_runs_a_constant_number_of_queries(
    logged_in, neurology, django_assert_max_num_queries
):
    for n in range(30):
        make_answered(neurology, title=f"Question {n}")

    with django_assert_max_num_queries(10):
        assert logged_in.get(reverse("admin:qa_reply_changelist")).status_code == 200


def test_verify_and_suspend_doctors(logged_in, neurology):
    waiting = make_doctor("New Doctor", specialties=[neurology], is_verified=False)
    active = make_doctor("Active Doctor", specialties=[neurology])
    url = reverse("admin:accounts_doctor_changelist")

    logged_in.post(url, {"action": "verify", "_selected_action": [waiting.pk]})
    response = logged_in.post(
        url, {"action": "suspend", "_selected_action": [active.pk]}, follow=True
    )

    waiting.refresh_from_db()
    active.refresh_from_db()
    assert waiting.can_answer
    assert active.is_suspended and not active.can_answer
    assert "Suspended 1 doctor." in response.content.decode()


def test_the_licence_number_is_shown_to_moderators(logged_in, neurology):
    make_doctor("Lan Shengxing", specialties=[neurology], licence_number="LIC-778899")

    assert (
        "LIC-778899" in logged_in.get(reverse("admin:accounts_doctor_changelist")).content.decode()
    )


def test_the_doctor_changelist_runs_a_constant_number_of_queries(
    logged_in, neurology, django_assert_max_num_queries
):
    cardiology = make_specialty("Cardiology")
    for n in range(20):
        make_doctor(f"Doctor {n}", specialties=[neurology, cardiology])

    with django_assert_max_num_queries(10):
        assert logged_in.get(reverse("admin:accounts_doctor_changelist")).status_code == 200


def test_a_moderator_cannot_move_a_doctor_profile_to_another_account(
    logged_in, neurology, moderator
):
    doctor = make_doctor("Lan Shengxing", specialties=[neurology])
    url = reverse("admin:accounts_doctor_change", args=[doctor.pk])

    logged_in.post(
        url,
        {
            "user": moderator.pk,
            "name": doctor.name,
            "slug": doctor.slug,
            "specialties": [neurology.pk],
            "licence_number": doctor.licence_number,
            "is_verified": "on",
        },
    )

    doctor.refresh_from_db()
    assert doctor.user != moderator
    assert logged_in.get(reverse("dashboard:queue")).status_code == 403


def test_a_moderator_can_neither_rewrite_nor_hide_a_reply_in_its_form(logged_in, neurology):
    question = make_answered(neurology)
    reply = question.replies.get()
    other = make_doctor("Other Doctor", specialties=[neurology])

    logged_in.post(
        reverse("admin:qa_reply_change", args=[reply.pk]),
        {"question": question.pk, "doctor": other.pk, "body": "Rewritten", "is_hidden": "on"},
    )

    reply.refresh_from_db()
    assert not reply.is_hidden  # hiding is an action, so that it is logged
    assert reply.body != "Rewritten" and reply.doctor != other


def test_no_doctor_takes_the_address_of_the_application_form(logged_in, neurology):
    doctor = make_doctor("Lan Shengxing", specialties=[neurology])

    response = logged_in.post(
        reverse("admin:accounts_doctor_change", args=[doctor.pk]),
        {
            "name": doctor.name,
            "slug": "apply",
            "specialties": [neurology.pk],
            "licence_number": doctor.licence_number,
        },
    )

    assert "/doctors/apply/ is a page of its own." in response.content.decode()
    doctor.refresh_from_db()
    assert doctor.slug == "lan-shengxing"
