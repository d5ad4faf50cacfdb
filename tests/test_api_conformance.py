"""Schemathesis against the API's own OpenAPI schema, as a patient, as ER staff and as a nurse, every check on.

The schema is fetched from /api/schema/ on a real server (the WSGI app on a socket, in a thread of this process,
backed by the test PostgreSQL and Redis), then Schemathesis runs all its phases over every operation: the
schema's examples, the coverage phase (boundary and invalid values for each parameter, missing required
fields, unexpected methods), fuzzing (positive and negative data) and the stateful phase (chains of calls
linked by the responses). Every check is on: no server errors, status codes, content types, response headers
and bodies as documented, schema-valid requests accepted, schema-invalid ones rejected, authentication
enforced, and the stateful checks (a created resource is readable, a deleted one is gone).

Why a server on a socket and not the WSGI app in-process: Schemathesis 4.32's WSGI transport passes socket
settings (`max_redirects`) to Werkzeug when its `ignored_auth` check sends its probes, which then fail with a
TypeError; over HTTP every check runs. The server has one thread, so its database connection lasts the run
(Django's threaded live server opens one per request).

Every operation in the schema is run; none is excluded. Bounded and deterministic: a fixed seed, derandomized
Hypothesis (no example database, no Schemathesis cache), a fixed number of examples per operation; a role must
run to completion (a role stopped at its time limit fails), so CI always covers every operation.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict

import pytest
import schemathesis
from schemathesis.engine import StopReason, events

# The brief's two (a patient, ER staff), and a nurse with a health-worker profile: without one, the clinical
# operations (override, retry, disagreements, a worker's own contact requests) would only ever answer 403.
ROLES = ["patient", "er_staff", "nurse"]
EXAMPLES_PER_OPERATION = 10
# A role takes about a minute on a 2-core machine; all three must end well inside CI's ten minutes, so a role
# still running after this is stopped, and fails.
MAX_SECONDS_PER_ROLE = 150

# Requests that fit the schema but name things only the server can judge: the schema cannot say which
# password is right, which answers fit the questionnaire, or which names are in the medicine catalogue.
# For these (and only these) a 400 with the error shape is a correct answer to a schema-valid request.
SERVER_JUDGED = {
    "/api/v1/auth/signup/": "password rules (common, too similar to the email) and a date of birth in the past",
    "/api/v1/auth/token/": "the email and password must match an account",
    "/api/v1/me/close/": "the password must be the account's",
    "/api/v1/me/dependants/": "the date of birth must be in the past, at most 120 years ago",
    "/api/v1/triage/records/": "the answers must fit the questionnaire (each complaint's own questions)",
    "/api/v1/medicines/check/": "the slugs must be in the medicine catalogue",
    "/api/v1/suggestions/records/{record_id}/medicines/": "allergies and conditions must be known terms",
}

# The check's own list (2xx, 3xx, 401, 403, 404, 409, 429, 5xx) less 3xx and 5xx (never right here), plus 400.
SERVER_JUDGED_OK = ["2xx", "400", "401", "403", "404", "409", "429"]


def _seed_world(make_user) -> dict:
    """Real data through the real services: people in each role, rooms, records, bookings, a request."""
    from django.utils import timezone

    from er_queue import services as er
    from er_queue.models import EmergencyRoom
    from healthsvc.services import dependant_add
    from healthsvc.tokens import token_issue
    from medicine.models import Medicine
    from medicine.services import catalogue_load
    from suggestions.models import Interaction
    from triage.services import triage_record_calculate, triage_record_create
    from workers.models import Shift, WorkerProfile
    from workers.services import contact_request_create

    if not Medicine.objects.filter(slug="paracetamol-tablets").exists():
        catalogue_load()  # the data migration's catalogue is gone after an earlier transactional test's flush
    patient = make_user("patient", full_name="Pat Example")
    other = make_user("patient", full_name="Other Person")
    staff = make_user("er_staff", full_name="Desk Person")
    nurse = make_user("nurse", full_name="Sam Worker")
    worker = WorkerProfile.objects.create(
        user=nurse,
        role="nurse",
        licence_number="LIC-CONFORM",
        facility_name="Test Clinic",
        facility_kind="clinic",
        languages=["en"],
        accepts_patient_contact=True,
        max_concurrent_requests=5,
    )
    now = timezone.now()
    Shift.objects.create(worker=worker, starts_at=now - dt.timedelta(hours=1), ends_at=now + dt.timedelta(hours=8))
    child = dependant_add(
        guardian=patient, full_name="Kid Example", date_of_birth=dt.date(2018, 5, 1), sex="male", relationship="child"
    )
    rooms = [
        EmergencyRoom.objects.create(
            name=f"Conformance ER {i}",
            address="1 Test Street",
            region="Testshire",
            capacity=10,
            confirm_window_minutes=10,
            checkin_window_minutes=20,
            average_service_minutes=15,
        )
        for i in range(2)
    ]

    def record(user, answers, dependant_id=None):
        created, _ = triage_record_create(patient=user, raw_answers=answers, dependant_id=dependant_id)
        return triage_record_calculate(record_id=created.pk)

    emergency = {"complaint": "abdominal_pain", "pain": 8, "onset": "sudden", "duration": "1_24h", "red_flags": {}}
    urgent = {"complaint": "chest_pain", "pain": 5, "onset": "gradual", "duration": "1_2d", "red_flags": {}}
    self_care = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_7d", "red_flags": {}}
    routine = {"complaint": "palpitations", "pain": 0, "onset": "gradual", "duration": "1_3w", "red_flags": {}}
    records = [
        record(patient, emergency),
        record(patient, self_care),
        record(patient, routine),
        record(patient, urgent, child.pk),
        record(patient, urgent),
        record(other, emergency),
    ]
    bookings = [
        er.booking_create(actor=patient, room_id=rooms[0].pk, triage_record_id=records[0].pk).booking,
        er.booking_create(actor=other, room_id=rooms[0].pk, triage_record_id=records[5].pk).booking,
        er.booking_create_walk_in(actor=staff, room_id=rooms[1].pk, label="Walk-in A", acuity=4).booking,
    ]
    er.booking_confirm(booking_id=bookings[1].pk, actor=other)
    contact, _ = contact_request_create(patient=patient, triage_record_id=records[2].pk, channel="phone")
    # Spare tokens for DELETE auth/tokens/{token_key}/ to revoke (it may also revoke the one in use: see _sign_in_as).
    spare_keys = [token_issue(user=user)[1][:15] for user in (patient, staff, nurse)]
    return {
        "users": {"patient": patient, "er_staff": staff, "nurse": nurse},
        "path.record_id": [r.pk for r in records],
        "path.booking_id": [b.pk for b in bookings],
        "path.room_id": [r.pk for r in rooms],
        "path.request_id": [contact.pk],
        "path.interaction_id": list(Interaction.objects.order_by("pk").values_list("pk", flat=True)[:10]),
        "path.slug": list(Medicine.objects.order_by("slug").values_list("slug", flat=True)[:10]),
        "path.token_key": spare_keys,
        "body.triage_record": [r.pk for r in records],
        "body.room": [r.pk for r in rooms],
        "body.dependant": [child.pk],
    }


def _sign_in_as(schema, user) -> None:
    """Every request carries a real API token of `user`, as a client sends it.

    DELETE /api/v1/auth/tokens/{token_key}/ is tested like every operation, and the stateful phase can feed
    it the key of the very token in use (GET auth/tokens/ lists it): then the next call gets a 401 and the
    provider signs in again, as a client does, and the call is replayed. Nothing is excluded for it.
    """
    from django.db import connections

    from healthsvc.tokens import token_issue

    class Token:
        def get(self, case, context):
            try:
                return token_issue(user=user)[1]
            finally:
                connections.close_all()  # the engine's thread: do not leave its connection open

        def set(self, case, token, context):
            case.headers = {**(case.headers or {}), "Authorization": f"Token {token}"}

    schema.auth(refresh_interval=3600, retry_on=[401])(Token)


def _config(world: dict) -> schemathesis.Config:
    bound = {name: values for name, values in world.items() if "." in name and values}
    return schemathesis.Config.from_dict(
        {
            "seed": 20261207,
            "workers": 1,
            "request-timeout": 30,
            # Connection: close: Django's server writes a response's headers and body apart, and on a kept-alive
            # connection each request then waits out the client's delayed ACK (40 ms).
            "headers": {"Connection": "close"},
            # Real ids most of the time, so the operations reach real objects; generated ones the rest.
            "dictionaries": {name: {"values": values} for name, values in bound.items()},
            "parameters": {name: {"dictionary": name, "probability": 0.8} for name in bound},
            "generation": {
                "mode": "all",
                "max-examples": EXAMPLES_PER_OPERATION,
                "deterministic": True,
                "database": "none",
            },
            "checks": {"enabled": True},
            "operations": [
                {"include-path": path, "checks": {"positive_data_acceptance": {"expected-statuses": SERVER_JUDGED_OK}}}
                for path in SERVER_JUDGED
            ],
            "cache": {"enabled": False},  # nothing learnt in an earlier run changes this one
        }
    )


def _run(schema) -> tuple[list[str], list[str], StopReason | None, float]:
    failures: dict[tuple, int] = defaultdict(int)
    samples: dict[tuple, str] = {}
    errors: list[str] = []
    stop_reason = None
    started = time.monotonic()
    requests: dict[str, int] = defaultdict(int)
    stream = schemathesis.engine.from_schema(schema).execute()
    for event in stream:
        if time.monotonic() - started > MAX_SECONDS_PER_ROLE:
            stream.stop()  # the run then ends as interrupted, and the test fails
        if isinstance(event, events.ScenarioFinished):
            requests[event.phase.value] += len(event.recorder.interactions)
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.failure_info is None:
                        continue
                    failure = check.failure_info.failure
                    key = (failure.operation or event.recorder.label, check.name, failure.title, failure.message[:200])
                    failures[key] += 1
                    samples.setdefault(key, check.failure_info.code_sample)
        elif isinstance(event, events.NonFatalError):
            errors.append(f"{event.label}: {event.value!r}")
        elif isinstance(event, events.FatalError):
            errors.append(f"fatal: {event.exception!r}")
        elif isinstance(event, events.EngineFinished):
            stop_reason = event.stop_reason
            if event.payload is not None:
                print(f"signed in again after a 401: {event.payload.reauth_count} times")
    print(f"requests by phase: {dict(requests)}")
    report = [
        f"{operation} :: {check} :: {title} (x{count})\n{message}\n{samples[(operation, check, title, message)]}"
        for (operation, check, title, message), count in sorted(failures.items())
    ]
    return report, errors, stop_reason, time.monotonic() - started


@pytest.fixture
def api_server(transactional_db):
    """The whole Django app (middleware included) on a local port, served by one thread."""
    from django.core.servers.basehttp import WSGIServer
    from django.test.testcases import LiveServerThread, _StaticFilesHandler

    class OneThreadServer(WSGIServer):
        def __init__(self, *args, connections_override=None, **kwargs):
            super().__init__(*args, **kwargs)

    class ServerThread(LiveServerThread):
        server_class = OneThreadServer

    thread = ServerThread("localhost", _StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()  # closes the server thread's database connection before the flush


@pytest.mark.parametrize("role", ROLES)
def test_the_api_conforms_to_its_own_schema(role, api_server, make_user, monkeypatch):
    from django.conf import settings
    from rest_framework.throttling import SimpleRateThrottle

    # Thousands of requests in a few minutes: lift the rate limits for this run (a real 429 is held to the schema
    # below, and the limits themselves are tested in healthsvc/tests/test_api_auth.py). DRF's throttles read
    # this dict of the settings at each request.
    assert SimpleRateThrottle.THROTTLE_RATES is settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    for scope in list(SimpleRateThrottle.THROTTLE_RATES):
        monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, scope, "1000000/minute")

    world = _seed_world(make_user)
    schema = schemathesis.openapi.from_url(f"{api_server}/api/schema/?format=json", config=_config(world))
    _sign_in_as(schema, world["users"][role])
    report, errors, stop_reason, seconds = _run(schema)
    print(f"\nschemathesis as {role}: {seconds:.0f} s, stopped: {stop_reason}")
    assert not errors, "\n".join(errors)
    assert stop_reason == StopReason.COMPLETED, f"stopped early ({stop_reason}) after {seconds:.0f} s"
    assert not report, f"{len(report)} kinds of failure as {role}:\n\n" + "\n\n".join(report)


def test_a_throttled_request_gets_the_documented_429(api_server):
    """The run above lifts the rate limits; this holds a real 429 (a throttled sign-in) to the schema: a documented
    status, the error shape and an integer Retry-After."""
    import requests
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    config = schemathesis.Config.from_dict({"cache": {"enabled": False}})
    schema = schemathesis.openapi.from_url(f"{api_server}/api/schema/?format=json", config=config)
    operation = schema["/api/v1/auth/token/"]["POST"]
    for attempt in range(11):  # the sign-in scope allows 10 a minute; a new address each time, so no lockout
        body = {"email": f"nobody{attempt}@example.test", "password": "not the password"}
        response = requests.post(
            f"{api_server}/api/v1/auth/token/", json=body, headers={"Connection": "close"}, timeout=30
        )
    assert response.status_code == 429 and response.json()["error"]["code"] == "throttled"
    assert int(response.headers["Retry-After"]) > 0
    case = operation.Case(body=body, media_type="application/json")
    checks = [status_code_conformance, content_type_conformance, response_headers_conformance]
    case.validate_response(response, checks=[*checks, response_schema_conformance])
