import uuid

import pytest
from django.core import mail
from django.urls import reverse

from forum.qa.models import Question, Reply, Topic
from tests.factories import (
    make_doctor,
    make_question,
    make_reply,
    make_specialty,
    make_topic,
    make_user,
)


@pytest.fixture
def asker(db):
    return make_user("carol", email="carol@example.org")


@pytest.fixture
def question(neurology, asker):
    return make_question(neurology, asker=asker, status="open", title="Lip twitching")


def url(question) -> str:
    return reverse("dashboard:answer", args=[question.pk])


def answer(**overrides) -> dict:
    return {
        "body": "Hello, this is **usually** harmless.\n\n- Sleep\n- Less coffee",
        "headline": "Facial Muscle Twitches: Causes and Concerns",
        "more_info": "Longer text.",
        "submission_key": str(uuid.uuid4()),
        "publish": "1",
        **overrides,
    }


def test_the_page_shows_the_question_and_the_form(client, doctor, question):
    client.force_login(doctor.user)

    html = client.get(url(question)).content.decode()

    assert "Lip twitching" in html
    assert "A Xu, 20~29 year old female. Ask Date:" in html
    assert 'name="body"' in html and 'name="headline"' in html


def test_publishing_saves_the_reply_answers_the_question_and_emails_the_asker(
    client, doctor, question, neurology, django_capture_on_commit_callbacks
):
    existing = make_topic("Facial Spasm", neurology)
    client.force_login(doctor.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(question), answer(topics=[existing.pk], new_topics="Eyelid Twitching, Tics")
        )

    question.refresh_from_db()
    reply = question.replies.get()
    assert response["Location"] == reply.get_absolute_url()
    assert reply.doctor == doctor
    assert question.status == Question.Status.ANSWERED
    assert question.answered_at == reply.created_at
    assert question.headline == "Facial Muscle Twitches: Causes and Concerns"
    assert question.more_info == "Longer text."
    assert sorted(question.topics.names()) == ["Eyelid Twitching", "Facial Spasm", "Tics"]
    assert Topic.objects.get(name="Tics").specialty == neurology
    assert question.claimed_by is None
    [email] = mail.outbox
    assert email.to == ["carol@example.org"]
    page = client.get(question.get_absolute_url()).content.decode()
    assert "<strong>usually</strong>" in page


def test_new_topics_reuse_existing_names_in_any_case(client, doctor, question, neurology):
    make_topic("Tremor", neurology)
    client.force_login(doctor.user)

    client.post(url(question), answer(new_topics="tremor"))

    assert Topic.objects.filter(name__iexact="tremor").count() == 1
    assert list(question.topics.names()) == ["Tremor"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("body", "", "This field is required."),
        ("body", "  \n\u200b ", "Write your reply."),
        ("body", "!!!", "Write your reply."),
        ("body", "[" * 10_001, "at most 10000 characters (it has 10001)"),
        ("more_info", "a" * 20_001, "at most 20000 characters (it has 20001)"),
        ("new_topics", "Tremor, , Tics", "A topic needs a name"),
        ("new_topics", ",", "A topic needs a name"),
        ("new_topics", "a, b, c, d, e, f", "Add at most 5 new topics"),
        ("headline", "?!?", "Use words in the headline"),
        ("submission_key", "not-a-key", "This form has expired or was damaged"),
    ],
)
def test_bad_input_gets_a_message_and_saves_nothing(
    client, doctor, question, field, value, message
):
    client.force_login(doctor.user)

    response = client.post(url(question), answer(**{field: value}))

    question.refresh_from_db()
    assert message in response.content.decode()
    assert not Reply.objects.exists()
    assert question.status == Question.Status.OPEN
    assert not Topic.objects.exists()


def test_the_preview_renders_sanitised_markdown_and_saves_nothing(client, doctor, question):
    client.force_login(doctor.user)
    body = (
        "**Rest**\n\n<script>alert(1)</script><img src=x onerror=alert(2)>[x](javascript:alert(3))"
    )

    response = client.post(url(question), {**answer(body=body), "preview": "1"})

    html = response.content.decode()
    preview = html[html.index('id="preview-heading"') :]
    assert "<strong>Rest</strong>" in preview
    assert "<script>alert(1)" not in html
    assert "onerror=alert" not in preview.split("</section>")[0]
    assert "javascript:" not in preview.split("</section>")[0]
    assert not Reply.objects.exists()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # kept in the textarea, escaped


def test_the_live_preview_endpoint_sanitises(client, doctor):
    client.force_login(doctor.user)

    response = client.post(
        reverse("dashboard:preview"), {"body": "*hi* <script>x()</script><b onclick=y()>b</b>"}
    )

    assert response.json()["html"] == "<p><em>hi</em> x()b</p>"


def test_the_preview_endpoint_needs_a_csrf_token(doctor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(doctor.user)
    refused = client.post(reverse("dashboard:preview"), {"body": "x"})
    client.get(reverse("dashboard:queue"))  # sets the CSRF cookie
    token = client.cookies["csrftoken"].value

    accepted = client.post(reverse("dashboard:preview"), {"body": "x"}, HTTP_X_CSRFTOKEN=token)

    assert refused.status_code == 403
    assert "This form could not be sent" in refused.content.decode()
    assert accepted.status_code == 200


def test_a_double_submit_saves_one_reply(
    client, doctor, question, django_capture_on_commit_callbacks
):
    client.force_login(doctor.user)
    data = answer()

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url(question), data)
        second = client.post(url(question), data)

    assert Reply.objects.count() == 1
    assert second["Location"] == first["Location"]
    assert len(mail.outbox) == 1


def test_a_failure_while_saving_leaves_the_question_open_without_reply_or_email(
    client, doctor, question, monkeypatch, django_capture_on_commit_callbacks
):
    def broken_save(*args, **kwargs):
        raise RuntimeError("disk full")

    client.force_login(doctor.user)
    monkeypatch.setattr("taggit.managers._TaggableManager.add", broken_save)
    client.raise_request_exception = False

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(question), answer(new_topics="Tremor"))

    question.refresh_from_db()
    assert response.status_code == 500
    assert question.status == Question.Status.OPEN
    assert question.headline == ""
    assert not Reply.objects.exists()
    assert not Topic.objects.exists()
    assert mail.outbox == []


def test_opening_the_page_claims_nothing(client, doctor, question):
    client.force_login(doctor.user)

    page = client.get(url(question)).content.decode()

    question.refresh_from_db()
    assert question.current_claimer_id() is None
    assert "Start answering" in page


def test_start_answering_claims_the_question_for_thirty_minutes(client, doctor, question):
    client.force_login(doctor.user)

    response = client.post(reverse("dashboard:claim", args=[question.pk]), follow=True)

    assert "You are answering this question" in response.content.decode()
    question.refresh_from_db()
    assert question.current_claimer_id() == doctor.pk
    minutes = (question.claimed_until - question.claimed_by.user.date_joined).total_seconds() / 60
    assert 29 < minutes <= 31


def test_another_doctor_is_warned_and_must_confirm(client, doctor, question, neurology):
    question.claim_for(doctor)
    other = make_doctor("Ye Boshou", specialties=[neurology])
    client.force_login(other.user)

    page = client.get(url(question)).content.decode()
    refused = client.post(url(question), answer())
    accepted = client.post(url(question), answer(confirm_claimed="on"))

    assert "Dr. Lan Shengxing is answering this question" in page
    assert "Tick the box to publish yours anyway" in refused.content.decode()
    assert accepted.status_code == 302
    assert Reply.objects.get().doctor == other
    question.refresh_from_db()
    assert question.current_claimer_id() is None


def test_an_expired_claim_passes_to_the_next_doctor(client, doctor, question, neurology):
    from datetime import timedelta

    question.claim_for(doctor)
    Question.objects.filter(pk=question.pk).update(
        claimed_until=question.claimed_until - timedelta(hours=1)
    )
    other = make_doctor("Ye Boshou", specialties=[neurology])
    client.force_login(other.user)

    assert "is answering this question" not in client.get(url(question)).content.decode()
    client.post(reverse("dashboard:claim", args=[question.pk]))
    question.refresh_from_db()
    assert question.claimed_by == other


def test_replying_to_an_answered_question_needs_a_confirmation(client, doctor, question, neurology):
    first = make_doctor("Ye Boshou", specialties=[neurology])
    make_reply(question, first)
    Question.objects.filter(pk=question.pk).update(
        status="answered", answered_at=question.created_at
    )
    client.force_login(doctor.user)

    refused = client.post(url(question), answer())
    accepted = client.post(url(question), answer(confirm_answered="on"))

    assert "Tick the box to add a further reply" in refused.content.decode()
    assert accepted.status_code == 302
    assert question.replies.count() == 2
    question.refresh_from_db()
    assert question.answered_at == question.created_at  # the first answer's date stays


@pytest.mark.parametrize("status", ["pending", "rejected", "hidden"])
def test_questions_that_are_not_open_cannot_be_answered(client, doctor, neurology, status):
    question = make_question(neurology, status=status)
    client.force_login(doctor.user)

    assert client.get(url(question)).status_code == 404
    assert client.post(url(question), answer()).status_code == 404


@pytest.mark.parametrize("status", ["withdrawn", "rejected", "hidden", "pending"])
def test_a_question_that_stops_taking_answers_while_the_doctor_writes_keeps_the_text(
    client, doctor, question, status, django_capture_on_commit_callbacks
):
    from forum.dashboard.forms import AnswerForm
    from forum.qa.answering import publish_answer
    from forum.qa.lifecycle import IllegalTransition

    form = AnswerForm(answer(), question=question)
    assert form.is_valid()
    Question.objects.filter(pk=question.pk).update(status=status)

    with pytest.raises(IllegalTransition), django_capture_on_commit_callbacks(execute=True):
        publish_answer(question, doctor, form.answer())

    assert not Reply.objects.exists()
    assert mail.outbox == []


def test_the_doctor_is_told_when_the_question_closed_while_writing(client, doctor, question):
    client.force_login(doctor.user)
    client.get(url(question))

    # The asker withdraws between the doctor's check and the save: simulate with a patch.
    from unittest import mock

    from forum.qa.lifecycle import IllegalTransition

    refusal = IllegalTransition("This question is withdrawn by the asker.")
    with mock.patch("forum.dashboard.views.publish_answer", side_effect=refusal):
        response = client.post(url(question), answer(body="My careful reply."))

    html = response.content.decode()
    assert "This question is withdrawn by the asker." in html
    assert "changed it while you were writing" in html
    assert "My careful reply." in html


def test_topics_of_other_specialties_stay_when_a_doctor_answers(client, doctor, question):
    heart = make_topic("Palpitations", make_specialty("Cardiology"))
    question.topics.add(heart)
    client.force_login(doctor.user)

    client.post(url(question), answer())

    assert list(question.topics.all()) == [heart]


def test_a_raced_double_submit_returns_the_saved_reply(doctor, question):
    """Two identical submissions racing past the first check: the database's unique key
    stops the second, which then returns the first reply."""
    from unittest import mock

    from forum.dashboard.forms import AnswerForm
    from forum.qa.answering import publish_answer

    form = AnswerForm(answer(), question=question)
    assert form.is_valid()
    first = publish_answer(question, doctor, form.answer())
    original_filter = Reply.objects.filter
    calls = iter([Reply.objects.none()])

    def miss_once(*args, **kwargs):
        return next(calls, None) or original_filter(*args, **kwargs)

    with mock.patch.object(Reply.objects, "filter", side_effect=miss_once):
        second = publish_answer(question, doctor, form.answer())

    assert second == first
    assert Reply.objects.count() == 1
