import zipfile

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.admin import LoggedAdmin
from forum.core.background import enqueue

from ..archive.sources import ZIP_BYTES_MAX
from ..models import ArchiveUpload
from ..tasks import import_archive_upload


class ArchiveUploadForm(forms.ModelForm):
    file = forms.FileField(label=_("Archive"))

    class Meta:
        model = ArchiveUpload
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext(
            "A .zip of pages saved as text (.txt files, in folders or not), at most "
            "%(megabytes)s MB. Pages already imported are skipped."
        ) % {"megabytes": ZIP_BYTES_MAX // 1_000_000}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > ZIP_BYTES_MAX:
            raise forms.ValidationError(
                gettext("The file is larger than %(megabytes)s MB: split the archive.")
                % {"megabytes": ZIP_BYTES_MAX // 1_000_000}
            )
        if not zipfile.is_zipfile(upload):
            raise forms.ValidationError(gettext("This is not a .zip archive."))
        upload.seek(0)
        return upload


@admin.register(ArchiveUpload)
class ArchiveUploadAdmin(LoggedAdmin):
    """Moderators with the permission upload an archive (logged); a background task imports
    it and writes its summary here."""

    form = ArchiveUploadForm
    list_display = ["name", "state", "uploaded_by", "uploaded_at", "finished_at"]
    list_filter = ["state"]
    readonly_fields = ["name", "state", "uploaded_by", "uploaded_at", "finished_at", "report"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("archive")

    def get_fields(self, request, obj=None):
        return ["file"] if obj is None else self.readonly_fields

    def has_change_permission(self, request, obj=None) -> bool:
        # An upload is read once made: its page shows the summary.
        return False if obj is not None else super().has_change_permission(request, obj)

    @admin.display(description=_("summary"))
    def report(self, upload: ArchiveUpload) -> str:
        if not upload.summary:
            return gettext("Not imported yet: the page shows the summary once the import is done.")
        return format_html("<pre>{}</pre>", upload.summary)

    def save_model(self, request, obj, form, change) -> None:
        file = form.cleaned_data["file"]
        obj.name = file.name[:255]
        obj.archive = file.read()
        obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
        transaction.on_commit(lambda: enqueue(import_archive_upload, obj.pk))
        messages.info(request, gettext("The archive is being imported; its summary appears here."))
