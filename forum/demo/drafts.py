"""Draft the demo questions: what each is about, who answers it and when, and its text.

A draft holds plain rows (values by attribute name, "specialty_id") rather than model
instances: a million questions are drafted for one run, and the rows go to the database
as they are (forum.demo.saving).
"""

import hashlib
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractUser
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.core.markdown import render_markdown
from forum.qa.models import Question, Specialty, Topic, rendered

from .compose import Writer
from .specialties import SPECIALTIES
from .types import SpecialtyContent, TopicContent

Row = dict[str, object]

HISTORY_DAYS = 6 * 365
# The demo doctor's own answers: a dozen, over the last ten weeks.
DEMO_DOCTOR_ANSWERS = 12
DEMO_DOCTOR_WEEKS = 10
MORE_INFO_SHARE = 0.3
SECOND_REPLY_SHARE = 0.12
REWRITES = 5

# Non-public questions so the moderation and dashboard screens have something to show.
# The demo patient owns a few (True), fewer than the limit of waiting questions, so that
# they can still ask.
UNPUBLISHED = (
    (Question.Status.OPEN, "family-medicine", True),
    (Question.Status.OPEN, "pediatrics", False),
    (Question.Status.OPEN, "family-medicine", False),
    (Question.Status.OPEN, "neurology", False),
    (Question.Status.OPEN, "dermatology", False),
    (Question.Status.PENDING, "family-medicine", False),
    (Question.Status.PENDING, "cardiology", True),
    (Question.Status.PENDING, "gastroenterology", False),
    (Question.Status.REJECTED, "psychiatry", True),
    (Question.Status.HIDDEN, "orthopedics", False),
    (Question.Status.HIDDEN, "otolaryngology", False),
)
DEMO_PATIENT_PSEUDONYM = "R. Alvarez"
REJECTION_REASON = (
    "Your question included details that identify you (a full name and a phone number). "
    "Please ask again without them."
)


@dataclass(slots=True)
class Draft:
    """A question before it has a primary key, with what hangs off it."""

    question: Row
    topic_ids: list[int]
    replies: list[Row]


class DraftBuilder:
    """Decides what each question is about, who answers it and when, then writes it."""

    def __init__(
        self,
        rng: random.Random,
        specialties: dict[str, Specialty],
        topics: dict[str, Topic],
        doctors: dict[str, list[Doctor]],
    ) -> None:
        self.rng = rng
        self.writer = Writer(rng)
        self.specialties = specialties
        self.topics = topics
        self.doctors = doctors
        self.today = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
        self.bodies_seen: set[bytes] = set()
        self.specialty_weights = [content.weight for content in SPECIALTIES]
        self.topic_weights = {
            content.slug: [topic.weight for topic in content.topics] for content in SPECIALTIES
        }

    def answered(self, count: int) -> Iterator[Draft]:
        everything = [(content, topic) for content in SPECIALTIES for topic in content.topics]
        # The first questions visit every topic once, so no topic page is empty.
        self.rng.shuffle(everything)
        for index in range(count):
            if index < len(everything):
                content, topic = everything[index]
            else:
                content = self.rng.choices(SPECIALTIES, weights=self.specialty_weights)[0]
                topic = self._topic_of(content)
            yield self._draft(content, topic, Question.Status.ANSWERED)

    def answered_by(self, doctor: Doctor, slugs: Iterable[str]) -> Iterator[Draft]:
        """The demo doctor's answers in their specialties, so that their page, their
        answers and their weekly figures show something at the first login: spread over
        the last weeks, one in each equal stretch of them, the latest before today."""
        contents = [content for content in SPECIALTIES if content.slug in slugs]
        stretch = DEMO_DOCTOR_WEEKS * 7 * 1440 // DEMO_DOCTOR_ANSWERS
        for index in range(DEMO_DOCTOR_ANSWERS):
            content = contents[index % len(contents)]
            minutes_ago = index * stretch + self.rng.randint(60, stretch)
            answered_at = self.today - timedelta(minutes=minutes_ago)
            yield self._draft(
                content,
                self._topic_of(content),
                Question.Status.ANSWERED,
                answered=(doctor, answered_at),
            )

    def unpublished(self, asker: AbstractUser | None) -> Iterator[Draft]:
        by_slug = {content.slug: content for content in SPECIALTIES}
        for status, slug, owned in UNPUBLISHED:
            content = by_slug[slug]
            draft = self._draft(content, self._topic_of(content), status)
            if status != Question.Status.HIDDEN:
                # Never answered, so no doctor has given it topics, a headline or a reply.
                question = draft.question
                question.update(
                    answered_at=None, headline="", more_info="", more_info_html="", view_count=0
                )
                if owned and asker:
                    question.update(
                        asker_id=asker.pk,
                        asker_name=DEMO_PATIENT_PSEUDONYM,
                        asker_age_range=Question.AgeRange.AGE_30,
                        asker_gender=Question.Gender.FEMALE,
                    )
                if status == Question.Status.REJECTED:
                    question["rejection_reason"] = REJECTION_REASON
                draft.topic_ids, draft.replies = [], []
                if status != Question.Status.REJECTED:
                    hours = self.rng.randint(2, 240)
                    question["created_at"] = self.today - timedelta(hours=hours)
            yield draft

    def _topic_of(self, content: SpecialtyContent) -> TopicContent:
        return self.rng.choices(content.topics, weights=self.topic_weights[content.slug])[0]

    def _topics_for(self, content: SpecialtyContent, main: TopicContent) -> list[TopicContent]:
        """The main topic, and sometimes one or two of the topics usually seen with it."""
        related = [topic for topic in content.topics if topic.name in main.related]
        extra = self.rng.choices((0, 1, 2), weights=(45, 35, 20))[0]
        return [main, *self.rng.sample(related, k=min(extra, len(related)))]

    def _draft(
        self,
        content: SpecialtyContent,
        topic: TopicContent,
        status: Question.Status,
        answered: tuple[Doctor, datetime] | None = None,
    ) -> Draft:
        """A question, answered by one or two of the specialty's doctors, or by this
        doctor at this time."""
        rng = self.rng
        if answered:
            answerers = [answered[0]]
        else:
            doctors = self.doctors[content.slug]
            answerers = rng.sample(doctors, k=2 if rng.random() < SECOND_REPLY_SHARE else 1)
        more_info = rng.random() < MORE_INFO_SHARE
        # Short questions on a common topic can come out word for word the same; write
        # another. A few tries are plenty, and bounded so huge runs never stall.
        for _ in range(REWRITES):
            text = self.writer.question(content, topic, more_info, replies=len(answerers))
            fingerprint = hashlib.blake2b(text.body.encode(), digest_size=8).digest()
            if fingerprint not in self.bodies_seen:
                break
        self.bodies_seen.add(fingerprint)
        topics = self._topics_for(content, topic)
        # Most questions are answered within a day or two; a few wait over a week.
        wait = timedelta(minutes=int(rng.expovariate(1 / 2500)) % (10 * 1440))
        if answered:
            answered_at = answered[1]
            created_at = answered_at - wait
        else:
            created_at = self.today - timedelta(seconds=rng.randint(86_400, HISTORY_DAYS * 86_400))
            answered_at = min(created_at + wait, self.today)
        age_days = (self.today - created_at).days
        question = {
            "specialty_id": self.specialties[content.slug].pk,
            "asker_name": text.asker_name,
            "asker_age_range": text.age_range,
            "asker_gender": text.gender,
            "title": text.title,
            "body": text.body,
            "headline": text.headline,
            "more_info": text.more_info,
            "more_info_html": render_markdown(text.more_info),
            "status": status,
            "created_at": created_at,
            "answered_at": answered_at,
            "view_count": int(rng.paretovariate(1.4) * 30) + age_days // 15,
        }
        replies = [_reply(answerers[0], text.replies[0], answered_at)]
        if len(answerers) > 1:
            later = answered_at + timedelta(minutes=rng.randint(30, 4 * 1440))
            replies.append(_reply(answerers[1], text.replies[1], later))
        return Draft(question, [self.topics[t.name].pk for t in topics], replies)


def _reply(doctor: Doctor, body: str, created_at: datetime) -> Row:
    # Demo replies were never edited after they were posted. Rows skip save(), so they
    # carry what it would render.
    body_html, excerpt = rendered(body)
    return {
        "doctor_id": doctor.pk,
        "body": body,
        "body_html": body_html,
        "excerpt": excerpt,
        "created_at": created_at,
        "updated_at": created_at,
        "reviewed_at": created_at,
    }
