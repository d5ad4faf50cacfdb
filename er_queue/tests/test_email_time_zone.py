"""ER emails give times in the patient's own zone (issue 10, item 7)."""

from __future__ import annotations

import zoneinfo

import pytest
from django.core import mail
from django.utils import timezone

pytestmark = pytest.mark.django_db

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def test_an_er_email_gives_the_check_in_time_in_the_patients_zone(room, book, staff, settings):
    from er_queue import services

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    booking = book(room, confirm=True)
    patient = booking.patient
    patient.time_zone = "Asia/Tokyo"
    patient.save(update_fields=["time_zone"])
    mail.outbox.clear()
    called = services.room_call_next(room_id=room.pk, actor=staff)
    services.notices_send(booking_ids=[called.pk], kind="called")
    email = next(m for m in mail.outbox if "turn" in m.subject)
    local = timezone.localtime(called.deadline, TOKYO).strftime("%H:%M")
    assert f"arrive by {local}" in email.body
