"""What the load visits, and who visits it: chosen once per run inside Django.

Samples come from a fixed random seed, so two runs on the same database request the same
pages and their figures can be compared.
"""

import random
import sys
from dataclasses import dataclass, field
from importlib import import_module
from urllib.parse import quote_plus

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.urls import NoReverseMatch, Resolver404, resolve, reverse

from forum.accounts.models import Doctor, Profile
from forum.qa.models import Question, Specialty

BENCH_USERNAME = "bench-patient"
BENCH_READER_USERNAME = "bench-reader"
BENCH_STAFF_USERNAME = "bench-staff"
SAMPLE_SEED = 20240601
QUESTION_PAGES = 2000
TOPIC_PAGES = 100
SEARCH_PATH = "/search/"


@dataclass(frozen=True)
class Target:
    """One kind of page and the paths the load rotates over; none when the page is missing."""

    page: str
    paths: list[str] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return bool(self.paths)


@dataclass(frozen=True)
class Plan:
    targets: list[Target]
    question_ids: list[int]


def bench_patient():
    """A patient account of the benchmark's own, created once per database, who asks
    questions (make bench-writes)."""
    return _bench_user(BENCH_USERNAME)


def bench_reader():
    """A patient who only reads, so that no page the load visits is their own question."""
    return _bench_user(BENCH_READER_USERNAME)


def bench_staff():
    """A staff account without permissions, whose pages are never shared: what the site
    costs when a page is made afresh."""
    return _bench_user(BENCH_STAFF_USERNAME, is_staff=True)


def _bench_user(username: str, **fields):
    user, created = get_user_model().objects.get_or_create(username=username, defaults=fields)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    Profile.objects.get_or_create(user=user)
    return user


def login_cookie(user) -> str:
    """A `Cookie` header value for a session logged in as `user`.

    The session is written the way django.contrib.auth.login writes it, into whatever
    session backend the settings name, so the server (same settings, same SECRET_KEY for
    the auth hash) accepts it.
    """
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = settings.FORUM_AUTHENTICATION_BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _sample(rng: random.Random, items: list, count: int) -> list:
    return list(items) if len(items) <= count else rng.sample(items, count)


def _resolves(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def choose() -> Plan:
    """The pages of every kind the benchmark visits, in the order the table shows them."""
    rng = random.Random(SAMPLE_SEED)
    public_ids = list(Question.objects.public().order_by("pk").values_list("pk", flat=True))
    question_ids = _sample(rng, public_ids, QUESTION_PAGES)
    questions = Question.objects.prefetch_related("topics").in_bulk(question_ids)
    topics_by_id = {topic.pk: topic for q in questions.values() for topic in q.topics.all()}
    topics = [topics_by_id[pk] for pk in _sample(rng, sorted(topics_by_id), TOPIC_PAGES)]
    search = [f"{SEARCH_PATH}?q={quote_plus(topic.name)}" for topic in topics]
    targets = [
        Target("home", [reverse("qa:home")]),
        Target("specialty", [s.get_absolute_url() for s in Specialty.objects.order_by("pk")]),
        Target("topic", [topic.get_absolute_url() for topic in topics]),
        Target("question", [questions[pk].get_absolute_url() for pk in question_ids]),
        Target("doctor", [d.get_absolute_url() for d in Doctor.objects.verified().order_by("pk")]),
        Target("search", search if _searchable() else []),
    ]
    return Plan(targets, question_ids)


def _searchable() -> bool:
    """Search exists and every public question has its words stored (a database migrated
    from before search has them once `manage.py rebuild_derived` ran)."""
    if not _resolves(SEARCH_PATH):
        return False
    if Question.objects.public().filter(search_vector__isnull=True).exists():
        print(
            "Search is not measured: some questions have no search vector yet "
            "(run manage.py rebuild_derived on the benchmark database).",
            file=sys.stderr,
        )
        return False
    return True


def healthz_path() -> str:
    return reverse("healthz")


def login_check_path() -> str | None:
    """A page only a logged-in visitor sees, to prove the session cookie works."""
    try:
        return reverse("qa:my_questions")
    except NoReverseMatch:
        return None
