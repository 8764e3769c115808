import pytest
from django.urls import reverse

from forum.qa import derived
from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_topic


@pytest.fixture
def topic(neurology):
    return make_topic("Eyelid Twitching", neurology, description="Small, repeated eyelid spasms.")


def test_it_lists_the_answered_questions_carrying_the_topic(client, neurology, topic):
    make_answered(neurology, [topic], title="Left eye flutters")
    make_answered(neurology, title="No topic here")
    make_question(neurology, [topic], title="Not answered yet", status=Question.Status.OPEN)

    html = client.get(topic.get_absolute_url()).content.decode()

    assert "<h1>Eyelid Twitching (Neurology)</h1>" in html
    assert "Small, repeated eyelid spasms." in html
    assert "Left eye flutters" in html
    assert "No topic here" not in html
    assert "Not answered yet" not in html


def test_it_paginates(client, neurology, topic):
    for n in range(21):
        make_answered(neurology, [topic], title=f"Question {n:02d}", days_ago=n + 1)

    html = client.get(topic.get_absolute_url() + "?page=2").content.decode()

    assert html.count('class="card"') == 1
    assert "Question 20" in html


def test_a_page_past_the_end_gives_the_last_page(client, neurology, topic):
    make_answered(neurology, [topic], title="Only one")

    response = client.get(topic.get_absolute_url() + "?page=50")

    assert response.status_code == 200
    assert "Only one" in response.content.decode()


def test_an_unknown_topic_is_a_404(client, db):
    assert client.get(reverse("qa:topic", args=["nothing-here"])).status_code == 404


def test_it_runs_a_constant_number_of_queries(client, neurology, topic, django_assert_num_queries):
    for n in range(15):
        make_answered(neurology, [topic], title=f"Question {n}")

    with django_assert_num_queries(2):
        client.get(topic.get_absolute_url())


@pytest.mark.parametrize("slug", ["%00", "caf%C3%A9", "%E2%80%AE", "a" * 300])
def test_odd_slugs_are_a_404(client, db, slug):
    assert client.get(f"/topics/{slug}/").status_code == 404


def test_questions_answered_at_the_same_moment_come_latest_question_first(client, neurology, topic):
    """An imported archive dates its answers by the day: the order of a day's questions is
    still the same on every page that lists them."""
    questions = [make_answered(neurology, [topic], title=f"Same day {n}") for n in range(3)]
    moment = questions[0].answered_at
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(answered_at=moment)
    derived.refresh([q.pk for q in questions])
    pages = [topic.get_absolute_url(), neurology.get_absolute_url(), reverse("qa:home")]

    for url in pages:
        html = client.get(url).content.decode()
        order = [html.index(f"Same day {n}") for n in (2, 1, 0)]
        assert order == sorted(order), url
