"""The staff link endpoint: who may call it, what it audits, its errors in the one shape, and its schema."""

from __future__ import annotations

import time

import pytest

from healthsvc.models import AuditEvent
from healthsvc.pms.models import PatientLink

pytestmark = pytest.mark.django_db


def url(patient_id) -> str:
    return f"/api/v1/patients/{patient_id}/pms-link/"


@pytest.mark.parametrize("role", ["patient", "er_staff"])
def test_only_nurses_clinicians_and_admins_may_link(pms, ada, make_user, client_for, role):
    caller = ada if role == "patient" else make_user(role)
    for response in (
        client_for(caller).post(url(ada.pk), {"external_id": "pat-ada"}, format="json"),
        client_for(caller).get(url(ada.pk)),
    ):
        assert response.status_code == 403 and response.json()["error"]["code"] == "permission_denied"
    assert not PatientLink.objects.exists() and not AuditEvent.objects.filter(action="pms_link").exists()


def test_anonymous_is_401(pms, ada, api_client):
    assert api_client.post(url(ada.pk), {"external_id": "pat-ada"}, format="json").status_code == 401


@pytest.mark.parametrize("role", ["nurse", "clinician", "admin"])
def test_staff_link_answers_202_at_once_and_is_audited(settings, ada, make_user, client_for, closed_port, role):
    settings.PMS_FHIR_BASE_URL = f"http://127.0.0.1:{closed_port}/fhir"  # the PMS is down: no matter here
    staff = make_user(role)
    started = time.monotonic()
    response = client_for(staff).post(url(ada.pk), {"external_id": "pat-ada"}, format="json")
    assert response.status_code == 202, response.content
    assert time.monotonic() - started < 1  # the PMS is the worker's business, not the request's
    body = response.json()
    assert body["patient"] == ada.pk and body["external_id"] == "pat-ada" and body["status"] == "pending"
    assert body["source"] == "staff" and body["attempts"] == 0
    assert AuditEvent.objects.filter(action="pms_link", actor=staff, patient_id=ada.pk).count() == 1

    read = client_for(staff).get(url(ada.pk))
    assert read.status_code == 200 and read.json()["id"] == body["id"]
    assert AuditEvent.objects.filter(
        action="read", object_type="patient_link", object_id=str(body["id"]), actor=staff, patient_id=ada.pk
    ).exists()


def test_unknown_patient_a_staff_account_or_no_link_is_404(pms, ada, make_user, client_for):
    nurse = make_user("nurse")
    client = client_for(nurse)
    for patient_id in (999_999_999, make_user("clinician").pk, 10**30):
        response = client.post(url(patient_id), {"external_id": "pat-ada"}, format="json")
        assert response.status_code == 404, (patient_id, response.content)
        assert response.json()["error"]["code"] in ("patient_not_found", "not_found")
    response = client.get(url(ada.pk))
    assert response.status_code == 404 and response.json()["error"]["code"] == "link_not_found"


@pytest.mark.parametrize("external_id", ["", "has space", "../x", "x" * 65, 42, None])
def test_a_bad_external_id_is_400_naming_the_field(pms, ada, make_user, client_for, external_id):
    response = client_for(make_user("nurse")).post(url(ada.pk), {"external_id": external_id}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid" and "external_id" in response.json()["error"]["fields"]


def test_conflicts_are_409(settings, pms, ada, make_user, client_for):
    client = client_for(make_user("nurse"))
    closed = make_user("patient", is_active=False)
    response = client.post(url(closed.pk), {"external_id": "pat-x"}, format="json")
    assert response.status_code == 409 and response.json()["error"]["code"] == "account_inactive"
    settings.PMS_FHIR_BASE_URL = ""
    response = client.post(url(ada.pk), {"external_id": "pat-ada"}, format="json")
    assert response.status_code == 409 and response.json()["error"]["code"] == "pms_not_configured"


def test_the_schema_documents_every_answer_in_the_error_shape(api_client):
    schema = api_client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operations = schema["paths"]["/api/v1/patients/{patient_id}/pms-link/"]
    assert set(operations["post"]["responses"]) >= {
        "202",
        "400",
        "401",
        "403",
        "404",
        "409",
        "413",
        "415",
        "429",
        "503",
    }
    assert set(operations["get"]["responses"]) >= {"200", "401", "403", "404", "429", "503"}
    for operation in operations.values():
        for code, answer in operation["responses"].items():
            if code.startswith("4") or code.startswith("5"):
                assert answer["content"]["application/json"]["schema"]["$ref"].endswith("/Error"), code
    request = operations["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert schema["components"]["schemas"][request]["required"] == ["external_id"]
