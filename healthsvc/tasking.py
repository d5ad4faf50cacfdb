"""Enqueue Celery tasks only after the transaction commits, and survive a broker outage.

A task enqueued inside a transaction could run before the rows it needs are visible,
or after a rollback for rows that never existed; so every enqueue waits for commit.
If the broker cannot be reached the publish gives up quickly (short connect timeout,
one retry) and the optional `fallback` runs instead, so a patient still gets their
result. Work that must not be lost (expiry, notifications) is recoverable from the
database by periodic sweeps; a lost message only delays it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import InterfaceError, OperationalError, transaction
from kombu.exceptions import OperationalError as KombuOperationalError
from prometheus_client import Counter
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

BROKER_ERRORS = (KombuOperationalError, RedisError, ConnectionError, OSError, TimeoutError)

# Celery options for a task whose transient failures are the database's (a restart, a failover, a lock
# timeout): a few retries with backoff and jitter; anything else fails the task.
RETRY_DATABASE_ERRORS = {
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 2,
    "retry_backoff_max": 30,
    "retry_jitter": True,
    "max_retries": 3,
}

enqueue_failures_total = Counter(
    "healthsvc_task_enqueue_failures_total", "Tasks that could not be sent to the broker, by task.", ["task"]
)


def publish(task, *args, fallback: Callable[[], object] | None = None, **kwargs) -> bool:
    """Send the task now. On a broker failure run `fallback` (if given); True if sent."""
    try:
        task.apply_async(args=args, kwargs=kwargs, retry=True)
        return True
    except BROKER_ERRORS:
        enqueue_failures_total.labels(task=task.name).inc()
        logger.warning("broker unreachable; could not enqueue %s", task.name, exc_info=True)
        if fallback is not None:
            fallback()
        return False


def enqueue_on_commit(task, *args, fallback: Callable[[], object] | None = None, **kwargs) -> None:
    transaction.on_commit(lambda: publish(task, *args, fallback=fallback, **kwargs))
