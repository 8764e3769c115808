"""RSS and Atom feeds of the latest answers, overall and per specialty, topic and doctor:
they parse without errors, hold only public questions and are announced in the pages."""

import feedparser
import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_doctor, make_question, make_reply, make_topic


@pytest.fixture
def site(neurology, doctor):
    tremor = make_topic("Tremor", neurology)
    older = make_answered(neurology, [tremor], doctor=doctor, title="Older", days_ago=3)
    newer = make_answered(
        neurology, [tremor], doctor=doctor, title="Newer", days_ago=1, headline="Shaky <hands>"
    )
    hidden = make_answered(neurology, [tremor], doctor=doctor, title="Hidden one")
    Question.objects.filter(pk=hidden.pk).update(status=Question.Status.HIDDEN)
    make_question(neurology, [tremor], title="Still waiting")
    return {"tremor": tremor, "older": older, "newer": newer}


def feeds(site, neurology, doctor) -> dict[str, str]:
    tremor = site["tremor"]
    return {
        "latest": reverse("qa:feed_rss"),
        "latest atom": reverse("qa:feed_atom"),
        "specialty": reverse("qa:specialty_rss", args=[neurology.slug]),
        "specialty atom": reverse("qa:specialty_atom", args=[neurology.slug]),
        "topic": reverse("qa:topic_rss", args=[tremor.slug]),
        "topic atom": reverse("qa:topic_atom", args=[tremor.slug]),
        "doctor": reverse("qa:doctor_rss", args=[doctor.slug]),
        "doctor atom": reverse("qa:doctor_atom", args=[doctor.slug]),
    }


def parse(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_every_feed_parses_and_lists_public_answers_latest_first(client, site, neurology, doctor):
    for name, url in feeds(site, neurology, doctor).items():
        parsed = parse(client, url)

        titles = [entry.title for entry in parsed.entries]
        assert titles == ["Shaky <hands> - Neurology", "Older - Neurology"], name
        first = parsed.entries[0]
        assert first.link == "http://testserver" + site["newer"].get_absolute_url()
        assert first.author == "Dr. Lan Shengxing"
        assert "My lip twitches" in first.summary
        assert "Dr. Lan Shengxing reply: Hello, this is most often" in first.summary
        assert first.published_parsed or first.updated_parsed


def test_a_doctors_feed_dates_and_names_their_own_answer(client, neurology, doctor):
    colleague = make_doctor("Amy Chen", specialties=[neurology])
    question = make_answered(neurology, doctor=colleague, title="Answered by both", days_ago=5)
    make_reply(question, doctor, body="A second opinion: rest.")

    entry = parse(client, reverse("qa:doctor_rss", args=[doctor.slug])).entries[0]

    assert entry.author == "Dr. Lan Shengxing"
    assert "A second opinion: rest." in entry.summary


def test_unknown_or_hidden_subjects_are_a_404(client, neurology):
    unverified = make_doctor("Not Verified", specialties=[neurology], is_verified=False)

    assert client.get(reverse("qa:doctor_rss", args=[unverified.slug])).status_code == 404
    assert client.get(reverse("qa:topic_rss", args=["no-such-topic"])).status_code == 404


def test_pages_announce_their_feeds(client, site, neurology, doctor):
    urls = feeds(site, neurology, doctor)
    pages = {
        "latest": reverse("qa:home"),
        "specialty": neurology.get_absolute_url(),
        "topic": site["tremor"].get_absolute_url(),
        "doctor": doctor.get_absolute_url(),
    }
    for name, page in pages.items():
        html = client.get(page).content.decode()
        assert 'type="application/rss+xml" title=' in html
        assert f'href="{urls[name]}"' in html and f'href="{urls[name + " atom"]}"' in html


def test_feeds_run_a_constant_number_of_queries(
    client, site, neurology, doctor, django_assert_num_queries
):
    urls = feeds(site, neurology, doctor)
    budgets = {"latest": 1, "specialty": 2, "topic": 2, "doctor": 2}
    for n in range(3):
        make_answered(neurology, [site["tremor"]], doctor=doctor, title=f"More {n}")
    for name, queries in budgets.items():
        with django_assert_num_queries(queries):
            client.get(urls[name])
