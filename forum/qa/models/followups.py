"""The asker's one follow-up question to an answer, and the doctor's reply to it."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.markdown import render_markdown, saves_source

from .questions import Question
from .replies import REPLY_MAX, Reply

FOLLOW_UP_MAX = 2000


class FollowUpQuerySet(models.QuerySet):
    def shown(self) -> "FollowUpQuerySet":
        """Follow-ups under a visible reply of a public question: the rest of the site
        sees them only once answered (`public`), doctors while they wait too."""
        return self.filter(reply__in=Reply.objects.public())

    def public(self) -> "FollowUpQuerySet":
        """Answered follow-ups a reader sees on the question's page."""
        return self.shown().filter(status=FollowUp.Status.ANSWERED)

    def for_doctor(self, doctor) -> "FollowUpQuerySet":
        """What the doctor may read on the dashboard: follow-ups to their own answers and
        to their specialties', once approved (never while pending, rejected or hidden)."""
        return self.shown().filter(
            models.Q(reply__doctor=doctor)
            | models.Q(question__specialty__in=doctor.specialties.values("pk")),
            status__in=[FollowUp.Status.OPEN, FollowUp.Status.ANSWERED],
        )

    def waiting_for(self, doctor, now=None) -> "FollowUpQuerySet":
        """The follow-ups this doctor may answer now, urgent ones first, then the longest
        waiting: those to their own answers, and after FOLLOW_UP_OWN_HOURS any of their
        specialties'. A follow-up to a doctor who can no longer answer goes to the
        specialty at once."""
        now = now or timezone.now()
        shared_since = now - timedelta(hours=settings.FOLLOW_UP_OWN_HOURS)
        from forum.accounts.models import Doctor

        others_may = models.Q(opened_at__lte=shared_since) | ~models.Q(
            reply__doctor__in=Doctor.objects.verified()
        )
        return (
            self.shown()
            .filter(status=FollowUp.Status.OPEN)
            .filter(
                models.Q(reply__doctor=doctor)
                | (others_may & models.Q(question__specialty__in=doctor.specialties.values("pk")))
            )
            .order_by("-is_urgent", "opened_at", "pk")
        )


class FollowUp(models.Model):
    """One per question: asked by its asker under one of its replies, within
    FOLLOW_UP_DAYS of the first answer, screened and moderated like a question; answered
    by the reply's doctor, or after FOLLOW_UP_OWN_HOURS by any doctor of the specialty.
    Its status changes only in forum.qa.lifecycle."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        OPEN = "open", _("Waiting for a doctor")
        ANSWERED = "answered", _("Answered")
        REJECTED = "rejected", _("Rejected")
        HIDDEN = "hidden", _("Hidden by a moderator")

    question = models.OneToOneField(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="follow_up"
    )
    reply = models.ForeignKey(
        Reply,
        verbose_name=_("reply"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
        help_text=_("The answer it follows; its doctor answers first."),
    )
    body = models.TextField(_("follow-up question"), max_length=FOLLOW_UP_MAX)
    is_urgent = models.BooleanField(
        _("urgent"),
        default=False,
        help_text=_("The screen read an emergency in it and the asker sent it anyway."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    rejection_reason = models.TextField(
        _("rejection reason"),
        blank=True,
        help_text=_("Shown to the asker and emailed to them when it is rejected."),
    )
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    opened_at = models.DateTimeField(
        _("opened at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When it reached the doctor's queue (approved, or asked when questions "
            "need no approval)."
        ),
    )
    answer = models.TextField(
        _("answer"), blank=True, max_length=REPLY_MAX, help_text=_("Markdown.")
    )
    answer_html = models.TextField(
        _("answer html"),
        blank=True,
        editable=False,
        help_text=_("The answer rendered and sanitised when saved."),
    )
    answered_by = models.ForeignKey(
        "accounts.Doctor",
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="follow_up_answers",
    )
    answered_at = models.DateTimeField(_("reply date"), null=True, blank=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up question")
        verbose_name_plural = _("follow-up questions")
        indexes = [models.Index(fields=["status", "opened_at"], name="follow_up_status_opened")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="answered")
                | models.Q(answered_at__isnull=False, answered_by__isnull=False),
                name="follow_up_answered_has_answer",
                violation_error_message=_("An answered follow-up needs its doctor and date."),
            )
        ]

    def __str__(self) -> str:
        return gettext("Follow-up to %(question)s") % {"question": self.question}

    def save(self, *args, update_fields=None, **kwargs) -> None:
        renders, update_fields = saves_source(update_fields, "answer", "answer_html")
        if renders:
            self.answer_html = render_markdown(self.answer)
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{self.question.get_absolute_url()}#follow-up"

    @property
    def shared_at(self):
        """When every doctor of the specialty may answer it, if it has reached a queue."""
        if self.opened_at is None:
            return None
        return self.opened_at + timedelta(hours=settings.FOLLOW_UP_OWN_HOURS)

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.ANSWERED
