"""Becoming a doctor on the site: a registered user applies, a moderator verifies or
declines. Each application's life, in one place:

| from    | action  | to       | who                               | sends                     |
|---------|---------|----------|-----------------------------------|---------------------------|
| -       | apply   | waiting  | a user without a doctor's profile | -                         |
| waiting | verify  | verified | a moderator, not the applicant    | email: you can answer now |
| waiting | decline | declined | a moderator, not the applicant    | email: the reason         |

Verifying makes the applicant's doctor profile, verified: they answer from the dashboard
at once. A declined applicant may apply again.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.locking import locked
from forum.core.mail import send_templated
from forum.core.models import Event

from . import verification
from .models import Doctor, DoctorApplication, Profile

# Translated when the email is written (forum.core.mail.send_templated).
SUBJECTS = {
    "application_verified": _("You are a verified doctor"),
    "application_declined": _("Your application as a doctor"),
}


def refusal(user) -> str | None:
    """Why the user cannot apply now, or None if they can."""
    if Doctor.objects.filter(user=user).exists():
        return gettext("Your account already has a doctor's profile.")
    waiting = DoctorApplication.objects.filter(
        user=user, status=DoctorApplication.Status.WAITING
    ).first()
    if waiting is not None:
        return gettext(
            "Your application of %(date)s is waiting for a moderator. "
            "We will email you once it is decided."
        ) % {"date": f"{timezone.localtime(waiting.created_at):%Y/%m/%d}"}
    return None


def apply(user, application: DoctorApplication, specialties) -> DoctorApplication:
    """Save the user's application, unless they cannot apply (ValidationError)."""
    reason = refusal(user)
    if reason:
        raise ValidationError(reason)
    try:
        with transaction.atomic():
            application.user = user
            application.save()
            application.specialties.set(specialties)
    except IntegrityError:  # the same form sent twice at once: the other one was saved
        raise ValidationError(
            refusal(user) or gettext("Your application is already saved.")
        ) from None
    return application


@transaction.atomic
def verify(applications: QuerySet[DoctorApplication], moderator) -> list[DoctorApplication]:
    """Give each waiting applicant a doctor's profile, verified as any doctor is
    (forum.accounts.verification), and tell them."""
    verified = []
    for application in _waiting(applications, moderator):
        # A moderator may have given them an imported profile meanwhile: that one is theirs.
        doctor = Doctor.objects.filter(user=application.user).first()
        if doctor is None:
            doctor = Doctor.objects.create(
                user=application.user,
                name=application.name,
                slug=Doctor.free_slug(application.name),
                affiliation=application.affiliation,
                licence_number=application.licence_number,
                bio=application.bio,
            )
            doctor.specialties.set(application.specialties.all())
        verification.verify(Doctor.objects.filter(pk=doctor.pk), moderator)
        _decide(application, moderator, DoctorApplication.Status.VERIFIED, doctor=doctor)
        _email(application, "application_verified")
        verified.append(application)
    return verified


@transaction.atomic
def decline(
    applications: QuerySet[DoctorApplication], moderator, reason: str
) -> list[DoctorApplication]:
    """Decline each waiting application, telling the applicant why."""
    declined = []
    for application in _waiting(applications, moderator):
        application.decline_reason = reason
        _decide(application, moderator, DoctorApplication.Status.DECLINED)
        _email(application, "application_declined")
        declined.append(application)
    return declined


def _waiting(applications: QuerySet[DoctorApplication], moderator) -> list[DoctorApplication]:
    """The waiting applications, locked; nobody decides their own."""
    waiting = applications.filter(status=DoctorApplication.Status.WAITING).exclude(user=moderator)
    return list(locked(waiting).select_related("user"))


def _decide(application: DoctorApplication, moderator, status: str, **fields) -> None:
    application.status, application.decided_by = status, moderator
    application.decided_at = timezone.now()
    for name, value in fields.items():
        setattr(application, name, value)
    application.save()
    Event.record(
        moderator,
        Event.Action.VERIFY
        if status == DoctorApplication.Status.VERIFIED
        else Event.Action.DECLINE,
        application,
        # The log's states are the statuses' names, in no one language.
        from_state=DoctorApplication.Status.WAITING.value,
        to_state=application.status,
        reason=application.decline_reason,
    )


def _email(application: DoctorApplication, kind: str, **context) -> None:
    if not application.user.email:
        return
    # In the applicant's language, its links included.
    with translation.override(Profile.for_user(application.user).language):
        context = {
            **context,
            "application": application,
            "dashboard_url": f"{settings.SITE_URL}{reverse('dashboard:queue')}",
            "apply_url": f"{settings.SITE_URL}{reverse('accounts:doctor_apply')}",
        }
        send_templated(application.user.email, SUBJECTS[kind], f"accounts/email/{kind}", context)
