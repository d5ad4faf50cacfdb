"""Triage API: validation, permissions (another patient's id is 404), auditing, overrides, query counts."""

import pytest

from healthsvc.models import AuditEvent
from triage.models import TriageRecord

pytestmark = pytest.mark.django_db

RECORDS = "/api/v1/triage/records/"


def test_questionnaire_is_served_with_at_least_60_complaints_in_17_groups(api_client):
    response = api_client.get("/api/v1/triage/questionnaire/")
    assert response.status_code == 200
    body = response.json()
    assert len(body["complaints"]) >= 60
    assert len(body["groups"]) == 17
    assert all(group["complaints"] for group in body["groups"])
    assert {"version", "general_questions", "vitals"} <= set(body)


def test_create_answers_202_with_the_record_url(
    client_for, patient, sore_throat_answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        response = client_for(patient).post(RECORDS, {"answers": sore_throat_answers}, format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["state"] == "recorded"
    assert body["url"] == f"{RECORDS}{body['id']}/"
    assert response.headers["Location"] == body["url"]


def test_create_with_bad_answers_is_400_per_field_and_saves_nothing(client_for, patient):
    bad = {"complaint": "sore_throat", "pain": 11, "onset": "yesterday", "red_flags": {"not_a_flag": True}}
    response = client_for(patient).post(RECORDS, {"answers": bad}, format="json")
    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert "pain" in fields and "onset" in fields
    assert any(key.startswith("red_flags") for key in fields)
    assert not TriageRecord.objects.exists()


@pytest.mark.parametrize("answers", [None, [], "text", 12, {"complaint": "\x00"}, {"pain": 10**30}])
def test_create_with_wrong_types_is_400(client_for, patient, answers):
    response = client_for(patient).post(RECORDS, {"answers": answers}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_idempotency_key_header(client_for, patient, sore_throat_answers, django_capture_on_commit_callbacks):
    client = client_for(patient)
    with django_capture_on_commit_callbacks(execute=False):
        first = client.post(RECORDS, {"answers": sore_throat_answers}, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
        second = client.post(RECORDS, {"answers": sore_throat_answers}, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert (first.status_code, second.status_code) == (202, 200)
    assert first.json()["id"] == second.json()["id"]
    bad = client.post(RECORDS, {"answers": sore_throat_answers}, format="json", HTTP_IDEMPOTENCY_KEY="bad key!")
    assert bad.json()["error"]["code"] == "invalid_idempotency_key"


def test_patient_sees_only_their_own_records(client_for, completed_record, make_user):
    other = make_user("patient")
    assert client_for(other).get(f"{RECORDS}{completed_record.pk}/").status_code == 404
    assert client_for(other).get(RECORDS).json()["count"] == 0
    own = client_for(completed_record.patient).get(f"{RECORDS}{completed_record.pk}/")
    assert own.status_code == 200
    body = own.json()
    assert body["result"]["disposition"] == "self_care"
    assert [t["to_state"] for t in body["transitions"]] == ["requested", "recorded", "calculating", "completed"]
    assert not AuditEvent.objects.filter(action="read").exists()  # a patient reading their own is not audited


def test_staff_reads_are_audited(client_for, completed_record, make_user):
    nurse = make_user("nurse")
    assert client_for(nurse).get(f"{RECORDS}{completed_record.pk}/").status_code == 200
    assert client_for(nurse).get(RECORDS).json()["count"] == 1
    events = AuditEvent.objects.filter(actor=nurse, action="read", object_type="triage_record")
    assert events.count() == 2
    assert {e.patient_id for e in events} == {completed_record.patient_id}


def test_er_staff_cannot_read_triage_records(client_for, completed_record, make_user):
    desk = make_user("er_staff")
    assert client_for(desk).get(f"{RECORDS}{completed_record.pk}/").status_code == 404


def test_list_query_count_is_bounded(
    client_for, patient, make_user, sore_throat_answers, django_assert_max_num_queries
):
    from triage.services import triage_record_calculate, triage_record_create

    for _ in range(8):
        record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
        triage_record_calculate(record_id=record.pk)
    clinician = client_for(make_user("clinician"))
    with django_assert_max_num_queries(11):
        response = clinician.get(RECORDS)
    assert response.json()["count"] == 8


def test_list_filters(client_for, completed_record, make_user):
    client = client_for(make_user("clinician"))
    assert client.get(RECORDS, {"disposition": "self_care"}).json()["count"] == 1
    assert client.get(RECORDS, {"disposition": "emergency"}).json()["count"] == 0
    assert client.get(RECORDS, {"state": "completed"}).json()["count"] == 1


def test_override_endpoint(client_for, completed_record, make_user):
    url = f"{RECORDS}{completed_record.pk}/override/"
    payload = {"acuity": 3, "disposition": "urgent", "reason": "Fever for 5 days on a second call."}
    assert client_for(completed_record.patient).post(url, payload, format="json").status_code == 403
    assert client_for(make_user("er_staff")).post(url, payload, format="json").status_code == 403
    response = client_for(make_user("clinician")).post(url, payload, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["result"]["kind"] == "override"
    assert body["result"]["disposition"] == "urgent"
    assert len(body["results"]) == 2
    bad = client_for(make_user("clinician")).post(url, {"acuity": 9, "disposition": "soon"}, format="json")
    assert bad.status_code == 400
    assert set(bad.json()["error"]["fields"]) == {"acuity", "disposition", "reason"}


def test_override_of_missing_record_is_404(client_for, make_user):
    response = client_for(make_user("clinician")).post(
        f"{RECORDS}999999/override/", {"acuity": 3, "disposition": "urgent", "reason": "x"}, format="json"
    )
    assert response.status_code == 404


def test_cancel_is_409_after_completion(client_for, completed_record):
    response = client_for(completed_record.patient).post(f"{RECORDS}{completed_record.pk}/cancel/", {}, format="json")
    assert response.status_code == 409
    assert response.json()["error"]["current_state"] == "completed"


def test_cancel_another_patients_record_is_404(client_for, completed_record, make_user):
    response = client_for(make_user("patient")).post(f"{RECORDS}{completed_record.pk}/cancel/", {}, format="json")
    assert response.status_code == 404


def test_retry_endpoint_is_staff_only(client_for, completed_record, make_user):
    url = f"{RECORDS}{completed_record.pk}/retry/"
    assert client_for(completed_record.patient).post(url).status_code == 403
    assert client_for(make_user("nurse")).post(url).status_code == 409


def test_shadow_disagreement_is_listed_for_staff_in_api_page_and_admin(client, client_for, make_user, settings):
    """A 70-year-old with mild tummy pain: the active ruleset says self-care, the candidate says urgent."""
    import datetime as dt

    from triage import engine
    from triage.services import triage_record_calculate, triage_record_create

    settings.TRIAGE_ACTIVE_RULESET = engine.PREVIOUS_RULESET  # 2026.12 ran in shadow of 2025.11, as rolled out
    settings.TRIAGE_SHADOW_RULESET = engine.DEFAULT_RULESET
    older = make_user("patient", date_of_birth=dt.date.today() - dt.timedelta(days=70 * 366))
    agreeing = make_user("patient")
    answers = {"complaint": "abdominal_pain", "pain": 2, "onset": "gradual", "duration": "1_7d"}
    disagreeing, _ = triage_record_create(patient=older, raw_answers=answers)
    triage_record_calculate(record_id=disagreeing.pk)
    agreed, _ = triage_record_create(patient=agreeing, raw_answers=answers)  # 34 years old: both say the same
    triage_record_calculate(record_id=agreed.pk)

    assert client_for(older).get("/api/v1/triage/disagreements/").status_code == 403
    rows = client_for(make_user("clinician")).get("/api/v1/triage/disagreements/").json()["results"]
    assert [row["record_id"] for row in rows] == [disagreeing.pk]
    assert rows[0]["active"]["disposition"] == "self_care"
    assert rows[0]["shadow"]["disposition"] == "urgent"

    client.force_login(make_user("clinician"))
    page = client.get("/triage/disagreements/").content.decode()
    assert f"#{disagreeing.pk}" in page and f"#{agreed.pk}<" not in page
    client.force_login(make_user("admin", is_superuser=True))
    admin_page = client.get("/admin/triage/shadowdisagreement/")
    assert admin_page.context["cl"].result_count == 1


def test_unauthenticated_is_401(api_client):
    assert api_client.get(RECORDS).status_code == 401
    assert api_client.post(RECORDS, {}, format="json").status_code == 401


def test_result_page_does_not_show_a_patient_the_less_urgent_baseline(client, patient):
    """A red flag overrode the 'manage at home' baseline: the patient sees why it is urgent, not both."""
    from triage.services import triage_record_calculate, triage_record_create

    record, _ = triage_record_create(
        patient=patient,
        raw_answers={"complaint": "abdominal_pain", "pain": 8, "onset": "sudden", "duration": "1_24h", "red_flags": {}},
    )
    record = triage_record_calculate(record_id=record.pk)
    client.force_login(patient)
    html = client.get(f"/triage/{record.pk}/").content.decode()
    baseline = next(r for r in record.results.get().reasons if r["rule_id"].startswith("baseline."))
    assert record.disposition != "self_care"
    assert baseline["text"] not in html


def test_complaint_search_ranks_lay_words_and_rejects_bad_parameters(client):
    """The page's complaint picker and integrators share one ranking (triage.engine.search)."""
    body = client.get("/api/v1/triage/complaints/search/", {"q": "tummy ache", "limit": 3}).json()
    assert body["results"][0]["code"] == "abdominal_pain" and len(body["results"]) <= 3
    assert set(body["results"][0]) == {"code", "label", "group"}
    for params in ({}, {"q": ""}, {"q": "x" * 201}, {"q": "cough", "limit": 0}, {"q": "cough", "limit": "many"}):
        response = client.get("/api/v1/triage/complaints/search/", params)
        assert response.status_code == 400, params
        assert response.json()["error"]["code"]


def test_danger_signs_are_served_and_an_unknown_one_is_a_400(client, client_for, patient):
    served = client.get("/api/v1/triage/questionnaire/").json()
    ids = {s["id"] for s in served["danger_signs"]["signs"]}
    assert {"ds_non_blanching_rash", "ds_child_floppy_cry", "ds_clot_risk"} <= ids
    cough = next(c for c in served["complaints"] if c["code"] == "cough")
    assert "danger_signs_covered" in cough
    answers = {"complaint": "sore_throat", "pain": 2, "onset": "gradual", "duration": "1_2d"}
    bad = client_for(patient).post(
        "/api/v1/triage/records/", {"answers": {**answers, "danger_signs": {"ds_nope": True}}}, format="json"
    )
    assert bad.status_code == 400 and "danger_signs" in bad.json()["error"]["fields"]


def test_an_answer_sheet_stopped_at_an_emergency_answer_is_accepted_and_says_so(client_for, patient):
    """Issue 10: the page sends what it has at a 999 answer; pain, onset and duration may follow later."""
    api = client_for(patient)
    early = {"complaint": "chest_pain", "red_flags": {"cardiac_features": True}, "stopped_early": True}
    created = api.post("/api/v1/triage/records/", {"answers": early}, format="json")
    assert created.status_code == 202, created.json()  # accepted: calculated in the background
    from triage.services import triage_record_calculate

    triage_record_calculate(record_id=created.json()["id"])
    result = api.get(f"/api/v1/triage/records/{created.json()['id']}/").json()
    assert result["disposition"] == "emergency_services"
    missing = api.post("/api/v1/triage/records/", {"answers": {**early, "stopped_early": False}}, format="json")
    assert missing.status_code == 400 and {"pain", "onset", "duration"} <= set(missing.json()["error"]["fields"])
    bad = api.post("/api/v1/triage/records/", {"answers": {**early, "stopped_early": "yes"}}, format="json")
    assert bad.status_code == 400 and "stopped_early" in bad.json()["error"]["fields"]


def test_pages_show_answers_and_complaints_in_words_never_codes(client, patient, make_user):
    """Issue 10, items 4 and 7: the history names the problem, the chart shows questions and answers."""
    from triage.services import triage_record_calculate, triage_record_create

    answers = {
        "complaint": "chest_pain",
        "pain": 4,
        "onset": "gradual",
        "duration": "lt_1h",
        "red_flags": {"cardiac_features": True, "tearing": False},
        "danger_signs": {"ds_clot_risk": True},
        "vitals": {"temperature_c": 37.2},
    }
    record, _ = triage_record_create(patient=patient, raw_answers=answers)
    triage_record_calculate(record_id=record.pk)
    client.force_login(patient)
    history = client.get("/triage/").content.decode()
    assert "Chest pain or tightness" in history and "chest_pain" not in history
    client.force_login(make_user("clinician"))
    chart = client.get(f"/triage/{record.pk}/").content.decode()
    for code in ("chest_pain", "cardiac_features", "lt_1h", "ds_clot_risk", "red_flags", "{"):
        assert code not in chart.split('id="answers-heading"')[1].split("</section>")[0], code
    answers_html = chart.split('id="answers-heading"')[1].split("</section>")[0]
    assert "Does the pain feel like pressure" in answers_html and "Less than 1 hour" in answers_html
    assert answers_html.index("Does the pain feel like pressure") < answers_html.index("tearing, going through")
