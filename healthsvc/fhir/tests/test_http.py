"""The FHIR API's HTTP surface: metadata, content types, tokens, errors as OperationOutcome, bad parameters."""

from __future__ import annotations

import pytest

from healthsvc.fhir.tests.conftest import valid

pytestmark = pytest.mark.django_db

ENDPOINT_TYPES = [
    "Patient",
    "Questionnaire",
    "QuestionnaireResponse",
    "RiskAssessment",
    "Appointment",
    "Location",
    "Practitioner",
    "PractitionerRole",
    "Medication",
]


def outcome(response, status: int, issue_type: str | None = None) -> dict:
    """The response is an OperationOutcome with this status (and first issue type), as FHIR JSON."""
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/fhir+json")
    body = valid(response.json())
    assert body["resourceType"] == "OperationOutcome"
    if issue_type is not None:
        assert body["issue"][0]["code"] == issue_type, body
    return body


def hidden(client, *paths: str) -> None:
    """Each path is a 404 OperationOutcome for this client: not theirs to see, as if it did not exist."""
    for path in paths:
        outcome(client.get(path), 404, "not-found")


def test_metadata_is_a_public_capability_statement_of_every_resource(fhir):
    response = fhir(None).get("metadata")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    statement = valid(response.json())
    assert statement["fhirVersion"] == "4.0.1"
    resources = {entry["type"]: entry for entry in statement["rest"][0]["resource"]}
    assert list(resources) == ENDPOINT_TYPES
    assert {"_id", "patient", "status", "date", "location"} <= {
        p["name"] for p in resources["Appointment"]["searchParam"]
    }
    assert resources["Appointment"]["operation"][0]["name"] == "book"
    assert statement["implementation"]["url"] == "http://testserver/fhir/R4"


def test_application_json_is_answered_in_kind_and_fhir_json_by_default(fhir, patient):
    client = fhir(patient)
    assert client.get("Location", HTTP_ACCEPT="application/json")["Content-Type"] == "application/json"
    assert client.get("Location", HTTP_ACCEPT="*/*")["Content-Type"] == "application/fhir+json"
    assert client.get("Location", {"_format": "json"})["Content-Type"] == "application/fhir+json"
    assert client.get("Location", {"_format": "application/json"})["Content-Type"] == "application/json"
    versioned = client.get("Location", HTTP_ACCEPT="application/fhir+json; fhirVersion=4.0")
    assert versioned.status_code == 200


def test_an_unserved_format_or_fhir_version_is_406(fhir, patient):
    outcome(fhir(patient).get("Location", {"_format": "xml"}), 406, "not-supported")
    outcome(fhir(patient).get("Location", HTTP_ACCEPT="application/fhir+json; fhirVersion=5.0"), 406)


@pytest.mark.parametrize("resource_type", [t for t in ENDPOINT_TYPES if t != "Questionnaire"])
def test_every_resource_needs_a_token(fhir, resource_type):
    response = fhir(None).get(resource_type)
    outcome(response, 401, "login")
    assert response["WWW-Authenticate"] == "Token"
    outcome(fhir(None).get(f"{resource_type}/1"), 401)


def test_a_bad_token_is_401_and_a_bearer_token_works(fhir, patient, client_for):
    from knox.models import AuthToken
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    outcome(client.get("/fhir/R4/Location"), 401, "login")
    _stored, token = AuthToken.objects.create(user=patient)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert client.get("/fhir/R4/Location").status_code == 200


def test_what_is_not_served_is_a_404_operation_outcome(fhir, patient):
    client = fhir(patient)
    outcome(client.get("Observation"), 404, "not-found")
    outcome(client.get("Observation/1"), 404, "not-found")
    outcome(client.get("Patient/1/_history"), 404)
    outcome(client.get(""), 404)
    outcome(fhir(None).get("Nope"), 404)


def test_an_unsupported_method_is_405(fhir, patient):
    response = fhir(patient).api.delete("/fhir/R4/Location/1")
    outcome(response, 405, "not-supported")
    assert "GET" in response["Allow"]


@pytest.mark.parametrize(
    ("resource_type", "params", "named"),
    [
        ("Appointment", {"colour": "blue"}, "colour"),
        ("Appointment", {"status": "sleeping"}, "status"),
        ("Appointment", {"status": ""}, "status"),
        ("Appointment", {"date": "yesterday"}, "date"),
        ("Appointment", {"date": "2026-02-30"}, "date"),
        ("Appointment", {"date": "ap2026-01-01"}, "date"),
        ("Appointment", {"patient": "Location/1"}, "patient"),
        ("Appointment", {"patient": "Patient/not an id!"}, "patient"),
        ("Appointment", {"status:text": "booked"}, "status:text"),
        ("Appointment", {"_count": "0"}, "_count"),
        ("Appointment", {"_count": "101"}, "_count"),
        ("Appointment", {"_page": "-1"}, "_page"),
        ("QuestionnaireResponse", {"authored": "2026-13-01"}, "authored"),
        ("RiskAssessment", {"status": "preliminary"}, "status"),
        ("Location", {"name:fuzzy": "er"}, "name:fuzzy"),
        ("Medication", {"form": "suppository"}, "form"),
        ("Patient", {"birthdate": "2000"}, "birthdate"),
        ("Practitioner", {"active": "yes"}, "active"),
    ],
)
def test_a_bad_search_parameter_is_a_400_naming_it(fhir, patient, resource_type, params, named):
    body = outcome(fhir(patient).get(resource_type, params), 400, "invalid")
    assert body["issue"][1]["expression"] == [named]


def test_a_repeated_count_is_400(fhir, patient):
    response = fhir(patient).api.get("/fhir/R4/Location?_count=1&_count=2")
    outcome(response, 400, "invalid")


def test_lenient_handling_ignores_unknown_parameters_and_drops_them_from_self(fhir, patient):
    response = fhir(patient).get("Location", {"utm_source": "mail", "_count": "5"}, HTTP_PREFER="handling=lenient")
    assert response.status_code == 200
    self_link = next(link["url"] for link in response.json()["link"] if link["relation"] == "self")
    assert "utm_source" not in self_link


def test_the_fhir_api_is_not_in_the_rest_api_schema(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"] if response["Content-Type"].endswith("json") else response.content.decode()
    assert not any("fhir" in path for path in paths)


def test_what_holds_nothing_personal_may_be_cached_and_the_rest_may_not(fhir, patient):
    assert fhir(None).get("metadata")["Cache-Control"] == "public, max-age=300"
    assert fhir(patient).get("Questionnaire/triage")["Cache-Control"] == "public, max-age=300"
    assert fhir(patient).get("Patient")["Cache-Control"] == "no-store, private"


def test_a_path_outside_the_routes_is_an_operation_outcome_too(client):
    response = client.get("/fhir/R5/Patient")
    outcome(response, 404, "not-found")


@pytest.mark.django_db(transaction=True)
def test_the_database_down_is_a_503_operation_outcome_with_retry_after(fhir, patient):
    from healthsvc.tests.test_database_outage import database_down

    client = fhir(patient)
    assert client.get("Location").status_code == 200
    with database_down():
        response = client.get("Location")
        outcome(response, 503, "transient")
        assert int(response["Retry-After"]) > 0
        failing_fast = client.get("metadata")  # the fail-fast window now answers before any view
        outcome(failing_fast, 503, "transient")


HOSTILE = ["\x00", "A" * 5000, "\uff19", "-1", "9" * 25, "Patient/1/../2", "' OR 1=1 --", "ge", "a,b,,c"]
RAW = ["%ED%A0%80", "%FF%FE", "%C0%AF"]  # invalid UTF-8, as a client can send it


@pytest.mark.parametrize("resource_type", ENDPOINT_TYPES)
def test_no_search_value_makes_a_500(fhir, make_user, resource_type):
    from healthsvc.fhir.mapping import ENDPOINTS

    client = fhir(make_user("admin"))
    endpoint = next(endpoint for endpoint in ENDPOINTS if endpoint.type_name == resource_type)
    for name, param in endpoint.params.items():
        for modifier in ("", *(f":{m}" for m in param.modifiers())):
            for value in HOSTILE:
                response = client.get(resource_type, {f"{name}{modifier}": value})
                assert response.status_code in (200, 400), (name, modifier, value, response.content[:300])
                valid(response.json())
            for raw in RAW:
                response = client.api.get(f"/fhir/R4/{resource_type}?{name}{modifier}={raw}")
                assert response.status_code in (200, 400), (name, modifier, raw, response.content[:300])
    for value in [*HOSTILE, *RAW]:
        response = client.api.get(f"/fhir/R4/{resource_type}/{value.replace('/', '%2F')}")
        assert response.status_code == 404, (value, response.status_code)
