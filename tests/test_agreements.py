import json
import re

import pytest
from django.urls import reverse

from forum.accounts import verification
from forum.accounts.models import Doctor
from forum.dashboard import stats
from forum.qa import agreements, derived, moderation
from forum.qa.models import Agreement, Question, Reply
from tests.factories import make_answered, make_doctor, make_question, make_reply, make_topic


@pytest.fixture
def question(neurology, doctor):
    return make_answered(neurology, [make_topic("Tremor", neurology)], doctor=doctor)


@pytest.fixture
def reply(question):
    return question.replies.get()


@pytest.fixture
def colleague(neurology):
    return make_doctor("Ye Boshou", specialties=[neurology], affiliation="Riverside Clinic")


def agree(client, reply, value="yes"):
    return client.post(reverse("qa:agree", args=[reply.pk]), {"agree": value})


def test_a_colleague_agrees_once_and_takes_it_back(client, reply, colleague):
    client.force_login(colleague.user)

    response = agree(client, reply)
    assert response.status_code == 302
    assert response.url == reply.get_absolute_url()
    agree(client, reply)
    assert list(reply.agreements.values_list("doctor", flat=True)) == [colleague.pk]

    page = client.get(reply.question.get_absolute_url()).content.decode()
    assert "You agree with the answer of Dr. Lan Shengxing." in page
    assert "1 doctor agrees" in page
    assert "Take back my agreement" in page

    agree(client, reply, "no")
    assert not reply.agreements.exists()
    page = client.get(reply.question.get_absolute_url()).content.decode()
    assert "agrees" not in page
    assert ">I agree<" in page


def test_readers_see_how_many_and_who(client, reply, colleague, neurology):
    third = make_doctor("Chen Mingde", specialties=[neurology])
    for other in (colleague, third):
        agreements.agree(reply, other)

    page = client.get(reply.question.get_absolute_url()).content.decode()

    assert "2 doctors agree" in page
    who = page[page.index('class="agreements__who"') :]
    assert who.index("Dr. Ye Boshou") < who.index("Dr. Chen Mingde")
    assert f'href="{colleague.get_absolute_url()}"' in who
    # Readers have nothing to press.
    assert 'class="agreements__form"' not in page
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(script[1])
    assert data["mainEntity"]["suggestedAnswer"][0]["upvoteCount"] == 2


@pytest.mark.parametrize("who", ["author", "patient", "unverified", "suspended", "anonymous"])
def test_only_a_verified_colleague_may_agree(client, reply, doctor, alice, neurology, who):
    users = {
        "author": doctor.user,
        "patient": alice,
        "unverified": make_doctor("New", specialties=[neurology], is_verified=False).user,
        "suspended": make_doctor("Away", specialties=[neurology], is_suspended=True).user,
    }
    if who in users:
        client.force_login(users[who])

    response = agree(client, reply)

    assert response.status_code == (302 if who == "anonymous" else 403)
    assert not Agreement.objects.exists()
    if who == "anonymous":
        assert response.url.startswith(reverse("accounts:login"))
    else:
        assert "Only a verified doctor agrees with another doctor" in response.content.decode()
    page = client.get(reply.question.get_absolute_url()).content.decode()
    assert 'class="agreements__form"' not in page


@pytest.mark.parametrize("data", [{}, {"agree": ""}, {"agree": "maybe"}, {"agree": "YES"}])
def test_an_unclear_answer_is_refused_and_changes_nothing(client, reply, colleague, data):
    client.force_login(colleague.user)

    response = client.post(reverse("qa:agree", args=[reply.pk]), data)

    assert response.status_code == 400
    assert not Agreement.objects.exists()


def test_no_agreeing_with_a_hidden_reply_or_an_unpublished_question(client, neurology, colleague):
    hidden = make_answered(neurology, doctor=make_doctor("Hid", specialties=[neurology]))
    hidden.replies.update(is_hidden=True)
    waiting = make_question(neurology, status=Question.Status.OPEN)
    unpublished = make_reply(waiting, make_doctor("Draft", specialties=[neurology]))
    client.force_login(colleague.user)

    assert agree(client, hidden.replies.get()).status_code == 404
    assert agree(client, unpublished).status_code == 404
    assert client.get(reverse("qa:agree", args=[unpublished.pk])).status_code == 405
    assert not Agreement.objects.exists()


def test_a_suspended_doctors_agreement_no_longer_counts(client, reply, colleague):
    agreements.agree(reply, colleague)
    Doctor.objects.filter(pk=colleague.pk).update(is_suspended=True)

    page = client.get(reply.question.get_absolute_url()).content.decode()

    assert "agree" not in page
    assert Agreement.objects.received().filter(reply__doctor=reply.doctor).count() == 0


def test_the_doctors_page_and_stats_count_the_agreements_received(
    client, reply, doctor, colleague, neurology
):
    agreements.agree(reply, colleague)
    agreements.agree(reply, make_doctor("Chen Mingde", specialties=[neurology]))
    hidden = make_answered(neurology, doctor=doctor, title="Hidden")
    agreements.agree(hidden.replies.get(), colleague)
    hidden.replies.update(is_hidden=True)
    derived.refresh([hidden.pk])
    doctor.refresh_from_db()

    page = client.get(doctor.get_absolute_url()).content.decode()
    assert "2 agreements from other doctors" in page
    assert "2 doctors agree" in page  # on the answer's card

    figures = stats.own_figures(doctor)
    assert (figures.answers, figures.agreements, figures.agreements_30_days) == (1, 2, 2)
    client.force_login(doctor.user)
    stats_page = client.get(reverse("dashboard:stats")).content.decode()
    assert "2</strong> agreements from other doctors, 2 in the last 30 days" in stats_page


def test_agreeing_makes_the_cached_pages_again(
    client, reply, colleague, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    url = reply.question.get_absolute_url()
    doctor_url = reply.doctor.get_absolute_url()
    assert "agree" not in client.get(url).content.decode()
    client.get(doctor_url)  # both pages are now cached for anonymous readers

    with django_capture_on_commit_callbacks(execute=True):
        agreements.agree(reply, colleague)

    assert "1 doctor agrees" in client.get(url).content.decode()
    assert "1 agreement from other doctors" in client.get(doctor_url).content.decode()


def test_the_question_page_query_count_does_not_grow_with_agreements(
    client, reply, neurology, django_assert_num_queries
):
    agreements.agree(reply, make_doctor("First", specialties=[neurology]))
    with django_assert_num_queries(5):
        client.get(reply.question.get_absolute_url())

    for n in range(6):
        agreements.agree(reply, make_doctor(f"Colleague {n}", specialties=[neurology]))
    make_reply(reply.question, make_doctor("Second", specialties=[neurology]))

    with django_assert_num_queries(5):
        client.get(reply.question.get_absolute_url())


def test_the_doctor_page_query_count_does_not_grow_with_agreements(
    client, doctor, neurology, django_assert_num_queries
):
    colleagues = [make_doctor(f"Colleague {n}", specialties=[neurology]) for n in range(3)]
    for n in range(4):
        answer = make_answered(neurology, doctor=doctor, title=f"Question {n}").replies.get()
        for colleague in colleagues[:n]:
            agreements.agree(answer, colleague)

    with django_assert_num_queries(4):
        client.get(doctor.get_absolute_url())


def test_moderators_see_who_agrees_in_the_admin(logged_in, reply, colleague):
    agreements.agree(reply, colleague)

    page = logged_in.get(reverse("admin:qa_reply_change", args=[reply.pk])).content.decode()

    assert "Dr. Ye Boshou" in page


def test_suspending_and_verifying_the_agreeing_doctor_makes_the_page_again(
    client, reply, colleague, moderator, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    agreements.agree(reply, colleague)
    url = reply.question.get_absolute_url()
    assert "1 doctor agrees" in client.get(url).content.decode()  # cached

    with django_capture_on_commit_callbacks(execute=True):
        verification.suspend(Doctor.objects.filter(pk=colleague.pk), moderator)
    assert "agrees" not in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        verification.verify(Doctor.objects.filter(pk=colleague.pk), moderator)
    assert "1 doctor agrees" in client.get(url).content.decode()


def test_a_doctor_reading_the_page_costs_no_lookup_beyond_the_users(
    client, reply, colleague, neurology, django_assert_num_queries
):
    client.force_login(colleague.user)
    client.get(reply.question.get_absolute_url())  # the session is read once, then cached

    # The user with their doctor's profile (for the header and the "I agree" button), then
    # the page's own five.
    with django_assert_num_queries(6):
        page = client.get(reply.question.get_absolute_url()).content.decode()
    assert ">I agree<" in page and ">Dashboard<" in page

    for n in range(3):
        agreements.agree(reply, make_doctor(f"Colleague {n}", specialties=[neurology]))
    with django_assert_num_queries(6):
        client.get(reply.question.get_absolute_url())


def test_the_count_received_is_kept_when_it_changes_not_counted_per_view(
    reply, doctor, colleague, moderator, django_capture_on_commit_callbacks
):
    agreements.agree(reply, colleague)
    doctor.refresh_from_db()
    assert doctor.agreement_count == 1

    verification.suspend(Doctor.objects.filter(pk=colleague.pk), moderator)
    doctor.refresh_from_db()
    assert doctor.agreement_count == 0
    verification.verify(Doctor.objects.filter(pk=colleague.pk), moderator)
    doctor.refresh_from_db()
    assert doctor.agreement_count == 1

    with django_capture_on_commit_callbacks(execute=True):
        moderation.set_replies_hidden(Reply.objects.filter(pk=reply.pk), True, moderator)
    doctor.refresh_from_db()
    assert (
        doctor.agreement_count
        == 0
        == Agreement.objects.received().filter(reply__doctor=doctor).count()
    )
