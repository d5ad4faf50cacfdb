"""A patient downloads everything held about them and can close their account (issue 12, item 7)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from knox.models import AuthToken

from er_queue import services as er
from er_queue.models import EmergencyRoom, ERBooking
from healthsvc.models import AuditEvent, Dependant, User
from healthsvc.services import audit_record
from triage.models import TriageRecord

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


@pytest.fixture
def patient_with_history(make_user):
    patient = make_user("patient", email="pat@example.test", full_name="Pat Example", password=PASSWORD)
    Dependant.objects.create(
        guardian=patient, full_name="Milo Example", date_of_birth=dt.date(2024, 1, 1), sex="male", relationship="child"
    )
    record = TriageRecord.objects.create(
        patient=patient,
        state="completed",
        answers={"complaint": "chest_pain"},
        catalogue_version="t",
        ruleset_version="t",
        acuity=2,
        disposition="emergency",
        completed_at=timezone.now(),
    )
    room = EmergencyRoom.objects.create(name="Rights ER", address="1 Road", region="north", capacity=5)
    er.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk)
    audit_record(
        actor=make_user("nurse", full_name="Nora Nurse"),
        action="read",
        object_type="triage_record",
        object_id=record.pk,
        patient=patient,
    )
    return patient


def test_a_patient_downloads_everything_held_about_them(patient_with_history, client_for):
    response = client_for(patient_with_history).get("/api/v1/me/export/")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    data = response.json()
    assert data["account"]["email"] == "pat@example.test"
    assert data["dependants"][0]["full_name"] == "Milo Example"
    assert data["symptom_checks"][0]["answers"]["complaint"] == "chest_pain"
    assert data["er_bookings"][0]["state"] == "initialized"
    assert any("Nora Nurse" in row["actor_label"] for row in data["staff_reads_and_changes"])
    assert AuditEvent.objects.filter(action="data_export", patient=patient_with_history).exists()


def test_closing_the_account_needs_the_password(patient_with_history, client_for):
    refused = client_for(patient_with_history).post("/api/v1/me/close/", {"password": "wrong"}, format="json")
    assert refused.status_code == 400
    assert User.objects.get(pk=patient_with_history.pk).is_active


def test_closing_ends_what_is_active_erases_identity_and_keeps_clinical_records(patient_with_history, client_for):
    pk = patient_with_history.pk
    client = client_for(patient_with_history)
    assert client.post("/api/v1/me/close/", {"password": PASSWORD}, format="json").status_code == 204
    user = User.objects.get(pk=pk)
    assert not user.is_active and user.email.endswith("@closed.invalid") and user.full_name == ""
    assert not user.has_usable_password()
    assert Dependant.objects.get(guardian_id=pk).full_name == "(closed account)"
    assert ERBooking.objects.get(patient_id=pk).state == "cancelled"
    assert TriageRecord.objects.filter(patient_id=pk).count() == 1  # kept for the retention period
    assert not AuthToken.objects.filter(user_id=pk).exists()
    assert client.get("/api/v1/me/").status_code == 401
    assert AuditEvent.objects.filter(action="account_close", patient_id=pk).exists()


def test_the_close_page_needs_the_password_then_signs_the_patient_out(patient_with_history, client):
    client.force_login(patient_with_history)
    assert b"Download everything we hold about you" in client.get("/").content
    assert client.post("/accounts/close/", {"password": "wrong"}).status_code == 400
    response = client.post("/accounts/close/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.get(pk=patient_with_history.pk).is_active
    assert client.get("/triage/").status_code == 302  # signed out
