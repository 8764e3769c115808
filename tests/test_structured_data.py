"""Question pages describe themselves to search engines: schema.org JSON-LD (a QAPage and
MedicalWebPage with its answers, and breadcrumbs) and Open Graph tags; never private data."""

import json
import re
from datetime import UTC, datetime

from django.urls import reverse
from django.utils import timezone

from forum.qa.answering import confirm_reply
from forum.qa.models import Question, Reply
from tests.factories import make_answered, make_doctor, make_question, make_reply, make_user


def structured(page: str) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(text) for text in found]


def test_a_question_page_is_a_qa_page_with_its_answers(client, neurology, doctor):
    asker = make_user("privatename", email="private@example.org")
    question = make_answered(
        neurology,
        doctor=doctor,
        asker=asker,
        headline="Eyelid twitching </script><b>",
        reply_body="Hello, **rest** more.",
    )
    second = make_reply(question, make_doctor("Amy Chen", specialties=[neurology]))
    colleague = make_doctor("Ye Boshou", specialties=[neurology])
    confirm_reply(second, colleague)

    response = client.get(question.get_absolute_url())
    page = response.content.decode()
    qa_page, breadcrumbs = structured(page)

    base = "http://testserver"
    url = base + question.get_absolute_url()
    assert qa_page["@type"] == ["QAPage", "MedicalWebPage"]
    entity = qa_page["mainEntity"]
    assert entity["@type"] == "Question"
    assert entity["name"] == "Eyelid twitching </script><b>"  # escaped in the page
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert all("<" not in text for text in scripts)  # "</script>" cannot end it early
    assert entity["text"].startswith("Lip twitching\n\nMy lip twitches")
    assert entity["answerCount"] == 2
    assert entity["dateCreated"] == question.created_at.isoformat(timespec="seconds")
    assert entity["author"] == {"@type": "Person", "name": "A Xu"}
    first, other = entity["suggestedAnswer"]
    assert first["@type"] == "Answer"
    assert first["text"] == "Hello, rest more."
    assert first["url"] == f"{url}#reply-{question.replies.first().pk}"
    assert first["author"] == {
        "@type": "Person",
        "name": "Dr. Lan Shengxing",
        "url": base + doctor.get_absolute_url(),
    }
    assert other["author"]["name"] == "Dr. Amy Chen"
    assert qa_page["reviewedBy"]["name"] == "Dr. Ye Boshou"
    assert qa_page["lastReviewed"] == second.reviewed_at.date().isoformat()
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "Home",
        "Neurology",
        "Eyelid twitching </script><b>",
    ]
    assert breadcrumbs["itemListElement"][2]["item"] == url
    # Nothing the page does not show: not the account behind the pseudonym.
    assert "privatename" not in page and "private@example.org" not in page
    assert f'<meta property="og:url" content="{url}">' in page
    assert '<meta name="twitter:card" content="summary">' in page


def test_a_page_that_is_not_public_has_no_structured_data(client, neurology, alice):
    question = make_question(neurology, asker=alice, status=Question.Status.PENDING)
    client.force_login(alice)

    page = client.get(question.get_absolute_url()).content.decode()

    assert structured(page) == []
    assert "og:title" not in page
    assert '<meta name="robots" content="noindex">' in page


def test_structured_data_costs_no_query(client, neurology, doctor, django_assert_num_queries):
    question = make_answered(neurology, doctor=doctor)
    for n in range(3):
        make_reply(question, make_doctor(f"Doctor {n}", specialties=[neurology]))
    client.get(reverse("qa:home"))

    with django_assert_num_queries(5):
        page = client.get(question.get_absolute_url()).content.decode()
    assert structured(page)[0]["mainEntity"]["answerCount"] == 4


def test_the_review_date_is_the_sites_local_date(client, neurology, doctor, settings):
    settings.TIME_ZONE = "Asia/Taipei"
    question = make_answered(neurology, doctor=doctor)
    late_evening_utc = timezone.make_aware(datetime(2026, 1, 1, 20, 0), UTC)
    Reply.objects.filter(question=question).update(reviewed_at=late_evening_utc)

    qa_page = structured(client.get(question.get_absolute_url()).content.decode())[0]

    assert qa_page["lastReviewed"] == "2026-01-02"  # 04:00 on 2 January in Taipei
