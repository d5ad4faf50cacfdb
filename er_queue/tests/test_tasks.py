"""The Celery tasks through the real Redis broker and a real worker: the sweep and the emails."""

from __future__ import annotations

import time

import pytest

from er_queue.choices import BookingState
from er_queue.models import ERBooking, ERNotice
from er_queue.tasks import expire_bookings_task, send_notices_task
from er_queue.tests.conftest import shift_clock


def _wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_beat_sweep_expires_and_the_patient_is_emailed(celery_worker_thread, room, book, mailoutbox):
    booking = book(room)
    shift_clock(room.confirm_window_minutes + 1)
    expire_bookings_task.delay()
    assert _wait_for(lambda: ERBooking.objects.get(pk=booking.pk).state == BookingState.EXPIRED)
    assert _wait_for(lambda: ERNotice.objects.filter(booking=booking, sent_at__isnull=False).exists())
    assert [message.to for message in mailoutbox] == [[booking.patient.email]]
    assert "expired" in mailoutbox[0].subject
    # A duplicate delivery of the same message is a no-op.
    send_notices_task.delay([booking.pk], "expired")
    expire_bookings_task.delay()
    time.sleep(1.0)
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_tasks_are_idempotent_when_run_inline(room, book, mailoutbox):
    booking = book(room)
    shift_clock(11)
    assert expire_bookings_task.apply().get() == 1
    assert expire_bookings_task.apply().get() == 0
    assert send_notices_task.apply(args=([booking.pk], "expired")).get() == 1
    assert send_notices_task.apply(args=([booking.pk], "expired")).get() == 0
    assert send_notices_task.apply(args=([999999], "expired")).get() == 0  # a booking that is gone
    assert len(mailoutbox) == 1


@pytest.mark.django_db(transaction=True)
def test_broker_down_the_called_patient_is_emailed_at_once(room, book, staff, client_for, dead_broker, mailoutbox):
    booking = book(room, confirm=True)
    mailoutbox.clear()
    response = client_for(staff).post(f"/api/v1/er/rooms/{room.pk}/call-next/")
    assert response.status_code == 200, response.content
    # Sent within the request, not a sweep later: the check-in window is already running.
    assert [message.to for message in mailoutbox if "turn" in message.subject.lower()] == [[booking.patient.email]]
    assert ERNotice.objects.get(booking=booking, kind="called").sent_at is not None
