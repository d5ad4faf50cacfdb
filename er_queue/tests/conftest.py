"""Fixtures of the ER queue tests: rooms, completed triage records, staff, and a clock you can move."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.db import connection
from django.utils import timezone

_room_names = itertools.count(1)


@pytest.fixture
def make_room(db):
    def _make(**fields):
        from er_queue.models import EmergencyRoom

        fields.setdefault("name", f"Test ER {next(_room_names)}")
        fields.setdefault("address", "1 Test Street")
        fields.setdefault("region", "Testshire")
        fields.setdefault("capacity", 10)
        fields.setdefault("confirm_window_minutes", 10)
        fields.setdefault("checkin_window_minutes", 20)
        fields.setdefault("average_service_minutes", 15)
        return EmergencyRoom.objects.create(**fields)

    return _make


@pytest.fixture
def room(make_room):
    return make_room()


@pytest.fixture
def make_triage(db):
    """make_triage(patient, disposition="emergency", acuity=2, state="completed") -> a TriageRecord.

    Test data only: the ER app itself never writes triage rows.
    """

    def _make(patient, *, disposition="emergency", acuity=2, state="completed", completed_at=None):
        from triage.models import TriageRecord

        completed = state == "completed"
        return TriageRecord.objects.create(
            patient=patient,
            state=state,
            answers={},
            catalogue_version="test",
            ruleset_version="test",
            acuity=acuity if completed else None,
            disposition=disposition if completed else "",
            completed_at=(completed_at or timezone.now()) if completed else None,
        )

    return _make


@pytest.fixture
def staff(make_user):
    return make_user("er_staff", full_name="Desk Person")


@pytest.fixture
def make_patient(make_user):
    def _make(**fields):
        fields.setdefault("full_name", "Pat Example")
        return make_user("patient", **fields)

    return _make


@pytest.fixture
def book(make_patient, make_triage):
    """book(room, patient=None, acuity=2, confirm=False, key="") -> ERBooking made through the service."""
    from er_queue import services

    def _book(room, *, patient=None, acuity=2, disposition="emergency", confirm=False, key=""):
        patient = patient or make_patient()
        record = make_triage(patient, acuity=acuity, disposition=disposition)
        result = services.booking_create(
            actor=patient, room_id=room.pk, triage_record_id=record.pk, idempotency_key=key
        )
        booking = result.booking
        if confirm:
            booking = services.booking_confirm(booking_id=booking.pk, actor=patient)
        return booking

    return _book


def shift_clock(minutes: float, *, booking_ids=None) -> None:
    """Move time forward by `minutes` for the ER data: every stored moment moves back.

    The services read the database's clock, so "time passes" is simulated by moving the
    rows' timestamps into the past (the same as waiting, as far as the data can tell).
    """
    delta = dt.timedelta(minutes=minutes)
    where = "" if booking_ids is None else " WHERE id = ANY(%s)"
    params = [delta] * 9 + ([list(booking_ids)] if booking_ids is not None else [])
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE er_queue_erbooking SET created_at = created_at - %s, confirmed_at = confirmed_at - %s, "
            "called_at = called_at - %s, arrived_at = arrived_at - %s, completed_at = completed_at - %s, "
            "cancelled_at = cancelled_at - %s, expired_at = expired_at - %s, deadline = deadline - %s, "
            "queue_due_at = queue_due_at - %s" + where,
            params,
        )
        if booking_ids is None:
            cursor.execute("UPDATE er_queue_emergencyroom SET last_call_at = last_call_at - %s", [delta])
            cursor.execute("UPDATE er_queue_bookingtransition SET at = at - %s", [delta])


@pytest.fixture
def clock():
    return shift_clock


@pytest.fixture
def booking_in(book, staff, make_room):
    """booking_in(state, room=None, acuity=2) -> a booking brought to that state through the services."""
    from er_queue import services

    def _make(state, *, room=None, acuity=2):
        room = room or make_room()
        booking = book(room, acuity=acuity)
        patient = booking.patient
        if state == "initialized":
            return booking
        if state == "cancelled":
            return services.booking_cancel(booking_id=booking.pk, actor=patient, reason="changed my mind")
        if state == "expired":
            shift_clock(11, booking_ids=[booking.pk])
            services.bookings_expire_due()
            booking.refresh_from_db()
            return booking
        booking = services.booking_confirm(booking_id=booking.pk, actor=patient)
        if state == "confirmed":
            return booking
        called = services.room_call_next(room_id=room.pk, actor=staff)
        assert called.pk == booking.pk
        if state == "called":
            return called
        booking = services.booking_check_in(booking_id=booking.pk, actor=staff)
        if state == "arrived":
            return booking
        assert state == "completed", state
        return services.booking_complete(booking_id=booking.pk, actor=staff)

    return _make
