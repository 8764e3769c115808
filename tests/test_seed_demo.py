"""`manage.py seed_demo`: the demo content a new developer sees after `make run`."""

import io
import random
import re
import string
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection
from django.db.models import F
from django.test import RequestFactory

from forum.accounts.models import Doctor
from forum.demo import copying, headlines, saving, seeding
from forum.demo.drafts import Draft
from forum.demo.specialties import SPECIALTIES
from forum.qa.models import Question, Reply, Specialty, TaggedQuestion, Topic
from tests import factories

ANSWERED = Question.Status.ANSWERED
WHEN = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="COPY is how seed_demo writes to PostgreSQL"
)


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!:])\s", text.strip(), maxsplit=1)[0]


def delete_everything() -> None:
    Question.objects.all().delete()
    Doctor.objects.all().delete()
    get_user_model().objects.all().delete()
    Topic.objects.all().delete()
    Specialty.objects.all().delete()


@pytest.mark.django_db
def test_it_creates_a_full_catalogue_of_specialties_topics_and_doctors():
    seed()

    assert Specialty.objects.count() >= 12
    assert Topic.objects.count() >= 60
    assert not Topic.objects.filter(specialty=None).exists()
    for specialty in Specialty.objects.all():
        assert specialty.description
        assert specialty.topics.count() >= 5, specialty
        assert Doctor.objects.verified().for_specialty(specialty).count() >= 2, specialty
    doctors = Doctor.objects.all()
    assert all(d.bio and d.affiliation and d.licence_number for d in doctors)
    assert any(d.specialties.count() == 2 for d in doctors)
    assert not any(d.user.has_usable_password() for d in doctors)


@pytest.mark.django_db
def test_every_answered_question_is_complete_and_answered_by_its_specialty():
    seed()

    answered = Question.objects.filter(status=ANSWERED).prefetch_related(
        "replies__doctor__specialties", "tagged_items__tag"
    )
    assert len(answered) >= 300
    for question in answered:
        assert question.asker is None and question.asker_name
        assert 0 < len(question.title) <= 120 and len(question.headline) <= 200
        assert question.created_at <= question.answered_at
        assert (question.answered_at - question.created_at).days <= 10
        topics = [item.tag for item in question.tagged_items.all()]
        assert 1 <= len(topics) <= 3
        assert {topic.specialty_id for topic in topics} == {question.specialty_id}
        replies = list(question.replies.all())
        assert 1 <= len(replies) <= 2
        assert replies[0].created_at == question.answered_at
        for reply in replies:
            assert question.specialty in reply.doctor.specialties.all()
        assert len({reply.doctor_id for reply in replies}) == len(replies)


@pytest.mark.django_db
def test_it_mixes_askers_headlines_and_long_explanations():
    seed()

    answered = Question.objects.filter(status=ANSWERED)
    genders = Counter(answered.values_list("asker_gender", flat=True))
    assert set(genders) == set(Question.Gender.values)
    assert len(set(answered.values_list("asker_age_range", flat=True))) == 9
    assert 0.1 < answered.filter(headline="").count() / answered.count() < 0.35
    assert 0.2 < answered.exclude(more_info="").count() / answered.count() < 0.4
    assert any("\n1. " in text for text in answered.values_list("more_info", flat=True))
    assert answered.filter(replies__doctor__isnull=False).distinct().count() == answered.count()
    assert Reply.objects.values("question").distinct().count() < Reply.objects.count()


@pytest.mark.django_db
def test_no_two_questions_share_a_headline():
    seed()

    headlines_used = Counter(
        Question.objects.filter(status=ANSWERED)
        .exclude(headline="")
        .values_list("headline", flat=True)
    )
    assert headlines_used.most_common(1)[0][1] == 1


def test_a_topic_repeats_a_headline_only_once_its_deck_has_run_out():
    desk = headlines.HeadlineDesk(random.Random(3))
    for specialty in SPECIALTIES:
        for topic in specialty.topics:
            deck = len(headlines.deck_for(topic))
            assert deck >= 40, topic.name
            dealt = [desk.deal(topic, []) for _ in range(deck)]
            assert len(set(dealt)) == deck, topic.name


@pytest.mark.django_db
def test_more_info_opens_and_runs_in_many_ways():
    seed()

    texts = list(Question.objects.exclude(more_info="").values_list("more_info", flat=True))
    openings = Counter(text.split("\n", 1)[0] for text in texts)
    assert openings.most_common(1)[0][1] <= 0.15 * len(texts)
    assert len(openings) >= 0.5 * len(texts)
    assert any(text.startswith("### ") for text in texts)
    assert any(text.startswith("**What is it?**") for text in texts)
    assert any(" asks: *" in text.split("\n", 1)[0] for text in texts)
    assert any("\n- " in text for text in texts) and any("\n1. " in text for text in texts)


@pytest.mark.django_db
def test_some_topics_are_common_and_some_rare():
    seed()

    usage = Counter(
        TaggedQuestion.objects.filter(content_object__status=ANSWERED).values_list(
            "tag_id", flat=True
        )
    )
    assert len(usage) == Topic.objects.count()
    assert max(usage.values()) >= 4 * min(usage.values())


@pytest.mark.django_db
def test_it_also_writes_questions_that_are_not_public():
    seed("--questions", "20")

    hidden_or_waiting = Question.objects.exclude(status=ANSWERED)
    statuses = set(hidden_or_waiting.values_list("status", flat=True))
    assert {Question.Status.PENDING, Question.Status.OPEN, Question.Status.HIDDEN} <= statuses
    waiting = hidden_or_waiting.filter(status__in=[Question.Status.PENDING, Question.Status.OPEN])
    assert waiting.count() >= 3
    assert not Reply.objects.filter(question__in=waiting).exists()
    assert not waiting.exclude(answered_at=None).exists()


@pytest.mark.django_db
def test_the_same_seed_writes_the_same_questions():
    seed("--questions", "40")
    first_run = list(Question.objects.order_by("pk").values_list("title", "body")[:20])
    first_replies = list(Reply.objects.order_by("pk").values_list("body", flat=True)[:20])
    delete_everything()

    seed("--questions", "40")

    assert list(Question.objects.order_by("pk").values_list("title", "body")[:20]) == first_run
    assert list(Reply.objects.order_by("pk").values_list("body", flat=True)[:20]) == first_replies


@pytest.mark.django_db
def test_another_seed_writes_other_questions():
    seed("--questions", "40")
    first_run = set(Question.objects.values_list("body", flat=True))
    delete_everything()

    seed("--questions", "40", "--seed", "7")

    assert not first_run & set(Question.objects.values_list("body", flat=True))


@pytest.mark.django_db
def test_questions_on_one_topic_read_differently():
    seed()

    answered = list(Question.objects.filter(status=ANSWERED).prefetch_related("tagged_items"))
    assert len({question.body for question in answered}) == len(answered)
    openings_by_topic: dict[int, Counter] = defaultdict(Counter)
    for question in answered:
        main_topic = question.tagged_items.all()[0].tag_id
        openings_by_topic[main_topic][first_sentence(question.body)] += 1
    for openings in openings_by_topic.values():
        assert max(openings.values()) <= 3
    openings = Counter(first_sentence(question.body) for question in answered)
    assert len(openings) >= 0.9 * len(answered)


@pytest.mark.django_db
def test_questions_and_replies_vary_in_length_and_layout():
    seed()

    bodies = list(Question.objects.filter(status=ANSWERED).values_list("body", flat=True))
    sentence_counts = Counter(len(re.findall(r"[.?!](?:\s|$)", body)) for body in bodies)
    assert min(sentence_counts) == 1 and max(sentence_counts) >= 7
    assert any("\n\n" in body for body in bodies)
    assert any("\n" in body and "\n\n" not in body for body in bodies)
    assert any("\n" not in body for body in bodies)
    replies = list(Reply.objects.values_list("body", flat=True))
    assert any("\n- " in body for body in replies)
    assert any("**" in body for body in replies)
    assert len(set(replies)) > 0.9 * len(replies)


@pytest.mark.django_db
def test_it_creates_demo_logins_when_debug_is_on(settings):
    settings.DEBUG = True

    output = seed("--questions", "10")

    for login in seeding.DEMO_LOGINS:
        assert login.username in output and login.password in output
        request = RequestFactory().post("/accounts/login/")  # as a login form passes it
        assert authenticate(request, username=login.username, password=login.password)
    doctor = Doctor.objects.get(user__username="doctor")
    assert doctor.is_verified and doctor.specialties.count() == 2
    moderator = get_user_model().objects.get(username="moderator")
    assert moderator.is_staff and not moderator.is_superuser
    assert moderator.groups.filter(name="Moderators").exists()
    assert moderator.has_perms(["qa.change_question", "qa.view_reply", "accounts.change_doctor"])
    assert not moderator.has_perm("qa.delete_question")
    patient = get_user_model().objects.get(username="patient")
    assert not patient.is_staff
    assert Question.objects.filter(asker=patient).exclude(status=ANSWERED).exists()
    waiting = Question.objects.filter(asker=patient, status__in=["pending", "open"]).count()
    assert 0 < waiting < django_settings.MAX_WAITING_QUESTIONS, "the demo patient can still ask"


@pytest.mark.django_db
def test_it_creates_no_demo_logins_when_debug_is_off(settings):
    settings.DEBUG = False

    output = seed("--questions", "10")

    assert "not created because DEBUG is off" in output
    usernames = [login.username for login in seeding.DEMO_LOGINS]
    assert not get_user_model().objects.filter(username__in=usernames).exists()
    assert not any(login.password in output for login in seeding.DEMO_LOGINS)


@pytest.mark.django_db
def test_a_second_run_changes_nothing(settings):
    settings.DEBUG = True
    seed("--questions", "10")
    counts = (Question.objects.count(), Reply.objects.count(), Doctor.objects.count())

    output = seed("--questions", "10")

    assert "already has questions" in output
    assert (Question.objects.count(), Reply.objects.count(), Doctor.objects.count()) == counts


def login_lines(output: str) -> list[str]:
    lines = output.splitlines()
    start = lines.index("Demo logins (DEBUG is on):")
    return lines[start : start + 1 + len(seeding.DEMO_LOGINS)]


@pytest.mark.django_db
def test_a_second_run_shows_the_demo_logins_again_when_debug_is_on(settings):
    settings.DEBUG = True
    first = seed("--questions", "10")

    output = seed("--questions", "10")

    assert "already has questions" in output
    assert login_lines(output) == login_lines(first)
    for login in seeding.DEMO_LOGINS:
        assert login.username in output and login.password in output


@pytest.mark.django_db
def test_a_second_run_shows_no_logins_when_debug_is_off_or_there_are_none(settings):
    settings.DEBUG = True
    seed("--questions", "10")
    settings.DEBUG = False

    output = seed("--questions", "10")

    assert "already has questions" in output
    assert not any(login.password in output for login in seeding.DEMO_LOGINS)

    settings.DEBUG = True
    get_user_model().objects.filter(username__in=["patient", "doctor", "moderator"]).delete()

    output = seed("--questions", "10")

    assert "already has questions" in output
    assert not any(login.password in output for login in seeding.DEMO_LOGINS)


@pytest.mark.django_db
def test_large_runs_are_written_in_batches_with_progress(monkeypatch):
    monkeypatch.setattr(seeding, "BATCH_SIZE", 7)

    output = seed("--questions", "30")

    assert "\r  questions 7/30 [" in output and "30/30" in output and "100%" in output
    answered = Question.objects.filter(status=ANSWERED)
    assert answered.count() == 30
    assert not answered.filter(replies=None).exists()
    assert not answered.filter(tagged_items=None).exists()


@pytest.mark.django_db
def test_it_refuses_a_negative_number_of_questions():
    with pytest.raises(CommandError):
        seed("--questions", "-1")


def test_the_content_pools_are_consistent():
    names = [topic.name for specialty in SPECIALTIES for topic in specialty.topics]
    assert len(names) == len(set(names))
    # Headlines pair every subject with shared angles, so a subject belongs to one topic.
    subjects = [s for sp in SPECIALTIES for t in sp.topics for s in {*t.headline_subjects, t.name}]
    assert len(subjects) == len(set(subjects))
    allowed = {"side", "kid", "Kid", "child", "Child", "pr", "Pr", "pos", "Pos", "obj"}
    for specialty in SPECIALTIES:
        own = {topic.name for topic in specialty.topics}
        for topic in specialty.topics:
            assert set(topic.related) <= own, topic.name
            pools = [topic.titles, topic.symptoms, topic.details, topic.tried, topic.asks]
            pools += [topic.causes, topic.advice, topic.red_flags, topic.headlines]
            pools += [topic.headline_subjects, topic.headline_angles]
            assert all(len(pool) >= 3 for pool in pools), topic.name
            for sentence in (s for pool in pools for s in pool):
                fields = {f for _, f, _, _ in string.Formatter().parse(sentence) if f}
                assert fields <= (allowed if specialty.asked_by_parent else {"side"}), sentence
            # Warning signs are phrases that read inside a sentence: "if you notice ...".
            assert all(flag[0].islower() and flag[-1] != "." for flag in topic.red_flags)
            for onset in topic.onsets:
                fields = {f for _, f, _, _ in string.Formatter().parse(onset) if f}
                assert fields <= {"duration"}, onset
            assert 1 <= topic.max_symptoms <= 3, topic.name
            assert topic.course in ("acute", "recent", "any", "lasting"), topic.name


@pytest.mark.django_db
def test_demo_replies_were_never_edited():
    seed("--questions", "30")

    assert Reply.objects.count() >= 30
    assert not Reply.objects.exclude(updated_at=F("created_at")).exists()
    assert not Reply.objects.exclude(edited_at=None).exists()


def question_row(specialty_id: int, **values: object) -> copying.Row:
    """A question as the drafter writes it: only the fields it sets."""
    return {
        "specialty_id": specialty_id,
        "asker_name": "A Xu",
        "asker_age_range": Question.AgeRange.AGE_20,
        "title": "Lip twitching",
        "body": "My lip twitches.",
        "status": ANSWERED,
        "created_at": WHEN,
        "answered_at": WHEN,
        **values,
    }


def test_copy_writes_values_as_postgresql_reads_them():
    key = uuid.uuid4()

    assert copying.copy_text(None) == "\\N"
    assert copying.copy_text(True) == "t" and copying.copy_text(False) == "f"
    assert copying.copy_text("tab\there\nnext \\ back\rend") == (
        "tab\\there\\nnext \\\\ back\\rend"
    )
    assert copying.copy_text(ANSWERED) == "answered"
    assert copying.copy_text(42) == "42"
    assert copying.copy_text(WHEN) == "2024-05-01T08:30:00+00:00"
    assert copying.copy_text(key) == str(key)
    with pytest.raises(TypeError):
        copying.copy_text(object())


def test_copy_names_every_column_and_fills_those_a_row_leaves_out():
    copy = copying.CopyTable(Question).copy_of([question_row(3, id=7, title="Tab\there")])

    columns = [field.column for field in Question._meta.concrete_fields]
    names = ", ".join(map(quoted, columns))
    assert copy.sql == f"COPY {quoted('qa_question')} ({names}) FROM STDIN"
    line = copy.data.decode()
    assert line.endswith("\n") and line.count("\n") == 1
    values = dict(zip(columns, line[:-1].split("\t"), strict=True))
    assert values["id"] == "7" and values["specialty_id"] == "3"
    assert values["title"] == "Tab\\there"
    # Left out by the drafter: the model's defaults, NULL for optional foreign keys.
    assert values["asker_gender"] == Question.Gender.UNDISCLOSED
    assert values["view_count"] == "0" and values["rejection_reason"] == ""
    assert values["asker_id"] == values["claimed_by_id"] == values["claimed_until"] == "\\N"


def quoted(name: str) -> str:
    return connection.ops.quote_name(name)


@postgres_only
@pytest.mark.django_db
def test_copied_rows_read_back_as_written_with_ids_from_the_sequence():
    specialty = factories.make_specialty()
    text = "Tab\tand a backslash \\ over\r\ntwo lines, with ü and 漢字"
    rows = [question_row(specialty.pk, body=text), question_row(specialty.pk)]

    copying.CopyTable(Question).write(rows)

    saved = Question.objects.get(pk=rows[0]["id"])
    assert saved.body == text and saved.title == "Lip twitching"
    assert saved.created_at == WHEN and saved.status == ANSWERED
    assert saved.view_count == 0 and saved.asker_gender == Question.Gender.UNDISCLOSED
    assert saved.asker_id is None and saved.claimed_by_id is None
    assert Question.objects.filter(pk=rows[1]["id"]).exists()
    later = Question.objects.create(**question_row(specialty.pk))
    assert later.pk > max(row["id"] for row in rows)


@postgres_only
@pytest.mark.django_db
def test_a_failed_copy_stops_the_seeding_with_a_database_error():
    specialty = factories.make_specialty()
    taken = Question.objects.create(**question_row(specialty.pk))
    clash = Draft(question_row(specialty.pk, id=taken.pk), topic_ids=[], replies=[])

    with pytest.raises(IntegrityError), saving.CopySaver() as saver:
        saver.save([clash])
