"""Emergencies and personal data in what patients and doctors write, caught before anything
is saved or published.

A patient whose question reads as an emergency (forum.safety.emergencies) is told to call
119 or go to the emergency department now, and may still send it if it is not one: it is
then marked urgent and comes first in every queue. A patient whose question holds personal
data (forum.safety.personal) is shown what was
found and chooses: remove it themselves, or let the site mask it ("[phone number
removed]"). Nothing is saved until they choose. Doctors are asked to remove it from a
reply or More Info before publishing.
"""

from dataclasses import dataclass

from django import forms

from forum.safety import emergencies, personal

# The answers of the "personal data found" and "this may be an emergency" pages, in the
# re-posted form.
DECISION = "personal_data"
MASK, EDIT = "mask", "edit"
EMERGENCY_DECISION = "emergency"
SEND, CHANGE = "send", "change"
# The asker's words that are published, and what the patient calls each.
QUESTION_FIELDS = {"title": "title", "body": "question", "asker_name": "pseudonym"}


@dataclass(frozen=True)
class Found:
    field: str
    where: str
    finding: personal.Finding

    @property
    def label(self) -> str:
        return personal.LABELS[self.finding.kind]


def in_question(instance) -> list[Found]:
    return [
        Found(field, where, finding)
        for field, where in QUESTION_FIELDS.items()
        for finding in personal.find(getattr(instance, field) or "")
    ]


def emergency_in(instance):
    """The emergency the question's title and text describe, if any."""
    return emergencies.find(f"{instance.title}\n{instance.body}")


def mask_question(instance) -> None:
    """Mask every finding in the question's own text (the title stays within its length)."""
    for field in QUESTION_FIELDS:
        masked = personal.mask(getattr(instance, field) or "")
        limit = instance._meta.get_field(field).max_length
        setattr(instance, field, masked[:limit] if limit else masked)


def described(found: list[Found]) -> str:
    """ "0912-345-678 (a phone number in your question), ..." for a message."""
    return "; ".join(f"{item.finding.value} ({item.label}, in your {item.where})" for item in found)


def check_doctor_text(text: str) -> None:
    """Refuses a reply or More Info that would publish personal data."""
    found = personal.find(text)
    if found:
        listed = "; ".join(f"{f.value} ({personal.LABELS[f.kind]})" for f in found)
        raise forms.ValidationError(
            f"Remove the personal data before publishing: {listed}. Everything here is public."
        )
