"""Emergencies and personal data in what patients and doctors write, caught before anything
is saved or published; and personal data published before the screen existed, found and
masked (`manage.py screen --published [--mask]`).

A patient whose question reads as an emergency (forum.safety.emergencies) is told to call
119 or go to the emergency department now, and may still send it if it is not one: it is
then marked urgent and comes first in every queue. A patient whose question holds personal
data (forum.safety.personal) is shown what was
found and chooses: remove it themselves, or let the site mask it ("[phone number
removed]"). Nothing is saved until they choose. Doctors are asked to remove it from a
reply or More Info before publishing.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from forum.core.models import Event
from forum.safety import emergencies, personal

from . import changes
from .models import FollowUp, Question, Reply

# The answers of the "personal data found" and "this may be an emergency" pages, in the
# re-posted form.
DECISION = "personal_data"
MASK, EDIT = "mask", "edit"
EMERGENCY_DECISION = "emergency"
SEND, CHANGE = "send", "change"
# The asker's words that are published, and what the patient calls each.
QUESTION_FIELDS = {"title": "title", "body": "question", "asker_name": "pseudonym"}
FOLLOW_UP_FIELDS = {"body": "follow-up question"}
# What the patient is told each of them is, in the page's language.
PLACES = {
    "title": gettext_lazy("title"),
    "question": gettext_lazy("question"),
    "pseudonym": gettext_lazy("pseudonym"),
    "follow-up question": gettext_lazy("follow-up question"),
}


@dataclass(frozen=True)
class Found:
    field: str
    where: str
    finding: personal.Finding

    @property
    def label(self) -> str:
        """ "email address", in the page's language."""
        return str(personal.NAMES[self.finding.kind])

    @property
    def place(self) -> str:
        """ "question": where it is, in the page's language."""
        return str(PLACES[self.where])

    @property
    def described(self) -> str:
        """ "an email address, in your question": what it is and where."""
        return _("%(data)s, in your %(place)s") % {
            "data": personal.DESCRIPTIONS[self.finding.kind],
            "place": self.place,
        }


def in_question(instance, fields: dict[str, str] = QUESTION_FIELDS) -> list[Found]:
    """The personal data in a question's (or with FOLLOW_UP_FIELDS, a follow-up's) words."""
    return [
        Found(field, where, finding)
        for field, where in fields.items()
        for finding in personal.find(getattr(instance, field) or "")
    ]


def emergency_in(instance):
    """The emergency a question's title and text, or a follow-up's text, describe, if any."""
    return emergencies.find(f"{getattr(instance, 'title', '')}\n{instance.body}")


def language_of(instance) -> str | None:
    """The language a question, or the question of a reply or a follow-up, is written in
    (None if it cannot tell yet)."""
    question = getattr(instance, "question", None)
    return getattr(instance, "language", None) or getattr(question, "language", None)


def mask_question(instance, fields: dict[str, str] = QUESTION_FIELDS) -> None:
    """Mask every finding in the question's own text (the title stays within its length)."""
    for field in fields:
        masked = personal.mask(getattr(instance, field) or "", language=language_of(instance))
        limit = instance._meta.get_field(field).max_length
        setattr(instance, field, masked[:limit] if limit else masked)


def described(found: list[Found]) -> str:
    """ "0912-345-678 (phone number, in your question); ..." for a message."""
    return "; ".join(
        _("%(value)s (%(data)s, in your %(place)s)")
        % {"value": item.finding.value, "data": item.label, "place": item.place}
        for item in found
    )


def check_doctor_text(text: str) -> None:
    """Refuses a reply or More Info that would publish personal data."""
    found = personal.find(text)
    if found:
        listed = "; ".join(f"{f.value} ({personal.NAMES[f.kind]})" for f in found)
        raise forms.ValidationError(
            _("Remove the personal data before publishing: %(found)s. Everything here is public.")
            % {"found": listed}
        )


# Everything a reader sees that someone wrote, of each published model.
PUBLISHED_FIELDS = {
    Question: ("title", "body", "asker_name", "headline", "more_info"),
    Reply: ("body",),
    FollowUp: ("body", "answer"),
}
BATCH = 2000


@dataclass(frozen=True)
class PublishedFinding:
    """Personal data in a public question, one of its visible replies or its follow-up."""

    obj: Question | Reply | FollowUp
    field: str
    findings: list[personal.Finding]

    @property
    def question_id(self) -> int:
        return self.obj.pk if isinstance(self.obj, Question) else self.obj.question_id

    def as_dict(self) -> dict:
        return {
            "question": self.question_id,
            "reply": self.obj.pk if isinstance(self.obj, Reply) else None,
            "follow_up": self.obj.pk if isinstance(self.obj, FollowUp) else None,
            "field": self.field,
            "personal_data": [finding.as_dict() for finding in self.findings],
        }


def published_count() -> int:
    """How many rows `in_published` reads."""
    return sum(model.objects.public().count() for model in PUBLISHED_FIELDS)


def in_published(read=None) -> Iterator[PublishedFinding]:
    """Every field of public content that holds personal data, question by question, then
    reply by reply, then follow-up by follow-up. `read(n)` is told of every n rows read
    (for a progress bar)."""
    for model, fields in PUBLISHED_FIELDS.items():
        rows = model.objects.public().only("pk", *fields).order_by("pk")
        if model is not Question:
            rows = rows.only("pk", "question_id", *fields)
        unreported = 0
        for obj in rows.iterator(chunk_size=BATCH):
            for field in fields:
                found = personal.find(getattr(obj, field) or "")
                if found:
                    yield PublishedFinding(obj, field, found)
            unreported += 1
            if read is not None and unreported == BATCH:
                read(unreported)
                unreported = 0
        if read is not None and unreported:
            read(unreported)


def mask_published(item: PublishedFinding) -> None:
    """Mask what was found in one field, log it (the kinds, never the values) and remake the
    pages that show it. A field changed since it was read is screened again as it is now."""
    with transaction.atomic():
        obj = type(item.obj).objects.select_for_update().get(pk=item.obj.pk)
        text = getattr(obj, item.field) or ""
        found = personal.find(text)
        if not found:
            return
        masked = personal.mask(text, found, language=language_of(obj))
        limit = obj._meta.get_field(item.field).max_length
        setattr(obj, item.field, masked[:limit] if limit else masked)
        obj.save(update_fields=[item.field])
        kinds = sorted({personal.LABELS[finding.kind] for finding in found})
        where = {Question: "the question", Reply: f"reply {obj.pk}", FollowUp: "the follow-up"}[
            type(obj)
        ]
        question = obj if isinstance(obj, Question) else obj.question
        Event.record(
            None,
            Event.Action.EDIT,
            question,
            reason=f"Masked personal data ({', '.join(kinds)}) in the {item.field} of {where}",
        )
        changes.questions_changed([item.question_id])
