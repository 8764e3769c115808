"""Publishing and editing doctors' replies: every write of an answer goes through here.

The question's status changes through the lifecycle; this module writes the reply and
what the doctor changed on the page (headline, More Info, topics).
"""

from dataclasses import dataclass, field
from uuid import UUID

from django.db import IntegrityError, transaction
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.core import pagecache
from forum.core.models import Event

from . import changes, history, lifecycle
from .models import Question, Reply, Review, TaggedQuestion, Topic


@dataclass
class PageChanges:
    """What the doctor changed on purpose in the page's fields; None means "left as it was",
    so a further reply never overwrites what the first doctor wrote."""

    headline: str | None = None
    more_info: str | None = None
    topics_added: list[Topic] = field(default_factory=list)
    topics_removed: list[Topic] = field(default_factory=list)
    new_topic_names: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = []
        if self.headline is not None:
            parts.append("headline")
        if self.more_info is not None:
            parts.append("More Info")
        if self.topics_added or self.topics_removed or self.new_topic_names:
            parts.append("topics")
        return ", ".join(parts)


@dataclass
class Answer:
    body: str
    submission_key: UUID
    page: PageChanges = field(default_factory=PageChanges)


def publish_answer(question: Question, doctor: Doctor, answer: Answer) -> Reply:
    """Save the reply and what the doctor changed on the page, and mark the question
    answered.

    All or nothing, in one transaction. The lifecycle writes the email to the asker, for the
    first answer only, and it is sent once the transaction commits. A second submission of
    the same form returns the first reply.
    Raises lifecycle.IllegalTransition when the question stopped taking answers.
    """
    try:
        with transaction.atomic():
            question = Question.objects.select_for_update().get(pk=question.pk)
            existing = Reply.objects.filter(submission_key=answer.submission_key).first()
            if existing:
                return existing
            further_reply = question.status == Question.Status.ANSWERED
            now = timezone.now()
            # The page first: the lifecycle's email to the asker links to its final address.
            _change_page(question, answer.page, doctor.user, now)
            lifecycle.answer(question, doctor.user, now=now)
            reply = Reply.objects.create(
                question=question,
                doctor=doctor,
                body=answer.body,
                created_at=now,
                submission_key=answer.submission_key,
            )
            changed = answer.page.describe()
            if further_reply and changed:
                Event.record(doctor.user, Event.Action.EDIT, question, reason=f"Changed {changed}")
            return reply
    except IntegrityError:
        # Two submissions of one form raced past the check: the other one was saved.
        duplicate = Reply.objects.filter(submission_key=answer.submission_key).first()
        if duplicate is None:
            raise
        return duplicate


def _change_page(question: Question, changes: PageChanges, editor, now) -> None:
    if changes.headline is not None:
        question.headline = changes.headline
    if changes.more_info is not None:
        question.more_info = changes.more_info
    # Most answers change neither: nothing to compare with what is stored.
    edited = changes.headline is not None or changes.more_info is not None
    if edited and (fields := history.page_edited(question, editor, now)):
        question.save(update_fields=fields)
    if changes.topics_removed:
        # taggit's remove() matches names; the links are removed by their topics instead.
        TaggedQuestion.objects.filter(
            content_object=question, tag__in=changes.topics_removed
        ).delete()
    added = [*changes.topics_added, *_topics_named(changes.new_topic_names, question.specialty_id)]
    if added:
        question.topics.add(*added)


def _topics_named(names: list[str], specialty_id: int) -> list[Topic]:
    """Existing topics of these names (in any case), or new ones in the question's specialty."""
    topics = []
    for name in names:
        topic = Topic.objects.filter(name__iexact=name).first()
        topics.append(topic or Topic.objects.create(name=name, specialty_id=specialty_id))
    return topics


def edit_reply(reply: Reply, body: str, editor) -> Reply:
    """Its author (`editor`, the doctor's user) rewrote it: an edit is a review too, and
    the body it replaces is kept (forum.qa.history). Saved unchanged, it keeps nothing and
    gets no "edited" date: the doctor read it again and found it still accurate."""
    with transaction.atomic():
        now = timezone.now()
        reply.body = body
        if not history.reply_edited(reply, editor, now):
            return confirm_reply(reply, reply.doctor)
        reply.edited_at = now
        _reviewed(reply, reply.doctor, Review.Outcome.EDITED, now)
        reply.save(update_fields=["body", "edited_at", "updated_at", "reviewed_at", "reviewed_by"])
        changes.questions_changed([reply.question_id])
    return reply


def confirm_reply(reply: Reply, doctor: Doctor) -> Reply:
    """A doctor read the answer again and found it still accurate: it gets a new review date."""
    with transaction.atomic():
        _reviewed(reply, doctor, Review.Outcome.STILL_ACCURATE, timezone.now())
        reply.save(update_fields=["reviewed_at", "reviewed_by", "updated_at"])
        # Only its own page shows the review: nothing derived changes.
        pagecache.invalidate_on_commit(f"question:{reply.question_id}")
    return reply


def _reviewed(reply: Reply, doctor: Doctor, outcome: str, now) -> None:
    reply.reviewed_at = now
    reply.reviewed_by = None if doctor.pk == reply.doctor_id else doctor
    Review.objects.create(reply=reply, doctor=doctor, outcome=outcome, created_at=now)
