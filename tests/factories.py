"""Small builders for test data: each makes a valid object with sensible defaults.

Questions and replies are written directly, so the builders then refresh what the forum
derives from them (counts, Similar Q&A), as the background task does after a change."""

from datetime import timedelta
from itertools import count

from django.contrib.auth import get_user_model
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.qa import derived
from forum.qa.models import Question, Reply, Specialty, Topic

_sequence = count(1)


def make_user(username: str | None = None, **fields):
    username = username or f"user{next(_sequence)}"
    return get_user_model().objects.create_user(username, password="pw", **fields)


def make_specialty(name: str = "Neurology", **fields) -> Specialty:
    fields.setdefault("slug", name.lower().replace(" ", "-"))
    return Specialty.objects.create(name=name, **fields)


def make_topic(name: str, specialty: Specialty | None = None, **fields) -> Topic:
    return Topic.objects.create(name=name, specialty=specialty, **fields)


def make_doctor(name: str = "Lan Shengxing", specialties=(), **fields) -> Doctor:
    slug = fields.pop("slug", name.lower().replace(" ", "-"))
    fields.setdefault("is_verified", True)
    fields.setdefault("licence_number", f"LIC-{next(_sequence):05d}")
    doctor = Doctor.objects.create(user=make_user(slug), name=name, slug=slug, **fields)
    doctor.specialties.set(specialties)
    return doctor


def make_question(specialty: Specialty, topics=(), **fields) -> Question:
    fields.setdefault("title", "Lip twitching")
    fields.setdefault("body", "My lip twitches when I talk for a long time. Should I worry?")
    fields.setdefault("asker_name", "A Xu")
    fields.setdefault("asker_age_range", Question.AgeRange.AGE_20)
    fields.setdefault("asker_gender", Question.Gender.FEMALE)
    fields.setdefault("status", Question.Status.OPEN)
    if fields["status"] == Question.Status.ANSWERED:
        fields.setdefault("answered_at", timezone.now())
    question = Question.objects.create(specialty=specialty, **fields)
    if topics:
        question.topics.add(*topics)
    derived.refresh([question.pk])
    question.refresh_from_db(fields=["topic_set"])
    return question


def make_answered(
    specialty: Specialty,
    topics=(),
    doctor: Doctor | None = None,
    days_ago: int = 1,
    reply_body: str | None = None,
    **fields,
) -> Question:
    """A public question with one reply, answered `days_ago` days ago."""
    answered_at = timezone.now() - timedelta(days=days_ago)
    fields.setdefault("created_at", answered_at - timedelta(hours=5))
    question = make_question(
        specialty, topics, status=Question.Status.ANSWERED, answered_at=answered_at, **fields
    )
    doctor = doctor or Doctor.objects.filter(specialties=specialty).first()
    doctor = doctor or make_doctor(f"Doctor {next(_sequence)}", specialties=[specialty])
    reply_fields = {"body": reply_body} if reply_body else {}
    make_reply(question, doctor, created_at=answered_at, **reply_fields)
    return question


def make_reply(question: Question, doctor: Doctor, **fields) -> Reply:
    fields.setdefault("body", "Hello, this is most often harmless muscle fatigue.")
    reply = Reply.objects.create(question=question, doctor=doctor, **fields)
    derived.refresh([question.pk])
    return reply
