"""A measuring device for bench/er_queue.py (a), not product code: never deploy it.

The real WSGI application with one change: POST /api/v1/er/bookings/ runs the benchmark's
raw-SQL transaction (RAW_BOOKING, the very statements the raw side sends) through
Django's connection instead of the ORM service. Everything else is the production
request path: gunicorn, every middleware, DRF, token auth, throttling, the response body.

So its throughput against the raw side is the cost of the HTTP stack alone, and the gap
between it and the real API is the cost of the ORM service. It skips every check the
real service makes; the benchmark only sends requests that pass them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os

from healthsvc.wsgi import application  # sets Django up: models are imported below, once it has

__all__ = ["application"]

_numbers = itertools.count()


def _reference() -> str:
    """Unique per process and request, 8 characters (the column's width)."""
    return f"{os.getpid() % 1000:03d}{next(_numbers):05d}"


def booking_create_as_raw_sql(*, actor, room_id: int, triage_record_id: int, idempotency_key: str = ""):
    from django.db import connection, transaction

    from bench.er_queue import RAW_BOOKING
    from er_queue.models import EmergencyRoom, ERBooking
    from er_queue.services.bookings import BookingResult

    params = {"patient": actor.pk, "record": triage_record_id, "room": room_id, "reference": _reference()}
    with transaction.atomic(), connection.cursor() as cursor:
        for name, sql in RAW_BOOKING:
            cursor.execute(sql, params)
            row = cursor.fetchone() if cursor.description else None
            if name == "room":
                _, capacity, accepting, confirm_minutes, now = row
            if name == "insert":
                params["booking"] = row[0]
    room = EmergencyRoom(id=room_id, capacity=capacity, accepting=accepting, confirm_window_minutes=confirm_minutes)
    booking = ERBooking(
        id=params["booking"],
        reference=params["reference"],
        room=room,
        patient_id=actor.pk,
        triage_record_id=triage_record_id,
        priority=2,
        queue_band=1,
        created_at=now,
        deadline=now + dt.timedelta(minutes=10),
    )
    return BookingResult(booking, created=True)


def _install() -> None:
    from er_queue import services

    services.booking_create = booking_create_as_raw_sql


_install()
