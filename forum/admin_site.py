from django.conf import settings
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

RECENT_EVENTS = 10


class ForumAdminSite(admin.AdminSite):
    index_title = _("Moderation")
    # The changelists need the width more than a second menu.
    enable_nav_sidebar = False

    # The header and the page titles name the forum as its own pages do (SITE_NAME).
    @property
    def site_header(self) -> str:
        return settings.SITE_NAME

    @property
    def site_title(self) -> str:
        return gettext("%(forum_name)s moderation") % {"forum_name": settings.SITE_NAME}

    def index(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "checks": self._checks(request),
            "recent_events": self._recent_events(request),
        }
        return super().index(request, extra_context)

    def _recent_events(self, request) -> list:
        """The latest entries of the moderation log, in place of Django's "Recent actions"."""
        from forum.core.models import Event

        if not request.user.has_perm("core.view_event"):
            return []
        return list(Event.objects.select_related("actor")[:RECENT_EVENTS])

    def _checks(self, request) -> list[dict]:
        """What needs a moderator's attention, with links to the filtered lists."""
        from forum.qa import moderation
        from forum.qa.models import Question, Report

        checks = []
        if request.user.has_perm("qa.view_question"):
            questions = reverse("admin:qa_question_changelist")
            pending = Question.objects.filter(status=Question.Status.PENDING).count()
            checks += [
                {"label": gettext("Questions waiting for review"), "count": pending,
                 "url": f"{questions}?status__exact=pending"},
                {"label": gettext("Questions pending more than 48 hours"),
                 "count": moderation.stale_pending_questions().count(),
                 "url": f"{questions}?check=stale"},
                {"label": gettext("Headlines that are not titles"),
                 "count": moderation.questions_with_untitled_headlines().count(),
                 "url": f"{questions}?check=headline"},
                {"label": gettext("Imported questions kept for review"),
                 "count": moderation.imported_for_review().count(),
                 "url": f"{questions}?check=imported"},
            ]  # fmt: skip
        if request.user.has_perm("qa.view_report"):
            checks.append(
                {
                    "label": gettext("Open reports"),
                    "count": Report.objects.open().count(),
                    "url": reverse("admin:qa_report_changelist"),
                }
            )
        if request.user.has_perm("qa.view_topic"):
            checks.append(
                {
                    "label": gettext("Topics with blank-looking or near-duplicate names"),
                    "count": len(moderation.suspicious_topic_ids()),
                    "url": f"{reverse('admin:qa_topic_changelist')}?check=names",
                }
            )
        return checks


class ForumAdminConfig(AdminConfig):
    default_site = "forum.admin_site.ForumAdminSite"
