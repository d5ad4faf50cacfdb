"""The suggestions API: shapes, lazy building, responses, and a permission test for every endpoint."""

from __future__ import annotations

import pytest

from healthsvc.models import AuditEvent
from suggestions.choices import ActionKind
from suggestions.models import Interaction, Recommendation
from suggestions.tests.conftest import SORE_THROAT

pytestmark = pytest.mark.django_db


def detail_url(record_id):
    return f"/api/v1/suggestions/records/{record_id}/"


def respond_url(interaction_id, name):
    return f"/api/v1/suggestions/interactions/{interaction_id}/{name}/"


def test_the_record_endpoint_returns_the_family(client_for, patient, record):
    response = client_for(patient).get(detail_url(record.pk))
    assert response.status_code == 200
    body = response.json()
    assert body["record_id"] == record.pk and body["kind"] == "self_care" and body["is_current"]
    assert body["complaint_label"] == "Sore throat"
    assert body["headline"] and body["urgency"] and body["tone"] == "success"
    details = body["details"]
    assert details["care_instructions"] and details["warning_signs"] and details["sources"]
    assert details["offers_medicines"] and details["medicines"][0]["url"].startswith("/medicines/")
    first = body["interactions"][0]
    assert first["state"] == "offered"
    assert set(first["links"]) == {"accept", "dismiss", "complete"}
    assert body["patient_context"] == {
        "allergies": [],
        "conditions": [],
        "current_medicines": [],
        "breastfeeding": None,
    }


def test_the_record_endpoint_builds_lazily(client_for, patient):
    from triage.services import triage_record_calculate, triage_record_create

    record, _ = triage_record_create(patient=patient, raw_answers=dict(SORE_THROAT))
    triage_record_calculate(record_id=record.pk)  # no on-commit signal in this test: nothing built yet
    assert not Recommendation.objects.filter(record_id=record.pk).exists()
    response = client_for(patient).get(detail_url(record.pk))
    assert response.status_code == 200 and response.json()["kind"] == "self_care"


def test_a_record_still_calculating_is_409(client_for, patient):
    from triage.services import triage_record_create

    record, _ = triage_record_create(patient=patient, raw_answers=dict(SORE_THROAT))
    response = client_for(patient).get(detail_url(record.pk))
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "result_not_ready"
    assert response.json()["error"]["current_state"] == "recorded"


def test_the_record_endpoint_permissions(client_for, api_client, record, make_user):
    assert api_client.get(detail_url(record.pk)).status_code == 401
    assert client_for(make_user("patient")).get(detail_url(record.pk)).status_code == 404
    assert client_for(make_user("er_staff")).get(detail_url(record.pk)).status_code == 404
    assert client_for(make_user("patient")).get(detail_url(10**9)).status_code == 404
    clinician = make_user("clinician")
    assert client_for(clinician).get(detail_url(record.pk)).status_code == 200
    assert AuditEvent.objects.filter(actor=clinician, action="read", object_type="recommendation").count() == 1


def test_the_list_is_the_patients_own_and_paginated(client_for, patient, record, make_user, complete_record):
    other = make_user("patient")
    complete_record(other)
    body = client_for(patient).get("/api/v1/suggestions/").json()
    assert body["count"] == 1 and body["results"][0]["record_id"] == record.pk
    assert client_for(other).get("/api/v1/suggestions/").json()["count"] == 1
    # A patient's ?patient= filter is ignored: it never widens what they see.
    assert client_for(patient).get(f"/api/v1/suggestions/?patient={other.pk}").json()["count"] == 1


def test_the_list_filters(client_for, patient, record, override):
    override(record, "urgent")
    client = client_for(patient)
    assert client.get("/api/v1/suggestions/").json()["count"] == 2
    current = client.get("/api/v1/suggestions/?current=true").json()
    assert current["count"] == 1 and current["results"][0]["kind"] == "urgent"
    assert client.get("/api/v1/suggestions/?current=false").json()["results"][0]["kind"] == "self_care"
    assert client.get("/api/v1/suggestions/?disposition=emergency").json()["count"] == 0


def test_staff_list_everyone_and_are_audited(client_for, record, make_user, patient):
    nurse = make_user("nurse")
    body = client_for(nurse).get(f"/api/v1/suggestions/?patient={patient.pk}").json()
    assert body["count"] == 1
    assert AuditEvent.objects.filter(actor=nurse, object_type="recommendation", patient_id=patient.pk).exists()


def test_the_list_permissions(api_client, client_for, make_user, record):
    assert api_client.get("/api/v1/suggestions/").status_code == 401
    assert client_for(make_user("er_staff")).get("/api/v1/suggestions/").json()["count"] == 0


def test_the_list_query_count_is_bounded(client_for, patient, complete_record, django_assert_max_num_queries):
    for _ in range(4):
        complete_record(patient)
    client = client_for(patient)
    with django_assert_max_num_queries(8):
        response = client.get("/api/v1/suggestions/?page_size=50")
    assert response.json()["count"] == 4


@pytest.mark.parametrize(
    ("name", "state"), [("accept", "accepted"), ("dismiss", "dismissed"), ("complete", "completed")]
)
def test_the_patient_responds(client_for, patient, recommendation, name, state):
    interaction = recommendation.interactions.first()
    response = client_for(patient).post(respond_url(interaction.pk, name))
    assert response.status_code == 200
    assert response.json()["state"] == state
    assert Interaction.objects.get(pk=interaction.pk).state == state


def test_an_illegal_response_is_409_naming_the_state(client_for, patient, recommendation):
    interaction = recommendation.interactions.first()
    client = client_for(patient)
    assert client.post(respond_url(interaction.pk, "dismiss")).status_code == 200
    response = client.post(respond_url(interaction.pk, "accept"))
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "illegal_transition" and error["current_state"] == "dismissed"
    assert "dismissed" in error["message"]


def test_accepted_then_completed(client_for, patient, recommendation):
    interaction = recommendation.interactions.first()
    client = client_for(patient)
    accepted = client.post(respond_url(interaction.pk, "accept")).json()
    assert list(accepted["links"]) == ["complete"]
    assert client.post(accepted["links"]["complete"]).json()["state"] == "completed"
    assert client.post(respond_url(interaction.pk, "complete")).status_code == 409


@pytest.mark.parametrize("name", ["accept", "dismiss", "complete"])
def test_the_response_permissions(api_client, client_for, make_user, recommendation, name):
    interaction = recommendation.interactions.first()
    assert api_client.post(respond_url(interaction.pk, name)).status_code == 401
    assert client_for(make_user("patient")).post(respond_url(interaction.pk, name)).status_code == 404
    assert client_for(make_user("clinician")).post(respond_url(interaction.pk, name)).status_code == 404
    assert client_for(make_user("patient")).post(respond_url(10**9, name)).status_code == 404
    assert Interaction.objects.get(pk=interaction.pk).state == "offered"


def test_the_medicines_refresh(client_for, patient, record):
    response = client_for(patient).post(
        f"/api/v1/suggestions/records/{record.pk}/medicines/",
        {"allergies": ["nsaid"], "conditions": ["asthma"], "current_medicines": [], "breastfeeding": None},
        format="json",
    )
    assert response.status_code == 200
    body = response.json()
    assert body["patient_context"]["allergies"] == ["nsaid"]
    excluded = {m["slug"]: m["reasons"] for m in body["details"]["excluded_medicines"]}
    assert "ibuprofen-tablets" in excluded
    assert "ibuprofen-tablets" not in {m["slug"] for m in body["details"]["medicines"]}
    assert all(i["subject"] != "ibuprofen-tablets" or i["state"] == "withdrawn" for i in body["interactions"])


def test_the_medicines_refresh_rejects_what_it_cannot_check(client_for, patient, record):
    client = client_for(patient)
    url = f"/api/v1/suggestions/records/{record.pk}/medicines/"
    unknown = client.post(url, {"allergies": ["moonbeams"]}, format="json")
    assert unknown.status_code == 400 and "allergies" in unknown.json()["error"]["fields"]
    wrong = client.post(url, {"allergies": "nsaid", "breastfeeding": "maybe"}, format="json")
    assert wrong.status_code == 400
    assert set(wrong.json()["error"]["fields"]) == {"allergies", "breastfeeding"}


def test_the_medicines_refresh_permissions(api_client, client_for, make_user, record):
    url = f"/api/v1/suggestions/records/{record.pk}/medicines/"
    assert api_client.post(url, {}, format="json").status_code == 401
    assert client_for(make_user("patient")).post(url, {}, format="json").status_code == 404
    assert client_for(make_user("clinician")).post(url, {}, format="json").status_code == 404


def test_a_superseded_offer_is_409(client_for, patient, recommendation, override, record):
    interaction = recommendation.interactions.get(kind=ActionKind.RECHECK_SYMPTOMS)
    override(record, "routine")
    response = client_for(patient).post(respond_url(interaction.pk, "complete"))
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "recommendation_superseded"
    assert response.json()["error"]["current_state"] == "withdrawn"


def test_the_schema_documents_the_endpoints(api_client):
    response = api_client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"] if response.get("Content-Type", "").endswith("json") else None
    if paths is None:
        import yaml

        paths = yaml.safe_load(response.content)["paths"]
    for path in (
        "/api/v1/suggestions/",
        "/api/v1/suggestions/records/{record_id}/",
        "/api/v1/suggestions/records/{record_id}/medicines/",
        "/api/v1/suggestions/interactions/{interaction_id}/accept/",
        "/api/v1/suggestions/interactions/{interaction_id}/dismiss/",
        "/api/v1/suggestions/interactions/{interaction_id}/complete/",
    ):
        assert path in paths
