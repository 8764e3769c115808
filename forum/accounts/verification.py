"""Moderators verify doctors (they may answer and appear on the site) and suspend them.
The flags change only here, and each change is logged."""

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
