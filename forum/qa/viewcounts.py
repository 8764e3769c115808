"""Question views, counted without writing to the database on a reading.

Each reading adds one to a counter in this process's memory, which is added to counters
in Redis at most every PUSH_SECONDS (and when the process exits), so that a reading costs
no round trip; without REDIS_URL, as in development, the counters stay in memory.
`flush()` adds the counters to Question.view_count, one UPDATE per distinct increment, and
starts them again; the worker runs it every VIEW_COUNT_FLUSH_SECONDS, so the stored count,
and the count that pages and cards show, lags by up to that long and a few seconds.
"""

import atexit
import threading
import time
from collections import Counter, defaultdict
from functools import cache

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import F

from forum.core import pagecache
from forum.core.outages import REDIS, outages

from .models import Question

KEY = "forum:question-views"
FLUSHING = f"{KEY}:flushing"
PUSH_SECONDS = 2.0

_local: Counter[int] = Counter()
_local_lock = threading.Lock()
_pushed_at = time.monotonic()


@cache
def _redis() -> redis.Redis | None:
    return redis.Redis.from_url(settings.REDIS_URL) if settings.REDIS_URL else None


def count_view(question_id: int) -> None:
    with _local_lock:
        _local[question_id] += 1
    if time.monotonic() - _pushed_at >= PUSH_SECONDS:
        push()


def push() -> None:
    """Add this process's counters to Redis's (none without Redis); kept on a failure."""
    global _pushed_at
    client = _redis()
    if client is None:
        return
    with _local_lock:
        counts = dict(_local)
        _local.clear()
        _pushed_at = time.monotonic()
    if not counts:
        return
    try:
        with client.pipeline(transaction=False) as pipeline:
            for question_id, views in counts.items():
                pipeline.hincrby(KEY, str(question_id), views)
            pipeline.execute()
    except redis.RedisError as error:
        outages.failed(REDIS, error)  # the views wait here until it is back
        with _local_lock:
            _local.update(counts)


atexit.register(push)


def pending() -> dict[int, int]:
    """The views counted and not yet stored (in Redis, and here)."""
    with _local_lock:
        totals: Counter[int] = Counter(_local)
    client = _redis()
    if client is not None:
        for key in (FLUSHING, KEY):
            totals.update({int(pk): int(n) for pk, n in client.hgetall(key).items()})
    return dict(totals)


def flush() -> int:
    """Store the counted views; returns how many. A batch whose storing failed is kept
    under its own key and stored first next time."""
    client = _redis()
    if client is None:
        with _local_lock:
            counts = dict(_local)
            _local.clear()
        _store(counts)
        return sum(counts.values())
    push()
    if not client.exists(FLUSHING):
        try:
            client.rename(KEY, FLUSHING)
        except redis.ResponseError:  # nothing counted since the last flush
            return 0
    counts = {int(pk): int(n) for pk, n in client.hgetall(FLUSHING).items()}
    _store(counts)
    client.delete(FLUSHING)
    return sum(counts.values())


def _store(counts: dict[int, int]) -> None:
    by_increment = defaultdict(list)
    for question_id, views in counts.items():
        by_increment[views].append(question_id)
    with transaction.atomic():
        for views, ids in by_increment.items():
            Question.objects.filter(pk__in=ids).update(view_count=F("view_count") + views)
    # The pages and cards that show the counts are made again, once per flush at most.
    pagecache.invalidate(*(f"question:{pk}" for pk in counts))


def count_cached_view(sender, counter: str, **kwargs) -> None:
    """A question page served from the cache is a view too."""
    kind, _, pk = counter.partition(":")
    if kind == "question" and pk.isdigit():
        count_view(int(pk))
