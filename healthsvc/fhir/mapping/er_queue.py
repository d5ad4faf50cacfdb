"""Appointment (an ER booking, and `$book` to make one) and Location (an ER).

Bookings are read through er_queue's selector, so a patient sees their own (their dependants' included)
and ER staff every booking, each staff read audited as the REST API audits it. `$book` calls the very
service the REST API calls (er_queue.services.booking_create): capacity under the room lock, one active
booking per person, the triage checks and the Idempotency-Key all behave identically.

A queue place has no appointment time until the ER calls the patient, so `start`/`end` appear from the
call on (start = called, end = check in by; end = completed once completed), and the states before it map
to the two statuses FHIR allows without times: `proposed` (not confirmed yet) and `waitlist` (in the queue).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q
from fhir.resources.appointment import Appointment
from fhir.resources.parameters import Parameters
from pydantic import ValidationError

from er_queue.choices import UNDOABLE_EXPIRY, BookingState, EndReason
from er_queue.selectors import booking_positions, booking_visible_to, bookings_visible_to, rooms_list
from er_queue.services import booking_create, bookings_audit_staff_read
from healthsvc.api.permissions import idempotency_key_from
from healthsvc.errors import Invalid, NotFound
from healthsvc.fhir import codes
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.mapping.patient import patient_id, string_matches, subject_q, subject_reference
from healthsvc.fhir.search import DATE, REFERENCE, STRING, TOKEN, Clause, SearchParam, ids_of
from healthsvc.selectors import dependants_of
from triage.selectors import triage_record_visible_to

# (our state, the end reasons the row is for (None: any), Appointment.status). The one table both the
# mapping and the `status` search read, and docs/fhir.md repeats.
STATUS_TABLE = (
    (BookingState.INITIALIZED, None, "proposed"),
    (BookingState.CONFIRMED, None, "waitlist"),
    (BookingState.CALLED, None, "booked"),
    (BookingState.ARRIVED, None, "arrived"),
    (BookingState.COMPLETED, None, "fulfilled"),
    (BookingState.CANCELLED, None, "cancelled"),
    (BookingState.EXPIRED, (EndReason.NOT_CONFIRMED,), "cancelled"),
    (BookingState.EXPIRED, UNDOABLE_EXPIRY, "noshow"),
)
APPOINTMENT_STATUSES = tuple(sorted({status for _, _, status in STATUS_TABLE}))


def appointment_status(booking) -> str:
    for state, reasons, status in STATUS_TABLE:
        if booking.state == state and (reasons is None or booking.end_reason in reasons):
            return status
    raise ValueError(f"no Appointment.status for {booking.state}/{booking.end_reason}")


def status_q(statuses) -> Q:
    query = Q(pk__in=[])
    for state, reasons, status in STATUS_TABLE:
        if status in statuses:
            query |= Q(state=state, **({"end_reason__in": list(reasons)} if reasons else {}))
    return query


def _window(booking) -> tuple[dt.datetime | None, dt.datetime | None]:
    """start/end: from the call to the check-in deadline (or the end of the visit); none before a call."""
    if booking.called_at is None:
        return None, None
    end = booking.completed_at or booking.expired_at or booking.cancelled_at
    if end is None:
        end = booking.deadline if booking.state == BookingState.CALLED else None
    if end is None:  # arrived: the deadline they met is gone from the row, the window it had is not
        end = booking.called_at + dt.timedelta(minutes=booking.room.checkin_window_minutes)
    return booking.called_at, end


def appointment(booking, position) -> dict:
    status = appointment_status(booking)
    start, end = _window(booking)
    if booking.patient_id is None:
        person = {"display": f"Walk-in: {booking.walk_in_label}"}
    else:
        person = subject_reference(booking.patient, booking.dependant)
    extensions = []
    if position.slot_number is not None:
        extensions.append({"url": codes.EXT_QUEUE_POSITION, "valueUnsignedInt": position.slot_number})
    if position.estimated_wait_minutes is not None:
        extensions.append(
            {"url": codes.EXT_ESTIMATED_WAIT, "valueDuration": codes.minutes(position.estimated_wait_minutes)}
        )
    if booking.deadline is not None:
        extensions.append({"url": codes.EXT_DEADLINE, "valueDateTime": codes.instant(booking.deadline)})
    resource = {
        "resourceType": "Appointment",
        "id": str(booking.pk),
        "extension": extensions,
        "identifier": [{"system": codes.BOOKING_REFERENCE, "value": booking.reference}],
        "status": status,
        "cancelationReason": codes.concept(
            codes.BOOKING_END_REASON, booking.end_reason, EndReason(booking.end_reason).label
        )
        if booking.end_reason and status in ("cancelled", "noshow")
        else None,
        "appointmentType": codes.concept(codes.V2_0276, "WALKIN" if booking.is_walk_in else "EMERGENCY"),
        "priority": booking.priority,  # CTAS 1 (most urgent) to 5, as FHIR's 1 = highest
        "description": f"A place in the queue of {booking.room.name}",
        "supportingInformation": [codes.reference("RiskAssessment", booking.triage_record_id)]
        if booking.triage_record_id
        else [],
        "start": codes.instant(start),
        "end": codes.instant(end),
        "created": codes.instant(booking.created_at),
        "patientInstruction": position.message,
        "participant": [
            {
                "actor": person,
                "required": "required",
                "status": "accepted" if booking.confirmed_at else "needs-action",  # walk-ins are confirmed at once
            },
            {"actor": codes.reference("Location", booking.room_id, booking.room.name), "status": "accepted"},
        ],
    }
    return {key: value for key, value in resource.items() if value not in (None, [])}


class AppointmentEndpoint(Endpoint):
    type_name = "Appointment"
    description = "An ER queue place (id = the booking's id); $book makes one, as POST /api/v1/er/bookings/ does."
    search_params = (
        SearchParam("patient", REFERENCE, "Whom it is for: Patient/<id> or Patient/dependant-<id>.", target="Patient"),
        SearchParam(
            "status",
            TOKEN,
            "Appointment.status, mapped from the booking's state (docs/fhir.md).",
            codes=APPOINTMENT_STATUSES,
            system="http://hl7.org/fhir/appointmentstatus",
        ),
        SearchParam(
            "date",
            DATE,
            "When the booking was made (Appointment.created): a queue place has no time before it is called.",
        ),
        SearchParam("location", REFERENCE, "The ER: Location/<id>.", target="Location"),
    )

    def visible(self, user):
        return bookings_visible_to(user=user)

    def narrow(self, items, clause: Clause):
        name = clause.param.name
        if name == "patient":
            return items.filter(subject_q(clause.values))
        if name == "status":
            return items.filter(status_q(clause.values))
        if name == "date":
            return items.filter(clause.date_q("created_at"))
        return items.filter(room_id__in=ids_of(clause.values))  # location

    def audit(self, user, objects: list) -> None:
        bookings_audit_staff_read(actor=user, bookings=objects)  # a patient's own bookings are not audited

    def render(self, request, objects: list) -> list[dict]:
        positions = booking_positions(objects)
        return [appointment(booking, positions[booking.pk]) for booking in objects]

    def book(self, request) -> tuple[dict, bool]:
        """`$book`: the booking the request asks for, made by booking_create; (Appointment, created)."""
        wanted = book_request(request.data)
        key = idempotency_key_from(request)
        room_id = _database_id(wanted.location, NotFound("room_not_found", "No such emergency room."))
        record_id = _database_id(wanted.triage_record, NotFound(message="No such triage record."))
        if wanted.patient is not None:
            _check_patient(request.user, wanted.patient, record_id)
        result = booking_create(actor=request.user, room_id=room_id, triage_record_id=record_id, idempotency_key=key)
        booking = booking_visible_to(user=request.user, booking_id=result.booking.pk)
        return self.render(request, [booking])[0], result.created


def _database_id(value: str, not_found: NotFound) -> int:
    ids = ids_of([value])
    if not ids:
        raise not_found
    return ids[0]


def _check_patient(user, wanted: str, record_id: int) -> None:
    """A named patient must be whom the triage record is about (the booking is for them)."""
    record = triage_record_visible_to(user=user, record_id=record_id)  # NotFound when not the user's to see
    if wanted == patient_id(record.patient_id, record.dependant_id):
        return
    dependants = {patient_id(user.pk, dependant.pk) for dependant in dependants_of(user=user)}
    if wanted != patient_id(user.pk) and wanted not in dependants:
        raise NotFound("patient_not_found", "No such patient.")
    raise Invalid(
        "patient_mismatch",
        "The Patient named is not whom the triage record is about.",
        fields={"Appointment.participant": ["The patient must be the subject of the triage record."]},
    )


# --- $book input ---------------------------------------------------------------------------------------
BOOK_PARAMETER_NAMES = ("appt-resource", "appointment")  # Argonaut Scheduling's name, and the plain one
_RECORD_TYPES = ("RiskAssessment", "QuestionnaireResponse")  # both have the triage record's id


@dataclass(frozen=True)
class BookRequest:
    location: str
    triage_record: str
    patient: str | None


def _invalid(message: str, fields: dict) -> Invalid:
    return Invalid("invalid_book_request", message, fields=fields)


def _validated(model, data: dict, where: str):
    """`data` checked against FHIR R4's own model (fhir.resources): a 400 naming each element otherwise."""
    try:
        return model.parse_obj(data)
    except ValidationError as exc:
        fields = {}
        for error in exc.errors()[:20]:
            path = ".".join(str(part) for part in error["loc"] if part != "__root__")
            fields[f"{where}.{path}" if path else where] = [error["msg"]]
        raise _invalid(f"The {where} is not a valid FHIR R4 {where}.", fields) from exc
    except (TypeError, ValueError) as exc:
        raise _invalid(f"The {where} is not a valid FHIR R4 {where}.", {where: [str(exc)[:200]]}) from exc


def _reference_parts(reference: str | None) -> tuple[str, str] | None:
    """ "Location/3" or ".../fhir/R4/Location/3" -> ("Location", "3")."""
    parts = (reference or "").rstrip("/").split("/")
    return (parts[-2], parts[-1]) if len(parts) >= 2 else None


def book_request(data) -> BookRequest:
    """What a `$book` body asks for: a Parameters with an `appt-resource` Appointment, or the Appointment."""
    if not isinstance(data, dict) or data.get("resourceType") not in ("Parameters", "Appointment"):
        raise _invalid(
            "Send a Parameters resource (appt-resource) or an Appointment.",
            {"resourceType": ["Parameters or Appointment."]},
        )
    if data["resourceType"] == "Parameters":
        _validated(Parameters, data, "Parameters")
        found = [
            parameter.get("resource")
            for parameter in data.get("parameter", [])
            if parameter.get("name") in BOOK_PARAMETER_NAMES
        ]
        if len(found) != 1 or not isinstance(found[0], dict) or found[0].get("resourceType") != "Appointment":
            raise _invalid(
                "Give exactly one appt-resource parameter holding an Appointment.",
                {"Parameters.parameter": ["One appt-resource Appointment."]},
            )
        data = found[0]
    appointment_model = _validated(Appointment, data, "Appointment")
    references = [_reference_parts(p.actor.reference if p.actor else None) for p in appointment_model.participant]
    references += [_reference_parts(r.reference) for r in appointment_model.supportingInformation or []]
    by_type: dict[str, set[str]] = {}
    for parts in filter(None, references):
        by_type.setdefault(parts[0], set()).add(parts[1])
    locations = by_type.get("Location", set())
    records = set().union(*(by_type.get(kind, set()) for kind in _RECORD_TYPES))
    patients = by_type.get("Patient", set())
    problems = {}
    if len(locations) != 1:
        problems["Appointment.participant"] = ["Name exactly one ER as a participant: Location/<id>."]
    if len(records) != 1:
        problems["Appointment.supportingInformation"] = [
            "Name exactly one triage result: RiskAssessment/<id> (or its QuestionnaireResponse/<id>)."
        ]
    if len(patients) > 1:
        problems["Appointment.participant"] = ["Name at most one Patient."]
    if problems:
        raise _invalid("The Appointment does not say where and on which triage to book.", problems)
    return BookRequest(location=locations.pop(), triage_record=records.pop(), patient=next(iter(patients), None))


# --- Location ------------------------------------------------------------------------------------------
def location(room) -> dict:
    extensions = [
        {"url": codes.EXT_ACCEPTING, "valueBoolean": room.accepting},
        {"url": codes.EXT_FREE_PLACES, "valueUnsignedInt": room.free_places},
        {"url": codes.EXT_ESTIMATED_WAIT, "valueDuration": codes.minutes(room.estimated_wait_minutes)},
    ]
    resource = {
        "resourceType": "Location",
        "id": str(room.pk),
        "extension": extensions,
        "status": "active",
        "name": room.name,
        "mode": "instance",
        "type": [codes.concept(codes.V3_ROLE_CODE, "ER", "Emergency room")],
        "address": {"text": room.address, "district": room.region},
        "availabilityExceptions": None
        if room.accepting
        else f"Not taking new bookings now{': ' + room.intake_note if room.intake_note else ''}.",
    }
    return {key: value for key, value in resource.items() if value is not None}


class LocationEndpoint(Endpoint):
    type_name = "Location"
    description = "An emergency department (id = the ER's id), with its live load; any signed-in user."
    search_params = (
        SearchParam("name", STRING, "Part of the name (a word starts with it; :contains, :exact)."),
        SearchParam("address", STRING, "Part of the address or region (a word starts with it; :contains, :exact)."),
    )

    def visible(self, user) -> list:
        return rooms_list()

    def narrow(self, items, clause: Clause):
        fields = ("name",) if clause.param.name == "name" else ("address", "region")
        return [
            room
            for room in items
            if any(string_matches(getattr(room, f), clause, value) for f in fields for value in clause.values)
        ]

    def render(self, request, objects: list) -> list[dict]:
        return [location(room) for room in objects]
