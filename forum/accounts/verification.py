"""Moderators verify doctors (they may answer and appear on the site) and suspend them,
and give a doctor imported from an archive to the account of the real doctor. The flags
and the account change only here, and each change is logged."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from forum.core import pagecache
from forum.core.locking import locked
from forum.core.models import Event

from .models import Doctor

# Sent when a doctor is verified or suspended, with `doctor`: what counts only the doctors
# on the site (their agreements with colleagues, forum.qa.agreements) is counted again.
standing_changed = Signal()

# The accounts the archive import makes for the doctors it names.
IMPORT_USERNAME_PREFIX = "imported-"


def _state(doctor: Doctor) -> str:
    if doctor.is_suspended:
        return "suspended"
    return "verified" if doctor.is_verified else "unverified"


@transaction.atomic
def _change(doctors: QuerySet[Doctor], moderator, action: str, **flags: bool) -> list[Doctor]:
    """Set the flags on the doctors they would change, lock first, log each change.
    Nobody verifies or suspends their own doctor profile."""
    changed = []
    for doctor in locked(doctors.exclude(user=moderator)):
        if all(getattr(doctor, name) == value for name, value in flags.items()):
            continue
        before = _state(doctor)
        for name, value in flags.items():
            setattr(doctor, name, value)
        fields = list(flags)
        if doctor.is_verified and doctor.verified_at is None:
            doctor.verified_at = timezone.now()
            fields.append("verified_at")
        doctor.save(update_fields=fields)
        Event.record(moderator, action, doctor, from_state=before, to_state=_state(doctor))
        doctor_shown_differently(doctor)
        standing_changed.send(Doctor, doctor=doctor)
        changed.append(doctor)
    return changed


def doctor_shown_differently(doctor: Doctor) -> None:
    """Pages showing the doctor, and the lists of their specialties, are made again."""
    specialty_ids = doctor.specialties.values_list("pk", flat=True)
    pagecache.invalidate_on_commit(
        f"doctor:{doctor.pk}", *(f"specialty:{pk}" for pk in specialty_ids)
    )


def verify(doctors: QuerySet[Doctor], moderator) -> list[Doctor]:
    return _change(doctors, moderator, Event.Action.VERIFY, is_verified=True, is_suspended=False)


def suspend(doctors: QuerySet[Doctor], moderator) -> list[Doctor]:
    return _change(doctors, moderator, Event.Action.SUSPEND, is_suspended=True)


def has_import_account(doctor: Doctor) -> bool:
    """Whether the doctor still has the account an import made, which cannot log in."""
    user = doctor.user
    return (
        doctor.is_imported
        and user.get_username().startswith(IMPORT_USERNAME_PREFIX)
        and not user.is_active
        and not user.has_usable_password()
    )


def account_for(doctor: Doctor, login: str, moderator):
    """The account, named by its email address or username, that may take the imported
    doctor's profile; ValidationError saying why not otherwise."""
    if not has_import_account(doctor):
        raise ValidationError(
            _(
                "%(doctor)s has an account already: only a doctor imported from an archive, "
                "still without one, is given to an account."
            )
            % {"doctor": doctor}
        )
    accounts = get_user_model().objects.filter(is_active=True)
    user = accounts.filter(username=login).first() or accounts.filter(email__iexact=login).first()
    if user is None:
        raise ValidationError(
            _(
                "No active account has the email address or username “%(login)s”. The doctor "
                "signs up first, with the address they will log in with."
            )
            % {"login": login}
        )
    if user == moderator:
        raise ValidationError(_("Another moderator gives a profile to your account."))
    profile = Doctor.objects.filter(user=user).first()
    if profile is not None:
        raise ValidationError(
            _("That account already has a doctor's profile: %(profile)s.") % {"profile": profile}
        )
    return user


@transaction.atomic
def give_to_account(doctor: Doctor, user, moderator) -> None:
    """Move the imported doctor's profile (their answers, their page) to the account: its
    owner logs in as that doctor, and answers once a moderator has verified them (again,
    if the imported profile was). The account the import made is deleted."""
    # Both rows locked: two moderators cannot give two profiles to one account at once.
    get_user_model().objects.select_for_update().filter(pk=user.pk).exists()
    doctor = locked(Doctor.objects.filter(pk=doctor.pk)).select_related("user").get()
    user = account_for(doctor, user.get_username(), moderator)
    placeholder = doctor.user
    before = _state(doctor)
    doctor.user, doctor.is_verified = user, False
    doctor.save(update_fields=["user", "is_verified"])
    placeholder.delete()
    Event.record(
        moderator,
        Event.Action.LINK,
        doctor,
        from_state=before,
        to_state=_state(doctor),
        reason=f"To the account {user.get_username()}.",
    )
    doctor_shown_differently(doctor)
