"""What happens after a change commits: the pages that show it are made again, and what is
derived from it (counts, Similar Q&A, Related FAQ) is recomputed in the background.

The lifecycle, answering, moderation and the admin call these inside their transactions,
before or after the change: what the questions carried before (topics, specialty, doctors)
is noted now, what they carry after is read by the task. Nothing happens on a rollback.
"""

from collections.abc import Iterable

from django.db import transaction

from forum.core import pagecache
from forum.core.background import enqueue

from . import derived
from .models import Question, Reply, TaggedQuestion
from .tasks import refresh_derived


def questions_changed(question_ids: Iterable[int]) -> None:
    """Their status, text, topics, specialty or replies changed, or they are being deleted."""
    ids = sorted(set(question_ids))
    if not ids:
        return
    before = {
        "topic_ids": _ids(TaggedQuestion.objects.filter(content_object__in=ids), "tag_id"),
        "specialty_ids": _ids(Question.objects.filter(pk__in=ids), "specialty_id"),
        "doctor_ids": _ids(Reply.objects.filter(question__in=ids), "doctor_id"),
    }

    def after_commit() -> None:
        # The cards' reply is set at once, not by the task: a hidden reply leaves them now.
        derived.set_first_replies(ids)
        pagecache.invalidate(*(f"question:{pk}" for pk in ids))
        enqueue(refresh_derived, ids, **before)

    transaction.on_commit(after_commit)


def _ids(queryset, field: str) -> list[int]:
    return sorted(set(queryset.values_list(field, flat=True)))
