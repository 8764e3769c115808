"""Django's Redis cache, keeping one client per connection pool, and carrying on without Redis.

Django's backend makes a new redis-py client for every operation; building one costs more
than a cached page's whole round trip to Redis. A client is safe to share between threads
(its pool hands each command a connection), so each pool keeps one.

Redis is a cache here, so its outage is not the site's: while it cannot be reached, every
operation answers as an empty cache would (a miss, nothing stored, a counter starting
again), and the log gets one line per outage (forum.core.outages). Sessions are then read
from the database, pages made afresh, and throttling counts from zero. After a failure,
Redis is not asked again for RETRY_SECONDS: a Redis that stops answering (rather than
refusing) costs a page one timeout, not one per cache operation.
"""

import functools

import redis
from django.core.cache.backends import redis as django_redis

from .outages import REDIS, outages

RETRY_SECONDS = 2.0

# What each operation answers while Redis is unreachable, given the operation's arguments.
_EMPTY_CACHE_ANSWERS = {
    "add": lambda key, value, timeout: False,
    "get": lambda key, default: default,
    "set": lambda key, value, timeout: None,
    "touch": lambda key, timeout: False,
    "delete": lambda key: False,
    "get_many": lambda keys: {},
    "has_key": lambda key: False,
    "incr": lambda key, delta: _raise(ValueError(f"Key '{key}' not found.")),
    "set_many": lambda data, timeout: None,
    "delete_many": lambda keys: None,
    "clear": lambda: False,
}


def _raise(error: Exception):
    raise error


def _answering_without_redis(name: str, method):
    @functools.wraps(method)
    def operation(self, *args, **kwargs):
        if not outages.failed_within(REDIS, RETRY_SECONDS):
            try:
                return method(self, *args, **kwargs)
            except (redis.ConnectionError, redis.TimeoutError) as error:
                outages.failed(REDIS, error)
        return _EMPTY_CACHE_ANSWERS[name](*args, **kwargs)

    return operation


class _ClientPerPool(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


for _name in _EMPTY_CACHE_ANSWERS:
    setattr(
        _ClientPerPool,
        _name,
        _answering_without_redis(_name, getattr(django_redis.RedisCacheClient, _name)),
    )


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ClientPerPool
