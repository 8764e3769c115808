import pytest
from django.urls import reverse

from tests.factories import make_answered, make_doctor, make_reply


@pytest.fixture
def doctor(neurology):
    return make_doctor(
        "Lan Shengxing",
        specialties=[neurology],
        affiliation="Riverside General Hospital",
        bio="Twenty years in clinical neurology.",
        licence_number="SECRET-LIC-123",
    )


def test_it_shows_the_profile_and_answers(client, neurology, doctor):
    make_answered(neurology, doctor=doctor, title="Tingling feet")
    other = make_doctor("Other Doctor", specialties=[neurology])
    make_answered(neurology, doctor=other, title="Someone else answered")

    html = client.get(doctor.get_absolute_url()).content.decode()

    assert "<h1>Dr. Lan Shengxing</h1>" in html
    assert "Riverside General Hospital" in html
    assert "Twenty years in clinical neurology." in html
    assert "Tingling feet" in html
    assert "Someone else answered" not in html


def test_it_shows_this_doctors_reply_when_another_doctor_replied_first(client, neurology, doctor):
    other = make_doctor("Other Doctor", specialties=[neurology])
    question = make_answered(neurology, doctor=other, title="Two opinions")
    make_reply(question, doctor, body="My own view on this.")

    html = client.get(doctor.get_absolute_url()).content.decode()

    assert "Dr. Lan Shengxing reply Neurology" in html
    assert "My own view on this." in html
    assert "Dr. Other Doctor reply" not in html


@pytest.mark.parametrize("status", ["hidden", "rejected"])
def test_a_question_that_is_no_longer_public_is_not_listed(client, neurology, doctor, status):
    question = make_answered(neurology, doctor=doctor, title="Taken down")
    question.status = status
    question.save(update_fields=["status"])

    assert "Taken down" not in client.get(doctor.get_absolute_url()).content.decode()


def test_it_never_shows_the_licence_number(client, doctor):
    assert "SECRET-LIC-123" not in client.get(doctor.get_absolute_url()).content.decode()


def test_an_answer_that_was_hidden_is_not_listed(client, neurology, doctor):
    other = make_doctor("Other Doctor", specialties=[neurology])
    question = make_answered(neurology, doctor=other, title="Hidden answer")
    make_reply(question, doctor, is_hidden=True)

    assert "Hidden answer" not in client.get(doctor.get_absolute_url()).content.decode()


def test_an_unverified_doctor_has_no_public_page(client, neurology):
    doctor = make_doctor("Not Yet", specialties=[neurology], is_verified=False)

    assert client.get(doctor.get_absolute_url()).status_code == 404


def test_an_unknown_doctor_is_a_404(client, db):
    assert client.get(reverse("qa:doctor", args=["nobody"])).status_code == 404


def test_it_runs_a_constant_number_of_queries(client, neurology, doctor, django_assert_num_queries):
    for n in range(12):
        make_answered(neurology, doctor=doctor, title=f"Question {n}")

    with django_assert_num_queries(4):
        client.get(doctor.get_absolute_url() + "?page=abc")
