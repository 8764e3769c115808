"""Save drafted questions with their topic links and replies, a batch at a time.

PostgreSQL takes them with COPY (forum.demo.copying), fast enough for a million
questions; other databases (SQLite for `make run`) with bulk_create.
"""

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Self

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.utils import CursorWrapper
from django.db.models import F

from forum.qa.models import Question, Reply, TaggedQuestion

from .copying import Copy, CopyTable
from .drafts import Draft, Row

QUESTION_PK = Question._meta.pk.attname


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
    """

    def __init__(self) -> None:
        self.questions = CopyTable(Question)
        self.links = CopyTable(TaggedQuestion)
        self.replies = CopyTable(Reply)
        self.copier = ThreadPoolExecutor(max_workers=1, thread_name_prefix="seed-demo-copy")
        self.pending: Future | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            self._wait()
        finally:
            self.copier.shutdown()
        if kind is None:
            self._analyze()

    def save(self, drafts: Sequence[Draft]) -> int:
        # Ids come from the connection, which is busy until the previous batch is in.
        self._wait()
        questions = [draft.question for draft in drafts]
        self.questions.reserve_ids(questions)
        links, replies = _links(drafts), _replies(drafts)
        self.links.reserve_ids(links)
        self.replies.reserve_ids(replies)
        copies = [
            self.questions.copy_of(questions),
            self.links.copy_of(links),
            self.replies.copy_of(replies),
        ]
        connection = connections[DEFAULT_DB_ALIAS]
        self.pending = self.copier.submit(_run, connection.cursor(), copies)
        return len(replies)

    def _analyze(self) -> None:
        """Give the planner the tables' new size and contents (in this transaction).

        The queries that follow, rebuild_derived's first, are otherwise planned for the
        empty tables autovacuum last saw: on a million rows its counts take twice as long.
        """
        connection = connections[DEFAULT_DB_ALIAS]
        tables = (self.questions.table, self.links.table, self.replies.table)
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {', '.join(map(connection.ops.quote_name, tables))}")

    def _wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()


def _run(cursor: CursorWrapper, copies: list[Copy]) -> None:
    with cursor:
        for copy in copies:
            copy.run(cursor)


class BulkCreateSaver:
    """Any database whose bulk inserts return primary keys, as SQLite's do."""

    def __init__(self) -> None:
        if not connections[DEFAULT_DB_ALIAS].features.can_return_rows_from_bulk_insert:
            raise RuntimeError("seed_demo needs a database whose bulk inserts return primary keys.")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            # auto_now stamped every reply with today; demo replies were never edited.
            Reply.objects.update(updated_at=F("created_at"))

    def save(self, drafts: Sequence[Draft]) -> int:
        questions = Question.objects.bulk_create([Question(**draft.question) for draft in drafts])
        for draft, question in zip(drafts, questions, strict=True):
            draft.question[QUESTION_PK] = question.pk
        TaggedQuestion.objects.bulk_create([TaggedQuestion(**link) for link in _links(drafts)])
        replies = _replies(drafts)
        Reply.objects.bulk_create([Reply(**reply) for reply in replies])
        return len(replies)


def _links(drafts: Sequence[Draft]) -> list[Row]:
    return [
        {"content_object_id": draft.question[QUESTION_PK], "tag_id": topic_id}
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
