"""Edit history: every edit of a reply, a headline or More Info keeps the text it replaced;
the page says when it was edited; moderators compare the versions and restore one."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from forum.core.models import Event
from forum.dashboard.forms import AnswerForm
from forum.qa import lifecycle
from forum.qa.models import Question, Reply, Revision
from tests.factories import make_answered, make_doctor, make_question, make_user
from tests.forms import answer_data, question_admin_data


@pytest.fixture
def question(neurology, doctor):
    return make_answered(
        neurology,
        doctor=doctor,
        headline="Lip Twitches",
        more_info="Sleep **well**.",
        reply_body="Hello, it is most often harmless.",
    )


@pytest.fixture
def reply(question) -> Reply:
    return question.replies.get()


def change_url(obj) -> str:
    return reverse(f"admin:qa_{obj._meta.model_name}_change", args=[obj.pk])


def restore_url(revision: Revision) -> str:
    return reverse("admin:qa_question_restore", args=[revision.question_id, revision.pk])


def edit_reply(doctor, reply, body: str):
    """The doctor rewrites their reply on the dashboard (in a browser of their own)."""
    client = Client()
    client.force_login(doctor.user)
    return client.post(reverse("dashboard:edit_reply", args=[reply.pk]), {"body": body})


def admin_edit(client, question, **changes):
    return client.post(change_url(question), question_admin_data(question, **changes))


def publish(doctor, question, **changes):
    """A doctor's answer as the dashboard's form sends it, with what they changed."""
    data = answer_data(AnswerForm(question=question), **changes)
    client = Client()
    client.force_login(doctor.user)
    return client.post(reverse("dashboard:answer", args=[question.pk]), data)


def stamp(moment) -> str:
    """How the page shows a date: "<time datetime=...>YYYY/MM/DD</time>"."""
    day = timezone.localtime(moment).strftime("%Y/%m/%d")
    return f'<time datetime="{moment.isoformat(timespec="seconds")}">{day}</time>'


def test_a_doctors_edit_keeps_the_previous_version_with_who_and_when(doctor, reply):
    edit_reply(doctor, reply, "Hello, rest and less coffee.")

    reply.refresh_from_db()
    revision = Revision.objects.get()
    assert (revision.question_id, revision.reply, revision.field) == (
        reply.question_id,
        reply,
        Revision.Field.REPLY,
    )
    assert revision.text == "Hello, it is most often harmless."
    assert revision.edited_by == doctor.user
    assert revision.created_at == reply.edited_at
    assert reply.body == "Hello, rest and less coffee."


def test_every_edit_keeps_the_version_it_replaced(doctor, reply):
    edit_reply(doctor, reply, "Second version.")
    edit_reply(doctor, reply, "Third version.")

    assert list(Revision.objects.values_list("text", flat=True)) == [
        "Second version.",
        "Hello, it is most often harmless.",
    ]


def test_an_unchanged_save_keeps_nothing_and_does_not_say_edited(client, doctor, reply):
    edit_reply(doctor, reply, reply.body)

    reply.refresh_from_db()
    assert not Revision.objects.exists()
    assert reply.edited_at is None
    assert "edited" not in client.get(reply.question.get_absolute_url()).content.decode()
    # Saving it unchanged still says the doctor found it accurate.
    assert reply.reviews.get().outcome == "accurate"


def test_a_doctor_answering_keeps_the_headline_and_more_info_they_replace(neurology, question):
    colleague = make_doctor("Ye Boshou", specialties=[neurology])

    publish(
        colleague,
        question,
        body="I agree.",
        headline="Lip Twitches: When to Worry",
        more_info="Sleep well, drink less coffee.",
    )

    question.refresh_from_db()
    assert question.headline == "Lip Twitches: When to Worry"
    kept = {r.field: (r.text, r.edited_by) for r in Revision.objects.all()}
    assert kept == {
        "headline": ("Lip Twitches", colleague.user),
        "more_info": ("Sleep **well**.", colleague.user),
    }
    assert question.edited_at is not None


def test_a_further_reply_that_leaves_the_page_alone_keeps_nothing(neurology, question):
    publish(make_doctor("Ye Boshou", specialties=[neurology]), question, body="I agree.")

    assert not Revision.objects.exists()
    question.refresh_from_db()
    assert question.edited_at is None


def test_the_first_answer_keeps_the_empty_headline_it_replaces_without_an_edited_date(
    client, neurology, doctor
):
    question = make_question(neurology, status="open")

    publish(doctor, question, body="Most often harmless.", headline="Lip Twitches")

    revision = Revision.objects.get()
    assert (revision.field, revision.text) == ("headline", "")
    question.refresh_from_db()
    assert question.status == "answered"
    assert question.edited_at is None  # it was not public yet
    assert "Page edited" not in client.get(question.get_absolute_url()).content.decode()


def test_a_moderators_edit_in_the_admin_keeps_the_previous_versions(logged_in, moderator, question):
    admin_edit(logged_in, question, headline="Lip Twitches: Causes", more_info="Rest.")

    question.refresh_from_db()
    assert (question.headline, question.more_info) == ("Lip Twitches: Causes", "Rest.")
    kept = {r.field: (r.text, r.edited_by) for r in Revision.objects.all()}
    assert kept == {
        "headline": ("Lip Twitches", moderator),
        "more_info": ("Sleep **well**.", moderator),
    }
    assert question.edited_at is not None


def test_a_moderators_save_that_changes_neither_keeps_nothing(logged_in, question):
    # Browsers send a textarea's line breaks as \r\n.
    Question.objects.filter(pk=question.pk).update(more_info="Sleep.\n\nRest.")
    question.refresh_from_db()

    admin_edit(logged_in, question, title="Lip twitching a lot", more_info="Sleep.\r\n\r\nRest.")

    question.refresh_from_db()
    assert question.title == "Lip twitching a lot"
    assert question.more_info == "Sleep.\n\nRest."
    assert not Revision.objects.exists()
    assert question.edited_at is None


def test_the_public_page_shows_when_the_headline_or_more_info_was_edited(
    logged_in, question, reply, doctor
):
    assert "Page edited" not in Client().get(question.get_absolute_url()).content.decode()
    admin_edit(logged_in, question, more_info="Sleep well and rest.")
    edit_reply(doctor, reply, "Hello, rest and less coffee.")
    question.refresh_from_db()
    reply.refresh_from_db()

    page = Client().get(question.get_absolute_url()).content.decode()

    assert f'<p class="meta page-edited">Page edited {stamp(question.edited_at)}</p>' in page
    assert f"(edited {stamp(reply.edited_at)})" in page


def test_an_edit_before_publication_is_not_dated_on_the_page(logged_in, neurology, alice):
    question = make_question(neurology, status="pending", asker=alice, headline="Draft")

    admin_edit(logged_in, question, headline="Lip Twitches")

    question.refresh_from_db()
    assert Revision.objects.get().text == "Draft"
    assert question.edited_at is None


def test_the_admin_shows_each_version_with_the_differences_highlighted(
    logged_in, moderator, question
):
    admin_edit(logged_in, question, headline="Lip Twitches: Causes")
    question.refresh_from_db()
    admin_edit(logged_in, question, headline="Eyelid Twitches: Causes")

    html = logged_in.get(change_url(question)).content.decode()

    section = html[html.index('id="versions"') :]
    assert "Versions" in section
    # Newest first, each compared with the text that replaced it.
    assert section.index("<del>Lip</del><ins>Eyelid</ins>") < section.index(
        "Lip Twitches<ins>: Causes</ins>"
    )
    assert section.count(">molly</td>") == 2
    assert section.count('data-label="field">headline</td>') == 2
    # Each opens the page that shows what restoring changes, and asks to confirm.
    assert section.count(">Restore…<") == 2


def test_the_admin_escapes_the_texts_it_compares(logged_in, doctor, reply):
    edit_reply(doctor, reply, "<script>alert(1)</script>")
    edit_reply(doctor, reply, "Rest.")

    html = logged_in.get(change_url(reply)).content.decode()

    section = html[html.index('id="versions"') :]
    assert "<del>&lt;script&gt;alert(1)&lt;/script&gt;</del><ins>Rest.</ins>" in section
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>" in section
    assert "<script>alert(1)" not in section


def test_a_replys_change_page_lists_its_versions(logged_in, doctor, reply):
    edit_reply(doctor, reply, "Hello, rest and less coffee.")

    html = logged_in.get(change_url(reply)).content.decode()

    section = html[html.index('id="versions"') :]
    assert 'data-label="field">reply body</td>' in section
    assert f'href="{restore_url(Revision.objects.get())}"' in section
    assert "Hello, <del>it is most often harmless</del><ins>rest and less coffee</ins>." in section


def test_a_page_never_edited_says_so(logged_in, question):
    html = logged_in.get(change_url(question)).content.decode()

    assert "No earlier versions: the headline and More Info were never edited." in html


def test_a_moderator_restores_a_version_of_more_info(
    logged_in, moderator, question, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    admin_edit(logged_in, question, more_info="Drink *less* coffee.")
    revision = Revision.objects.get()
    reader = Client()
    assert "<em>less</em>" in reader.get(question.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = logged_in.post(restore_url(revision), follow=True)

    question.refresh_from_db()
    assert question.more_info == "Sleep **well**."
    assert question.more_info_html == "<p>Sleep <strong>well</strong>.</p>"
    assert timezone.now() - question.edited_at < timedelta(minutes=1)
    newest = Revision.objects.first()
    assert (newest.field, newest.text, newest.edited_by) == (
        "more_info",
        "Drink *less* coffee.",
        moderator,
    )
    event = Event.objects.filter(action="edit").first()
    assert (event.actor, event.target) == (moderator, question)
    assert event.reason == f"Restored the version of {revision.replaced_on} of the More Info"
    assert response.redirect_chain[-1][0] == change_url(question) + "#versions"
    assert f"Restored the version of {revision.replaced_on} of the More Info." in (
        response.content.decode()
    )
    page = reader.get(question.get_absolute_url()).content.decode()
    assert "Sleep <strong>well</strong>." in page and "<em>less</em>" not in page


def test_a_moderator_restores_a_version_of_a_reply(logged_in, moderator, doctor, reply):
    edit_reply(doctor, reply, "Hello, **rest**.")
    revision = Revision.objects.get()

    logged_in.post(restore_url(revision))

    reply.refresh_from_db()
    assert reply.body == "Hello, it is most often harmless."
    assert reply.body_html == "<p>Hello, it is most often harmless.</p>"
    assert reply.edited_at > revision.created_at
    assert Revision.objects.first().text == "Hello, **rest**."
    assert Event.objects.get(action="edit").target == reply
    page = logged_in.get(reply.question.get_absolute_url()).content.decode()
    assert "Hello, it is most often harmless." in page


def test_restoring_the_current_text_changes_nothing(logged_in, question):
    admin_edit(logged_in, question, headline="Lip Twitches: Causes")
    question.refresh_from_db()
    admin_edit(logged_in, question, headline="Lip Twitches")
    oldest = Revision.objects.last()  # "Lip Twitches", the current headline again
    before = Revision.objects.count()

    response = logged_in.post(restore_url(oldest), follow=True)

    assert "That version is the current text: nothing changed." in response.content.decode()
    assert Revision.objects.count() == before
    assert not Event.objects.filter(reason__startswith="Restored").exists()


@pytest.mark.parametrize("who", ["anonymous", "patient", "doctor"])
def test_others_cannot_restore_and_nothing_changes(client, logged_in, question, doctor, who):
    admin_edit(logged_in, question, headline="Lip Twitches: Causes")
    revision = Revision.objects.get()
    client.logout()
    if who == "patient":
        client.force_login(make_user("pat"))
    elif who == "doctor":
        client.force_login(doctor.user)

    response = client.post(restore_url(revision))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    question.refresh_from_db()
    assert question.headline == "Lip Twitches: Causes"
    assert Revision.objects.count() == 1


def test_staff_without_the_right_to_change_questions_cannot_restore(client, staff, question):
    revision = Revision.objects.create(
        question=question, field="headline", text="Old headline", edited_by=staff
    )
    client.force_login(staff)

    assert client.post(restore_url(revision)).status_code == 403
    assert client.get(restore_url(revision)).status_code == 403

    question.refresh_from_db()
    assert question.headline == "Lip Twitches"


def test_a_get_asks_to_confirm_and_restores_nothing(logged_in, question):
    admin_edit(logged_in, question, headline="Lip Twitches: Causes")
    revision = Revision.objects.get()

    html = logged_in.get(restore_url(revision)).content.decode()

    assert "Restore this version?" in html
    assert "Lip Twitches<del>: Causes</del>" in html
    assert '<form method="post">' in html and 'name="csrfmiddlewaretoken"' in html
    question.refresh_from_db()
    assert question.headline == "Lip Twitches: Causes"
    assert Revision.objects.count() == 1


def test_a_restore_without_the_csrf_token_is_refused(moderator, question):
    revision = Revision.objects.create(question=question, field="headline", text="Old headline")
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    assert client.post(restore_url(revision)).status_code == 403

    question.refresh_from_db()
    assert question.headline == "Lip Twitches"


def test_a_revision_of_another_question_is_not_found(logged_in, neurology, question):
    revision = Revision.objects.create(question=question, field="headline", text="Old headline")
    other = make_answered(neurology)

    url = reverse("admin:qa_question_restore", args=[other.pk, revision.pk])

    assert logged_in.post(url).status_code == 404


def test_a_withdrawn_question_loses_its_earlier_versions(logged_in, neurology, alice):
    question = make_question(neurology, status="pending", asker=alice, headline="Draft")
    admin_edit(logged_in, question, headline="Lip Twitches")

    lifecycle.withdraw(Question.objects.get(pk=question.pk), alice)

    assert not Revision.objects.exists()


def test_a_version_holding_personal_data_is_never_restored(logged_in, question):
    admin_edit(logged_in, question, more_info="Call me on 0912 345 678 for the results.")
    question.refresh_from_db()
    admin_edit(logged_in, question, more_info="Ask your own doctor for the results.")
    revision = Revision.objects.filter(text__contains="0912").get()
    url = restore_url(revision)

    page = logged_in.get(url).content.decode()
    assert "Not restorable: personal data" in page and "<mark>0912 345 678</mark>" in page
    assert 'value="Restore this version"' not in page
    kept = Revision.objects.count()
    response = logged_in.post(url, follow=True)

    assert "it was not restored" in response.content.decode()
    assert Revision.objects.count() == kept
    question.refresh_from_db()
    assert question.more_info == "Ask your own doctor for the results."
