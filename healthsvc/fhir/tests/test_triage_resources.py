"""Questionnaire, QuestionnaireResponse and RiskAssessment: read, search, paging, who sees what, staff audit."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from healthsvc.fhir.tests.conftest import EMERGENCY, SELF_CARE, URGENT, valid
from healthsvc.fhir.tests.test_http import hidden, outcome
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db

# What the engine gives the test answer sheets (read from the engine once by hand, not from the code under test).
EXPECTED = {"URGENT": (3, "urgent"), "EMERGENCY": (2, "emergency"), "SELF_CARE": (5, "self_care")}


def audited(actor, record) -> bool:
    return AuditEvent.objects.filter(
        actor=actor, action="read", object_type="triage_record", object_id=str(record.pk), patient_id=record.patient_id
    ).exists()


def all_items(items) -> list[dict]:
    return [each for item in items for each in [item, *all_items(item.get("item", []))]]


def all_link_ids(items) -> list[str]:
    return [item["linkId"] for item in all_items(items)]


def link_ids(items) -> set[str]:
    return set(all_link_ids(items))


# --- Questionnaire ------------------------------------------------------------------------------------
def test_the_questionnaire_is_public_valid_and_versioned(fhir):
    from triage import engine

    response = fhir(None).get("Questionnaire/triage")
    assert response.status_code == 200
    questionnaire = valid(response.json())
    assert questionnaire["version"] == engine.CATALOGUE_VERSION
    ids = link_ids(questionnaire["item"])
    assert len(ids) == len(all_link_ids(questionnaire["item"]))  # que-2: every linkId once
    conditions = {when["question"] for item in all_items(questionnaire["item"]) for when in item.get("enableWhen", [])}
    assert conditions == {"complaint", "sex", "age_years"}  # every enableWhen names an item of the form
    assert {"complaint", "pain", "onset", "duration", "red_flags.chest_pain.cardiac_features"} <= ids
    assert "danger_signs.ds_confused" in ids and "vitals.heart_rate" in ids
    complaint = questionnaire["item"][0]
    assert len(complaint["answerOption"]) == len(engine.COMPLAINTS)
    chest = next(g for g in questionnaire["item"] if g["linkId"] == "red_flags")["item"]
    chest = next(g for g in chest if g["linkId"] == "red_flags.chest_pain")
    assert chest["enableWhen"][0]["answerCoding"]["code"] == "chest_pain"


def test_the_questionnaire_search_finds_it_by_url_and_nothing_else(fhir):
    from healthsvc.fhir.mapping.questionnaire import QUESTIONNAIRE_URL

    found = valid(fhir(None).get("Questionnaire", {"url": QUESTIONNAIRE_URL}).json())
    assert found["total"] == 1 and found["entry"][0]["resource"]["id"] == "triage"
    assert fhir(None).get("Questionnaire", {"url": "https://example.com/other"}).json()["total"] == 0
    outcome(fhir(None).get("Questionnaire/other"), 404, "not-found")


# --- QuestionnaireResponse ------------------------------------------------------------------------------
def test_a_patient_reads_their_answers_as_a_questionnaire_response(fhir, make_patient, make_record):
    from healthsvc.fhir.mapping.questionnaire import questionnaire_resource

    patient = make_patient()
    record = make_record(patient, {**URGENT, "immunocompromised": None, "vitals": {"heart_rate": 88}})
    response = fhir(patient).get(f"QuestionnaireResponse/{record.pk}")
    assert response.status_code == 200
    body = valid(response.json())
    assert body["status"] == "completed"
    assert body["subject"]["reference"] == f"Patient/{patient.pk}"
    assert body["questionnaire"].endswith(f"Questionnaire/triage|{record.catalogue_version}")
    items = {item["linkId"]: item for item in body["item"]}
    assert items["complaint"]["answer"][0]["valueCoding"]["code"] == "chest_pain"
    assert items["pain"]["answer"] == [{"valueInteger": 5}]
    assert items["immunocompromised"]["answer"][0]["valueCoding"]["code"] == "asked-unknown"
    assert items["diabetes"]["answer"][0]["valueCoding"]["code"] == "N"
    assert items["vitals"]["item"][0] == {
        "linkId": "vitals.heart_rate",
        "text": "Pulse (heartbeats in one minute)",
        "answer": [{"valueInteger": 88}],
    }
    # Every answer names an item of the Questionnaire we serve.
    assert link_ids(body["item"]) <= link_ids(questionnaire_resource()["item"])
    assert not AuditEvent.objects.filter(action="read").exists()  # a patient's own read is not audited


def test_red_flags_and_danger_signs_are_nested_under_their_complaint(fhir, make_patient, make_record):
    patient = make_patient()
    answers = {**URGENT, "red_flags": {"cardiac_features": False}, "danger_signs": {"ds_confused": False}}
    record = make_record(patient, answers)
    body = valid(fhir(patient).get(f"QuestionnaireResponse/{record.pk}").json())
    items = {item["linkId"]: item for item in body["item"]}
    group = items["red_flags"]["item"][0]
    assert group["linkId"] == "red_flags.chest_pain"
    assert group["item"][0]["linkId"] == "red_flags.chest_pain.cardiac_features"
    assert group["item"][0]["answer"] == [{"valueBoolean": False}]
    assert items["danger_signs"]["item"][0]["linkId"] == "danger_signs.ds_confused"


def test_another_patients_answers_are_404_and_not_in_their_search(fhir, make_patient, make_record):
    owner, other = make_patient(), make_patient()
    record = make_record(owner)
    paths = [f"QuestionnaireResponse/{record.pk}", f"RiskAssessment/{record.pk}", "RiskAssessment/9" + "9" * 20]
    hidden(fhir(other), *paths)
    found = fhir(other).get("QuestionnaireResponse", {"patient": f"Patient/{owner.pk}"}).json()
    assert found["total"] == 0


def test_er_staff_do_not_read_triage_records_as_in_the_rest_api(fhir, make_user, make_patient, make_record):
    record = make_record(make_patient())
    desk = make_user("er_staff")
    outcome(fhir(desk).get(f"QuestionnaireResponse/{record.pk}"), 404)
    assert fhir(desk).get("RiskAssessment").json()["total"] == 0


def test_a_nurse_reads_any_record_and_each_read_is_audited(fhir, make_user, make_patient, make_record):
    nurse = make_user("nurse")
    records = [make_record(make_patient()) for _ in range(2)]
    body = valid(fhir(nurse).get(f"QuestionnaireResponse/{records[0].pk}").json())
    assert body["id"] == str(records[0].pk)
    assert audited(nurse, records[0])
    before = AuditEvent.objects.filter(actor=nurse).count()
    bundle = valid(fhir(nurse).get("RiskAssessment").json())
    assert bundle["total"] == 2
    assert AuditEvent.objects.filter(actor=nurse).count() == before + 2
    assert all(audited(nurse, record) for record in records)


def test_search_by_patient_status_and_date(fhir, make_patient, make_record, make_dependant):
    from triage.services import triage_record_cancel

    patient = make_patient()
    child = make_dependant(patient)
    own = make_record(patient)
    childs = make_record(patient, dependant=child)
    cancelled = make_record(patient, complete=False)
    triage_record_cancel(record_id=cancelled.pk, actor=patient)
    client = fhir(patient)

    def ids(resource_type, **params):
        bundle = valid(client.get(resource_type, params).json())
        return {entry["resource"]["id"] for entry in bundle.get("entry", [])}

    assert ids("QuestionnaireResponse") == {str(own.pk), str(childs.pk), str(cancelled.pk)}
    assert ids("QuestionnaireResponse", patient=f"Patient/dependant-{child.pk}") == {str(childs.pk)}
    assert ids("QuestionnaireResponse", patient=str(patient.pk)) == {str(own.pk), str(cancelled.pk)}
    assert ids("QuestionnaireResponse", status="stopped") == {str(cancelled.pk)}
    assert ids("QuestionnaireResponse", status="completed,stopped") == {str(own.pk), str(childs.pk), str(cancelled.pk)}
    today = timezone.localdate().isoformat()
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    assert len(ids("QuestionnaireResponse", authored=today)) == 3
    assert ids("QuestionnaireResponse", authored=f"ge{tomorrow}") == set()
    assert ids("RiskAssessment") == {str(own.pk), str(childs.pk)}  # a cancelled record has no result
    assert ids("RiskAssessment", date=f"lt{tomorrow}", status="final") == {str(own.pk), str(childs.pk)}
    assert ids("RiskAssessment", status="amended") == set()
    assert ids("RiskAssessment", _id=f"{own.pk},{cancelled.pk}") == {str(own.pk)}
    assert ids("RiskAssessment", status="http://example.org/other|final") == set()


# --- RiskAssessment -------------------------------------------------------------------------------------
def test_a_completed_record_without_a_current_result_has_no_risk_assessment(fhir, make_user, make_patient):
    from triage.models import TriageRecord

    # Test data as other apps' tests write it: "completed" with no result row.
    patient = make_patient()
    record = TriageRecord.objects.create(
        patient=patient, state="completed", answers={}, catalogue_version="t", ruleset_version="t", acuity=2
    )
    outcome(fhir(patient).get(f"RiskAssessment/{record.pk}"), 404)
    assert fhir(make_user("nurse")).get("RiskAssessment").json()["total"] == 0
    assert valid(fhir(patient).get(f"QuestionnaireResponse/{record.pk}").json())["status"] == "completed"


@pytest.mark.parametrize("name", ["URGENT", "EMERGENCY", "SELF_CARE"])
def test_the_result_is_a_risk_assessment_with_acuity_and_disposition(fhir, make_patient, make_record, name):
    answers = {"URGENT": URGENT, "EMERGENCY": EMERGENCY, "SELF_CARE": SELF_CARE}[name]
    acuity, disposition = EXPECTED[name]
    patient = make_patient()
    record = make_record(patient, answers)
    body = valid(fhir(patient).get(f"RiskAssessment/{record.pk}").json())
    assert body["status"] == "final"
    prediction = body["prediction"][0]
    assert prediction["qualitativeRisk"]["coding"][0]["code"] == str(acuity)
    assert prediction["outcome"]["coding"][0]["code"] == disposition
    assert prediction["whenRange"]["high"]["code"] == "min"
    assert body["basis"] == [{"reference": f"QuestionnaireResponse/{record.pk}"}]
    assert body["subject"]["reference"] == f"Patient/{patient.pk}"


def test_an_override_is_amended_and_only_staff_read_its_internal_note(fhir, make_user, make_patient, make_record):
    from triage.services import triage_record_override

    patient, clinician = make_patient(), make_user("clinician", full_name="Cleo Clinician")
    record = make_record(patient)
    override = {"acuity": 2, "disposition": "emergency", "reason": "ECG changes on the photo"}
    triage_record_override(record_id=record.pk, actor=clinician, patient_message="Please go to the ER now.", **override)
    mine = valid(fhir(patient).get(f"RiskAssessment/{record.pk}").json())
    assert mine["status"] == "amended"
    assert mine["performer"] == {"display": "Cleo Clinician"}
    assert mine["prediction"][0]["outcome"]["coding"][0]["code"] == "emergency"
    notes = " ".join(note["text"] for note in mine["note"])
    assert "Please go to the ER now." in notes and "ECG changes" not in notes
    staff = valid(fhir(clinician).get(f"RiskAssessment/{record.pk}").json())
    assert "ECG changes" in " ".join(note["text"] for note in staff["note"])
    assert fhir(patient).get("RiskAssessment", {"status": "amended"}).json()["total"] == 1


def test_search_pages_with_links_and_a_total(fhir, make_patient, make_record):
    patient = make_patient()
    records = [make_record(patient, SELF_CARE) for _ in range(5)]
    client = fhir(patient)
    first = valid(client.get("RiskAssessment", {"_count": "2"}).json())
    assert first["total"] == 5 and len(first["entry"]) == 2
    relations = {link["relation"]: link["url"] for link in first["link"]}
    assert set(relations) == {"self", "first", "next", "last"}
    seen = [entry["resource"]["id"] for entry in first["entry"]]
    url = relations["next"]
    while url:
        page = valid(client.api.get(url).json())
        seen += [entry["resource"]["id"] for entry in page["entry"]]
        url = next((link["url"] for link in page["link"] if link["relation"] == "next"), None)
    assert sorted(seen) == sorted(str(record.pk) for record in records)
    assert "_page=3" in relations["last"]
    past = valid(client.get("RiskAssessment", {"_count": "2", "_page": "9"}).json())
    assert past["total"] == 5 and "entry" not in past


def test_a_search_costs_the_same_queries_for_a_long_page_as_a_short_one(fhir, make_user, make_patient, make_record):
    client = fhir(make_user("nurse"))
    counts = {}
    for index in range(8):
        make_record(make_patient(), SELF_CARE)
        if index + 1 not in (2, 8):
            continue
        for resource_type in ("QuestionnaireResponse", "RiskAssessment"):
            client.get(resource_type)  # warm what is cached per process (content types), outside the count
            with CaptureQueriesContext(connection) as queries:
                response = client.get(resource_type, {"_count": "100"})
            assert response.json()["total"] == index + 1
            counts[(resource_type, index + 1)] = len(queries)
    for resource_type in ("QuestionnaireResponse", "RiskAssessment"):
        assert counts[(resource_type, 2)] == counts[(resource_type, 8)], counts
        assert counts[(resource_type, 8)] <= 10, counts
