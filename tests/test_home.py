from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_specialty, make_topic


def test_it_lists_specialties_latest_answers_and_popular_topics(client, neurology):
    make_specialty("Cardiology")
    topic = make_topic("Migraine", neurology)
    make_answered(neurology, [topic], title="Throbbing headache")

    html = client.get(reverse("qa:home")).content.decode()

    assert html.count("<h1") == 1
    assert "Cardiology</a>" in html
    assert "Throbbing headache" in html
    assert '>Migraine</a> <span class="topic-list__specialty">Neurology</span>' in html


def test_it_shows_only_public_questions_and_their_topics(client, neurology):
    secret = make_topic("Only On Waiting Questions", neurology)
    make_question(neurology, [secret], title="Still waiting", status=Question.Status.OPEN)

    html = client.get(reverse("qa:home")).content.decode()

    assert "Still waiting" not in html
    assert "Only On Waiting Questions" not in html


def test_it_answers_head_requests(client, db):
    assert client.head(reverse("qa:home")).status_code == 200


def test_it_runs_a_constant_number_of_queries(client, neurology, django_assert_num_queries):
    for n in range(10):
        make_answered(neurology, [make_topic(f"Topic {n}", neurology)], title=f"Q{n}")

    with django_assert_num_queries(3):
        client.get(reverse("qa:home"))
