"""Questions and their topics."""

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from forum.core.choices import AgeRange, Gender, language_field
from forum.core.markdown import render_markdown, saves_source
from forum.core.text import readable_slug

from ..querysets import QuestionQuerySet
from .topics import Specialty, Topic

MORE_INFO_MAX = 20_000
CLAIM_DURATION = timedelta(minutes=30)
# How a question names its asker, one whole sentence per gender (none when undisclosed).
ASKER_DESCRIPTIONS = {
    Gender.FEMALE: _("%(name)s, %(age)s year old female"),
    Gender.MALE: _("%(name)s, %(age)s year old male"),
    Gender.OTHER: _("%(name)s, %(age)s year old other"),
    "": _("%(name)s, %(age)s year old"),
}


class SearchVectorIndex(GinIndex):
    """A GIN index on PostgreSQL. SQLite has no GIN (nor search vectors: it searches the
    text, see forum.qa.search), so there it is a plain index and its migrations still run."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        return models.Index.create_sql(self, model, schema_editor, using=using, **kwargs)


class Question(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        OPEN = "open", _("Waiting for a doctor")
        ANSWERED = "answered", _("Answered")
        REJECTED = "rejected", _("Rejected")
        HIDDEN = "hidden", _("Hidden by a moderator")
        WITHDRAWN = "withdrawn", _("Withdrawn by the asker")

    AgeRange = AgeRange
    Gender = Gender

    # Not yet answered: the asker may still edit or withdraw these.
    WAITING = (Status.PENDING, Status.OPEN)
    # Doctors may reply to these; hidden ones return to them when unhidden.
    TAKES_ANSWERS = (Status.OPEN, Status.ANSWERED)

    specialty = models.ForeignKey(
        Specialty, verbose_name=_("specialty"), on_delete=models.PROTECT, related_name="questions"
    )
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text=_("Empty for imported content."),
    )
    asker_name = models.CharField(
        _("pseudonym"),
        max_length=60,
        help_text=_('The name shown with the question, e.g. "A Xu".'),
    )
    asker_age_range = models.CharField(_("age range"), max_length=5, choices=AgeRange.choices)
    asker_gender = models.CharField(
        _("gender"), max_length=11, choices=Gender.choices, default=Gender.UNDISCLOSED
    )
    title = models.CharField(_("title"), max_length=120, help_text=_("The asker's own subject."))
    body = models.TextField(_("body"))
    language = language_field(_("The language the question is written in."))
    is_urgent = models.BooleanField(
        _("urgent"),
        default=False,
        help_text=_(
            "The screen read an emergency in it; the asker was told to get help now "
            "and sent it anyway. Urgent questions come first in every queue."
        ),
    )
    headline = models.CharField(
        _("headline"),
        max_length=200,
        blank=True,
        help_text=_("An editorial page title; when blank the asker's title is shown."),
    )
    more_info = models.TextField(
        _("more info"),
        blank=True,
        max_length=MORE_INFO_MAX,
        help_text=_("Optional long-form explanation, in Markdown."),
    )
    more_info_html = models.TextField(
        _("more info html"),
        blank=True,
        editable=False,
        help_text=_("More Info rendered and sanitised when saved."),
    )
    topics = TaggableManager(
        verbose_name=_("Tags"), through="TaggedQuestion", blank=True, related_name="questions"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    rejection_reason = models.TextField(
        _("rejection reason"),
        blank=True,
        help_text=_("Shown to the asker and emailed to them when the question is rejected."),
    )
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    edited_at = models.DateTimeField(
        _("edited at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the headline or More Info last changed after the question was published."
        ),
    )
    claimed_by = models.ForeignKey(
        "accounts.Doctor",
        verbose_name=_("claimed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_questions",
        help_text=_("The doctor who opened the question to answer it, until claimed_until."),
    )
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    view_count = models.PositiveIntegerField(_("view count"), default=0, editable=False)
    topic_set = models.ForeignKey(
        "TopicSet",
        verbose_name=_("topic set"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text=_("Its specialty and topics, whose stored ranking gives its Similar Q&A."),
    )
    first_reply = models.ForeignKey(
        "Reply",
        verbose_name=_("first reply"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The first visible reply, shown on the question's cards (forum.qa.derived)."),
    )
    search_vector = SearchVectorField(
        _("search vector"),
        null=True,
        editable=False,
        help_text=_(
            "A public question's words, weighted, for search on PostgreSQL "
            "(forum.qa.search, kept by forum.qa.derived); empty while it is not public."
        ),
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [
            # The latest answers first, and the latest question among those of one moment
            # (an imported archive dates its answers by the day): the lists' whole order.
            models.Index(fields=["status", "-answered_at", "-id"], name="question_status_answered"),
            models.Index(
                fields=["specialty", "status", "-answered_at", "-id"],
                name="question_spec_answered",
            ),
            models.Index(fields=["asker", "-created_at"], name="question_asker_created"),
            SearchVectorIndex(fields=["search_vector"], name="question_search"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="answered") | models.Q(answered_at__isnull=False),
                name="question_answered_has_date",
                violation_error_message=_("An answered question needs the date it was answered."),
            )
        ]

    def __str__(self) -> str:
        return self.display_headline or gettext("Question #%(id)s (withdrawn)") % {"id": self.pk}

    def save(self, *args, update_fields=None, **kwargs) -> None:
        renders, update_fields = saves_source(update_fields, "more_info", "more_info_html")
        if renders:
            self.more_info_html = render_markdown(self.more_info)
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("qa:question", args=[self.pk, self.slug])

    @property
    def display_headline(self) -> str:
        return self.headline or self.title

    @property
    def slug(self) -> str:
        return readable_slug(self.display_headline) or "question"

    @property
    def asker_description(self) -> str:
        """ "A Xu, 20~29 year old female": the gender is left out when undisclosed."""
        description = ASKER_DESCRIPTIONS.get(self.asker_gender, ASKER_DESCRIPTIONS[""])
        return description % {"name": self.asker_name, "age": self.asker_age_range}

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.ANSWERED

    def is_visible_to(self, user) -> bool:
        """Public questions to anyone, every question to its asker (unless withdrawn) and
        everything to staff."""
        if self.is_public or (user.is_authenticated and user.is_staff):
            return True
        return (
            user.is_authenticated
            and self.asker_id == user.pk
            and self.status != self.Status.WITHDRAWN
        )

    def current_claimer_id(self, now=None) -> int | None:
        """The doctor answering this question right now, if any."""
        if self.claimed_until and self.claimed_until > (now or timezone.now()):
            return self.claimed_by_id
        return None

    def claim_for(self, doctor) -> bool:
        """Mark the doctor as answering for CLAIM_DURATION, unless another doctor holds it.

        The update is conditional in the database, so two doctors opening the question at
        the same moment cannot both claim it.
        """
        now = timezone.now()
        free = models.Q(claimed_until__isnull=True) | models.Q(claimed_until__lte=now)
        claimed = (
            Question.objects.filter(pk=self.pk)
            .filter(free | models.Q(claimed_by=doctor))
            .update(claimed_by=doctor, claimed_until=now + CLAIM_DURATION)
        )
        if claimed:
            self.claimed_by, self.claimed_until = doctor, now + CLAIM_DURATION
        else:
            self.refresh_from_db(fields=["claimed_by", "claimed_until"])
        return bool(claimed)

    @property
    def is_waiting(self) -> bool:
        """Not yet answered: the asker may still edit or withdraw it."""
        return self.status in self.WAITING


class TaggedQuestion(TaggedItemBase):
    """The link between a question and a topic, with a real foreign key to the question."""

    content_object = models.ForeignKey(
        Question,
        verbose_name=_("content object"),
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )
    tag = models.ForeignKey(
        Topic, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="tagged_questions"
    )
    answered_at = models.DateTimeField(
        _("answered at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "The question's answer date while it is public (kept by forum.qa.derived), "
            "so that a topic's page reads its latest questions from one index."
        ),
    )

    class Meta:
        verbose_name = _("question topic")
        verbose_name_plural = _("question topics")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_question_unique")
        ]
        indexes = [
            models.Index(fields=["tag", "content_object"], name="tagged_tag_question"),
            models.Index(
                fields=["tag", "-answered_at", "-content_object"], name="tagged_tag_answered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.content_object_id} → {self.tag}"
