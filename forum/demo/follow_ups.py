"""Askers' follow-ups in the demo: a few of the latest answers have one, answered by the
doctor who wrote the answer; and the demo patient has a fresh answer to follow up."""

import random
from datetime import timedelta

from django.contrib.auth.models import AbstractUser
from django.utils import timezone

from forum.core.markdown import render_markdown
from forum.qa import search
from forum.qa.models import FollowUp, Question, Reply

from .drafts import DEMO_PATIENT_PSEUDONYM

# Only the latest answers get follow-ups: a bounded cost however many questions the demo has.
FOLLOWED_REPLIES = 3000
FOLLOWED_SHARE = 0.06

# Questions any asker might have after any answer, and what a doctor would say.
# fmt: off
EXCHANGES = [
    ("Thank you, doctor. How long should I wait for it to get better before I see someone "
     "in person?",
     "Give it two to three weeks. If it is no better by then, or gets worse at any point, "
     "see your own doctor sooner."),
    ("Thank you for the clear answer. Is it all right to keep exercising in the meantime?",
     "Yes: light to moderate exercise is fine and often helps. Rest for a few days if it "
     "clearly makes the symptoms worse."),
    ("Thanks. Which signs would mean I should go to a clinic straight away?",
     "Go the same day if you get a fever, severe or quickly worsening pain, or anything new "
     "that worries you. In an emergency, call 119."),
    ("Thank you. Should I bring anything to the appointment, such as old test results?",
     "Yes: bring earlier results, a list of the medicines you take and a short note of when "
     "it started and what makes it better or worse. It makes the visit far more useful."),
    ("Thank you, doctor. Can I take an over-the-counter painkiller until then?",
     "Paracetamol at the dose on the pack is usually safe for a few days. Ask a pharmacist "
     "first if you take other medicines or have liver or kidney disease."),
]
# fmt: on


def add_follow_ups(rng: random.Random) -> int:
    """About one in sixteen of the latest answers gets a follow-up a few days later,
    answered by the same doctor within days; returns how many."""
    now = timezone.now()
    latest = (
        Reply.objects.public()
        .filter(question__follow_up__isnull=True)
        .order_by("-created_at", "-pk")
        .values_list("pk", "question_id", "doctor_id", "created_at")
    )[:FOLLOWED_REPLIES]
    rendered = {answer: render_markdown(answer) for _, answer in EXCHANGES}
    follow_ups, taken = [], set()
    for reply_id, question_id, doctor_id, written in latest:
        if question_id in taken or rng.random() >= FOLLOWED_SHARE:
            continue
        asked = written + timedelta(hours=rng.randint(6, 24 * 5))
        answered = asked + timedelta(hours=rng.randint(4, 60))
        if answered > now:
            continue
        body, answer = rng.choice(EXCHANGES)
        taken.add(question_id)
        follow_ups.append(
            FollowUp(
                question_id=question_id,
                reply_id=reply_id,
                body=body,
                status=FollowUp.Status.ANSWERED,
                created_at=asked,
                opened_at=asked + timedelta(hours=1),
                answer=answer,
                answer_html=rendered[answer],
                answered_by_id=doctor_id,
                answered_at=answered,
            )
        )
    FollowUp.objects.bulk_create(follow_ups, batch_size=1000)
    # An answered follow-up's words are searched with the replies'.
    search.update_vectors([follow_up.question_id for follow_up in follow_ups])
    return len(follow_ups)


def give_an_answer_to(patient: AbstractUser) -> None:
    """The latest answer without a follow-up becomes the demo patient's question, so that
    they can try asking one."""
    question = (
        Question.objects.public().filter(follow_up__isnull=True).order_by("-answered_at").first()
    )
    if question is not None:
        Question.objects.filter(pk=question.pk).update(
            asker=patient,
            asker_name=DEMO_PATIENT_PSEUDONYM,
            asker_age_range=Question.AgeRange.AGE_30,
            asker_gender=Question.Gender.FEMALE,
        )
