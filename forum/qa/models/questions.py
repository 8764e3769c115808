"""Questions and their topics."""

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from forum.core.choices import AgeRange, Gender
from forum.core.markdown import render_markdown, saves_source

from ..querysets import QuestionQuerySet
from .topics import Specialty, Topic

MORE_INFO_MAX = 20_000
CLAIM_DURATION = timedelta(minutes=30)


class SearchVectorIndex(GinIndex):
    """A GIN index on PostgreSQL. SQLite has no GIN (nor search vectors: it searches the
    text, see forum.qa.search), so there it is a plain index and its migrations still run."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        return models.Index.create_sql(self, model, schema_editor, using=using, **kwargs)


class Question(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        OPEN = "open", "Waiting for a doctor"
        ANSWERED = "answered", "Answered"
        REJECTED = "rejected", "Rejected"
        HIDDEN = "hidden", "Hidden by a moderator"
        WITHDRAWN = "withdrawn", "Withdrawn by the asker"

    AgeRange = AgeRange
    Gender = Gender

    # Not yet answered: the asker may still edit or withdraw these.
    WAITING = (Status.PENDING, Status.OPEN)
    # Doctors may reply to these; hidden ones return to them when unhidden.
    TAKES_ANSWERS = (Status.OPEN, Status.ANSWERED)

    specialty = models.ForeignKey(Specialty, on_delete=models.PROTECT, related_name="questions")
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text="Empty for imported content.",
    )
    asker_name = models.CharField(
        "pseudonym", max_length=60, help_text='The name shown with the question, e.g. "A Xu".'
    )
    asker_age_range = models.CharField("age range", max_length=5, choices=AgeRange.choices)
    asker_gender = models.CharField(
        "gender", max_length=11, choices=Gender.choices, default=Gender.UNDISCLOSED
    )
    title = models.CharField(max_length=120, help_text="The asker's own subject.")
    body = models.TextField()
    is_urgent = models.BooleanField(
        "urgent",
        default=False,
        help_text="The screen read an emergency in it; the asker was told to get help now "
        "and sent it anyway. Urgent questions come first in every queue.",
    )
    headline = models.CharField(
        max_length=200,
        blank=True,
        help_text="An editorial page title; when blank the asker's title is shown.",
    )
    more_info = models.TextField(
        "more info",
        blank=True,
        max_length=MORE_INFO_MAX,
        help_text="Optional long-form explanation, in Markdown.",
    )
    more_info_html = models.TextField(
        blank=True, editable=False, help_text="More Info rendered and sanitised when saved."
    )
    topics = TaggableManager(through="TaggedQuestion", blank=True, related_name="questions")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    rejection_reason = models.TextField(
        blank=True,
        help_text="Shown to the asker and emailed to them when the question is rejected.",
    )
    created_at = models.DateTimeField("asked at", default=timezone.now)
    answered_at = models.DateTimeField(null=True, blank=True)
    edited_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the headline or More Info last changed after the question was published.",
    )
    claimed_by = models.ForeignKey(
        "accounts.Doctor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claimed_questions",
        help_text="The doctor who opened the question to answer it, until claimed_until.",
    )
    claimed_until = models.DateTimeField(null=True, blank=True)
    view_count = models.PositiveIntegerField(default=0, editable=False)
    topic_set = models.ForeignKey(
        "TopicSet",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text="Its specialty and topics, whose stored ranking gives its Similar Q&A.",
    )
    first_reply = models.ForeignKey(
        "Reply",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The first visible reply, shown on the question's cards (forum.qa.derived).",
    )
    search_vector = SearchVectorField(
        null=True,
        editable=False,
        help_text="A public question's words, weighted, for search on PostgreSQL "
        "(forum.qa.search, kept by forum.qa.derived); empty while it is not public.",
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-answered_at"], name="question_status_answered"),
            models.Index(
                fields=["specialty", "status", "-answered_at"], name="question_spec_answered"
            ),
            models.Index(fields=["asker", "-created_at"], name="question_asker_created"),
            SearchVectorIndex(fields=["search_vector"], name="question_search"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="answered") | models.Q(answered_at__isnull=False),
                name="question_answered_has_date",
                violation_error_message="An answered question needs the date it was answered.",
            )
        ]

    def __str__(self) -> str:
        return self.display_headline or f"Question #{self.pk} (withdrawn)"

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
        return slugify(self.display_headline)[:80].strip("-") or "question"

    @property
    def asker_description(self) -> str:
        """ "A Xu, 20~29 year old female": the gender is left out when undisclosed."""
        gender = "" if self.asker_gender == self.Gender.UNDISCLOSED else f" {self.asker_gender}"
        return f"{self.asker_name}, {self.asker_age_range} year old{gender}"

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
        Question, on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_questions")
    answered_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="The question's answer date while it is public (kept by forum.qa.derived), "
        "so that a topic's page reads its latest questions from one index.",
    )

    class Meta:
        verbose_name = "question topic"
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_question_unique")
        ]
        indexes = [
            models.Index(fields=["tag", "content_object"], name="tagged_tag_question"),
            models.Index(fields=["tag", "-answered_at"], name="tagged_tag_answered"),
        ]

    def __str__(self) -> str:
        return f"{self.content_object_id} → {self.tag}"
