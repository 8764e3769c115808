"""Earlier versions of the texts people edit after they are written: replies, headlines and
More Info (written by forum.qa.history)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

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
        REPLY = "reply", "reply body"
        HEADLINE = "headline", "headline"
        MORE_INFO = "more_info", "More Info"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="revisions")
    reply = models.ForeignKey(
        Reply,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="revisions",
        help_text="Empty for a version of the question's headline or More Info.",
    )
    field = models.CharField(max_length=10, choices=Field.choices)
    text = models.TextField(blank=True, help_text="The text as it was before the edit.")
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who replaced it; empty for a deleted account.",
    )
    created_at = models.DateTimeField("replaced at", default=timezone.now)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
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
                violation_error_message="A reply's version names the reply; a page's does not.",
            )
        ]

    def __str__(self) -> str:
        where = f"reply {self.reply_id}" if self.reply_id else f"question #{self.question_id}"
        return f"The {self.get_field_display()} of {where} until {self.replaced_on}"

    @property
    def replaced_on(self) -> str:
        """ "2016/09/05 14:30", in the site's time zone."""
        return f"{timezone.localtime(self.created_at):%Y/%m/%d %H:%M}"

    @property
    def label(self) -> str:
        """ "the version of 2016/09/05 14:30 of the headline": the one replaced then."""
        return f"the version of {self.replaced_on} of the {self.get_field_display()}"
