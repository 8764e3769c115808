"""Write the demo content into the database.

Specialties, topics and doctors are few and created one by one; questions, their topic
links and replies are generated in Python and written with bulk_create in batches, so
that a hundred thousand questions take well under two minutes on SQLite.
"""

import hashlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser, Group
from django.db import connection
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from forum.accounts import roles
from forum.accounts.models import Doctor, Profile
from forum.qa.models import Question, Reply, Specialty, TaggedQuestion, Topic

from . import people
from .compose import Writer
from .specialties import SPECIALTIES
from .text import topic_in_sentence
from .types import SpecialtyContent, TopicContent

BATCH_SIZE = 2000
HISTORY_DAYS = 6 * 365
MORE_INFO_SHARE = 0.3
SECOND_REPLY_SHARE = 0.12
REWRITES = 5

# Non-public questions so the moderation and dashboard screens have something to show.
# The demo patient owns a few (True), fewer than the limit of waiting questions, so that
# they can still ask.
UNPUBLISHED = (
    (Question.Status.OPEN, "family-medicine", True),
    (Question.Status.OPEN, "pediatrics", False),
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


@dataclass(frozen=True)
class DemoLogin:
    role: str
    username: str
    password: str


DEMO_LOGINS = (
    DemoLogin("patient", "patient", "demo-patient-pass"),
    DemoLogin("doctor", "doctor", "demo-doctor-pass"),
    DemoLogin("moderator", "moderator", "demo-moderator-pass"),
)
DEMO_DOCTOR_NAME = "Maya Lindqvist"
DEMO_DOCTOR_SPECIALTIES = ("family-medicine", "pediatrics")


@dataclass
class SeedResult:
    specialties: int = 0
    topics: int = 0
    doctors: int = 0
    answered: int = 0
    replies: int = 0
    unpublished: int = 0
    logins: list[DemoLogin] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """A question before it has a primary key, with what hangs off it."""

    question: Question
    topic_ids: list[int]
    replies: list[Reply]


Progress = Callable[[int, int], None]


def seed_forum(
    *, questions: int, random_seed: int, demo_logins: bool, progress: Progress
) -> SeedResult:
    """Fill an empty forum. The caller runs this inside one transaction."""
    if not connection.features.can_return_rows_from_bulk_insert:
        raise RuntimeError("seed_demo needs a database whose bulk inserts return primary keys.")
    result = SeedResult()
    specialties = {content.slug: _specialty(content) for content in SPECIALTIES}
    topics = {
        topic.name: _topic(topic, specialties[content.slug])
        for content in SPECIALTIES
        for topic in content.topics
    }
    # Doctors draw from their own stream, so --questions never changes who they are.
    doctors = _doctors(random.Random(f"{random_seed}:doctors"), specialties)
    result.specialties, result.topics = len(specialties), len(topics)
    result.doctors = len({doctor.pk for group in doctors.values() for doctor in group})

    patient = None
    if demo_logins:
        patient = _demo_logins(specialties)
        result.logins = list(DEMO_LOGINS)

    builder = DraftBuilder(random.Random(random_seed), specialties, topics, doctors)
    for drafts in _batches(builder.answered(questions), BATCH_SIZE):
        result.replies += _save(drafts)
        result.answered += len(drafts)
        progress(result.answered, questions)
    _save(list(builder.unpublished(patient)))
    result.unpublished = len(UNPUBLISHED)
    # auto_now stamped every reply with today; demo replies were never edited.
    Reply.objects.update(updated_at=F("created_at"))
    return result


def existing_demo_logins() -> list[DemoLogin]:
    """The demo logins whose accounts exist and can still log in, in the usual order."""
    users = get_user_model().objects.filter(
        username__in=[login.username for login in DEMO_LOGINS], is_active=True
    )
    usable = {user.username for user in users if user.has_usable_password()}
    return [login for login in DEMO_LOGINS if login.username in usable]


def _batches(drafts: Iterator[Draft], size: int) -> Iterator[list[Draft]]:
    batch: list[Draft] = []
    for draft in drafts:
        batch.append(draft)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _save(drafts: list[Draft]) -> int:
    Question.objects.bulk_create([draft.question for draft in drafts])
    TaggedQuestion.objects.bulk_create(
        [
            TaggedQuestion(content_object_id=draft.question.pk, tag_id=topic_id)
            for draft in drafts
            for topic_id in draft.topic_ids
        ]
    )
    replies = []
    for draft in drafts:
        for reply in draft.replies:
            reply.question_id = draft.question.pk
            replies.append(reply)
    Reply.objects.bulk_create(replies)
    return len(replies)


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

    def unpublished(self, asker: AbstractUser | None) -> Iterator[Draft]:
        by_slug = {content.slug: content for content in SPECIALTIES}
        for status, slug, owned in UNPUBLISHED:
            content = by_slug[slug]
            draft = self._draft(content, self._topic_of(content), status)
            if status != Question.Status.HIDDEN:
                # Never answered, so no doctor has given it topics, a headline or a reply.
                question = draft.question
                question.answered_at = None
                question.headline = question.more_info = ""
                question.asker = asker if owned else None
                if question.asker:
                    question.asker_name = DEMO_PATIENT_PSEUDONYM
                    question.asker_age_range = Question.AgeRange.AGE_30
                    question.asker_gender = Question.Gender.FEMALE
                if status == Question.Status.REJECTED:
                    question.rejection_reason = REJECTION_REASON
                question.view_count = 0
                draft.topic_ids, draft.replies = [], []
                if status != Question.Status.REJECTED:
                    question.created_at = self.today - timedelta(hours=self.rng.randint(2, 240))
            yield draft

    def _topic_of(self, content: SpecialtyContent) -> TopicContent:
        return self.rng.choices(content.topics, weights=self.topic_weights[content.slug])[0]

    def _topics_for(self, content: SpecialtyContent, main: TopicContent) -> list[TopicContent]:
        """The main topic, and sometimes one or two of the topics usually seen with it."""
        related = [topic for topic in content.topics if topic.name in main.related]
        extra = self.rng.choices((0, 1, 2), weights=(45, 35, 20))[0]
        return [main, *self.rng.sample(related, k=min(extra, len(related)))]

    def _draft(
        self, content: SpecialtyContent, topic: TopicContent, status: Question.Status
    ) -> Draft:
        rng = self.rng
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
        created_at = self.today - timedelta(seconds=rng.randint(86_400, HISTORY_DAYS * 86_400))
        # Most questions are answered within a day or two; a few wait over a week.
        answered_at = min(
            created_at + timedelta(minutes=int(rng.expovariate(1 / 2500)) % (10 * 1440)),
            self.today,
        )
        age_days = (self.today - created_at).days
        question = Question(
            specialty=self.specialties[content.slug],
            asker_name=text.asker_name,
            asker_age_range=text.age_range,
            asker_gender=text.gender,
            title=text.title,
            body=text.body,
            headline=text.headline,
            more_info=text.more_info,
            status=status,
            created_at=created_at,
            answered_at=answered_at,
            view_count=int(rng.paretovariate(1.4) * 30) + age_days // 15,
        )
        replies = [Reply(doctor=answerers[0], body=text.replies[0], created_at=answered_at)]
        if len(answerers) > 1:
            later = answered_at + timedelta(minutes=rng.randint(30, 4 * 1440))
            replies.append(Reply(doctor=answerers[1], body=text.replies[1], created_at=later))
        return Draft(question, [self.topics[t.name].pk for t in topics], replies)


def _specialty(content: SpecialtyContent) -> Specialty:
    specialty, _ = Specialty.objects.get_or_create(
        slug=content.slug, defaults={"name": content.name, "description": content.description}
    )
    return specialty


def _topic(content: TopicContent, specialty: Specialty) -> Topic:
    # Topic names are case-insensitive (TAGGIT_CASE_INSENSITIVE), so match them that way.
    topic, _ = Topic.objects.get_or_create(
        name__iexact=content.name,
        defaults={
            "name": content.name,
            "specialty": specialty,
            "description": content.description,
        },
    )
    return topic


def _doctors(rng: random.Random, specialties: dict[str, Specialty]) -> dict[str, list[Doctor]]:
    by_slug = {content.slug: content for content in SPECIALTIES}
    licences = rng.sample(range(100_000, 1_000_000), k=len(people.DOCTORS))
    doctors: dict[str, list[Doctor]] = {slug: [] for slug in specialties}
    for (name, slugs), licence in zip(people.DOCTORS, licences, strict=True):
        affiliation = rng.choice(people.AFFILIATIONS)
        doctor = _doctor(
            name,
            affiliation=affiliation,
            licence_number=f"MC-{licence}",
            bio=_bio(rng, name, affiliation, by_slug[slugs[0]]),
        )
        doctor.specialties.add(*(specialties[slug] for slug in slugs))
        for slug in slugs:
            doctors[slug].append(doctor)
    return doctors


def _doctor(name: str, *, affiliation: str, licence_number: str, bio: str) -> Doctor:
    slug = slugify(name)
    user, _ = get_user_model().objects.get_or_create(
        username=f"dr-{slug}", defaults={"password": make_password(None)}
    )
    doctor, _ = Doctor.objects.get_or_create(
        user=user,
        defaults={
            "name": name,
            "slug": slug,
            "affiliation": affiliation,
            "licence_number": licence_number,
            "is_verified": True,
            "bio": bio,
        },
    )
    return doctor


def _bio(rng: random.Random, name: str, affiliation: str, home: SpecialtyContent) -> str:
    plain = [t for t in home.topics if " and " not in t.name] or list(home.topics)
    interests = [topic_in_sentence(t.name) for t in rng.sample(plain, k=2)]
    values = {
        "name": name,
        "practitioner": home.practitioner,
        "affiliation": affiliation,
        "years": rng.randint(6, 28),
        "school": rng.choice(people.MEDICAL_SCHOOLS),
        "interests": " and ".join(interests),
    }
    sentences = [
        rng.choice(people.BIO_OPENINGS),
        rng.choice(people.BIO_TRAINING),
        rng.choice(people.BIO_INTERESTS),
        *rng.sample(people.BIO_EXTRAS, k=rng.randint(0, 2)),
    ]
    return " ".join(sentence.format(**values) for sentence in sentences)


def _demo_logins(specialties: dict[str, Specialty]) -> AbstractUser:
    """Create the three demo accounts; returns the patient, who owns the waiting questions."""
    users = get_user_model().objects
    logins = {login.role: login for login in DEMO_LOGINS}

    def account(role: str, **fields: object) -> AbstractUser:
        login = logins[role]
        user, _ = users.get_or_create(username=login.username, defaults=fields)
        user.set_password(login.password)
        user.save(update_fields=["password"])
        return user

    patient = account("patient", email="patient@example.com")
    Profile.objects.update_or_create(
        user=patient,
        defaults={
            "pseudonym": DEMO_PATIENT_PSEUDONYM,
            "age_range": Question.AgeRange.AGE_30,
            "gender": Question.Gender.FEMALE,
        },
    )
    doctor_user = account("doctor", email="doctor@example.com")
    doctor, _ = Doctor.objects.get_or_create(
        user=doctor_user,
        defaults={
            "name": DEMO_DOCTOR_NAME,
            "slug": slugify(DEMO_DOCTOR_NAME),
            "affiliation": "Meadowbank Health Centre",
            "licence_number": "MC-DEMO-0001",
            "is_verified": True,
            "bio": (
                f"Dr. {DEMO_DOCTOR_NAME} is a family physician at Meadowbank Health Centre "
                "who also sees children in the practice's pediatric clinic."
            ),
        },
    )
    doctor.specialties.add(*(specialties[slug] for slug in DEMO_DOCTOR_SPECIALTIES))
    moderator = account("moderator", email="moderator@example.com", is_staff=True)
    # The group and its permissions are kept by forum.accounts.roles after every migrate.
    moderator.groups.add(Group.objects.get(name=roles.MODERATORS))
    return patient
