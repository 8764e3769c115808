import re

from django.core import mail
from django.urls import reverse

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


def test_a_forgotten_password_is_reset_by_email(client, db):
    user = make_user("carol", email="carol@example.org")

    client.post(reverse("accounts:password_reset"), {"email": "carol@example.org"})

    [message] = mail.outbox
    assert message.to == ["carol@example.org"]
    assert message.subject == "Reset your password on Ask a Doctor"
    assert message.alternatives and "Choose a new password" in message.alternatives[0][0]
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", message.body).group(1)
    form_url = client.get(link)["Location"]
    client.post(
        form_url, {"new_password1": "brand-new-passphrase", "new_password2": "brand-new-passphrase"}
    )
    user.refresh_from_db()
    assert user.check_password("brand-new-passphrase")


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})

    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []
