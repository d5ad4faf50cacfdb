"""Appointment (read, search, state mapping, audit, $book) and Location."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from healthsvc.fhir.tests.conftest import EMERGENCY, SELF_CARE, URGENT, valid
from healthsvc.fhir.tests.test_http import outcome
from healthsvc.models import AuditEvent

# Our booking states -> Appointment.status, written out by hand from docs/fhir.md (not read from the code).
EXPECTED_STATUS = {
    "initialized": "proposed",
    "confirmed": "waitlist",
    "called": "booked",
    "arrived": "arrived",
    "completed": "fulfilled",
    "cancelled": "cancelled",
    "expired_not_confirmed": "cancelled",
    "expired_no_show": "noshow",
}

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(make_user):
    return make_user("er_staff", full_name="Desk Person")


@pytest.fixture
def booking_in(make_room, make_patient, make_booking, desk):
    """booking_in(state) -> a booking brought to that state through er_queue's services."""
    from er_queue import services

    def _make(state: str, room=None):
        room = room or make_room()
        patient = make_patient()
        booking = make_booking(room, patient)
        if state == "initialized":
            return booking
        if state == "cancelled":
            return services.booking_cancel(booking_id=booking.pk, actor=patient, reason="changed my mind")
        if state == "expired_not_confirmed":
            services.bookings_expire_due(as_of=timezone.now() + dt.timedelta(minutes=30))
            booking.refresh_from_db()
            return booking
        services.booking_confirm(booking_id=booking.pk, actor=patient)
        if state == "confirmed":
            return booking
        services.room_call_next(room_id=room.pk, actor=desk)
        if state == "called":
            return booking
        if state == "expired_no_show":
            return services.booking_mark_no_show(booking_id=booking.pk, actor=desk)
        services.booking_check_in(booking_id=booking.pk, actor=desk)
        if state == "arrived":
            return booking
        return services.booking_complete(booking_id=booking.pk, actor=desk)

    return _make


def audited(actor, booking) -> bool:
    return AuditEvent.objects.filter(
        actor=actor, action="read", object_type="er_booking", object_id=str(booking.pk), patient_id=booking.patient_id
    ).exists()


# --- read and search ----------------------------------------------------------------------------------
@pytest.mark.parametrize("state", list(EXPECTED_STATUS))
def test_each_booking_state_maps_to_its_appointment_status(fhir, booking_in, state):
    booking = booking_in(state)
    booking.refresh_from_db()
    body = valid(fhir(booking.patient).get(f"Appointment/{booking.pk}").json())
    assert body["status"] == EXPECTED_STATUS[state]
    # FHIR (app-3): only proposed, cancelled and waitlist appointments may lack start and end.
    assert ("start" in body and "end" in body) or body["status"] in ("proposed", "cancelled", "waitlist")
    assert ("start" in body) == ("end" in body)
    found = fhir(booking.patient).get("Appointment", {"status": EXPECTED_STATUS[state]}).json()
    assert [entry["resource"]["id"] for entry in found["entry"]] == [str(booking.pk)]


def test_an_appointment_names_the_patient_the_er_and_the_triage_result(fhir, make_room, make_patient, make_booking):
    room, patient = make_room(name="North ER"), make_patient(full_name="Ann Example")
    booking = make_booking(room, patient)
    body = valid(fhir(patient).get(f"Appointment/{booking.pk}").json())
    actors = [participant["actor"] for participant in body["participant"]]
    assert actors == [
        {"reference": f"Patient/{patient.pk}", "display": "Ann Example"},
        {"reference": f"Location/{room.pk}", "display": "North ER"},
    ]
    assert body["supportingInformation"] == [{"reference": f"RiskAssessment/{booking.triage_record_id}"}]
    assert body["identifier"][0]["value"] == booking.reference
    assert body["priority"] == 2
    assert "Confirm your booking" in body["patientInstruction"]


def test_a_dependants_booking_is_about_them(fhir, make_room, make_patient, make_booking, make_dependant):
    patient = make_patient()
    child = make_dependant(patient, full_name="Milo Example")
    booking = make_booking(make_room(), patient, dependant=child)
    body = valid(fhir(patient).get(f"Appointment/{booking.pk}").json())
    assert body["participant"][0]["actor"] == {"reference": f"Patient/dependant-{child.pk}", "display": "Milo Example"}
    found = fhir(patient).get("Appointment", {"patient": f"Patient/dependant-{child.pk}"}).json()
    assert found["total"] == 1
    assert fhir(patient).get("Appointment", {"patient": f"Patient/{patient.pk}"}).json()["total"] == 0


def test_another_patients_booking_is_404_and_not_found_by_search(fhir, make_room, make_patient, make_booking):
    owner, other = make_patient(), make_patient()
    booking = make_booking(make_room(), owner)
    outcome(fhir(other).get(f"Appointment/{booking.pk}"), 404, "not-found")
    assert fhir(other).get("Appointment", {"patient": f"Patient/{owner.pk}"}).json()["total"] == 0
    assert fhir(other).get("Appointment", {"_id": str(booking.pk)}).json()["total"] == 0


def test_er_staff_read_every_booking_and_each_read_is_audited(fhir, desk, make_room, make_patient, make_booking):
    room = make_room()
    bookings = [make_booking(room, make_patient()) for _ in range(2)]
    assert valid(fhir(desk).get(f"Appointment/{bookings[0].pk}").json())["id"] == str(bookings[0].pk)
    assert audited(desk, bookings[0])
    bundle = valid(fhir(desk).get("Appointment", {"location": f"Location/{room.pk}"}).json())
    assert bundle["total"] == 2
    assert all(audited(desk, booking) for booking in bookings)


def test_nurses_do_not_read_bookings_as_in_the_rest_api(fhir, make_user, make_room, make_patient, make_booking):
    booking = make_booking(make_room(), make_patient())
    nurse = make_user("nurse")
    outcome(fhir(nurse).get(f"Appointment/{booking.pk}"), 404)


def test_search_by_date_and_paging(fhir, desk, make_room, make_patient, make_booking):
    room = make_room()
    for _ in range(3):
        make_booking(room, make_patient())
    client = fhir(desk)
    today = timezone.localdate()
    assert client.get("Appointment", {"date": today.isoformat()}).json()["total"] == 3
    assert client.get("Appointment", {"date": f"lt{today.isoformat()}"}).json()["total"] == 0
    instant = (timezone.now() - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert client.get("Appointment", {"date": f"gt{instant}"}).json()["total"] == 3
    page = valid(client.get("Appointment", {"_count": "2", "_page": "2"}).json())
    assert len(page["entry"]) == 1
    assert {link["relation"] for link in page["link"]} == {"self", "first", "previous", "last"}


def test_a_booking_search_costs_the_same_queries_for_3_or_12_bookings(
    fhir, desk, make_room, make_patient, make_booking
):
    room = make_room(capacity=20)
    client = fhir(desk)
    counts = {}
    for index in range(12):
        make_booking(room, make_patient())
        if index + 1 in (3, 12):
            client.get("Appointment")  # warm what is cached per process, outside the count
            from django.core.cache import cache

            cache.clear()  # so each booking of the page is audited again, as on a first read
            with CaptureQueriesContext(connection) as queries:
                response = client.get("Appointment", {"_count": "100"})
            assert response.json()["total"] == index + 1
            counts[index + 1] = len(queries)
    assert counts[3] == counts[12], counts
    assert counts[12] <= 10, counts


# --- $book --------------------------------------------------------------------------------------------
def book_body(room, record, *, patient=None, wrap: bool = True) -> dict:
    participants = [{"actor": {"reference": f"Location/{room.pk}"}, "status": "needs-action"}]
    if patient is not None:
        participants.append({"actor": {"reference": patient}, "status": "accepted"})
    appointment = {
        "resourceType": "Appointment",
        "status": "proposed",
        "participant": participants,
        "supportingInformation": [{"reference": f"RiskAssessment/{record.pk}"}],
    }
    if not wrap:
        return appointment
    return {"resourceType": "Parameters", "parameter": [{"name": "appt-resource", "resource": appointment}]}


def test_book_makes_a_booking_through_the_rest_apis_service(fhir, make_room, make_patient, make_record):
    from er_queue.models import ERBooking

    room, patient = make_room(), make_patient()
    record = make_record(patient, EMERGENCY)
    response = fhir(patient).post("Appointment/$book", book_body(room, record, patient=f"Patient/{patient.pk}"))
    assert response.status_code == 201, response.json()
    body = valid(response.json())
    booking = ERBooking.objects.get(pk=body["id"])
    assert (booking.patient_id, booking.room_id, booking.triage_record_id) == (patient.pk, room.pk, record.pk)
    assert body["status"] == "proposed"
    assert response["Location"] == f"http://testserver/fhir/R4/Appointment/{booking.pk}"
    assert AuditEvent.objects.filter(action="er_booking_create", object_id=str(booking.pk)).exists()


def test_book_takes_a_bare_appointment_and_books_for_a_dependant(
    fhir, make_room, make_patient, make_record, make_dependant
):
    room, patient = make_room(), make_patient()
    child = make_dependant(patient)
    record = make_record(patient, URGENT, dependant=child)
    body = book_body(room, record, patient=f"Patient/dependant-{child.pk}", wrap=False)
    response = fhir(patient).post("Appointment/$book", body)
    assert response.status_code == 201, response.json()
    assert valid(response.json())["participant"][0]["actor"]["reference"] == f"Patient/dependant-{child.pk}"


def test_book_repeated_with_the_same_idempotency_key_answers_the_first_booking(
    fhir, make_room, make_patient, make_record
):
    from er_queue.models import ERBooking

    room, patient = make_room(), make_patient()
    record = make_record(patient, EMERGENCY)
    client = fhir(patient)
    first = client.post("Appointment/$book", book_body(room, record), HTTP_IDEMPOTENCY_KEY="retry-1")
    again = client.post("Appointment/$book", book_body(room, record), HTTP_IDEMPOTENCY_KEY="retry-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert valid(again.json())["id"] == first.json()["id"]
    assert ERBooking.objects.filter(patient=patient).count() == 1
    other_room = make_room()
    reused = client.post("Appointment/$book", book_body(other_room, record), HTTP_IDEMPOTENCY_KEY="retry-1")
    outcome(reused, 409, "duplicate")
    outcome(client.post("Appointment/$book", book_body(room, record), HTTP_IDEMPOTENCY_KEY="bad key!"), 400)


def test_book_into_a_full_er_is_409_naming_ers_with_room(fhir, make_room, make_patient, make_record, make_booking):
    full = make_room(capacity=1)
    elsewhere = make_room(name="Roomy ER", capacity=5)
    make_booking(full, make_patient())
    patient = make_patient()
    record = make_record(patient, EMERGENCY)
    body = outcome(fhir(patient).post("Appointment/$book", book_body(full, record)), 409, "business-rule")
    issue = body["issue"][0]
    assert issue["details"]["coding"][0]["code"] == "room_full"
    assert {
        "url": issue["extension"][0]["url"],
        "valueReference": {"reference": f"Location/{elsewhere.pk}", "display": "Roomy ER"},
    } in issue["extension"]


def test_book_keeps_the_rest_apis_rules(fhir, make_room, make_patient, make_record):
    room, patient = make_room(), make_patient()
    client = fhir(patient)
    self_care = make_record(patient, SELF_CARE)
    body = outcome(client.post("Appointment/$book", book_body(room, self_care)), 409)
    assert body["issue"][0]["details"]["coding"][0]["code"] == "triage_not_eligible"
    emergency = make_record(patient, EMERGENCY)
    assert client.post("Appointment/$book", book_body(room, emergency)).status_code == 201
    again = make_record(patient, EMERGENCY)
    body = outcome(client.post("Appointment/$book", book_body(room, again)), 409, "duplicate")
    assert body["issue"][0]["details"]["coding"][0]["code"] == "active_booking_exists"


def test_book_on_someone_elses_triage_or_for_someone_else_is_404(fhir, make_user, make_room, make_patient, make_record):
    from er_queue.models import ERBooking

    room, owner, other = make_room(), make_patient(), make_patient()
    record = make_record(owner, EMERGENCY)
    outcome(fhir(other).post("Appointment/$book", book_body(room, record)), 404, "not-found")
    outcome(fhir(make_user("nurse")).post("Appointment/$book", book_body(room, record)), 404)
    mine = make_record(other, EMERGENCY)
    outcome(fhir(other).post("Appointment/$book", book_body(room, mine, patient=f"Patient/{owner.pk}")), 404)
    outcome(fhir(other).post("Appointment/$book", {}), 400)
    outcome(fhir(other).post("Appointment/$book", book_body(room, mine) | {"resourceType": "Patient"}), 400)
    assert not ERBooking.objects.exists()


@pytest.mark.parametrize(
    "broken",
    [
        lambda body: {"resourceType": "Parameters", "parameter": []},
        lambda body: {**body, "parameter": [{"name": "appt-resource", "resource": {"resourceType": "Patient"}}]},
        lambda body: {"resourceType": "Appointment", "status": "proposed"},  # participant is required
        lambda body: {"resourceType": "Appointment", "status": "proposed", "participant": [{"status": "x"}], "foo": 1},
        lambda body: {"resourceType": "Appointment", "status": "proposed", "participant": [{"status": "accepted"}]},
        lambda body: [body],
        lambda body: "not json at all",
    ],
)
def test_a_malformed_book_request_is_400_and_books_nothing(fhir, make_room, make_patient, make_record, broken):
    from er_queue.models import ERBooking

    room, patient = make_room(), make_patient()
    body = broken(book_body(room, make_record(patient, EMERGENCY)))
    response = fhir(patient).post("Appointment/$book", body)
    outcome(response, 400, "invalid")
    assert not ERBooking.objects.exists()


def test_book_refuses_a_body_that_is_not_json(fhir, patient):
    response = fhir(patient).api.post("/fhir/R4/Appointment/$book", "<xml/>", content_type="application/fhir+xml")
    outcome(response, 415, "not-supported")
    response = fhir(patient).api.post("/fhir/R4/Appointment/$book", "{nope", content_type="application/fhir+json")
    outcome(response, 400, "invalid")


def test_book_names_an_unknown_er_or_record_as_404(fhir, make_room, make_patient, make_record):
    room, patient = make_room(), make_patient()
    record = make_record(patient, EMERGENCY)
    body = book_body(room, record)
    body["parameter"][0]["resource"]["participant"][0]["actor"]["reference"] = "Location/99999999999999999999"
    outcome(fhir(patient).post("Appointment/$book", body), 404, "not-found")
    body = book_body(room, record)
    body["parameter"][0]["resource"]["supportingInformation"] = [{"reference": "RiskAssessment/abc"}]
    outcome(fhir(patient).post("Appointment/$book", body), 404, "not-found")


# --- Location -------------------------------------------------------------------------------------------
def test_an_er_is_a_location_with_its_live_load(fhir, patient, make_room, make_booking, make_patient):
    room = make_room(name="South ER", address="5 Harbour Road", region="Seaside", capacity=3)
    make_booking(room, make_patient())
    body = valid(fhir(patient).get(f"Location/{room.pk}").json())
    assert body["name"] == "South ER"
    assert body["address"] == {"text": "5 Harbour Road", "district": "Seaside"}
    extensions = {extension["url"].rsplit("/", 1)[1]: extension for extension in body["extension"]}
    assert extensions["er-free-places"]["valueUnsignedInt"] == 2
    assert extensions["er-accepting"]["valueBoolean"] is True
    outcome(fhir(patient).get("Location/999999"), 404)


def test_locations_search_by_name_and_address(fhir, patient, make_room):
    north = make_room(name="North General ER", address="1 Hill Street", region="Uplands")
    make_room(name="Harbour ER", address="2 Quay", region="Seaside")

    def names(**params):
        bundle = valid(fhir(patient).get("Location", params).json())
        return [entry["resource"]["name"] for entry in bundle.get("entry", [])]

    assert names(name="north") == ["North General ER"]
    assert names(name="general") == ["North General ER"]
    assert names(**{"name:exact": "north general er"}) == []
    assert names(**{"name:contains": "arbo"}) == ["Harbour ER"]
    assert names(address="uplands") == ["North General ER"]
    assert names(_id=str(north.pk)) == ["North General ER"]
