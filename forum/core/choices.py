from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AgeRange(models.TextChoices):
    AGE_0 = "0~9", "0~9"
    AGE_10 = "10~19", "10~19"
    AGE_20 = "20~29", "20~29"
    AGE_30 = "30~39", "30~39"
    AGE_40 = "40~49", "40~49"
    AGE_50 = "50~59", "50~59"
    AGE_60 = "60~69", "60~69"
    AGE_70 = "70~79", "70~79"
    AGE_80 = "80+", "80+"


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


def language_field(help_text: str) -> models.CharField:
    """One of the site's languages (settings.LANGUAGES), English unless said."""
    return models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=help_text,
    )
