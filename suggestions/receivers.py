"""Listeners to other apps' signals.

`triage_completed` is sent on the commit of the triage transaction, whenever a record
gets a new current result (computed, or a clinician's override). Building the patient's
next steps must never break triage: any error is logged and counted, and the page or API
builds the recommendation lazily on the next read.
"""

from __future__ import annotations

import logging

from prometheus_client import Counter

logger = logging.getLogger(__name__)

build_failures_total = Counter(
    "healthsvc_suggestions_build_failures_total", "Recommendations that could not be built when a triage completed."
)


def build_on_triage_completed(sender, record_id: int, **kwargs) -> None:
    from suggestions.services import recommendation_build

    try:
        recommendation_build(record_id=record_id)
    except Exception:
        build_failures_total.inc()
        logger.exception(
            "could not build suggestions for triage record %s; they will be built on first read", record_id
        )
