from django.urls import reverse

from tests.factories import make_user

URL = reverse("accounts:login")


def test_a_patient_logs_in_and_goes_back_to_ask(client, db):
    make_user("carol")

    response = client.post(URL, {"username": "carol", "password": "pw", "next": "/ask/"})

    assert response["Location"] == "/ask/"


def test_a_wrong_password_is_refused_with_a_message(client, db):
    make_user("carol")

    response = client.post(URL, {"username": "carol", "password": "nope"})

    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert 'value="carol"' in response.content.decode()


def test_repeated_failures_lock_the_account_even_with_the_right_password(client, db, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    make_user("carol")
    for _ in range(3):
        client.post(URL, {"username": "carol", "password": "nope"}, REMOTE_ADDR="10.0.0.1")

    # From another address too: the account itself is throttled.
    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.9")

    assert "Too many failed logins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_from_one_address_lock_that_address(client, db, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    make_user("dave")
    for name in ["x", "y", "z"]:
        client.post(URL, {"username": name, "password": "nope"}, REMOTE_ADDR="10.0.0.2")

    response = client.post(URL, {"username": "dave", "password": "pw"}, REMOTE_ADDR="10.0.0.2")

    assert "Too many failed logins" in response.content.decode()


def test_a_success_forgives_earlier_failures_of_the_account(client, db, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    make_user("carol")
    for _ in range(2):
        client.post(URL, {"username": "carol", "password": "nope"}, REMOTE_ADDR="10.0.0.1")
    client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.3")
    client.logout()

    client.post(URL, {"username": "carol", "password": "nope"}, REMOTE_ADDR="10.0.0.4")
    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.5")

    assert response.status_code == 302


def test_logout_needs_a_post(client, alice):
    client.force_login(alice)

    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))

    assert response["Location"] == reverse("qa:home")
    assert "_auth_user_id" not in client.session


def test_the_login_page_carries_the_forum_name_not_the_host(client, db):
    html = client.get(URL).content.decode()

    assert "Ask a Doctor</a>" in html
    assert "testserver</a>" not in html


def test_a_new_password_by_email_lifts_the_accounts_lock(client, db, settings):
    import re

    from django.core import mail

    settings.LOGIN_FAILURE_LIMIT = 2
    make_user("carol", email="carol@example.org")
    for _ in range(2):
        client.post(URL, {"username": "carol", "password": "nope"}, REMOTE_ADDR="10.0.0.1")
    client.post(reverse("accounts:password_reset"), {"email": "carol@example.org"})
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    new = "brand-new-passphrase"
    client.post(form_url, {"new_password1": new, "new_password2": new})

    response = client.post(URL, {"username": "carol", "password": new}, REMOTE_ADDR="10.0.0.7")

    assert response.status_code == 302


def test_behind_a_proxy_the_forwarded_address_is_throttled_not_the_proxy(client, db, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    settings.TRUSTED_PROXIES = 1
    make_user("dave")
    for name in ["x", "y"]:
        client.post(
            URL,
            {"username": name, "password": "nope"},
            REMOTE_ADDR="10.0.0.254",
            HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9",  # the first part is the client's own
        )

    other_visitor = client.post(
        URL,
        {"username": "dave", "password": "pw"},
        REMOTE_ADDR="10.0.0.254",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    client.logout()
    same_visitor = client.post(
        URL,
        {"username": "dave", "password": "pw"},
        REMOTE_ADDR="10.0.0.254",
        HTTP_X_FORWARDED_FOR="5.6.7.8, 203.0.113.9",
    )

    assert other_visitor.status_code == 302
    assert "Too many failed logins" in same_visitor.content.decode()
