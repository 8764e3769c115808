"""Query logic for questions, replies and topics: the pages call these, never raw filters."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Lower

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


# The long texts a card never shows, and the search vector (only the database reads it).
QUESTION_DEFERS = ("more_info", "more_info_html", "rejection_reason", "search_vector")
CARD_DEFERS = (*QUESTION_DEFERS, "first_reply__body", "first_reply__body_html")


class QuestionQuerySet(models.QuerySet):
    def public(self) -> QuestionQuerySet:
        """Answered questions that no moderator has hidden: what a reader may see."""
        return self.filter(status=self.model.Status.ANSWERED)

    def asked_by(self, user) -> QuestionQuerySet:
        """A patient's own questions, without those they withdrew."""
        return self.filter(asker=user).exclude(status=self.model.Status.WITHDRAWN)

    def waiting_for(self, doctor) -> QuestionQuerySet:
        """The doctor's queue: open questions of their specialties, urgent ones first, then
        the longest waiting."""
        return self.filter(
            status=self.model.Status.OPEN, specialty__in=doctor.specialties.values("pk")
        ).order_by("-is_urgent", "created_at", "pk")

    def answerable_by(self, doctor) -> QuestionQuerySet:
        """What the doctor may reply to: open or answered questions of their specialties."""
        return self.filter(
            status__in=self.model.TAKES_ANSWERS,
            specialty__in=doctor.specialties.values("pk"),
        )

    def for_specialty(self, specialty) -> QuestionQuerySet:
        return self.filter(specialty=specialty)

    def latest_for_topic(self, topic) -> QuestionQuerySet:
        """A topic's public questions, the latest answer first, read from the topic links'
        copy of the answer date (one index range, however many questions the forum has).
        Among questions answered at the same moment, the latest question first: the link's
        question id is theirs, which the index holds too."""
        return (
            self.public()
            .filter(tagged_items__tag=topic, tagged_items__answered_at__isnull=False)
            .order_by("-tagged_items__answered_at", "-tagged_items__content_object_id")
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
        """Public questions, the latest answer first (public ones always have the date)."""
        return self.public().order_by("-answered_at", "-pk")

    def for_listing(self) -> QuestionQuerySet:
        """What a card shows: the question, its specialty, its first reply and doctor."""
        return self.select_related("specialty", "first_reply__doctor").defer(*CARD_DEFERS)


class ReplyQuerySet(models.QuerySet):
    def visible(self) -> ReplyQuerySet:
        return self.filter(is_hidden=False)

    def public(self) -> ReplyQuerySet:
        """Replies a reader sees: not hidden, on a public question."""
        from .models import Question

        return self.visible().filter(question__in=Question.objects.public())

    def answers_of(self, doctor) -> ReplyQuerySet:
        """A doctor's public replies, the latest first, ready for cards."""
        from .models import Question

        return (
            self.visible()
            .filter(doctor=doctor, question__status=Question.Status.ANSWERED)
            .select_related("doctor", "question__specialty")
            .defer("body", "body_html", *(f"question__{name}" for name in QUESTION_DEFERS))
            .order_by("-created_at", "-pk")
        )

    def for_question_page(self, question: Question) -> ReplyQuerySet:
        return (
            self.visible()
            .filter(question=question)
            .select_related("doctor", "reviewed_by")
            .order_by("created_at", "pk")
        )

    def due_for_review(self, doctor) -> ReplyQuerySet:
        """Public answers in the doctor's specialties whose last review is older than
        ANSWER_REVIEW_YEARS, the longest unreviewed first."""
        from .models import Question, review_cutoff

        return (
            self.visible()
            .filter(
                question__status=Question.Status.ANSWERED,
                question__specialty__in=doctor.specialties.values("pk"),
                reviewed_at__lt=review_cutoff(),
            )
            .select_related("doctor", "reviewed_by", "question__specialty")
            .defer("body", "body_html", *(f"question__{name}" for name in QUESTION_DEFERS))
            .order_by("reviewed_at", "pk")
        )


class TopicQuerySet(models.QuerySet):
    def popular(self) -> TopicQuerySet:
        """Topics with public questions, the most questions first (maintained counts)."""
        return (
            self.filter(question_count__gt=0)
            .select_related("specialty")
            .order_by("-question_count", "name")
        )

    def indexed(self) -> TopicQuerySet:
        """Topics with public questions, by specialty then name, A to Z (those of no
        specialty last)."""
        return (
            self.filter(question_count__gt=0)
            .select_related("specialty")
            .order_by(F("specialty__name").asc(nulls_last=True), Lower("name"), "pk")
        )

    def related_to(self, question: Question) -> TopicQuerySet:
        """The question's own topics first, then those that co-occur with them most often.

        A topic's co-occurrences are the public questions carrying it together with one of
        this question's topics, summed over those topics (forum.qa.derived keeps the pairs).
        One query over a handful of rows, however large the forum.
        """
        from .models import TaggedQuestion, TopicPair

        own = TaggedQuestion.objects.filter(content_object=question.pk).values("tag_id")
        companions = TopicPair.objects.filter(topic__in=own)
        cooccurrences = (
            companions.filter(other=OuterRef("pk"))
            .order_by()
            .values("other")
            .annotate(n=models.Sum("count"))
            .values("n")
        )
        return (
            self.filter(Q(pk__in=own) | Q(pk__in=companions.values("other")))
            .annotate(
                is_own=models.Exists(own.filter(tag_id=OuterRef("pk"))),
                cooccurrences=Coalesce(Subquery(cooccurrences), 0),
            )
            .select_related("specialty")
            .order_by("-is_own", "-cooccurrences", "name")
        )
