"""The workers API: every endpoint's permissions, the error shape, idempotency, audit, bounded queries."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from healthsvc.models import AuditEvent
from workers.choices import ContactState
from workers.models import ContactRequest

pytestmark = pytest.mark.django_db

BASE = "/api/v1/workers"
H = dt.timedelta(hours=1)


@pytest.fixture
def patient_client(patient, client_for):
    return client_for(patient)


def assert_error(response, status, code):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["fields"], dict)
    return body["error"]


# --- anonymous ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/contact-requests/"),
        ("post", "/contact-requests/"),
        ("get", "/contact-requests/1/"),
        ("post", "/contact-requests/1/cancel/"),
        ("get", "/me/requests/"),
        ("get", "/me/requests/1/"),
        ("post", "/me/requests/1/accept/"),
        ("post", "/me/requests/1/complete/"),
        ("post", "/me/requests/1/cancel/"),
        ("get", "/on-duty/"),
    ],
)
def test_every_endpoint_needs_sign_in(api_client, method, path):
    assert_error(getattr(api_client, method)(BASE + path), 401, "not_authenticated")


# --- patients --------------------------------------------------------------------------------------
def test_create_assigns_and_returns_the_request(patient, patient_client, make_triage, make_worker):
    worker = make_worker("nurse", full_name="Nora Nightingale", languages=["en", "es"])
    record = make_triage(patient, disposition="urgent")
    response = patient_client.post(
        f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "video", "language": "ES"}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert response["Location"] == body["url"] == f"{BASE}/contact-requests/{body['id']}/"
    assert body["state"] == "assigned"
    assert body["language"] == "es"
    assert body["worker"] == {"first_name": "Nora", "role": "nurse", "role_display": "Nurse"}
    assert body["availability"] is None
    assert [row["to_state"] for row in body["history"]] == ["requested", "assigned"]
    assert "email" not in str(body["worker"]) and worker.user.email not in response.content.decode()


def test_create_with_nobody_on_duty_says_when_and_offers_the_er(patient, patient_client, make_triage, make_worker, now):
    make_worker("nurse", shift=(now + 2 * H, now + 10 * H))
    record = make_triage(patient, disposition="urgent")
    body = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"}).json()
    assert body["state"] == "requested"
    assert body["worker"] is None
    availability = body["availability"]
    assert availability["someone_on_duty"] is False
    assert availability["next_available_at"].startswith((now + 2 * H).strftime("%Y-%m-%dT%H:%M"))
    assert availability["alternative"]["kind"] == "er_queue"
    assert availability["alternative"]["url"] == "/er/"


def test_create_routine_with_nobody_offers_self_care(patient, patient_client, make_triage):
    record = make_triage(patient, disposition="routine")
    body = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"}).json()
    assert body["availability"]["alternative"]["kind"] == "self_care"
    assert body["availability"]["next_available_at"] is None


@pytest.mark.parametrize("disposition", ["self_care", "emergency", "emergency_services"])
def test_create_for_another_disposition_is_409(patient, patient_client, make_triage, disposition):
    record = make_triage(patient, disposition=disposition)
    response = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"})
    assert_error(response, 409, "disposition_not_eligible")


def test_create_for_an_unfinished_triage_is_409(patient, patient_client, make_triage):
    record = make_triage(patient, state="calculating")
    response = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"})
    assert_error(response, 409, "triage_not_completed")


def test_create_for_another_patients_triage_is_404(patient_client, make_user, make_triage):
    record = make_triage(make_user("patient"))
    response = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"})
    assert_error(response, 404, "not_found")


def test_create_twice_is_409_with_the_open_request(patient, patient_client, make_triage):
    record = make_triage(patient)
    first = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"}).json()
    response = patient_client.post(f"{BASE}/contact-requests/", {"triage_record": record.pk, "channel": "phone"})
    error = assert_error(response, 409, "contact_request_open")
    assert error["contact_request"] == first["id"]


def test_idempotency_key_header(patient, patient_client, make_triage):
    record = make_triage(patient)
    payload = {"triage_record": record.pk, "channel": "phone"}
    first = patient_client.post(f"{BASE}/contact-requests/", payload, HTTP_IDEMPOTENCY_KEY="abc-123")
    again = patient_client.post(f"{BASE}/contact-requests/", payload, HTTP_IDEMPOTENCY_KEY="abc-123")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    other = patient_client.post(
        f"{BASE}/contact-requests/", {**payload, "channel": "video"}, HTTP_IDEMPOTENCY_KEY="abc-123"
    )
    assert_error(other, 409, "idempotency_key_reused")
    assert_error(
        patient_client.post(f"{BASE}/contact-requests/", payload, HTTP_IDEMPOTENCY_KEY="bad key!"),
        400,
        "invalid_idempotency_key",
    )


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({}, {"triage_record", "channel"}),
        ({"triage_record": "abc", "channel": "pigeon"}, {"triage_record", "channel"}),
        ({"triage_record": -1, "channel": "phone"}, {"triage_record"}),
        ({"triage_record": 10**30, "channel": "phone"}, {"triage_record"}),
        ({"triage_record": 1, "channel": "phone", "language": "xx"}, {"language"}),
        ({"triage_record": 1, "channel": "phone", "language": "english"}, {"language"}),
    ],
)
def test_bad_input_gives_the_error_shape(patient_client, payload, fields):
    error = assert_error(patient_client.post(f"{BASE}/contact-requests/", payload, format="json"), 400, "invalid")
    assert set(error["fields"]) == fields


def test_malformed_json_is_400(patient_client):
    response = patient_client.post(f"{BASE}/contact-requests/", "{not json", content_type="application/json")
    assert_error(response, 400, "parse_error")


def test_staff_cannot_create(make_worker, make_triage, make_user, client_for):
    worker = make_worker()
    record = make_triage(make_user("patient"))
    payload = {"triage_record": record.pk, "channel": "phone"}
    response = client_for(worker.user).post(f"{BASE}/contact-requests/", payload)
    assert_error(response, 403, "permission_denied")


def test_list_and_detail_are_the_patients_own(patient, patient_client, make_request, make_user, make_worker):
    mine = make_request(patient=patient)
    make_request("assigned", patient=patient, worker=make_worker())
    theirs = make_request()
    listing = patient_client.get(f"{BASE}/contact-requests/").json()
    assert listing["count"] == 2
    assert theirs.pk not in [row["id"] for row in listing["results"]]
    assert patient_client.get(f"{BASE}/contact-requests/?state=requested").json()["count"] == 1
    detail = patient_client.get(f"{BASE}/contact-requests/{mine.pk}/")
    assert detail.status_code == 200
    assert detail.json()["availability"]["alternative"]["kind"] == "er_queue"
    assert_error(patient_client.get(f"{BASE}/contact-requests/{theirs.pk}/"), 404, "not_found")
    assert_error(patient_client.get(f"{BASE}/contact-requests/999999/"), 404, "not_found")


def test_patient_cancels_own_and_not_anothers(patient, patient_client, make_request):
    mine = make_request(patient=patient)
    theirs = make_request()
    response = patient_client.post(f"{BASE}/contact-requests/{mine.pk}/cancel/", {"reason": "Feeling better"})
    assert response.status_code == 200
    assert response.json()["state"] == "cancelled"
    retry = patient_client.post(f"{BASE}/contact-requests/{mine.pk}/cancel/")  # a retry: answered, not refused
    assert retry.status_code == 200 and retry.json()["state"] == "cancelled"
    assert mine.transitions.count() == 1
    assert_error(patient_client.post(f"{BASE}/contact-requests/{theirs.pk}/cancel/"), 404, "not_found")
    assert ContactRequest.objects.get(pk=theirs.pk).state == ContactState.REQUESTED


def test_patient_list_has_bounded_queries(patient, patient_client, make_request, make_worker):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert patient_client.get(f"{BASE}/contact-requests/").status_code == 200
        return len(ctx)

    make_request("assigned", patient=patient, worker=make_worker())
    few = count()
    for _ in range(6):
        make_request("assigned", patient=patient, worker=make_worker())
        make_request(patient=patient)
    assert count() == few


# --- workers --------------------------------------------------------------------------------------
def test_worker_lists_own_open_requests_and_reads_are_audited(make_worker, make_request, client_for):
    worker = make_worker()
    assigned = make_request("assigned", worker=worker)
    started = make_request("in_progress", worker=worker)
    make_request("completed", worker=worker)
    make_request("assigned", worker=make_worker())
    client = client_for(worker.user)
    body = client.get(f"{BASE}/me/requests/").json()
    assert sorted(row["id"] for row in body["results"]) == sorted([assigned.pk, started.pk])
    row = next(row for row in body["results"] if row["id"] == assigned.pk)
    assert row["patient"]["name"] == "Pat Example"
    assert row["acuity"] == 3
    assert client.get(f"{BASE}/me/requests/?state=completed").json()["count"] == 1
    audited = AuditEvent.objects.filter(actor=worker.user, action="read", object_type="contact_request")
    assert {(event.object_id, event.patient_id) for event in audited} >= {
        (str(assigned.pk), assigned.patient_id),
        (str(started.pk), started.patient_id),
    }


def test_worker_detail_of_another_workers_request_is_404(make_worker, make_request, client_for):
    worker = make_worker()
    mine = make_request("assigned", worker=worker)
    theirs = make_request("assigned", worker=make_worker())
    client = client_for(worker.user)
    assert client.get(f"{BASE}/me/requests/{mine.pk}/").status_code == 200
    assert AuditEvent.objects.filter(actor=worker.user, object_id=str(mine.pk), action="read").exists()
    assert_error(client.get(f"{BASE}/me/requests/{theirs.pk}/"), 404, "not_found")


def test_worker_accepts_and_completes(make_worker, make_request, client_for):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    client = client_for(worker.user)
    error = assert_error(client.post(f"{BASE}/me/requests/{request.pk}/complete/"), 409, "illegal_transition")
    assert error["current_state"] == "assigned"
    response = client.post(f"{BASE}/me/requests/{request.pk}/accept/")
    assert response.status_code == 200
    assert response.json()["state"] == "in_progress"
    retry = client.post(f"{BASE}/me/requests/{request.pk}/accept/")  # the first response was lost
    assert retry.status_code == 200 and retry.json()["state"] == "in_progress"
    response = client.post(f"{BASE}/me/requests/{request.pk}/complete/", {"note": "Advised"})
    assert response.json()["state"] == "completed"
    assert request.transitions.last().reason == "Advised"


def test_only_the_assigned_worker_may_act(make_worker, make_request, client_for):
    request = make_request("assigned", worker=make_worker())
    other = client_for(make_worker().user)
    for action in ("accept", "complete", "cancel"):
        assert_error(other.post(f"{BASE}/me/requests/{request.pk}/{action}/"), 404, "not_found")
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.ASSIGNED


def test_worker_cancels_their_assigned_request(make_worker, make_request, client_for):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    response = client_for(worker.user).post(f"{BASE}/me/requests/{request.pk}/cancel/", {"reason": "Went to ER"})
    assert response.json()["state"] == "cancelled"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/me/requests/"),
        ("get", "/me/requests/{id}/"),
        ("post", "/me/requests/{id}/accept/"),
        ("post", "/me/requests/{id}/complete/"),
        ("post", "/me/requests/{id}/cancel/"),
    ],
)
def test_patients_and_other_staff_cannot_use_worker_endpoints(
    method, path, patient, client_for, make_request, make_worker, make_user
):
    request = make_request("assigned", worker=make_worker(), patient=patient)
    url = BASE + path.format(id=request.pk)
    assert_error(getattr(client_for(patient), method)(url), 403, "permission_denied")  # even their own request
    assert_error(getattr(client_for(make_user("er_staff")), method)(url), 403, "permission_denied")
    assert_error(getattr(client_for(make_user("nurse")), method)(url), 403, "no_worker_profile")
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.ASSIGNED


def test_worker_list_has_bounded_queries(make_worker, make_request, client_for):
    worker = make_worker(limit=50)
    client = client_for(worker.user)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"{BASE}/me/requests/").status_code == 200
        return len(ctx)

    make_request("assigned", worker=worker)
    few = count()
    for _ in range(8):
        make_request("in_progress", worker=worker)
    assert count() == few


def test_worker_cannot_read_requests_through_the_patient_endpoints(make_worker, make_request, client_for):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    client = client_for(worker.user)
    assert_error(client.get(f"{BASE}/contact-requests/{request.pk}/"), 404, "not_found")
    assert client.get(f"{BASE}/contact-requests/").json()["count"] == 0


# --- on duty ---------------------------------------------------------------------------------------
def test_on_duty_counts_without_personal_data(patient_client, make_worker, now):
    make_worker("nurse", full_name="Secret Name")
    make_worker("physician", languages=["fr"])
    make_worker("pharmacist", on_duty=False, shift=(now + 3 * H, now + 5 * H))
    body = patient_client.get(f"{BASE}/on-duty/").json()
    assert body["by_role"] == {"nurse": 1, "physician": 1}
    assert body["total"] == 2
    assert body["next_shift_start"].startswith((now + 3 * H).strftime("%Y-%m-%dT%H:%M"))
    assert "Secret" not in str(body) and "@" not in str(body)
    assert patient_client.get(f"{BASE}/on-duty/?language=fr").json()["by_role"] == {"physician": 1}
    assert_error(patient_client.get(f"{BASE}/on-duty/?language=xyz"), 400, "invalid")


def test_schema_documents_the_workers_endpoints(api_client):
    response = api_client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/v1/workers/contact-requests/",
        "/api/v1/workers/contact-requests/{request_id}/cancel/",
        "/api/v1/workers/me/requests/{request_id}/accept/",
        "/api/v1/workers/on-duty/",
    ):
        assert path in paths
    create = paths["/api/v1/workers/contact-requests/"]["post"]
    assert any(param["name"] == "Idempotency-Key" for param in create["parameters"])
    assert {"201", "409"} <= set(create["responses"])
