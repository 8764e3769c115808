from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from forum.core.choices import AgeRange, Gender
from forum.core.markdown import html_to_text, render_markdown
from forum.core.text import excerpt

from .querysets import QuestionQuerySet, ReplyQuerySet, TopicQuerySet

REPLY_MAX = 10_000
MORE_INFO_MAX = 20_000
EXCERPT_LENGTH = 200


def rendered(markdown: str) -> tuple[str, str]:
    """A Markdown text's sanitised HTML and the excerpt of its words, stored beside it."""
    html = render_markdown(markdown)
    return html, excerpt(html_to_text(html), EXCERPT_LENGTH)


class Specialty(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    question_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Public questions; kept by forum.qa.derived."
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "specialties"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("qa:specialty", args=[self.slug])


class Topic(TagBase):
    """A subject questions share, such as "Eyelid Muscle Twitching" in Neurology."""

    specialty = models.ForeignKey(
        Specialty,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="topics",
        help_text="The specialty the topic belongs to; shown after its name.",
    )
    description = models.TextField(blank=True)
    question_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Public questions; kept by forum.qa.derived."
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["-question_count", "name"], name="topic_popular")]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="topic_name_not_blank"),
            models.CheckConstraint(condition=~models.Q(slug=""), name="topic_slug_not_blank"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{self.name} ({self.specialty.name})" if self.specialty_id else self.name

    def clean(self) -> None:
        self.name = " ".join((self.name or "").split())
        if not self.name:
            raise ValidationError({"name": "A topic needs a name."})

    def save(self, *args, **kwargs) -> None:
        # Whitespace-only names collapse to "" and are then refused by the check constraint.
        self.name = " ".join((self.name or "").split())
        super().save(*args, **kwargs)

    def slugify(self, tag: str, i: int | None = None) -> str:
        slug = slugify(tag)[:90] or "topic"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self) -> str:
        return reverse("qa:topic", args=[self.slug])


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
        if update_fields is None or "more_info" in update_fields:
            self.more_info_html = render_markdown(self.more_info)
            if update_fields is not None:
                update_fields = {*update_fields, "more_info_html"}
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


class Reply(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="replies")
    doctor = models.ForeignKey("accounts.Doctor", on_delete=models.PROTECT, related_name="replies")
    body = models.TextField(max_length=REPLY_MAX, help_text="Markdown.")
    body_html = models.TextField(
        blank=True, editable=False, help_text="The body rendered and sanitised when saved."
    )
    excerpt = models.CharField(
        max_length=EXCERPT_LENGTH + 10,
        blank=True,
        editable=False,
        help_text="The start of the body as plain text, for cards.",
    )
    created_at = models.DateTimeField("reply date", default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    edited_at = models.DateTimeField(
        null=True, blank=True, help_text="When the doctor last changed the reply after publishing."
    )
    submission_key = models.UUIDField(
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text="The answer form's one-time key, so that a double submit saves one reply.",
    )
    is_hidden = models.BooleanField(
        "hidden", default=False, help_text="Hidden replies are not shown on the site."
    )
    reviewed_at = models.DateTimeField(
        "last reviewed",
        blank=True,
        help_text="When a doctor last found the reply accurate: the reply date until then.",
    )
    reviewed_by = models.ForeignKey(
        "accounts.Doctor",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who reviewed it last, if not its author.",
    )

    objects = ReplyQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name_plural = "replies"
        indexes = [
            models.Index(fields=["question", "is_hidden", "created_at"], name="reply_question"),
            models.Index(fields=["doctor", "-created_at"], name="reply_doctor_created"),
            models.Index(fields=["reviewed_at", "id"], name="reply_reviewed"),
        ]

    def __str__(self) -> str:
        return f"Reply by {self.doctor} to #{self.question_id}"

    def save(self, *args, update_fields=None, **kwargs) -> None:
        if self.reviewed_at is None:
            self.reviewed_at = self.created_at
        if update_fields is None or "body" in update_fields:
            self.body_html, self.excerpt = rendered(self.body)
            if update_fields is not None:
                update_fields = {*update_fields, "body_html", "excerpt"}
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
        STILL_ACCURATE = "accurate", "Still accurate"
        EDITED = "edited", "Edited"

    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="reviews")
    doctor = models.ForeignKey("accounts.Doctor", on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    created_at = models.DateTimeField("reviewed at", default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.doctor} on reply {self.reply_id}"


class TopicRedirect(models.Model):
    """The old address of a topic merged into another, kept so that links still work."""

    old_slug = models.SlugField(max_length=100, unique=True)
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self) -> str:
        return f"/topics/{self.old_slug}/ → {self.topic}"

    def get_absolute_url(self) -> str:
        return reverse("qa:topic", args=[self.old_slug])


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
