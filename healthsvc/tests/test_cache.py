"""The cache backend against the real Redis: it works, and it reuses one client."""

import threading

from django.core.cache import cache


def test_cache_round_trip_on_real_redis():
    cache.set("cache-test-key", {"a": 1}, 30)
    assert cache.get("cache-test-key") == {"a": 1}
    assert cache.add("cache-test-key", "other", 30) is False
    cache.delete("cache-test-key")
    assert cache.get("cache-test-key") is None


def test_one_redis_client_is_reused_across_calls():
    client = cache._cache.get_client(write=True)
    cache.get("cache-test-other")
    assert cache._cache.get_client() is client
    assert cache._cache.get_client(write=True) is client


def test_shared_client_serves_threads():
    errors = []

    def worker(n: int) -> None:
        try:
            for i in range(50):
                cache.set(f"cache-thread-{n}-{i}", i, 30)
                if cache.get(f"cache-thread-{n}-{i}") != i:
                    errors.append((n, i))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    cache.delete_many([f"cache-thread-{n}-{i}" for n in range(8) for i in range(50)])
