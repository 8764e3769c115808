"""Doctors' replies, and their reviews."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.markdown import html_to_text, render_markdown, saves_source
from forum.core.text import excerpt

from ..querysets import ReplyQuerySet
from .questions import Question

REPLY_MAX = 10_000
EXCERPT_LENGTH = 200


def rendered(markdown: str) -> tuple[str, str]:
    """A Markdown text's sanitised HTML and the excerpt of its words, stored beside it."""
    html = render_markdown(markdown)
    return html, excerpt(html_to_text(html), EXCERPT_LENGTH)


class Reply(models.Model):
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="replies"
    )
    doctor = models.ForeignKey(
        "accounts.Doctor",
        verbose_name=_("doctor"),
        on_delete=models.PROTECT,
        related_name="replies",
    )
    body = models.TextField(_("body"), max_length=REPLY_MAX, help_text=_("Markdown."))
    body_html = models.TextField(
        _("body html"),
        blank=True,
        editable=False,
        help_text=_("The body rendered and sanitised when saved."),
    )
    excerpt = models.CharField(
        _("excerpt"),
        max_length=EXCERPT_LENGTH + 10,
        blank=True,
        editable=False,
        help_text=_("The start of the body as plain text, for cards."),
    )
    created_at = models.DateTimeField(_("reply date"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    edited_at = models.DateTimeField(
        _("edited at"),
        null=True,
        blank=True,
        help_text=_("When the doctor last changed the reply after publishing."),
    )
    submission_key = models.UUIDField(
        _("submission key"),
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("The answer form's one-time key, so that a double submit saves one reply."),
    )
    is_hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("Hidden replies are not shown on the site.")
    )
    reviewed_at = models.DateTimeField(
        _("last reviewed"),
        blank=True,
        help_text=_("When a doctor last found the reply accurate: the reply date until then."),
    )
    reviewed_by = models.ForeignKey(
        "accounts.Doctor",
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Who reviewed it last, if not its author."),
    )

    objects = ReplyQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        indexes = [
            models.Index(fields=["question", "is_hidden", "created_at"], name="reply_question"),
            models.Index(fields=["doctor", "-created_at", "-id"], name="reply_doctor_created"),
            models.Index(fields=["reviewed_at", "id"], name="reply_reviewed"),
        ]

    def __str__(self) -> str:
        return gettext("Reply by %(doctor)s to #%(question)s") % {
            "doctor": self.doctor,
            "question": self.question_id,
        }

    def save(self, *args, update_fields=None, **kwargs) -> None:
        if self.reviewed_at is None:
            self.reviewed_at = self.created_at
        renders, update_fields = saves_source(update_fields, "body", "body_html", "excerpt")
        if renders:
            self.body_html, self.excerpt = rendered(self.body)
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{self.question.get_absolute_url()}#reply-{self.pk}"

    @property
    def reviewer(self):
        """The doctor who last found it accurate: its author until another reviews it."""
        return self.reviewed_by or self.doctor

    @property
    def is_due_for_review(self) -> bool:
        """Its last review is older than ANSWER_REVIEW_YEARS: medical advice may have moved on."""
        return self.reviewed_at < review_cutoff()


def review_cutoff(now=None):
    """Answers last reviewed before this moment are due for another review."""
    now = now or timezone.now()
    years = settings.ANSWER_REVIEW_YEARS
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


class Review(models.Model):
    """A doctor looked at a published answer again: found it still accurate, or edited it."""

    class Outcome(models.TextChoices):
        STILL_ACCURATE = "accurate", _("Still accurate")
        EDITED = "edited", _("Edited")

    reply = models.ForeignKey(
        Reply, verbose_name=_("reply"), on_delete=models.CASCADE, related_name="reviews"
    )
    doctor = models.ForeignKey(
        "accounts.Doctor", verbose_name=_("doctor"), on_delete=models.PROTECT, related_name="+"
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    created_at = models.DateTimeField(_("reviewed at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self) -> str:
        return gettext("%(outcome)s: %(doctor)s on reply %(reply)s") % {
            "outcome": self.get_outcome_display(),
            "doctor": self.doctor,
            "reply": self.reply_id,
        }


class AgreementQuerySet(models.QuerySet):
    def shown(self) -> "AgreementQuerySet":
        """Agreements of doctors who are on the site: verified and not suspended."""
        from forum.accounts.models import Doctor

        return self.filter(doctor__in=Doctor.objects.verified())

    def received(self) -> "AgreementQuerySet":
        """What a doctor's page counts as agreements received: those shown, with replies
        that readers see."""
        return self.shown().filter(reply__in=Reply.objects.public())


class Agreement(models.Model):
    """A verified doctor, not its author, agrees with a published reply: once, until they
    take it back."""

    reply = models.ForeignKey(
        Reply, verbose_name=_("reply"), on_delete=models.CASCADE, related_name="agreements"
    )
    doctor = models.ForeignKey(
        "accounts.Doctor",
        verbose_name=_("doctor"),
        on_delete=models.CASCADE,
        related_name="agreements_given",
    )
    created_at = models.DateTimeField(_("agreed at"), default=timezone.now)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        constraints = [
            models.UniqueConstraint(fields=["reply", "doctor"], name="agreement_once"),
        ]
        indexes = [models.Index(fields=["doctor", "-created_at"], name="agreement_doctor")]

    def __str__(self) -> str:
        return gettext("%(doctor)s agrees with reply %(reply)s") % {
            "doctor": self.doctor,
            "reply": self.reply_id,
        }
