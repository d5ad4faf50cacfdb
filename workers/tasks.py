"""Periodic work of the workers app: expire, notify, and assign waiting contact requests."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from workers.services import (
    contact_requests_assign_waiting,
    contact_requests_expire_due,
    contact_requests_notify_pending,
)

logger = logging.getLogger(__name__)

# Beat runs this every SWEEP_INTERVAL_SECONDS (settings.CELERY_BEAT_SCHEDULE, see docs/workers.md).
SWEEP_INTERVAL_SECONDS = 60


@shared_task(
    ignore_result=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=30,
    retry_jitter=True,
    max_retries=3,
)
def expire_contact_requests_task() -> dict:
    """One sweep: expire overdue requests, retry unsent expiry emails, assign waiting requests.

    Everything is decided from the database, so a late, repeated or concurrent run is safe:
    each step locks its rows with SKIP LOCKED and re-checks their state.
    """
    now = timezone.now()
    expired = contact_requests_expire_due(now=now)
    notified = contact_requests_notify_pending(now=now)
    assigned = contact_requests_assign_waiting(now=now)
    summary = {"expired": len(expired), "notified_late": notified, "assigned": assigned}
    if any(summary.values()):
        logger.info("contact request sweep: %s", summary)
    return summary
