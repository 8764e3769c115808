"""Views are counted in memory, added to Redis in batches and stored by the worker."""

import pytest
import redis

from forum.qa import viewcounts
from tests.factories import make_answered

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def question(neurology, doctor):
    return make_answered(neurology, doctor=doctor)


@pytest.fixture
def shared_counts(monkeypatch):
    """Counters in a real Redis (a database of its own), as in production."""
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    monkeypatch.setattr(viewcounts, "_redis", lambda: client)
    yield client
    client.flushdb()


def test_views_wait_in_memory_until_the_next_push(shared_counts, question, monkeypatch):
    monkeypatch.setattr(viewcounts, "PUSH_SECONDS", 3600)
    viewcounts.count_view(question.pk)
    viewcounts.count_view(question.pk)

    assert shared_counts.hgetall(viewcounts.KEY) == {}
    assert viewcounts.pending() == {question.pk: 2}


def test_a_push_adds_them_to_redis_in_one_batch(shared_counts, question, monkeypatch):
    monkeypatch.setattr(viewcounts, "PUSH_SECONDS", 0)
    viewcounts.count_view(question.pk)
    viewcounts.count_view(question.pk)

    assert shared_counts.hgetall(viewcounts.KEY) == {str(question.pk).encode(): b"2"}
    assert viewcounts.pending() == {question.pk: 2}


def test_a_flush_stores_what_was_pushed_and_what_waited(shared_counts, question, monkeypatch):
    monkeypatch.setattr(viewcounts, "PUSH_SECONDS", 0)
    viewcounts.count_view(question.pk)
    monkeypatch.setattr(viewcounts, "PUSH_SECONDS", 3600)
    viewcounts.count_view(question.pk)

    assert viewcounts.flush() == 2

    question.refresh_from_db()
    assert question.view_count == 2
    assert viewcounts.pending() == {}


def test_views_wait_in_memory_while_redis_is_down(question, monkeypatch):
    down = redis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.1)
    monkeypatch.setattr(viewcounts, "_redis", lambda: down)
    monkeypatch.setattr(viewcounts, "PUSH_SECONDS", 0)

    viewcounts.count_view(question.pk)

    assert viewcounts._local == {question.pk: 1}
