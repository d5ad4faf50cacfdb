"""A room's queue as the live streams carry it: computed once per change, read by every watcher.

`room_snapshot` is the one read a change costs: the room, its active bookings and their positions
(`booking_positions`, the same selector the REST read uses), in three queries whatever the number of
watchers. It holds no names and no text, only states, numbers and times, so that each stream can put
it in its own patient's language (`booking_event`) without touching the database.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from types import SimpleNamespace

from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime

from er_queue import policy
from er_queue.choices import ACTIVE_STATES, BookingState
from er_queue.models import EmergencyRoom, ERBooking
from er_queue.selectors import Position, booking_positions, position_message


def _when(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def snapshot_entry(booking: ERBooking | _QueueRow, position: Position) -> dict:
    """One booking's part of a snapshot: what its patient's page shows, language-free."""
    return {
        "state": booking.state,
        "slot_number": position.slot_number,
        "estimated_wait_minutes": position.estimated_wait_minutes,
        "near_front": position.near_front,
        "over_target": position.over_target,
        "confirm_by": _when(position.confirm_by),
        "checkin_by": _when(position.checkin_by),
        "checkin_pending": booking.checkin_pending,
    }


@dataclass(slots=True)
class _QueueRow:
    """The fields of an active booking that a snapshot and `booking_positions` read. Rows rather than model
    instances: a room of 800 bookings spent a third of its snapshot building ERBooking objects (django-fsm
    sets up each one), on every change of the room."""

    pk: int
    state: str
    reference: str
    priority: int
    deadline: dt.datetime | None
    confirmed_at: dt.datetime | None
    called_at: dt.datetime | None
    checkin_prompted_at: dt.datetime | None
    checkin_answered_at: dt.datetime | None
    room: EmergencyRoom

    checkin_pending = ERBooking.checkin_pending  # the model's rule, read from these fields


_ROW_FIELDS = (
    "pk",
    "state",
    "reference",
    "priority",
    "deadline",
    "confirmed_at",
    "called_at",
    "checkin_prompted_at",
    "checkin_answered_at",
)


def room_snapshot(*, room_id: int, changed_at: float) -> dict | None:
    """The room's queue now; None if there is no such room. `changed_at` (epoch seconds) is when the change
    committed, so that a watcher (and the benchmark) can tell how long the news took to reach it.

    The version is read before the bookings: under READ COMMITTED the bookings may be newer than it, never
    older, so a snapshot never shows less than its version promises."""
    room = EmergencyRoom.objects.filter(pk=room_id).first()
    if room is None:
        return None
    rows = ERBooking.objects.filter(room_id=room_id, state__in=ACTIVE_STATES).order_by("pk").values_list(*_ROW_FIELDS)
    bookings = [_QueueRow(*row, room=room) for row in rows]
    positions = booking_positions(bookings, now=timezone.now(), words=False)
    called = sorted(
        (booking for booking in bookings if booking.state == BookingState.CALLED),
        key=lambda booking: (booking.called_at, booking.pk),
        reverse=True,
    )
    return {
        "room_id": room.pk,
        "version": room.queue_version,
        "changed_at": changed_at,
        "accepting": room.accepting,
        "bookings": {str(booking.pk): snapshot_entry(booking, positions[booking.pk]) for booking in bookings},
        # What the public "now calling" screen shows (selectors.room_now_calling): references only, newest first.
        "now_calling": [booking.reference for booking in called],
    }


@functools.lru_cache(maxsize=4096)
def _texts(language: str, zone: str, state: str, slot: int | None, minutes: int | None, deadline: str | None):
    """The state label, the wait in words and the message, in the active language and zone: every watcher of
    a room formats its event after each change, and most of them share these (a slot, a wait)."""
    moment = parse_datetime(deadline) if deadline else None
    return (
        str(BookingState(state).label),
        policy.wait_text(minutes),
        position_message(SimpleNamespace(state=state, deadline=moment), slot),
    )


def booking_event(entry: dict, *, booking_id: int, version: int, changed_at: float) -> dict:
    """What one patient's page receives, in the active language and time zone: the booking JSON's fields
    that booking.js draws (the same names as the REST read)."""
    slot = entry["slot_number"]
    minutes = entry["estimated_wait_minutes"]
    deadline = entry["confirm_by"] or entry["checkin_by"]
    zone = timezone.get_current_timezone_name()
    label, wait_text, message = _texts(translation.get_language(), zone, entry["state"], slot, minutes, deadline)
    return {
        "id": booking_id,
        "state": entry["state"],
        "state_label": label,
        "slot_number": slot,
        "estimated_wait_minutes": minutes,
        "estimated_wait_text": wait_text,
        "near_front": entry["near_front"],
        "over_target": entry["over_target"],
        "confirm_by": entry["confirm_by"],
        "checkin_by": entry["checkin_by"],
        "checkin_pending": entry["checkin_pending"],
        "message": message,
        "version": version,
        "changed_at": changed_at,
    }
