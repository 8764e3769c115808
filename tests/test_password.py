import re

import pytest
from django.core import mail
from django.urls import reverse

from forum.core.models import OutgoingEmail
from tests.factories import make_user


def test_a_patient_changes_their_password(client, db):
    user = make_user("carol")
    client.force_login(user)

    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "pw",
            "new_password1": "another-long-passphrase",
            "new_password2": "another-long-passphrase",
        },
    )

    user.refresh_from_db()
    assert response["Location"] == reverse("accounts:password_change_done")
    assert user.check_password("another-long-passphrase")


def test_a_wrong_old_password_changes_nothing(client, db):
    user = make_user("carol")
    client.force_login(user)

    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "nope",
            "new_password1": "x-long-pass-1",
            "new_password2": "x-long-pass-1",
        },
    )

    user.refresh_from_db()
    assert "Your old password was entered incorrectly" in response.content.decode()
    assert user.check_password("pw")


def test_a_forgotten_password_is_reset_by_email(
    client, db, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://forum.example.org"
    user = make_user("carol", email="carol@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("accounts:password_reset"),
            {"email": "carol@example.org"},
            headers={"host": "127.0.0.1"},  # the link must not follow the request's host
        )

    [message] = mail.outbox
    assert message.to == ["carol@example.org"]
    assert message.subject == "Reset your password on Ask a Doctor"
    assert message.alternatives and "Choose a new password" in message.alternatives[0][0]
    link = re.search(r"https://forum.example.org(/accounts/reset/\S+/)", message.body).group(1)
    form_url = client.get(link)["Location"]
    client.post(
        form_url, {"new_password1": "brand-new-passphrase", "new_password2": "brand-new-passphrase"}
    )
    user.refresh_from_db()
    assert user.check_password("brand-new-passphrase")


def test_an_unknown_address_gets_the_same_answer_and_no_email(
    client, db, django_capture_on_commit_callbacks
):
    make_user("carol", email="carol@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(reverse("accounts:password_reset"), {"email": "carol@example.org"})
        unknown = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})

    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == known["Location"] == reverse("accounts:password_reset_done")
    assert [message.to for message in mail.outbox] == [["carol@example.org"]]


def test_no_mail_is_sent_inside_the_request(client, db, monkeypatch):
    """The request only writes the email; the worker sends it (here: no commit, no send)."""
    make_user("carol", email="carol@example.org")

    client.post(reverse("accounts:password_reset"), {"email": "carol@example.org"})

    assert mail.outbox == []
    assert OutgoingEmail.objects.get().to == "carol@example.org"


@pytest.mark.parametrize("email", ["carol@example.org", "nobody@example.org"])
def test_resets_are_limited_per_address_whether_it_has_an_account_or_not(
    client, db, settings, email
):
    settings.RESET_EMAIL_LIMIT = 2
    make_user("carol", email="carol@example.org")
    for n in range(2):
        client.post(reverse("accounts:password_reset"), {"email": email}, REMOTE_ADDR=f"10.0.0.{n}")

    refused = client.post(
        reverse("accounts:password_reset"), {"email": email}, REMOTE_ADDR="10.0.0.9"
    )

    assert refused.status_code == 200
    assert "Too many password resets" in refused.content.decode()
    assert OutgoingEmail.objects.filter(to=email).count() == (2 if email.startswith("carol") else 0)


def test_resets_are_limited_per_client(client, db, settings):
    settings.RESET_CLIENT_LIMIT = 3
    for n in range(3):
        client.post(reverse("accounts:password_reset"), {"email": f"person{n}@example.org"})

    refused = client.post(reverse("accounts:password_reset"), {"email": "another@example.org"})

    assert "Too many password resets" in refused.content.decode()


@pytest.mark.parametrize(
    ("email", "message"),
    [("not-an-address", "Enter a valid email"), ("", "This field is required")],
)
def test_a_bad_address_is_refused_with_a_message_and_sends_nothing(
    client, db, settings, email, message
):
    settings.RESET_CLIENT_LIMIT = 1
    response = client.post(reverse("accounts:password_reset"), {"email": email})
    after = client.post(reverse("accounts:password_reset"), {"email": "carol@example.org"})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert after.status_code == 302  # the refused try did not count against the client
    assert OutgoingEmail.objects.count() == 0  # nobody has the address carol@example.org
