"""Write the demo content into the database.

Specialties, topics and doctors are few and created one by one; questions, their topic
links and replies are drafted in Python (forum.demo.drafts) and saved in batches
(forum.demo.saving): with COPY on PostgreSQL, so that a million questions take a few
minutes, and with bulk_create on SQLite.
"""

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser, Group
from django.utils.text import slugify

from forum.accounts import roles
from forum.accounts.models import Doctor, Profile
from forum.qa.models import Question, Specialty, Topic

from . import colleagues, follow_ups, people
from .chinese_names import NAMES
from .drafts import DEMO_PATIENT_PSEUDONYM, UNPUBLISHED, Draft, DraftBuilder
from .saving import saver_for_database
from .specialties import SPECIALTIES
from .text import topic_in_sentence
from .types import SpecialtyContent, TopicContent

BATCH_SIZE = 2000


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
    agreements: int = 0
    follow_ups: int = 0
    unpublished: int = 0
    logins: list[DemoLogin] = field(default_factory=list)


Progress = Callable[[int, int], None]


def seed_forum(
    *, questions: int, random_seed: int, demo_logins: bool, progress: Progress
) -> SeedResult:
    """Fill an empty forum. The caller runs this inside one transaction."""
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

    patient = demo_doctor = None
    if demo_logins:
        patient, demo_doctor = _demo_logins(specialties)
        result.logins = list(DEMO_LOGINS)

    builder = DraftBuilder(random.Random(random_seed), specialties, topics, doctors)
    with saver_for_database() as saver:
        for drafts in _batches(builder.answered(questions), BATCH_SIZE):
            result.replies += saver.save(drafts)
            result.answered += len(drafts)
            progress(result.answered, questions)
        saver.save(list(builder.unpublished(patient)))
        if demo_doctor:
            # After the rest, so that DEBUG changes none of the text of the others.
            drafts = list(builder.answered_by(demo_doctor, DEMO_DOCTOR_SPECIALTIES))
            result.replies += saver.save(drafts)
            result.answered += len(drafts)
    colleagues.date_doctors()
    result.agreements = colleagues.add_agreements(
        random.Random(f"{random_seed}:agreements"), doctors
    )
    result.follow_ups = follow_ups.add_follow_ups(random.Random(f"{random_seed}:follow-ups"))
    if patient:
        follow_ups.give_an_answer_to(patient)
    result.unpublished = len(UNPUBLISHED)
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


def _specialty(content: SpecialtyContent) -> Specialty:
    specialty, _ = Specialty.objects.get_or_create(
        slug=content.slug,
        defaults={
            "name": content.name,
            "name_zh_hant": NAMES.get(content.name, ""),
            "description": content.description,
        },
    )
    return specialty


def _topic(content: TopicContent, specialty: Specialty) -> Topic:
    # Topic names are case-insensitive (TAGGIT_CASE_INSENSITIVE), so match them that way.
    topic, _ = Topic.objects.get_or_create(
        name__iexact=content.name,
        defaults={
            "name": content.name,
            "name_zh_hant": NAMES.get(content.name, ""),
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


def _demo_logins(specialties: dict[str, Specialty]) -> tuple[AbstractUser, Doctor]:
    """Create the three demo accounts; returns the patient, who owns some of the waiting
    questions, and the doctor, who has answered some already."""
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
    return patient, doctor
