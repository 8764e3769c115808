"""Save drafted questions with their topic links and replies, a batch at a time.

PostgreSQL takes them with COPY (forum.demo.copying), fast enough for a million
questions; other databases (SQLite for `make run`) with bulk_create.
"""

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Self

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.utils import CursorWrapper
from django.db.models import F

from forum.qa import derived, search
from forum.qa.models import Question, Reply, TaggedQuestion

from .copying import Copy, CopyTable
from .drafts import Draft, Row

QUESTION_PK = Question._meta.pk.attname
ANSWERED = Question.Status.ANSWERED


def saver_for_database() -> "CopySaver | BulkCreateSaver":
    """The fastest way this database has; use it as a context manager around the batches."""
    if connections[DEFAULT_DB_ALIAS].vendor == "postgresql":
        return CopySaver()
    return BulkCreateSaver()


class CopySaver:
    """PostgreSQL: COPY each batch into the three tables, ids taken from their sequences.

    The database takes in one batch while Python drafts the next, so that both cores of a
    small machine work: the COPY runs in a second thread, on the same connection and so in
    the same transaction, and at most one batch waits at a time.

    Each question is written once and whole, with what the site derives from it
    (forum.qa.derived): its first reply, its topic set, its topic links' dates, and its
    search vector, which PostgreSQL computes as the row moves in from a staging table. The
    rebuild that follows then has none of them to write: on a million questions, writing
    each row again took most of the load's time.

    The question table's indexes, but its primary key, are dropped for the load and built
    again at the end: PostgreSQL builds an index over a million rows far faster than it
    updates it a row at a time ("Populating a Database" in its manual). The saver works
    in a savepoint of its own, rolled back if the load fails, which puts them back. Until
    the transaction ends, the question table is locked: seed_demo fills a new forum.
    """

    staging = "seed_demo_question"

    def __init__(self) -> None:
        self.questions = CopyTable(Question)
        self.links = CopyTable(TaggedQuestion)
        self.replies = CopyTable(Reply)
        self.topic_sets = derived.TopicSets()
        self.indexes: list[tuple[str, str]] = []  # (name, definition) of those dropped
        self.copier = ThreadPoolExecutor(max_workers=1, thread_name_prefix="seed-demo-copy")
        self.pending: Future | None = None
        self.savepoint: transaction.Atomic | None = None

    def __enter__(self) -> Self:
        connection = connections[DEFAULT_DB_ALIAS]
        # A savepoint of its own: if the load fails, rolling back to it puts the indexes
        # back and drops the staging table, whatever the caller does with the error.
        self.savepoint = transaction.atomic()
        self.savepoint.__enter__()
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMPORARY TABLE {quote(self.staging)} "
                f"(LIKE {quote(self.questions.table)} INCLUDING DEFAULTS)"
            )
            # Indexes of constraints stay (the primary key, unique and exclusion ones).
            cursor.execute(
                "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
                "WHERE indrelid = %s::regclass AND NOT indisunique AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint WHERE conindid = indexrelid) ORDER BY 1",
                [quote(self.questions.table)],
            )
            self.indexes = cursor.fetchall()
            for name, _ in self.indexes:
                cursor.execute(f"DROP INDEX {name}")
        # The copying thread uses this connection too (with DEBUG on, logging a query
        # opens a cursor of its own).
        connection.inc_thread_sharing()
        return self

    def __exit__(self, kind: type[BaseException] | None, error, traceback) -> None:
        try:
            try:
                self._wait()
            finally:
                self.copier.shutdown()
                connections[DEFAULT_DB_ALIAS].dec_thread_sharing()
            if kind is None:
                self._finish()
        except BaseException as failure:
            self.savepoint.__exit__(type(failure), failure, failure.__traceback__)
            raise
        self.savepoint.__exit__(kind, error, traceback)

    def _finish(self) -> None:
        """Drop the staging table, build the indexes again and analyse the tables."""
        connection = connections[DEFAULT_DB_ALIAS]
        # The rows' deferred foreign key checks run now: PostgreSQL does not index a table
        # with checks pending.
        connection.check_constraints()
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {connection.ops.quote_name(self.staging)}")
            # For this transaction only: a text index over a million rows wants more.
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in self.indexes:
                cursor.execute(definition)
        derived.analyze()

    def save(self, drafts: Sequence[Draft]) -> int:
        # Ids come from the connection, which is busy until the previous batch is in.
        self._wait()
        questions = [draft.question for draft in drafts]
        self.questions.reserve_ids(questions)
        links, replies = _links(drafts), _replies(drafts)
        self.links.reserve_ids(links)
        self.replies.reserve_ids(replies)
        for draft in drafts:
            draft.question["first_reply_id"] = _first_reply_id(draft)
            draft.question["topic_set_id"] = self.topic_sets.of(
                draft.question["specialty_id"], draft.topic_ids
            )
        ids = [question[QUESTION_PK] for question in questions]
        vectors, params = search.vectors(ids, table=self.staging)
        connection = connections[DEFAULT_DB_ALIAS]
        copies = [
            self.links.copy_of(links),
            self.replies.copy_of(replies),
            self.questions.copy_of(questions, into=self.staging),
            (self._moving_in(vectors), params),
            (f"TRUNCATE {connection.ops.quote_name(self.staging)}", None),
        ]
        self.pending = self.copier.submit(_run, connection.cursor(), copies)
        return len(replies)

    def _moving_in(self, vectors: str) -> str:
        """The questions from the staging table into theirs, each with its vector."""
        quote = connections[DEFAULT_DB_ALIAS].ops.quote_name
        vector = Question._meta.get_field("search_vector").column
        columns = [field.column for field in self.questions.fields if field.column != vector]
        names = ", ".join(map(quote, columns))
        return (
            f"INSERT INTO {quote(self.questions.table)} ({names}, {quote(vector)}) "
            f"SELECT {', '.join(f'staged.{quote(c)}' for c in columns)}, fresh.vector "
            f"FROM {quote(self.staging)} AS staged JOIN ({vectors}) AS fresh USING (id)"
        )

    def _wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()


def _run(cursor: CursorWrapper, steps: list[Copy | tuple[str, dict | None]]) -> None:
    with cursor:
        for step in steps:
            if isinstance(step, Copy):
                step.run(cursor)
            else:
                cursor.execute(*step)


class BulkCreateSaver:
    """Any database whose bulk inserts return primary keys, as SQLite's do. As the COPY
    saver, it writes each question with its first reply, topic set and topic links' dates
    (the search vectors are PostgreSQL's)."""

    def __init__(self) -> None:
        if not connections[DEFAULT_DB_ALIAS].features.can_return_rows_from_bulk_insert:
            raise RuntimeError("seed_demo needs a database whose bulk inserts return primary keys.")
        self.topic_sets = derived.TopicSets()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            # auto_now stamped every reply with today; demo replies were never edited.
            Reply.objects.update(updated_at=F("created_at"))

    def save(self, drafts: Sequence[Draft]) -> int:
        for draft in drafts:
            draft.question["topic_set_id"] = self.topic_sets.of(
                draft.question["specialty_id"], draft.topic_ids
            )
        questions = Question.objects.bulk_create([Question(**draft.question) for draft in drafts])
        for draft, question in zip(drafts, questions, strict=True):
            draft.question[QUESTION_PK] = question.pk
        TaggedQuestion.objects.bulk_create([TaggedQuestion(**link) for link in _links(drafts)])
        replies = _replies(drafts)
        Reply.objects.bulk_create([Reply(**reply) for reply in replies])
        derived.set_first_replies([question.pk for question in questions])
        return len(replies)


def _first_reply_id(draft: Draft) -> int | None:
    """As forum.qa.derived.set_first_replies: the first visible reply (drafts have none
    hidden)."""
    first = min(draft.replies, key=lambda reply: (reply["created_at"], reply["id"]), default=None)
    return first and first["id"]


def _links(drafts: Sequence[Draft]) -> list[Row]:
    """The questions' topic links, dated while the question is public (as
    forum.qa.derived.date_topic_links)."""
    return [
        {
            "content_object_id": draft.question[QUESTION_PK],
            "tag_id": topic_id,
            "answered_at": (
                draft.question["answered_at"] if draft.question["status"] == ANSWERED else None
            ),
        }
        for draft in drafts
        for topic_id in draft.topic_ids
    ]


def _replies(drafts: Sequence[Draft]) -> list[Row]:
    replies = []
    for draft in drafts:
        for reply in draft.replies:
            reply["question_id"] = draft.question[QUESTION_PK]
            replies.append(reply)
    return replies
