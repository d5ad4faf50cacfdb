"""Triage background work: the calculation and the sweep that recovers lost messages."""

from __future__ import annotations

import logging
import random

from celery import shared_task
from django.db import InterfaceError, OperationalError

from triage.services import (
    triage_override_email_send,
    triage_override_emails_owed,
    triage_record_calculate,
    triage_record_fail,
    triage_records_reconcile,
)

logger = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError)
MAX_RETRIES = 4


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def calculate_triage_task(self, record_id: int) -> None:
    """requested/recorded -> calculating -> completed, idempotent under re-delivery.

    Transient database errors are retried with exponential backoff and jitter; after the
    last try, or on any other error, the record is marked failed for staff to retry.
    """
    try:
        triage_record_calculate(record_id=record_id)
    except TRANSIENT_ERRORS as exc:
        if self.request.retries < self.max_retries:
            countdown = min(60, 2**self.request.retries) * (0.5 + random.random())
            raise self.retry(exc=exc, countdown=countdown) from exc
        triage_record_fail(record_id=record_id, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:
        logger.exception("triage calculation failed for record %s", record_id)
        triage_record_fail(record_id=record_id, error=f"{type(exc).__name__}: {exc}")


@shared_task(ignore_result=True)
def reconcile_triage_task() -> int:
    """Re-enqueue lost calculations, and send override emails whose task was lost."""
    return triage_records_reconcile() + triage_override_emails_owed()


@shared_task(bind=True, max_retries=MAX_RETRIES, acks_late=True, ignore_result=True)
def override_email_task(self, record_id: int) -> None:
    """Email the patient that a clinician changed their result; a failure is retried here, then by the sweep."""
    try:
        triage_override_email_send(record_id=record_id)
    except Exception as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=exc, countdown=min(60, 2**self.request.retries)) from exc
        logger.exception("override email for record %s not sent; the reconcile sweep will retry", record_id)
