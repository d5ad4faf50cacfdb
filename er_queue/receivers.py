"""Listeners to other apps' signals.

`triage_completed` is sent on the commit of the triage transaction whenever a record gets a new current result
(computed, or a clinician's override). When the person it is about has an active booking, the result is a
re-triage from the queue (docs/er_queue.md "Re-triage while waiting"): booking_retriage may raise the booking's
priority and alert the desk. It must never break triage: an error is logged and counted, and the triage result
page still tells the patient what to do (call emergency services, or go now).
"""

from __future__ import annotations

import logging

from prometheus_client import Counter

logger = logging.getLogger(__name__)

retriage_failures_total = Counter(
    "healthsvc_er_retriage_failures_total", "Triage results that could not be applied to the person's ER booking."
)


def retriage_on_triage_completed(sender, record_id: int, **kwargs) -> None:
    from er_queue import selectors, services

    try:
        booking_id = selectors.booking_active_of_triage_person(record_id=record_id)
        if booking_id is not None:
            services.booking_retriage(booking_id=booking_id, triage_record_id=record_id)
    except Exception:
        retriage_failures_total.inc()
        logger.exception("could not apply triage record %s to the person's active ER booking", record_id)
