"""Patient/<id>/$everything: a patient downloads their record as one FHIR Bundle (issue 12, item 7)."""

from __future__ import annotations

import pytest

from healthsvc.fhir.tests.conftest import valid
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_a_patient_downloads_their_own_record_and_their_childs_apart(
    fhir, make_patient, make_record, make_dependant, make_room, make_booking
):
    patient = make_patient()
    child = make_dependant(patient)
    own = make_record(patient)
    childs = make_record(patient, dependant=child)
    booking = make_booking(make_room(), patient)  # an emergency result: the ER accepts it
    client = fhir(patient)

    response = client.get(f"Patient/{patient.pk}/$everything")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"] and response["Cache-Control"].startswith("no-store")
    bundle = valid(response.json())
    assert bundle["type"] == "collection" and "total" not in bundle  # bdl-1: total only on a search
    got = {(e["resource"]["resourceType"], e["resource"]["id"]) for e in bundle["entry"]}
    assert bundle["entry"][0]["resource"]["id"] == str(patient.pk)
    assert {
        ("Patient", str(patient.pk)),
        ("QuestionnaireResponse", str(own.pk)),
        ("RiskAssessment", str(own.pk)),
        ("Appointment", str(booking.pk)),
    } <= got
    assert ("QuestionnaireResponse", str(childs.pk)) not in got  # the child's is theirs, not the parent's
    assert AuditEvent.objects.filter(actor=patient, action="data_export", object_type="fhir_patient").exists()

    theirs = valid(client.get(f"Patient/dependant-{child.pk}/$everything").json())
    assert {(e["resource"]["resourceType"], e["resource"]["id"]) for e in theirs["entry"]} == {
        ("Patient", f"dependant-{child.pk}"),
        ("QuestionnaireResponse", str(childs.pk)),
        ("RiskAssessment", str(childs.pk)),
    }


def test_nobody_else_can_download_it(fhir, make_patient, make_user, make_record):
    patient, other = make_patient(), make_patient()
    make_record(patient)
    for reader in (other, make_user("nurse"), None):
        response = fhir(reader).get(f"Patient/{patient.pk}/$everything")
        assert response.status_code in (401, 404), (reader, response.status_code)
        assert response.json()["resourceType"] == "OperationOutcome"
