"""A further reply adds an answer; it changes the page only where its doctor means to."""

import pytest
from django.urls import reverse

from forum.core.models import Event
from forum.dashboard.forms import AnswerForm
from forum.qa.models import Question
from tests.factories import make_doctor, make_question, make_topic, make_user
from tests.forms import answer_data


@pytest.fixture
def question(neurology):
    return make_question(neurology, asker=make_user("carol"), status="open")


@pytest.fixture
def colleague(neurology):
    return make_doctor("Ye Boshou", specialties=[neurology])


def publish(client, doctor, question, data):
    client.force_login(doctor.user)
    return client.post(reverse("dashboard:answer", args=[question.pk]), data)


def test_a_colleague_who_opened_the_form_earlier_keeps_the_first_doctors_page(
    client, doctor, colleague, question, neurology
):
    tremor, fatigue = make_topic("Tremor", neurology), make_topic("Fatigue", neurology)
    # Both open the form while the question is still open: headline and topics are blank.
    first_form, late_form = AnswerForm(question=question), AnswerForm(question=question)
    publish(
        client,
        doctor,
        question,
        answer_data(
            first_form,
            body="Mostly harmless.",
            headline="Lip Twitches: Causes",
            more_info="Caffeine and sleep.",
            topics=[str(tremor.pk), str(fatigue.pk)],
        ),
    )

    publish(client, colleague, question, answer_data(late_form, body="I agree: rest well."))

    question = Question.objects.get(pk=question.pk)
    assert question.replies.count() == 2
    assert (question.headline, question.more_info) == (
        "Lip Twitches: Causes",
        "Caffeine and sleep.",
    )
    assert set(question.topics.all()) == {tremor, fatigue}
    assert not Event.objects.filter(action="edit").exists()


def test_a_further_reply_changes_the_page_on_purpose_and_that_is_logged(
    client, doctor, colleague, question, neurology
):
    tremor, fatigue = make_topic("Tremor", neurology), make_topic("Fatigue", neurology)
    publish(
        client,
        doctor,
        question,
        answer_data(
            AnswerForm(question=question),
            body="Mostly harmless.",
            headline="Lip Twitches",
            topics=[str(tremor.pk), str(fatigue.pk)],
        ),
    )
    question.refresh_from_db()

    publish(
        client,
        colleague,
        question,
        answer_data(
            AnswerForm(question=question),
            body="Also check magnesium.",
            headline="Lip Twitches: Causes and Concerns",
            topics=[str(tremor.pk)],
        ),
    )

    question.refresh_from_db()
    assert question.headline == "Lip Twitches: Causes and Concerns"
    assert set(question.topics.all()) == {tremor}
    edit = Event.objects.get(action="edit")
    assert (edit.actor, edit.target, edit.reason) == (
        colleague.user,
        question,
        "Changed headline, topics",
    )


def test_topics_ticked_before_a_preview_are_saved_with_the_reply(
    client, doctor, question, neurology
):
    tremor = make_topic("Tremor", neurology)
    client.force_login(doctor.user)
    url = reverse("dashboard:answer", args=[question.pk])
    data = answer_data(AnswerForm(question=question), body="Rest and less coffee.")
    data.pop("publish")

    preview = client.post(url, {**data, "preview": "1", "topics": [str(tremor.pk)]})
    shown = preview.context["form"]["shown_topics"].value()
    client.post(url, {**data, "publish": "1", "topics": [str(tremor.pk)], "shown_topics": shown})

    assert list(Question.objects.get(pk=question.pk).topics.all()) == [tremor]


def test_a_damaged_record_of_the_shown_topics_still_publishes(client, doctor, question, neurology):
    tremor = make_topic("Tremor", neurology)
    data = answer_data(AnswerForm(question=question), body="Rest.", topics=[str(tremor.pk)])

    response = publish(client, doctor, question, {**data, "shown_topics": "x,9" * 50 + "9" * 30})

    assert response.status_code == 302
    assert list(Question.objects.get(pk=question.pk).topics.all()) == [tremor]
