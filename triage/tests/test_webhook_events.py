"""`triage.completed` for integrators (docs/webhooks.md): written with the result, and again for an override."""

from __future__ import annotations

import pytest

from triage.services import triage_record_calculate, triage_record_create, triage_record_override

pytestmark = pytest.mark.django_db


def test_a_calculated_result_writes_the_event(subscribe_webhooks, outbox_events, patient, sore_throat_answers):
    subscribe_webhooks("triage.completed")
    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    assert outbox_events() == [], "nothing before the result"
    record = triage_record_calculate(record_id=record.pk)
    [event] = outbox_events()
    data = event["data"]
    assert event["subject"] == f"triage_record:{record.pk}"
    assert data == {
        "triage_record_id": record.pk,
        "patient_id": patient.pk,
        "dependant_id": None,
        "acuity": record.acuity,
        "disposition": record.disposition,
        "result_kind": "active",
        "ruleset_version": record.ruleset_version,
        "completed_at": data["completed_at"],
        "at": data["at"],
    }
    assert triage_record_calculate(record_id=record.pk) is None  # a repeated message: no second event
    assert len(outbox_events()) == 1


def test_a_clinician_override_writes_the_new_result(subscribe_webhooks, outbox_events, completed_record, make_user):
    subscribe_webhooks("triage.completed")
    triage_record_override(
        record_id=completed_record.pk,
        actor=make_user("clinician"),
        acuity=2,
        disposition="emergency",
        reason="Muffled voice on the phone.",
    )
    [event] = outbox_events()
    assert (event["data"]["result_kind"], event["data"]["acuity"], event["data"]["disposition"]) == (
        "override",
        2,
        "emergency",
    )
    assert "Muffled" not in str(event["data"]), "the clinician's internal note stays internal"
