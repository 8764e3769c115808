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
    assert "Please enter a correct email address (or username)" in response.content.decode()
    assert 'value="carol"' in response.content.decode()


def fail(client, username: str, times: int, address: str = "10.0.0.1", url: str = URL):
    for _ in range(times):
        client.post(url, {"username": username, "password": "nope"}, REMOTE_ADDR=address)


def test_repeated_failures_lock_the_account_from_that_address(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("carol")
    fail(client, "carol", 3)

    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.1")

    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert "for 15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_stranger_cannot_lock_a_patient_out(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("carol")
    fail(client, "carol", 10, address="203.0.113.66")

    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.9")

    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_the_admin_login_is_locked_too(client, moderator, settings):
    settings.AXES_FAILURE_LIMIT = 5
    admin_login = reverse("admin:login")
    fail(client, moderator.username, 30, url=admin_login)

    response = client.post(
        admin_login,
        {"username": moderator.username, "password": "pw", "next": "/admin/"},
        REMOTE_ADDR="10.0.0.1",
    )

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_failures_at_the_admin_and_the_site_count_together(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 4
    make_user("carol")
    fail(client, "carol", 2, url=reverse("admin:login"))
    fail(client, "carol", 2)

    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.1")

    assert response.status_code == 429


def test_moderators_see_and_lift_lockouts_in_the_admin(client, moderator, settings):
    from axes.models import AccessAttempt

    settings.AXES_FAILURE_LIMIT = 3
    make_user("carol")
    fail(client, "carol", 3)
    client.force_login(moderator)

    listing = client.get(reverse("admin:axes_accessattempt_changelist"))
    attempt = AccessAttempt.objects.get(username="carol")
    client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    client.logout()
    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.1")

    assert listing.status_code == 200
    assert "carol" in listing.content.decode()
    assert response.status_code == 302


def test_a_success_forgives_earlier_failures(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("carol")
    fail(client, "carol", 2)
    client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.1")
    client.logout()

    fail(client, "carol", 2)
    response = client.post(URL, {"username": "carol", "password": "pw"}, REMOTE_ADDR="10.0.0.1")

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


def test_a_new_password_by_email_lifts_the_accounts_lock(
    client, db, settings, django_capture_on_commit_callbacks
):
    import re

    from django.core import mail

    settings.AXES_FAILURE_LIMIT = 2
    make_user("carol", email="carol@example.org")
    fail(client, "carol", 2)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:password_reset"), {"email": "carol@example.org"})
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    new = "brand-new-passphrase"
    client.post(form_url, {"new_password1": new, "new_password2": new})

    response = client.post(URL, {"username": "carol", "password": new}, REMOTE_ADDR="10.0.0.1")

    assert response.status_code == 302


def test_behind_a_proxy_the_forwarded_address_is_locked_not_the_proxy(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 2
    settings.TRUSTED_PROXIES = 1
    make_user("dave")
    for _ in range(2):
        client.post(
            URL,
            {"username": "dave", "password": "nope"},
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
    assert same_visitor.status_code == 429


def test_a_forged_forwarded_address_is_not_trusted(client, db, settings):
    """Whatever the header says, the address recorded is a real one (PostgreSQL stores it
    in an address column, which refuses anything else)."""
    settings.TRUSTED_PROXIES = 1
    make_user("dave")

    response = client.post(
        URL,
        {"username": "dave", "password": "nope"},
        REMOTE_ADDR="10.0.0.254",
        HTTP_X_FORWARDED_FOR="not-an-address",
    )

    from axes.models import AccessAttempt

    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address == "10.0.0.254"


def test_logins_made_inside_the_process_have_no_address(client, alice):
    client.force_login(alice)  # as the tests and management code log people in

    assert client.get(reverse("accounts:profile")).status_code == 200
