"""Answers show their age: who reviewed them last and when, a notice once that is too long
ago, and the doctors' list of answers due for review."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.core import pagecache
from forum.qa import answering, tasks
from forum.qa.models import Question, Reply, Review, review_cutoff
from tests.factories import make_answered, make_doctor, make_specialty

YEAR = timedelta(days=366)


def answered(specialty, doctor, years_ago: float, **fields) -> Reply:
    question = make_answered(specialty, doctor=doctor, days_ago=int(years_ago * 366), **fields)
    return question.replies.get()


def page_of(client, reply: Reply) -> str:
    return client.get(reply.question.get_absolute_url()).content.decode()


@pytest.fixture
def colleague(neurology):
    return make_doctor("Ye Boshou", specialties=[neurology])


def test_an_answer_was_last_reviewed_when_it_was_written(client, neurology, doctor):
    reply = answered(neurology, doctor, years_ago=1)

    assert reply.reviewed_at == reply.created_at
    page = page_of(client, reply)
    assert "Reviewed by Dr. Lan Shengxing on <time datetime=" in page
    assert f">{reply.created_at:%Y/%m/%d}</time>" in page
    assert "Medical advice changes" not in page


def test_every_answer_page_says_it_is_not_a_diagnosis_and_where_help_is(client, neurology, doctor):
    page = page_of(client, answered(neurology, doctor, years_ago=0))

    assert "general information, not a diagnosis" in page
    assert "call 119 or go to the nearest emergency department now" in page


def test_an_answer_not_reviewed_for_years_says_so(client, neurology, doctor, settings):
    reply = answered(neurology, doctor, years_ago=3.5)

    page = page_of(client, reply)

    assert f"This answer was last reviewed on {reply.reviewed_at:%Y/%m/%d}" in page
    assert "more than 3 years ago. Medical advice changes" in page
    settings.ANSWER_REVIEW_YEARS = 5
    assert "Medical advice changes" not in page_of(client, reply)


def test_the_review_cutoff_survives_a_leap_day(settings):
    settings.ANSWER_REVIEW_YEARS = 3
    leap_day = timezone.now().replace(year=2028, month=2, day=29)

    assert review_cutoff(leap_day).date().isoformat() == "2025-02-28"


def test_doctors_see_answers_due_for_review_in_their_specialties_oldest_first(
    client, neurology, doctor, colleague
):
    older = answered(neurology, colleague, years_ago=6, title="Old tremor question")
    old = answered(neurology, doctor, years_ago=4, title="Migraine aura question")
    answered(neurology, doctor, years_ago=1, title="Recent question")
    elsewhere = make_specialty("Dermatology")
    answered(elsewhere, make_doctor("Pi Fu", specialties=[elsewhere]), years_ago=5, title="Acne")
    hidden = answered(neurology, doctor, years_ago=5, title="Hidden question")
    Question.objects.filter(pk=hidden.question_id).update(status=Question.Status.HIDDEN)
    client.force_login(doctor.user)

    page = client.get(reverse("dashboard:reviews")).content.decode()

    assert page.index("Old tremor question") < page.index("Migraine aura question")
    for absent in ("Recent question", "Acne", "Hidden question"):
        assert absent not in page
    # Their own answer can be edited; a colleague's can be answered anew.
    assert reverse("dashboard:edit_reply", args=[old.pk]) in page
    assert reverse("dashboard:edit_reply", args=[older.pk]) not in page
    assert reverse("dashboard:answer", args=[older.question_id]) in page


def test_still_accurate_gives_a_new_review_date_logged_and_shown(
    client, neurology, doctor, colleague, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    reply = answered(neurology, colleague, years_ago=4)
    page_of(client, reply)  # an anonymous reader's copy is now cached
    client.force_login(doctor.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dashboard:confirm_reply", args=[reply.pk]), {"page": "2"})

    assert response["Location"] == reverse("dashboard:reviews") + "?page=2"
    reply.refresh_from_db()
    assert timezone.now() - reply.reviewed_at < timedelta(minutes=1)
    assert reply.reviewed_by == doctor
    review = Review.objects.get()
    assert (review.reply, review.doctor, review.outcome) == (reply, doctor, "accurate")
    client.logout()
    page = page_of(client, reply)
    assert "Reviewed by Dr. Lan Shengxing on" in page
    assert "Medical advice changes" not in page
    assert "Dr. Ye Boshou</a> reply" in page  # still the author's answer


def test_an_edit_by_its_author_is_a_review(client, neurology, doctor):
    reply = answered(neurology, doctor, years_ago=4)
    client.force_login(doctor.user)

    client.post(reverse("dashboard:edit_reply", args=[reply.pk]), {"body": "Updated advice."})

    reply.refresh_from_db()
    assert timezone.now() - reply.reviewed_at < timedelta(minutes=1)
    assert reply.reviewed_by is None  # its author
    assert Review.objects.get().outcome == "edited"
    assert reply not in Reply.objects.due_for_review(doctor)


def test_only_doctors_of_the_specialty_confirm_a_public_answer(client, neurology, doctor, patient):
    reply = answered(neurology, doctor, years_ago=4)
    url = reverse("dashboard:confirm_reply", args=[reply.pk])

    assert client.post(url).status_code == 403  # a patient
    elsewhere = make_specialty("Dermatology")
    client.force_login(make_doctor("Pi Fu", specialties=[elsewhere]).user)
    assert client.post(url).status_code == 404
    client.force_login(doctor.user)
    assert client.get(url).status_code == 405
    Question.objects.filter(pk=reply.question_id).update(status=Question.Status.HIDDEN)
    assert client.post(url).status_code == 404
    reply.refresh_from_db()
    assert reply.reviewed_at == reply.created_at
    assert not Review.objects.exists()


def test_the_hourly_task_remakes_the_pages_of_answers_that_just_came_of_age(
    client, neurology, doctor, settings
):
    settings.PUBLIC_PAGE_CACHE = True
    reply = answered(neurology, doctor, years_ago=1)
    assert "Medical advice changes" not in page_of(client, reply)
    # Time passes: the answer's last review is now just over the limit.
    Reply.objects.filter(pk=reply.pk).update(reviewed_at=review_cutoff() - timedelta(minutes=5))
    assert "Medical advice changes" not in page_of(client, reply)  # the cached page

    assert tasks.refresh_pages_of_aged_answers() == 1

    assert "Medical advice changes" in page_of(client, reply)


def test_the_review_list_runs_a_constant_number_of_queries(
    client, neurology, doctor, colleague, django_assert_num_queries
):
    for n in range(3):
        answered(neurology, colleague if n % 2 else doctor, years_ago=4 + n)
    client.force_login(doctor.user)
    client.get(reverse("dashboard:reviews"))

    # The doctor with the session, the count, the page.
    with django_assert_num_queries(3):
        client.get(reverse("dashboard:reviews"))
    for n in range(5):
        answered(neurology, colleague, years_ago=5 + n)
    with django_assert_num_queries(3):
        client.get(reverse("dashboard:reviews"))


def test_moderators_see_the_reviews_of_an_answer(logged_in, neurology, doctor, colleague):
    reply = answered(neurology, colleague, years_ago=4)
    answering.confirm_reply(reply, doctor)

    page = logged_in.get(reverse("admin:qa_reply_change", args=[reply.pk])).content.decode()

    assert "Still accurate" in page
    assert "Dr. Lan Shengxing" in page


def test_the_reviewers_new_name_shows_on_cached_pages(
    client, neurology, colleague, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    # A reviewer of another specialty too, so only their own tag can remake the page.
    reviewer = make_doctor("Pi Fu", specialties=[make_specialty("Dermatology"), neurology])
    reply = answered(neurology, colleague, years_ago=4)
    answering.confirm_reply(reply, reviewer)
    assert "Reviewed by Dr. Pi Fu on" in page_of(client, reply)  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        reviewer.name = "Pi Fu-Lin"
        reviewer.save()
        pagecache.invalidate(f"doctor:{reviewer.pk}")

    assert "Reviewed by Dr. Pi Fu-Lin on" in page_of(client, reply)


@pytest.mark.parametrize("page", ["", "x", "-1", "2; drop", "1"])
def test_a_page_that_is_not_a_number_leads_back_to_the_first(client, neurology, doctor, page):
    reply = answered(neurology, doctor, years_ago=4)
    client.force_login(doctor.user)

    response = client.post(reverse("dashboard:confirm_reply", args=[reply.pk]), {"page": page})

    assert response["Location"] == reverse("dashboard:reviews")
