from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    name = "forum.qa"
    label = "qa"
    verbose_name = _("Questions and answers")

    def ready(self) -> None:
        from forum.accounts.verification import standing_changed
        from forum.core.pagecache import cached_page_served

        from . import (
            agreements,
            tasks,  # noqa: F401  (registers the background tasks)
        )
        from .viewcounts import count_cached_view

        cached_page_served.connect(count_cached_view, dispatch_uid="qa.count_cached_view")
        standing_changed.connect(agreements.standing_changed, dispatch_uid="qa.agreements")
