"""Celery tasks of the webhooks: ids in, re-fetch, call a service; every one safe to run twice."""

from __future__ import annotations

import logging

from celery import shared_task

from healthsvc.tasking import RETRY_DATABASE_ERRORS
from healthsvc.webhooks.services import deliveries_send_due, delivery_attempt, events_purge

logger = logging.getLogger(__name__)


# No Celery retry for the receiver's failures: the next attempt is scheduled in the delivery row and sent by
# the sweep, which survives a broker restart that a delayed message would not. Database errors (before the
# claim or while recording) are retried here; a claim left behind expires and the sweep sends it again.
@shared_task(ignore_result=True, **RETRY_DATABASE_ERRORS)
def deliver_webhook_task(delivery_id: int) -> str:
    """Post one delivery if it is due; a duplicate or late message is a no-op."""
    return delivery_attempt(delivery_id=delivery_id)


@shared_task(ignore_result=True)
def send_due_webhooks_task() -> int:
    """Run by beat every 10 s: enqueue retries that are due and deliveries that lost their message. Not
    retried: the next run is 10 s away."""
    sent = deliveries_send_due()
    if sent:
        logger.info("enqueued %d due webhook deliveries", sent)
    return sent


@shared_task(ignore_result=True)
def purge_webhook_events_task() -> int:
    """Run by beat hourly: forget events older than WEBHOOK_RETENTION_DAYS, with their delivery log."""
    return events_purge()
