import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from forum.accounts.models import Profile
from tests.factories import make_user

URL = reverse("accounts:signup")
GOOD = {
    "username": "newpatient",
    "email": "new@example.org",
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
}


def users():
    return get_user_model().objects


def test_it_creates_the_account_and_its_profile_and_logs_in(client, db):
    response = client.post(URL, GOOD)

    user = users().get(username="newpatient")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    assert user.email == "new@example.org"
    assert Profile.objects.filter(user=user).exists()
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_it_goes_back_to_where_the_visitor_was_going(client, db):
    response = client.post(URL + "?next=/ask/", {**GOOD, "next": "/ask/"})

    assert response["Location"] == "/ask/"


def test_it_never_redirects_to_another_site(client, db):
    response = client.post(URL, {**GOOD, "next": "https://evil.example/"})

    assert response["Location"] == reverse("accounts:profile")


def test_it_refuses_an_email_that_is_taken_in_any_case(client, db):
    make_user("old", email="New@Example.org")

    response = client.post(URL, GOOD)

    assert "An account with this email address already exists" in response.content.decode()
    assert not users().filter(username="newpatient").exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("password1", "123", "This password is too short"),
        ("password1", "password", "This password is too common"),
        ("email", "not-an-email", "Enter a valid email address"),
        ("username", "", "This field is required"),
        ("username", "bad name!", "Enter a valid username"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_kept(client, db, field, value, message):
    data = {**GOOD, field: value}
    if field == "password1":
        data["password2"] = value

    response = client.post(URL, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert not users().exists()
    assert f'value="{data["email"]}"' in html


def test_mismatched_passwords_are_refused(client, db):
    response = client.post(URL, {**GOOD, "password2": "something-else-entirely"})

    assert "The two password fields didn" in response.content.decode()
    assert not users().exists()


def test_signups_from_one_address_are_throttled(client, db, settings):
    settings.SIGNUP_ATTEMPT_LIMIT = 2
    client.post(URL, {**GOOD, "username": "a", "email": "a@example.org", "password2": "x"})
    client.post(URL, {**GOOD, "username": "b", "email": "b@example.org", "password2": "x"})

    response = client.post(URL, GOOD)

    assert "Too many signup attempts" in response.content.decode()
    assert not users().exists()


def test_a_logged_in_user_is_sent_home(client, alice):
    client.force_login(alice)

    assert client.get(URL)["Location"] == reverse("qa:home")


def test_invisible_characters_cannot_make_a_taken_email_look_new(client, db):
    make_user("old", email="new@example.org")

    response = client.post(URL, {**GOOD, "email": "new@example.org\u200b"})

    assert "An account with this email address already exists" in response.content.decode()
    assert not users().filter(username="newpatient").exists()
