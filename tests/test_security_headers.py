"""Every page is sent with the headers a trusted site sends (Mozilla Observatory's checks)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_answered, make_user

REQUIRED_POLICY = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'none'"},
    "frame-ancestors": {"'none'"},
    "form-action": {"'self'"},
}
# Referrer policies the Observatory passes.
PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}


def policy(response) -> dict[str, set[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


@pytest.fixture
def https():
    """A browser reaching the site over HTTPS, through its proxy (SECURE_PROXY_SSL_HEADER)."""
    return Client(secure=True, HTTP_X_FORWARDED_PROTO="https")


@pytest.fixture
def question(neurology, doctor):
    return make_answered(neurology, doctor=doctor)


def assert_trusted_headers(response) -> None:
    directives = policy(response)
    for name, sources in REQUIRED_POLICY.items():
        assert directives[name] == sources, name
    assert not any("unsafe" in source for sources in directives.values() for source in sources)
    hsts = dict(
        part.strip().partition("=")[::2]
        for part in response["Strict-Transport-Security"].split(";")
    )
    assert int(hsts["max-age"]) >= 182 * 24 * 3600
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] in PRIVATE_REFERRERS
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("page", ["home", "question", "login", "signup", "ask"])
def test_pages_carry_the_headers(https, question, page):
    url = {
        "home": reverse("qa:home"),
        "question": question.get_absolute_url(),
        "login": reverse("accounts:login"),
        "signup": reverse("accounts:signup"),
        "ask": reverse("accounts:login") + "?next=/ask/",
    }[page]

    assert_trusted_headers(https.get(url))


def test_cached_pages_and_the_admin_carry_them_too(https, question, moderator, settings):
    settings.PUBLIC_PAGE_CACHE = True
    https.get(question.get_absolute_url())
    cached = https.get(question.get_absolute_url())
    https.force_login(moderator)
    admin = https.get(reverse("admin:index"))

    assert_trusted_headers(cached)
    assert_trusted_headers(admin)


def test_cookies_are_secure_http_only_and_same_site(https, db):
    make_user("carol")
    https.get(reverse("accounts:login"))
    response = https.post(reverse("accounts:login"), {"username": "carol", "password": "pw"})

    session = response.cookies["sessionid"]
    csrf = response.cookies["csrftoken"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert csrf["secure"] and csrf["samesite"] == "Lax"
