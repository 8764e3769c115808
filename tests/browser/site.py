"""A small, complete forum for the browser tests: every kind of page has something to show."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.qa import agreements
from forum.qa.models import FollowUp, Question, Reply, Specialty, Topic
from tests.factories import (
    make_answered,
    make_doctor,
    make_question,
    make_specialty,
    make_topic,
    make_user,
)


@dataclass
class Site:
    neurology: Specialty
    eyelid: Topic
    doctor: Doctor
    answered: Question
    pending: Question
    waiting: Question
    reply: Reply
    aged: Question
    # Alice's answered questions: one whose follow-up was answered, one she may follow up,
    # and one whose follow-up waits for the doctor.
    followed: Question
    to_follow: Question
    follow_up: FollowUp


def build_site() -> Site:
    neurology = make_specialty("Neurology", description="Brain, nerves and muscles.")
    make_specialty("Cardiology")
    eyelid = make_topic("Eyelid Twitching", neurology, description="Small repeated eyelid spasms.")
    spasm = make_topic("Facial Spasm", neurology)
    doctor = make_doctor(
        "Lan Shengxing",
        specialties=[neurology],
        slug="drlan",
        affiliation="Riverside General Hospital",
        bio="Neurologist with twenty years in clinic.",
    )
    answered = make_answered(
        neurology,
        [eyelid, spasm],
        doctor=doctor,
        title="Lip twitching",
        headline="Facial Muscle Twitches: Causes and Concerns",
        body="When I talk a lot my mouth corner twitches.\n\nI also feel dizzy when I stand up.",
        more_info="Most twitches are **harmless**.\n\n1. Sleep\n2. Less coffee",
    )
    for n in range(5):
        last = make_answered(
            neurology,
            [eyelid] if n % 2 else [spasm],
            doctor=doctor,
            title=f"Twitching question {n}",
            headline=f"Understanding Eyelid Twitches, Part {n + 1}",
            body="My eyelid has twitched on and off for two weeks, mostly in the evening "
            "after long hours at a screen. It does not hurt. Should I worry about it?",
            # The last was answered four years ago: its answer is due for review.
            days_ago=n + 2 if n < 4 else 4 * 366,
        )
    # A colleague agrees with the first answer.
    colleague = make_doctor("Ye Boshou", specialties=[neurology], slug="drye")
    agreements.agree(answered.replies.get(), colleague)
    alice = make_user("alice", email="alice@example.org")
    pending = make_question(
        neurology, asker=alice, status="pending", title="Tingling fingers at night"
    )
    waiting = make_question(
        neurology,
        status="open",
        title="Headache every morning",
        body="I wake up with a dull headache most days.\n\nIt fades by lunchtime.",
    )
    followed, to_follow, followed_up = (
        make_answered(neurology, [eyelid], doctor=doctor, asker=alice, title=title, body=body)
        for title, body in [
            ("Twitching after coffee", "My eyelid twitches after my second coffee every day."),
            ("Twitching at night", "My calf muscle twitches at night when I lie down."),
            ("Thumb twitching", "My thumb twitches when I hold my phone for a long time."),
        ]
    )
    FollowUp.objects.create(
        question=followed,
        reply=followed.replies.get(),
        body="Thank you. Is one cup of coffee in the morning still fine?",
        status="answered",
        opened_at=timezone.now(),
        answer="Yes, one cup in the morning is fine; **avoid coffee after noon**.",
        answered_by=doctor,
        answered_at=timezone.now(),
    )
    follow_up = FollowUp.objects.create(
        question=followed_up,
        reply=followed_up.replies.get(),
        body="Thank you. Should I change how I hold my phone?",
        status="open",
        opened_at=timezone.now(),
    )
    moderator = make_user("molly", is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    return Site(
        neurology=neurology,
        eyelid=eyelid,
        doctor=doctor,
        answered=answered,
        pending=pending,
        waiting=waiting,
        reply=answered.replies.get(),
        aged=last,
        followed=followed,
        to_follow=to_follow,
        follow_up=follow_up,
    )
