import pytest
from django.urls import reverse

from tests.factories import make_answered, make_doctor


@pytest.fixture
def reply(neurology, doctor):
    return make_answered(neurology, doctor=doctor, title="Lip twitching").replies.get()


def url(reply) -> str:
    return reverse("dashboard:edit_reply", args=[reply.pk])


def test_a_doctor_edits_their_reply_and_the_page_says_edited(client, doctor, reply):
    client.force_login(doctor.user)

    response = client.post(url(reply), {"body": "Updated advice, **with care**.", "save": "1"})

    reply.refresh_from_db()
    assert response["Location"] == reply.get_absolute_url()
    assert reply.body == "Updated advice, **with care**."
    assert reply.edited_at is not None
    page = client.get(reply.question.get_absolute_url()).content.decode()
    assert "<strong>with care</strong>" in page
    edited = reply.edited_at
    stamp = f'<time datetime="{edited.isoformat(timespec="seconds")}">{edited:%Y/%m/%d}</time>'
    assert f"(edited {stamp})" in page


def test_an_unedited_reply_does_not_say_edited(client, reply):
    assert "edited" not in client.get(reply.question.get_absolute_url()).content.decode()


def test_bad_input_changes_nothing(client, doctor, reply):
    client.force_login(doctor.user)
    before = reply.body

    response = client.post(url(reply), {"body": "   ", "save": "1"})

    reply.refresh_from_db()
    assert "This field is required." in response.content.decode()
    assert reply.body == before
    assert reply.edited_at is None


def test_the_preview_shows_the_change_without_saving(client, doctor, reply):
    client.force_login(doctor.user)

    response = client.post(url(reply), {"body": "*new* <script>x()</script>", "preview": "1"})

    reply.refresh_from_db()
    assert "<em>new</em>" in response.content.decode()
    assert "<script>x()" not in response.content.decode()
    assert reply.edited_at is None


def test_another_doctor_cannot_edit_it(client, neurology, reply):
    other = make_doctor("Ye Boshou", specialties=[neurology])
    client.force_login(other.user)

    assert client.get(url(reply)).status_code == 403
    assert client.post(url(reply), {"body": "Hijacked", "save": "1"}).status_code == 403
    reply.refresh_from_db()
    assert reply.body != "Hijacked"


def test_an_unknown_reply_is_a_404(client, doctor):
    client.force_login(doctor.user)

    assert client.get(reverse("dashboard:edit_reply", args=[999999])).status_code == 404


def test_my_answers_lists_the_doctors_replies_newest_first(
    client, neurology, doctor, django_assert_num_queries
):
    other = make_doctor("Ye Boshou", specialties=[neurology])
    for n in range(3):
        make_answered(neurology, doctor=doctor, title=f"Mine {n}", days_ago=n + 1)
    make_answered(neurology, doctor=other, title="Not mine")
    client.force_login(doctor.user)

    with django_assert_num_queries(3):
        html = client.get(reverse("dashboard:my_answers")).content.decode()

    assert "Not mine" not in html
    assert html.index("Mine 0") < html.index("Mine 1") < html.index("Mine 2")
