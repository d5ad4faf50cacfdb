"""The hand-built booking bodies render exactly what the declared fields (the schema) would."""

import pytest
from rest_framework import serializers

from er_queue import selectors, services
from er_queue.api.serializers import BookingSerializer, StaffBookingSerializer
from er_queue.models import ERBooking

STATES = ["initialized", "confirmed", "called", "arrived", "completed", "cancelled", "expired"]


def field_by_field(serializer_class, booking, positions) -> dict:
    """What DRF's generic path renders from the declared fields."""
    serializer = serializer_class(booking, context={"positions": positions})
    return serializers.ModelSerializer.to_representation(serializer, booking)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("serializer_class", [BookingSerializer, StaffBookingSerializer])
def test_fast_body_matches_the_declared_fields(booking_in, serializer_class, state):
    booking = ERBooking.objects.select_related("room", "patient").get(pk=booking_in(state).pk)
    positions = selectors.booking_positions([booking])

    fast = serializer_class(booking, context={"positions": positions}).data

    assert fast == field_by_field(serializer_class, booking, positions)
    assert list(fast) == list(serializer_class.Meta.fields)


def test_rebooking_and_walk_in_bodies_match(booking_in, book, room, staff):
    expired = booking_in("expired", room=room)
    rebooked = book(room, patient=expired.patient)
    walk_in = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Red coat", acuity=3).booking
    bookings = list(ERBooking.objects.select_related("room", "patient").filter(pk__in=[rebooked.pk, walk_in.pk]))
    positions = selectors.booking_positions(bookings)
    assert any(b.rebooks_id for b in bookings) and any(b.is_walk_in for b in bookings)

    for booking in bookings:
        for serializer_class in (BookingSerializer, StaffBookingSerializer):
            fast = serializer_class(booking, context={"positions": positions}).data
            assert fast == field_by_field(serializer_class, booking, positions)
