"""Query logic for questions, replies and topics: the pages call these, never raw filters."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Case, Count, F, OuterRef, Q, Subquery, Value, When

if TYPE_CHECKING:
    from .models import Question

# Words too common in health questions to tell two titles apart.
# fmt: off
STOP_WORDS = frozenset({
    "about", "after", "again", "also", "and", "any", "are", "been", "before", "being", "but",
    "can", "could", "did", "does", "doing", "for", "from", "had", "has", "have", "having",
    "her", "his", "how", "into", "its", "just", "more", "most", "not", "now", "off", "once",
    "only", "other", "our", "out", "over", "should", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "too", "under",
    "until", "very", "was", "were", "what", "when", "where", "which", "while", "who", "why",
    "will", "with", "would", "you", "your", "doctor", "help", "please", "question",
})
# fmt: on


def title_words(text: str, limit: int = 6) -> list[str]:
    """The distinctive words of a title: three letters or more, no common words, no repeats."""
    words = re.findall(r"\w{3,}", text.lower())
    return list(dict.fromkeys(w for w in words if w not in STOP_WORDS))[:limit]


class QuestionQuerySet(models.QuerySet):
    def public(self) -> QuestionQuerySet:
        """Answered questions that no moderator has hidden: what a reader may see."""
        return self.filter(status=self.model.Status.ANSWERED)

    def visible_to(self, user) -> QuestionQuerySet:
        """Public questions, plus every question of its asker, plus everything for staff."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        if user.is_authenticated:
            return self.public() | self.asked_by(user)
        return self.public()

    def asked_by(self, user) -> QuestionQuerySet:
        """A patient's own questions, without those they withdrew."""
        return self.filter(asker=user).exclude(status=self.model.Status.WITHDRAWN)

    def waiting_for(self, doctor) -> QuestionQuerySet:
        """The doctor's queue: open questions of their specialties, the longest waiting first."""
        return self.filter(
            status=self.model.Status.OPEN, specialty__in=doctor.specialties.values("pk")
        ).order_by("created_at", "pk")

    def answerable_by(self, doctor) -> QuestionQuerySet:
        """What the doctor may reply to: open or answered questions of their specialties."""
        return self.filter(
            status__in=self.model.TAKES_ANSWERS,
            specialty__in=doctor.specialties.values("pk"),
        )

    def for_specialty(self, specialty) -> QuestionQuerySet:
        return self.filter(specialty=specialty)

    def for_topic(self, topic) -> QuestionQuerySet:
        return self.filter(tagged_items__tag=topic)

    def answered_by(self, doctor) -> QuestionQuerySet:
        from .models import Reply

        return self.filter(
            pk__in=Reply.objects.visible().filter(doctor=doctor).values("question_id")
        )

    def with_title_like(self, text: str) -> QuestionQuerySet:
        """Questions whose titles contain the words of `text`, the most shared words first."""
        words = title_words(text)
        if not words:
            return self.none()
        shared = sum(
            (Case(When(title__icontains=word, then=1), default=0) for word in words),
            start=Value(0),
        )
        return (
            self.annotate(shared_words=shared)
            .filter(shared_words__gt=0)
            .order_by("-shared_words", F("answered_at").desc(nulls_last=True), "-pk")
        )

    def latest_answered(self) -> QuestionQuerySet:
        return self.order_by(F("answered_at").desc(nulls_last=True), "-pk")

    def for_listing(self, reply_by=None) -> QuestionQuerySet:
        """What a list item shows: the specialty and the first visible reply with its doctor
        (on a doctor's own page, that doctor's first reply)."""
        from .models import Reply

        first_reply = Reply.objects.visible().filter(question=OuterRef("pk"))
        if reply_by is not None:
            first_reply = first_reply.filter(doctor=reply_by)
        first_reply = first_reply.order_by("created_at", "pk")
        return self.select_related("specialty").annotate(
            first_reply_body=Subquery(first_reply.values("body")[:1]),
            first_reply_doctor_name=Subquery(first_reply.values("doctor__name")[:1]),
        )


class ReplyQuerySet(models.QuerySet):
    def visible(self) -> ReplyQuerySet:
        return self.filter(is_hidden=False)

    def public(self) -> ReplyQuerySet:
        """Replies a reader sees: not hidden, on a public question."""
        from .models import Question

        return self.visible().filter(question__in=Question.objects.public())

    def for_question_page(self, question: Question) -> ReplyQuerySet:
        return (
            self.visible()
            .filter(question=question)
            .select_related("doctor")
            .order_by("created_at", "pk")
        )


class TopicQuerySet(models.QuerySet):
    def with_public_counts(self) -> TopicQuerySet:
        from .models import Question

        return self.annotate(
            public_count=Count(
                "tagged_questions",
                filter=Q(tagged_questions__content_object__status=Question.Status.ANSWERED),
            )
        )

    def popular(self) -> TopicQuerySet:
        return (
            self.with_public_counts()
            .filter(public_count__gt=0)
            .select_related("specialty")
            .order_by("-public_count", "name")
        )

    def related_to(self, question: Question) -> TopicQuerySet:
        """The question's own topics first, then those that co-occur with them most often.

        A co-occurrence is a public question (or this one) that carries the topic and at
        least one of this question's topics; the count is over those questions.
        """
        from .models import Question, TaggedQuestion

        own_topic_ids = TaggedQuestion.objects.filter(content_object=question).values("tag_id")
        peers = Question.objects.filter(
            Q(status=Question.Status.ANSWERED) | Q(pk=question.pk),
            tagged_items__tag__in=own_topic_ids,
        ).values("pk")
        return (
            self.filter(tagged_questions__content_object__in=peers)
            .annotate(
                is_own=models.Max(
                    models.Case(
                        models.When(tagged_questions__content_object=question.pk, then=1),
                        default=0,
                        output_field=models.IntegerField(),
                    )
                ),
                cooccurrences=Count("tagged_questions"),
            )
            .select_related("specialty")
            .order_by("-is_own", "-cooccurrences", "name")
        )
