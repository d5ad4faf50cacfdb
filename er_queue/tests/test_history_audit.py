"""Staff reading a booking's history leave an audit row (issue 12, item 3)."""

from __future__ import annotations

import pytest

from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_staff_reading_a_booking_history_is_audited_and_the_patients_own_is_not(room, book, staff, client_for):
    booking = book(room)
    assert client_for(booking.patient).get(f"/api/v1/er/bookings/{booking.pk}/history/").status_code == 200
    assert not AuditEvent.objects.filter(object_type="er_booking", action="read").exists()
    assert client_for(staff).get(f"/api/v1/er/bookings/{booking.pk}/history/").status_code == 200
    assert AuditEvent.objects.filter(actor=staff, object_type="er_booking", object_id=str(booking.pk)).exists()
