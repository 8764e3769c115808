import pytest
from django.urls import reverse

from forum.qa.models import Report
from tests.factories import make_answered, make_question


@pytest.fixture
def question(neurology):
    return make_answered(neurology, title="Reported question")


def question_url(question) -> str:
    return reverse("qa:report_question", args=[question.pk])


def test_logged_in_readers_see_report_links_and_readers_do_not(client, question, alice):
    reply = question.replies.get()
    assert question_url(question) not in client.get(question.get_absolute_url()).content.decode()

    client.force_login(alice)
    html = client.get(question.get_absolute_url()).content.decode()

    assert question_url(question) in html
    assert reverse("qa:report_reply", args=[reply.pk]) in html


def test_a_reader_is_sent_to_login(client, question):
    assert client.get(question_url(question))["Location"].startswith(reverse("accounts:login"))


def test_a_patient_reports_a_question_with_a_reason(client, question, alice):
    client.force_login(alice)

    response = client.post(
        question_url(question),
        {"reason": "misinformation", "details": "Dose is wrong."},
        follow=True,
    )

    report = Report.objects.get()
    assert (report.reporter, report.question, report.reason) == (alice, question, "misinformation")
    assert report.details == "Dose is wrong."
    assert "A moderator will look at it soon" in response.content.decode()


def test_a_patient_reports_a_reply(client, question, alice):
    reply = question.replies.get()
    client.force_login(alice)

    client.post(reverse("qa:report_reply", args=[reply.pk]), {"reason": "abuse"})

    assert Report.objects.get().reply == reply


def test_the_same_item_is_reported_once(client, question, alice, bob):
    client.force_login(alice)
    client.post(question_url(question), {"reason": "spam"})

    again = client.post(question_url(question), {"reason": "abuse"}, follow=True)
    client.force_login(bob)
    client.post(question_url(question), {"reason": "spam"})

    assert "You have already reported this." in again.content.decode()
    assert Report.objects.count() == 2


def test_bad_input_saves_nothing(client, question, alice):
    client.force_login(alice)

    response = client.post(question_url(question), {"reason": "made-up", "details": "x" * 1001})

    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "at most 1000 characters" in html
    assert not Report.objects.exists()


def test_content_that_is_not_public_cannot_be_reported(client, neurology, alice):
    hidden_reply = make_answered(neurology).replies.get()
    hidden_reply.is_hidden = True
    hidden_reply.save()
    client.force_login(alice)

    assert client.get(question_url(make_question(neurology, status="pending"))).status_code == 404
    assert client.get(reverse("qa:report_reply", args=[hidden_reply.pk])).status_code == 404


def test_moderators_resolve_reports_or_hide_the_content(client, question, alice, bob, moderator):
    reply = question.replies.get()
    on_question = Report.objects.create(reporter=alice, question=question, reason="spam")
    on_reply = Report.objects.create(reporter=bob, reply=reply, reason="abuse")
    client.force_login(moderator)
    url = reverse("admin:qa_report_changelist")

    listing = client.get(url).content.decode()
    client.post(url, {"action": "resolve", "_selected_action": [on_question.pk]})
    client.post(url, {"action": "hide_content", "_selected_action": [on_reply.pk]})

    assert "Reported question" in listing
    on_question.refresh_from_db()
    on_reply.refresh_from_db()
    reply.refresh_from_db()
    assert on_question.resolved_by == moderator
    assert on_reply.resolved_at is not None and reply.is_hidden
    assert "Reported question" not in client.get(url).content.decode()  # open reports only
    assert "Reported question" in client.get(url + "?status=resolved").content.decode()


def test_the_report_changelist_runs_a_constant_number_of_queries(
    client, neurology, moderator, django_assert_max_num_queries
):
    from tests.factories import make_user

    for n in range(15):
        question = make_answered(neurology, title=f"Q{n}")
        Report.objects.create(
            reporter=make_user(f"r{n}"), reply=question.replies.get(), reason="spam"
        )
        Report.objects.create(reporter=make_user(f"s{n}"), question=question, reason="spam")
    client.force_login(moderator)

    with django_assert_max_num_queries(10):
        assert client.get(reverse("admin:qa_report_changelist")).status_code == 200


def test_the_admin_index_shows_what_needs_a_look(client, neurology, moderator, alice, question):
    from datetime import timedelta

    from django.utils import timezone

    make_question(neurology, status="pending", created_at=timezone.now() - timedelta(days=3))
    Report.objects.create(reporter=alice, question=question, reason="spam")
    client.force_login(moderator)

    html = client.get(reverse("admin:index")).content.decode()

    assert "Needs a look" in html
    assert "Questions pending more than 48 hours" in html
    assert "Open reports" in html
    assert "?check=stale" in html


def test_the_form_offers_only_real_reasons_and_none_chosen(client, question, alice):
    client.force_login(alice)

    html = client.get(question_url(question)).content.decode()

    assert "---------" not in html
    assert html.count('type="radio"') == len(Report.Reason.choices)
    assert "checked" not in html


def test_a_report_without_a_reason_is_refused(client, question, alice):
    client.force_login(alice)

    response = client.post(question_url(question), {"details": "Something"})

    assert "This field is required." in response.content.decode()
    assert not Report.objects.exists()
