from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Case, Value, When
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.admin import LoggedAdmin
from forum.core.admin_actions import intermediate_page, run_action
from forum.core.text import clean_text

from . import applications, verification
from .models import Doctor, DoctorApplication


class AccountForm(forms.Form):
    login = forms.CharField(
        label=_("Email address or username"),
        max_length=254,
        help_text=_("Of the account the doctor signed up with."),
    )

    def __init__(self, *args, doctor: Doctor, moderator, **kwargs):
        super().__init__(*args, **kwargs)
        self.doctor, self.moderator = doctor, moderator

    def clean_login(self):
        login = self.cleaned_data["login"].strip()
        self.user = verification.account_for(self.doctor, login, self.moderator)
        return login


@admin.display(description=_("specialties"))
def specialty_names(doctor_or_application) -> str:
    """A doctor's or an application's specialties (prefetched by the admins' querysets)."""
    return ", ".join(specialty.name for specialty in doctor_or_application.specialties.all())


@admin.register(Doctor)
class DoctorAdmin(LoggedAdmin):
    list_display = [
        "name", specialty_names, "affiliation", "licence_number", "is_verified", "is_suspended",
        "is_imported",
    ]  # fmt: skip
    list_filter = ["is_verified", "is_suspended", "is_imported", "specialties"]
    search_fields = ["name", "licence_number", "affiliation", "user__username", "user__email"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]
    filter_horizontal = ["specialties"]
    actions = ["verify", "suspend", "give_to_account"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("specialties")

    def after_change(self, doctors: list) -> None:
        for doctor in doctors:
            verification.doctor_shown_differently(doctor)

    def get_readonly_fields(self, request, obj=None):
        # Verifying and suspending go through the actions, which log them.
        if obj is not None and obj.user_id == request.user.pk and not request.user.is_superuser:
            # A moderator's own doctor profile is another moderator's to change.
            return [field.name for field in obj._meta.concrete_fields] + ["specialties", "history"]
        # Whether a doctor came from an archive is the import's to say: ticking it would put
        # an unverified profile on the site.
        readonly = ["is_verified", "is_suspended", "is_imported", "history"]
        # Moving a profile to another account would let that account answer as the doctor.
        if obj is not None and not request.user.is_superuser:
            readonly.append("user")
        return readonly

    @admin.action(
        description=_("Verify selected doctors (they can answer)"), permissions=["change"]
    )
    def verify(self, request, queryset):
        run_action(
            self, request, queryset, "verified", lambda d: verification.verify(d, request.user)
        )

    @admin.action(description=_("Suspend selected doctors"), permissions=["change"])
    def suspend(self, request, queryset):
        run_action(
            self, request, queryset, "suspended", lambda d: verification.suspend(d, request.user)
        )

    @admin.action(
        description=_("Give the selected imported doctor to the account they signed up with"),
        permissions=["change"],
    )
    def give_to_account(self, request, queryset):
        doctors = list(queryset[:2])
        if len(doctors) != 1 or not verification.has_import_account(doctors[0]):
            message = gettext(
                "Choose one doctor imported from an archive and not yet given to an account."
            )
            self.message_user(request, message, messages.WARNING)
            return None
        doctor = doctors[0]
        bound = request.POST if "apply" in request.POST else None
        form = AccountForm(bound, doctor=doctor, moderator=request.user)
        if form.is_bound and form.is_valid():
            try:
                verification.give_to_account(doctor, form.user, request.user)
            except ValidationError as error:
                form.add_error("login", error)
            else:
                message = gettext(
                    "%(doctor)s now belongs to the account %(account)s: "
                    "they log in with it, and answer once verified."
                ) % {"doctor": doctor, "account": form.user.get_username()}
                self.message_user(request, message, messages.SUCCESS)
                return None
        return intermediate_page(
            self,
            request,
            queryset.filter(pk=doctor.pk),
            template="admin/accounts/doctor/give_to_account.html",
            title=gettext("Give %(doctor)s to an account") % {"doctor": doctor},
            form=form,
            doctor=doctor,
        )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("Emailed to the applicant, who may apply again with it in mind."),
        error_messages={"required": _("Write the reason the applicant will read.")},
    )

    def clean_reason(self) -> str:
        reason = clean_text(self.cleaned_data["reason"], multiline=True).strip()
        if not reason:
            raise forms.ValidationError(gettext("Write the reason the applicant will read."))
        return reason


@admin.register(DoctorApplication)
class DoctorApplicationAdmin(admin.ModelAdmin):
    """Moderators read applications, the waiting ones oldest first, and verify or decline
    them with the actions; nobody edits what an applicant sent."""

    list_display = [
        "name", "applicant", specialty_names, "affiliation", "licence_number", "status",
        "created_at",
    ]  # fmt: skip
    list_filter = ["status", "specialties", "created_at"]
    list_select_related = ["user"]
    search_fields = ["name", "licence_number", "affiliation", "user__username", "user__email"]
    fields = [
        "status", "applicant", "name", specialty_names, "affiliation", "licence_number", "bio",
        "created_at", "decided_at", "decided_by", "decline_reason", "doctor",
    ]  # fmt: skip
    readonly_fields = fields
    actions = ["verify", "decline"]
    list_per_page = 50

    def get_queryset(self, request):
        # Sorted by name, not by the expression: filtered by specialty, the list is
        # DISTINCT, and PostgreSQL takes an expression with parameters in ORDER BY for
        # another than the same one in the select list.
        waiting_first = Case(
            When(status=DoctorApplication.Status.WAITING, then=Value(0)), default=Value(1)
        )
        # (What ModelAdmin.get_queryset does, but with the name defined before it sorts.)
        return (
            DoctorApplication._default_manager.annotate(waiting_first=waiting_first)
            .order_by(*self.get_ordering(request))
            .prefetch_related("specialties")
        )

    def get_ordering(self, request):
        return ["waiting_first", "created_at", "pk"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("account"), ordering="user__email")
    def applicant(self, application: DoctorApplication) -> str:
        return application.user.email or application.user.get_username()

    @admin.action(
        description=_("Verify selected applications (they can answer)"), permissions=["change"]
    )
    def verify(self, request, queryset):
        run_action(
            self, request, queryset, "verified", lambda a: applications.verify(a, request.user)
        )

    @admin.action(
        description=_("Decline selected applications, with a reason"), permissions=["change"]
    )
    def decline(self, request, queryset):
        form = DeclineForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            reason = form.cleaned_data["reason"]
            run_action(
                self,
                request,
                queryset,
                "declined",
                lambda a: applications.decline(a, request.user, reason),
            )
            return None
        return intermediate_page(
            self,
            request,
            queryset,
            template="admin/accounts/doctorapplication/decline.html",
            title=gettext("Decline applications"),
            form=form,
        )
