"""Archives imported: each page by the fingerprint of its content, so that importing it
again creates nothing, and each archive a moderator uploaded, with its summary."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from .questions import Question


class ImportedPage(models.Model):
    """One page of an archive, imported once."""

    fingerprint = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 of what the page says, whatever its layout."
    )
    source = models.CharField(max_length=500, help_text="The file it was first read from.")
    question = models.OneToOneField(
        Question,
        null=True,
        on_delete=models.SET_NULL,
        related_name="imported_page",
        help_text="Empty once the question is deleted: the page is not imported again.",
    )
    review_reason = models.CharField(
        max_length=300,
        blank=True,
        help_text="Why the question was kept off the site until a moderator looks at it.",
    )
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-imported_at", "-pk"]

    def __str__(self) -> str:
        return self.source


class ArchiveUpload(models.Model):
    """A .zip of saved pages a moderator uploaded in the admin, imported in the background."""

    class State(models.TextChoices):
        WAITING = "waiting", "Waiting to be imported"
        RUNNING = "running", "Importing"
        DONE = "done", "Imported"
        FAILED = "failed", "Some pages failed"

    # Kept in the database, so that the worker that imports it needs no shared disk; emptied
    # once imported.
    archive = models.BinaryField(editable=False, help_text="The .zip of pages saved as text.")
    name = models.CharField(max_length=255, help_text="The file name it was uploaded with.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    finished_at = models.DateTimeField(null=True, blank=True)
    summary = models.TextField(blank=True, help_text="What the import did, page by page failures.")

    class Meta:
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return self.name
