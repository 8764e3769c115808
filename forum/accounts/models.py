from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.choices import AgeRange, Gender, language_field
from forum.core.text import free_slug


class DoctorQuerySet(models.QuerySet):
    def verified(self) -> "DoctorQuerySet":
        """Doctors who may answer and appear on the site: verified and not suspended."""
        return self.filter(is_verified=True, is_suspended=False)

    def shown(self) -> "DoctorQuerySet":
        """Doctors with a public page: the verified, and those an imported archive names
        with answers on the site."""
        imported = models.Q(is_imported=True, answer_count__gt=0)
        return self.filter(models.Q(is_verified=True) | imported).filter(is_suspended=False)

    def for_specialty(self, specialty) -> "DoctorQuerySet":
        return self.filter(specialties=specialty)


class Doctor(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="doctor",
    )
    name = models.CharField(_("name"), max_length=100, help_text=_('Shown as "Dr. {name}".'))
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    specialties = models.ManyToManyField(
        "qa.Specialty", verbose_name=_("specialties"), related_name="doctors"
    )
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    licence_number = models.CharField(
        _("licence number"),
        max_length=50,
        help_text=_("For verification by moderators; never shown publicly."),
    )
    is_verified = models.BooleanField(
        _("verified"), default=False, help_text=_("Only verified doctors can answer questions.")
    )
    is_suspended = models.BooleanField(
        _("suspended"),
        default=False,
        help_text=_("A suspended doctor can no longer answer and is not shown on the site."),
    )
    is_imported = models.BooleanField(
        _("imported"),
        default=False,
        help_text=_(
            "Named in an imported archive: shown with their answers, with no login until "
            "a moderator gives the profile to the account the doctor signed up with."
        ),
    )
    bio = models.TextField(_("bio"), blank=True)
    verified_at = models.DateTimeField(
        _("verified on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_('When a moderator first verified the doctor: shown with "Verified doctor".'),
    )
    answer_count = models.PositiveIntegerField(
        _("answer count"),
        default=0,
        editable=False,
        help_text=_("Public questions answered; kept by the forum."),
    )
    agreement_count = models.PositiveIntegerField(
        _("agreement count"),
        default=0,
        editable=False,
        help_text=_("Agreements of other doctors with their public answers; kept by the forum."),
    )

    objects = DoctorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("doctor")
        verbose_name_plural = _("doctors")
        indexes = [models.Index(fields=["is_verified", "name"], name="doctor_verified_name")]

    # Addresses under /doctors/ that are pages of their own, never a doctor's.
    RESERVED_SLUGS = frozenset({"apply"})

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("qa:doctor", args=[self.slug])

    def clean(self) -> None:
        if self.slug in self.RESERVED_SLUGS:
            raise ValidationError(
                {"slug": gettext("/doctors/%(slug)s/ is a page of its own.") % {"slug": self.slug}}
            )

    @classmethod
    def free_slug(cls, name: str) -> str:
        """A slug for a new doctor of this name."""
        return free_slug(cls, name, reserved=cls.RESERVED_SLUGS)

    @property
    def display_name(self) -> str:
        return gettext("Dr. %(name)s") % {"name": self.name}

    @property
    def byline(self) -> str:
        """ "Dr. Name, Affiliation", or the name alone."""
        return ", ".join(filter(None, [self.display_name, self.affiliation]))

    @property
    def can_answer(self) -> bool:
        """The one rule for a doctor's right to answer (and to be shown on the site); the
        same as DoctorQuerySet.verified()."""
        return self.is_verified and not self.is_suspended

    @property
    def is_shown(self) -> bool:
        """Whether the doctor has a public page; the same as DoctorQuerySet.shown()."""
        imported = self.is_imported and self.answer_count > 0
        return (self.is_verified or imported) and not self.is_suspended


class Profile(models.Model):
    """What a patient shows with their questions, and whether they want email."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    pseudonym = models.CharField(
        _("pseudonym"),
        max_length=60,
        blank=True,
        help_text=_('The name shown with your questions, e.g. "A Xu". Not your username.'),
    )
    age_range = models.CharField(_("age range"), max_length=5, choices=AgeRange.choices, blank=True)
    gender = models.CharField(
        _("gender"), max_length=11, choices=Gender.choices, default=Gender.UNDISCLOSED
    )
    email_notifications = models.BooleanField(
        _("email me when my question is answered or rejected"), default=True
    )
    language = language_field(_("The language of the site's pages and emails for you."))

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @classmethod
    def for_user(cls, user) -> "Profile":
        """The user's profile, or an unsaved one with the defaults: reading never writes."""
        return cls.objects.filter(user=user).first() or cls(user=user)


class DoctorApplication(models.Model):
    """A registered user asks to answer as a doctor; a moderator verifies or declines
    (forum.accounts.applications)."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        VERIFIED = "verified", _("Verified")
        DECLINED = "declined", _("Declined")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="doctor_applications",
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_('As on your licence; shown with "Dr." before it.')
    )
    specialties = models.ManyToManyField(
        "qa.Specialty", verbose_name=_("specialties"), related_name="+"
    )
    affiliation = models.CharField(
        _("affiliation"), max_length=200, help_text=_("The hospital or clinic where you practise.")
    )
    licence_number = models.CharField(
        _("licence number"),
        max_length=50,
        help_text=_("Our moderators check it with the medical council; never shown."),
    )
    bio = models.TextField(
        _("bio"), max_length=2000, help_text=_("A few sentences about you for your public page.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    created_at = models.DateTimeField(_("applied at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decline_reason = models.TextField(
        _("decline reason"), blank=True, help_text=_("Emailed to the applicant.")
    )
    doctor = models.OneToOneField(
        Doctor,
        verbose_name=_("doctor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="application",
        help_text=_("The profile made when the application was verified."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("doctor application")
        verbose_name_plural = _("doctor applications")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="waiting"),
                name="one_waiting_application",
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="application_status")]

    def __str__(self) -> str:
        # Not the name: the moderation log keeps this after the account is deleted.
        return gettext("Doctor application #%(id)s") % {"id": self.pk}
