"""Readers' reports of questions and replies."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .questions import Question
from .replies import Reply


class ReportQuerySet(models.QuerySet):
    def open(self) -> "ReportQuerySet":
        return self.filter(resolved_at__isnull=True)


class Report(models.Model):
    """A reader's flag on a question or a reply, for moderators to handle."""

    class Reason(models.TextChoices):
        MISINFORMATION = "misinformation", _("Wrong or dangerous medical information")
        PERSONAL = "personal", _("Personal details that identify someone")
        ABUSE = "abuse", _("Rude, hateful or abusive")
        SPAM = "spam", _("Advertising or spam")
        OTHER = "other", _("Something else")

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reporter"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reply = models.ForeignKey(
        Reply,
        verbose_name=_("reply"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    details = models.TextField(_("details"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolved_reports",
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
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
        return gettext("Report #%(id)s: %(reason)s") % {
            "id": self.pk,
            "reason": self.get_reason_display(),
        }

    def get_absolute_url(self) -> str:
        return self.target.get_absolute_url()

    @property
    def target(self) -> Question | Reply:
        return self.question if self.question_id else self.reply
