"""Moderators verify doctors (they may answer and appear on the site) and suspend them.
The flags change only here, and each change is logged."""

from django.db import transaction
from django.db.models import QuerySet

from forum.core.models import Event

from .models import Doctor


def _state(doctor: Doctor) -> str:
    if doctor.is_suspended:
        return "suspended"
    return "verified" if doctor.is_verified else "unverified"


@transaction.atomic
def verify(doctors: QuerySet[Doctor], moderator) -> list[Doctor]:
    # Nobody verifies or suspends their own doctor profile.
    ids = list(doctors.exclude(user=moderator).values_list("pk", flat=True))
    changed = [d for d in Doctor.objects.select_for_update().filter(pk__in=ids) if not d.can_answer]
    for doctor in changed:
        before = _state(doctor)
        doctor.is_verified, doctor.is_suspended = True, False
        doctor.save(update_fields=["is_verified", "is_suspended"])
        Event.record(
            moderator, Event.Action.VERIFY, doctor, from_state=before, to_state=_state(doctor)
        )
    return changed


@transaction.atomic
def suspend(doctors: QuerySet[Doctor], moderator) -> list[Doctor]:
    # Nobody verifies or suspends their own doctor profile.
    ids = list(doctors.exclude(user=moderator).values_list("pk", flat=True))
    changed = [
        d for d in Doctor.objects.select_for_update().filter(pk__in=ids) if not d.is_suspended
    ]
    for doctor in changed:
        before = _state(doctor)
        doctor.is_suspended = True
        doctor.save(update_fields=["is_suspended"])
        Event.record(
            moderator, Event.Action.SUSPEND, doctor, from_state=before, to_state=_state(doctor)
        )
    return changed
