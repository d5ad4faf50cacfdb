"""A circuit breaker whose state every process shares through the cache (Redis).

Closed: calls go through, and consecutive failures are counted. After `failure_threshold` of them it opens:
for `cooldown_seconds` no call is made at all, so a PMS that is down is not hammered by every worker and
sweep, and callers learn at once when to try again. Then it is half-open: one caller at a time is let
through as a trial (an atomic add, SET NX in Redis); its success closes the breaker, its failure opens it for
another cool-down.

The state lives in the project's cache (healthsvc/cache.py), so all web and worker processes see one breaker.
When Redis is down that cache fails open to process memory, and each process then keeps a breaker of its own:
still a breaker, only counted per process until Redis is back.
"""

from __future__ import annotations

import logging
import math
import time

from django.core.cache import caches

from healthsvc.pms.metrics import circuit_opened_total

logger = logging.getLogger(__name__)

# Keys outlive any sensible cool-down, but not for ever: a breaker nobody uses any more leaves nothing behind.
STATE_TTL_SECONDS = 24 * 3600


class CircuitOpen(Exception):
    """The call was not made: the breaker is open (or another caller holds the half-open trial)."""

    def __init__(self, retry_at: float):
        self.retry_at = retry_at
        super().__init__(f"circuit open until {time.strftime('%H:%M:%S', time.gmtime(retry_at))} UTC")


class CircuitBreaker:
    def __init__(
        self,
        name: str,
        *,
        failure_threshold: int,
        cooldown_seconds: float,
        trial_seconds: float,
        cache_alias: str = "default",
        cache=None,
    ):
        """trial_seconds: how long a half-open trial call may take; if its caller dies, another may try after."""
        self.name = name
        self.failure_threshold = max(1, failure_threshold)
        self.cooldown_seconds = cooldown_seconds
        self.trial_seconds = trial_seconds
        self._cache_alias = cache_alias
        self._cache = cache
        self._failures_key = f"breaker:{name}:failures"
        self._open_until_key = f"breaker:{name}:open-until"
        self._trial_key = f"breaker:{name}:trial"

    @property
    def cache(self):
        # Looked up on use, not kept: the cache handler is per thread, and tests swap settings.CACHES.
        return self._cache if self._cache is not None else caches[self._cache_alias]

    def state(self) -> str:
        """closed, open or half_open (the cool-down is over: the next call is a trial)."""
        open_until = self.cache.get(self._open_until_key)
        if open_until is None:
            return "closed"
        return "open" if time.time() < open_until else "half_open"

    def before_call(self) -> None:
        """Raise CircuitOpen unless a call may be made now."""
        open_until = self.cache.get(self._open_until_key)
        if open_until is None:
            return
        now = time.time()
        if now < open_until:
            raise CircuitOpen(open_until)
        if not self.cache.add(self._trial_key, now, timeout=math.ceil(self.trial_seconds)):
            raise CircuitOpen(now + self.trial_seconds)

    def record_success(self) -> None:
        if self.cache.get(self._open_until_key) is not None:
            logger.info("circuit %s closed: the trial call succeeded", self.name)
        self.cache.delete_many([self._failures_key, self._open_until_key, self._trial_key])

    def record_failure(self) -> None:
        if self.cache.get(self._open_until_key) is not None:
            # The half-open trial failed (or a call that started before the breaker opened): another cool-down.
            self._open(reason="the trial call failed")
            return
        self.cache.add(self._failures_key, 0, timeout=STATE_TTL_SECONDS)
        try:
            failures = self.cache.incr(self._failures_key)
        except ValueError:  # the key expired or was deleted between add and incr
            failures = 1
            self.cache.set(self._failures_key, failures, timeout=STATE_TTL_SECONDS)
        if failures >= self.failure_threshold:
            self._open(reason=f"{failures} failures in a row")

    def _open(self, *, reason: str) -> None:
        open_until = time.time() + self.cooldown_seconds
        self.cache.set(self._open_until_key, open_until, timeout=STATE_TTL_SECONDS)
        self.cache.delete_many([self._failures_key, self._trial_key])
        circuit_opened_total.labels(circuit=self.name).inc()
        logger.warning("circuit %s opened for %.1f s: %s", self.name, self.cooldown_seconds, reason)
