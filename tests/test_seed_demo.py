"""`manage.py seed_demo`: the demo content a new developer sees after `make run`."""

import io
import random
import re
import string
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from forum.accounts.models import Doctor
from forum.dashboard import stats
from forum.demo import headlines, seeding, titles
from forum.demo.compose import Writer
from forum.demo.drafts import DraftBuilder
from forum.demo.management.commands import seed_demo
from forum.demo.specialties import SPECIALTIES
from forum.demo.text import NUMBER_WORDS
from forum.qa import derived, search
from forum.qa.models import Agreement, FollowUp, Question, Reply, Specialty, TaggedQuestion, Topic
from tests.test_seed_demo_copy import question_indexes

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
def test_colleagues_of_the_specialty_agree_with_some_answers_after_they_were_written():
    output = seed()

    agreements = list(Agreement.objects.select_related("reply__question", "doctor"))
    assert 50 <= len(agreements) <= Reply.objects.count()
    assert f"({len(agreements)} agreements of doctors with them," in output
    for agreement in agreements:
        reply = agreement.reply
        assert agreement.doctor_id != reply.doctor_id
        assert reply.question.specialty in agreement.doctor.specialties.all()
        assert reply.created_at < agreement.created_at <= timezone.now()
    agreed = Counter(agreement.reply_id for agreement in agreements)
    assert max(agreed.values()) <= 3 and len(agreed) < Reply.objects.count() / 2


@pytest.mark.django_db
def test_what_the_site_derives_is_written_with_the_questions(settings):
    """A full rebuild after seeding finds nothing to write: the first replies, topic sets,
    link dates and (on PostgreSQL) search vectors went in with the questions, and
    seed_demo's rebuild leaves them as they are."""
    settings.DEBUG = True  # the demo logins' questions too
    indexes = question_indexes()
    seed("--questions", "80")
    assert question_indexes() == indexes  # dropped for the load (PostgreSQL), built again
    ids = list(Question.objects.values_list("pk", flat=True))
    sets = dict(Question.objects.values_list("pk", "topic_set"))

    assert derived.set_first_replies(None) == 0 and derived.date_topic_links(None) == 0
    assert search.update_vectors(ids) == 0
    derived.assign_topic_sets(ids)
    assert dict(Question.objects.values_list("pk", "topic_set")) == sets
    assert None not in sets.values() and FollowUp.objects.exists()
    if connection.vendor == "postgresql":
        public = Question.objects.filter(status=ANSWERED)
        assert not public.filter(search_vector=None).exists()
        assert not Question.objects.exclude(status=ANSWERED).exclude(search_vector=None).exists()


@pytest.mark.django_db
def test_some_answers_have_an_answered_follow_up_by_their_doctor():
    output = seed()

    follow_ups = list(FollowUp.objects.select_related("reply", "question"))
    assert 1 <= len(follow_ups) < Reply.objects.count() / 4
    assert f"{len(follow_ups)} answered follow-ups)" in output
    for follow_up in follow_ups:
        assert follow_up.reply.question_id == follow_up.question_id
        assert follow_up.status == FollowUp.Status.ANSWERED
        assert follow_up.answered_by_id == follow_up.reply.doctor_id
        assert follow_up.reply.created_at < follow_up.created_at < follow_up.answered_at
        assert follow_up.answered_at <= timezone.now() and follow_up.answer_html


@pytest.mark.django_db
def test_doctors_joined_and_were_verified_before_their_first_answer():
    seed()

    for doctor in Doctor.objects.select_related("user"):
        first = doctor.replies.order_by("created_at").first()
        assert first is None or doctor.user.date_joined < doctor.verified_at < first.created_at


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


def repeated(texts: Iterable[str]) -> list[str]:
    """The texts given more than once, case aside."""
    return [text for text, n in Counter(t.casefold() for t in texts if t).items() if n > 1]


@pytest.mark.django_db
def test_no_two_questions_share_a_title_or_a_headline():
    seed()

    shown = Question.objects.filter(status=ANSWERED).values_list("title", "headline")
    assert len(shown) >= 300
    assert repeated(title for title, _ in shown) == []
    assert repeated(headline for _, headline in shown) == []
    # What title suggestions, Similar Q&A and the pages show: the headline, else the title.
    assert repeated(headline or title for title, headline in shown) == []


@pytest.mark.django_db
def test_titles_and_headlines_stay_unique_in_a_run_of_thousands():
    seed("--questions", "0")
    doctors = defaultdict(list)
    for doctor in Doctor.objects.prefetch_related("specialties"):
        for specialty in doctor.specialties.all():
            doctors[specialty.slug].append(doctor)
    builder = DraftBuilder(
        random.Random(seed_demo.DEFAULT_SEED),
        {specialty.slug: specialty for specialty in Specialty.objects.all()},
        {topic.name: topic for topic in Topic.objects.all()},
        doctors,
    )

    shown = [(d.question["title"], d.question["headline"]) for d in builder.answered(3000)]

    assert repeated(title for title, _ in shown) == []
    assert repeated(headline or title for title, headline in shown) == []


def test_a_topic_repeats_a_title_only_once_it_has_run_out_of_them():
    desk = titles.TitleDesk(random.Random(3), taken=set())
    voice = {"side": "left", "kid": "my son", "pr": "he", "pos": "his", "obj": "him"}
    voice |= {key.capitalize(): value.capitalize() for key, value in voice.items()}
    for specialty in SPECIALTIES:
        for topic in specialty.topics:
            deck = len(titles.deck_for(topic))
            assert deck >= 150, topic.name
            dealt = [desk.deal(topic, voice) for _ in range(deck)]
            assert repeated(dealt) == [], topic.name
            assert all(0 < len(title) <= 120 for title in dealt), topic.name


def test_a_topic_repeats_a_headline_only_once_its_deck_has_run_out():
    desk = headlines.HeadlineDesk(random.Random(3))
    for specialty in SPECIALTIES:
        for topic in specialty.topics:
            deck = len(headlines.deck_for(topic))
            assert deck >= 150, topic.name
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


COUNT = rf"(?:an?|{'|'.join(NUMBER_WORDS)}|\d+)"
QUANTITY = rf"{COUNT} (?:day|week|month|year)s?"
# "my son (ten months)", "who is two years old", "I'm 34", "I'm a 34-year-old student".
CHILD_AGE = re.compile(rf"\b({QUANTITY}) old\b|\(({QUANTITY})\)")
ADULT_AGE = re.compile(r"\bI'm (?:a )?(\d+)\b")
# How long something has gone on, or how long ago it began: "for about three weeks",
# "two months ago", "a week now"; not how often ("twice a week").
SPAN = re.compile(
    rf"\b(?:for|about|roughly|around|been) ({QUANTITY})\b(?! old)"
    rf"|\b({QUANTITY}) (?:ago|now|and counting)\b"
)
DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def days_in(quantity: str) -> int:
    count, unit = quantity.split()
    n = 1 if count in ("a", "an") else int(count) if count.isdigit() else NUMBER_WORDS.index(count)
    return n * DAYS[unit.removesuffix("s")]


def test_no_question_has_lasted_longer_than_half_the_askers_life():
    """The rule: every span a question gives (title and body) is at most half the age it
    states, so never the age itself ("ten months old ... going on for ten months"), and
    its body gives each span once, never the same one for two things."""
    writer = Writer(random.Random(11))
    checked = 0
    for specialty in SPECIALTIES:
        for topic in specialty.topics:
            for _ in range(20):
                text = writer.question(specialty, topic, more_info=False, replies=1)
                whole = f"{text.title}\n{text.body}"
                if specialty.asked_by_parent:
                    ages = [days_in(a or b) for a, b in CHILD_AGE.findall(whole)]
                else:
                    ages = [int(age) * 365 for age in ADULT_AGE.findall(whole)]
                spans = [days_in(a or b) for a, b in SPAN.findall(whole)]
                assert all(span <= age / 2 for age in ages for span in spans), whole
                assert repeated(a or b for a, b in SPAN.findall(text.body)) == [], whole
                checked += bool(ages and spans)
    assert checked >= 200


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
def test_the_demo_doctor_has_answered_lately_and_still_has_questions_waiting(settings, client):
    settings.DEBUG = True

    seed("--questions", "30")

    doctor = Doctor.objects.get(user__username="doctor")
    answers = list(Reply.objects.answers_of(doctor).select_related("question"))
    assert 8 <= len(answers) <= 15
    assert doctor.answer_count == len(answers)
    assert {a.question.specialty_id for a in answers} <= set(
        doctor.specialties.values_list("pk", flat=True)
    )
    now = timezone.now()
    assert all(answer.created_at <= now for answer in answers)
    assert sum(answer.created_at >= now - timedelta(weeks=4) for answer in answers) >= 3
    weeks = stats.answers_per_week(doctor)
    assert sum(week.answers for week in weeks) == len(answers)
    assert sum(week.answers > 0 for week in weeks) >= 4
    assert Question.objects.waiting_for(doctor).count() >= 2
    client.force_login(doctor.user)
    page = client.get(reverse("dashboard:my_answers")).content.decode()
    assert escape(answers[0].question.display_headline) in page


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
    # The demo doctor's answers keep their account from being deleted: remove them first.
    Reply.objects.filter(doctor__user__username="doctor").delete()
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
