"""What the forum derives from its questions (counts, topic pairs, Similar Q&A) stays
current as they change, and reading a page never writes."""

import itertools
import random
from collections import Counter
from uuid import uuid4

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum.qa import derived, lifecycle, moderation
from forum.qa.answering import Answer, PageChanges, publish_answer
from forum.qa.models import Question, SimilarEntry, Specialty, Topic, TopicPair
from forum.qa.similar import similar_questions
from tests.factories import make_answered, make_doctor, make_question, make_specialty, make_topic


def titles(question) -> list[str]:
    question.refresh_from_db()
    return [item.title for item in similar_questions(question)]


def counts(*objects) -> list[int]:
    for obj in objects:
        obj.refresh_from_db()
    return [
        obj.answer_count if hasattr(obj, "answer_count") else obj.question_count for obj in objects
    ]


def test_a_newly_answered_question_joins_its_neighbours_lists_and_the_counts(
    neurology, doctor, django_capture_on_commit_callbacks
):
    tremor = make_topic("Tremor", neurology)
    neighbour = make_answered(neurology, [tremor], doctor=doctor, title="Neighbour")
    question = make_question(neurology, title="Newcomer")
    assert titles(neighbour) == []
    assert counts(tremor, neurology, doctor) == [1, 1, 1]

    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(
            question, doctor, Answer("Hello.", uuid4(), PageChanges(topics_added=[tremor]))
        )

    assert titles(neighbour) == ["Newcomer"]
    assert titles(question) == ["Neighbour"]
    assert counts(tremor, neurology, doctor) == [2, 2, 2]


def test_a_hidden_question_leaves_every_list_and_count(
    neurology, doctor, moderator, django_capture_on_commit_callbacks
):
    tremor = make_topic("Tremor", neurology)
    kept = make_answered(neurology, [tremor], doctor=doctor, title="Kept")
    hidden = make_answered(neurology, [tremor], doctor=doctor, title="Hidden")
    assert titles(kept) == ["Hidden"]

    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.apply_to_each(Question.objects.filter(pk=hidden.pk), lifecycle.hide, moderator)

    assert titles(kept) == []
    assert counts(tremor, neurology, doctor) == [1, 1, 1]

    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.apply_to_each(Question.objects.filter(pk=hidden.pk), lifecycle.unhide, moderator)

    assert titles(kept) == ["Hidden"]
    assert counts(tremor, neurology, doctor) == [2, 2, 2]


def test_merging_topics_moves_lists_counts_and_pairs(
    neurology, moderator, django_capture_on_commit_callbacks
):
    tremor, shaking, other = (make_topic(n, neurology) for n in ["Tremor", "Shaking", "Other"])
    first = make_answered(neurology, [tremor], title="First")
    make_answered(neurology, [shaking, other], title="Second")
    make_answered(make_specialty("Cardiology"), title="Elsewhere")  # no fill from neurology

    with django_capture_on_commit_callbacks(execute=True):
        moderation.merge_topics(tremor, [shaking], moderator)

    assert titles(first) == ["Second"]
    assert counts(tremor) == [2]
    assert TopicPair.objects.get(topic=tremor, other=other).count == 1
    assert [t.name for t in Topic.objects.related_to(first)] == ["Tremor", "Other"]


def snapshot() -> dict:
    """Everything derived, in a form two computations can be compared by."""
    return {
        "topics": dict(Topic.objects.values_list("pk", "question_count")),
        "specialties": dict(Specialty.objects.values_list("pk", "question_count")),
        "pairs": set(TopicPair.objects.values_list("topic", "other", "count")),
        "similar": {
            question.pk: [item.pk for item in similar_questions(question)]
            for question in Question.objects.all()
        },
    }


def test_refreshing_after_each_change_ends_where_a_full_rebuild_does(
    neurology, django_capture_on_commit_callbacks
):
    """Random questions, answers, retagging and hiding, each refreshed as the site does;
    the stored result equals what a rebuild from scratch computes."""
    rng = random.Random(7)
    cardiology = make_specialty("Cardiology")
    topics = [make_topic(f"T{n}", rng.choice([neurology, cardiology])) for n in range(6)]
    doctors = [make_doctor(f"Doc {n}", specialties=[neurology, cardiology]) for n in range(2)]
    moderator = make_doctor("Mod").user
    moderator.is_superuser = moderator.is_staff = True
    moderator.save()
    for n in range(24):
        specialty = rng.choice([neurology, cardiology])
        question = make_question(specialty, title=f"Q{n}")
        page = PageChanges(topics_added=rng.sample(topics, k=rng.randint(0, 3)))
        with django_capture_on_commit_callbacks(execute=True):
            publish_answer(question, rng.choice(doctors), Answer("Hello.", uuid4(), page))
        if n % 5 == 4:
            victim = Question.objects.order_by("?").first()
            with django_capture_on_commit_callbacks(execute=True):
                lifecycle.apply_to_each(
                    Question.objects.filter(pk=victim.pk), lifecycle.hide, moderator
                )
    incremental = snapshot()

    derived.rebuild()

    assert snapshot() == incremental
    assert SimilarEntry.objects.exists()
    # The pairs, counted from the topic sets, are what the topic links themselves say.
    together = Counter()
    for question in Question.objects.filter(status=Question.Status.ANSWERED):
        together.update(itertools.permutations(question.topics.values_list("pk", flat=True), 2))
    assert incremental["pairs"] == {(a, b, n) for (a, b), n in together.items()}
    assert incremental["pairs"]


def test_rebuild_derived_fills_what_a_bulk_load_left_empty(neurology, capsys):
    tremor = make_topic("Tremor", neurology)
    first = make_answered(neurology, [tremor], title="First")
    make_answered(neurology, [tremor], title="Second")
    SimilarEntry.objects.all().delete()
    Topic.objects.update(question_count=0)

    call_command("rebuild_derived")

    assert titles(first) == ["Second"]
    assert counts(tremor) == [2]


def test_a_rebuild_after_a_bulk_load_can_leave_each_question_as_it_is(neurology, capsys):
    tremor = make_topic("Tremor", neurology)
    first = make_answered(neurology, [tremor], title="First")
    Question.objects.filter(pk=first.pk).update(first_reply=None)
    Topic.objects.update(question_count=0)

    call_command("rebuild_derived", "--keep-per-question")

    first.refresh_from_db()
    assert first.first_reply is None  # left as the load wrote it
    assert counts(tremor) == [1]
    assert "up to date" in capsys.readouterr().out


def test_a_rebuild_writes_only_what_changed(neurology):
    """The nightly rebuild rewrites no question or topic link that is already right."""
    tremor = make_topic("Tremor", neurology)
    first = make_answered(neurology, [tremor], title="First")
    make_answered(neurology, [tremor], title="Second")
    derived.rebuild()
    assert derived.set_first_replies(None) == 0 and derived.date_topic_links(None) == 0

    Question.objects.filter(pk=first.pk).update(first_reply=None)
    first.tagged_items.update(answered_at=None)

    assert derived.set_first_replies(None) == 1 and derived.date_topic_links(None) == 1
    assert derived.set_first_replies(None) == 0 and derived.date_topic_links(None) == 0
    first.refresh_from_db()
    assert first.first_reply == first.replies.get()
    assert first.tagged_items.get().answered_at == first.answered_at


@pytest.mark.parametrize("logged_in_as", [None, "alice"])
def test_reading_any_public_page_never_writes(client, alice, neurology, doctor, logged_in_as):
    tremor = make_topic("Tremor", neurology)
    question = make_answered(neurology, [tremor], doctor=doctor)
    make_answered(neurology, [tremor], doctor=doctor, title="Another")
    if logged_in_as:
        client.force_login(alice)
    urls = [
        reverse("qa:home"),
        neurology.get_absolute_url(),
        tremor.get_absolute_url(),
        question.get_absolute_url(),
        doctor.get_absolute_url(),
    ]
    for url in urls:
        for method in (client.get, client.head):
            with CaptureQueriesContext(connection) as queries:
                assert method(url).status_code == 200
            writes = [
                q["sql"]
                for q in queries.captured_queries
                if q["sql"].lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
            ]
            assert writes == [], url


def test_deleting_a_topic_in_the_admin_refreshes_its_questions(
    logged_in, neurology, django_capture_on_commit_callbacks
):
    tremor, other = make_topic("Tremor", neurology), make_topic("Other", neurology)
    first = make_answered(neurology, [tremor, other], title="First")
    make_answered(neurology, [tremor], title="Second")
    make_answered(make_specialty("Cardiology"), title="Elsewhere")
    assert TopicPair.objects.filter(topic=other).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in.post(
            reverse("admin:qa_topic_delete", args=[tremor.pk]), {"post": "yes"}
        )

    assert response.status_code == 302
    assert not TopicPair.objects.exists()
    assert counts(other) == [1]
    assert titles(first) == ["Second"]  # now only as its specialty's latest answer
    first.refresh_from_db()
    assert first.topic_set.topics.get() == other
