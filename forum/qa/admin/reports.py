from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.admin import LoggedAdmin
from forum.core.admin_actions import run_action

from .. import moderation
from ..models import Report
from .filters import ReportStatusFilter


@admin.register(Report)
class ReportAdmin(LoggedAdmin):
    list_display = ["__str__", "content", "reporter", "created_at", "resolved_at"]
    list_filter = [ReportStatusFilter, "reason", "created_at"]
    list_select_related = ["reporter", "question", "reply__question", "reply__doctor"]
    search_fields = ["details", "reporter__username", "question__title", "reply__body"]
    readonly_fields = [
        "reporter", "content", "reason", "details", "created_at", "resolved_at", "resolved_by",
        "history",
    ]  # fmt: skip
    fields = readonly_fields
    date_hierarchy = "created_at"
    actions = ["resolve", "hide_content"]
    list_per_page = 50

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("reported content"))
    def content(self, report: Report) -> str:
        target = report.target
        if report.question_id:
            kind = gettext("Question")
        else:
            kind = gettext("Reply by %(doctor)s") % {"doctor": report.reply.doctor}
        title = report.question.title if report.question_id else report.reply.question.title
        admin_url = reverse(f"admin:qa_{target._meta.model_name}_change", args=[target.pk])
        return format_html(
            '{}: <a href="{}">{}</a> (<a href="{}">{}</a>){}',
            kind,
            target.get_absolute_url(),
            title,
            admin_url,
            gettext("edit"),
            format_html(" - {}", gettext("hidden")) if self._is_hidden(report) else "",
        )

    @staticmethod
    def _is_hidden(report: Report) -> bool:
        if report.question_id:
            return report.question.status == report.question.Status.HIDDEN
        return report.reply.is_hidden

    @admin.action(description=_("Resolve selected reports"), permissions=["change"])
    def resolve(self, request, queryset):
        run_action(
            self, request, queryset, "resolved", lambda r: moderation.resolve(r, request.user)
        )

    @admin.action(description=_("Hide the reported content and resolve"), permissions=["change"])
    def hide_content(self, request, queryset):
        run_action(
            self, request, queryset, "resolved", lambda r: moderation.hide_reported(r, request.user)
        )
