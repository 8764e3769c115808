"""What is derived from the topics questions share (forum.qa.derived): topic sets with their
stored Similar Q&A rankings, and topic pairs for Related FAQ."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .questions import Question
from .topics import Specialty, Topic


class TopicSet(models.Model):
    """A specialty with a set of its questions' topics. Similar Q&A depends on nothing else
    of a question, so questions with the same set share one stored ranking: its entries."""

    specialty = models.ForeignKey(
        Specialty, verbose_name=_("specialty"), on_delete=models.CASCADE, related_name="+"
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="topic_sets"
    )
    key = models.CharField(
        _("key"), max_length=64, unique=True, help_text=_("A digest of the set.")
    )

    class Meta:
        verbose_name = _("topic set")
        verbose_name_plural = _("topic sets")

    def __str__(self) -> str:
        return f"Topic set #{self.pk}"


class SimilarEntry(models.Model):
    """One place in a topic set's ranking of similar questions (see forum.qa.similar)."""

    topic_set = models.ForeignKey(
        TopicSet, verbose_name=_("topic set"), on_delete=models.CASCADE, related_name="entries"
    )
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        related_name="similar_entries",
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("score"))

    class Meta:
        verbose_name = _("similar entry")
        verbose_name_plural = _("similar entries")
        constraints = [
            models.UniqueConstraint(fields=["topic_set", "rank"], name="similar_entry_rank")
        ]
        indexes = [models.Index(fields=["question"], name="similar_entry_question")]

    def __str__(self) -> str:
        return f"{self.topic_set} #{self.rank}: {self.question_id}"


class TopicPair(models.Model):
    """How many public questions carry both topics: Related FAQ ranks companions by it.
    Stored in both directions."""

    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="pairs"
    )
    other = models.ForeignKey(
        Topic, verbose_name=_("other"), on_delete=models.CASCADE, related_name="+"
    )
    count = models.PositiveIntegerField(_("count"))

    class Meta:
        verbose_name = _("topic pair")
        verbose_name_plural = _("topic pairs")
        constraints = [models.UniqueConstraint(fields=["topic", "other"], name="topic_pair")]

    def __str__(self) -> str:
        return f"{self.topic_id} + {self.other_id}: {self.count}"
