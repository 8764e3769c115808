from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from forum.core.models import Event
from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_user

CHANGELIST = reverse("admin:qa_question_changelist")


def act(client, action: str, questions, **extra):
    data = {"action": action, "_selected_action": [q.pk for q in questions], **extra}
    return client.post(CHANGELIST, data, follow=True)


def statuses(*questions) -> list[str]:
    return [Question.objects.get(pk=q.pk).status for q in questions]


def test_pending_questions_come_first_the_oldest_first(logged_in, neurology):
    now = timezone.now()
    make_question(neurology, title="Open newest", status="open", created_at=now)
    make_question(
        neurology, title="Pending newer", status="pending", created_at=now - timedelta(hours=1)
    )
    make_question(
        neurology, title="Pending oldest", status="pending", created_at=now - timedelta(days=3)
    )

    html = logged_in.get(CHANGELIST).content.decode()

    assert html.index("Pending oldest") < html.index("Pending newer") < html.index("Open newest")


def test_approve_opens_pending_questions_says_so_and_logs_it(logged_in, neurology, moderator):
    pending = [make_question(neurology, status="pending") for _ in range(2)]
    answered = make_answered(neurology)

    response = act(logged_in, "approve", [*pending, answered])

    assert statuses(*pending, answered) == ["open", "open", "answered"]
    assert "Approved 2 questions. 1 skipped" in response.content.decode()
    assert Event.objects.filter(actor=moderator, action="approve").count() == 2


def test_reject_asks_for_a_reason_first(logged_in, neurology):
    question = make_question(neurology, status="pending", title="Needs a reason")

    response = act(logged_in, "reject", [question])

    html = response.content.decode()
    assert "Reject questions" in html
    assert "Needs a reason" in html
    assert statuses(question) == ["pending"]


def test_reject_with_a_reason_rejects_and_emails_each_asker(
    logged_in, neurology, django_capture_on_commit_callbacks
):
    askers = [make_user(f"asker{n}", email=f"asker{n}@example.org") for n in range(2)]
    questions = [make_question(neurology, asker=a, status="pending") for a in askers]

    with django_capture_on_commit_callbacks(execute=True):
        response = act(
            logged_in,
            "reject",
            questions,
            apply="1",
            reason="personal",
            message="Remove the phone number.",
        )

    assert statuses(*questions) == ["rejected", "rejected"]
    reason = Question.objects.get(pk=questions[0].pk).rejection_reason
    assert reason == "Your question included details that identify you. Remove the phone number."
    assert "Rejected 2 questions." in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["asker0@example.org", "asker1@example.org"]
    assert "Remove the phone number." in mail.outbox[0].body


def test_a_chosen_reason_is_written_in_the_language_of_each_question(logged_in, neurology):
    english = make_question(neurology, status="pending")
    chinese = make_question(neurology, status="pending", title="頭痛", language="zh-hant")

    act(logged_in, "reject", [english, chinese], apply="1", reason="emergency", message="")

    reasons = [Question.objects.get(pk=q.pk).rejection_reason for q in (english, chinese)]
    assert reasons[0].startswith("This sounds urgent")
    with translation.override("zh-hant"):
        assert reasons[1] == gettext(
            "This sounds urgent: please call your local emergency number or see a doctor today."
        )
    assert reasons[1] != reasons[0]


def test_reject_with_other_needs_a_message(logged_in, neurology):
    question = make_question(neurology, status="pending")

    response = act(logged_in, "reject", [question], apply="1", reason="other", message="  ")

    assert "Write the reason the asker will read." in response.content.decode()
    assert statuses(question) == ["pending"]


def test_answered_questions_cannot_be_rejected(logged_in, neurology):
    question = make_answered(neurology)

    act(logged_in, "reject", [question], apply="1", reason="duplicate")

    assert statuses(question) == ["answered"]


def test_hide_and_unhide_return_questions_to_where_they_were(logged_in, neurology):
    answered, waiting = make_answered(neurology), make_question(neurology, status="open")

    act(logged_in, "hide", [answered, waiting])
    assert statuses(answered, waiting) == ["hidden", "hidden"]
    assert logged_in.get(answered.get_absolute_url()).status_code == 200  # staff still see it

    act(logged_in, "unhide", [answered, waiting])
    assert statuses(answered, waiting) == ["answered", "open"]


def test_the_needs_a_look_filters(logged_in, neurology):
    make_question(
        neurology,
        title="Old pending",
        status="pending",
        created_at=timezone.now() - timedelta(hours=50),
    )
    make_question(neurology, title="Fresh pending", status="pending")
    make_answered(neurology, title="Apology", headline="I'm sorry, but I need more information")
    make_answered(neurology, title="Sentence", headline="This is a full sentence.")
    make_answered(neurology, title="Proper", headline="Facial Muscle Twitches: Causes")

    stale = logged_in.get(CHANGELIST + "?check=stale").content.decode()
    untitled = logged_in.get(CHANGELIST + "?check=headline").content.decode()

    assert "Old pending" in stale and "Fresh pending" not in stale
    assert "Apology" in untitled and "Sentence" in untitled and "Proper" not in untitled


def test_the_changelist_runs_a_constant_number_of_queries(
    logged_in, neurology, django_assert_max_num_queries
):
    for n in range(30):
        make_answered(neurology, title=f"Question {n}")

    with django_assert_max_num_queries(12):
        response = logged_in.get(CHANGELIST)

    assert response.status_code == 200


def test_the_change_page_has_replies_and_topics_inline(logged_in, neurology):
    question = make_answered(neurology)

    html = logged_in.get(reverse("admin:qa_question_change", args=[question.pk])).content.decode()

    assert 'id="replies-heading"' in html
    # Moderators hide replies with the replies' actions, and never rewrite them.
    assert 'name="replies-0-is_hidden"' not in html and 'name="replies-0-body"' not in html
    assert 'id="tagged_items-heading"' in html


@pytest.mark.parametrize("status", ["pending", "rejected"])
def test_pending_and_rejected_questions_are_not_hidden(logged_in, neurology, status):
    question = make_question(neurology, status=status)

    response = act(logged_in, "hide", [question])

    assert statuses(question) == [status]
    assert "Hidden 0 questions. 1 skipped" in response.content.decode()
