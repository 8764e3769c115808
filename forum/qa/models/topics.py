"""Specialties and topics: how questions are grouped, and the old addresses of merged topics."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from taggit.models import TagBase

from ..querysets import TopicQuerySet


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


class TopicRedirect(models.Model):
    """The old address of a topic merged into another, kept so that links still work."""

    old_slug = models.SlugField(max_length=100, unique=True)
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self) -> str:
        return f"/topics/{self.old_slug}/ → {self.topic}"

    def get_absolute_url(self) -> str:
        return reverse("qa:topic", args=[self.old_slug])
