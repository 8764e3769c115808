from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import changes, moderation
from ..models import FollowUp
from .questions import ModeratedAdmin, personal_data_in


@admin.register(FollowUp)
class FollowUpAdmin(ModeratedAdmin):
    """Askers' follow-ups, moderated like questions: the actions go through the lifecycle;
    the change form edits the asker's words (to remove what should not be published), and
    each edit is logged. Only doctors write the answer."""

    list_display = [
        "__str__", "is_urgent", "status", "answering_doctor", "created_at", "answered_at",
    ]  # fmt: skip
    list_filter = ["status", "is_urgent", "created_at", "question__specialty"]
    list_select_related = ["question", "reply__doctor"]
    search_fields = ["body", "answer", "question__title", "question__headline"]
    date_hierarchy = "created_at"
    fields = [
        "status", "is_urgent", "rejection_reason", "question_link", "personal_data", "reply",
        "body", "created_at", "opened_at", "answer", "answered_by", "answered_at", "history",
    ]  # fmt: skip
    readonly_fields = [name for name in fields if name != "body"]
    list_per_page = 50

    def get_ordering(self, request):
        # The moderation queue: pending follow-ups first, urgent ones first, then the oldest.
        return [
            moderation.pending_first(), "-is_urgent", moderation.oldest_pending_first(),
            "-created_at",
        ]  # fmt: skip

    @admin.display(description=_("goes to"), ordering="reply__doctor__name")
    def answering_doctor(self, follow_up: FollowUp) -> str:
        return follow_up.reply.doctor.display_name

    @admin.display(description=_("question"))
    def question_link(self, follow_up: FollowUp) -> str:
        question = follow_up.question
        return format_html(
            '<a href="{}">{}</a> (<a href="{}">{}</a>)',
            reverse("admin:qa_question_change", args=[question.pk]),
            question,
            follow_up.get_absolute_url(),
            gettext("on the site"),
        )

    @admin.display(description=_("personal data"))
    def personal_data(self, follow_up: FollowUp) -> str:
        """What the screen finds in the follow-up and its answer, so that nothing
        identifying is approved unseen."""
        return personal_data_in(
            [(gettext("follow-up"), follow_up.body), (gettext("answer"), follow_up.answer)]
        )

    def has_add_permission(self, request) -> bool:
        return False  # asked on the site, through the lifecycle

    def after_change(self, follow_ups: list) -> None:
        changes.questions_changed(follow_up.question_id for follow_up in follow_ups)
