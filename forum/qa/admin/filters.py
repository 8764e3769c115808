"""Changelist filters that point moderators at what needs a look."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .. import moderation


class QuestionNeedsALookFilter(admin.SimpleListFilter):
    title = _("needs a look")
    parameter_name = "check"

    def lookups(self, request, model_admin):
        return [
            ("stale", _("Pending more than 48 hours")),
            ("headline", _("Headline is not a title")),
            ("imported", _("Imported, kept for review")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.filter(pk__in=moderation.stale_pending_questions().values("pk"))
        if self.value() == "headline":
            return queryset.filter(
                pk__in=moderation.questions_with_untitled_headlines().values("pk")
            )
        if self.value() == "imported":
            return queryset.filter(pk__in=moderation.imported_for_review().values("pk"))
        return queryset


class TopicNeedsALookFilter(admin.SimpleListFilter):
    title = _("needs a look")
    parameter_name = "check"

    def lookups(self, request, model_admin):
        return [("names", _("Blank-looking or near-duplicate names"))]

    def queryset(self, request, queryset):
        if self.value() == "names":
            return queryset.filter(pk__in=moderation.suspicious_topic_ids())
        return queryset


class ReportStatusFilter(admin.SimpleListFilter):
    """Open reports unless the moderator asks for others."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("open", _("Open")), ("resolved", _("Resolved")), ("all", _("All"))]

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": (self.value() or "open") == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        value = self.value() or "open"
        if value == "open":
            return queryset.filter(resolved_at__isnull=True)
        if value == "resolved":
            return queryset.filter(resolved_at__isnull=False)
        return queryset
