"""What the forum derives from its questions, stored and kept current when they change.

- the counts pages show: public questions per topic and per specialty, answers per doctor;
- each question's first visible reply, which its cards show;
- topic pairs: how many public questions carry two topics together (Related FAQ);
- each question's search vector, its words while it is public (forum.qa.search);
- each question's topic set, and each set's ranking of similar questions (Similar Q&A).

`refresh(question_ids)` brings all of it up to date after those questions changed (their
status, topics, replies or specialty); it runs as a background task (forum.qa.tasks) after
the change commits. Its work grows with what changed, not with the site: it recounts only
the topics, specialties and doctors of those questions, and re-ranks only the topic sets
that list them, share a topic with them, or fill up with their specialty's latest answers.
`rebuild()` recomputes everything, for bulk loads and a nightly pass that also settles the
slow drift of weights as N grows.

Each returns the cache tags of what it changed (forum.core.pagecache), so that the pages
showing it are made again.
"""

import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from django.db import connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from forum.accounts.models import Doctor
from forum.core.expressions import IsDistinctFrom

from . import search, similar
from .models import (
    Agreement,
    Question,
    Reply,
    SimilarEntry,
    Specialty,
    TaggedQuestion,
    Topic,
    TopicPair,
    TopicSet,
)

ANSWERED = Question.Status.ANSWERED
CHUNK = 5000

Progress = Callable[[str, int, int], None]


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def refresh(
    question_ids: Iterable[int],
    topic_ids: Iterable[int] = (),
    specialty_ids: Iterable[int] = (),
    doctor_ids: Iterable[int] = (),
) -> set[str]:
    """Bring everything derived from these questions up to date, and from the topics,
    specialties and doctors they had before; returns the cache tags of what changed."""
    ids = sorted(set(question_ids))
    if not ids:
        return set()
    before_topics, before_specialties = set(topic_ids), set(specialty_ids)
    before_doctors = set(doctor_ids)
    with transaction.atomic():
        rows = list(Question.objects.filter(pk__in=ids).values_list("specialty_id", "topic_set_id"))
        old_sets = {set_id for _, set_id in rows if set_id}
        topic_ids = (
            set(
                TaggedQuestion.objects.filter(content_object__in=ids).values_list(
                    "tag_id", flat=True
                )
            )
            | set(
                TopicSet.topics.through.objects.filter(topicset__in=old_sets).values_list(
                    "topic_id", flat=True
                )
            )
            | before_topics
        )
        specialty_ids = (
            {specialty_id for specialty_id, _ in rows}
            | set(TopicSet.objects.filter(pk__in=old_sets).values_list("specialty_id", flat=True))
            | before_specialties
        )
        doctor_ids = (
            set(Reply.objects.filter(question__in=ids).values_list("doctor_id", flat=True))
            | before_doctors
        )
        # Locked in key order, topics before sets, so that two refreshes wait, not deadlock.
        list(Topic.objects.select_for_update().filter(pk__in=topic_ids).order_by("pk"))
        recount_topics(topic_ids)
        recount_specialties(specialty_ids)
        recount_doctors(doctor_ids)
        set_first_replies(ids)
        date_topic_links(ids)
        search.update_vectors(ids)
        assign_topic_sets(ids)
        recount_pairs(topic_ids)
        changed_sets = rank_sets(_sets_to_rank(ids, topic_ids, specialty_ids))
    tags = {"home", *(f"question:{pk}" for pk in ids)}
    tags |= {f"topic:{pk}" for pk in topic_ids} | {f"specialty:{pk}" for pk in specialty_ids}
    tags |= {f"doctor:{pk}" for pk in doctor_ids} | {f"topicset:{pk}" for pk in changed_sets}
    return tags


def rebuild(progress: Progress | None = None, per_question: bool = True) -> None:
    """Recompute everything derived, for the whole forum. Without `per_question`, what
    is stored on each question (its first reply, topic links' dates, search vector and
    topic set) is left as it is, for a bulk load that wrote the questions with theirs
    (seed_demo, a large import): on a million questions, computing them again only to
    find them current takes minutes."""

    def step(name: str, done: int, total: int) -> None:
        if progress:
            progress(name, done, total)

    with transaction.atomic():
        step("counts", 0, 1)
        recount_topics(None)
        recount_specialties(None)
        recount_doctors(None)
        if per_question:
            set_first_replies(None)
            date_topic_links(None)
        step("counts", 1, 1)
        if per_question:
            ids = list(Question.objects.order_by("pk").values_list("pk", flat=True))
            for done, chunk in enumerate(_chunks(ids, 10_000)):
                search.update_vectors(chunk)
                step("search", min((done + 1) * 10_000, len(ids)), len(ids))
            for done, chunk in enumerate(_chunks(ids, 50_000)):
                assign_topic_sets(chunk)
                step("topic sets", min((done + 1) * 50_000, len(ids)), len(ids))
        recount_pairs(None)
        TopicSet.objects.exclude(Exists(Question.objects.filter(topic_set=OuterRef("pk")))).delete()
        set_ids = list(TopicSet.objects.order_by("pk").values_list("pk", flat=True))
        total = similar.public_total()
        for done, chunk in enumerate(_chunks(set_ids, 100)):
            rank_sets(chunk, total)
            step("similar", min((done + 1) * 100, len(set_ids)), len(set_ids))
        transaction.on_commit(search.forget_window_starts)


def analyze() -> None:
    """After a bulk load, give PostgreSQL's planner the new size and contents of the tables
    it filled. Until autovacuum gets to them, the queries that follow (a rebuild's first) are
    planned for the tables as it last saw them, often nearly empty: the topics' counts of
    100,000 imported questions then take 44 s instead of one."""
    if connection.vendor != "postgresql":
        return
    tables = (Question._meta.db_table, TaggedQuestion._meta.db_table, Reply._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {', '.join(map(connection.ops.quote_name, tables))}")


def _store_count(targets, ids, field: str, counted, per: str) -> None:
    """Set `field` of the targets (all of them when `ids` is None) to how many rows of
    `counted` point at each through `per`."""
    if ids is not None:
        targets = targets.filter(pk__in=ids)
    count = (
        counted.filter(**{per: OuterRef("pk")})
        .order_by()
        .values(per)
        .annotate(n=Count("pk"))
        .values("n")
    )
    targets.update(**{field: Coalesce(Subquery(count), 0)})


def recount_topics(topic_ids: Iterable[int] | None) -> None:
    """Public questions per topic (None: every topic)."""
    links = TaggedQuestion.objects.filter(content_object__status=ANSWERED)
    _store_count(Topic.objects, topic_ids, "question_count", links, per="tag")


def recount_specialties(specialty_ids: Iterable[int] | None) -> None:
    public = Question.objects.filter(status=ANSWERED)
    _store_count(Specialty.objects, specialty_ids, "question_count", public, per="specialty")


def recount_doctors(doctor_ids: Iterable[int] | None) -> None:
    """The doctor's visible replies on public questions (their answers), and the
    agreements of other doctors with them."""
    replies = Reply.objects.filter(is_hidden=False, question__status=ANSWERED)
    _store_count(Doctor.objects, doctor_ids, "answer_count", replies, per="doctor")
    received = Agreement.objects.received()
    _store_count(Doctor.objects, doctor_ids, "agreement_count", received, per="reply__doctor")


def set_first_replies(question_ids: Iterable[int] | None) -> int:
    """Point each question (None: every question) at its first visible reply, which its
    cards show; returns how many changed (only those are written)."""
    questions = Question.objects.all()
    if question_ids is not None:
        questions = questions.filter(pk__in=question_ids)
    first = Reply.objects.visible().filter(question=OuterRef("pk")).order_by("created_at", "pk")
    first = Subquery(first.values("pk")[:1])
    return questions.filter(IsDistinctFrom(F("first_reply"), first)).update(first_reply=first)


def date_topic_links(question_ids: list[int] | None) -> int:
    """Copy each question's answer date onto its topic links while it is public (None
    while it is not), for the topic pages; returns how many changed (only those are
    written)."""
    answered_at = Question.objects.filter(pk=OuterRef("content_object"), status=ANSWERED)
    answered_at = Subquery(answered_at.values("answered_at")[:1])
    links = TaggedQuestion.objects.all()
    if question_ids is not None:
        links = links.filter(content_object__in=question_ids)
    return links.filter(IsDistinctFrom(F("answered_at"), answered_at)).update(
        answered_at=answered_at
    )


def recount_pairs(topic_ids: Iterable[int] | None) -> None:
    """The pairs of these topics (None: all pairs), counted over public questions, from
    the questions' topic sets (which must be current): each set's public questions count
    once for each pair of its topics. A million questions share a few thousand sets, so
    this reads one row per question instead of joining every topic link to the others."""
    public = Question.objects.filter(status=ANSWERED)
    members = TopicSet.topics.through.objects.all()
    pairs = TopicPair.objects.all()
    if topic_ids is not None:
        topic_ids = set(topic_ids)
        sets = members.filter(topic__in=topic_ids).values("topicset")
        public = public.filter(topic_set__in=sets)
        members = members.filter(topicset__in=sets)
        pairs = pairs.filter(Q(topic__in=topic_ids) | Q(other__in=topic_ids))
    # One row per set: read whole, which lets PostgreSQL scan in parallel (a cursor does not).
    questions = dict(public.order_by().values_list("topic_set").annotate(n=Count("pk")))
    topics = defaultdict(list)
    for set_id, topic_id in members.values_list("topicset", "topic"):
        topics[set_id].append(topic_id)
    counts: Counter[tuple[int, int]] = Counter()
    for set_id, n in questions.items():
        for topic_id, other_id in itertools.permutations(topics[set_id], 2):
            if topic_ids is None or topic_id in topic_ids or other_id in topic_ids:
                counts[topic_id, other_id] += n
    pairs.delete()
    TopicPair.objects.bulk_create(
        (TopicPair(topic_id=a, other_id=b, count=n) for (a, b), n in counts.items()),
        batch_size=CHUNK,
    )


def topic_set_key(specialty_id: int, topic_ids: Iterable[int]) -> str:
    text = f"{specialty_id}:{','.join(map(str, sorted(set(topic_ids))))}"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def topic_set_id(key: str, specialty_id: int, topic_ids: Iterable[int]) -> int:
    """The set with this key (topic_set_key), created if there is none yet."""
    topic_set, created = TopicSet.objects.get_or_create(
        key=key, defaults={"specialty_id": specialty_id}
    )
    if created:
        topic_set.topics.set(topic_ids)
    return topic_set.pk


class TopicSets:
    """The topic sets of questions a bulk load writes, each looked up or created the first
    time it is asked for."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def of(self, specialty_id: int, topic_ids: Iterable[int]) -> int:
        topic_ids = sorted(set(topic_ids))
        key = topic_set_key(specialty_id, topic_ids)
        if key not in self.ids:
            self.ids[key] = topic_set_id(key, specialty_id, topic_ids)
        return self.ids[key]


def assign_topic_sets(question_ids: list[int]) -> None:
    """Point each question at the set of its specialty and topics, creating sets as needed."""
    topics = defaultdict(list)
    for question_id, topic_id in TaggedQuestion.objects.filter(
        content_object__in=question_ids
    ).values_list("content_object_id", "tag_id"):
        topics[question_id].append(topic_id)
    wanted = {}  # question id -> (key, specialty, topics), for those whose set changes
    current = Question.objects.filter(pk__in=question_ids).values_list(
        "pk", "specialty_id", "topic_set__key"
    )
    for question_id, specialty_id, key in current:
        new_key = topic_set_key(specialty_id, topics[question_id])
        if new_key != key:
            wanted[question_id] = (new_key, specialty_id, sorted(set(topics[question_id])))
    if not wanted:
        return
    set_ids = dict(
        TopicSet.objects.filter(key__in={w[0] for w in wanted.values()}).values_list("key", "pk")
    )
    for key, specialty_id, topic_ids in wanted.values():
        if key not in set_ids:
            set_ids[key] = topic_set_id(key, specialty_id, topic_ids)
    by_set = defaultdict(list)
    for question_id, (key, _, _) in wanted.items():
        by_set[set_ids[key]].append(question_id)
    for set_id, members in by_set.items():
        for chunk in _chunks(members):
            Question.objects.filter(pk__in=chunk).update(topic_set_id=set_id)


def _sets_to_rank(question_ids: list[int], topic_ids: set[int], specialty_ids: set[int]):
    """The sets whose ranking these questions may change: those listing them, sharing a
    topic with them, filling up with their specialty's latest answers, and their own."""
    listing = SimilarEntry.objects.filter(question__in=question_ids).values_list(
        "topic_set", flat=True
    )
    sharing = TopicSet.topics.through.objects.filter(topic__in=topic_ids).values_list(
        "topicset", flat=True
    )
    filling = (
        TopicSet.objects.filter(specialty__in=specialty_ids)
        .annotate(n=Count("entries"), fills=Count("entries", filter=Q(entries__score=0)))
        .filter(Q(n__lt=similar.STORED) | Q(fills__gt=0))
        .values_list("pk", flat=True)
    )
    own = Question.objects.filter(pk__in=question_ids).values_list("topic_set", flat=True)
    candidates = {*listing, *sharing, *filling, *own} - {None}
    in_use = Exists(Question.objects.filter(topic_set=OuterRef("pk")))
    return list(
        TopicSet.objects.filter(pk__in=candidates).filter(in_use).values_list("pk", flat=True)
    )


def rank_sets(set_ids: Iterable[int], total: int | None = None) -> list[int]:
    """Rank these sets again and store what changed; returns the sets that changed."""
    set_ids = list(set_ids)
    total = similar.public_total() if total is None else total
    topic_sets = (
        TopicSet.objects.select_for_update()
        .filter(pk__in=set_ids)
        .prefetch_related("topics")
        .order_by("pk")
    )
    stored = defaultdict(list)
    for entry in SimilarEntry.objects.filter(topic_set__in=set_ids).order_by("rank"):
        stored[entry.topic_set_id].append((entry.question_id, round(entry.score, 6)))
    changed = []
    for topic_set in topic_sets:
        ranking = [(pk, round(score, 6)) for pk, score in similar.rank(topic_set, total)]
        if ranking == stored[topic_set.pk]:
            continue
        SimilarEntry.objects.filter(topic_set=topic_set).delete()
        SimilarEntry.objects.bulk_create(
            SimilarEntry(topic_set=topic_set, question_id=pk, rank=rank, score=score)
            for rank, (pk, score) in enumerate(ranking, start=1)
        )
        changed.append(topic_set.pk)
    return changed
