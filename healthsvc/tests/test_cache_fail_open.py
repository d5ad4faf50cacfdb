"""Redis is a cache, not a dependency of serving (issue 11, item 1): with Redis stopped, the cache falls back
to process memory, throttled API endpoints still answer, and the outage is counted once per interval."""

from __future__ import annotations

import redis

from healthsvc import cache as cache_module
from healthsvc.embedded import embedded_redis


def _cache(url: str) -> cache_module.RedisCache:
    return cache_module.RedisCache(url, {"KEY_PREFIX": "t", "OPTIONS": {"socket_connect_timeout": 0.5}})


def test_the_cache_uses_redis_then_falls_back_to_memory_when_redis_stops(tmp_path):
    with embedded_redis(tmp_path) as url:
        cache = _cache(url)
        cache.set("k", "from redis", 60)
        assert cache.get("k") == "from redis"
        assert redis.Redis.from_url(url).exists(cache.make_key("k"))  # really stored in Redis
    # Redis is gone now: no call raises, and the per-process fallback behaves like a cache.
    before = cache_module.dependency_errors_total.labels(dependency="redis")._value.get()
    assert cache.get("k") is None
    assert cache.add("n", 1, 60) is True and cache.incr("n") == 2
    cache.set_many({"a": 1, "b": 2}, 60)
    assert cache.get_many(["a", "b"]) == {"a": 1, "b": 2}
    assert cache.has_key("a") and cache.touch("a", 60)
    cache.delete_many(["a", "b"])
    cache.clear()
    # Counted once for the interval, however many calls failed.
    assert cache_module.dependency_errors_total.labels(dependency="redis")._value.get() == before + 1


def test_throttled_api_endpoints_answer_with_redis_stopped(tmp_path, settings, client_for, patient, drill_figure):
    with embedded_redis(tmp_path) as url:
        pass  # started and stopped: nothing listens on this port any more
    settings.CACHES = {
        "default": {
            "BACKEND": "healthsvc.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    from rest_framework.test import APIClient

    anonymous = APIClient()
    assert anonymous.get("/api/v1/triage/questionnaire/").status_code == 200
    assert anonymous.get("/api/v1/triage/complaints/search/", {"q": "sore throat"}).status_code == 200
    assert client_for(patient).get("/api/v1/me/").status_code == 200
    drill_figure("Redis stopped", "token, questionnaire, search and /me answered 200 through the fallback cache")
