"""Every dashboard URL, for every kind of visitor."""

import pytest
from django.urls import reverse

from forum.accounts.models import Doctor
from tests.factories import make_answered, make_doctor, make_question, make_specialty, make_user


@pytest.fixture
def urls(neurology, doctor) -> list[tuple[str, str]]:
    question = make_question(neurology, status="open")
    reply = make_answered(neurology, doctor=doctor).replies.get()
    return [
        ("get", reverse("dashboard:queue")),
        ("get", reverse("dashboard:answer", args=[question.pk])),
        ("post", reverse("dashboard:preview")),
        ("get", reverse("dashboard:my_answers")),
        ("get", reverse("dashboard:edit_reply", args=[reply.pk])),
        ("get", reverse("dashboard:stats")),
        ("get", reverse("dashboard:reviews")),
        ("post", reverse("dashboard:confirm_reply", args=[reply.pk])),
    ]


def fetch(client, method: str, url: str):
    return getattr(client, method)(url, {"body": "**hi**"} if method == "post" else None)


def test_a_reader_is_sent_to_login(client, urls):
    for method, url in urls:
        response = fetch(client, method, url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:login")), url


@pytest.mark.parametrize("who", ["patient", "unverified", "suspended", "moderator"])
def test_others_are_refused(client, urls, neurology, who):
    if who == "patient":
        user = make_user("pat")
    elif who == "moderator":
        user = make_user("mod", is_staff=True)
    else:
        flags = {"is_verified": False} if who == "unverified" else {"is_suspended": True}
        user = make_doctor(f"Doctor {who}", specialties=[neurology], **flags).user
    client.force_login(user)

    for method, url in urls:
        response = fetch(client, method, url)
        assert response.status_code == 403, url
        assert "This page is not open to you" in response.content.decode()


def test_the_doctor_gets_in(client, urls, doctor):
    client.force_login(doctor.user)

    for method, url in urls:
        # "Still accurate" is done, then leads back to the list.
        expected = 302 if "still-accurate" in url else 200
        assert fetch(client, method, url).status_code == expected, url


def test_a_doctor_of_another_specialty_neither_sees_nor_answers_the_question(
    client, neurology, urls
):
    cardiologist = make_doctor("Heart Doctor", specialties=[make_specialty("Cardiology")])
    question = make_question(neurology, title="A neurology question", status="open")
    client.force_login(cardiologist.user)

    assert "A neurology question" not in client.get(reverse("dashboard:queue")).content.decode()
    answer_url = reverse("dashboard:answer", args=[question.pk])
    assert client.get(answer_url).status_code == 404
    assert client.post(answer_url, {"body": "Rest."}).status_code == 404
    assert not question.replies.exists()


def test_a_doctor_suspended_by_a_bulk_update_is_shut_out_at_once(client, doctor):
    client.force_login(doctor.user)
    assert client.get(reverse("dashboard:queue")).status_code == 200

    Doctor.objects.filter(pk=doctor.pk).update(is_suspended=True)

    assert client.get(reverse("dashboard:queue")).status_code == 403


def test_the_header_links_doctors_to_the_dashboard(client, doctor, alice):
    client.force_login(doctor.user)
    assert reverse("dashboard:queue") in client.get("/").content.decode()

    client.force_login(alice)
    assert reverse("dashboard:queue") not in client.get("/").content.decode()
