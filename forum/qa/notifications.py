"""Emails to askers about their questions.

The doctor's and the moderator's views call `notify_answered` and `notify_rejected` inside
their transactions. The email goes out only after the transaction commits, and a mail
server that fails is logged: it never undoes the answer or the rejection, and never shows
an error to the doctor or the moderator.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from forum.accounts.models import Profile

from .models import Question

logger = logging.getLogger(__name__)

SUBJECTS = {
    "answered": "A doctor has answered your question",
    "rejected": "Your question was not published",
}


def notify_answered(question: Question) -> None:
    transaction.on_commit(lambda: _send(question.pk, "answered"))


def notify_rejected(question: Question) -> None:
    transaction.on_commit(lambda: _send(question.pk, "rejected"))


def _send(question_pk: int, kind: str) -> None:
    try:
        question = Question.objects.select_related("asker", "specialty").get(pk=question_pk)
        asker = question.asker
        if asker is None or not asker.email or not Profile.for_user(asker).email_notifications:
            return
        path = question.get_absolute_url()
        context = {
            "question": question,
            "user": asker,
            "forum_name": settings.SITE_NAME,
            "question_url": f"{settings.SITE_URL}{path}",
            "profile_url": f"{settings.SITE_URL}{reverse('accounts:profile')}",
        }
        message = EmailMultiAlternatives(
            subject=f"{SUBJECTS[kind]} - {settings.SITE_NAME}",
            body=render_to_string(f"qa/email/{kind}.txt", context),
            to=[asker.email],
        )
        message.attach_alternative(render_to_string(f"qa/email/{kind}.html", context), "text/html")
        message.send()
    except Exception:
        logger.exception("Could not send the %s email for question %s", kind, question_pk)
