import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_specialty

URL = reverse("qa:similar_titles")


def results(client, **params) -> list[dict]:
    response = client.get(URL, params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def test_it_finds_answered_questions_by_title_words(client, neurology):
    make_answered(neurology, title="Eyelid twitching every evening", headline="")
    make_answered(neurology, title="Twitching lip", headline="")
    make_answered(neurology, title="Sore knee", headline="")

    found = [
        item["title"] for item in results(client, title="eyelid twitching", specialty=neurology.pk)
    ]

    assert found == ["Eyelid twitching every evening", "Twitching lip"]


def test_it_keeps_to_the_chosen_specialty(client, neurology):
    make_answered(make_specialty("Cardiology"), title="Chest twitching", headline="")

    assert results(client, title="twitching", specialty=neurology.pk) == []
    assert len(results(client, title="twitching")) == 1


@pytest.mark.parametrize("status", ["pending", "open", "rejected", "hidden"])
def test_it_never_shows_questions_that_are_not_public(client, neurology, status):
    make_question(neurology, title="Eyelid twitching secret", status=status)

    assert results(client, title="eyelid twitching", specialty=neurology.pk) == []


def test_it_shows_at_most_five_with_no_private_fields(client, neurology, alice):
    for n in range(7):
        make_answered(
            neurology, title=f"Tremor question {n}", asker=alice, asker_name="Secret Name"
        )

    found = results(client, title="tremor", specialty=neurology.pk)

    assert len(found) == 5
    assert set(found[0]) == {"title", "url", "specialty"}
    assert "Secret Name" not in str(found)
    assert Question.objects.get(pk=found[0]["url"].split("/")[2]).is_public


@pytest.mark.parametrize("title", ["", "the and", "%%%", "<script>", "a" * 5000, "\x00"])
@pytest.mark.parametrize("specialty", ["abc", "\u00b2", "9" * 30, "-1", "1.5"])
def test_odd_input_gives_no_error(client, neurology, title, specialty):
    make_answered(neurology, title="Headache", headline="")

    assert results(client, title=title, specialty=specialty) == []
