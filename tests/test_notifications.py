import pytest
from django.core import mail
from django.db import transaction

from forum.accounts.models import Profile
from forum.core.models import OutgoingEmail
from forum.qa.models import Question
from forum.qa.notifications import notify_answered, notify_rejected
from tests.factories import make_answered, make_question, make_specialty, make_user


@pytest.fixture
def asker(db):
    return make_user("carol", email="carol@example.org")


@pytest.fixture
def answered(asker):
    return make_answered(make_specialty("Neurology"), asker=asker, title="Tingling <hands>")


def test_the_asker_is_told_when_their_question_is_answered(
    answered, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://forum.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        notify_answered(answered)

    [message] = mail.outbox
    html = message.alternatives[0][0]
    assert message.to == ["carol@example.org"]
    assert message.subject == "A doctor has answered your question - Ask a Doctor"
    assert f"https://forum.example.org{answered.get_absolute_url()}" in message.body
    assert "Tingling <hands>" in message.body
    assert "Tingling &lt;hands&gt;" in html
    assert f'href="https://forum.example.org{answered.get_absolute_url()}"' in html


def test_the_asker_gets_the_reason_of_a_rejection(asker, django_capture_on_commit_callbacks):
    question = make_question(
        make_specialty("Neurology"),
        asker=asker,
        status=Question.Status.REJECTED,
        rejection_reason="Please leave out your phone number.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        notify_rejected(question)

    [message] = mail.outbox
    assert message.subject == "Your question was not published - Ask a Doctor"
    assert "Please leave out your phone number." in message.body
    assert "Please leave out your phone number." in message.alternatives[0][0]


def test_nothing_is_sent_to_an_asker_who_opted_out(
    asker, answered, django_capture_on_commit_callbacks
):
    Profile.objects.create(user=asker, email_notifications=False)
    with django_capture_on_commit_callbacks(execute=True):
        notify_answered(answered)

    assert mail.outbox == []


def test_nothing_is_sent_for_imported_questions_without_an_asker(
    db, django_capture_on_commit_callbacks
):
    question = make_answered(make_specialty("Neurology"))
    with django_capture_on_commit_callbacks(execute=True):
        notify_answered(question)

    assert mail.outbox == []


def test_the_email_waits_for_the_commit_and_is_dropped_with_a_rollback(
    answered, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                notify_answered(answered)
                raise RuntimeError("the reply could not be saved")
        except RuntimeError:
            pass

    assert callbacks == []
    assert mail.outbox == []


def test_a_failing_mail_server_delays_the_email_and_never_raises(
    answered, django_capture_on_commit_callbacks, monkeypatch
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        notify_answered(answered)

    email = OutgoingEmail.objects.get()
    assert email.sent_at is None
    assert email.last_error == "ConnectionRefusedError: mail server down"
    answered.refresh_from_db()
    assert answered.status == Question.Status.ANSWERED
