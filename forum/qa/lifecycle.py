"""The life of a question and of its follow-up. Every change of `Question.status` and
`FollowUp.status` happens here, and only here.

TRANSITIONS and FOLLOW_UP_TRANSITIONS are the whole story: from which statuses an action
may start, where it leads, who may take it, what it requires and what it sends. Forms
validate; views, admin actions and commands call the functions below, which check the
table, save, write the moderation log and send the emails. An action the table does not
allow raises IllegalTransition, whose message the views show as it is.

Each function expects to run inside the caller's transaction, with the question's (or
follow-up's) row locked (`select_for_update()`), so that two people acting at once cannot
both pass the check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet, TextChoices
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from forum.core.locking import locked
from forum.core.models import Event

from . import changes, history
from .models import FollowUp, ImportedPage, Question, Topic
from .notifications import notify, notify_answered, notify_rejected

Status = Question.Status
FollowUpStatus = FollowUp.Status
Action = Event.Action
NEW = ""  # the status of a question not yet saved


class Role(TextChoices):
    PATIENT = "patient", gettext_lazy("a logged-in user")
    ASKER = "asker", gettext_lazy("the asker")
    DOCTOR = "doctor", gettext_lazy("a verified doctor of the question's specialty")
    ANSWERING_DOCTOR = (
        "answering",
        gettext_lazy("the doctor who answered, or once it has waited, a doctor of the specialty"),
    )
    MODERATOR = "moderator", gettext_lazy("a moderator")


class IllegalTransition(Exception):
    """The table does not allow this action, from this status, to this person."""


def _to(status: str) -> Callable[[Question], str]:
    return lambda question: status


def _to_review(subject: Question | FollowUp) -> str:
    """New and edited questions, and follow-ups, wait for a moderator, unless approval is
    turned off."""
    statuses = type(subject).Status
    return statuses.PENDING if settings.QUESTIONS_NEED_APPROVAL else statuses.OPEN


def _to_review_again(question: Question) -> str:
    return Status.PENDING if settings.QUESTIONS_NEED_APPROVAL else question.status


def _back_from_hiding(subject: Question | FollowUp) -> str:
    """A hidden question or follow-up returns to where it was: answered if it has an
    answer date."""
    statuses = type(subject).Status
    return statuses.ANSWERED if subject.answered_at else statuses.OPEN


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

# The follow-up's life: asked (again, in place, if it was rejected), moderated like a
# question, answered once.
FOLLOW_UP_TRANSITIONS = [
    _row(Action.ASK,      [NEW, FollowUpStatus.REJECTED], _to_review, [Role.ASKER],
         requires="an answered question, within FOLLOW_UP_DAYS of its first answer"),
    _row(Action.APPROVE,  [FollowUpStatus.PENDING],       _to(FollowUpStatus.OPEN),
         [Role.MODERATOR]),
    _row(Action.REJECT,   [FollowUpStatus.PENDING, FollowUpStatus.OPEN],
         _to(FollowUpStatus.REJECTED), [Role.MODERATOR],
         requires="a reason", sends="the reason to the asker"),
    _row(Action.ANSWER,   [FollowUpStatus.OPEN],          _to(FollowUpStatus.ANSWERED),
         [Role.ANSWERING_DOCTOR], requires="a reply", sends="the answer to the asker"),
    _row(Action.HIDE,     [FollowUpStatus.OPEN, FollowUpStatus.ANSWERED],
         _to(FollowUpStatus.HIDDEN), [Role.MODERATOR]),
    _row(Action.UNHIDE,   [FollowUpStatus.HIDDEN],        _back_from_hiding, [Role.MODERATOR]),
]
# fmt: on
_BY_ACTION = {
    Question: {transition.action: transition for transition in TRANSITIONS},
    FollowUp: {transition.action: transition for transition in FOLLOW_UP_TRANSITIONS},
}


def _question_of(subject: Question | FollowUp) -> Question:
    return subject.question if isinstance(subject, FollowUp) else subject


def plays(user, role: Role, subject: Question | FollowUp) -> bool:
    """Whether this user is, to this question or follow-up, what the role says; an
    anonymous reader is none of them. Only the doctors' roles need a query."""
    if user is None or not user.is_authenticated:
        return False
    if role == Role.PATIENT:
        return True
    if role == Role.ASKER:
        asker_id = _question_of(subject).asker_id
        return asker_id is not None and asker_id == user.pk
    if role == Role.MODERATOR:
        return user.is_active and (
            user.is_superuser or (user.is_staff and user.has_perm("qa.change_question"))
        )
    doctor = getattr(user, "doctor", None)
    if doctor is None or not doctor.can_answer:
        return False
    if role == Role.ANSWERING_DOCTOR:
        return FollowUp.objects.waiting_for(doctor).filter(pk=subject.pk).exists()
    return doctor.specialties.filter(pk=_question_of(subject).specialty_id).exists()


def _refusal(transition: Transition, user, subject: Question | FollowUp) -> str | None:
    """Why the table refuses this transition to this user, or None when it allows it."""
    status = subject.status if subject.pk else NEW
    verb = Action(transition.action).label
    noun = subject._meta.verbose_name
    if status not in transition.sources:
        if status == NEW:
            return _("This %(noun)s has not been asked yet.") % {"noun": noun}
        label = type(subject).Status(status).label.lower()
        return _("This %(noun)s is %(status)s: it cannot be %(action)s now.") % {
            "noun": noun,
            "status": label,
            "action": verb,
        }
    if not any(plays(user, role, subject) for role in transition.who):
        return _("Only %(who)s may do that: this %(noun)s cannot be %(action)s by you.") % {
            "who": _either([role.label for role in sorted(transition.who)]),
            "noun": noun,
            "action": verb,
        }
    return None


def _either(names: list) -> str:
    """ "a moderator or the asker": the names, each an alternative to the others."""
    either = str(names[0])
    for name in names[1:]:
        either = _("%(either)s or %(other)s") % {"either": either, "other": name}
    return either


def _check(action: str, user, subject: Question | FollowUp) -> Transition:
    transition = _BY_ACTION[type(subject)][action]
    refusal = _refusal(transition, user, subject)
    if refusal:
        raise IllegalTransition(refusal)
    return transition


def _move(
    subject: Question | FollowUp,
    transition: Transition,
    user,
    *,
    fields: Iterable[str] = (),
    reason: str = "",
) -> Question | FollowUp:
    """Set the new status, save it with `fields`, and log it."""
    from_status = subject.status if subject.pk else NEW
    subject.status = transition.target(subject)
    if subject.pk:
        subject.save(update_fields=["status", *fields])
    else:
        subject.save()
    Event.record(
        user,
        transition.action,
        subject,
        from_state=from_status,
        to_state=subject.status,
        reason=reason,
    )
    # A follow-up is on public pages (and in search) only once answered.
    if isinstance(subject, Question) or Status.ANSWERED in (from_status, subject.status):
        changes.questions_changed([_question_of(subject).pk])
    return subject


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


def approve(subject: Question | FollowUp, user) -> Question | FollowUp:
    """A moderator lets a question, or a follow-up, through to the doctors."""
    transition = _check(Action.APPROVE, user, subject)
    if isinstance(subject, FollowUp):
        subject.opened_at = timezone.now()
        return _move(subject, transition, user, fields=["opened_at"])
    return _move(subject, transition, user)


def reject(subject: Question | FollowUp, user, reason: str) -> Question | FollowUp:
    transition = _check(Action.REJECT, user, subject)
    if not reason.strip():
        raise IllegalTransition(_("A rejection needs a reason the asker can read."))
    subject.rejection_reason = reason
    _move(subject, transition, user, fields=["rejection_reason"], reason=reason)
    if isinstance(subject, FollowUp):
        notify(subject.question, "follow_up_rejected", follow_up=subject)
    else:
        notify_rejected(subject)
    return subject


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


def hide(subject: Question | FollowUp, user) -> Question | FollowUp:
    return _move(subject, _check(Action.HIDE, user, subject), user)


def unhide(subject: Question | FollowUp, user) -> Question | FollowUp:
    transition = _check(Action.UNHIDE, user, subject)
    if isinstance(subject, FollowUp):
        return _move(subject, transition, user)
    question = subject
    if not question.display_headline:
        # An imported page without a headline: it would be published without a name.
        raise IllegalTransition(_("This question has no headline yet: write one, then unhide it."))
    question = _move(question, transition, user)
    # What kept an imported page back has been seen to.
    ImportedPage.objects.filter(question=question).exclude(review_reason="").update(
        review_reason=""
    )
    return question


def follow_up_refusal(question: Question, user, now=None) -> str | None:
    """Why this user may not ask a follow-up to this question now, or None if they may:
    only its asker, once it is answered, within FOLLOW_UP_DAYS of the first answer, and
    once (a rejected follow-up may be asked again)."""
    if not plays(user, Role.ASKER, question):
        return _("Only the asker of a question may ask a follow-up to its answer.")
    if question.status != Status.ANSWERED:
        return _("A follow-up can be asked once a doctor has answered the question.")
    asked = getattr(question, "follow_up", None)
    if asked is not None and asked.pk and asked.status != FollowUpStatus.REJECTED:
        return _(
            "You have already asked your follow-up to this answer, and each question takes "
            "one. For anything else, please ask a new question."
        )
    days = settings.FOLLOW_UP_DAYS
    if (now or timezone.now()) > question.answered_at + timedelta(days=days):
        answered = timezone.localdate(question.answered_at)
        return ngettext(
            "Follow-ups can be asked within %(days)s day of the answer, and this question "
            "was answered on %(date)s. Please ask a new question instead.",
            "Follow-ups can be asked within %(days)s days of the answer, and this question "
            "was answered on %(date)s. Please ask a new question instead.",
            days,
        ) % {"days": days, "date": f"{answered:%Y/%m/%d}"}
    return None


def ask_follow_up(follow_up: FollowUp, user) -> FollowUp:
    """The asker's follow-up to one of the question's replies, its fields already set.
    The caller holds the question's row locked; a rejected follow-up is asked again in
    place, with its new words."""
    question = follow_up.question
    if refusal := follow_up_refusal(question, user):
        raise IllegalTransition(refusal)
    if follow_up.reply.question_id != question.pk or follow_up.reply.is_hidden:
        raise IllegalTransition(_("Choose one of the answers on the question's page."))
    transition = _check(Action.ASK, user, follow_up)
    follow_up.created_at = timezone.now()
    follow_up.rejection_reason = ""
    opens = transition.target(follow_up) == FollowUpStatus.OPEN
    follow_up.opened_at = follow_up.created_at if opens else None
    fields = ["reply", "body", "is_urgent", "created_at", "rejection_reason", "opened_at"]
    return _move(follow_up, transition, user, fields=fields)


def answer_follow_up(follow_up: FollowUp, user, text: str, *, now=None) -> FollowUp:
    """The doctor's reply to a follow-up, emailed to the asker once it commits."""
    transition = _check(Action.ANSWER, user, follow_up)
    follow_up.answer = text
    follow_up.answered_by = user.doctor
    follow_up.answered_at = now or timezone.now()
    _move(follow_up, transition, user, fields=["answer", "answered_by", "answered_at"])
    notify(follow_up.question, "follow_up_answered", follow_up=follow_up)
    return follow_up


@transaction.atomic
def apply_to_each(
    subjects: QuerySet, change: Callable[..., Question | FollowUp], user, **details
) -> list:
    """A moderator's action on a selection of questions or follow-ups: those it applies
    to change, locked and one by one; the others are skipped. Returns those changed."""
    changed = []
    for subject in locked(subjects):
        try:
            changed.append(change(subject, user, **details))
        except IllegalTransition:
            continue
    return changed
