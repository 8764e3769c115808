"""A service going down is not an outage of the site: the database gives a 503 page, Redis
and the task broker degrade, and each outage is logged once."""

import logging

import pytest
from django.db import OperationalError, connections
from django.urls import reverse
from kombu.exceptions import OperationalError as BrokerError

from forum.core import background, cache, outages
from forum.qa import viewcounts
from forum.qa.tasks import refresh_derived
from tests.factories import make_answered, make_user

CLOSED_REDIS = "redis://127.0.0.1:1/0"


def outage_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "forum.core.outages"]


def refuse_connections(patch) -> None:
    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    patch.setattr(connections["default"], "cursor", refuse)
    patch.setattr(connections["default"], "is_usable", lambda: False)  # the server is gone


@pytest.fixture
def database_down(db, monkeypatch):
    with monkeypatch.context() as patch:
        refuse_connections(patch)
        yield


def test_a_page_without_its_database_is_a_503_with_retry_after(client, database_down, caplog):
    response = client.get(reverse("qa:home"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Back in a moment" in response.content.decode()
    assert "Log in" in response.content.decode()  # the site's own page, with its header


def test_a_patient_without_the_database_gets_the_503_too(
    client, alice, neurology, settings, monkeypatch
):
    settings.PUBLIC_PAGE_CACHE = True
    url = make_answered(neurology).get_absolute_url()
    client.force_login(alice)
    assert client.get(url).status_code == 200  # and kept for patients

    with monkeypatch.context() as patch:
        refuse_connections(patch)
        response = client.get(url)

    assert response.status_code == 503
    assert "Back in a moment" in response.content.decode()


def test_an_outage_is_logged_once_not_per_request(client, database_down, caplog):
    with caplog.at_level(logging.ERROR):
        for _ in range(5):
            client.get(reverse("qa:home"))

    (line,) = outage_lines(caplog)
    assert line.startswith("The database is unavailable: connection to server")
    assert [r.getMessage() for r in caplog.records] == [line]


def test_readyz_says_all_is_well(client, db):
    response = client.get(reverse("readyz"))

    assert response.status_code == 200
    assert response.content.decode().splitlines() == [
        "database: ok",
        "cache: ok",
        "broker: ok (none: tasks run at once)",
    ]


def test_readyz_names_the_database_when_it_is_down(client, database_down):
    response = client.get(reverse("readyz"))

    assert response.status_code == 503
    assert "database: down (connection to server" in response.content.decode()
    assert "cache: ok" in response.content.decode()


@pytest.fixture
def redis_down(settings):
    """Redis configured on a port where nothing listens."""
    settings.REDIS_URL = CLOSED_REDIS
    settings.CACHES = {
        "default": {"BACKEND": "forum.core.cache.RedisCache", "LOCATION": CLOSED_REDIS}
    }
    viewcounts._redis.cache_clear()
    yield
    viewcounts._redis.cache_clear()


def test_without_redis_readers_patients_and_askers_carry_on(
    client, redis_down, neurology, doctor, caplog
):
    settings_page = make_answered(neurology, doctor=doctor)
    make_user("carol")

    with caplog.at_level(logging.WARNING):
        page = client.get(settings_page.get_absolute_url())
        login = client.post(reverse("accounts:login"), {"username": "carol", "password": "pw"})
        profile = client.get(reverse("accounts:profile"))
        ask = client.get(reverse("qa:ask"))

    assert page.status_code == 200
    assert login.status_code == 302
    assert profile.status_code == 200
    assert ask.status_code == 200
    assert outage_lines(caplog) == [outage_lines(caplog)[0]]
    assert outage_lines(caplog)[0].startswith("Redis is unavailable")
    assert not [r for r in caplog.records if r.exc_info]


def test_without_redis_a_patients_page_asks_it_once(
    client, redis_down, neurology, settings, monkeypatch
):
    settings.PUBLIC_PAGE_CACHE = True
    url = make_answered(neurology).get_absolute_url()
    client.force_login(make_user("carol"))
    outages.outages._last_failure.clear()  # logging in found Redis down already
    asked = []
    real_get_client = cache._ClientPerPool.get_client

    def count(self, *args, **kwargs):
        asked.append(1)
        return real_get_client(self, *args, **kwargs)

    monkeypatch.setattr(cache._ClientPerPool, "get_client", count)
    pages = [client.get(url) for _ in range(2)]

    assert [page.status_code for page in pages] == [200, 200]
    # The first operation fails; the others answer as an empty cache without asking.
    assert len(asked) == 1


def test_readyz_names_the_cache_when_redis_is_down(client, db, redis_down):
    response = client.get(reverse("readyz"))

    assert response.status_code == 503
    assert "cache: down" in response.content.decode()


def test_a_task_runs_at_once_when_the_broker_is_down(db, monkeypatch, caplog):
    ran = []

    def refuse(*args, **kwargs):
        raise BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(refresh_derived, "apply_async", refuse)
    monkeypatch.setattr(refresh_derived, "apply", lambda args, kwargs, **options: ran.append(args))

    with caplog.at_level(logging.ERROR):
        background.enqueue(refresh_derived, [1, 2])
        background.enqueue(refresh_derived, [3])

    assert ran == [([1, 2],), ([3],)]
    assert outage_lines(caplog) == [
        "The task broker is unavailable: Error 111 connecting to 127.0.0.1:6379. "
        "Connection refused."
    ]


def test_a_query_that_fails_on_a_live_database_is_a_500_not_an_outage(db, rf):
    """A missing table or a deadlock raise the same errors; they are bugs to see, not
    outages to hide behind "back in a moment"."""
    request = rf.get("/")
    middleware = outages.DatabaseOutageMiddleware(lambda request: None)

    answer = middleware.process_exception(request, OperationalError("no such table: x"))

    assert answer is None  # Django's 500, with its traceback
