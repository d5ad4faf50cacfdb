"""Booking events for integrators (docs/webhooks.md), written by the ER services in the transaction of the change."""

from __future__ import annotations

import pytest
from django.db import transaction

from er_queue import services
from er_queue.choices import BookingState
from er_queue.models import ERBooking
from er_queue.tests.conftest import shift_clock

pytestmark = pytest.mark.django_db

BOOKING_EVENTS = ["booking.confirmed", "booking.called", "booking.expired", "booking.completed"]


def test_a_visit_from_confirmation_to_completion_is_three_events(subscribe_webhooks, outbox_events, booking_in):
    subscribe_webhooks(*BOOKING_EVENTS)
    booking = booking_in("completed")
    events = outbox_events()
    assert [(e["type"], e["data"]["previous_state"]) for e in events] == [
        ("booking.confirmed", "initialized"),
        ("booking.called", "confirmed"),
        ("booking.completed", "arrived"),
    ]
    assert {e["subject"] for e in events} == {f"er_booking:{booking.pk}"}
    completed = events[-1]["data"]
    assert completed == {
        "booking_id": booking.pk,
        "reference": booking.reference,
        "room_id": booking.room_id,
        "state": "completed",
        "previous_state": "arrived",
        "at": completed["at"],
        "acuity": booking.priority,
        "walk_in": False,
        "patient_id": booking.patient_id,
        "dependant_id": None,
        "triage_record_id": booking.triage_record_id,
        "end_reason": "",
    }
    assert completed["at"].endswith("Z")


def test_only_the_subscribed_types_are_written(subscribe_webhooks, outbox_events, booking_in):
    subscribe_webhooks("booking.called")
    booking_in("completed")
    assert [e["type"] for e in outbox_events()] == ["booking.called"]


def test_nothing_is_written_without_a_subscription(outbox_events, booking_in):
    booking_in("completed")
    assert outbox_events() == []


def test_a_rolled_back_confirmation_writes_no_event(subscribe_webhooks, outbox_events, book, room):
    subscribe_webhooks(*BOOKING_EVENTS)
    booking = book(room)
    with pytest.raises(RuntimeError), transaction.atomic():
        services.booking_confirm(booking_id=booking.pk, actor=booking.patient)
        raise RuntimeError("something after the confirmation failed")
    assert ERBooking.objects.get(pk=booking.pk).state == BookingState.INITIALIZED
    assert outbox_events() == []


def test_the_expiry_sweep_writes_one_event_per_expired_booking(
    subscribe_webhooks, outbox_events, book, booking_in, room
):
    subscribe_webhooks("booking.expired")
    unconfirmed = book(room)
    called = booking_in("called")
    shift_clock(25, booking_ids=[unconfirmed.pk, called.pk])
    assert services.bookings_expire_due() == 2
    expired = {e["data"]["booking_id"]: e["data"] for e in outbox_events("booking.expired")}
    assert set(expired) == {unconfirmed.pk, called.pk}
    assert (expired[unconfirmed.pk]["previous_state"], expired[unconfirmed.pk]["end_reason"]) == (
        "initialized",
        "not_confirmed",
    )
    assert (expired[called.pk]["previous_state"], expired[called.pk]["end_reason"]) == (
        "called",
        "checkin_window_passed",
    )
    assert services.bookings_expire_due() == 0
    assert len(outbox_events()) == 2


def test_a_no_show_and_its_undo(subscribe_webhooks, outbox_events, booking_in, staff):
    called = booking_in("called")
    subscribe_webhooks(*BOOKING_EVENTS)
    services.booking_mark_no_show(booking_id=called.pk, actor=staff)
    services.booking_undo(booking_id=called.pk, actor=staff)
    events = outbox_events()
    assert [(e["type"], e["data"]["previous_state"], e["data"]["end_reason"]) for e in events] == [
        ("booking.expired", "called", "no_show"),
        ("booking.called", "expired", ""),  # the desk took the no-show back: called again
    ]


def test_a_walk_in_taken_straight_in_is_confirmed_and_called(subscribe_webhooks, outbox_events, room, staff):
    subscribe_webhooks(*BOOKING_EVENTS)
    booking = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Man in blue coat", acuity=1).booking
    events = outbox_events()
    assert [e["type"] for e in events] == ["booking.confirmed", "booking.called"]
    assert all(e["data"]["walk_in"] and e["data"]["patient_id"] is None for e in events)
    assert events[0]["data"]["booking_id"] == booking.pk
