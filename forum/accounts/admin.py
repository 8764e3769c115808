from django.contrib import admin

from .models import Doctor


@admin.register(Doctor)
class DoctorAdmin(admin.ModelAdmin):
    list_display = ["name", "affiliation", "licence_number", "is_verified"]
    list_filter = ["is_verified", "specialties"]
    search_fields = ["name", "licence_number", "user__username"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]
    filter_horizontal = ["specialties"]
