"""Sitemaps of the public pages, valid against the sitemap protocol's schema, and a
robots.txt that names them and keeps crawlers out of what is not public."""

from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema
from django.urls import reverse
from django.utils import timezone

from forum.qa import sitemaps
from forum.qa.models import Question, Reply
from tests.factories import make_answered, make_doctor, make_question, make_specialty, make_topic

SCHEMA = xmlschema.XMLSchema(Path(__file__).parent / "data" / "sitemap.xsd")
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def fetch(client, url: str) -> ElementTree.Element:
    response = client.get(url)
    assert response.status_code == 200
    SCHEMA.validate(response.content.decode())
    return ElementTree.fromstring(response.content)


def locations(tree) -> list[str]:
    return [loc.text for loc in tree.findall(".//s:loc", NS)]


@pytest.fixture
def site(neurology, doctor):
    tremor = make_topic("Tremor", neurology)
    make_topic("Unused Topic", neurology)
    public = make_answered(neurology, [tremor], doctor=doctor, title="Public one")
    hidden = make_answered(neurology, [tremor], doctor=doctor, title="Hidden one")
    Question.objects.filter(pk=hidden.pk).update(status=Question.Status.HIDDEN)
    pending = make_question(neurology, status=Question.Status.PENDING)
    make_doctor("Unverified", specialties=[neurology], is_verified=False)
    make_specialty("Empty Specialty")
    return {"public": public, "hidden": hidden, "pending": pending, "tremor": tremor}


def test_the_index_names_a_file_per_section_and_each_is_valid(client, site, neurology, doctor):
    index = fetch(client, reverse("sitemap"))
    files = locations(index)

    assert [url.rsplit("/", 1)[1] for url in files] == [
        "sitemap-questions.xml",
        "sitemap-specialties.xml",
        "sitemap-topics.xml",
        "sitemap-doctors.xml",
    ]
    found = {url for file in files for url in locations(fetch(client, file))}
    base = "http://testserver"
    assert found == {
        base + site["public"].get_absolute_url(),
        base + neurology.get_absolute_url(),
        base + site["tremor"].get_absolute_url(),
        base + doctor.get_absolute_url(),
    }


def test_a_question_is_dated_by_its_last_answer_or_edit(client, site):
    question = site["public"]
    edited = timezone.now().replace(microsecond=0)
    Reply.objects.filter(question=question).update(edited_at=edited)

    section = reverse("django.contrib.sitemaps.views.sitemap", args=["questions"])
    tree = fetch(client, section)

    assert tree.find(".//s:lastmod", NS).text == edited.date().isoformat()


def test_questions_are_split_into_files(client, site, neurology, monkeypatch):
    monkeypatch.setattr(sitemaps.QuestionSitemap, "limit", 1)
    make_answered(neurology, title="Second public one")

    files = locations(fetch(client, reverse("sitemap")))

    questions = [url for url in files if "sitemap-questions.xml" in url]
    assert len(questions) == 2
    assert len(locations(fetch(client, questions[1]))) == 1


def test_robots_txt_names_the_sitemap_and_keeps_private_paths_out(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    for path in ["/admin/", "/dashboard/", "/accounts/", "/search/"]:
        assert f"Disallow: {path}\n" in text
