"""Django's Redis cache backend: one Redis client per connection pool, and failing open.

Django's client builds a new `redis.Redis` for every cache call, and each one copies
redis-py's table of about 170 response callbacks: on an API request (two throttle calls)
that was about 5 % of its CPU. A `redis.Redis` is safe to share between threads (each
command borrows a connection from the pool), so one per pool is enough.

Redis is a cache here, not a dependency of serving (docs/architecture.md): when it cannot be
reached, every cache call falls back to a per-process memory cache, so throttles keep
working per process and nothing raises to the request. The outage is logged and counted
once per interval, not per request.
"""

from __future__ import annotations

import functools
import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient
from redis.exceptions import RedisError

from healthsvc.metrics import dependency_errors_total

logger = logging.getLogger(__name__)

CACHE_ERRORS = (RedisError, ConnectionError, OSError, TimeoutError)
REPORT_EVERY_SECONDS = 60


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        self._fallback = LocMemCache("healthsvc-cache-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})
        self._last_report = 0.0
        self._report_lock = threading.Lock()

    def _report(self, method: str, exc: BaseException) -> None:
        now = time.monotonic()
        with self._report_lock:
            if now - self._last_report < REPORT_EVERY_SECONDS:
                return
            self._last_report = now
        # Once per interval, not per request: healthsvc_dependency_errors_total{dependency="redis"}.
        dependency_errors_total.labels(dependency="redis").inc()
        logger.warning("Redis cache unreachable (%s: %s); using process memory", method, exc.__class__.__name__)


def _fail_open(name: str):
    redis_method = getattr(DjangoRedisCache, name)

    @functools.wraps(redis_method)
    def method(self, *args, **kwargs):
        try:
            return redis_method(self, *args, **kwargs)
        except CACHE_ERRORS as exc:
            self._report(name, exc)
            return getattr(self._fallback, name)(*args, **kwargs)

    return method


# Every public cache operation Django's Redis backend implements (the others are built on these).
for _name in (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
):
    setattr(RedisCache, _name, _fail_open(_name))
