"""Earlier versions of the texts people edit after they are written: replies, headlines and
More Info (written by forum.qa.history)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .questions import Question
from .replies import Reply


class RevisionQuerySet(models.QuerySet):
    def of_reply(self, reply: Reply) -> "RevisionQuerySet":
        return self.filter(reply=reply).select_related("edited_by")

    def of_page(self, question: Question) -> "RevisionQuerySet":
        """The question's own texts (headline and More Info), not its replies'."""
        return self.filter(question=question, reply=None).select_related("edited_by")


class Revision(models.Model):
    """A text as it was until someone replaced it: who replaced it, and when."""

    class Field(models.TextChoices):
        REPLY = "reply", _("reply body")
        HEADLINE = "headline", _("headline")
        MORE_INFO = "more_info", _("More Info")

    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="revisions"
    )
    reply = models.ForeignKey(
        Reply,
        verbose_name=_("reply"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="revisions",
        help_text=_("Empty for a version of the question's headline or More Info."),
    )
    field = models.CharField(_("field"), max_length=10, choices=Field.choices)
    text = models.TextField(
        _("text"), blank=True, help_text=_("The text as it was before the edit.")
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who replaced it; empty for a deleted account."),
    )
    created_at = models.DateTimeField(_("replaced at"), default=timezone.now)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        indexes = [
            models.Index(fields=["question", "-created_at"], name="revision_question"),
            models.Index(fields=["reply", "-created_at"], name="revision_reply"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(field="reply", reply__isnull=False)
                    | (~models.Q(field="reply") & models.Q(reply__isnull=True))
                ),
                name="revision_reply_field",
                violation_error_message=_("A reply's version names the reply; a page's does not."),
            )
        ]

    def __str__(self) -> str:
        if self.reply_id:
            return gettext("The %(field)s of reply %(reply)s until %(date)s") % {
                "field": self.get_field_display(),
                "reply": self.reply_id,
                "date": self.replaced_on,
            }
        return gettext("The %(field)s of question #%(question)s until %(date)s") % {
            "field": self.get_field_display(),
            "question": self.question_id,
            "date": self.replaced_on,
        }

    @property
    def replaced_on(self) -> str:
        """ "2016/09/05 14:30", in the site's time zone."""
        return f"{timezone.localtime(self.created_at):%Y/%m/%d %H:%M}"

    @property
    def label(self) -> str:
        """ "the version of 2016/09/05 14:30 of the headline": the one replaced then."""
        return gettext("the version of %(date)s of the %(field)s") % {
            "date": self.replaced_on,
            "field": self.get_field_display(),
        }
