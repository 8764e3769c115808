"""The asker's one follow-up: asked under an answer, moderated, answered first by the
answering doctor and after FOLLOW_UP_OWN_HOURS by the specialty, emailed, published."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from forum.core.models import Event
from forum.qa import lifecycle
from forum.qa.account_data import delete_account
from forum.qa.models import FollowUp, Question
from tests.factories import (
    make_answered,
    make_doctor,
    make_question,
    make_reply,
    make_specialty,
    make_user,
)

FOLLOW_UP = "Thank you. Should I stop the coffee completely, or is one cup in the morning fine?"
ANSWER = "One cup in the morning is fine; avoid coffee after noon."


@pytest.fixture
def asker(db):
    return make_user("carol", email="carol@example.org")


@pytest.fixture
def question(neurology, doctor, asker):
    return make_answered(neurology, doctor=doctor, asker=asker, title="Eyelid twitching")


@pytest.fixture
def reply(question):
    return question.replies.get()


@pytest.fixture
def colleague(neurology):
    return make_doctor("Ye Boshou", specialties=[neurology])


def url(question) -> str:
    return reverse("qa:follow_up", args=[question.pk])


def ask(client, question, reply, body=FOLLOW_UP, **extra):
    return client.post(url(question), {"reply": reply.pk, "body": body, **extra})


def answer_url(follow_up) -> str:
    return reverse("dashboard:answer_follow_up", args=[follow_up.pk])


def answer(client, follow_up, body=ANSWER):
    return client.post(answer_url(follow_up), {"body": body, "publish": "1"})


def approve(client, moderator, follow_up):
    client.force_login(moderator)
    return client.post(
        reverse("admin:qa_followup_changelist"),
        {"action": "approve", "_selected_action": [follow_up.pk]},
        follow=True,
    )


def waited(follow_up, hours):
    FollowUp.objects.filter(pk=follow_up.pk).update(
        opened_at=timezone.now() - timedelta(hours=hours)
    )


def test_the_whole_path(
    client, question, reply, asker, doctor, colleague, moderator, django_capture_on_commit_callbacks
):
    # The asker sees the invitation under the answer, and asks.
    client.force_login(asker)
    page = client.get(question.get_absolute_url()).content.decode()
    assert f"{url(question)}?reply={reply.pk}" in page
    assert client.get(f"{url(question)}?reply={reply.pk}").status_code == 200
    response = ask(client, question, reply)
    follow_up = FollowUp.objects.get()
    assert response.url == follow_up.get_absolute_url()
    assert follow_up.status == FollowUp.Status.PENDING
    assert (follow_up.reply, follow_up.body, follow_up.opened_at) == (reply, FOLLOW_UP, None)
    # The asker sees it waiting; the public does not, and doctors do not yet.
    assert "Waiting for review" in client.get(question.get_absolute_url()).content.decode()
    client.logout()
    assert FOLLOW_UP not in client.get(question.get_absolute_url()).content.decode()
    assert not FollowUp.objects.waiting_for(doctor).exists()

    # A moderator approves it: it goes to the answering doctor only.
    assert (
        "Approved 1 follow-up question." in approve(client, moderator, follow_up).content.decode()
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.OPEN and follow_up.opened_at is not None
    client.force_login(doctor.user)
    assert answer_url(follow_up) in client.get(reverse("dashboard:queue")).content.decode()
    client.force_login(colleague.user)
    assert answer_url(follow_up) not in client.get(reverse("dashboard:queue")).content.decode()
    page = client.get(answer_url(follow_up)).content.decode()
    assert "It is waiting for Dr. Lan Shengxing" in page and 'name="body"' not in page
    answer(client, follow_up, "Too early, colleague.")
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.OPEN and follow_up.answer == ""

    # After 72 hours without an answer, every doctor of the specialty sees it.
    waited(follow_up, hours=73)
    assert answer_url(follow_up) in client.get(reverse("dashboard:queue")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = answer(client, follow_up)
    assert response.url == follow_up.get_absolute_url()
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.ANSWERED
    assert (follow_up.answered_by, follow_up.answer) == (colleague, ANSWER)

    # The asker is emailed, and the page shows it under the answer, for everyone.
    [message] = mail.outbox
    assert message.to == ["carol@example.org"]
    assert message.subject == "A doctor has answered your follow-up question - Ask a Doctor"
    assert "Dr. Ye Boshou has answered" in message.body
    assert f"{question.get_absolute_url()}#follow-up" in message.body
    client.logout()
    page = client.get(question.get_absolute_url()).content.decode()
    reply_section = page[page.index(f'id="reply-{reply.pk}"') :]
    assert "Follow-up</h3>" in reply_section and FOLLOW_UP in reply_section
    ask_date = timezone.localdate(follow_up.created_at).strftime("%Y/%m/%d")
    assert "A Xu. Ask Date: <time" in reply_section and f">{ask_date}</time>" in reply_section
    assert "Dr. Ye Boshou</a> reply Neurology</h3>" in reply_section
    assert ANSWER in reply_section
    answered = timezone.localdate(follow_up.answered_at).strftime("%Y/%m/%d")
    assert "Reply Date: <time datetime=" in reply_section and f">{answered}</time>" in reply_section
    assert [event.action for event in Event.objects.for_object(follow_up).order_by("pk")] == [
        "ask",
        "approve",
        "answer",
    ]


def test_the_answering_doctor_answers_at_once(client, question, reply, doctor, asker):
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    client.force_login(doctor.user)

    answer(client, follow_up)

    follow_up.refresh_from_db()
    assert follow_up.answered_by == doctor
    # A second submit of the form publishes nothing more.
    response = answer(client, follow_up, "Something else")
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.answer == ANSWER


def test_without_approval_it_goes_to_the_doctor_at_once(
    client, question, reply, asker, doctor, settings
):
    settings.QUESTIONS_NEED_APPROVAL = False
    client.force_login(asker)

    ask(client, question, reply)

    follow_up = FollowUp.objects.get()
    assert follow_up.status == FollowUp.Status.OPEN and follow_up.opened_at is not None
    assert list(FollowUp.objects.waiting_for(doctor)) == [follow_up]


def test_a_second_follow_up_is_refused(client, question, reply, asker):
    client.force_login(asker)
    ask(client, question, reply)

    response = client.get(url(question), follow=True)
    assert "You have already asked your follow-up to this answer" in response.content.decode()
    response = ask(client, question, reply, body="And another thing I wanted to ask you?")
    assert "You have already asked your follow-up" in response.content.decode()
    assert FollowUp.objects.get().body == FOLLOW_UP
    # The question's page no longer offers one.
    assert url(question) not in client.get(question.get_absolute_url()).content.decode()


def test_a_rejected_follow_up_may_be_asked_again(
    client, question, reply, asker, moderator, django_capture_on_commit_callbacks
):
    client.force_login(asker)
    ask(client, question, reply)
    follow_up = FollowUp.objects.get()
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:qa_followup_changelist"),
            {
                "action": "reject",
                "_selected_action": [follow_up.pk],
                "apply": "1",
                "reason": "other",
                "message": "Please ask about this answer only.",
            },
        )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.REJECTED
    [message] = mail.outbox
    assert message.subject == "Your follow-up question was not published - Ask a Doctor"
    assert "Please ask about this answer only." in message.body

    client.force_login(asker)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Please ask about this answer only." in page
    form = client.get(url(question)).content.decode()
    assert FOLLOW_UP in form  # to change it
    ask(client, question, reply, body="Is one cup of coffee in the morning fine for me?")
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.PENDING
    assert follow_up.rejection_reason == ""
    assert FollowUp.objects.count() == 1


def test_only_within_the_days_after_the_answer(client, neurology, doctor, asker, settings):
    settings.FOLLOW_UP_DAYS = 30
    old = make_answered(neurology, doctor=doctor, asker=asker, days_ago=31)
    client.force_login(asker)

    assert url(old) not in client.get(old.get_absolute_url()).content.decode()
    response = client.get(url(old), follow=True)
    assert "Follow-ups can be asked within 30 days of the answer" in response.content.decode()
    response = ask(client, old, old.replies.get())
    assert response.status_code == 200
    assert "within 30 days" in response.content.decode()
    assert FOLLOW_UP in response.content.decode()  # what they wrote is kept
    assert not FollowUp.objects.exists()


def test_only_the_asker_of_an_answered_question(client, question, reply, neurology, asker, bob):
    # Someone else: the question's follow-up page does not exist for them.
    client.force_login(bob)
    assert ask(client, question, reply).status_code == 404
    assert url(question) not in client.get(question.get_absolute_url()).content.decode()
    # Not logged in: to the login page.
    client.logout()
    assert reverse("accounts:login") in ask(client, question, reply).url
    # A question still waiting for its answer.
    waiting = make_question(neurology, asker=asker)
    client.force_login(asker)
    response = client.get(url(waiting), follow=True)
    assert "once a doctor has answered the question" in response.content.decode()
    assert not FollowUp.objects.exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "This field is required."),
        ("   ", "This field is required."),
        ("?!", "Write your follow-up question in words."),
        ("Why?", "Please write at least 10 characters (you wrote 4)."),
        ("x" * 2001, "at most 2000 characters"),
    ],
)
def test_a_bad_text_says_why_and_saves_nothing(client, question, reply, asker, body, message):
    client.force_login(asker)

    response = ask(client, question, reply, body=body)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not FollowUp.objects.exists()


def test_a_bad_choice_of_answer_says_why_and_keeps_the_text(
    client, question, reply, asker, neurology, doctor, colleague
):
    make_reply(question, colleague, body="A second opinion.")
    other = make_answered(neurology, doctor=doctor, asker=asker, title="Another")
    client.force_login(asker)
    for reply_id in [other.replies.get().pk, "x", "99999999999999999999999", "-1"]:
        response = client.post(url(question), {"reply": reply_id, "body": FOLLOW_UP})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Choose one of the answers to your question." in html
        assert FOLLOW_UP in html  # what they wrote is kept
    html = client.post(url(question), {"body": FOLLOW_UP}).content.decode()
    assert "This field is required." in html and FOLLOW_UP in html
    assert not FollowUp.objects.exists()


def test_with_one_answer_there_is_nothing_to_choose(client, question, reply, asker, neurology):
    other = make_answered(neurology, asker=asker, title="Another")
    client.force_login(asker)

    client.post(url(question), {"reply": other.replies.get().pk, "body": FOLLOW_UP})

    assert FollowUp.objects.get().reply == reply


def test_a_hidden_reply_cannot_be_followed(client, question, reply, asker, doctor):
    second = make_reply(question, doctor, body="A second, later answer.")
    reply.is_hidden = True
    reply.save(update_fields=["is_hidden"])
    client.force_login(asker)

    with pytest.raises(lifecycle.IllegalTransition, match="Choose one of the answers"):
        lifecycle.ask_follow_up(FollowUp(question=question, reply=reply, body=FOLLOW_UP), asker)
    ask(client, question, reply)
    assert FollowUp.objects.get().reply == second


def test_it_is_screened_like_a_question(client, question, reply, asker):
    client.force_login(asker)

    response = ask(client, question, reply, body="Call me on 0912-345-678 about the coffee?")
    assert "Your question would publish personal data" in response.content.decode()
    assert not FollowUp.objects.exists()
    ask(
        client,
        question,
        reply,
        body="Call me on 0912-345-678 about the coffee?",
        personal_data="mask",
    )
    assert "0912" not in FollowUp.objects.get().body

    FollowUp.objects.all().delete()
    html = ask(
        client, question, reply, body="Call me on 0912-345-678 about it?", personal_data="edit"
    ).content.decode()
    assert "Remove the personal data before sending" in html and "0912-345-678" in html
    assert not FollowUp.objects.exists()

    emergency = "Since an hour I have crushing chest pain and I can't breathe, what do I do?"
    html = ask(client, question, reply, body=emergency, emergency="change").content.decode()
    assert "Change your question, or if it is an emergency, call 119 now." in html
    assert "crushing chest pain" in html
    assert not FollowUp.objects.exists()
    response = ask(client, question, reply, body=emergency)
    assert "Before you send your question" in response.content.decode()
    assert not FollowUp.objects.exists()
    ask(client, question, reply, body=emergency, emergency="send")
    assert FollowUp.objects.get().is_urgent


def test_doctors_of_other_specialties_and_patients_are_kept_out(
    client, question, reply, alice, colleague
):
    follow_up = FollowUp.objects.create(
        question=question,
        reply=reply,
        body=FOLLOW_UP,
        status="open",
        opened_at=timezone.now() - timedelta(hours=100),
    )
    stranger = make_doctor("Outsider", specialties=[make_specialty("Dermatology")])
    client.force_login(stranger.user)
    assert client.get(answer_url(follow_up)).status_code == 404
    assert answer(client, follow_up).status_code == 404
    client.force_login(alice)
    assert answer(client, follow_up).status_code == 403
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.OPEN


def test_a_hidden_follow_up_leaves_the_public_page(client, question, reply, colleague, moderator):
    follow_up = FollowUp.objects.create(
        question=question,
        reply=reply,
        body=FOLLOW_UP,
        status="answered",
        answer=ANSWER,
        answered_by=colleague,
        answered_at=timezone.now(),
    )
    assert ANSWER in client.get(question.get_absolute_url()).content.decode()
    client.force_login(moderator)
    client.post(
        reverse("admin:qa_followup_changelist"),
        {"action": "hide", "_selected_action": [follow_up.pk]},
    )
    client.logout()
    assert ANSWER not in client.get(question.get_absolute_url()).content.decode()
    follow_up.refresh_from_db()
    lifecycle.unhide(follow_up, moderator)
    assert follow_up.status == FollowUp.Status.ANSWERED


def test_the_page_and_queue_keep_their_query_budgets(
    client, question, reply, doctor, asker, neurology, django_assert_num_queries
):
    make_answered(neurology, doctor=doctor, title="Similar")
    # The page's queries before it has a follow-up: reading it adds none.
    with django_assert_num_queries(5):
        client.get(question.get_absolute_url())
    FollowUp.objects.create(
        question=question,
        reply=reply,
        body=FOLLOW_UP,
        status="answered",
        answer=ANSWER,
        answered_by=doctor,
        answered_at=timezone.now(),
    )
    with django_assert_num_queries(5):
        assert ANSWER in client.get(question.get_absolute_url()).content.decode()
    client.force_login(asker)
    with django_assert_num_queries(6):  # the user, then the page's five
        client.get(question.get_absolute_url())

    for n in range(4):
        other = make_answered(neurology, doctor=doctor, title=f"Other {n}")
        FollowUp.objects.create(
            question=other,
            reply=other.replies.get(),
            body=FOLLOW_UP,
            status="open",
            opened_at=timezone.now(),
        )
    make_question(neurology, title="Still open")
    client.force_login(doctor.user)
    # The user, the specialties with their counts, the follow-ups, the questions' count
    # and page.
    with django_assert_num_queries(5):
        html = client.get(reverse("dashboard:queue")).content.decode()
    assert html.count("Follow-up: Other") == 4 and "Still open" in html


def test_the_askers_data_holds_it_and_deletion_removes_what_waits(
    client, question, reply, asker, neurology, doctor
):
    FollowUp.objects.create(question=question, reply=reply, body=FOLLOW_UP)
    client.force_login(asker)
    data = json.loads(client.get(reverse("qa:my_data_export")).content)
    [exported] = [q for q in data["questions"] if q["id"] == question.pk]
    assert exported["follow_up"]["body"] == FOLLOW_UP
    assert exported["follow_up"]["status"] == "Waiting for review"

    answered = make_answered(neurology, doctor=doctor, asker=asker, title="Answered")
    FollowUp.objects.create(
        question=answered,
        reply=answered.replies.get(),
        body=FOLLOW_UP,
        status="answered",
        answer=ANSWER,
        answered_by=doctor,
        answered_at=timezone.now(),
    )
    delete_account(asker)
    assert list(FollowUp.objects.values_list("question", flat=True)) == [answered.pk]
    assert Question.objects.get(pk=answered.pk).asker_id is None


@pytest.mark.parametrize("status", ["pending", "rejected", "hidden"])
def test_doctors_never_read_what_moderators_have_not_let_through(
    client, question, reply, doctor, colleague, status
):
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status=status, opened_at=timezone.now()
    )
    for user in [doctor.user, colleague.user]:
        client.force_login(user)
        assert client.get(answer_url(follow_up)).status_code == 404
        assert FOLLOW_UP not in client.get(reverse("dashboard:queue")).content.decode()


def test_a_hidden_question_or_reply_takes_its_follow_up_out_of_the_queue(
    client, question, reply, doctor, asker, moderator
):
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    reply.is_hidden = True
    reply.save(update_fields=["is_hidden"])
    assert not FollowUp.objects.waiting_for(doctor).exists()
    client.force_login(doctor.user)
    assert client.get(answer_url(follow_up)).status_code == 404
    # The asker still sees it, after the replies.
    client.force_login(asker)
    assert FOLLOW_UP in client.get(question.get_absolute_url()).content.decode()

    reply.is_hidden = False
    reply.save(update_fields=["is_hidden"])
    lifecycle.hide(question, moderator)
    assert not FollowUp.objects.waiting_for(doctor).exists()


def test_a_refused_reply_keeps_its_text_and_says_why(client, question, reply, colleague):
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    client.force_login(colleague.user)

    html = answer(client, follow_up, "Too early, colleague.").content.decode()

    assert "Only the doctor who answered" in html
    assert "Your reply was not published; its text is below." in html
    assert "Too early, colleague." in html
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.OPEN


def test_the_cached_public_page_follows_the_follow_up(
    client, question, reply, doctor, moderator, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    assert FOLLOW_UP not in client.get(question.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.answer_follow_up(follow_up, doctor.user, ANSWER)
    assert ANSWER in client.get(question.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.hide(follow_up, moderator)
    assert ANSWER not in client.get(question.get_absolute_url()).content.decode()


def test_the_follow_up_pages_keep_their_query_budgets(
    client, question, reply, doctor, asker, colleague, django_assert_num_queries
):
    for n in range(3):
        make_reply(question, colleague, body=f"Another view {n}.")
    client.force_login(asker)
    # The user, the question with its follow-up, its replies with their doctors, and again
    # as the form's choices; in a transaction (two savepoints), however many replies.
    with django_assert_num_queries(6):
        assert client.get(url(question)).status_code == 200

    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    client.force_login(doctor.user)
    # The user, the follow-up with its question, reply and doctors, whether it is theirs
    # to answer.
    with django_assert_num_queries(3):
        assert client.get(answer_url(follow_up)).status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "This field is required."),
        ("???", "Write your reply."),
        ("x" * 10_001, "at most 10000 characters"),
        ("Call me on 0912-345-678 tonight.", "Remove the personal data before publishing"),
    ],
)
def test_a_bad_reply_to_a_follow_up_says_why_and_publishes_nothing(
    client, question, reply, doctor, body, message
):
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    client.force_login(doctor.user)

    response = answer(client, follow_up, body)

    assert response.status_code == 200
    assert message in response.content.decode()
    follow_up.refresh_from_db()
    assert (follow_up.status, follow_up.answer) == (FollowUp.Status.OPEN, "")
    assert not mail.outbox


def test_a_preview_publishes_nothing(client, question, reply, doctor):
    follow_up = FollowUp.objects.create(
        question=question, reply=reply, body=FOLLOW_UP, status="open", opened_at=timezone.now()
    )
    client.force_login(doctor.user)

    response = client.post(answer_url(follow_up), {"body": "**One cup** is fine.", "preview": "1"})

    assert "<strong>One cup</strong> is fine." in response.content.decode()
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.OPEN


def test_a_withdrawn_question_has_no_follow_up(client, neurology, asker):
    withdrawn = make_question(neurology, asker=asker, status=Question.Status.WITHDRAWN)
    client.force_login(asker)

    assert client.get(url(withdrawn)).status_code == 404


def test_the_admin_refuses_a_rejection_without_a_reason_and_skips_what_does_not_apply(
    client, question, reply, moderator
):
    pending = FollowUp.objects.create(question=question, reply=reply, body=FOLLOW_UP)
    client.force_login(moderator)
    changelist = reverse("admin:qa_followup_changelist")
    selected = {"_selected_action": [pending.pk]}

    page = client.post(changelist, {"action": "reject", **selected}).content.decode()
    assert "will not be published" in page and str(pending) in page
    page = client.post(
        changelist,
        {"action": "reject", "apply": "1", "reason": "other", "message": " ", **selected},
    ).content.decode()
    assert "Write the reason the asker will read." in page
    pending.refresh_from_db()
    assert pending.status == FollowUp.Status.PENDING

    client.post(changelist, {"action": "approve", **selected})
    page = client.post(changelist, {"action": "approve", **selected}, follow=True)
    assert "1 skipped: already approved" in page.content.decode()


def test_a_moderator_edits_the_askers_words_only(client, question, reply, moderator):
    follow_up = FollowUp.objects.create(question=question, reply=reply, body="Line one\nline two")
    client.force_login(moderator)
    change = reverse("admin:qa_followup_change", args=[follow_up.pk])
    page = client.get(change).content.decode()
    assert 'name="body"' in page and 'name="answer"' not in page and 'name="status"' not in page

    # Sent back untouched (a browser's line ends): nothing is saved or logged.
    client.post(change, {"body": "Line one\r\nline two", "status": "answered"})
    assert not Event.objects.for_object(follow_up).exists()
    assert "This field is required." in client.post(change, {"body": ""}).content.decode()
    too_long = client.post(change, {"body": "x" * 2001}).content.decode()
    assert "at most 2000 characters" in too_long

    client.post(change, {"body": "Line one, without the phone number."})
    follow_up.refresh_from_db()
    assert follow_up.body == "Line one, without the phone number."
    assert follow_up.status == FollowUp.Status.PENDING
    assert Event.objects.for_object(follow_up).get().action == Event.Action.EDIT
