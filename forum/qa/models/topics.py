"""Specialties and topics: how questions are grouped, and the old addresses of merged topics."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from ..querysets import TopicQuerySet


class LocalName(models.Model):
    """A name in English (the key lookups use) and, where given, in Traditional Chinese;
    `local_name` is the one for the page's language."""

    name_zh_hant = models.CharField(_("name in Traditional Chinese"), max_length=100, blank=True)

    class Meta:
        abstract = True

    @property
    def local_name(self) -> str:
        if self.name_zh_hant and get_language() == "zh-hant":
            return self.name_zh_hant
        return self.name


class Specialty(LocalName):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    question_count = models.PositiveIntegerField(
        _("question count"),
        default=0,
        editable=False,
        help_text=_("Public questions; kept by forum.qa.derived."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("specialty")
        verbose_name_plural = _("specialties")

    def __str__(self) -> str:
        return self.local_name

    def get_absolute_url(self) -> str:
        return reverse("qa:specialty", args=[self.slug])


class Topic(LocalName, TagBase):
    """A subject questions share, such as "Eyelid Muscle Twitching" in Neurology."""

    specialty = models.ForeignKey(
        Specialty,
        verbose_name=_("specialty"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="topics",
        help_text=_("The specialty the topic belongs to; shown after its name."),
    )
    description = models.TextField(_("description"), blank=True)
    question_count = models.PositiveIntegerField(
        _("question count"),
        default=0,
        editable=False,
        help_text=_("Public questions; kept by forum.qa.derived."),
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [models.Index(fields=["-question_count", "name"], name="topic_popular")]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="topic_name_not_blank"),
            models.CheckConstraint(condition=~models.Q(slug=""), name="topic_slug_not_blank"),
        ]

    def __str__(self) -> str:
        return self.label

    def save(self, *args, **kwargs) -> None:
        # Whitespace-only names collapse to "" and are then refused by the check constraint.
        self.name = " ".join((self.name or "").split())
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("qa:topic", args=[self.slug])

    @property
    def label(self) -> str:
        """The name and, after it, its specialty's, in the page's language."""
        if not self.specialty_id:
            return self.local_name
        return f"{self.local_name} ({self.specialty.local_name})"

    def clean(self) -> None:
        self.name = " ".join((self.name or "").split())
        if not self.name:
            raise ValidationError({"name": gettext("A topic needs a name.")})

    def slugify(self, tag: str, i: int | None = None) -> str:
        slug = slugify(tag)[:90] or "topic"
        return f"{slug}-{i}" if i is not None else slug


class TopicRedirect(models.Model):
    """The old address of a topic merged into another, kept so that links still work."""

    old_slug = models.SlugField(_("old slug"), max_length=100, unique=True)
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="redirects"
    )

    class Meta:
        verbose_name = _("topic redirect")
        verbose_name_plural = _("topic redirects")

    def __str__(self) -> str:
        return f"/topics/{self.old_slug}/ → {self.topic}"

    def get_absolute_url(self) -> str:
        return reverse("qa:topic", args=[self.old_slug])
