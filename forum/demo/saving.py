"""Save drafted questions with their topic links and replies, a batch at a time.

PostgreSQL takes them with COPY (forum.demo.copying), fast enough for a million
questions; other databases (SQLite for `make run`) with bulk_create.
"""

from collections.abc import Sequence
from typing import Protocol

from django.db import connection
from django.db.models import F

from forum.qa.models import Question, Reply, TaggedQuestion

from .copying import CopyTable
from .drafts import Draft, Row

QUESTION_PK = Question._meta.pk.attname


class Saver(Protocol):
    def save(self, drafts: Sequence[Draft]) -> int:
        """Write the drafts; returns how many replies were written."""

    def finish(self) -> None:
        """Complete what the batches left to the end."""


def saver_for_database() -> Saver:
    if connection.vendor == "postgresql":
        return CopySaver()
    return BulkCreateSaver()


class CopySaver:
    """PostgreSQL: COPY each batch into the three tables, ids taken from their sequences."""

    def __init__(self) -> None:
        self.questions = CopyTable(Question)
        self.links = CopyTable(TaggedQuestion)
        self.replies = CopyTable(Reply)

    def save(self, drafts: Sequence[Draft]) -> int:
        self.questions.write([draft.question for draft in drafts])
        self.links.write(_links(drafts))
        replies = _replies(drafts)
        self.replies.write(replies)
        return len(replies)

    def finish(self) -> None:
        pass


class BulkCreateSaver:
    """Any database whose bulk inserts return primary keys, as SQLite's do."""

    def __init__(self) -> None:
        if not connection.features.can_return_rows_from_bulk_insert:
            raise RuntimeError("seed_demo needs a database whose bulk inserts return primary keys.")

    def save(self, drafts: Sequence[Draft]) -> int:
        questions = Question.objects.bulk_create([Question(**draft.question) for draft in drafts])
        for draft, question in zip(drafts, questions, strict=True):
            draft.question[QUESTION_PK] = question.pk
        TaggedQuestion.objects.bulk_create([TaggedQuestion(**link) for link in _links(drafts)])
        replies = _replies(drafts)
        Reply.objects.bulk_create([Reply(**reply) for reply in replies])
        return len(replies)

    def finish(self) -> None:
        # auto_now stamped every reply with today; demo replies were never edited.
        Reply.objects.update(updated_at=F("created_at"))


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
