"""The strict Content-Security-Policy breaks nothing: no page, the admin's included, makes
the browser refuse a script, a style or a form."""

from django.urls import reverse

from tests.browser.conftest import log_in
from tests.browser.site import build_site
from tests.browser.test_pages_are_accessible_and_valid import PAGES

ADMIN_PAGES = {
    "admin index": lambda s: reverse("admin:index"),
    "admin questions": lambda s: reverse("admin:qa_question_changelist"),
    "admin question": lambda s: reverse("admin:qa_question_change", args=[s.answered.pk]),
    "admin replies": lambda s: reverse("admin:qa_reply_changelist"),
    "admin reply": lambda s: reverse("admin:qa_reply_change", args=[s.reply.pk]),
    "admin follow-ups": lambda s: reverse("admin:qa_followup_changelist"),
    "admin follow-up": lambda s: reverse("admin:qa_followup_change", args=[s.follow_up.pk]),
    "admin topics": lambda s: reverse("admin:qa_topic_changelist"),
    "admin new topic": lambda s: reverse("admin:qa_topic_add"),
    "admin doctors": lambda s: reverse("admin:accounts_doctor_changelist"),
    "admin lockouts": lambda s: reverse("admin:axes_accessattempt_changelist"),
    "admin log": lambda s: reverse("admin:core_event_changelist"),
}


def csp_violations(new_page, who: str | None, path: str) -> list[str]:
    page = new_page()
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    if who:
        log_in(page, who)
    page.goto(path)
    page.wait_for_load_state("load")
    return refused


def test_no_page_of_the_site_breaks_the_policy(new_page):
    site = build_site()

    violations = {
        name: found
        for name, (who, path) in PAGES.items()
        if (found := csp_violations(new_page, who, path(site)))
    }

    assert violations == {}


def test_no_page_of_the_admin_breaks_the_policy(new_page):
    site = build_site()

    violations = {
        name: found
        for name, path in ADMIN_PAGES.items()
        if (found := csp_violations(new_page, "molly", path(site)))
    }

    assert violations == {}
