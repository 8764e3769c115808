from django.contrib import admin
from django.db.models import Count, Q
from django.urls import path
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.admin import LoggedAdmin, RecordInline, RecordStackedInline
from forum.core.admin_actions import intermediate_page, run_action
from forum.safety import personal

from .. import changes, history, lifecycle, moderation, screening
from ..models import (
    Agreement,
    FollowUp,
    ImportedPage,
    Question,
    Reply,
    Review,
    TaggedQuestion,
)
from . import versions
from .filters import QuestionNeedsALookFilter
from .forms import QuestionForm, RejectForm


class ReplyInline(RecordStackedInline):
    """Only their doctors write replies; moderators hide them with the replies' actions."""

    model = Reply
    fields = ["doctor", "body", "created_at", "edited_at", "reviewed_at", "is_hidden"]
    show_change_link = True


def personal_data_in(texts: list[tuple[str, str]]) -> str:
    """What the screen finds in these texts, each named by where it is, highlighted, for a
    moderator's page. (A list, not a dict: two places may have the same name in a language.)"""
    found = [(where, finding) for where, text in texts for finding in personal.find(text)]
    if not found:
        return gettext("None found.")
    return format_html_join(
        mark_safe("<br>"),
        gettext("<mark>{value}</mark> ({kind}, in the {where})"),
        ({"value": f.value, "kind": personal.LABELS[f.kind], "where": where} for where, f in found),
    )


class FollowUpInline(RecordStackedInline):
    """The asker's follow-up: moderated on its own page (the change link)."""

    model = FollowUp
    fields = ["status", "body", "created_at", "answered_by", "answered_at"]
    show_change_link = True


class TopicInline(admin.TabularInline):
    model = TaggedQuestion
    extra = 0
    autocomplete_fields = ["tag"]
    verbose_name = _("topic")
    verbose_name_plural = _("topics")


class ModeratedAdmin(LoggedAdmin):
    """The moderators' actions on what askers write (questions and follow-ups): each goes
    through the lifecycle, one row at a time."""

    actions = ["approve", "reject", "hide", "unhide"]

    def _apply(self, request, queryset, verb: str, change, **details) -> None:
        run_action(
            self,
            request,
            queryset,
            verb,
            lambda selection: lifecycle.apply_to_each(selection, change, request.user, **details),
        )

    @admin.action(
        description=_("Approve selected pending %(verbose_name_plural)s"), permissions=["change"]
    )
    def approve(self, request, queryset):
        self._apply(request, queryset, "approved", lifecycle.approve)

    @admin.action(
        description=_("Reject selected %(verbose_name_plural)s (asks for a reason)"),
        permissions=["change"],
    )
    def reject(self, request, queryset):
        form = RejectForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():

            def reject(subject, user):
                question = subject if isinstance(subject, Question) else subject.question
                return lifecycle.reject(subject, user, reason=form.reason_text(question.language))

            self._apply(request, queryset, "rejected", reject)
            return None
        title = gettext("Reject %(verbose_name_plural)s") % {
            "verbose_name_plural": self.model._meta.verbose_name_plural
        }
        return intermediate_page(
            self, request, queryset, template="admin/qa/reject.html", title=title, form=form
        )

    @admin.action(description=_("Hide selected %(verbose_name_plural)s"), permissions=["change"])
    def hide(self, request, queryset):
        self._apply(request, queryset, "hidden", lifecycle.hide)

    @admin.action(description=_("Unhide selected %(verbose_name_plural)s"), permissions=["change"])
    def unhide(self, request, queryset):
        self._apply(request, queryset, "unhidden", lifecycle.unhide)


@admin.register(Question)
class QuestionAdmin(ModeratedAdmin):
    """Moderators change a question's status only through the actions, which go through
    the lifecycle; the change form edits its words and topics, and each edit is logged.
    The headline and More Info an edit replaces are kept: the Versions section under the
    form compares them and restores one (forum.qa.admin.versions)."""

    form = QuestionForm
    list_display = [
        "title", "is_urgent", "headline", "specialty", "status", "asker_name", "created_at",
        "answered_at", "open_reports",
    ]  # fmt: skip
    list_filter = [
        QuestionNeedsALookFilter, "status", "is_urgent", "specialty", "created_at", "answered_at",
    ]  # fmt: skip
    list_select_related = ["specialty"]
    search_fields = ["title", "headline", "body", "asker_name"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "status", "rejection_reason", "public_link", "asker", "created_at", "answered_at",
        "edited_at", "claimed_by", "claimed_until", "view_count", "history", "personal_data",
        "is_urgent", "imported_from",
    ]  # fmt: skip
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "status",
                    "is_urgent",
                    "rejection_reason",
                    "specialty",
                    "public_link",
                    "personal_data",
                    "imported_from",
                ]
            },
        ),
        (
            _("The question"),
            {"fields": ["title", "body", "asker", "asker_name", "asker_age_range", "asker_gender"]},
        ),
        (_("For readers"), {"fields": ["headline", "more_info"]}),
        (
            _("Dates and counts"),
            {
                "fields": [
                    "created_at",
                    "answered_at",
                    "edited_at",
                    "claimed_by",
                    "claimed_until",
                    "view_count",
                ],
                "classes": ["collapse"],
            },
        ),
        (_("History"), {"fields": ["history"]}),
    ]
    inlines = [TopicInline, ReplyInline, FollowUpInline]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(open_report_count=Count("reports", filter=Q(reports__resolved_at=None)))
        )

    def get_ordering(self, request):
        # The moderation queue: pending questions first, urgent ones first among them, then
        # the oldest.
        return [
            moderation.pending_first(), "-is_urgent", moderation.oldest_pending_first(),
            "-created_at",
        ]  # fmt: skip

    @admin.display(description=_("open reports"), ordering="open_report_count")
    def open_reports(self, question: Question) -> int:
        return question.open_report_count

    @admin.display(description=_("on the site"))
    def public_link(self, question: Question) -> str:
        if not question.pk:
            return "-"
        return format_html('<a href="{}">{}</a>', question.get_absolute_url(), question.slug)

    @admin.display(description=_("personal data"))
    def personal_data(self, question: Question) -> str:
        """What the screen finds in the question's and its replies' text, highlighted, so
        that nothing identifying is approved unseen."""
        texts = [
            (where, getattr(question, field)) for field, where in screening.QUESTION_FIELDS.items()
        ]
        texts += [
            (gettext("headline"), question.headline),
            (gettext("More Info"), question.more_info),
        ]
        if question.pk:
            for number, reply in enumerate(question.replies.all(), start=1):
                texts.append((gettext("reply %(number)s") % {"number": number}, reply.body))
        return personal_data_in(texts)

    @admin.display(description=_("imported from"))
    def imported_from(self, question: Question) -> str:
        """The archive file, and why the question was kept off the site if it was: write a
        headline or remove the personal data, then unhide it to publish it."""
        page = ImportedPage.objects.filter(question=question).first() if question.pk else None
        if page is None:
            return "-"
        if page.review_reason:
            return gettext("%(source)s (kept for review: %(reason)s)") % {
                "source": page.source,
                "reason": page.review_reason,
            }
        return page.source

    def has_add_permission(self, request) -> bool:
        return False  # questions are asked on the site, through the lifecycle

    def before_save(self, request, question: Question, fields: list[str]) -> list[str]:
        """The headline and More Info this edit replaces are kept (forum.qa.history)."""
        if not set(fields) & set(history.PAGE_FIELDS):
            return fields
        return list(dict.fromkeys([*fields, *history.page_edited(question, request.user)]))

    def after_change(self, questions: list) -> None:
        changes.questions_changed(question.pk for question in questions)

    def get_urls(self):
        return [
            path(
                "<int:question_id>/revisions/<int:revision_id>/restore/",
                self.admin_site.admin_view(self.restore_version),
                name="qa_question_restore",
            ),
            *super().get_urls(),
        ]

    def restore_version(self, request, question_id: int, revision_id: int):
        """A version of the headline, More Info or a reply: GET asks to confirm, POST
        puts it back."""
        return versions.restore_view(self, request, question_id, revision_id)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context.update(
                versions=versions.of_page(obj), can_restore=self.has_change_permission(request, obj)
            )
        return super().render_change_form(request, context, add, change, form_url, obj)


class ReviewInline(RecordInline):
    """Doctors' reviews of the answer: "Still accurate", or an edit."""

    model = Review
    fields = ["created_at", "doctor", "outcome"]


class AgreementInline(RecordInline):
    """The doctors who agree with the reply; only they give and take back agreements."""

    model = Agreement
    fields = ["created_at", "doctor"]


@admin.register(Reply)
class ReplyAdmin(LoggedAdmin):
    list_display = ["__str__", "question", "doctor", "created_at", "is_hidden"]
    list_filter = ["is_hidden", "created_at", "question__specialty"]
    list_select_related = ["question", "doctor"]
    search_fields = ["body", "doctor__name", "question__title"]
    # Who wrote what, and what they wrote, is the doctor's: moderators can only hide it,
    # with the actions.
    fields = [
        "question", "doctor", "body", "created_at", "updated_at", "edited_at", "reviewed_at",
        "reviewed_by", "is_hidden", "history",
    ]  # fmt: skip
    readonly_fields = fields
    inlines = [ReviewInline, AgreementInline]
    date_hierarchy = "created_at"
    actions = ["hide", "unhide"]
    list_per_page = 50

    def has_add_permission(self, request) -> bool:
        return False

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            # Restoring is the questions' admin's (a reply's text is part of its page).
            can_restore = self.admin_site.get_model_admin(Question).has_change_permission(request)
            context.update(versions=versions.of_reply(obj), can_restore=can_restore)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def after_change(self, replies: list) -> None:
        changes.questions_changed(reply.question_id for reply in replies)

    @admin.action(description=_("Hide selected replies"), permissions=["change"])
    def hide(self, request, queryset):
        run_action(
            self,
            request,
            queryset,
            "hidden",
            lambda replies: moderation.set_replies_hidden(replies, True, request.user),
        )

    @admin.action(description=_("Unhide selected replies"), permissions=["change"])
    def unhide(self, request, queryset):
        run_action(
            self,
            request,
            queryset,
            "unhidden",
            lambda replies: moderation.set_replies_hidden(replies, False, request.user),
        )
