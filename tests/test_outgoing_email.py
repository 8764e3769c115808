"""Emails are written with what they announce and sent by the worker, tried again with
growing pauses for a day when the mail server fails, and never lost."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from forum.core import mail as outbox
from forum.core import tasks
from forum.core.models import OutgoingEmail


@pytest.fixture
def mail_server(monkeypatch):
    """A mail server that can be switched off and on."""
    state = {"up": True, "sent": 0}
    send = mail.EmailMultiAlternatives.send

    def maybe_send(message, *args, **kwargs):
        if not state["up"]:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        state["sent"] += 1
        return send(message, *args, **kwargs)

    monkeypatch.setattr(mail.EmailMultiAlternatives, "send", maybe_send)
    return state


def later(minutes: float):
    return timezone.now() + timedelta(minutes=minutes)


def test_an_email_is_sent_once_its_transaction_commits(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outbox.send_later("carol@example.org", "Hello", "Plain text", "<p>HTML</p>")

    [message] = mail.outbox
    assert message.to == ["carol@example.org"]
    assert message.alternatives[0][0] == "<p>HTML</p>"
    assert OutgoingEmail.objects.get().sent_at is not None


def test_a_rolled_back_transaction_leaves_no_email(db, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        outbox.send_later("carol@example.org", "Hello", "Plain text")
        raise RuntimeError

    assert not OutgoingEmail.objects.exists()
    assert mail.outbox == []


def test_a_failed_email_is_tried_again_with_growing_pauses_until_it_goes(
    db, mail_server, django_capture_on_commit_callbacks, monkeypatch
):
    mail_server["up"] = False
    with django_capture_on_commit_callbacks(execute=True):
        email = outbox.send_later("carol@example.org", "Hello", "Plain text")
    email.refresh_from_db()
    first_pause = email.next_attempt_at - timezone.now()

    in_two_minutes, in_ten_minutes = later(2), later(10)

    assert outbox.send_waiting() == 0  # not due yet
    monkeypatch.setattr(timezone, "now", lambda: in_two_minutes)
    assert outbox.send_waiting() == 0  # due, and failing again
    email.refresh_from_db()
    second_pause = email.next_attempt_at - in_two_minutes

    mail_server["up"] = True
    monkeypatch.setattr(timezone, "now", lambda: in_ten_minutes)
    assert outbox.send_waiting() == 1
    assert outbox.send_waiting() == 0  # sent once, not again

    email.refresh_from_db()
    assert timedelta(seconds=50) < first_pause <= timedelta(minutes=1)
    assert timedelta(seconds=110) < second_pause <= timedelta(minutes=2)
    assert email.attempts == 3
    assert email.sent_at is not None
    assert len(mail.outbox) == 1


def test_after_a_day_of_failures_the_email_is_given_up_and_kept(db, mail_server, monkeypatch):
    mail_server["up"] = False
    email = OutgoingEmail.objects.create(to="carol@example.org", subject="Hello", body="Text")
    tomorrow = later(24 * 60 + 1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)

    outbox.send_waiting()

    email.refresh_from_db()
    assert email.given_up_at is not None
    assert "Connection unexpectedly closed" in email.last_error
    assert outbox.send_waiting() == 0


def test_pauses_grow_to_an_hour_at_most(db, mail_server, monkeypatch):
    mail_server["up"] = False
    email = OutgoingEmail.objects.create(
        to="carol@example.org", subject="Hello", body="Text", attempts=9
    )

    outbox.send(email.pk)

    email.refresh_from_db()
    assert email.next_attempt_at - timezone.now() <= timedelta(hours=1)
    assert email.next_attempt_at - timezone.now() > timedelta(minutes=59)


def test_an_email_that_cannot_be_built_waits_and_does_not_block_the_others(db, monkeypatch):
    broken = OutgoingEmail.objects.create(to="carol@example.org", subject="Hello", body="Text")
    good = OutgoingEmail.objects.create(to="dave@example.org", subject="Hi", body="Text")
    send = mail.EmailMultiAlternatives.send

    def refuse_carol(message, *args, **kwargs):
        if message.to == ["carol@example.org"]:
            raise ValueError("Header values can't contain newlines")
        return send(message, *args, **kwargs)

    monkeypatch.setattr(mail.EmailMultiAlternatives, "send", refuse_carol)

    assert outbox.send_waiting() == 1

    broken.refresh_from_db()
    good.refresh_from_db()
    assert broken.sent_at is None and broken.attempts == 1
    assert "Header values" in broken.last_error
    assert good.sent_at is not None


def test_without_a_broker_an_email_waits_for_the_sweep_not_the_request(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise BrokerError("Connection refused")

    monkeypatch.setattr(tasks.send_email, "apply_async", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        outbox.send_later("carol@example.org", "Hello", "Text")

    assert mail.outbox == []
    assert outbox.send_waiting() == 1


def test_a_sent_email_keeps_no_text(db, mail_server):
    email = OutgoingEmail.objects.create(
        to="carol@example.org", subject="Reset", body="https://x/reset/abc", html="<p>abc</p>"
    )

    outbox.send_waiting()

    email.refresh_from_db()
    assert email.sent_at is not None
    assert (email.to, email.subject, email.body, email.html) == (
        "carol@example.org",
        "Reset",
        "",
        "",
    )
    assert "https://x/reset/abc" in mail.outbox[0].body
