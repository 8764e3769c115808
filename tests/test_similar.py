import pytest

from forum.qa.models import Question
from forum.qa.similar import similar_questions
from tests.factories import make_answered, make_question, make_specialty, make_topic


@pytest.fixture
def cardiology(db):
    return make_specialty("Cardiology")


def titles(question) -> list[str]:
    return [item.title for item in similar_questions(question)]


def test_a_rare_shared_topic_outranks_a_common_one(neurology, cardiology):
    common = make_topic("Headache", neurology)
    rare = make_topic("Hemifacial Spasm", neurology)
    question = make_answered(neurology, [common, rare], title="Mine")
    make_answered(cardiology, [common], title="Shares the common topic", days_ago=1)
    make_answered(cardiology, [rare], title="Shares the rare topic", days_ago=9)
    for n in range(6):
        make_answered(cardiology, [common], title=f"Common {n}", days_ago=20 + n)

    assert titles(question)[0] == "Shares the rare topic"


def test_more_shared_weight_ranks_higher(neurology):
    a, b, c = (make_topic(name, neurology) for name in ["A", "B", "C"])
    question = make_answered(neurology, [a, b, c], title="Mine")
    make_answered(neurology, [a], title="One shared", days_ago=1)
    make_answered(neurology, [a, b, c], title="Three shared", days_ago=30)
    make_answered(neurology, [a, b], title="Two shared", days_ago=10)

    assert titles(question)[:3] == ["Three shared", "Two shared", "One shared"]


def test_the_score_adds_up_the_weights_of_all_shared_topics(neurology):
    # N = 12 public questions. The common topics (df 6 each) weigh ln(1 + 12/6) = 1.10, two
    # of them 2.20 together; the rarer topic (df 3) weighs ln(1 + 12/3) = 1.61. The sum ranks
    # "Two common" first; a maximum would put the rarer ones first.
    common_a, common_b = make_topic("Common A", neurology), make_topic("Common B", neurology)
    rarer = make_topic("Rarer", neurology)
    question = make_answered(neurology, [common_a, common_b, rarer], title="Mine")
    make_answered(neurology, [common_a, common_b], title="Two common", days_ago=40)
    make_answered(neurology, [rarer], title="One rarer", days_ago=1)
    make_answered(neurology, [rarer], title="Rarer again", days_ago=2)
    for n in range(4):
        make_answered(neurology, [common_a], title=f"Only A {n}", days_ago=50 + n)
        make_answered(neurology, [common_b], title=f"Only B {n}", days_ago=60 + n)
    assert Question.objects.public().count() == 12

    assert titles(question)[:3] == ["Two common", "One rarer", "Rarer again"]


def test_ties_go_to_the_same_specialty_then_the_latest_answer(neurology, cardiology):
    shared = make_topic("Dizziness", neurology)
    question = make_answered(neurology, [shared], title="Mine")
    make_answered(cardiology, [shared], title="Other specialty, newest", days_ago=1)
    make_answered(neurology, [shared], title="Same specialty, older", days_ago=30)
    make_answered(neurology, [shared], title="Same specialty, newer", days_ago=5)

    assert titles(question) == [
        "Same specialty, newer",
        "Same specialty, older",
        "Other specialty, newest",
    ]


def test_it_fills_up_with_the_latest_answers_of_the_same_specialty(neurology, cardiology):
    shared = make_topic("Tremor", neurology)
    question = make_answered(neurology, [shared], title="Mine")
    make_answered(neurology, [shared], title="Shares a topic", days_ago=50)
    for n in range(4):
        make_answered(neurology, title=f"Neurology {n}", days_ago=n + 1)
    make_answered(cardiology, title="Cardiology newest", days_ago=0)

    assert titles(question) == ["Shares a topic", "Neurology 0", "Neurology 1", "Neurology 2"]


def test_it_returns_at_most_four(neurology):
    shared = make_topic("Tremor", neurology)
    question = make_answered(neurology, [shared])
    for n in range(7):
        make_answered(neurology, [shared], title=f"Other {n}", days_ago=n)

    assert len(similar_questions(question)) == 4


@pytest.mark.parametrize(
    "status",
    [
        Question.Status.PENDING,
        Question.Status.OPEN,
        Question.Status.REJECTED,
        Question.Status.HIDDEN,
    ],
)
def test_it_never_lists_questions_that_are_not_public(neurology, status):
    shared = make_topic("Tremor", neurology)
    question = make_answered(neurology, [shared], title="Mine")
    make_question(neurology, [shared], title="Not public", status=status)

    assert "Not public" not in titles(question)


def test_it_never_lists_the_question_itself(neurology):
    shared = make_topic("Tremor", neurology)
    question = make_answered(neurology, [shared], title="Mine")
    make_answered(neurology, [shared], title="Other")

    assert titles(question) == ["Other"]


def test_a_question_without_topics_gets_its_specialty_latest(neurology):
    question = make_answered(neurology, title="Mine")
    make_answered(neurology, title="Older", days_ago=9)
    make_answered(neurology, title="Newer", days_ago=2)

    assert titles(question) == ["Newer", "Older"]


def test_it_carries_what_the_list_shows(neurology):
    shared = make_topic("Tremor", neurology)
    question = make_answered(neurology, [shared])
    make_answered(neurology, [shared], title="Other")

    [item] = similar_questions(question)

    assert item.specialty.name == "Neurology"
    assert item.first_reply.doctor.name
    assert item.first_reply.excerpt.startswith("Hello")
