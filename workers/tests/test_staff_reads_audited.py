"""Every staff route that shows patient data writes an audit row (issue 12, item 3).

Every GET route of the site (the admin aside: its reads are audited by AuditedReadAdmin, tested in each app) is
either in STAFF_READS, which this test calls as the staff role that may read it and checks for a new audit row by
that person, or in NO_PATIENT_DATA, which says why it is not. A new route in neither fails the test, so it
cannot be added without deciding which it is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from healthsvc.models import AuditEvent
from healthsvc.pms.choices import LinkSource, LinkStatus
from healthsvc.pms.models import PatientLink

pytestmark = pytest.mark.django_db

# route -> the role that reads it (the admin role for worker-only routes is the assigned worker: "worker")
STAFF_READS = {
    "api/v1/triage/records/": "clinician",
    "api/v1/triage/records/<int:record_id>/": "clinician",
    "api/v1/triage/disagreements/": "clinician",
    "api/v1/er/rooms/<int:room_id>/queue/": "er_staff",
    "api/v1/er/bookings/": "er_staff",
    "api/v1/er/bookings/<int:booking_id>/": "er_staff",
    "api/v1/er/bookings/<int:booking_id>/history/": "er_staff",
    "api/v1/suggestions/": "clinician",
    "api/v1/suggestions/records/<int:record_id>/": "clinician",
    "api/v1/workers/me/requests/": "worker",
    "api/v1/workers/me/requests/<int:request_id>/": "worker",
    "triage/": "clinician",
    "triage/<int:record_id>/": "clinician",
    "triage/disagreements/": "clinician",
    "er/bookings/<int:booking_id>/": "er_staff",
    "er/rooms/<int:room_id>/board/": "er_staff",
    "er/rooms/<int:room_id>/board/partial/": "er_staff",
    "suggestions/": "clinician",
    "suggestions/records/<int:record_id>/": "clinician",
    "workers/requests/": "worker",
    # The link to the patient-management system, with the demographics it returned (healthsvc/pms).
    "api/v1/patients/<int:patient_id>/pms-link/": "clinician",
    # The FHIR API (healthsvc/fhir): a resource's id is its triage record's or booking's (FHIR_IDS).
    "fhir/R4/QuestionnaireResponse": "clinician",
    "fhir/R4/QuestionnaireResponse/<str:resource_id>": "clinician",
    "fhir/R4/RiskAssessment": "clinician",
    "fhir/R4/RiskAssessment/<str:resource_id>": "clinician",
    "fhir/R4/Appointment": "er_staff",
    "fhir/R4/Appointment/<str:resource_id>": "er_staff",
}
FHIR_IDS = {"QuestionnaireResponse": "record_id", "RiskAssessment": "record_id", "Appointment": "booking_id"}
# Live streams answer only under ASGI (503 to this WSGI test client): their staff read is audited when the
# stream opens, proved over real HTTP in er_queue/tests/test_live.py.
STAFF_READS_OVER_ASGI = {
    "live/er/bookings/<int:booking_id>/": "test_er_staff_may_watch_a_booking_and_the_read_is_audited",
}

NO_PATIENT_DATA = {
    # public, or the signed-in person's own data only (a patient reading their own is not audited)
    "", "accounts/signup/", "accounts/people/", "accounts/time-zone/", "accounts/close/", "accounts/login/",
    "accounts/logout/", "accounts/password_change/", "accounts/password_change/done/", "accounts/password_reset/",
    "accounts/password_reset/done/", "accounts/reset/<uidb64>/<token>/", "accounts/reset/done/",
    "accounts/signup/confirm/<uidb64>/<token>/",
    "api/v1/auth/tokens/", "api/v1/me/", "api/v1/me/dependants/", "api/v1/me/export/",
    "api/v1/triage/questionnaire/", "api/v1/triage/complaints/search/",
    "api/v1/er/rooms/", "api/v1/er/rooms/recommended/", "api/v1/er/rooms/<int:room_id>/",
    "api/v1/er/rooms/<int:room_id>/now-calling/",  # references only, for the waiting-room screen
    "live/er/rooms/<int:room_id>/now-calling/",  # the same references, streamed
    "live/er/rooms/<int:room_id>/board/",  # ER staff only, and its events carry a version number, no patient data
    "api/v1/workers/contact-requests/", "api/v1/workers/contact-requests/<int:request_id>/",  # the patient's own
    "api/v1/workers/on-duty/", "api/v1/medicines/", "api/v1/medicines/<slug:slug>/",
    "api/schema/", "api/docs/", "healthz", "readyz", "metrics",
    "accounts/language/", "jsi18n/",  # the language switcher and the JavaScript translation catalogue
    # webhook subscriptions: an integrator's URLs and event types (the events themselves are never read here)
    "api/v1/webhooks/subscriptions/", "api/v1/webhooks/subscriptions/<int:subscription_id>/",
    "triage/start/", "er/", "er/book/", "er/rooms/", "er/rooms/<int:room_id>/now-calling/",
    "er/rooms/<int:room_id>/now-calling/partial/", "workers/contact/new/", "workers/contact/<int:request_id>/",
    "medicines/", "medicines/<slug:slug>/",
    "er/figures/", "er/rooms/<int:room_id>/figures/",  # the manager's figures: aggregates, no patient named
    # POST-only actions (their function views answer GET with 405 or a redirect)
    "triage/<int:record_id>/override/", "er/bookings/<int:booking_id>/<slug:action>/",
    "er/bookings/<int:booking_id>/acknowledge/",  # the desk acknowledges an escalation (issue 14)
    "er/bookings/<int:booking_id>/worse/",  # "I feel worse": the patient's own booking only (staff get 404)
    "er/bookings/<int:booking_id>/check-in-answer/",  # POST only: the patient answers a long-wait check-in
    "er/bookings/<int:booking_id>/priority/",  # POST only: a clinician lowers a priority (GET is 405)
    "er/rooms/<int:room_id>/<slug:action>/", "suggestions/records/<int:record_id>/medicines/",
    "suggestions/interactions/<int:interaction_id>/<str:response>/", "workers/contact/<int:request_id>/cancel/",
    "workers/requests/<int:request_id>/accept/", "workers/requests/<int:request_id>/complete/",
    # FHIR: the catalogue, ERs and workers hold no patient data; Patient is the reader's own (staff get none);
    # the last pattern is the 404 for paths not served
    "fhir/R4/metadata", "fhir/R4/Patient", "fhir/R4/Patient/<str:resource_id>",
    "fhir/R4/Patient/<str:resource_id>/$everything", "fhir/R4/Questionnaire",
    "fhir/R4/Questionnaire/<str:resource_id>", "fhir/R4/Location", "fhir/R4/Location/<str:resource_id>",
    "fhir/R4/Practitioner", "fhir/R4/Practitioner/<str:resource_id>", "fhir/R4/PractitionerRole",
    "fhir/R4/PractitionerRole/<str:resource_id>", "fhir/R4/Medication", "fhir/R4/Medication/<str:resource_id>",
    "fhir/R4/^.*$",
}  # fmt: skip


def get_routes(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if not route.startswith("admin/"):
                yield from get_routes(entry, route)
        elif isinstance(entry, URLPattern):
            view = getattr(entry.callback, "cls", None) or getattr(entry.callback, "view_class", None)
            if view is None or hasattr(view, "get"):
                yield route


def test_every_get_route_is_classified():
    routes = set(get_routes())
    classified = STAFF_READS.keys() | STAFF_READS_OVER_ASGI.keys() | NO_PATIENT_DATA
    assert routes - classified == set(), "classify the new route"
    assert classified - routes == set(), "a classified route no longer exists"


@pytest.fixture
def patient_data(make_user, make_worker, make_request, settings):
    """A patient with a completed check in shadow disagreement, its advice, an ER booking, a contact request."""
    from er_queue import services as er
    from er_queue.models import EmergencyRoom
    from suggestions.services import recommendation_current_for
    from triage import engine
    from triage.services import triage_record_calculate, triage_record_create

    settings.TRIAGE_ACTIVE_RULESET = engine.PREVIOUS_RULESET
    settings.TRIAGE_SHADOW_RULESET = engine.DEFAULT_RULESET
    patient = make_user("patient", date_of_birth=timezone.localdate() - dt.timedelta(days=70 * 366))
    answers = {"complaint": "abdominal_pain", "pain": 2, "onset": "gradual", "duration": "3_6d"}
    record, _ = triage_record_create(patient=patient, raw_answers=answers)
    record = triage_record_calculate(record_id=record.pk)
    recommendation_current_for(actor=patient, record_id=record.pk)  # advice is built on its first read
    record.disposition, record.acuity = "emergency", 2  # test data: a record the ER accepts
    record.save(update_fields=["disposition", "acuity"])
    room = EmergencyRoom.objects.create(name="Audit ER", address="1 Road", region="north", capacity=5)
    booking = er.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk).booking
    er.booking_confirm(booking_id=booking.pk, actor=patient)
    worker = make_worker()
    request = make_request("assigned", worker=worker, patient=patient)
    settings.PMS_FHIR_BASE_URL = "https://pms.example.test/fhir"
    PatientLink.objects.create(  # linked, with the demographics the PMS returned
        user=patient,
        system=settings.PMS_FHIR_BASE_URL,
        external_id="p-1",
        source=LinkSource.STAFF,
        status=LinkStatus.LINKED,
        demographics={"name": "Example"},
        fetched_at=timezone.now(),
    )
    return {
        "patient_id": patient.pk,
        "record_id": record.pk,
        "room_id": room.pk,
        "booking_id": booking.pk,
        "request_id": request.pk,
        "worker": worker.user,
    }


@pytest.mark.parametrize("route", sorted(STAFF_READS))
def test_a_staff_read_of_patient_data_writes_an_audit_row(route, patient_data, make_user, client):
    role = STAFF_READS[route]
    reader = patient_data["worker"] if role == "worker" else make_user(role)
    path = "/" + route
    for name in ("record_id", "room_id", "booking_id", "request_id", "patient_id"):
        path = path.replace(f"<int:{name}>", str(patient_data[name]))
    if "<str:resource_id>" in path:
        path = path.replace("<str:resource_id>", str(patient_data[FHIR_IDS[path.split("/")[3]]]))
    client.force_login(reader)
    before = AuditEvent.objects.filter(actor=reader).count()
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    assert AuditEvent.objects.filter(actor=reader).count() > before, f"{path} read patient data without an audit row"
