from django.contrib import admin
from django.db import transaction

from forum.qa.admin.actions import report_done

from .models import Doctor


@admin.register(Doctor)
class DoctorAdmin(admin.ModelAdmin):
    list_display = [
        "name", "specialty_names", "affiliation", "licence_number", "is_verified", "is_suspended",
    ]  # fmt: skip
    list_filter = ["is_verified", "is_suspended", "specialties"]
    search_fields = ["name", "licence_number", "affiliation", "user__username", "user__email"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]
    filter_horizontal = ["specialties"]
    actions = ["verify", "suspend"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("specialties")

    def get_readonly_fields(self, request, obj=None):
        # Moving a profile to another account would let that account answer as the doctor.
        if obj is not None and not request.user.is_superuser:
            return ["user"]
        return []

    @admin.display(description="specialties")
    def specialty_names(self, doctor: Doctor) -> str:
        return ", ".join(specialty.name for specialty in doctor.specialties.all())

    @admin.action(description="Verify selected doctors (they can answer)", permissions=["change"])
    @transaction.atomic
    def verify(self, request, queryset):
        changed = [d for d in queryset if not d.can_answer]
        for doctor in changed:
            doctor.is_verified, doctor.is_suspended = True, False
            doctor.save(update_fields=["is_verified", "is_suspended"])
        report_done(self, request, changed, "verified", len(queryset))

    @admin.action(description="Suspend selected doctors", permissions=["change"])
    @transaction.atomic
    def suspend(self, request, queryset):
        changed = [d for d in queryset if not d.is_suspended]
        for doctor in changed:
            doctor.is_suspended = True
            doctor.save(update_fields=["is_suspended"])
        report_done(self, request, changed, "suspended", len(queryset))
