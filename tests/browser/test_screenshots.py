"""`make screenshots`: the main pages at phone and desktop width, on the demo data, into
screenshots/ (which git ignores). Not part of `make test`."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from forum.accounts.models import Doctor
from forum.qa.models import Question
from tests.browser.conftest import ROOT, log_in

OUT = ROOT / "screenshots"


@pytest.mark.screenshots
def test_take_screenshots(new_page, settings):
    settings.DEBUG = True  # seed_demo creates the demo logins only with DEBUG on
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.DEBUG = False
    doctor = Doctor.objects.get(user__username="doctor")
    answered = Question.objects.public().exclude(more_info="").order_by("pk").first()
    waiting = Question.objects.waiting_for(doctor).first()
    pending = Question.objects.filter(asker__username="patient", status="pending").first()
    pages = {
        "home": (None, "/"),
        "specialty": (None, answered.specialty.get_absolute_url()),
        "topic": (None, answered.topics.first().get_absolute_url()),
        "question": (None, answered.get_absolute_url()),
        "doctor": (None, doctor.get_absolute_url()),
        "search": (None, reverse("qa:search") + "?q=cough"),
        "topic-index": (None, reverse("qa:topics")),
        "doctor-index": (None, reverse("qa:doctors")),
        "not-found": (None, "/no-such-page/"),
        "signup": (None, reverse("accounts:signup")),
        "login": (None, reverse("accounts:login")),
        "ask": ("patient", reverse("qa:ask")),
        "my-questions": ("patient", reverse("qa:my_questions")),
        "pending-question": ("patient", pending.get_absolute_url()),
        "dashboard-queue": ("doctor", reverse("dashboard:queue")),
        "dashboard-answer": ("doctor", reverse("dashboard:answer", args=[waiting.pk])),
        "dashboard-my-answers": ("doctor", reverse("dashboard:my_answers")),
        "dashboard-stats": ("doctor", reverse("dashboard:stats")),
        "admin-index": ("moderator", reverse("admin:index")),
        "admin-questions": ("moderator", reverse("admin:qa_question_changelist")),
    }
    OUT.mkdir(exist_ok=True)
    for width in (375, 1280):
        sessions = {}
        for name, (who, path) in pages.items():
            if who not in sessions:
                sessions[who] = new_page(width=width)
                if who:
                    log_in(sessions[who], who, f"demo-{who}-pass")
            page = sessions[who]
            page.goto(path)
            page.screenshot(path=str(OUT / f"{name}-{width}.png"), full_page=True)
    assert len(list(Path(OUT).glob("*.png"))) >= 2 * len(pages)
