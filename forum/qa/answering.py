"""Publishing and editing doctors' replies: every write of an answer goes through here."""

from dataclasses import dataclass, field
from uuid import UUID

from django.db import IntegrityError, transaction
from django.utils import timezone

from forum.accounts.models import Doctor

from .models import Question, Reply, Topic
from .notifications import notify_answered


class NotAnswerable(Exception):
    """The question stopped taking answers (withdrawn, rejected, hidden, or edited back to
    review) while the doctor was writing."""


@dataclass
class Answer:
    body: str
    submission_key: UUID
    headline: str = ""
    more_info: str = ""
    topics: list[Topic] = field(default_factory=list)
    new_topic_names: list[str] = field(default_factory=list)


def publish_answer(question: Question, doctor: Doctor, answer: Answer) -> Reply:
    """Save the reply, its topics and the question's headline, and mark it answered.

    All or nothing, in one transaction. The asker is emailed after the commit, for the
    first answer only. A second submission of the same form returns the first reply.
    """
    try:
        with transaction.atomic():
            question = Question.objects.select_for_update().get(pk=question.pk)
            existing = Reply.objects.filter(submission_key=answer.submission_key).first()
            if existing:
                return existing
            if question.status not in Question.TAKES_ANSWERS:
                raise NotAnswerable
            now = timezone.now()
            reply = Reply.objects.create(
                question=question,
                doctor=doctor,
                body=answer.body,
                created_at=now,
                submission_key=answer.submission_key,
            )
            first_answer = question.status != Question.Status.ANSWERED
            question.headline = answer.headline
            question.more_info = answer.more_info
            question.claimed_by = question.claimed_until = None
            if first_answer:
                question.status = Question.Status.ANSWERED
                question.answered_at = now
            question.save(
                update_fields=[
                    "headline", "more_info", "claimed_by", "claimed_until", "status", "answered_at"
                ]
            )  # fmt: skip
            # The form offers the topics of the question's specialty; others stay as they are.
            kept = question.topics.exclude(specialty_id=question.specialty_id)
            question.topics.set(
                [
                    *kept,
                    *answer.topics,
                    *_topics_named(answer.new_topic_names, question.specialty_id),
                ]
            )
            if first_answer:
                notify_answered(question)
            return reply
    except IntegrityError:
        # Two submissions of one form raced past the check: the other one was saved.
        duplicate = Reply.objects.filter(submission_key=answer.submission_key).first()
        if duplicate is None:
            raise
        return duplicate


def _topics_named(names: list[str], specialty_id: int) -> list[Topic]:
    """Existing topics of these names (in any case), or new ones in the question's specialty."""
    topics = []
    for name in names:
        topic = Topic.objects.filter(name__iexact=name).first()
        topics.append(topic or Topic.objects.create(name=name, specialty_id=specialty_id))
    return topics


def edit_reply(reply: Reply, body: str) -> Reply:
    reply.body = body
    reply.edited_at = timezone.now()
    reply.save(update_fields=["body", "edited_at", "updated_at"])
    return reply
