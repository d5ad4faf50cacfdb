"""Readiness checks: can this process serve traffic right now?

Each check returns (ok, detail) and must be quick: every probe has a short timeout,
so a dead dependency makes /readyz answer promptly rather than hang.

Only what this replica cannot serve without takes it out of the load balancer (503): the
database (nothing works without it) and the schema its code expects. Redis and Celery beat
are not needed to serve: the cache falls back to process memory, triage runs inline and
notices wait in the outbox. Failing readiness for them would empty the load balancer of
every replica at once (they share Redis and beat) while each could still serve, so they are
reported as "degraded" with 200 and alerted on from /metrics (docs/operations.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import redis
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from healthsvc.db_deadline import WATCHDOG

CheckResult = tuple[bool, str]

# Once every migration is seen applied, recheck only now and then: the plan is costly.
_MIGRATIONS_RECHECK_SECONDS = 60
_migrations_ok_until = 0.0


def check_database() -> CheckResult:
    if WATCHDOG.failing_fast():
        return False, "a database call missed its client deadline moments ago (frozen or unreachable server)"
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
    return True, "ok"


def check_redis() -> CheckResult:
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_connect_timeout=settings.REDIS_SOCKET_TIMEOUT,
        socket_timeout=settings.REDIS_SOCKET_TIMEOUT,
    )
    try:
        client.ping()
    finally:
        client.close()
    return True, "ok"


def check_migrations() -> CheckResult:
    global _migrations_ok_until
    if time.monotonic() < _migrations_ok_until:
        return True, "ok"
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        return False, f"{len(plan)} migration(s) not applied"
    _migrations_ok_until = time.monotonic() + _MIGRATIONS_RECHECK_SECONDS
    return True, "ok"


def heartbeat_age_seconds() -> float | None:
    from healthsvc.models import Heartbeat
    from healthsvc.tasks import BEAT_HEARTBEAT

    at = Heartbeat.objects.filter(name=BEAT_HEARTBEAT).values_list("at", flat=True).first()
    return None if at is None else max(0.0, (timezone.now() - at).total_seconds())


def check_heartbeat() -> CheckResult:
    age = heartbeat_age_seconds()
    if age is None:
        return False, "no heartbeat recorded yet (is celery beat running?)"
    if age > settings.HEARTBEAT_STALE_AFTER_SECONDS:
        return False, f"last heartbeat {age:.0f}s ago (stale after {settings.HEARTBEAT_STALE_AFTER_SECONDS}s)"
    return True, f"{age:.0f}s ago"


CHECKS: dict[str, Callable[[], CheckResult]] = {
    "database": check_database,
    "redis": check_redis,
    "migrations": check_migrations,
    "celery_heartbeat": check_heartbeat,
}


# The checks whose failure means this replica must not get traffic.
REPLICA_CHECKS = frozenset({"database", "migrations"})


def run_checks() -> dict[str, dict]:
    """{name: {"ok", "detail", "takes_replica_out"}} for every check."""
    results = {}
    for name, check in CHECKS.items():
        try:
            ok, detail = check()
        except Exception as exc:  # noqa: BLE001 - any failure of a dependency is reported, not raised
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        results[name] = {"ok": ok, "detail": detail, "takes_replica_out": name in REPLICA_CHECKS}
    if not results["database"]["ok"]:
        # Migrations cannot be read without the database; the database check already says why.
        results["migrations"] = {"ok": False, "detail": "unknown: database unreachable", "takes_replica_out": False}
    return results


def readiness_status(results: dict[str, dict]) -> str:
    if any(not check["ok"] and check["takes_replica_out"] for check in results.values()):
        return "not_ready"
    return "ready" if all(check["ok"] for check in results.values()) else "degraded"
