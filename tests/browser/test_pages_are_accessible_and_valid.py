"""Every page people use, checked by axe-core (WCAG 2.2 AA) and the Nu HTML checker."""

import pytest
from django.urls import reverse

from forum.accounts.signups import confirm_path
from tests.browser.checkers import axe_violations, html_errors
from tests.browser.conftest import log_in
from tests.browser.site import Site, build_site

READER, PATIENT, DOCTOR, COLLEAGUE = None, "alice", "drlan", "drye"

PAGES = {
    "home": (READER, lambda s: "/"),
    "specialty": (READER, lambda s: s.neurology.get_absolute_url()),
    "topic": (READER, lambda s: s.eyelid.get_absolute_url()),
    "question": (READER, lambda s: s.answered.get_absolute_url()),
    "doctor": (READER, lambda s: s.doctor.get_absolute_url()),
    "search": (READER, lambda s: "/search/?q=twitch"),
    "search without results": (READER, lambda s: "/search/?q=twitching+thumbs&specialty=neurology"),
    "topic index": (READER, lambda s: reverse("qa:topics")),
    "doctor index": (READER, lambda s: reverse("qa:doctors")),
    "question with an aged answer": (READER, lambda s: s.aged.get_absolute_url()),
    "question with a follow-up": (READER, lambda s: s.followed.get_absolute_url()),
    "not found": (READER, lambda s: "/no-such-page/"),
    "signup": (READER, lambda s: reverse("accounts:signup")),
    "signup sent": (READER, lambda s: reverse("accounts:signup_sent")),
    "signup password": (READER, lambda s: confirm_path("new@example.org")),
    "login": (READER, lambda s: reverse("accounts:login") + "?next=/ask/"),
    "password reset": (READER, lambda s: reverse("accounts:password_reset")),
    "ask": (PATIENT, lambda s: reverse("qa:ask")),
    "my questions": (PATIENT, lambda s: reverse("qa:my_questions")),
    "pending question": (PATIENT, lambda s: s.pending.get_absolute_url()),
    "edit question": (PATIENT, lambda s: reverse("qa:question_edit", args=[s.pending.pk])),
    "profile": (PATIENT, lambda s: reverse("accounts:profile")),
    "delete account": (PATIENT, lambda s: reverse("qa:delete_account")),
    "question, logged in": (PATIENT, lambda s: s.answered.get_absolute_url()),
    "question, as its asker": (PATIENT, lambda s: s.to_follow.get_absolute_url()),
    "ask a follow-up": (PATIENT, lambda s: reverse("qa:follow_up", args=[s.to_follow.pk])),
    "report": (PATIENT, lambda s: reverse("qa:report_question", args=[s.answered.pk])),
    "apply as a doctor": (PATIENT, lambda s: reverse("accounts:doctor_apply")),
    "question, as a doctor who agrees": (COLLEAGUE, lambda s: s.answered.get_absolute_url()),
    "dashboard queue": (DOCTOR, lambda s: reverse("dashboard:queue")),
    "dashboard answer": (DOCTOR, lambda s: reverse("dashboard:answer", args=[s.waiting.pk])),
    "dashboard follow-up": (
        DOCTOR,
        lambda s: reverse("dashboard:answer_follow_up", args=[s.follow_up.pk]),
    ),
    "dashboard my answers": (DOCTOR, lambda s: reverse("dashboard:my_answers")),
    "dashboard edit": (DOCTOR, lambda s: reverse("dashboard:edit_reply", args=[s.reply.pk])),
    "dashboard stats": (DOCTOR, lambda s: reverse("dashboard:stats")),
    "dashboard reviews": (DOCTOR, lambda s: reverse("dashboard:reviews")),
}


def open_as(new_page, site: Site, who: str | None, path: str, width: int = 1280):
    page = new_page(width=width)
    if who:
        log_in(page, who)
    response = page.goto(path)
    return page, response.text()


@pytest.mark.parametrize("name", PAGES)
def test_the_page_has_no_accessibility_violations(new_page, name):
    site = build_site()
    who, path = PAGES[name]
    page, _ = open_as(new_page, site, who, path(site))

    assert axe_violations(page) == []


def test_the_ask_form_with_errors_has_no_accessibility_violations(new_page):
    site = build_site()
    page, _ = open_as(new_page, site, PATIENT, reverse("qa:ask"))
    page.fill("#id_title", "?!")
    page.click("button:has-text('Send my question')")
    page.locator("#id_title_error").wait_for()

    assert axe_violations(page) == []


def test_every_page_is_valid_html(new_page):
    site = build_site()
    documents = {}
    for name, (who, path) in PAGES.items():
        _, documents[name] = open_as(new_page, site, who, path(site))
    page, _ = open_as(new_page, site, PATIENT, reverse("qa:ask"))
    page.fill("#id_title", "?!")
    page.click("button:has-text('Send my question')")
    page.locator("#id_title_error").wait_for()
    documents["ask with errors"] = page.content()

    assert html_errors(documents) == {}
