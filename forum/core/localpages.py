"""A copy of the pages each process served lately, dropped the moment a tag they show changes.

A page from the shared cache costs a round trip to Redis, most of an anonymous cached
reading's time. Each worker therefore keeps the last PUBLIC_PAGE_LOCAL_PAGES pages it got
from there for anonymous readers (only their compressed body when they have one), and
serves them again without asking while they are current. `pagecache.invalidate()`
publishes the tags it changed on a Redis channel; a thread in every process listens to it
and drops the pages that show one of them. While that thread is not subscribed (starting,
or Redis gone), nothing is kept or served from here, and everything is dropped when it
subscribes again, as messages sent meanwhile are lost.

A page read from Redis just before a change and kept just after the change's message would
outlive it; every message therefore starts a new generation, and a page is kept only if the
generation did not change while it was being fetched.
"""

import os
import threading
import time
from collections import OrderedDict

import redis
from django.conf import settings

from .outages import REDIS, outages

CHANNEL = "forum:page-tags"
SEPARATOR = "\n"
RECONNECT_SECONDS = 1.0
HEALTH_CHECK_SECONDS = 10
# As the shared cache's (settings.CACHES): an unreachable Redis costs seconds, not minutes.
CLIENT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 5.0, "socket_keepalive": True}


class LocalPages:
    def __init__(self, redis_url: str, limit: int) -> None:
        self.redis_url = redis_url
        self.limit = limit
        # Channels are shared by all of Redis's databases; each database gets its own.
        self._client = redis.Redis.from_url(redis_url, **CLIENT_OPTIONS)
        database = self._client.get_connection_kwargs().get("db", 0)
        self.channel = f"{CHANNEL}:{database}"
        self._pages: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()
        self._generation = 0
        self._subscribed = threading.Event()
        self._listener_pid = None

    # Reading and keeping pages, from the request threads.

    def generation(self) -> int | None:
        """The generation to pass to `keep()`, or None when nothing may be kept now."""
        self._listen()
        return self._generation if self._subscribed.is_set() else None

    def get(self, key: str):
        if not self._subscribed.is_set():
            return None
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def keep(self, key: str, page, generation: int | None) -> None:
        """Keep a page that was current when `generation()` returned `generation`."""
        if generation is None:
            return
        with self._lock:
            if generation != self._generation or not self._subscribed.is_set():
                return
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.limit:
                self._pages.popitem(last=False)

    # Changes, from any process.

    def publish(self, tags) -> None:
        """Tell every process that these tags changed (this one included, at once)."""
        self.drop(tags)
        try:
            self._client.publish(self.channel, SEPARATOR.join(tags))
        except redis.RedisError as error:
            # The other processes' listeners lost their connection too: they dropped all.
            outages.failed(REDIS, error)

    def drop(self, tags) -> None:
        """Drop the pages that show one of these tags (every page shows the site's)."""
        tags = set(tags)
        with self._lock:
            self._generation += 1
            for key in [key for key, page in self._pages.items() if tags & page.versions.keys()]:
                del self._pages[key]

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._pages.clear()

    # The listener thread, one per process (started in each worker, after a fork).

    def _listen(self) -> None:
        if self._listener_pid == os.getpid():
            return
        with self._lock:
            if self._listener_pid == os.getpid():
                return
            self._listener_pid = os.getpid()
            self._subscribed = threading.Event()
            self._pages.clear()
        threading.Thread(target=self._run, name="local-pages", daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                self._receive()
            except redis.RedisError as error:
                outages.failed(REDIS, error)
            finally:
                self._subscribed.clear()
                self.clear()
            time.sleep(RECONNECT_SECONDS)

    def _receive(self) -> None:
        # Waiting a second at a time lets redis-py ping every HEALTH_CHECK_SECONDS, so a
        # connection that died without a word (a dropped route) fails within seconds
        # instead of leaving this process deaf while it serves its copies.
        client = redis.Redis.from_url(
            self.redis_url, health_check_interval=HEALTH_CHECK_SECONDS, **CLIENT_OPTIONS
        )
        with client.pubsub() as pubsub:
            pubsub.subscribe(self.channel)
            while True:
                message = pubsub.get_message(timeout=1.0)
                if message is None:
                    continue
                if message["type"] == "subscribe":
                    self.clear()
                    self._subscribed.set()
                elif message["type"] == "message":
                    self.drop(message["data"].decode().split(SEPARATOR))

    def wait_until_listening(self, timeout: float = 5.0) -> bool:
        self._listen()
        return self._subscribed.wait(timeout)


_local_pages: LocalPages | None = None


def local_pages() -> LocalPages | None:
    """This process's copy, or None when there is none (no Redis, or switched off)."""
    global _local_pages
    if not settings.REDIS_URL or settings.PUBLIC_PAGE_LOCAL_PAGES <= 0:
        return None
    if _local_pages is None or _local_pages.redis_url != settings.REDIS_URL:
        _local_pages = LocalPages(settings.REDIS_URL, settings.PUBLIC_PAGE_LOCAL_PAGES)
    return _local_pages
