from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_doctor, make_question, make_specialty

URL = reverse("dashboard:queue")


@pytest.fixture
def cardiology(db):
    return make_specialty("Cardiology")


@pytest.fixture
def doctor(client, neurology, cardiology):
    doctor = make_doctor("Lan Shengxing", specialties=[neurology, cardiology])
    client.force_login(doctor.user)
    return doctor


def ago(**delta):
    return timezone.now() - timedelta(**delta)


def test_it_lists_open_questions_of_the_doctors_specialties_oldest_first(
    client, doctor, neurology, cardiology
):
    make_question(neurology, title="Newer", created_at=ago(hours=5))
    make_question(cardiology, title="Oldest", created_at=ago(days=3, hours=1))
    make_question(neurology, title="Pending", status="pending")
    make_question(neurology, title="Answered", status="answered")
    make_question(make_specialty("Dermatology"), title="Other specialty")

    html = client.get(URL).content.decode()

    assert html.index("Oldest") < html.index("Newer")
    for absent in ["Pending", "Answered", "Other specialty"]:
        assert absent not in html
    assert "waiting 3\xa0days" in html
    assert "waiting 5\xa0hours" in html
    assert "A Xu, 20~29 year old female" in html


def test_it_filters_by_specialty_and_counts_each(client, doctor, neurology, cardiology):
    make_question(neurology, title="Brain one")
    make_question(neurology, title="Brain two")
    make_question(cardiology, title="Heart one")

    html = client.get(URL + "?specialty=cardiology").content.decode()

    assert "Heart one" in html
    assert "Brain one" not in html
    assert "Neurology (2)" in html
    assert "Cardiology (1)" in html
    assert "All (3)" in html


def test_an_unknown_filter_shows_everything(client, doctor, neurology):
    make_question(neurology, title="Brain one")

    assert "Brain one" in client.get(URL + "?specialty=nope&page=xyz").content.decode()


def test_it_shows_who_is_answering(client, doctor, neurology):
    other = make_doctor("Ye Boshou", specialties=[neurology])
    question = make_question(neurology, title="Claimed")
    question.claim_for(other)

    assert "Dr. Ye Boshou is answering this question" in client.get(URL).content.decode()


def test_it_paginates_with_a_constant_number_of_queries(
    client, doctor, neurology, django_assert_num_queries
):
    other = make_doctor("Ye Boshou", specialties=[neurology])
    for n in range(25):
        question = make_question(neurology, title=f"Question {n:02d}", created_at=ago(days=30 - n))
        if n % 3 == 0:
            question.claim_for(other)

    with django_assert_num_queries(5):
        first = client.get(URL).content.decode()

    assert "Question 00" in first and "Question 20" not in first
    assert "Question 24" in client.get(URL + "?page=2").content.decode()


def test_page_links_keep_the_specialty_filter(client, doctor, neurology):
    for n in range(21):
        make_question(neurology, title=f"Question {n:02d}", created_at=ago(days=30 - n))

    html = client.get(URL + "?specialty=neurology").content.decode()

    assert 'href="?specialty=neurology&amp;page=2"' in html
