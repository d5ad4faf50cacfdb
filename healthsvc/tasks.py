"""Core periodic tasks."""

from __future__ import annotations

from celery import shared_task

from healthsvc.pms.tasks import pms_link_sweep_task, pms_link_task  # noqa: F401  (registered with the worker)
from healthsvc.retention import closed_accounts_purge
from healthsvc.services import heartbeat_beat
from healthsvc.tasking import RETRY_DATABASE_ERRORS

BEAT_HEARTBEAT = "celery-beat"


@shared_task(ignore_result=True)
def heartbeat_task() -> None:
    """Run by beat every HEARTBEAT_INTERVAL_SECONDS through a worker: proves both are alive."""
    heartbeat_beat(name=BEAT_HEARTBEAT)


# Inside the 45 s soft limit with room for the batch under way; what is left waits for the next day's run.
PURGE_TIME_BUDGET_SECONDS = 30


@shared_task(ignore_result=True, **RETRY_DATABASE_ERRORS)
def purge_closed_accounts_task() -> int:
    """Run by beat daily: delete the clinical records and rows of accounts closed longer ago than
    CLINICAL_RECORD_RETENTION_YEARS (healthsvc.retention). Safe to run twice; returns the accounts done."""
    result = closed_accounts_purge(time_budget_seconds=PURGE_TIME_BUDGET_SECONDS)
    return result.accounts_purged + result.accounts_kept


@shared_task(ignore_result=True)
def ping_task(marker: str) -> str:
    """A task with no side effect but a log line; used to prove the broker round trip."""
    from django.core.cache import cache

    cache.set(f"ping:{marker}", "pong", 60)
    return marker


# Celery's autodiscovery imports each app's `tasks` module only; this registers the webhook tasks with it.
from healthsvc.webhooks import tasks as _webhook_tasks  # noqa: E402, F401
