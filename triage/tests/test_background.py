"""The calculation through a real Celery worker on the real Redis broker, and with the broker down."""

import time

import pytest

from triage.models import TriageRecord

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def wait_for_state(record_id, state, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        current = TriageRecord.objects.get(pk=record_id).state
        if current == state:
            return current
        time.sleep(0.05)
    return TriageRecord.objects.get(pk=record_id).state


def test_submit_to_completed_through_a_real_worker(celery_worker_thread, client_for, patient, sore_throat_answers):
    response = client_for(patient).post("/api/v1/triage/records/", {"answers": sore_throat_answers}, format="json")
    assert response.status_code == 202
    record_id = response.json()["id"]
    assert wait_for_state(record_id, "completed") == "completed"
    body = client_for(patient).get(f"/api/v1/triage/records/{record_id}/").json()
    assert body["result"]["disposition"] == "self_care"
    assert body["calculating_at"] is not None


def test_broker_down_computes_inline(client_for, patient, sore_throat_answers, dead_broker):
    """With the broker really unreachable, the record still completes within the request."""
    started = time.monotonic()
    response = client_for(patient).post("/api/v1/triage/records/", {"answers": sore_throat_answers}, format="json")
    elapsed = time.monotonic() - started
    assert response.status_code == 202
    assert TriageRecord.objects.get(pk=response.json()["id"]).state == "completed"
    assert elapsed < 10
