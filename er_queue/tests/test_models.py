"""The booking state machine, edge by edge, and the database constraints behind the invariants."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_fsm import TransitionNotAllowed

from er_queue.choices import BookingState
from er_queue.models import ERBooking

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
WINDOW = dt.timedelta(minutes=20)

# Every transition with the arguments it takes.
TRANSITIONS = {
    "confirm": {"at": NOW},
    "call": {"at": NOW, "checkin_window": WINDOW},
    "check_in": {"at": NOW},
    "complete": {"at": NOW},
    "cancel": {"at": NOW, "reason": "cancelled_by_patient", "note": "better"},
    "expire": {"at": NOW, "reason": "checkin_window_passed"},
    "return_to_queue": {},
    "undo_check_in": {"checkin_by": NOW},
    "undo_complete": {},
    "undo_no_show": {"checkin_by": NOW},
}
# The machine of product.md: (source, transition) -> target. Everything else is forbidden.
ALLOWED = {
    ("initialized", "confirm"): "confirmed",
    ("confirmed", "call"): "called",
    ("called", "check_in"): "arrived",
    ("arrived", "complete"): "completed",
    ("initialized", "cancel"): "cancelled",
    ("confirmed", "cancel"): "cancelled",
    ("called", "cancel"): "cancelled",
    ("initialized", "expire"): "expired",
    ("called", "expire"): "expired",
    # The desk's undo (services.booking_undo): each takes back one forward edge.
    ("called", "return_to_queue"): "confirmed",
    ("arrived", "undo_check_in"): "called",
    ("completed", "undo_complete"): "arrived",
    ("expired", "undo_no_show"): "called",  # only an expiry that ended a call; see below
}
EDGES = [(state, name) for state in BookingState.values for name in TRANSITIONS]


def _booking(state: str) -> ERBooking:
    end_reason = "no_show" if state == BookingState.EXPIRED else ""
    return ERBooking(state=state, priority=3, queue_band=1, deadline=NOW, end_reason=end_reason)


@pytest.mark.parametrize("reason", ["not_confirmed", "cancelled_by_staff", ""])
def test_only_an_expiry_that_ended_a_call_can_be_undone(reason):
    booking = ERBooking(state=BookingState.EXPIRED, priority=3, queue_band=1, end_reason=reason)
    with pytest.raises(TransitionNotAllowed):
        booking.undo_no_show(checkin_by=NOW)
    assert booking.state == BookingState.EXPIRED


@pytest.mark.parametrize(("state", "name"), EDGES, ids=[f"{s}-{n}" for s, n in EDGES])
def test_every_edge_is_allowed_or_forbidden_as_designed(state, name):
    booking = _booking(state)
    transition = getattr(booking, name)
    target = ALLOWED.get((state, name))
    if target is None:
        with pytest.raises(TransitionNotAllowed):
            transition(**TRANSITIONS[name])
        assert booking.state == state
    else:
        transition(**TRANSITIONS[name])
        assert booking.state == target


def test_transitions_set_their_own_fields_only():
    booking = _booking("initialized")
    booking.priority = 4
    booking.confirm(at=NOW)
    assert booking.confirmed_at == NOW
    assert booking.deadline is None
    assert booking.queue_due_at == NOW + dt.timedelta(minutes=60)  # CTAS 4: 60 minutes
    booking.call(at=NOW, checkin_window=WINDOW)
    assert booking.deadline == NOW + WINDOW
    booking.check_in(at=NOW)
    assert booking.deadline is None and booking.arrived_at == NOW


def test_state_is_protected():
    booking = _booking("initialized")
    with pytest.raises(AttributeError):
        booking.state = "completed"


# --- database constraints -----------------------------------------------------------------------
@pytest.fixture
def base(room, make_patient, make_triage):
    patient = make_patient()
    record = make_triage(patient)

    def _fields(**overrides):
        fields = {
            "room": room,
            "patient": patient,
            "triage_record": record,
            "priority": 2,
            "queue_band": 1,
            "created_by": patient,
            "deadline": timezone.now(),
        }
        fields.update(overrides)
        return fields

    return _fields


def _insert_fails(**fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        ERBooking.objects.create(**fields)


@pytest.mark.django_db
def test_one_active_booking_per_patient_is_a_unique_index(base):
    ERBooking.objects.create(**base())
    _insert_fails(**base())
    # An ended booking does not count.
    ERBooking.objects.create(**base(state="cancelled", deadline=None, cancelled_at=timezone.now(), end_reason="x"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "overrides",
    [
        {"priority": 0},
        {"priority": 6},
        {"queue_band": 2},
        {"state": "bogus"},
        {"deadline": None},  # initialized needs its confirm-by deadline
        {"state": "confirmed", "deadline": None},  # confirmed needs confirmed_at and queue_due_at
        {"state": "arrived", "deadline": None},  # needs arrived_at
        {"state": "expired", "deadline": None, "expired_at": timezone.now()},  # needs a reason
        {"state": "cancelled", "deadline": None, "end_reason": "x"},  # needs cancelled_at
        {"state": "completed", "deadline": None},
        {"state": "arrived", "arrived_at": timezone.now()},  # arrived has no deadline
        {"walk_in_label": "Blue coat"},  # a patient and a walk-in label at once
        {"patient": None},  # neither patient nor walk-in
        {"triage_record": None},  # a patient booking needs its triage
    ],
)
def test_check_constraints_reject_impossible_rows(base, overrides):
    _insert_fails(**base(**overrides))


@pytest.mark.django_db
def test_idempotency_key_is_unique_per_requester(base, make_patient, make_triage):
    ERBooking.objects.create(
        **base(idempotency_key="k1", state="cancelled", deadline=None, cancelled_at=timezone.now(), end_reason="x")
    )
    _insert_fails(**base(idempotency_key="k1"))
    other = make_patient()
    ERBooking.objects.create(
        **base(idempotency_key="k1", patient=other, created_by=other, triage_record=make_triage(other))
    )


@pytest.mark.django_db
def test_reference_is_unique_among_a_rooms_active_bookings(base, make_patient, make_triage):
    ERBooking.objects.create(**base(reference="ER-AAAA"))
    other = make_patient()
    _insert_fails(**base(reference="ER-AAAA", patient=other, created_by=other, triage_record=make_triage(other)))


@pytest.mark.django_db
def test_walk_in_needs_no_patient_or_triage(room, staff):
    booking = ERBooking.objects.create(
        room=room, walk_in_label="Blue coat", priority=3, queue_band=1, created_by=staff, deadline=timezone.now()
    )
    assert booking.is_walk_in
    assert booking.display_name() == "Walk-in: Blue coat"


def test_history_rows_name_the_actor_or_the_system(booking_in, staff):
    from django.contrib.auth.models import AnonymousUser

    from er_queue.models import BookingTransition

    booking = booking_in("confirmed")
    by_staff = BookingTransition.record_change(booking, from_state="initialized", actor=staff, reason="r")
    by_nobody = BookingTransition.record_change(booking, from_state="initialized", actor=AnonymousUser())
    assert (by_staff.booking_id, by_staff.to_state, by_staff.actor_id, by_staff.reason) == (
        booking.pk,
        "confirmed",
        staff.pk,
        "r",
    )
    assert by_nobody.actor_id is None and by_nobody.at is not None
