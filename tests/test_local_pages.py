"""Each worker keeps its last cached pages and drops them when Redis announces a change."""

import gzip
import time

import pytest
import redis
from django.test import Client
from django.urls import reverse

from forum.core import localpages, pagecache
from forum.qa import viewcounts
from tests.factories import make_answered, make_user

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def local(settings, monkeypatch):
    """The page cache on, with this process's copy told of changes by a real Redis."""
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    settings.PUBLIC_PAGE_CACHE = True
    settings.REDIS_URL = REDIS_URL
    settings.PUBLIC_PAGE_LOCAL_PAGES = 100
    monkeypatch.setattr(viewcounts, "_redis", lambda: None)  # views stay in memory
    pages = localpages.local_pages()
    assert pages.wait_until_listening()
    pages.clear()
    yield pages
    pages.clear()


@pytest.fixture
def question(neurology, doctor):
    return make_answered(neurology, doctor=doctor, reply_body="Rest the hand and keep a diary.")


def wait_for(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def shared_cache_unavailable(*args, **kwargs):
    raise AssertionError("the shared cache was read")


def test_a_page_read_once_is_served_again_without_reading_the_shared_cache(
    local, question, monkeypatch
):
    url = question.get_absolute_url()
    first = Client().get(url, headers={"accept-encoding": "gzip"})

    monkeypatch.setattr(pagecache.cache, "get_many", shared_cache_unavailable)
    again = Client().get(url, headers={"accept-encoding": "gzip"})
    plain = Client().get(url)

    assert again.status_code == 200
    assert gzip.decompress(again.content) == gzip.decompress(first.content)
    assert again["Content-Encoding"] == "gzip"
    assert "Rest the hand and keep a diary." in plain.content.decode()
    assert "Content-Encoding" not in plain


def test_a_change_announced_by_another_process_drops_the_pages_that_show_it(local, question):
    Client().get(reverse("qa:home"))
    Client().get(question.get_absolute_url())
    assert len(local._pages) == 2

    # What pagecache.invalidate("home") publishes in another worker.
    redis.Redis.from_url(REDIS_URL).publish(local.channel, f"{pagecache.TAG_PREFIX}home")

    assert wait_for(lambda: len(local._pages) == 1)
    (kept,) = local._pages.values()
    assert f"{pagecache.TAG_PREFIX}question:{question.pk}" in kept.versions


def test_a_change_in_this_process_drops_the_pages_at_once(local, question):
    Client().get(question.get_absolute_url())

    pagecache.invalidate(f"question:{question.pk}")

    assert local._pages == {}


def test_a_page_fetched_while_a_change_arrived_is_not_kept(local, question):
    page = pagecache.CachedPage(b"old", "text/html", {"page-tag:site": "0"}, '"e"', 0.0)
    generation = local.generation()

    local.drop(["page-tag:question:1"])
    local.keep("page:old", page, generation)

    assert local.get("page:old") is None


def test_the_oldest_pages_make_room(local):
    local.limit = 2
    generation = local.generation()
    for key in ("a", "b", "c"):
        local.keep(key, pagecache.CachedPage(b"", "text/html", {}, '"e"', 0.0), generation)

    assert list(local._pages) == ["b", "c"]


def test_without_a_subscription_nothing_is_kept_or_served():
    pages = localpages.LocalPages("redis://127.0.0.1:1/0", limit=10)

    assert not pages.wait_until_listening(timeout=0.2)
    pages.keep("a", pagecache.CachedPage(b"", "text/html", {}, '"e"', 0.0), pages.generation())
    assert pages.get("a") is None


def test_a_patients_page_is_kept_in_the_shared_cache_only(local, question):
    url = question.get_absolute_url()
    alice, bob = Client(), Client()
    alice.force_login(make_user("alice"))
    bob.force_login(make_user("bob"))
    alice.get(url)
    assert local._pages == {}

    html = bob.get(url).content.decode()

    assert local._pages == {}
    assert "Rest the hand and keep a diary." in html
    assert "<csrf-token>" not in html and "csrfmiddlewaretoken" in html
