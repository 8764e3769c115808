"""Signing up: an email address, a link by email, a password. The page never says whether
the address already has an account; the email does, to the address's owner only."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from forum.accounts.models import Profile
from forum.core.models import OutgoingEmail
from tests.factories import make_user

URL = reverse("accounts:signup")
PASSWORD = "a-long-unusual-passphrase"


def users():
    return get_user_model().objects


@pytest.fixture
def send_emails(transactional_db):
    """Requests commit, so emails go out as the worker would send them."""


def sign_up(client, email: str, **data):
    return client.post(URL, {"email": email, **data})


def confirm_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/signup/\S+/)", message.body).group(1)


def test_a_new_address_gets_a_link_and_the_account_exists_once_a_password_is_chosen(
    client, db, send_emails
):
    response = sign_up(client, "new@example.org")

    assert response["Location"] == reverse("accounts:signup_sent")
    assert not users().exists()
    [message] = mail.outbox
    assert message.to == ["new@example.org"]
    assert message.subject == "Confirm your email address - Ask a Doctor"
    link = confirm_link(message)

    page = client.get(link)
    done = client.post(link, {"password1": PASSWORD, "password2": PASSWORD})

    user = users().get(email="new@example.org")
    assert "Your address new@example.org is confirmed" in page.content.decode()
    assert done["Location"] == reverse("accounts:profile")
    assert Profile.objects.filter(user=user).exists()
    assert user.check_password(PASSWORD)
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_the_account_then_signs_in_with_its_email_address(client, db, send_emails):
    sign_up(client, "new@example.org")
    client.post(confirm_link(mail.outbox[0]), {"password1": PASSWORD, "password2": PASSWORD})
    client.logout()

    response = client.post(
        reverse("accounts:login"), {"username": "New@Example.org", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_a_taken_address_gets_the_same_page_and_its_owner_an_email(client, db, send_emails):
    make_user("old", email="Taken@Example.org")

    taken = sign_up(client, "taken@example.org")
    new = sign_up(client, "new@example.org")

    assert taken.status_code == new.status_code == 302
    assert taken["Location"] == new["Location"]
    owner, newcomer = mail.outbox
    assert owner.to == ["taken@example.org"]
    assert owner.subject == "You already have an account - Ask a Doctor"
    assert "/accounts/password_reset/" in owner.body
    assert "/accounts/signup/" not in owner.body
    assert newcomer.subject == "Confirm your email address - Ask a Doctor"
    assert users().count() == 1


def test_the_page_reads_the_same_for_a_taken_address(client, db):
    make_user("old", email="taken@example.org")
    sign_up(client, "taken@example.org")
    taken = client.get(reverse("accounts:signup_sent")).content.decode()
    sign_up(client, "new@example.org")
    new = client.get(reverse("accounts:signup_sent")).content.decode()

    assert taken == new


def test_no_email_is_sent_inside_the_request(client, db):
    sign_up(client, "new@example.org")

    assert mail.outbox == []
    assert OutgoingEmail.objects.get().to == "new@example.org"


def test_it_goes_on_to_where_the_visitor_was_going(client, db, send_emails):
    client.post(URL + "?next=/ask/", {"email": "new@example.org", "next": "/ask/"})

    link = confirm_link(mail.outbox[0])
    response = client.post(link, {"password1": PASSWORD, "password2": PASSWORD})

    assert response["Location"] == "/ask/"


def test_it_never_goes_on_to_another_site(client, db, send_emails):
    sign_up(client, "new@example.org", next="https://evil.example/")

    link = confirm_link(mail.outbox[0])
    response = client.post(link, {"password1": PASSWORD, "password2": PASSWORD})

    assert response["Location"] == reverse("accounts:profile")


def test_a_changed_or_old_link_creates_nothing(client, db, send_emails, settings):
    sign_up(client, "new@example.org")
    link = confirm_link(mail.outbox[0])

    changed = client.post(link[:-3] + "x/", {"password1": PASSWORD, "password2": PASSWORD})
    settings.SIGNUP_LINK_DAYS = 0
    old = client.post(link, {"password1": PASSWORD, "password2": PASSWORD})

    assert changed.status_code == old.status_code == 400
    assert "This link is not valid any more" in old.content.decode()
    assert not users().exists()


def test_a_link_used_again_leads_to_the_login(client, db, send_emails):
    sign_up(client, "new@example.org")
    link = confirm_link(mail.outbox[0])
    client.post(link, {"password1": PASSWORD, "password2": PASSWORD})
    client.logout()

    again = client.post(link, {"password1": "another-passphrase-9", "password2": "x"})

    assert again["Location"] == reverse("accounts:login")
    assert users().count() == 1
    assert users().get().check_password(PASSWORD)


@pytest.mark.parametrize(
    ("password1", "password2", "message"),
    [
        ("123", "123", "This password is too short"),
        ("password", "password", "This password is too common"),
        ("new@example.org", "new@example.org", "too similar to the email address"),
        (PASSWORD, "something-else-entirely", "The two password fields didn"),
    ],
)
def test_a_bad_password_is_refused_with_a_message(
    client, db, send_emails, password1, password2, message
):
    sign_up(client, "new@example.org")

    response = client.post(
        confirm_link(mail.outbox[0]), {"password1": password1, "password2": password2}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not users().exists()


@pytest.mark.parametrize(
    ("email", "message"),
    [("not-an-email", "Enter a valid email address"), ("", "This field is required")],
)
def test_a_bad_address_is_refused_with_a_message_and_kept(client, db, email, message):
    response = sign_up(client, email)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert f'value="{email}"' in response.content.decode() or not email
    assert not OutgoingEmail.objects.exists()


def test_signups_from_one_address_are_throttled(client, db, settings):
    settings.SIGNUP_ATTEMPT_LIMIT = 2
    sign_up(client, "a@example.org")
    sign_up(client, "b@example.org")

    response = sign_up(client, "c@example.org")

    assert "Too many signup attempts" in response.content.decode()
    assert OutgoingEmail.objects.count() == 2


def test_a_logged_in_user_is_sent_home(client, alice):
    client.force_login(alice)

    assert client.get(URL)["Location"] == reverse("qa:home")


def test_invisible_characters_cannot_make_a_taken_address_look_new(client, db, send_emails):
    make_user("old", email="new@example.org")

    sign_up(client, "new@example.org\u200b")

    assert mail.outbox[0].subject == "You already have an account - Ask a Doctor"
