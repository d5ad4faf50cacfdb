"""Background work of the PMS link: one try at a link, and the beat sweep that retries the due ones."""

from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from healthsvc.pms.client import pms_breaker, pms_enabled
from healthsvc.pms.selectors import patient_links_due
from healthsvc.pms.services import patient_link_attempt
from healthsvc.tasking import publish

# Links enqueued by one sweep: after an outage the backlog drains at this many per period, not all at once.
SWEEP_BATCH = 50


@shared_task(bind=True, max_retries=2, acks_late=True, ignore_result=True)
def pms_link_task(self, link_id: int) -> None:
    """One try at the link (idempotent: a link not pending and due is left alone). PMS failures are not
    raised: they are the link's own retries, in the database. Only our database failing retries the task."""
    if not pms_enabled():
        return
    try:
        patient_link_attempt(link_id=link_id)
    except (OperationalError, InterfaceError) as exc:
        # A claimed link whose outcome could not be written is due again after the claim lease (the sweep).
        raise self.retry(exc=exc, countdown=5 * (self.request.retries + 1)) from exc


@shared_task(ignore_result=True)
def pms_link_sweep_task() -> int:
    """Enqueue the due links (those whose first message was lost, and every retry). While the circuit breaker
    is open, none: nothing would be sent. Half-open, one: its try is the breaker's trial call."""
    if not pms_enabled():
        return 0
    state = pms_breaker().state()
    if state == "open":
        return 0
    link_ids = patient_links_due(limit=1 if state == "half_open" else SWEEP_BATCH)
    for link_id in link_ids:
        publish(pms_link_task, link_id)
    return len(link_ids)
