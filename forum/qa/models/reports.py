"""Readers' reports of questions and replies."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from .questions import Question
from .replies import Reply


class ReportQuerySet(models.QuerySet):
    def open(self) -> "ReportQuerySet":
        return self.filter(resolved_at__isnull=True)


class Report(models.Model):
    """A reader's flag on a question or a reply, for moderators to handle."""

    class Reason(models.TextChoices):
        MISINFORMATION = "misinformation", "Wrong or dangerous medical information"
        PERSONAL = "personal", "Personal details that identify someone"
        ABUSE = "abuse", "Rude, hateful or abusive"
        SPAM = "spam", "Advertising or spam"
        OTHER = "other", "Something else"

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports"
    )
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    details = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolved_reports",
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, reply__isnull=True)
                    | models.Q(question__isnull=True, reply__isnull=False)
                ),
                name="report_one_target",
            ),
            models.UniqueConstraint(
                fields=["reporter", "question"],
                condition=models.Q(question__isnull=False),
                name="report_question_once",
            ),
            models.UniqueConstraint(
                fields=["reporter", "reply"],
                condition=models.Q(reply__isnull=False),
                name="report_reply_once",
            ),
        ]
        indexes = [models.Index(fields=["resolved_at", "created_at"], name="report_open")]

    def __str__(self) -> str:
        return f"Report #{self.pk}: {self.get_reason_display()}"

    def get_absolute_url(self) -> str:
        return self.target.get_absolute_url()

    @property
    def target(self) -> Question | Reply:
        return self.question if self.question_id else self.reply
