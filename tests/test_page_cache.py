"""Anonymous readers and logged-in patients get pages from the cache, and every change shows
on every page that shows the changed thing, at once after it commits."""

import re
from uuid import uuid4

import pytest
from django.contrib.auth import get_user_model
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
    make_user,
)


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PUBLIC_PAGE_CACHE = True


def member(username: str, **options) -> Client:
    """A browser logged in as a patient."""
    client = Client(**options)
    client.force_login(make_user(username))
    return client


@pytest.fixture(params=["anonymous", "member"])
def reader(request, db):
    """Someone reading public pages: each test that changes what they show runs for an
    anonymous reader and for a logged-in patient, whose pages are cached apart."""
    return Client() if request.param == "anonymous" else member("reader")


@pytest.fixture
def anonymous():
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
    anonymous, urls, django_assert_num_queries
):
    read_all(anonymous, urls)
    for url in urls.values():
        with django_assert_num_queries(0):
            response = anonymous.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=60"


def test_a_members_second_reading_comes_from_the_cache(urls, django_assert_num_queries):
    alice, bob = member("alice"), member("bob")
    first = read_all(alice, urls)
    for name, url in urls.items():
        # Only the reader's own account is read; their session comes from the cache.
        with django_assert_num_queries(1):
            response = bob.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-cache"
        html = response.content.decode()
        assert "Log out" in html
        assert without_tokens(html) == without_tokens(first[name]), name


def csrf_tokens(html: str) -> set[str]:
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def without_tokens(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_each_member_gets_the_shared_page_with_a_token_of_their_own(urls):
    alice = member("alice")
    bob = member("bob", enforce_csrf_checks=True)
    alices = csrf_tokens(alice.get(urls["first"]).content.decode())
    bobs = csrf_tokens(bob.get(urls["first"]).content.decode())

    assert len(bobs) == 1 and not bobs & alices
    assert "<csrf-token>" not in str(bobs)
    # The token works: the header's "Log out" logs Bob out.
    response = bob.post(reverse("accounts:logout"), {"csrfmiddlewaretoken": bobs.pop()})
    assert response.status_code == 302
    assert "Log out" not in bob.get(urls["first"]).content.decode()


def test_a_member_revalidates_their_own_copy_only(urls):
    alice, bob = member("alice"), member("bob")
    alice.get(urls["first"])
    etag = alice.get(urls["first"])["ETag"]

    assert alice.get(urls["first"], headers={"If-None-Match": etag}).status_code == 304
    # Bob's tokens come from another secret: Alice's copy is not his.
    assert bob.get(urls["first"], headers={"If-None-Match": etag}).status_code == 200


def test_the_asker_always_gets_their_own_page(neurology, doctor):
    alice = make_user("alice")
    question = make_answered(neurology, doctor=doctor, asker=alice)
    url = question.get_absolute_url()
    asker, bob = Client(), member("bob")
    asker.force_login(alice)
    follow_up = reverse("qa:follow_up", args=[question.pk])

    assert follow_up not in bob.get(url).content.decode()  # kept for members
    assert follow_up in asker.get(url).content.decode()
    assert follow_up in asker.get(url).content.decode()
    assert follow_up not in member("carol").get(url).content.decode()


def test_doctors_and_staff_always_get_a_fresh_page(urls, doctor, staff):
    read_all(member("alice"), urls)
    colleague = Client()
    colleague.force_login(doctor.user)
    moderator = Client()
    moderator.force_login(staff)

    for url in urls.values():
        assert "Dashboard" in colleague.get(url).content.decode()
        assert "Moderation" in moderator.get(url).content.decode()
    assert "Dashboard" not in member("bob").get(urls["home"]).content.decode()


def test_pages_made_for_staff_a_superuser_or_a_doctor_are_not_kept_for_patients(
    urls, doctor, staff, django_assert_num_queries
):
    superuser = make_user("root", is_superuser=True)
    for user in (doctor.user, staff, superuser):
        client = Client()
        client.force_login(user)
        client.get(urls["first"])

    bob = member("bob")
    with CaptureQueriesContext(connection) as queries:
        html = bob.get(urls["first"]).content.decode()
    assert any("qa_reply" in query["sql"] for query in queries)  # made for Bob
    assert "Dashboard" not in html and "Moderation" not in html


def test_a_page_that_sets_a_cookie_is_not_kept_for_patients(urls, monkeypatch):
    from forum.qa.views import public

    real_render = public.render

    def render_with_a_cookie(*args, **kwargs):
        response = real_render(*args, **kwargs)
        response.set_cookie("seen", "1")
        return response

    monkeypatch.setattr(public, "render", render_with_a_cookie)
    member("alice").get(urls["first"])
    monkeypatch.undo()

    with CaptureQueriesContext(connection) as queries:
        member("bob").get(urls["first"])
    assert any("qa_reply" in query["sql"] for query in queries)


def test_a_patient_made_staff_gets_their_tools_at_once(urls):
    bob = member("bob")
    read_all(bob, urls)
    get_user_model().objects.filter(username="bob").update(is_staff=True)

    for url in urls.values():
        assert "Moderation" in bob.get(url).content.decode()


def test_anonymous_readers_and_patients_never_get_each_others_copy(anonymous, urls):
    alice = member("alice")
    read_all(alice, urls)

    for url in urls.values():
        html = anonymous.get(url).content.decode()
        assert "Log out" not in html and "csrf" not in html
    for url in urls.values():
        assert "Log out" in alice.get(url).content.decode()


def test_patients_pages_are_kept_in_each_language(urls):
    alice, bob = member("alice"), member("bob")
    english, chinese = urls["first"], f"/zh-hant{urls['first']}"
    alice.get(english)
    alice.get(chinese)

    assert '<html lang="en">' in bob.get(english).content.decode()
    assert '<html lang="zh-hant">' in bob.get(chinese).content.decode()


def test_a_patients_head_request_is_answered_from_the_cache(urls, django_assert_num_queries):
    alice, bob = member("alice"), member("bob")
    alice.get(urls["first"])

    with django_assert_num_queries(1):
        response = bob.head(urls["first"])
    assert response.status_code == 200
    assert response.content == b""


def test_a_patients_page_names_its_copy_alike_when_made_and_when_kept(urls):
    alice = member("alice")
    made = alice.get(urls["first"])
    kept = alice.get(urls["first"])

    assert made["ETag"] == kept["ETag"]


@pytest.mark.parametrize(
    "storage",
    [
        "django.contrib.messages.storage.fallback.FallbackStorage",  # a cookie, mostly
        "django.contrib.messages.storage.session.SessionStorage",
    ],
)
def test_a_message_is_shown_to_its_reader_and_kept_from_the_others(urls, site, settings, storage):
    settings.MESSAGE_STORAGE = storage
    alice, bob = member("alice"), member("bob")
    read_all(alice, urls)
    thanks = "Thank you. A moderator will look at it soon."

    response = bob.post(
        reverse("qa:report_question", args=[site["first"].pk]), {"reason": "spam"}, follow=True
    )

    assert thanks in response.content.decode()
    assert thanks not in alice.get(urls["first"]).content.decode()
    assert thanks not in bob.get(urls["first"]).content.decode()


def test_a_cached_question_page_still_counts_its_views(reader, site, warm):
    from forum.qa import viewcounts

    reader.get(site["first"].get_absolute_url())

    assert viewcounts.pending()[site["first"].pk] == 2


def test_logged_in_readers_get_private_pages(client, alice, urls, warm):
    client.force_login(alice)
    for url in urls.values():
        response = client.get(url)
        assert "Log out" in response.content.decode()
        assert response["Cache-Control"] == "private, no-cache"


def test_it_answers_304_to_a_matching_etag(reader, urls, warm):
    url = urls["first"]
    etag = reader.get(url)["ETag"]

    assert reader.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert reader.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_it_answers_304_to_a_date_for_anonymous_readers_only(anonymous, urls):
    url = urls["first"]
    modified = anonymous.get(url)["Last-Modified"]
    alice = member("alice")
    alice.get(url)

    assert anonymous.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    # At the same second the address may have shown a member another page (their question).
    assert alice.get(url, headers={"If-Modified-Since": modified}).status_code == 200


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
    assert any("qa_reply" in query["sql"] for query in queries)  # made again


def test_a_request_for_another_host_is_refused_not_cached(reader, urls, warm):
    response = reader.get(urls["home"], headers={"Host": "evil.example"})

    assert response.status_code == 400


def test_a_cached_page_comes_compressed_to_a_reader_who_accepts_gzip(anonymous, urls):
    import gzip

    anonymous.get(urls["first"])
    plain = anonymous.get(urls["first"])
    compressed = anonymous.get(urls["first"], HTTP_ACCEPT_ENCODING="gzip, deflate")

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert "Content-Encoding" not in plain
    assert compressed["ETag"] == f"W/{plain['ETag']}"
    for response in (plain, compressed):
        assert response["Vary"] == "Cookie, Accept-Encoding, Accept-Language"


def test_a_cached_page_is_served_without_touching_the_session(anonymous, urls, monkeypatch):
    from django.contrib.sessions.middleware import SessionMiddleware

    anonymous.get(urls["home"])

    def refuse(*args):
        raise AssertionError("the session middleware ran")

    monkeypatch.setattr(SessionMiddleware, "process_request", refuse)

    assert anonymous.get(urls["home"]).status_code == 200


def test_a_page_that_is_not_public_is_never_looked_up(reader, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the cache was read")

    monkeypatch.setattr(pagecache, "_cached_page", refuse)

    assert reader.get(reverse("healthz")).status_code == 200
    assert reader.get(reverse("accounts:login")).status_code in (200, 302)  # members go home
    assert reader.get(reverse("qa:ask")).status_code in (200, 302)  # readers log in first


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


def test_a_members_page_keeps_a_hole_for_the_token_and_no_token():
    token = b"Ab12" * 16
    field = b'<input type="hidden" name="csrfmiddlewaretoken" value="' + token + b'">'
    hole = b'<input type="hidden" name="csrfmiddlewaretoken" value="<csrf-token>">'

    assert pagecache._without_tokens(b"<form>" + field + b"</form>" + field) == (
        b"<form>" + hole + b"</form>" + hole
    )
    # A token written anywhere else would reach other members: such a page is not kept.
    assert pagecache._without_tokens(field + b'<p data-token="' + token + b'"></p>') is None
    # Nor is a page whose text already holds a hole, or that only looks like the field.
    assert pagecache._without_tokens(field + b"<p><csrf-token></p>") is None
    lookalike = b'<p>name="csrfmiddlewaretoken" value=""</p>'
    assert pagecache._without_tokens(lookalike) == lookalike


@pytest.mark.parametrize(("prefix", "language"), [("", "en"), ("/zh-hant", "zh-hant")])
def test_a_cached_page_has_the_headers_of_a_page_just_made(reader, urls, prefix, language):
    url = prefix + urls["first"]
    made, kept = reader.get(url), reader.get(url)

    for header in ("Content-Language", "Cache-Control"):
        assert kept[header] == made[header], header
    assert set(kept["Vary"].split(", ")) == set(made["Vary"].split(", "))
    assert kept["Content-Language"] == language
