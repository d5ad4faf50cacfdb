"""End to end through the real broker and a real Celery worker: a staff link, made while the PMS fails, is
retried by the beat sweep once it is back, and the worker stores the demographics."""

from __future__ import annotations

import time

import pytest
from django.utils import timezone

from healthsvc.pms.choices import LinkStatus
from healthsvc.pms.models import PatientLink
from healthsvc.pms.tasks import pms_link_sweep_task
from healthsvc.pms.tests.conftest import add_ada


def _link_once(link_id: int, what: str, predicate) -> PatientLink:
    """The link as soon as the worker has made `predicate` true of it (20 s at most)."""
    for _ in range(200):
        link = PatientLink.objects.get(pk=link_id)
        if predicate(link):
            return link
        time.sleep(0.1)
    raise AssertionError(
        f"the worker did not get link {link_id} to {what} within 20 s: {link.status}, {link.last_error}"
    )


@pytest.mark.celery_worker
def test_a_real_worker_retries_the_link_after_the_pms_comes_back(pms, ada, make_user, client_for, celery_worker_thread):
    add_ada(pms)
    pms.mode = "error"
    response = client_for(make_user("nurse")).post(
        f"/api/v1/patients/{ada.pk}/pms-link/", {"external_id": "pat-ada"}, format="json"
    )
    assert response.status_code == 202
    link_id = response.json()["id"]
    link = _link_once(link_id, "one attempt", lambda link: link.attempts == 1)  # the worker tried: 500
    assert link.status == LinkStatus.PENDING and link.last_error == "the PMS answered 500"

    pms.mode = "ok"
    PatientLink.objects.filter(pk=link_id).update(next_attempt_at=timezone.now())  # its backoff has passed
    assert pms_link_sweep_task() == 1  # what beat runs every 30 s
    link = _link_once(link_id, "linked", lambda link: link.status == LinkStatus.LINKED)
    assert link.attempts == 2 and link.demographics["id"] == "pat-ada" and link.fetched_at is not None
