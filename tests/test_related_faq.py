from forum.qa.models import Question, Topic
from tests.factories import make_answered, make_question, make_topic


def related(question) -> list[str]:
    return [topic.name for topic in Topic.objects.related_to(question)[:10]]


def test_it_lists_own_topics_first_then_the_most_frequent_companions(neurology):
    own_a, own_b = make_topic("Own A", neurology), make_topic("Own B", neurology)
    often, seldom = make_topic("Often", neurology), make_topic("Seldom", neurology)
    unrelated = make_topic("Unrelated", neurology)
    question = make_answered(neurology, [own_a, own_b])
    make_answered(neurology, [own_a, often])
    make_answered(neurology, [own_b, often])
    make_answered(neurology, [own_a, seldom])
    make_answered(neurology, [unrelated])

    assert related(question) == ["Own A", "Own B", "Often", "Seldom"]


def test_companions_from_questions_that_are_not_public_do_not_count(neurology):
    own, secret = make_topic("Own", neurology), make_topic("Secret", neurology)
    question = make_answered(neurology, [own])
    make_question(neurology, [own, secret], status=Question.Status.PENDING)

    assert related(question) == ["Own"]


def test_it_shows_at_most_ten_as_name_and_specialty(client, neurology):
    topics = [make_topic(f"Topic {n:02d}", neurology) for n in range(14)]
    question = make_answered(neurology, topics[:2])
    make_answered(neurology, topics)

    html = client.get(question.get_absolute_url()).content.decode()
    section = html[html.index("Related FAQ") :]

    assert section.count("(Neurology)</a>") == 10
    assert '<a href="/topics/topic-00/">Topic 00 (Neurology)</a>' in section
