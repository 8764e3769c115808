"""A small, complete forum for the browser tests: every kind of page has something to show."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.accounts.signups import confirm_path
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
    neurology = make_specialty(
        "Neurology", name_zh_hant="神經內科", description="Brain, nerves and muscles."
    )
    make_specialty("Cardiology", name_zh_hant="心臟內科")
    eyelid = make_topic(
        "Eyelid Twitching",
        neurology,
        name_zh_hant="眼皮跳",
        description="Small repeated eyelid spasms.",
    )
    spasm = make_topic("Facial Spasm", neurology, name_zh_hant="臉部抽搐")
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


# Every page people use: who opens it (None: an anonymous reader) and its address.
READER, PATIENT, DOCTOR, COLLEAGUE = None, "alice", "drlan", "drye"

PAGES = {
    "home": (READER, lambda s: "/"),
    "specialty": (READER, lambda s: s.neurology.get_absolute_url()),
    "topic": (READER, lambda s: s.eyelid.get_absolute_url()),
    "question": (READER, lambda s: s.answered.get_absolute_url()),
    "doctor": (READER, lambda s: s.doctor.get_absolute_url()),
    "search": (READER, lambda s: "/search/?q=twitch"),
    "search without results": (READER, lambda s: "/search/?q=twitching+thumbs&specialty=neurology"),
    "topic index": (READER, lambda s: reverse("qa:topics")),
    "doctor index": (READER, lambda s: reverse("qa:doctors")),
    "question with an aged answer": (READER, lambda s: s.aged.get_absolute_url()),
    "question with a follow-up": (READER, lambda s: s.followed.get_absolute_url()),
    "not found": (READER, lambda s: "/no-such-page/"),
    "signup": (READER, lambda s: reverse("accounts:signup")),
    "signup sent": (READER, lambda s: reverse("accounts:signup_sent")),
    "signup password": (READER, lambda s: confirm_path("new@example.org")),
    "login": (READER, lambda s: reverse("accounts:login") + "?next=/ask/"),
    "password reset": (READER, lambda s: reverse("accounts:password_reset")),
    "ask": (PATIENT, lambda s: reverse("qa:ask")),
    "my questions": (PATIENT, lambda s: reverse("qa:my_questions")),
    "pending question": (PATIENT, lambda s: s.pending.get_absolute_url()),
    "edit question": (PATIENT, lambda s: reverse("qa:question_edit", args=[s.pending.pk])),
    "profile": (PATIENT, lambda s: reverse("accounts:profile")),
    "delete account": (PATIENT, lambda s: reverse("qa:delete_account")),
    "question, logged in": (PATIENT, lambda s: s.answered.get_absolute_url()),
    "question, as its asker": (PATIENT, lambda s: s.to_follow.get_absolute_url()),
    "ask a follow-up": (PATIENT, lambda s: reverse("qa:follow_up", args=[s.to_follow.pk])),
    "report": (PATIENT, lambda s: reverse("qa:report_question", args=[s.answered.pk])),
    "apply as a doctor": (PATIENT, lambda s: reverse("accounts:doctor_apply")),
    "question, as a doctor who agrees": (COLLEAGUE, lambda s: s.answered.get_absolute_url()),
    "dashboard queue": (DOCTOR, lambda s: reverse("dashboard:queue")),
    "dashboard answer": (DOCTOR, lambda s: reverse("dashboard:answer", args=[s.waiting.pk])),
    "dashboard follow-up": (
        DOCTOR,
        lambda s: reverse("dashboard:answer_follow_up", args=[s.follow_up.pk]),
    ),
    "dashboard my answers": (DOCTOR, lambda s: reverse("dashboard:my_answers")),
    "dashboard edit": (DOCTOR, lambda s: reverse("dashboard:edit_reply", args=[s.reply.pk])),
    "dashboard stats": (DOCTOR, lambda s: reverse("dashboard:stats")),
    "dashboard reviews": (DOCTOR, lambda s: reverse("dashboard:reviews")),
}
