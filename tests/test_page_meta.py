"""What each page tells search engines and link previews: a public page names its one
canonical address and carries Open Graph and Twitter card tags; every other page, the
admin's included, asks not to be indexed."""

import re

import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_topic

BASE = "http://testserver"
NOINDEX = '<meta name="robots" content="noindex">'


def meta(page: str) -> dict[str, str]:
    """The page's <meta property|name=... content=...> tags and its canonical link."""
    found = dict(re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', page))
    canonical = re.findall(r'<link rel="canonical" href="([^"]*)">', page)
    assert len(canonical) <= 1
    if canonical:
        found["canonical"] = canonical[0]
    return found


@pytest.fixture
def site(neurology, doctor):
    topic = make_topic("Migraine", neurology)
    questions = [
        make_answered(neurology, doctor=doctor, headline=f"Headache number {n}", topics=[topic])
        for n in range(3)
    ]
    return {"topic": topic, "question": questions[0]}


def public_pages(site, neurology, doctor) -> list[tuple[str, str]]:
    return [
        (reverse("qa:home"), "Ask a Doctor"),
        (neurology.get_absolute_url(), "Neurology"),
        (site["topic"].get_absolute_url(), site["topic"].label),
        (doctor.get_absolute_url(), doctor.display_name),
        (reverse("qa:topics"), "Topics"),
        (reverse("qa:doctors"), "Doctors"),
        (site["question"].get_absolute_url(), "Headache number 0 - Neurology"),
    ]


def test_a_public_page_names_its_canonical_address_and_describes_itself(
    client, site, neurology, doctor
):
    for path, title in public_pages(site, neurology, doctor):
        page = client.get(path).content.decode()
        tags = meta(page)
        assert tags["canonical"] == BASE + path, path
        assert tags["og:url"] == BASE + path, path
        assert tags["og:title"] == title, path
        assert tags["og:site_name"] == "Ask a Doctor"
        assert tags["og:description"] and tags["og:description"] == tags["description"], path
        assert tags["twitter:card"] == "summary"
        assert "robots" not in tags, path


def test_the_canonical_address_keeps_the_page_number_and_drops_any_other_query(
    client, site, neurology, settings
):
    settings.QUESTIONS_PER_PAGE = 2
    path = neurology.get_absolute_url()

    second = meta(client.get(path, {"page": 2, "utm_source": "x"}).content.decode())
    first = meta(client.get(path, {"page": 1}).content.decode())
    nonsense = meta(client.get(path, {"page": "abc"}).content.decode())

    assert second["canonical"] == f"{BASE}{path}?page=2"
    assert first["canonical"] == nonsense["canonical"] == BASE + path


def test_the_question_page_is_an_article_described_by_its_question(client, site):
    question = site["question"]

    tags = meta(client.get(question.get_absolute_url()).content.decode())

    assert tags["og:type"] == "article"
    assert tags["description"] == question.body


def test_a_question_that_is_not_public_is_not_indexed(client, neurology, alice):
    question = make_question(neurology, asker=alice, status=Question.Status.PENDING)
    client.force_login(alice)

    tags = meta(client.get(question.get_absolute_url()).content.decode())

    assert tags["robots"] == "noindex"
    assert "canonical" not in tags and "og:title" not in tags


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password_reset/",
        "/search/?q=headache",
        "/no-such-page/",
        "/admin/login/",
    ],
)
def test_a_page_that_is_not_public_asks_not_to_be_indexed(client, db, path):
    page = client.get(path).content.decode()

    assert NOINDEX in page
    assert "canonical" not in meta(page) and "og:title" not in meta(page)


def test_the_pages_of_a_logged_in_user_are_not_indexed(client, patient, doctor_user, site):
    for path in [reverse("qa:ask"), reverse("qa:my_questions"), reverse("accounts:profile")]:
        assert NOINDEX in client.get(path).content.decode(), path
    client.force_login(doctor_user)
    assert NOINDEX in client.get(reverse("dashboard:queue")).content.decode()
