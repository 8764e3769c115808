import json

from django import forms
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Event, OutgoingEmail


class ModeratorFilter(admin.SimpleListFilter):
    """The staff accounts, not every account: listing the log's own actors would read the
    whole log on every page."""

    title = _("moderator")
    parameter_name = "actor"

    def lookups(self, request, model_admin):
        staff = get_user_model().objects.filter(is_staff=True).order_by("username")
        return [(str(pk), username) for pk, username in staff.values_list("pk", "username")]

    def queryset(self, request, queryset):
        return queryset.filter(actor_id=self.value()) if self.value() else queryset


def _target_link(event: Event) -> str:
    model = event.content_type.model_class()
    if model is None:
        return event.object_repr
    opts = model._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[event.object_id])
    except NoReverseMatch:
        return event.object_repr
    return format_html('{}: <a href="{}">{}</a>', opts.verbose_name, url, event.object_repr)


class RecordAdmin(admin.ModelAdmin):
    """A record the code writes and people only read: no adding, changing or deleting."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class RecordRows:
    """Rows the code writes, read beside the object they belong to: no adding, changing or
    deleting; subclasses name the model and the fields to show."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def get_readonly_fields(self, request, obj=None):
        return self.fields


class RecordInline(RecordRows, admin.TabularInline):
    """Such rows in a table, one line each."""


class RecordStackedInline(RecordRows, admin.StackedInline):
    """Such rows one under the other, for long texts."""


@admin.register(Event)
class EventAdmin(RecordAdmin):
    """The moderation log: read by every moderator, written only by the code that acts."""

    list_display = ["created_at", "actor", "action", "target_link", "change", "reason"]
    list_filter = [ModeratorFilter, "action", "created_at", "content_type"]
    list_select_related = ["actor", "content_type"]
    search_fields = ["object_repr", "reason", "actor__username"]
    date_hierarchy = "created_at"
    list_per_page = 100
    fields = [
        "created_at", "actor", "action", "target_link", "from_state", "to_state", "reason",
    ]  # fmt: skip
    readonly_fields = fields

    @admin.display(description=_("what"))
    def target_link(self, event: Event) -> str:
        return _target_link(event)

    @admin.display(description=_("change"))
    def change(self, event: Event) -> str:
        return event.change


HISTORY_ROWS = 50


class TextareaField(forms.CharField):
    """A textarea's text with the line breaks it is stored with: browsers send "\r\n", so
    an untouched textarea would count as changed (be saved, logged, and keep a version of
    itself)."""

    def to_python(self, value) -> str:
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


class LoggedAdmin(admin.ModelAdmin):
    """A model admin whose change forms write the moderation log instead of Django's own
    LogEntry, whose "History" button opens the object's entries in that log, and whose
    read-only `history` field shows them on the object's page. Text areas count as
    changed only when their text did."""

    formfield_overrides = {models.TextField: {"form_class": TextareaField}}

    @admin.display(description=_("history"))
    def history(self, obj) -> str:
        if obj is None or obj.pk is None:
            return "-"
        events = Event.objects.for_object(obj).select_related("actor")[:HISTORY_ROWS]
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    date_format(localtime(e.created_at), "Y/m/d H:i"),
                    e.actor or gettext("the site"),
                    e.get_action_display(),
                    e.change,
                    e.reason,
                )
                for e in events
            ),
        )
        if not rows:
            return gettext("Nothing logged yet.")
        return format_html(
            '<table class="history"><thead><tr><th scope="col">{}</th><th scope="col">{}</th>'
            '<th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead>'
            "<tbody>{}</tbody></table>",
            gettext("when"),
            gettext("who"),
            gettext("what"),
            gettext("change"),
            gettext("reason"),
            rows,
        )

    def save_model(self, request, obj, form, change):
        """Save only the fields the form changed, so that an edit never writes back a
        status, flag or date that changed meanwhile (an answer published while the
        moderator was reading, a suspension)."""
        if not change:
            return super().save_model(request, obj, form, change)
        concrete = {field.name for field in obj._meta.concrete_fields}
        fields = self.before_save(request, obj, [n for n in form.changed_data if n in concrete])
        if fields:
            obj.save(update_fields=fields)
        return None

    def before_save(self, request, obj, fields: list[str]) -> list[str]:
        """Called inside the transaction before a change form saves these changed fields;
        returns the fields to save, with any the subclass set on `obj` itself."""
        return fields

    def after_change(self, objects: list) -> None:
        """What must follow a change made through this admin's forms or its delete pages,
        called inside the transaction (before a deletion): subclasses make the pages
        that show the objects again."""

    def log_addition(self, request, obj, message):
        self.after_change([obj])
        return Event.record(request.user, Event.Action.ADD, obj)

    def log_change(self, request, obj, message):
        if not message:
            return None
        self.after_change([obj])
        logged = self.edit_message(message)
        if not logged:
            return None
        described = LogEntry(change_message=json.dumps(logged)).get_change_message()
        return Event.record(request.user, Event.Action.EDIT, obj, reason=described)

    def edit_message(self, message: list) -> list:
        """What the log's edit entry says of a change form's message: all of it, unless a
        subclass logs part of the change as an entry of its own."""
        return message

    def log_deletions(self, request, queryset):
        self.after_change(list(queryset))
        return [Event.record(request.user, Event.Action.DELETE, obj) for obj in queryset]

    def history_view(self, request, object_id, extra_context=None):
        content_type = ContentType.objects.get_for_model(self.model)
        log = reverse("admin:core_event_changelist")
        return redirect(f"{log}?content_type__id__exact={content_type.pk}&object_id={object_id}")


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(RecordAdmin):
    """The emails the site sent or is trying to send, for the site's operators (they hold
    patients' addresses: moderators do not see them)."""

    list_display = ["created_at", "to", "subject", "attempts", "sent_at", "given_up_at"]
    list_filter = ["sent_at", "given_up_at"]
    search_fields = ["to", "subject"]
    date_hierarchy = "created_at"
    fields = [
        "to", "subject", "created_at", "attempts", "next_attempt_at", "sent_at", "given_up_at",
        "last_error", "body",
    ]  # fmt: skip
    readonly_fields = fields
