"""The moderation log: one row for every act, read-only in the admin for every moderator."""

from django.urls import reverse

from forum.core.models import Event
from forum.qa.models import Report, TopicRedirect
from tests.factories import make_answered, make_doctor, make_question, make_topic, make_user
from tests.forms import question_admin_data

LOG = reverse("admin:core_event_changelist")


def act(client, model: str, action: str, objects, **extra):
    url = reverse(f"admin:{model}_changelist")
    data = {"action": action, "_selected_action": [o.pk for o in objects], **extra}
    return client.post(url, data, follow=True)


def only_event(**filters) -> Event:
    return Event.objects.filter(**filters).get()


def test_a_rejection_is_logged_with_who_what_and_why(logged_in, moderator, neurology):
    question = make_question(neurology, status="pending", title="Not medical")

    act(logged_in, "qa_question", "reject", [question], apply="1", reason="not-health")

    event = only_event(action="reject")
    assert (event.actor, event.target, event.from_state, event.to_state) == (
        moderator,
        question,
        "pending",
        "rejected",
    )
    assert event.reason == "This is not a health question doctors here can answer."


def test_hiding_and_unhiding_a_reply_are_logged(logged_in, moderator, neurology):
    reply = make_answered(neurology).replies.get()

    act(logged_in, "qa_reply", "hide", [reply])
    act(logged_in, "qa_reply", "unhide", [reply])

    assert list(Event.objects.order_by("pk").values_list("action", "from_state", "to_state")) == [
        ("hide", "shown", "hidden"),
        ("unhide", "hidden", "shown"),
    ]


def test_resolving_a_report_and_hiding_reported_content_are_logged(logged_in, neurology):
    question = make_answered(neurology)
    report = Report.objects.create(reporter=make_user(), question=question, reason="spam")

    act(logged_in, "qa_report", "hide_content", [report])

    assert set(Event.objects.values_list("action", "object_repr")) == {
        ("hide", str(question)),
        ("resolve", str(report)),
    }


def test_merging_and_renaming_topics_are_logged(logged_in, neurology):
    kept, merged = make_topic("Tremor", neurology), make_topic("Tremors", neurology)
    act(logged_in, "qa_topic", "merge", [kept, merged], apply="1", kept=kept.pk)

    logged_in.post(
        reverse("admin:qa_topic_change", args=[kept.pk]),
        {"name": "Hand tremor", "slug": "hand-tremor", "specialty": neurology.pk},
    )

    assert only_event(action="merge").reason == "Merged Tremors into it; 0 questions moved."
    rename = only_event(action="rename")
    assert (rename.from_state, rename.to_state, rename.reason) == (
        "tremor",
        "hand-tremor",
        "Tremor → Hand tremor",
    )
    assert not Event.objects.filter(action="edit").exists()  # one act, one row


def test_a_renamed_slug_keeps_the_old_address_working(logged_in, client, neurology):
    topic = make_topic("Tremor", neurology)
    make_answered(neurology, topics=[topic])

    logged_in.post(
        reverse("admin:qa_topic_change", args=[topic.pk]),
        {"name": "Tremor", "slug": "shaking-hands", "specialty": neurology.pk},
    )

    assert TopicRedirect.objects.get(old_slug="tremor").topic == topic
    response = client.get("/topics/tremor/")
    assert (response.status_code, response["Location"]) == (301, "/topics/shaking-hands/")


def test_verifying_and_suspending_doctors_are_logged(logged_in, neurology):
    applicant = make_doctor("New Doctor", specialties=[neurology], is_verified=False)

    act(logged_in, "accounts_doctor", "verify", [applicant])
    act(logged_in, "accounts_doctor", "suspend", [applicant])

    assert list(Event.objects.order_by("pk").values_list("action", "from_state", "to_state")) == [
        ("verify", "unverified", "verified"),
        ("suspend", "verified", "suspended"),
    ]


def test_a_moderators_edit_of_a_question_is_logged_with_the_fields(logged_in, moderator, neurology):
    question = make_answered(neurology, headline="")
    url = reverse("admin:qa_question_change", args=[question.pk])

    logged_in.post(url, question_admin_data(question, headline="Lip Twitches: When to Worry"))

    event = only_event(action="edit")
    assert (event.actor, event.target) == (moderator, question)
    assert event.reason == "Changed Headline."
    page = logged_in.get(url).content.decode()
    assert 'value="Lip Twitches: When to Worry"' in page
    assert "Changed Headline." in page  # the question's own history


def test_every_moderator_reads_the_log_filtered_by_moderator_action_and_date(
    logged_in, moderator, neurology
):
    other = make_user("mo2", is_staff=True)
    questions = [
        make_question(neurology, status="pending", title=title)
        for title in ["Numb fingers", "Dizzy spells"]
    ]
    act(logged_in, "qa_question", "approve", questions[:1])
    Event.record(other, Event.Action.APPROVE, questions[1], from_state="pending", to_state="open")

    everything = logged_in.get(LOG).content.decode()
    by_molly = logged_in.get(f"{LOG}?actor={moderator.pk}").content.decode()
    by_action = logged_in.get(f"{LOG}?action__exact=reject").content.decode()
    today = logged_in.get(f"{LOG}?created_at__day=1").status_code

    assert "Numb fingers" in everything and "Dizzy spells" in everything
    assert "Numb fingers" in by_molly and "Dizzy spells" not in by_molly
    assert "Numb fingers" not in by_action and "0 results" in by_action
    assert today == 200


def test_the_log_is_read_only_even_for_moderators(logged_in, neurology):
    question = make_question(neurology, status="pending")
    act(logged_in, "qa_question", "approve", [question])
    event = Event.objects.get()

    change = logged_in.post(
        reverse("admin:core_event_change", args=[event.pk]), {"reason": "forged"}
    )
    delete = logged_in.post(reverse("admin:core_event_delete", args=[event.pk]), {"post": "yes"})

    assert change.status_code == 403 and delete.status_code == 403
    assert logged_in.get(reverse("admin:core_event_add")).status_code == 403
    assert Event.objects.get().reason == ""


def test_patients_and_doctors_cannot_read_the_log(client, alice, doctor):
    for user in [alice, doctor.user]:
        client.force_login(user)
        response = client.get(LOG)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_history_button_opens_the_objects_entries(logged_in, neurology):
    question = make_question(neurology, status="pending")

    response = logged_in.get(reverse("admin:qa_question_history", args=[question.pk]))

    assert response.status_code == 302
    assert (
        response["Location"].startswith(LOG) and f"object_id={question.pk}" in response["Location"]
    )


def test_the_admin_front_page_shows_the_latest_entries(logged_in, neurology):
    question = make_question(neurology, status="pending", title="Tingling toes")
    act(logged_in, "qa_question", "approve", [question])

    html = logged_in.get(reverse("admin:index")).content.decode()

    assert "molly approved Tingling toes (pending → open)" in html


def test_a_long_topic_slug_is_renamed_and_logged(logged_in, neurology):
    topic = make_topic("Eyelid Muscle Twitching After Long Screen Sessions", neurology)

    response = logged_in.post(
        reverse("admin:qa_topic_change", args=[topic.pk]),
        {"name": "Eyelid Twitching", "slug": "eyelid-twitching", "specialty": neurology.pk},
    )

    assert response.status_code == 302
    assert only_event(action="rename").from_state == topic.slug


def test_a_withdrawn_question_leaves_no_title_in_the_log(client, alice, neurology):
    from forum.qa import lifecycle

    question = make_question(neurology, asker=alice, status="pending", title="Private worry")
    Event.record(alice, Event.Action.ASK, question, to_state="pending")

    lifecycle.withdraw(question, alice)

    assert not Event.objects.filter(object_repr__contains="Private worry").exists()


def test_an_edit_in_the_admin_never_writes_back_a_status_changed_meanwhile(moderator, neurology):
    from django.contrib.admin.sites import site
    from django.test import RequestFactory

    from forum.qa.models import Question

    question = make_question(neurology, status="open")
    stale = Question.objects.get(pk=question.pk)
    Question.objects.filter(pk=question.pk).update(
        status="answered", answered_at="2026-01-01T00:00Z"
    )
    stale.headline = "Lip Twitches"
    form = type("Form", (), {"changed_data": ["headline"]})()
    request = RequestFactory().post("/")
    request.user = moderator

    site._registry[Question].save_model(request, stale, form, change=True)

    saved = Question.objects.get(pk=question.pk)
    assert (saved.status, saved.headline) == ("answered", "Lip Twitches")


def test_a_moderator_cannot_verify_their_own_doctor_profile(logged_in, moderator, neurology):
    from forum.accounts.models import Doctor

    own = Doctor.objects.create(
        user=moderator, name="Molly", slug="molly", licence_number="L-1", is_verified=False
    )

    act(logged_in, "accounts_doctor", "verify", [own])

    own.refresh_from_db()
    assert not own.is_verified and not Event.objects.exists()


def test_a_report_whose_content_cannot_be_hidden_stays_open(logged_in, neurology):
    question = make_question(neurology, status="pending")
    report = Report.objects.create(reporter=make_user(), question=question, reason="spam")

    act(logged_in, "qa_report", "hide_content", [report])

    report.refresh_from_db()
    assert report.resolved_at is None
