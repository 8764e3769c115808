import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from forum.qa.models import Question, Topic
from tests.factories import make_answered, make_doctor, make_topic


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "\u3000"])
def test_a_topic_name_can_never_be_blank(neurology, name):
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.create(name=name, specialty=neurology)

    with pytest.raises(ValidationError):
        Topic(name=name, specialty=neurology).full_clean()
    assert not Topic.objects.exists()


def test_a_topic_reads_as_name_and_specialty(neurology):
    assert str(make_topic("Eyelid Muscle Twitching", neurology)) == (
        "Eyelid Muscle Twitching (Neurology)"
    )
    assert str(make_topic("Fatigue")) == "Fatigue"


def test_a_topic_gets_a_slug_even_from_punctuation(neurology):
    assert make_topic("?!", neurology).slug == "topic"
    assert make_topic("Knee Pain", neurology).slug == "knee-pain"


def test_a_question_url_carries_its_slug(neurology):
    question = make_answered(neurology, headline="Facial Muscle Twitches: Causes")

    assert question.get_absolute_url() == f"/questions/{question.pk}/facial-muscle-twitches-causes/"


def test_a_question_with_an_unsluggable_title_still_has_a_url(neurology):
    question = make_answered(neurology, title="???", headline="")

    assert question.get_absolute_url() == f"/questions/{question.pk}/question/"


def test_the_asker_line_reads_naturally(neurology):
    question = Question(asker_name="A Xu", asker_age_range="20~29", asker_gender="female")

    assert question.asker_description == "A Xu, 20~29 year old female"


def test_a_doctor_is_shown_with_the_title(neurology):
    assert str(make_doctor("Lan Shengxing", specialties=[neurology])) == "Dr. Lan Shengxing"


def test_an_answered_question_needs_its_answer_date(neurology):
    question = Question(
        specialty=neurology,
        title="t",
        body="b",
        asker_name="A",
        asker_age_range="20~29",
        status=Question.Status.ANSWERED,
    )

    with pytest.raises(ValidationError, match="needs the date it was answered"):
        question.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        question.save()
