import pytest
from django.urls import reverse

from forum.qa.models import Question
from tests.factories import make_answered, make_question, make_topic
from tests.forms import question_data


@pytest.fixture
def question(neurology, alice):
    return make_question(neurology, asker=alice, status="open", title="Original title")


def url(question) -> str:
    return reverse("qa:question_edit", args=[question.pk])


def test_the_asker_edits_a_waiting_question_which_goes_back_to_review(client, alice, question):
    topic = make_topic("Tremor", question.specialty)
    client.force_login(alice)

    response = client.post(
        url(question), question_data(question, title="Better title", topics=[topic.pk])
    )

    question.refresh_from_db()
    assert response["Location"] == question.get_absolute_url()
    assert question.title == "Better title"
    assert question.status == Question.Status.PENDING
    assert list(question.topics.all()) == [topic]


def test_the_form_shows_the_current_text(client, alice, question):
    client.force_login(alice)

    assert 'value="Original title"' in client.get(url(question)).content.decode()


def test_bad_input_changes_nothing(client, alice, question):
    client.force_login(alice)

    response = client.post(url(question), question_data(question, title="", body="short"))

    question.refresh_from_db()
    assert "This field is required." in response.content.decode()
    assert question.title == "Original title"
    assert question.status == Question.Status.OPEN


def test_an_answered_question_can_no_longer_be_edited(client, alice, neurology):
    question = make_answered(neurology, asker=alice)
    client.force_login(alice)

    assert client.get(url(question)).status_code == 403
    assert client.post(url(question), question_data(question, title="Changed")).status_code == 403
    question.refresh_from_db()
    assert question.title != "Changed"


def test_another_patient_cannot_see_or_edit_it(client, bob, question):
    client.force_login(bob)

    assert client.get(url(question)).status_code == 404
    assert client.post(url(question), question_data(question, title="Hacked")).status_code == 404
    question.refresh_from_db()
    assert question.title == "Original title"


def test_a_doctor_and_staff_cannot_edit_it(client, doctor_user, staff, question):
    for user in [doctor_user, staff]:
        client.force_login(user)
        assert client.get(url(question)).status_code == 404


def test_a_reader_goes_to_login(client, question):
    assert client.get(url(question))["Location"].startswith(reverse("accounts:login"))


def test_the_waiting_limit_does_not_block_editing(client, alice, question, neurology):
    make_question(neurology, asker=alice, status="open")
    make_question(neurology, asker=alice, status="open")
    client.force_login(alice)

    client.post(url(question), question_data(question, title="Edited at the limit"))

    question.refresh_from_db()
    assert question.title == "Edited at the limit"


def test_saving_an_edit_never_touches_the_answer_fields(client, alice, question):
    client.force_login(alice)
    form_page = client.get(url(question))
    # A moderator adds a headline meanwhile; the asker's save must not erase it.
    Question.objects.filter(pk=question.pk).update(headline="Editorial headline")

    client.post(url(question), question_data(question, title="Asker's change"))

    question.refresh_from_db()
    assert form_page.status_code == 200
    assert question.title == "Asker's change"
    assert question.headline == "Editorial headline"


def test_a_question_answered_meanwhile_is_not_reopened_by_an_edit(client, alice, question):
    from django.utils import timezone

    client.force_login(alice)
    client.get(url(question))
    Question.objects.filter(pk=question.pk).update(status="answered", answered_at=timezone.now())

    response = client.post(url(question), question_data(question, title="Too late"))

    question.refresh_from_db()
    assert response.status_code == 403
    assert question.status == Question.Status.ANSWERED
    assert question.title == "Original title"


def test_saving_the_form_unchanged_keeps_an_approved_question_with_the_doctors(
    client, alice, neurology
):
    question = make_question(neurology, asker=alice, status="open")
    client.force_login(alice)
    form = client.get(reverse("qa:question_edit", args=[question.pk])).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}

    response = client.post(reverse("qa:question_edit", args=[question.pk]), data, follow=True)

    assert "Nothing was changed." in response.content.decode()
    question.refresh_from_db()
    assert question.status == "open"


def test_line_ends_sent_back_by_a_browser_are_not_a_change(client, alice, neurology):
    body = "My lip twitches when I talk.\n\nIt started a week ago. Should I worry?"
    question = make_question(neurology, asker=alice, status="open", body=body)
    client.force_login(alice)
    url = reverse("qa:question_edit", args=[question.pk])
    form = client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}

    response = client.post(url, {**data, "body": body.replace("\n", "\r\n")}, follow=True)

    assert "Nothing was changed." in response.content.decode()
    assert Question.objects.get(pk=question.pk).status == "open"


def test_the_log_names_only_the_fields_the_asker_changed(client, alice, neurology):
    from forum.core.models import Event

    question = make_question(neurology, asker=alice, status="open")
    client.force_login(alice)
    url = reverse("qa:question_edit", args=[question.pk])
    form = client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}

    client.post(url, {**data, "title": "Lip twitching at night", "body": data["body"] + "\r\n"})

    assert Event.objects.get(action="edit").reason == "Changed title"
