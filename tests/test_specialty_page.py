import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_doctor, make_question, make_specialty, make_topic


@pytest.fixture
def neurology(db):
    return make_specialty("Neurology", description="Brain, nerves and muscles.")


def url(specialty, **query) -> str:
    path = reverse("qa:specialty", args=[specialty.slug])
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_it_lists_the_answered_questions_topics_and_doctors(client, neurology):
    cardiology = make_specialty("Cardiology")
    make_doctor("Lan Shengxing", specialties=[neurology])
    make_doctor("Unverified Person", specialties=[neurology], is_verified=False)
    make_answered(neurology, [make_topic("Tremor", neurology)], title="Shaky hands")
    make_answered(cardiology, title="Racing heart")
    make_question(neurology, title="Not answered yet", status=Question.Status.OPEN)

    html = client.get(url(neurology)).content.decode()

    assert "<h1>Neurology</h1>" in html
    assert "Brain, nerves and muscles." in html
    assert "Shaky hands" in html
    assert "Tremor</a>" in html
    assert "Dr. Lan Shengxing" in html
    assert "Unverified Person" not in html
    assert "Racing heart" not in html
    assert "Not answered yet" not in html


def test_it_paginates_twenty_a_page_newest_first(client, neurology):
    for n in range(25):
        make_answered(neurology, title=f"Question {n:02d}", days_ago=n + 1)

    first = client.get(url(neurology)).content.decode()
    second = client.get(url(neurology, page=2)).content.decode()

    assert first.count('class="card"') == 20
    assert first.index("Question 00") < first.index("Question 19")
    assert "Question 20" not in first
    assert second.count('class="card"') == 5
    assert "Question 24" in second
    assert 'href="?page=2"' in first


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", "%00"])
def test_a_bad_page_number_gives_a_valid_page(client, neurology, page):
    make_answered(neurology, title="Only one")

    response = client.get(url(neurology, page=page))

    assert response.status_code == 200
    assert "Only one" in response.content.decode()


def test_an_unknown_specialty_is_a_404(client, db):
    assert client.get(reverse("qa:specialty", args=["nope"])).status_code == 404


def test_it_runs_a_constant_number_of_queries(client, neurology, django_assert_num_queries):
    for n in range(12):
        doctor = make_doctor(f"Doctor {n}", specialties=[neurology])
        make_answered(neurology, [make_topic(f"Topic {n}", neurology)], doctor=doctor)

    with django_assert_num_queries(4):
        client.get(url(neurology))
