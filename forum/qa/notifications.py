"""Emails to askers about their questions and follow-ups.

The lifecycle calls `notify` (or `notify_answered` and `notify_rejected`) inside
their transactions: the email is written with the answer or the rejection, and sent by the
worker once they commit (forum.core.mail). A mail server that fails delays the email; it
never undoes the answer or the rejection, and never shows an error to the doctor or the
moderator.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from forum.accounts.models import Profile
from forum.core.mail import send_templated

from .models import Question

# Lazy: each is written in the asker's language.
SUBJECTS = {
    "answered": _("A doctor has answered your question"),
    "rejected": _("Your question was not published"),
    "follow_up_answered": _("A doctor has answered your follow-up question"),
    "follow_up_rejected": _("Your follow-up question was not published"),
}


def notify_answered(question: Question) -> None:
    notify(question, "answered")


def notify_rejected(question: Question) -> None:
    notify(question, "rejected")


def notify(question: Question, kind: str, **context) -> None:
    """Email the asker (if they want emails) the `kind` of news about their question;
    `context` adds to what the templates qa/email/<kind>.txt and .html read."""
    asker = question.asker
    profile = Profile.for_user(asker) if asker is not None else None
    if profile is None or not asker.email or not profile.email_notifications:
        return
    # In the asker's language, its links included.
    with translation.override(profile.language):
        context = {
            **context,
            "question": question,
            "user": asker,
            "question_url": f"{settings.SITE_URL}{question.get_absolute_url()}",
            "profile_url": f"{settings.SITE_URL}{reverse('accounts:profile')}",
        }
        send_templated(asker.email, SUBJECTS[kind], f"qa/email/{kind}", context)
