"""The life of a question. Every change of `Question.status` happens here, and only here.

TRANSITIONS is the whole story: from which statuses an action may start, where it leads,
who may take it, what it requires and what it sends. Forms validate; views, admin actions
and commands call the functions below, which check the table, save, write the moderation
log and send the emails. An action the table does not allow raises IllegalTransition,
whose message the views show as it is.

Each function expects to run inside the caller's transaction, with the question's row
locked (`Question.objects.select_for_update()`), so that two people acting at once cannot
both pass the check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet, TextChoices
from django.utils import timezone

from forum.core.locking import locked
from forum.core.models import Event

from . import changes, history
from .models import ImportedPage, Question, Topic
from .notifications import notify_answered, notify_rejected

Status = Question.Status
Action = Event.Action
NEW = ""  # the status of a question not yet saved


class Role(TextChoices):
    PATIENT = "patient", "a logged-in user"
    ASKER = "asker", "the asker"
    DOCTOR = "doctor", "a verified doctor of the question's specialty"
    MODERATOR = "moderator", "a moderator"


class IllegalTransition(Exception):
    """The table does not allow this action, from this status, to this person."""


def _to(status: str) -> Callable[[Question], str]:
    return lambda question: status


def _to_review(question: Question) -> str:
    """New and edited questions wait for a moderator, unless approval is turned off."""
    return Status.PENDING if settings.QUESTIONS_NEED_APPROVAL else Status.OPEN


def _to_review_again(question: Question) -> str:
    return Status.PENDING if settings.QUESTIONS_NEED_APPROVAL else question.status


def _back_from_hiding(question: Question) -> str:
    """A hidden question returns to where it was: answered if it has an answer date."""
    return Status.ANSWERED if question.answered_at else Status.OPEN


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str]
    target: Callable[[Question], str]
    who: frozenset[Role]
    requires: str = ""
    sends: str = ""


def _row(action, sources, target, who, requires="", sends="") -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(who), requires, sends)


# fmt: off
TRANSITIONS = [
    _row(Action.ASK,      [NEW],                            _to_review,       [Role.PATIENT]),
    _row(Action.EDIT,     Question.WAITING,                 _to_review_again, [Role.ASKER]),
    _row(Action.WITHDRAW, Question.WAITING,                 _to(Status.WITHDRAWN), [Role.ASKER]),
    _row(Action.APPROVE,  [Status.PENDING],                 _to(Status.OPEN), [Role.MODERATOR]),
    _row(Action.REJECT,   Question.WAITING,                 _to(Status.REJECTED), [Role.MODERATOR],
         requires="a reason", sends="the reason to the asker"),
    _row(Action.ANSWER,   Question.TAKES_ANSWERS,           _to(Status.ANSWERED), [Role.DOCTOR],
         requires="a reply", sends="the first answer to the asker"),
    _row(Action.HIDE,     Question.TAKES_ANSWERS,           _to(Status.HIDDEN), [Role.MODERATOR]),
    _row(Action.UNHIDE,   [Status.HIDDEN],                  _back_from_hiding, [Role.MODERATOR]),
]
# fmt: on
_BY_ACTION = {transition.action: transition for transition in TRANSITIONS}


def plays(user, role: Role, question: Question) -> bool:
    """Whether this user is, to this question, what the role says; an anonymous reader is
    none of them. Only the doctor's role needs a query."""
    if user is None or not user.is_authenticated:
        return False
    if role == Role.PATIENT:
        return True
    if role == Role.ASKER:
        return question.asker_id is not None and question.asker_id == user.pk
    if role == Role.MODERATOR:
        return user.is_active and (
            user.is_superuser or (user.is_staff and user.has_perm("qa.change_question"))
        )
    doctor = getattr(user, "doctor", None)
    return (
        doctor is not None
        and doctor.can_answer
        and doctor.specialties.filter(pk=question.specialty_id).exists()
    )


def _refusal(transition: Transition, user, question: Question) -> str | None:
    """Why the table refuses this transition to this user, or None when it allows it."""
    status = question.status if question.pk else NEW
    verb = Action(transition.action).label
    if status not in transition.sources:
        if status == NEW:
            return "This question has not been asked yet."
        label = Status(status).label.lower()
        return f"This question is {label}: it cannot be {verb} now."
    if not any(plays(user, role, question) for role in transition.who):
        who = " or ".join(str(role.label) for role in sorted(transition.who))
        return f"Only {who} may do that: this question cannot be {verb} by you."
    return None


def _check(action: str, user, question: Question) -> Transition:
    transition = _BY_ACTION[action]
    refusal = _refusal(transition, user, question)
    if refusal:
        raise IllegalTransition(refusal)
    return transition


def _move(
    question: Question,
    transition: Transition,
    user,
    *,
    fields: Iterable[str] = (),
    reason: str = "",
) -> Question:
    """Set the new status, save it with `fields`, and log it."""
    from_status = question.status if question.pk else NEW
    question.status = transition.target(question)
    if question.pk:
        question.save(update_fields=["status", *fields])
    else:
        question.save()
    Event.record(
        user,
        transition.action,
        question,
        from_state=from_status,
        to_state=question.status,
        reason=reason,
    )
    changes.questions_changed([question.pk])
    return question


def ask(question: Question, user, topics: Iterable[Topic] = ()) -> Question:
    """A patient's new question, with the fields of the ask form already set."""
    question.asker = user if user is not None and user.is_authenticated else None
    transition = _check(Action.ASK, user, question)
    _move(question, transition, user)
    question.topics.set(list(topics))
    return question


def edit(
    question: Question, user, fields: Iterable[str], topics: Iterable[Topic], changed: str = ""
) -> Question:
    """The asker changed their waiting question: only `fields`, never the answer's.
    `changed` says what changed, for the log."""
    transition = _check(Action.EDIT, user, question)
    _move(question, transition, user, fields=fields, reason=changed)
    question.topics.set(list(topics))
    return question


def withdraw(question: Question, user) -> Question:
    """The asker takes the question back: its words are deleted; the row stays so that it
    still counts towards the asker's daily limit."""
    transition = _check(Action.WITHDRAW, user, question)
    question.title = question.body = question.headline = question.more_info = ""
    question.claimed_by = question.claimed_until = None
    _move(
        question,
        transition,
        user,
        fields=["title", "body", "headline", "more_info", "claimed_by", "claimed_until"],
    )
    question.topics.clear()
    # The asker was told the words are deleted: the log's copies of the title go too, and
    # any earlier versions of the headline or More Info.
    Event.objects.for_object(question).update(object_repr=str(question))
    history.forget(question)
    return question


def approve(question: Question, user) -> Question:
    return _move(question, _check(Action.APPROVE, user, question), user)


def reject(question: Question, user, reason: str) -> Question:
    transition = _check(Action.REJECT, user, question)
    if not reason.strip():
        raise IllegalTransition("A rejection needs a reason the asker can read.")
    question.rejection_reason = reason
    _move(question, transition, user, fields=["rejection_reason"], reason=reason)
    notify_rejected(question)
    return question


def answer(question: Question, user, *, now=None) -> Question:
    """A doctor's reply was saved: the question is answered (or stays answered). The first
    answer dates the question and is emailed to the asker."""
    transition = _check(Action.ANSWER, user, question)
    first_answer = question.status != Status.ANSWERED
    if first_answer:
        question.answered_at = now or timezone.now()
    question.claimed_by = question.claimed_until = None
    _move(question, transition, user, fields=["answered_at", "claimed_by", "claimed_until"])
    if first_answer:
        notify_answered(question)
    return question


def hide(question: Question, user) -> Question:
    return _move(question, _check(Action.HIDE, user, question), user)


def unhide(question: Question, user) -> Question:
    transition = _check(Action.UNHIDE, user, question)
    if not question.display_headline:
        # An imported page without a headline: it would be published without a name.
        raise IllegalTransition("This question has no headline yet: write one, then unhide it.")
    question = _move(question, transition, user)
    # What kept an imported page back has been seen to.
    ImportedPage.objects.filter(question=question).exclude(review_reason="").update(
        review_reason=""
    )
    return question


@transaction.atomic
def apply_to_each(
    questions: QuerySet[Question], change: Callable[..., Question], user, **details
) -> list[Question]:
    """A moderator's action on a selection: the questions it applies to change, locked
    and one by one; the others are skipped. Returns those changed."""
    changed = []
    for question in locked(questions):
        try:
            changed.append(change(question, user, **details))
        except IllegalTransition:
            continue
    return changed
