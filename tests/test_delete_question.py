import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_specialty


@pytest.fixture
def neurology(db):
    return make_specialty("Neurology")


@pytest.fixture
def question(neurology, alice):
    return make_question(neurology, asker=alice, status="pending")


def url(question) -> str:
    return reverse("qa:question_delete", args=[question.pk])


def test_the_asker_confirms_then_withdraws_a_waiting_question(client, alice, question):
    client.force_login(alice)

    assert "Withdraw your question?" in client.get(url(question)).content.decode()
    assert Question.objects.filter(pk=question.pk).exists()
    response = client.post(url(question))

    assert response["Location"] == reverse("qa:my_questions")
    assert not Question.objects.filter(pk=question.pk).exists()


def test_an_answered_question_cannot_be_withdrawn(client, alice, neurology):
    question = make_answered(neurology, asker=alice)
    client.force_login(alice)

    assert client.post(url(question)).status_code == 403
    assert Question.objects.filter(pk=question.pk).exists()


def test_nobody_else_can_withdraw_it(client, bob, doctor_user, staff, question):
    for user in [bob, doctor_user, staff]:
        client.force_login(user)
        assert client.post(url(question)).status_code == 404
    assert Question.objects.filter(pk=question.pk).exists()


def test_a_reader_goes_to_login(client, question):
    assert client.post(url(question))["Location"].startswith(reverse("accounts:login"))
    assert Question.objects.filter(pk=question.pk).exists()
