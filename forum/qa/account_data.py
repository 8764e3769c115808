"""A patient's own data: all of it as one document, and the deletion of the account.

`export` gathers what the forum keeps about a user (account, profile, questions with their
visible replies and follow-up, reports) in a fixed number of queries. `delete_account`
keeps what the deletion page promises, in one transaction: waiting questions are withdrawn
through the lifecycle and unanswered follow-ups deleted, the others lose every link to the
account and show FORMER_MEMBER, the login failures django-axes kept go, a confirming email
is written to the address, then the user row goes with what hangs on it (profile,
reports; the moderation log keeps the events, without their actor) and every session of
the account ends with it. Doctors and moderators are closed by the moderators, not here
(`closed_by_moderators`).
"""

from __future__ import annotations

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from forum.accounts.models import DoctorApplication, Profile
from forum.core import pagecache
from forum.core.locking import locked
from forum.core.mail import send_templated
from forum.core.models import OutgoingEmail

from . import lifecycle
from .models import FollowUp, Question, Reply, Report

# Stored as the questions' name shown (user content from then on), so not translated.
FORMER_MEMBER = "Former member"
# Lazy: translated when sent, in the language of the page the account was deleted from.
DELETED_SUBJECT = gettext_lazy("Your account was deleted")

Status = Question.Status


def closed_by_moderators(user) -> str | None:
    """Whose account this is when only the moderators may close it ("doctor", "moderator"),
    or None for a patient, who may delete their own."""
    if getattr(user, "doctor", None) is not None:
        return "doctor"
    if user.is_staff or user.is_superuser:
        return "moderator"
    return None


def what_deletion_changes(user) -> dict[str, int]:
    """How many of the user's questions and reports each part of the deletion touches."""
    counts = Question.objects.filter(asker=user).aggregate(
        waiting=Count("pk", filter=Q(status__in=Question.WAITING)),
        answered=Count("pk", filter=Q(status=Status.ANSWERED)),
        unpublished=Count("pk", filter=Q(status__in=[Status.REJECTED, Status.HIDDEN])),
    )
    return {**counts, "reports": Report.objects.filter(reporter=user).count()}


def export(user) -> dict:
    """Everything the forum keeps about the user, ready for JSON (datetimes as they are)."""
    return {
        "site": settings.SITE_NAME,
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "profile": _profile(Profile.for_user(user)),
        "questions": [_question(question) for question in _questions_of(user)],
        "reports": [_report(report) for report in _reports_of(user)],
        "doctor_applications": [
            _application(application) for application in _applications_of(user)
        ],
    }


def _applications_of(user):
    return DoctorApplication.objects.filter(user=user).prefetch_related("specialties")


def _application(application: DoctorApplication) -> dict:
    return {
        "name": application.name,
        "specialties": [specialty.name for specialty in application.specialties.all()],
        "affiliation": application.affiliation,
        "licence_number": application.licence_number,
        "bio": application.bio,
        "status": application.status,
        "applied_at": application.created_at,
        "decided_at": application.decided_at,
        "decline_reason": application.decline_reason,
    }


def _questions_of(user):
    visible_replies = Reply.objects.visible().select_related("doctor").order_by("created_at", "pk")
    return (
        Question.objects.filter(asker=user)
        .select_related("specialty", "follow_up__answered_by")
        .prefetch_related(Prefetch("replies", visible_replies, to_attr="visible_replies"))
        .order_by("created_at", "pk")
    )


def _reports_of(user):
    return (
        Report.objects.filter(reporter=user)
        .select_related("question", "reply__question", "reply__doctor")
        .order_by("created_at", "pk")
    )


def _profile(profile: Profile) -> dict:
    return {
        "pseudonym": profile.pseudonym,
        "age_range": profile.age_range,
        "gender": profile.gender,
        "email_notifications": profile.email_notifications,
    }


def _public_url(question: Question) -> str | None:
    return f"{settings.SITE_URL}{question.get_absolute_url()}" if question.is_public else None


def _question(question: Question) -> dict:
    return {
        "id": question.pk,
        "title": question.title,
        "body": question.body,
        "headline": question.headline,
        "shown_as": {
            "name": question.asker_name,
            "age_range": question.asker_age_range,
            "gender": question.asker_gender,
        },
        "specialty": question.specialty.name,
        "status": question.get_status_display(),
        "rejection_reason": question.rejection_reason,
        "asked_at": question.created_at,
        "answered_at": question.answered_at,
        "public_url": _public_url(question),
        "replies": [
            {"doctor": reply.doctor.display_name, "date": reply.created_at, "body": reply.body}
            for reply in question.visible_replies
        ],
        "follow_up": _follow_up(getattr(question, "follow_up", None)),
    }


def _follow_up(follow_up: FollowUp | None) -> dict | None:
    if follow_up is None:
        return None
    answered_by = follow_up.answered_by
    return {
        "body": follow_up.body,
        "status": follow_up.get_status_display(),
        "rejection_reason": follow_up.rejection_reason,
        "asked_at": follow_up.created_at,
        "answer": follow_up.answer,
        "answered_by": answered_by.display_name if answered_by else None,
        "answered_at": follow_up.answered_at,
    }


def _report(report: Report) -> dict:
    if report.question_id:
        question = report.question
        reported = {"kind": "question", "id": question.pk}
    else:
        question = report.reply.question
        reported = {
            "kind": "reply",
            "id": report.reply.pk,
            "doctor": report.reply.doctor.display_name,
        }
    reported.update(question=question.display_headline, url=_public_url(question))
    return {
        "reported": reported,
        "reason": report.get_reason_display(),
        "details": report.details,
        "reported_at": report.created_at,
    }


@transaction.atomic
def delete_account(user) -> None:
    """Delete a patient's account, keeping every promise of the deletion page."""
    if closed_by_moderators(user):
        raise PermissionDenied(_("Only the moderators close a doctor's or a moderator's account."))
    questions = list(locked(Question.objects.filter(asker=user)))
    for question in questions:
        if question.is_waiting:
            lifecycle.withdraw(question, user)
    # Follow-ups nobody answered go like waiting questions; answered ones stay, as answers do.
    FollowUp.objects.filter(
        question__in=[q.pk for q in questions], answered_at__isnull=True
    ).delete()
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(
        asker=None, asker_name=FORMER_MEMBER
    )
    pagecache.invalidate_on_commit(*(f"question:{q.pk}" for q in questions))
    if user.email:
        _erase_emails_to(user.email)
        _confirm_deletion(user.email)
    _forget_login_failures(user)
    # With its profile and reports; the log's events lose their actor. Every session of the
    # account ends with it: a session names a user that no longer exists.
    user.delete()


def _erase_emails_to(address: str) -> None:
    """The outbox's copies of what was sent to the address (they name the pseudonym)."""
    OutgoingEmail.objects.filter(to__iexact=address).delete()


def _confirm_deletion(address: str) -> None:
    """The last email to the address. It names neither the account nor the pseudonym, since
    the outbox keeps it until it is sent."""
    send_templated(
        address,
        DELETED_SUBJECT,
        "accounts/email/account_deleted",
        {"deleted_at": timezone.now()},
    )


def _forget_login_failures(user) -> None:
    """django-axes keeps failed logins by the name typed: the username or the address."""
    named = Q(username=user.get_username())
    if user.email:
        named |= Q(username__iexact=user.email)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(named).delete()
