"""Personal data is found in what people write (forum.safety.personal), measured on our
labelled corpora, and never reaches a public page: patients remove or mask it before
their question is saved, doctors remove it before publishing."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from bench.inprocess import HOSTILE_SCREENING
from forum.qa.models import Question, Reply
from forum.safety import emergencies, evaluation, personal
from tests.factories import make_question, make_topic
from tests.test_ask import data as question_data

DATA = Path(__file__).parent / "data"
URL = reverse("qa:ask")
BODY = "My left eyelid has twitched on and off for two weeks. You can call me on 0912-345-678."


@pytest.mark.parametrize("corpus", ["personal_data.jsonl", "personal_data_holdout.jsonl"])
def test_the_detector_meets_its_goals_on_our_corpora(corpus):
    with (DATA / corpus).open(encoding="utf-8") as lines:
        report = evaluation.evaluate_personal_data(lines)

    identifiers = [kind for kind in personal.KINDS if kind != personal.NAME]
    assert report.recall(identifiers) >= 0.99
    assert report.recall([personal.NAME]) >= 0.90
    assert report.false_alarm_rate <= 0.02
    assert report.clean_lines >= 90


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("call me at 0912 345 678 tonight", personal.PHONE, "0912 345 678"),
        ("mail mei.lin at gmail dot com", personal.EMAIL, "mei.lin at gmail dot com"),
        ("my ID is A123456789", personal.NATIONAL_ID, "A123456789"),
        ("MRN 4471823 at the clinic", personal.MEDICAL_NUMBER, "4471823"),
        (
            "我住台北市大安區忠孝東路四段123號5樓",
            personal.ADDRESS,
            "台北市大安區忠孝東路四段123號5樓",
        ),
        ("Dr. Huang at Chang Gung told me", personal.NAME, "Dr. Huang"),
        ("born on 1985/03/12 in Tainan", personal.BIRTH_DATE, "1985/03/12"),
        ("LINE ID: meihua0312", personal.LINK, "meihua0312"),
    ],
)
def test_each_kind_is_found_with_its_exact_span(text, kind, value):
    [finding] = personal.find(text)

    assert (finding.kind, finding.value) == (kind, value)
    assert text[finding.start : finding.end] == value


@pytest.mark.parametrize(
    "text",
    [
        "BP 135/85 this morning, HbA1c 7.2%, metformin 500 mg twice a day since 2023/05/02",
        "I called 119 and later the 1925 line; my son is 7 and 120 cm, 23 kg",
        "ICD-10 K21.9, Dexcom G7, a red dot on my arm, a line on my nail",
        "Like Steve Jobs, the doctor said it was rare. My ID is A123456788 on the box.",
    ],
)
def test_medical_numbers_and_words_are_left_alone(text):
    assert personal.find(text) == []


@pytest.mark.parametrize("corpus", ["personal_data.jsonl", "personal_data_holdout.jsonl"])
def test_a_pattern_searched_only_where_its_cues_are_finds_what_it_finds_everywhere(corpus):
    with (DATA / corpus).open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    texts += [text.upper() for text in texts] + [text.title() for text in texts]
    cued = [value for value in vars(personal).values() if isinstance(value, personal.Cued)]
    assert len(cued) >= 6

    for pattern in cued:
        for text in texts:
            everywhere = [match.span() for match in pattern.pattern.finditer(text)]
            assert [match.span() for match in pattern.finditer(text)] == everywhere, text


def test_masking_replaces_each_finding_with_what_it_was():
    text = "Call 0912-345-678 or mail me at chen@example.org, ID A123456789."

    assert personal.mask(text) == (
        "Call [phone number removed] or mail me at [email address removed], ID [ID number removed]."
    )


def test_the_screen_command_writes_one_json_line_per_text(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "call 0912345678"}\n{"text": "ok"}\n'))
    out = io.StringIO()

    call_command("screen", stdout=out)

    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first == {
        "emergency": False,
        "emergency_kind": None,
        "personal_data": [{"kind": "phone", "value": "0912345678", "start": 5, "end": 15}],
    }
    assert second == {"emergency": False, "emergency_kind": None, "personal_data": []}


def test_the_screen_command_refuses_a_line_that_is_not_a_text(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("not json\n"))

    with pytest.raises(CommandError, match="Line 1"):
        call_command("screen", stdout=io.StringIO())


def test_the_screen_command_evaluates_a_corpus():
    out = io.StringIO()

    call_command("screen", evaluate=DATA / "personal_data.jsonl", stdout=out)

    assert "identifiers (all but names):" in out.getvalue()


def ask(client, neurology, **overrides):
    return client.post(URL, question_data(neurology, **{"body": BODY, **overrides}))


def test_a_question_with_personal_data_is_not_saved_but_shown_what_was_found(
    client, patient, neurology
):
    response = ask(client, neurology)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Your question would publish personal data" in html
    assert "<mark>0912-345-678</mark>" in html
    assert "a phone number, in your question" in html
    assert not Question.objects.exists()


def test_each_finding_is_named_with_its_article(client, patient, neurology):
    html = ask(client, neurology, body="Write to lin.mei@gmail.com, ID A123456789.").content
    html = html.decode()

    assert "an email address, in your question" in html
    assert "an ID number, in your question" in html


def test_mask_it_for_me_saves_the_question_without_it(client, patient, neurology):
    response = ask(client, neurology, personal_data="mask")

    question = Question.objects.get()
    assert response.status_code == 302
    assert question.body.endswith("You can call me on [phone number removed].")
    assert "0912" not in question.body


def test_remove_it_myself_keeps_the_text_in_the_form(client, patient, neurology):
    response = ask(client, neurology, personal_data="edit")

    html = response.content.decode()
    assert "Remove the personal data before sending: 0912-345-678" in html
    assert "You can call me on 0912-345-678." in html
    assert not Question.objects.exists()


def test_a_question_without_personal_data_is_saved_at_once(client, patient, neurology):
    response = ask(client, neurology, body="My left eyelid has twitched for two weeks, BP 120/80.")

    assert response.status_code == 302
    assert Question.objects.count() == 1


def test_an_edit_that_adds_personal_data_is_caught_too(client, patient, neurology):
    question = make_question(neurology, asker=patient, body="Eyelid twitching for two weeks now.")
    url = reverse("qa:question_edit", args=[question.pk])
    data = {
        "specialty": neurology.pk,
        "title": question.title,
        "body": "Eyelid twitching for two weeks now. My name is Lin Mei-hua.",
        "asker_name": "A Xu",
        "asker_age_range": "20~29",
        "asker_gender": "female",
    }

    shown = client.post(url, data)
    masked = client.post(url, {**data, "personal_data": "mask"})

    question.refresh_from_db()
    assert "<mark>Lin Mei-hua</mark>" in shown.content.decode()
    assert masked.status_code == 302
    assert question.body == "Eyelid twitching for two weeks now. My name is [name removed]."


def answer(client, doctor, neurology, **fields):
    """A doctor's answer to a new open question, through the dashboard's form."""
    question = make_question(neurology, status=Question.Status.OPEN)
    client.force_login(doctor.user)
    url = reverse("dashboard:answer", args=[question.pk])
    form = client.get(url).context["form"]
    return client.post(url, {"submission_key": form.initial["submission_key"], **fields})


def test_a_doctor_cannot_publish_personal_data(client, doctor, neurology):
    response = answer(
        client,
        doctor,
        neurology,
        body="Please call my clinic on 02-2345-6789 tomorrow.",
        more_info="Write to me at drlan@example.org.",
    )

    html = response.content.decode()
    assert "Remove the personal data before publishing: 02-2345-6789" in html
    assert "drlan@example.org (email address)" in html
    assert not Reply.objects.exists()


def test_moderators_see_personal_data_highlighted_before_approving(client, moderator, neurology):
    question = make_question(neurology, body="Chest pain at night. My ID is A123456789.")
    client.force_login(moderator)

    html = client.get(reverse("admin:qa_question_change", args=[question.pk])).content.decode()

    assert "<mark>A123456789</mark> (ID number, in the question)" in html


def test_the_live_check_answers_what_would_be_published(client, patient):
    response = client.post(
        reverse("qa:screen_question"), {"title": "Rash", "body": "Mail me: a.b@example.org"}
    )

    assert response.json() == {
        "emergency": None,
        "personal_data": [
            {
                "field": "body",
                "kind": "email",
                "label": "email address",
                "described": "an email address, in your question",
                "value": "a.b@example.org",
            }
        ],
    }


def test_the_live_check_is_for_logged_in_patients_and_posts_only(client, db, alice):
    assert client.post(reverse("qa:screen_question"), {"body": "x"}).status_code == 302
    client.force_login(alice)
    assert client.get(reverse("qa:screen_question")).status_code == 405


def test_the_page_that_shows_what_was_found_sends_back_every_field(client, patient, neurology):
    tremor, twitch = make_topic("Tremor", neurology), make_topic("Twitching", neurology)
    shown = ask(client, neurology, topics=[tremor.pk, twitch.pk])

    resent = dict(shown.context["fields"])
    topics = [value for name, value in shown.context["fields"] if name == "topics"]
    client.post(URL, {**resent, "topics": topics, "personal_data": "mask"})

    question = Question.objects.get()
    assert set(question.topics.all()) == {tremor, twitch}
    assert question.asker_name == "A Xu"
    assert "[phone number removed]" in question.body


def test_a_decision_with_a_bad_form_saves_nothing(client, patient, neurology):
    response = ask(client, neurology, body="Call 0912-345-678", personal_data="mask")

    assert "at least 30 characters" in response.content.decode()
    assert not Question.objects.exists()


def test_personal_data_in_the_pseudonym_is_caught_too(client, patient, neurology):
    body = "My left eyelid has twitched on and off for two weeks now."

    html = ask(client, neurology, body=body, asker_name="0912-345-678").content.decode()

    assert "a phone number, in your pseudonym" in html
    assert not Question.objects.exists()


def test_the_live_check_answers_nothing_for_nothing(client, patient):
    response = client.post(reverse("qa:screen_question"), {})

    assert response.json() == {"emergency": None, "personal_data": []}


def test_a_doctor_cannot_put_personal_data_in_the_headline(client, doctor, neurology):
    response = answer(
        client,
        doctor,
        neurology,
        body="Rest the eye and sleep more.",
        headline="Eyelid twitching: ask Dr. Huang Wei-lun",
    )

    assert "Remove the personal data before publishing: Dr. Huang Wei-lun" in (
        response.content.decode()
    )
    assert not Reply.objects.exists()


@pytest.mark.parametrize("name", HOSTILE_SCREENING)
def test_the_screening_reads_hostile_input_to_the_end(name):
    """Text that once made a pattern try exponentially many ways (make bench times it)."""
    text = HOSTILE_SCREENING[name]

    assert isinstance(personal.find(text), list)
    emergencies.find(text)
