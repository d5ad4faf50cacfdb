"""`contact.assigned` for integrators (docs/webhooks.md), written in the transaction that assigns the request."""

from __future__ import annotations

import pytest

from workers.services import contact_request_create, contact_requests_assign_waiting

pytestmark = pytest.mark.django_db


def test_an_assignment_at_once_writes_the_event(subscribe_webhooks, outbox_events, patient, make_triage, make_worker):
    subscribe_webhooks("contact.assigned")
    worker = make_worker("nurse")
    request, _ = contact_request_create(patient=patient, triage_record_id=make_triage(patient).pk, channel="video")
    [event] = outbox_events()
    assert event["type"] == "contact.assigned" and event["subject"] == f"contact_request:{request.pk}"
    data = event["data"]
    assert data == {
        "contact_request_id": request.pk,
        "patient_id": patient.pk,
        "triage_record_id": request.triage_record_id,
        "disposition": "urgent",
        "channel": "video",
        "language": "en",
        "worker_id": worker.pk,
        "worker_role": "nurse",
        "assigned_at": data["assigned_at"],
        "due_by": data["due_by"],
    }
    assert data["assigned_at"].endswith("Z") and data["due_by"].endswith("Z")


def test_a_request_left_waiting_writes_nothing_until_the_sweep_assigns_it(
    subscribe_webhooks, outbox_events, patient, make_triage, make_worker
):
    subscribe_webhooks("contact.assigned")
    request, _ = contact_request_create(patient=patient, triage_record_id=make_triage(patient).pk, channel="phone")
    assert outbox_events() == []  # nobody on duty yet
    make_worker("nurse")
    assert contact_requests_assign_waiting() == 1
    assert [e["data"]["contact_request_id"] for e in outbox_events("contact.assigned")] == [request.pk]
