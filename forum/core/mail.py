"""Emails, sent outside the request and never lost.

`send_later` writes the email into the database in the current transaction, so that it
exists exactly when what it announces does, and queues a task that sends it once the
transaction commits. A mail server that fails costs the email a pause, not its life: it
waits FIRST_PAUSE, then twice as long each time up to LONGEST_PAUSE, and the worker's
periodic `send_waiting()` tries every email that is due, until it goes or GIVE_UP_AFTER has
passed (then it stays in the admin's list with its last error). Neither a doctor nor a
patient ever waits for the mail server, nor learns whether it answered.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from .background import enqueue
from .models import OutgoingEmail

FIRST_PAUSE = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=1)
GIVE_UP_AFTER = timedelta(hours=24)
BATCH = 100

logger = logging.getLogger(__name__)


def send_later(to: str, subject: str, body: str, html: str = "") -> OutgoingEmail:
    from .tasks import send_email  # the tasks module imports this one

    email = OutgoingEmail.objects.create(to=to, subject=subject, body=body, html=html)
    # Without a broker the minutely sweep sends it: never inside the request.
    transaction.on_commit(lambda: enqueue(send_email, email.pk, later_if_down=True))
    return email


def send_templated(to: str, subject: str, template: str, context: dict) -> OutgoingEmail:
    """`send_later` of the email written by `template`.txt and `template`.html, its subject
    followed by the site's name, which the templates get as `forum_name`. It is written in
    the active language (callers writing to someone else switch to theirs): a lazily
    translated subject is translated here."""
    context = {**context, "forum_name": settings.SITE_NAME}
    return send_later(
        to=to,
        subject=f"{subject} - {settings.SITE_NAME}",
        body=render_to_string(f"{template}.txt", context),
        html=render_to_string(f"{template}.html", context),
    )


def send(pk: int) -> bool:
    """Try to send one waiting email now; False if it must wait (or was not waiting)."""
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, sent_at=None, given_up_at=None)
            .first()
        )
        if email is None:
            return False
        email.attempts += 1
        try:
            message = EmailMultiAlternatives(email.subject, email.body, to=[email.to])
            if email.html:
                message.attach_alternative(email.html, "text/html")
            message.send()
        except Exception as error:  # whatever failed, the email waits its turn
            _postpone(email, error)
            email.save()
            return False
        email.sent_at = timezone.now()
        email.last_error = ""
        email.body = email.html = ""  # see OutgoingEmail: nothing to reuse is kept
        email.save()
        return True


def _postpone(email: OutgoingEmail, error: Exception) -> None:
    now = timezone.now()
    email.last_error = f"{type(error).__name__}: {error}"
    if now - email.created_at >= GIVE_UP_AFTER:
        email.given_up_at = now
        logger.error("Gave up the email %s after %d attempts: %s", email.pk, email.attempts, error)
        return
    pause = min(FIRST_PAUSE * 2 ** (email.attempts - 1), LONGEST_PAUSE)
    email.next_attempt_at = now + pause
    logger.warning("Email %s waits %s: %s", email.pk, pause, error)


def send_waiting() -> int:
    """Send the emails whose next attempt is due; how many went."""
    due = OutgoingEmail.objects.filter(
        sent_at=None, given_up_at=None, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at")
    return sum(send(pk) for pk in due.values_list("pk", flat=True)[:BATCH])
