from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.accounts.models import Profile
from forum.qa.models import Question
from tests.factories import make_question, make_specialty, make_topic

URL = reverse("qa:ask")
BODY = "My left eyelid has twitched on and off for two weeks, mostly in the evening."


@pytest.fixture
def eyelid(neurology):
    return make_topic("Eyelid Twitching", neurology)


def data(neurology, **overrides) -> dict:
    return {
        "specialty": neurology.pk,
        "title": "Eyelid twitching",
        "body": BODY,
        "asker_name": "A Xu",
        "asker_age_range": "20~29",
        "asker_gender": "female",
        **overrides,
    }


def test_a_reader_goes_to_login_and_comes_back(client, db):
    response = client.get(URL)

    assert response["Location"] == f"{reverse('accounts:login')}?next={URL}"


def test_the_form_shows_the_emergency_notice(client, patient, neurology):
    html = client.get(URL).content.decode()

    assert "not a diagnosis" in html
    assert "call your local emergency number now" in html


def test_labels_have_no_trailing_colon(client, patient, neurology):
    client.force_login(patient)

    html = client.get(URL).content.decode()

    assert '<label for="id_title">Title</label>' in html
    assert '<label for="id_specialty">Specialty</label>' in html
    assert ":</label>" not in html and ":</legend>" not in html


def test_the_form_is_prefilled_from_the_profile(client, patient, neurology):
    Profile.objects.create(user=patient, pseudonym="Lai", age_range="40~49", gender="male")

    html = client.get(URL).content.decode()

    assert 'value="Lai"' in html
    assert '<option value="40~49" selected>' in html
    assert '<option value="male" selected>' in html


def test_a_question_waits_for_review_and_its_asker_lands_on_it(client, patient, neurology, eyelid):
    response = client.post(URL, data(neurology, topics=[eyelid.pk]))

    question = Question.objects.get()
    assert response["Location"] == question.get_absolute_url()
    assert question.status == Question.Status.PENDING
    assert question.asker == patient
    assert list(question.topics.all()) == [eyelid]
    page = client.get(response["Location"]).content.decode()
    assert "Waiting for review" in page
    assert "Eyelid twitching" in page


def test_without_approval_a_question_waits_for_a_doctor(client, patient, neurology, settings):
    settings.QUESTIONS_NEED_APPROVAL = False

    client.post(URL, data(neurology))

    question = Question.objects.get()
    assert question.status == Question.Status.OPEN
    assert "Waiting for a doctor" in client.get(question.get_absolute_url()).content.decode()


def test_the_pending_question_is_hidden_from_everyone_else(client, patient, neurology, bob):
    client.post(URL, data(neurology))
    url = Question.objects.get().get_absolute_url()
    client.force_login(bob)

    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 404


def test_topics_must_belong_to_the_chosen_specialty(client, patient, neurology):
    heart = make_topic("Palpitations", make_specialty("Cardiology"))

    response = client.post(URL, data(neurology, topics=[heart.pk]))

    assert "Choose only topics of Neurology." in response.content.decode()
    assert not Question.objects.exists()


def two_lines(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "", "This field is required."),
        ("title", "   \t  ", "This field is required."),
        ("title", "?!...---", "Write a few words that describe your question."),
        ("title", "\u200b\u200b", "Write a title for your question."),
        ("title", "x" * 121, "Ensure this value has at most 120 characters"),
        ("body", "", "This field is required."),
        ("body", "Too short.", "at least 30 characters (you wrote 10)"),
        ("body", "\u200b" * 40, "Write your question."),
        ("body", f"{BODY}\x00", "Null characters are not allowed."),
        ("body", "! " * 40, "Describe your question in words."),
        ("body", "x" * 5001, "Ensure this value has at most 5000 characters"),
        ("asker_name", "", "This field is required."),
        ("asker_name", "***", "Use at least one letter or number"),
        ("asker_age_range", "", "This field is required."),
        ("asker_age_range", "200", "Select a valid choice"),
        ("specialty", "999999", "Select a valid choice"),
        ("specialty", "9" * 30, "Select a valid choice"),
        ("topics", ["9" * 30], "is not a valid value"),
        ("topics", ["\u00b2"], "is not a valid value"),
    ],
)
def test_bad_input_gets_a_message_and_saves_nothing(
    client, patient, neurology, field, value, message
):
    response = client.post(URL, data(neurology, **{field: value}))

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert not Question.objects.exists()


def test_what_was_typed_is_kept_after_an_error(client, patient, neurology):
    typed = "<script>alert('x')</script> قلبي يؤلمني 😟"

    response = client.post(URL, data(neurology, title="", body=typed))

    html = response.content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; قلبي يؤلمني 😟" in html
    assert "<script>alert('x')" not in html
    assert 'value="A Xu"' in html


@pytest.mark.parametrize(
    ("title", "saved"),
    [
        ("Palpitations 💓 at night", "Palpitations 💓 at night"),
        ("خفقان القلب ليلا", "خفقان القلب ليلا"),
        ("Eye\x1blid\x07 twitch", "Eyelid twitch"),
        ("Eyelid\u202e twitch", "Eyelid twitch"),
        ("  lots   of   space  ", "lots of space"),
    ],
)
def test_odd_but_valid_titles_are_saved_clean(client, patient, neurology, title, saved):
    client.post(URL, data(neurology, title=title))

    assert Question.objects.get().title == saved


def test_the_body_keeps_its_paragraphs(client, patient, neurology):
    client.post(URL, data(neurology, body=f"{BODY}\r\n\r\n\r\n\r\nSecond paragraph here."))

    assert Question.objects.get().body == f"{BODY}\n\nSecond paragraph here."


def test_saved_html_is_shown_escaped(client, patient, neurology):
    client.post(
        URL, data(neurology, title="<b>bold</b>", body=f"<img src=x onerror=alert(1)> {BODY}")
    )

    html = client.get(Question.objects.get().get_absolute_url()).content.decode()

    assert "<b>bold</b>" not in html
    assert "<img src=x" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_a_patient_may_have_three_questions_waiting(client, patient, neurology):
    for status in ["pending", "open", "open"]:
        make_question(neurology, asker=patient, status=status)

    response = client.post(URL, data(neurology))

    assert "3 at a time is the limit" in response.content.decode()
    assert Question.objects.count() == 3


def test_answered_and_rejected_questions_do_not_count_as_waiting(client, patient, neurology):
    for status in ["answered", "rejected", "open", "open"]:
        make_question(neurology, asker=patient, status=status)

    client.post(URL, data(neurology))

    assert Question.objects.count() == 5


def test_a_patient_may_ask_five_questions_a_day(client, patient, neurology):
    for _ in range(5):
        make_question(neurology, asker=patient, status="answered")
    make_question(
        neurology, asker=patient, status="answered", created_at=timezone.now() - timedelta(days=2)
    )

    response = client.post(URL, data(neurology))

    assert "5 questions in the last 24 hours" in response.content.decode()
    assert Question.objects.count() == 6


def test_a_question_and_its_topics_are_saved_together_or_not_at_all(
    client, patient, neurology, eyelid, monkeypatch
):
    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("taggit.managers._TaggableManager.set", fail)
    client.raise_request_exception = False

    response = client.post(URL, data(neurology, topics=[eyelid.pk]))

    assert response.status_code == 500
    assert not Question.objects.exists()


def test_doctors_and_staff_may_ask_too(client, doctor_user, staff, neurology):
    for user in [doctor_user, staff]:
        client.force_login(user)
        assert client.get(URL).status_code == 200
