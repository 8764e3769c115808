"""What is derived from the topics questions share (forum.qa.derived): topic sets with their
stored Similar Q&A rankings, and topic pairs for Related FAQ."""

from django.db import models

from .questions import Question
from .topics import Specialty, Topic


class TopicSet(models.Model):
    """A specialty with a set of its questions' topics. Similar Q&A depends on nothing else
    of a question, so questions with the same set share one stored ranking: its entries."""

    specialty = models.ForeignKey(Specialty, on_delete=models.CASCADE, related_name="+")
    topics = models.ManyToManyField(Topic, blank=True, related_name="topic_sets")
    key = models.CharField(max_length=64, unique=True, help_text="A digest of the set.")

    def __str__(self) -> str:
        return f"Topic set #{self.pk}"


class SimilarEntry(models.Model):
    """One place in a topic set's ranking of similar questions (see forum.qa.similar)."""

    topic_set = models.ForeignKey(TopicSet, on_delete=models.CASCADE, related_name="entries")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="similar_entries")
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField()

    class Meta:
        verbose_name_plural = "similar entries"
        constraints = [
            models.UniqueConstraint(fields=["topic_set", "rank"], name="similar_entry_rank")
        ]
        indexes = [models.Index(fields=["question"], name="similar_entry_question")]

    def __str__(self) -> str:
        return f"{self.topic_set} #{self.rank}: {self.question_id}"


class TopicPair(models.Model):
    """How many public questions carry both topics: Related FAQ ranks companions by it.
    Stored in both directions."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="pairs")
    other = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "other"], name="topic_pair")]

    def __str__(self) -> str:
        return f"{self.topic_id} + {self.other_id}: {self.count}"
