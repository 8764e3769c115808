"""Archives imported: each page by the fingerprint of its content, so that importing it
again creates nothing, and each archive a moderator uploaded, with its summary."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .questions import Question


class ImportedPage(models.Model):
    """One page of an archive, imported once."""

    fingerprint = models.CharField(
        _("fingerprint"),
        max_length=64,
        unique=True,
        help_text=_("SHA-256 of what the page says, whatever its layout."),
    )
    source = models.CharField(
        _("source"), max_length=500, help_text=_("The file it was first read from.")
    )
    question = models.OneToOneField(
        Question,
        verbose_name=_("question"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="imported_page",
        help_text=_("Empty once the question is deleted: the page is not imported again."),
    )
    review_reason = models.CharField(
        _("review reason"),
        max_length=300,
        blank=True,
        help_text=_("Why the question was kept off the site until a moderator looks at it."),
    )
    imported_at = models.DateTimeField(_("imported at"), default=timezone.now)

    class Meta:
        ordering = ["-imported_at", "-pk"]
        verbose_name = _("imported page")
        verbose_name_plural = _("imported pages")

    def __str__(self) -> str:
        return self.source


class ArchiveUpload(models.Model):
    """A .zip of saved pages a moderator uploaded in the admin, imported in the background."""

    class State(models.TextChoices):
        WAITING = "waiting", _("Waiting to be imported")
        RUNNING = "running", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Some pages failed")

    # Kept in the database, so that the worker that imports it needs no shared disk; emptied
    # once imported.
    archive = models.BinaryField(
        _("archive"), editable=False, help_text=_("The .zip of pages saved as text.")
    )
    name = models.CharField(
        _("name"), max_length=255, help_text=_("The file name it was uploaded with.")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.WAITING
    )
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the import did, page by page failures.")
    )

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("archive upload")
        verbose_name_plural = _("archive uploads")

    def __str__(self) -> str:
        return self.name
