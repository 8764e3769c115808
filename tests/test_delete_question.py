import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_question


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

    question.refresh_from_db()
    assert response["Location"] == reverse("qa:my_questions")
    assert question.status == Question.Status.WITHDRAWN
    assert (question.title, question.body) == ("", "")
    assert client.get(question.get_absolute_url()).status_code == 404
    assert "Withdraw" not in client.get(reverse("qa:my_questions")).content.decode()


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


def test_withdrawing_does_not_reset_the_daily_limit(client, alice, neurology, settings):
    settings.MAX_QUESTIONS_PER_DAY = 2
    client.force_login(alice)
    data = {
        "specialty": neurology.pk,
        "title": "Headache",
        "body": "A dull headache every morning for two weeks now.",
        "asker_name": "A",
        "asker_age_range": "20~29",
        "asker_gender": "female",
    }
    for _ in range(2):
        client.post(reverse("qa:ask"), data)
        asked = Question.objects.filter(asker=alice, status="pending").latest("pk")
        client.post(url(asked))

    response = client.post(reverse("qa:ask"), data)

    assert "2 questions in the last 24 hours" in response.content.decode()
    assert not Question.objects.filter(asker=alice, status="pending").exists()


def test_a_question_answered_meanwhile_cannot_be_withdrawn(client, alice, question, neurology):
    client.force_login(alice)
    page = client.get(url(question))
    make_answered_now(question)

    assert page.status_code == 200
    assert client.post(url(question)).status_code == 403
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED


def make_answered_now(question):
    from django.utils import timezone

    Question.objects.filter(pk=question.pk).update(status="answered", answered_at=timezone.now())


def test_a_withdrawn_question_still_has_a_name_in_the_admin(client, alice, question, moderator):
    client.force_login(alice)
    client.post(url(question))
    client.force_login(moderator)

    html = client.get(reverse("admin:qa_question_change", args=[question.pk])).content.decode()

    assert f"Question #{question.pk} (withdrawn)" in html
