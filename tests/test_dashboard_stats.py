from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.dashboard import stats
from forum.dashboard.stats import CHART_WEEKS, answers_per_week, specialty_figures
from forum.qa import agreements
from tests.factories import make_doctor, make_question, make_reply, make_specialty

URL = reverse("dashboard:stats")


def answered(specialty, doctor, days_ago: float, waited_hours: float):
    """A question answered `days_ago` days ago, `waited_hours` after it was asked."""
    answered_at = timezone.now() - timedelta(days=days_ago)
    question = make_question(
        specialty,
        status="answered",
        created_at=answered_at - timedelta(hours=waited_hours),
        answered_at=answered_at,
    )
    make_reply(question, doctor, created_at=answered_at)
    return question


def test_the_figures_per_specialty_on_known_data(neurology, doctor):
    other = make_doctor("Ye Boshou", specialties=[neurology])
    cardiology = make_specialty("Cardiology")
    answered(neurology, doctor, days_ago=1, waited_hours=2)
    answered(neurology, other, days_ago=5, waited_hours=10)
    answered(neurology, doctor, days_ago=20, waited_hours=30)
    answered(neurology, doctor, days_ago=200, waited_hours=500)  # outside every window
    hidden = answered(neurology, doctor, days_ago=2, waited_hours=4)
    hidden.replies.update(is_hidden=True)
    make_question(neurology, status="open")
    make_question(neurology, status="open")
    make_question(neurology, status="pending")
    answered(cardiology, make_doctor("Heart", specialties=[cardiology]), 1, 1)

    [figures] = specialty_figures(doctor)

    assert figures.specialty == neurology
    assert figures.open_questions == 2
    assert figures.answers_7_days == 2
    assert figures.answers_30_days == 3
    # Questions answered in the last 90 days waited 2, 4, 10 and 30 hours.
    assert figures.median_hours_to_answer == pytest.approx(7.0)


def test_a_specialty_without_answers_has_no_median(neurology, doctor):
    [figures] = specialty_figures(doctor)

    assert figures.median_hours_to_answer is None
    assert figures.answers_30_days == 0


def test_answers_per_week_cover_twelve_weeks_of_this_doctor_only(neurology, doctor):
    other = make_doctor("Ye Boshou", specialties=[neurology])
    answered(neurology, doctor, days_ago=0, waited_hours=1)
    answered(neurology, doctor, days_ago=0, waited_hours=1)
    answered(neurology, doctor, days_ago=7, waited_hours=1)
    answered(neurology, other, days_ago=0, waited_hours=1)
    answered(neurology, doctor, days_ago=7 * 13, waited_hours=1)

    weeks = answers_per_week(doctor)

    assert len(weeks) == CHART_WEEKS
    assert weeks[-1].answers == 2
    assert weeks[-2].answers == 1
    assert sum(week.answers for week in weeks) == 3
    assert all(week.starts.weekday() == 0 for week in weeks)


def test_the_page_shows_the_table_and_an_accessible_chart(client, neurology, doctor):
    answered(neurology, doctor, days_ago=0, waited_hours=3)
    client.force_login(doctor.user)

    html = client.get(URL).content.decode()

    assert '<th scope="row">Neurology</th>' in html
    assert "3.0 hours" in html
    assert '<table class="chart" aria-labelledby="chart-heading"' in html
    assert html.count('class="chart__bar chart__bar--') == CHART_WEEKS
    assert 'class="chart__bar chart__bar--100"' in html  # the busiest week, the latest first


def test_each_bar_is_as_long_as_its_share_of_the_busiest_week():
    weeks = [stats.Week(starts=date(2026, 1, 5), answers=n) for n in (0, 1, 3, 40)]

    chart = stats.bar_chart(weeks)

    assert chart["highest"] == 40
    assert [bar["week"].answers for bar in chart["bars"]] == [40, 3, 1, 0]
    # A week with answers always has a bar; lengths go by steps of BAR_STEP percent.
    assert [bar["percent"] for bar in chart["bars"]] == [100, 10, stats.BAR_STEP, 0]


def test_a_long_median_is_shown_in_days(client, neurology, doctor):
    answered(neurology, doctor, days_ago=1, waited_hours=24 * 3)
    client.force_login(doctor.user)

    assert "3 days" in client.get(URL).content.decode()


def test_the_page_runs_a_constant_number_of_queries(
    client, neurology, doctor, django_assert_num_queries
):
    colleague = make_doctor("Ye Boshou", specialties=[neurology])
    for n in range(10):
        question = answered(neurology, doctor, days_ago=n * 3, waited_hours=n + 1)
        agreements.agree(question.replies.get(), colleague)
    client.force_login(doctor.user)

    with django_assert_num_queries(5):
        client.get(URL)


def test_an_empty_chart_says_so(client, neurology, doctor):
    client.force_login(doctor.user)

    html = client.get(URL).content.decode()

    assert "No answers in these weeks yet." in html
    assert html.count('class="chart__bar chart__bar--0"') == CHART_WEEKS
