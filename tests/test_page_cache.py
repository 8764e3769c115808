"""Anonymous readers get pages from the cache, and every change shows on every page that
shows the changed thing, at once after it commits."""

from uuid import uuid4

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum.core import pagecache
from forum.qa import answering, lifecycle, moderation
from forum.qa.answering import Answer, PageChanges
from forum.qa.models import Question, Reply
from tests.factories import (
    make_answered,
    make_doctor,
    make_question,
    make_specialty,
    make_topic,
)


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PUBLIC_PAGE_CACHE = True


@pytest.fixture
def reader():
    return Client()


@pytest.fixture
def site(neurology, doctor):
    """Two answered questions sharing a topic, so each is the other's Similar Q&A."""
    tremor = make_topic("Tremor", neurology)
    first = make_answered(
        neurology,
        [tremor],
        doctor=doctor,
        title="Shaky hands",
        days_ago=3,
        reply_body="Hello, a tremor of the hands is common.",
    )
    second = make_answered(neurology, [tremor], doctor=doctor, title="Shaky chin", days_ago=2)
    return {"tremor": tremor, "first": first, "second": second}


def pages(site, doctor, neurology) -> dict[str, str]:
    return {
        "home": reverse("qa:home"),
        "specialty": neurology.get_absolute_url(),
        "topic": site["tremor"].get_absolute_url(),
        "first": site["first"].get_absolute_url(),
        "second": site["second"].get_absolute_url(),
        "doctor": doctor.get_absolute_url(),
        "topics": reverse("qa:topics"),
        "doctors": reverse("qa:doctors"),
    }


def read_all(reader, urls: dict[str, str]) -> dict[str, str]:
    return {name: reader.get(url).content.decode() for name, url in urls.items()}


@pytest.fixture
def urls(site, doctor, neurology):
    return pages(site, doctor, neurology)


@pytest.fixture
def warm(reader, urls):
    """Every page read once, so that each is in the cache."""
    return read_all(reader, urls)


def test_a_second_anonymous_reading_comes_from_the_cache(
    reader, urls, warm, django_assert_num_queries
):
    for url in urls.values():
        with django_assert_num_queries(0):
            response = reader.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=60"


def test_a_cached_question_page_still_counts_its_views(reader, site, warm):
    from forum.qa import viewcounts

    reader.get(site["first"].get_absolute_url())

    assert viewcounts.pending()[site["first"].pk] == 2


def test_logged_in_readers_get_fresh_private_pages(client, alice, urls, warm):
    client.force_login(alice)
    for url in urls.values():
        response = client.get(url)
        assert "Log out" in response.content.decode()
        assert response["Cache-Control"] == "private, no-cache"


def test_it_answers_304_to_a_matching_etag_or_date(reader, urls, warm):
    url = urls["first"]
    response = reader.get(url)
    etag, modified = response["ETag"], response["Last-Modified"]

    assert reader.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert reader.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert reader.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_a_published_answer_shows_everywhere(
    reader, urls, warm, neurology, doctor, site, django_capture_on_commit_callbacks
):
    question = make_question(neurology, title="Trembling fingers", status=Question.Status.OPEN)
    with django_capture_on_commit_callbacks(execute=True):
        answering.publish_answer(
            question,
            doctor,
            Answer("Hello, try less coffee.", uuid4(), PageChanges(topics_added=[site["tremor"]])),
        )

    after = read_all(reader, urls)
    for name in ["home", "specialty", "topic", "first", "second", "doctor"]:
        assert "Trembling fingers" in after[name], name
    # The counts of the indexes.
    assert 'Tremor</a> <span class="count">3 questions' in after["topics"]
    assert 'Dr. Lan Shengxing</a> <span class="count">3 answers' in after["doctors"]


def test_an_edited_reply_shows_everywhere(
    reader, urls, warm, site, django_capture_on_commit_callbacks
):
    reply = Reply.objects.get(question=site["first"])
    with django_capture_on_commit_callbacks(execute=True):
        answering.edit_reply(reply, "Hello, a rewritten first line.", reply.doctor.user)

    after = read_all(reader, urls)
    # The question's own page, and the cards that show the start of its first reply.
    for name in ["first", "second", "home", "specialty", "topic", "doctor"]:
        assert "a rewritten first line" in after[name], name


def test_a_hidden_reply_and_a_hidden_question_disappear(
    reader, urls, warm, site, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        replies = Reply.objects.filter(question=site["second"])
        moderation.set_replies_hidden(replies, True, moderator)
    assert "Hello, this is most often" not in reader.get(urls["second"]).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.apply_to_each(
            Question.objects.filter(pk=site["first"].pk), lifecycle.hide, moderator
        )
    after = read_all(reader, urls)
    assert reader.get(urls["first"]).status_code == 404
    for name in ["home", "specialty", "topic", "second", "doctor"]:
        assert "Shaky hands" not in after[name], name


def test_a_renamed_topic_shows_everywhere(
    reader, urls, warm, site, logged_in, neurology, django_capture_on_commit_callbacks
):
    tremor = site["tremor"]
    with django_capture_on_commit_callbacks(execute=True):
        logged_in.post(
            reverse("admin:qa_topic_change", args=[tremor.pk]),
            {"name": "Essential Tremor", "slug": tremor.slug, "specialty": neurology.pk},
        )

    after = read_all(reader, urls)
    for name in ["home", "specialty", "topic", "first", "second", "topics"]:
        assert "Essential Tremor" in after[name], name


def test_merged_topics_show_everywhere(
    reader, urls, warm, site, moderator, neurology, django_capture_on_commit_callbacks
):
    shaking = make_topic("Shaking", neurology)
    third = make_answered(neurology, [shaking], title="Shaking legs", days_ago=1)
    third_url = third.get_absolute_url()
    reader.get(third_url)
    with django_capture_on_commit_callbacks(execute=True):
        moderation.merge_topics(site["tremor"], [shaking], moderator)

    assert "Shaky hands" in reader.get(third_url).content.decode()  # now a Similar Q&A
    assert "Shaking legs" in read_all(reader, urls)["topic"]


def test_a_doctors_new_name_shows_everywhere(
    reader, urls, warm, doctor, django_capture_on_commit_callbacks
):
    admin = make_doctor("Admin Person").user
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = Client()
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:accounts_doctor_change", args=[doctor.pk]),
            {
                "user": doctor.user_id,
                "name": "Lan Shengxing-Wu",
                "slug": doctor.slug,
                "specialties": [s.pk for s in doctor.specialties.all()],
                "affiliation": "",
                "licence_number": doctor.licence_number,
                "bio": "",
            },
        )
    assert response.status_code == 302

    after = read_all(reader, urls)
    for name in ["home", "specialty", "topic", "first", "second", "doctor", "doctors"]:
        assert "Lan Shengxing-Wu" in after[name], name


def test_a_page_made_while_it_changed_is_not_kept(reader, urls, site, monkeypatch):
    """A change that commits while a page is being made must not leave that page cached."""
    real_versions = pagecache._versions

    def change_during_render(tags):
        pagecache.invalidate(f"question:{site['first'].pk}")
        return real_versions(tags)

    monkeypatch.setattr(pagecache, "_versions", change_during_render)
    reader.get(urls["first"])
    monkeypatch.undo()

    with CaptureQueriesContext(connection) as queries:
        reader.get(urls["first"])
    assert len(queries) > 0


def test_a_request_for_another_host_is_refused_not_cached(reader, urls, warm):
    response = reader.get(urls["home"], headers={"Host": "evil.example"})

    assert response.status_code == 400


def test_a_cached_page_comes_compressed_to_a_reader_who_accepts_gzip(reader, urls, warm):
    import gzip

    plain = reader.get(urls["first"])
    compressed = reader.get(urls["first"], HTTP_ACCEPT_ENCODING="gzip, deflate")

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert "Content-Encoding" not in plain
    assert compressed["ETag"] == f"W/{plain['ETag']}"
    for response in (plain, compressed):
        assert response["Vary"] == "Cookie, Accept-Encoding"


def test_a_cached_page_is_served_without_touching_the_session(reader, urls, warm, monkeypatch):
    from django.contrib.sessions.middleware import SessionMiddleware

    def refuse(*args):
        raise AssertionError("the session middleware ran")

    monkeypatch.setattr(SessionMiddleware, "process_request", refuse)

    assert reader.get(urls["home"]).status_code == 200


def test_a_page_that_is_not_public_is_never_looked_up(reader, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the cache was read")

    monkeypatch.setattr(pagecache, "_cached_page", refuse)

    assert reader.get(reverse("healthz")).status_code == 200
    assert reader.get(reverse("accounts:login")).status_code == 200


def test_a_topic_moved_to_another_specialty_shows_on_its_page(
    reader, warm, site, logged_in, neurology, django_capture_on_commit_callbacks
):
    cardiology = make_specialty("Cardiology")
    make_answered(cardiology, [make_topic("Palpitations", cardiology)])
    assert "Tremor" not in reader.get(cardiology.get_absolute_url()).content.decode()

    tremor = site["tremor"]
    with django_capture_on_commit_callbacks(execute=True):
        logged_in.post(
            reverse("admin:qa_topic_change", args=[tremor.pk]),
            {"name": "Tremor", "slug": tremor.slug, "specialty": cardiology.pk},
        )

    assert "Tremor" in reader.get(cardiology.get_absolute_url()).content.decode()
