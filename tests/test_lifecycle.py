"""The life of a question and its follow-up: every cell (status, action, role) of the
transition tables, walked against the database, and the rules around it."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.core.models import Event
from forum.qa import lifecycle
from forum.qa.lifecycle import (
    FOLLOW_UP_TRANSITIONS,
    NEW,
    TRANSITIONS,
    IllegalTransition,
    Role,
)
from forum.qa.models import FollowUp, Question
from tests.factories import make_answered, make_doctor, make_question, make_specialty, make_user
from tests.forms import question_admin_data

Status = Question.Status
Action = Event.Action

# What each kind of person is to a question, written out here rather than asked of the
# code under test.
PEOPLE = {
    "reader": set(),
    "patient": {Role.PATIENT},
    "asker": {Role.PATIENT, Role.ASKER},
    "doctor": {Role.PATIENT, Role.DOCTOR},
    "doctor of another specialty": {Role.PATIENT},
    "moderator": {Role.PATIENT, Role.MODERATOR},
    "admin": {Role.PATIENT, Role.MODERATOR},
}
STATUSES = [NEW, *Status.values]


def _cells(table=TRANSITIONS, statuses=STATUSES, people=PEOPLE, prefix=""):
    for transition in table:
        for status in statuses:
            for person, person_roles in people.items():
                allowed = status in transition.sources and bool(person_roles & transition.who)
                yield pytest.param(
                    transition,
                    status,
                    person,
                    allowed,
                    id=f"{prefix}{transition.action}-{status or 'new'}-{person}",
                )


@pytest.fixture
def people(neurology, doctor, bob, moderator):
    users = {
        "reader": AnonymousUser(),
        "patient": bob,
        "asker": make_user("carol", email="carol@example.org"),
        "doctor": doctor.user,
        "doctor of another specialty": make_doctor(
            "Heart Doctor", specialties=[make_specialty("Cardiology")]
        ).user,
        "moderator": moderator,
        "admin": make_user("root", is_staff=True, is_superuser=True),
    }
    return neurology, users


def _question_in(status: str, neurology, asker) -> Question:
    if status == NEW:
        return Question(
            specialty=neurology,
            title="Lip twitching",
            body="My lip twitches when I talk for a long time.",
            asker_name="A Xu",
            asker_age_range="20~29",
        )
    answered_at = timezone.now() if status in {Status.ANSWERED, Status.HIDDEN} else None
    return make_question(neurology, asker=asker, status=status, answered_at=answered_at)


def _act(action: str, question: Question, user) -> Question:
    if action == Action.ASK:
        return lifecycle.ask(question, user)
    if action == Action.EDIT:
        return lifecycle.edit(question, user, fields=["title"], topics=[])
    if action == Action.REJECT:
        return lifecycle.reject(question, user, reason="Not a health question.")
    return getattr(lifecycle, action)(question, user)


@pytest.mark.parametrize(("transition", "status", "person", "allowed"), _cells())
def test_every_cell_of_the_table(
    people, transition, status, person, allowed, django_capture_on_commit_callbacks
):
    neurology, users = people
    user = users[person]
    question = _question_in(status, neurology, users["asker"])
    expected = transition.target(question)

    with django_capture_on_commit_callbacks(execute=True):
        if allowed:
            _act(transition.action, question, user)
        else:
            with pytest.raises(IllegalTransition):
                _act(transition.action, question, user)

    events = Event.objects.filter(action=transition.action)
    if not allowed:
        assert events.count() == 0
        assert mail.outbox == []
        if status != NEW:
            assert Question.objects.get(pk=question.pk).status == status
        return
    saved = Question.objects.get(pk=question.pk)
    assert saved.status == expected
    event = events.get()
    assert (event.from_state, event.to_state) == (status, expected)
    assert event.actor == user
    emailed = transition.sends and (transition.action != Action.ANSWER or status == Status.OPEN)
    assert len(mail.outbox) == (1 if emailed else 0)


def test_the_table_says_what_the_product_says():
    def who(action):
        return next(t.who for t in TRANSITIONS if t.action == action)

    assert who(Action.APPROVE) == who(Action.REJECT) == who(Action.HIDE) == {Role.MODERATOR}
    assert who(Action.ANSWER) == {Role.DOCTOR}
    assert who(Action.WITHDRAW) == who(Action.EDIT) == {Role.ASKER}
    answered_can = {t.action for t in TRANSITIONS if Status.ANSWERED in t.sources}
    assert answered_can == {Action.ANSWER, Action.HIDE}  # the asker can no longer change it


def test_a_rejection_needs_a_reason_and_changes_nothing_without_one(people):
    neurology, users = people
    question = make_question(neurology, asker=users["asker"], status="pending")

    with pytest.raises(IllegalTransition, match="needs a reason"):
        lifecycle.reject(question, users["moderator"], reason="   ")

    assert Question.objects.get(pk=question.pk).status == "pending"
    assert not Event.objects.exists()


def test_a_hidden_question_that_was_never_answered_returns_to_the_doctors(people):
    neurology, users = people
    question = make_question(neurology, status="hidden", answered_at=None)

    lifecycle.unhide(question, users["moderator"])

    assert Question.objects.get(pk=question.pk).status == "open"


def test_without_approval_questions_go_straight_to_doctors_and_edits_stay_there(people, settings):
    settings.QUESTIONS_NEED_APPROVAL = False
    neurology, users = people
    question = lifecycle.ask(_question_in(NEW, neurology, None), users["asker"])
    assert question.status == "open"

    lifecycle.edit(question, users["asker"], fields=["title"], topics=[])

    assert Question.objects.get(pk=question.pk).status == "open"


def test_a_refusal_says_why_in_words(people):
    neurology, users = people
    answered = make_question(
        neurology, asker=users["asker"], status="answered", answered_at=timezone.now()
    )
    pending = make_question(neurology, asker=users["asker"], status="pending")

    with pytest.raises(IllegalTransition) as answered_refusal:
        lifecycle.withdraw(answered, users["asker"])
    with pytest.raises(IllegalTransition) as role_refusal:
        lifecycle.approve(pending, users["doctor"])

    assert str(answered_refusal.value) == "This question is answered: it cannot be withdrawn now."
    assert (
        str(role_refusal.value)
        == "Only a moderator may do that: this question cannot be approved by you."
    )


def test_the_admin_change_form_cannot_change_the_status(client, people):
    neurology, users = people
    question = make_question(neurology, asker=users["asker"], status="pending")
    client.force_login(users["moderator"])
    url = reverse("admin:qa_question_change", args=[question.pk])

    html = client.get(url).content.decode()
    response = client.post(
        url, question_admin_data(question, status="rejected", rejection_reason="", title="Lip")
    )

    assert response.status_code == 302  # the edit was saved, the status with it refused
    assert Question.objects.get(pk=question.pk).title == "Lip"
    assert 'name="status"' not in html and 'name="rejection_reason"' not in html
    assert 'name="answered_at' not in html
    assert Question.objects.get(pk=question.pk).status == "pending"
    assert mail.outbox == []


FORUM = Path(__file__).resolve().parents[1] / "forum"
STATUS_WRITES = re.compile(
    r"^\s*[\w.]+\.status\s*=[^=]|update\([^)]*\bstatus\s*=|update_fields=\[[^\]]*[\"']status[\"']"
)


def test_no_other_module_changes_a_question_status():
    offenders = []
    for path in FORUM.rglob("*.py"):
        relative = path.relative_to(FORUM)
        # The lifecycle owns the status; migrations and the demo write history, not changes.
        if relative.parts[0] == "demo" or "migrations" in relative.parts:
            continue
        if relative == Path("qa/lifecycle.py"):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if STATUS_WRITES.search(line):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []


# What each kind of person is to a follow-up of the asker's answered question.
FOLLOW_UP_PEOPLE = {
    "reader": set(),
    "patient": set(),
    "asker": {Role.ASKER},
    "answering doctor": {Role.ANSWERING_DOCTOR},
    "colleague, before it was shared": set(),
    "colleague, after 72 hours": {Role.ANSWERING_DOCTOR},
    "colleague, its doctor suspended": {Role.ANSWERING_DOCTOR},
    "doctor of another specialty": set(),
    "moderator": {Role.MODERATOR},
}
FOLLOW_UP_STATUSES = [NEW, *FollowUp.Status.values]


def _follow_up_in(status: str, question: Question, doctor) -> FollowUp:
    reply = question.replies.get()
    if status == NEW:
        return FollowUp(question=question, reply=reply, body="Is one cup of coffee fine?")
    answered = status in {FollowUp.Status.ANSWERED, FollowUp.Status.HIDDEN}
    return FollowUp.objects.create(
        question=question,
        reply=reply,
        body="Is one cup of coffee fine?",
        status=status,
        opened_at=None if status == FollowUp.Status.PENDING else timezone.now(),
        answer="Yes." if answered else "",
        answered_by=doctor if answered else None,
        answered_at=timezone.now() if answered else None,
    )


def _act_on_follow_up(action: str, follow_up: FollowUp, user) -> FollowUp:
    if action == Action.ASK:
        return lifecycle.ask_follow_up(follow_up, user)
    if action == Action.ANSWER:
        return lifecycle.answer_follow_up(follow_up, user, "One cup in the morning is fine.")
    if action == Action.REJECT:
        return lifecycle.reject(follow_up, user, reason="Not about this answer.")
    return getattr(lifecycle, action)(follow_up, user)


@pytest.mark.parametrize(
    ("transition", "status", "person", "allowed"),
    _cells(FOLLOW_UP_TRANSITIONS, FOLLOW_UP_STATUSES, FOLLOW_UP_PEOPLE, prefix="follow-up-"),
)
def test_every_cell_of_the_follow_up_table(
    people, doctor, transition, status, person, allowed, django_capture_on_commit_callbacks
):
    neurology, users = people
    colleague = make_doctor("Ye Boshou", specialties=[neurology]).user
    users = {
        **users,
        "answering doctor": doctor.user,
        "colleague, before it was shared": colleague,
        "colleague, after 72 hours": colleague,
        "colleague, its doctor suspended": colleague,
    }
    question = make_answered(neurology, doctor=doctor, asker=users["asker"])
    follow_up = _follow_up_in(status, question, doctor)
    if person == "colleague, after 72 hours" and follow_up.opened_at:
        follow_up.opened_at -= timedelta(hours=73)
        follow_up.save(update_fields=["opened_at"])
    if person == "colleague, its doctor suspended":
        Doctor.objects.filter(pk=doctor.pk).update(is_suspended=True)
    expected = transition.target(follow_up)

    with django_capture_on_commit_callbacks(execute=True):
        if allowed:
            _act_on_follow_up(transition.action, follow_up, users[person])
        else:
            with pytest.raises(IllegalTransition):
                _act_on_follow_up(transition.action, follow_up, users[person])

    events = Event.objects.filter(action=transition.action)
    if not allowed:
        assert events.count() == 0
        assert mail.outbox == []
        assert FollowUp.objects.filter(pk=follow_up.pk, status=status).exists() == (status != NEW)
        return
    saved = FollowUp.objects.get(pk=follow_up.pk)
    assert saved.status == expected
    event = events.get()
    assert (event.from_state, event.to_state) == (status, expected)
    assert event.actor == users[person]
    assert len(mail.outbox) == (1 if transition.sends else 0)
