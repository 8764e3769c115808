"""Moderators verify doctors (they may answer and appear on the site) and suspend them,
and give a doctor imported from an archive to the account of the real doctor. The flags
and the account change only here, and each change is logged."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet

from forum.core import pagecache
from forum.core.locking import locked
from forum.core.models import Event

from .models import Doctor


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
        doctor.save(update_fields=list(flags))
        Event.record(moderator, action, doctor, from_state=before, to_state=_state(doctor))
        doctor_shown_differently(doctor)
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


def account_for(doctor: Doctor, login: str, moderator):
    """The account, named by its email address or username, that may take the imported
    doctor's profile; ValidationError saying why not otherwise."""
    if not doctor.is_imported:
        raise ValidationError(f"{doctor} was not imported from an archive: it has its account.")
    accounts = get_user_model().objects.filter(is_active=True).select_related("doctor")
    user = accounts.filter(username=login).first() or accounts.filter(email__iexact=login).first()
    if user is None:
        raise ValidationError(
            f"No active account has the email address or username “{login}”. The doctor "
            "signs up first, with the address they will log in with."
        )
    if user == moderator:
        raise ValidationError("Another moderator gives a profile to your account.")
    if hasattr(user, "doctor"):
        raise ValidationError(f"That account already has a doctor's profile: {user.doctor}.")
    return user


@transaction.atomic
def give_to_account(doctor: Doctor, user, moderator) -> None:
    """Move the imported doctor's profile (their answers, their page) to the account: its
    owner logs in as that doctor, and answers once a moderator has verified them. The
    account the import made, which could never log in, is deleted."""
    doctor = locked(Doctor.objects.filter(pk=doctor.pk)).get()
    user = account_for(doctor, user.get_username(), moderator)
    placeholder = doctor.user
    doctor.user = user
    doctor.save(update_fields=["user"])
    if not placeholder.is_active and not placeholder.has_usable_password():
        placeholder.delete()
    Event.record(
        moderator, Event.Action.LINK, doctor, reason=f"To the account {user.get_username()}."
    )
    doctor_shown_differently(doctor)
