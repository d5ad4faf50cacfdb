"""Celery tasks of the ER queue: ids in, re-fetch, call a service, idempotent."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError

from er_queue.services import bookings_expire_due, notices_send, notices_send_pending

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError)


@shared_task(
    ignore_result=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=30,
    retry_jitter=True,
    max_retries=3,
)
def expire_bookings_task() -> int:
    """Run by celery beat every 30 s: expire overdue bookings, then resend lost notices.

    Safe to run late, twice, or at the same time as another copy (see bookings_expire_due).
    """
    expired = bookings_expire_due()
    try:
        notices_send_pending()
    except DatabaseError:
        logger.warning("could not resend pending ER notices", exc_info=True)
    if expired:
        logger.info("expired %d ER bookings", expired)
    return expired


@shared_task(
    ignore_result=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=30,
    retry_jitter=True,
    max_retries=5,
)
def send_notices_task(booking_ids: list[int], kind: str) -> int:
    """Email the patients of these bookings the `kind` notice, each at most once."""
    return notices_send(booking_ids=list(booking_ids), kind=kind)


@shared_task(
    ignore_result=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=30,
    retry_jitter=True,
    max_retries=3,
)
def checkin_prompts_task() -> int:
    """Run by celery beat every minute: prompt the long waits that are due a check-in, then email every prompt
    whose email is owed (this run's, and any an earlier run could not send).

    Safe to run late, twice, or at the same time as another copy (see services/checkins.py).
    """
    from er_queue.services.checkins import bookings_checkin_prompt_due, checkin_prompts_send

    prompted = bookings_checkin_prompt_due()
    try:
        checkin_prompts_send()
    except DatabaseError:
        logger.warning("could not send ER check-in prompts; the next run will", exc_info=True)
    if prompted:
        logger.info("prompted %d waiting ER patients to check in", len(prompted))
    return len(prompted)
