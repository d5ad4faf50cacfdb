"""The circuit breaker: opens after N failures and stops calling, half-opens after the cool-down, shares its state
through Redis, and keeps working per process when Redis is down."""

from __future__ import annotations

import time

import pytest
import redis
from django.conf import settings
from django.core.cache import cache

from healthsvc import cache as cache_module
from healthsvc.pms.breaker import CircuitBreaker, CircuitOpen
from healthsvc.pms.client import PMSUnavailable, pms_breaker, pms_client
from healthsvc.pms.tests.conftest import add_ada


def _fail(times: int) -> None:
    for _ in range(times):
        with pytest.raises(PMSUnavailable):
            pms_client().patient_read("pat-ada")


def test_opens_after_n_failures_and_stops_calling_then_half_opens_after_the_cool_down(pms):
    add_ada(pms)
    pms.mode = "error"
    _fail(2)
    assert pms_breaker().state() == "closed"
    _fail(1)  # the third failure in a row (PMS_BREAKER_FAILURES)
    assert pms_breaker().state() == "open" and pms.calls == 3

    for _ in range(5):
        with pytest.raises(CircuitOpen) as refused:
            pms_client().patient_read("pat-ada")
    assert pms.calls == 3  # nothing was sent while open
    assert 0 < refused.value.retry_at - time.time() <= settings.PMS_BREAKER_COOLDOWN_SECONDS

    time.sleep(settings.PMS_BREAKER_COOLDOWN_SECONDS + 0.1)
    assert pms_breaker().state() == "half_open"
    _fail(1)  # the trial call goes through, fails, and opens the breaker for another cool-down
    assert pms.calls == 4 and pms_breaker().state() == "open"

    time.sleep(settings.PMS_BREAKER_COOLDOWN_SECONDS + 0.1)
    pms.mode = "ok"
    assert pms_client().patient_read("pat-ada")["id"] == "pat-ada"  # the trial succeeds: closed again
    assert pms_breaker().state() == "closed"
    assert pms_client().patient_read("pat-ada")["id"] == "pat-ada"
    assert pms.calls == 6


def test_half_open_lets_one_trial_through_at_a_time(pms):
    breaker = pms_breaker()
    for _ in range(settings.PMS_BREAKER_FAILURES):
        breaker.record_failure()
    time.sleep(settings.PMS_BREAKER_COOLDOWN_SECONDS + 0.1)
    breaker.before_call()  # the trial
    with pytest.raises(CircuitOpen):
        pms_breaker().before_call()  # another caller, meanwhile
    breaker.record_success()
    pms_breaker().before_call()


def test_a_success_resets_the_count_of_failures_in_a_row(pms):
    add_ada(pms)
    pms.mode = "error"
    _fail(2)
    pms.mode = "ok"
    pms_client().patient_read("pat-ada")
    pms.mode = "error"
    _fail(2)
    assert pms_breaker().state() == "closed"


def test_a_not_found_is_the_pms_working_not_a_failure(pms):
    from healthsvc.pms.client import PMSNotFound

    for _ in range(settings.PMS_BREAKER_FAILURES + 1):
        with pytest.raises(PMSNotFound):
            pms_client().patient_read("nobody")
    assert pms_breaker().state() == "closed"


def test_the_state_is_shared_through_redis_by_every_process(pms):
    add_ada(pms)
    pms.mode = "error"
    _fail(settings.PMS_BREAKER_FAILURES)
    # Another process builds its own breaker: it reads the same keys in the real Redis.
    key = cache.make_and_validate_key("breaker:pms:open-until")
    assert redis.Redis.from_url(settings.REDIS_URL).exists(key)
    with pytest.raises(CircuitOpen):
        pms_breaker().before_call()


def test_with_redis_down_each_process_keeps_a_breaker_of_its_own(closed_port):
    dead = cache_module.RedisCache(
        f"redis://127.0.0.1:{closed_port}/0",
        {"KEY_PREFIX": "t", "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}},
    )
    breaker = CircuitBreaker("pms", failure_threshold=2, cooldown_seconds=0.5, trial_seconds=1, cache=dead)
    breaker.before_call()
    breaker.record_failure()
    breaker.record_failure()  # no Redis error reaches the caller: the count is kept in process memory
    assert breaker.state() == "open"
    with pytest.raises(CircuitOpen):
        breaker.before_call()
    time.sleep(0.6)
    breaker.before_call()  # half-open: the trial
    breaker.record_success()
    assert breaker.state() == "closed"
