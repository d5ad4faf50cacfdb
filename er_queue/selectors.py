"""Reads of the ER queue: rooms with their load and estimate, the queue in order, a booking's place.

Slot numbers are computed here from the queue order (policy.py), never stored: the head
of the waiting queue is 1, a called booking is 0. Other apps may call:

* `rooms_recommended(region=None, limit=3)`: accepting ERs with room, shortest estimated wait first;
* `bookings_active_of_patient(patient_id=)`: the account's active bookings (their own and each dependant's);
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import (
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from er_queue import policy
from er_queue.access import can_operate_queue, may_see_booking
from er_queue.choices import ACTIVE_STATES, CTAS_NAMES, UNDOABLE_EXPIRY, BookingState, PriorityChangeKind
from er_queue.conf import er_setting
from er_queue.models import BookingPriorityChange, BookingTransition, EmergencyRoom, ERBooking
from healthsvc.errors import NotFound
from healthsvc.selectors import last_changed_between

# The queue order, defined once: the window function of queue_waiting, call next's pick and the slot count of
# slot_numbers (its SQL is generated from it) all read this tuple. Every field is NOT NULL, so the row
# comparison below agrees with ORDER BY.
QUEUE_ORDER = ("queue_band", "queue_due_at", "id")


# --- rooms --------------------------------------------------------------------------------
def _count_of(states) -> Coalesce:
    """A per-room count as a correlated subquery, so it uses the (room, state) index
    instead of joining every historical booking."""
    counted = (
        ERBooking.objects.filter(room=OuterRef("pk"), state__in=list(states))
        .order_by()
        .values("room")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def rooms_with_load(queryset: QuerySet[EmergencyRoom] | None = None) -> QuerySet[EmergencyRoom]:
    """Rooms annotated with active_count, waiting_count and called_count (one query)."""
    queryset = EmergencyRoom.objects.all() if queryset is None else queryset
    return queryset.annotate(
        active_count=_count_of(ACTIVE_STATES),
        waiting_count=_count_of([BookingState.CONFIRMED]),
        called_count=_count_of([BookingState.CALLED]),
    )


def _with_estimate(room: EmergencyRoom, now: dt.datetime) -> EmergencyRoom:
    room.free_places = max(room.capacity - room.active_count, 0)
    room.per_call_minutes = room.minutes_per_call(now)
    # For someone joining now at the back of the queue (more urgent patients go ahead).
    room.estimated_wait_minutes = policy.wait_minutes(room.waiting_count + 1, room.per_call_minutes)
    room.estimated_wait_text = policy.wait_text(room.estimated_wait_minutes)
    room.has_capacity = room.accepting and room.free_places > 0
    return room


def rooms_list(*, region: str | None = None, now: dt.datetime | None = None) -> list[EmergencyRoom]:
    """Every room with its load and estimated wait (GET /rooms/, the staff room list)."""
    queryset = EmergencyRoom.objects.all()
    if region:
        queryset = queryset.filter(region__iexact=region)
    now = now or timezone.now()
    return [_with_estimate(room, now) for room in rooms_with_load(queryset)]


def room_detail(*, room_id: int, now: dt.datetime | None = None) -> EmergencyRoom:
    room = rooms_with_load().filter(pk=room_id).first()
    if room is None:
        raise NotFound("room_not_found", _("No such emergency room."))
    return _with_estimate(room, now or timezone.now())


def rooms_recommended(
    *, region: str | None = None, exclude_room_id: int | None = None, limit: int | None = 3
) -> list[EmergencyRoom]:
    """Accepting rooms with free places, shortest estimated wait first (then most free places)."""
    queryset = EmergencyRoom.objects.filter(accepting=True)
    if region:
        queryset = queryset.filter(region__iexact=region)
    if exclude_room_id is not None:
        queryset = queryset.exclude(pk=exclude_room_id)
    now = timezone.now()
    rooms = [_with_estimate(room, now) for room in rooms_with_load(queryset)]
    rooms = [room for room in rooms if room.free_places > 0]
    rooms.sort(key=lambda room: (room.estimated_wait_minutes, -room.free_places, room.name))
    return rooms if limit is None else rooms[:limit]


def room_alternatives(*, room: EmergencyRoom, limit: int = 3) -> list[dict]:
    """Up to `limit` other rooms that have capacity, as plain data for a 409.

    Rooms of the same region come first (no distances are stored, and the region is the
    best stand-in for "near"); when it has fewer than `limit`, rooms of other regions fill
    the list, each naming its region, so a patient is never told "full" with nowhere to go.
    """
    candidates = rooms_recommended(exclude_room_id=room.pk, limit=None)
    same_region = [other for other in candidates if other.region.casefold() == room.region.casefold()]
    elsewhere = [other for other in candidates if other.region.casefold() != room.region.casefold()]
    return [
        {
            "id": other.pk,
            "name": other.name,
            "address": other.address,
            "region": other.region,
            "free_places": other.free_places,
            "estimated_wait_minutes": other.estimated_wait_minutes,
            "estimated_wait_text": other.estimated_wait_text,
        }
        for other in (same_region + elsewhere)[:limit]
    ]


# --- the queue ----------------------------------------------------------------------------
def queue_waiting(*, room: EmergencyRoom | int) -> QuerySet[ERBooking]:
    """The waiting (confirmed) bookings of a room in queue order, each with its slot_number (1 = next)."""
    room_id = room.pk if isinstance(room, EmergencyRoom) else room
    return (
        ERBooking.objects.filter(room_id=room_id, state=BookingState.CONFIRMED)
        .select_related("patient", "dependant")
        .annotate(slot_number=Window(RowNumber(), order_by=[F(name).asc() for name in QUEUE_ORDER]))
        .order_by(*QUEUE_ORDER)
    )


def _queue_key(alias: str) -> str:
    """QUEUE_ORDER as an SQL row of `alias`'s columns: (a.queue_band, a.queue_due_at, a.id)."""
    return "(" + ", ".join(f"{alias}.{ERBooking._meta.get_field(name).column}" for name in QUEUE_ORDER) + ")"


# Each count is a range scan of the queue index: the waiting patients of the room ahead in QUEUE_ORDER.
_SLOT_SQL = """
SELECT b.id, 1 + (
    SELECT count(*) FROM {table} a
    WHERE a.room_id = b.room_id AND a.state = 'confirmed' AND {ahead} < {mine}
)
FROM {table} b
WHERE b.id = ANY(%s) AND b.state = 'confirmed'
"""


def slot_numbers(bookings) -> dict[int, int | None]:
    """Slot number of each booking: 0 when called, 1 + the waiting patients ahead when
    confirmed, None otherwise. One query; each count is a range scan of the queue index."""
    result: dict[int, int | None] = {
        booking.pk: (0 if booking.state == BookingState.CALLED else None) for booking in bookings
    }
    waiting = [booking.pk for booking in bookings if booking.state == BookingState.CONFIRMED]
    if waiting:
        with connection.cursor() as cursor:
            sql = _SLOT_SQL.format(table=ERBooking._meta.db_table, ahead=_queue_key("a"), mine=_queue_key("b"))
            cursor.execute(sql, [waiting])
            result.update(dict(cursor.fetchall()))
    return result


def booking_slot_number(booking: ERBooking) -> int | None:
    return slot_numbers([booking])[booking.pk]


@dataclass(frozen=True)
class Position:
    """What a patient (or the desk) needs to know about a booking right now."""

    slot_number: int | None
    estimated_wait_minutes: int | None
    estimated_wait_text: str
    near_front: bool
    confirm_by: dt.datetime | None
    checkin_by: dt.datetime | None
    over_target: bool
    message: str


def position_message(booking, slot: int | None) -> str:
    """The sentence a patient reads about their booking (it needs only .state and .deadline)."""
    state = booking.state
    if state == BookingState.INITIALIZED:
        return _("Confirm your booking by %(time)s to keep your place.") % {"time": _hhmm(booking.deadline)}
    if state == BookingState.CONFIRMED:
        if slot is None:
            return _("You are in the queue.")
        if slot == 1:
            return _("You are next.")
        ahead = slot - 1
        return ngettext("%(count)d patient is ahead of you.", "%(count)d patients are ahead of you.", ahead) % {
            "count": ahead
        }
    if state == BookingState.CALLED:
        return _("It is your turn: arrive by %(time)s.") % {"time": _hhmm(booking.deadline)}
    if state == BookingState.ARRIVED:
        return _("You have checked in. The team will see you soon.")
    if state == BookingState.COMPLETED:
        return _("This visit is complete.")
    if state == BookingState.CANCELLED:
        return _("This booking was cancelled. You can book again.")
    return _("This booking expired. You can book again.")


def _hhmm(moment: dt.datetime | None) -> str:
    return timezone.localtime(moment).strftime("%H:%M") if moment else ""


def booking_positions(bookings, *, now: dt.datetime | None = None, words: bool = True) -> dict[int, Position]:
    """Slot, estimate and message of each booking (each needs .room loaded); one query. With words=False the
    wait text and the message are left empty, for a reader that words them itself (the live snapshot, once per
    patient's language), so that a room's worth of bookings costs no translation lookups."""
    now = now or timezone.now()
    slots = slot_numbers(bookings)
    near_front = er_setting("ER_NEAR_FRONT_SLOTS")
    pace: dict[int, float] = {}  # minutes per call, worked out once per room
    positions = {}
    for booking in bookings:
        slot = slots[booking.pk]
        if booking.room.pk not in pace:
            pace[booking.room.pk] = booking.room.minutes_per_call(now)
        minutes = None if slot is None else policy.wait_minutes(slot, pace[booking.room.pk])
        over = booking.state == BookingState.CONFIRMED and policy.is_over_target(
            booking.confirmed_at, booking.priority, now
        )
        positions[booking.pk] = Position(
            slot_number=slot,
            estimated_wait_minutes=minutes,
            estimated_wait_text=policy.wait_text(minutes) if words else "",
            near_front=slot is not None and 0 < slot <= near_front,
            confirm_by=booking.deadline if booking.state == BookingState.INITIALIZED else None,
            checkin_by=booking.deadline if booking.state == BookingState.CALLED else None,
            over_target=over,
            message=position_message(booking, slot) if words else "",
        )
    return positions


def booking_position(booking: ERBooking, *, now: dt.datetime | None = None) -> Position:
    return booking_positions([booking], now=now)[booking.pk]


# --- bookings -----------------------------------------------------------------------------
def bookings_visible_to(*, user) -> QuerySet[ERBooking]:
    """Own bookings for a patient; all bookings for ER staff."""
    queryset = ERBooking.objects.select_related("room", "patient", "dependant")
    if can_operate_queue(user):
        return queryset
    return queryset.filter(patient_id=user.pk)


# A booking's row records each change of state at its own time; the latest is when it last changed.
BOOKING_CHANGE_TIMES = (
    "created_at",
    "confirmed_at",
    "called_at",
    "arrived_at",
    "completed_at",
    "cancelled_at",
    "expired_at",
)


def bookings_changed_between(*, since: dt.datetime, until: dt.datetime | None = None) -> QuerySet[ERBooking]:
    """Every booking (walk-ins too) last changed in [since, until), by id, for the bulk export: no reader's
    rule applies, so the caller audits (healthsvc/fhir/bulk.py)."""
    bookings = ERBooking.objects.select_related("room", "patient", "dependant")
    return last_changed_between(bookings, *BOOKING_CHANGE_TIMES, since=since, until=until).order_by("pk")


def booking_visible_to(*, user, booking_id: int) -> ERBooking:
    """One booking the user may see, with its room, or NotFound (also for another patient's)."""
    booking = ERBooking.objects.select_related("room", "patient", "dependant").filter(pk=booking_id).first()
    if booking is None or not may_see_booking(user, patient_id=booking.patient_id):
        raise NotFound("booking_not_found", _("No such booking."))
    return booking


def booking_history(*, booking: ERBooking) -> list[BookingTransition]:
    return list(booking.transitions.select_related("actor").order_by("at", "id"))


def bookings_active_of_patient(*, patient_id: int) -> list[ERBooking]:
    """The account's active bookings: at most one for the patient and one for each of their dependants."""
    return list(
        ERBooking.objects.select_related("room", "patient", "dependant").filter(
            patient_id=patient_id, state__in=list(ACTIVE_STATES)
        )
    )


def bookings_of_patient(*, patient_id: int, limit: int = 20) -> list[ERBooking]:
    return list(ERBooking.objects.select_related("room", "patient", "dependant").filter(patient_id=patient_id)[:limit])


def dependant_of_patient_record(*, patient_id: int, triage_record_id) -> int | None:
    """Whom the patient's triage record is about: a dependant's id, or None (themselves, or no such record)."""
    from triage.models import TriageRecord  # read only, as _eligible_record does

    if not str(triage_record_id).isdigit() or len(str(triage_record_id)) > 18:
        return None
    mine = TriageRecord.objects.filter(pk=int(triage_record_id), patient_id=patient_id)
    return mine.values_list("dependant_id", flat=True).first()


# --- the staff board and the public screen -------------------------------------------------
@dataclass
class Board:
    room: EmergencyRoom
    waiting: list[ERBooking]
    called: list[ERBooking]
    arrived: list[ERBooking]
    now: dt.datetime
    # Completed or no-show in the last ER_UNDO_MINUTES: still on the board, to be undone.
    recently_ended: list[ERBooking] = field(default_factory=list)


def room_board(*, room_id: int, now: dt.datetime | None = None) -> Board:
    """The desk's view of a room in three queries: waiting in order; called, arrived and
    what can still be undone; and the room."""
    now = now or timezone.now()
    room = room_detail(room_id=room_id, now=now)
    waiting = list(queue_waiting(room=room))
    no_reply_grace = dt.timedelta(minutes=er_setting("ER_CHECKIN_NO_REPLY_MINUTES"))
    for booking in waiting:
        # From the row's own check-in fields: no query per row.
        booking.checkin_no_reply = policy.checkin_no_reply(
            acuity=booking.priority,
            prompted_at=booking.checkin_prompted_at,
            answered_at=booking.checkin_answered_at,
            now=now,
            grace=no_reply_grace,
        )
        booking.waited_minutes = int((now - booking.confirmed_at).total_seconds() // 60)
        booking.over_target = policy.is_over_target(booking.confirmed_at, booking.priority, now)
        booking.target_minutes = policy.CTAS_TARGET_MINUTES[booking.priority]
        booking.estimated_wait_minutes = policy.wait_minutes(booking.slot_number, room.per_call_minutes)
    undo_since = now - dt.timedelta(minutes=er_setting("ER_UNDO_MINUTES"))
    others = list(
        ERBooking.objects.filter(room=room)
        .filter(
            Q(state__in=[BookingState.CALLED, BookingState.ARRIVED])
            | Q(state=BookingState.COMPLETED, completed_at__gte=undo_since)
            | Q(state=BookingState.EXPIRED, end_reason__in=UNDOABLE_EXPIRY, expired_at__gte=undo_since)
        )
        .select_related("patient", "dependant")
        .order_by("called_at", "id")
    )
    called = [booking for booking in others if booking.state == BookingState.CALLED]
    for booking in called:
        booking.overdue = not booking.is_walk_in and booking.deadline < now  # a walk-in is already here
    for booking in (*waiting, *called):
        booking.priority_name = CTAS_NAMES.get(booking.priority, "")
    arrived = [booking for booking in others if booking.state == BookingState.ARRIVED]
    ended = [booking for booking in others if booking.state in (BookingState.COMPLETED, BookingState.EXPIRED)]
    for booking in ended:
        booking.ended_at = booking.completed_at or booking.expired_at
    ended.sort(key=lambda booking: booking.ended_at, reverse=True)
    return Board(room=room, waiting=waiting, called=called, arrived=arrived, now=now, recently_ended=ended)


def room_now_calling(*, room_id: int) -> tuple[EmergencyRoom, list[str]]:
    """References of the called bookings of a room, most recently called first. No names."""
    room = EmergencyRoom.objects.filter(pk=room_id).first()
    if room is None:
        raise NotFound("room_not_found", "No such emergency room.")
    references = list(
        ERBooking.objects.filter(room=room, state=BookingState.CALLED)
        .order_by("-called_at", "-id")
        .values_list("reference", flat=True)
    )
    return room, references


def bookings_by_state() -> dict[str, int]:
    counts = dict(ERBooking.objects.order_by().values_list("state").annotate(n=Count("*")))
    return {state: counts.get(state, 0) for state in BookingState.values}


# --- re-triage: the priority history and the desk alert (services/retriage.py) ------------------
def booking_active_of_triage_person(*, record_id: int) -> int | None:
    """The id of the active booking of the person a triage record is about (the account holder, or the dependant
    they filled it in for), or None. One booking at most: one active booking per person (models.py)."""
    from triage.models import TriageRecord  # read only, as dependant_of_patient_record does

    person = TriageRecord.objects.filter(pk=record_id).values("patient_id", "dependant_id").first()
    if person is None:
        return None
    return (
        ERBooking.objects.filter(
            patient_id=person["patient_id"], dependant_id=person["dependant_id"], state__in=list(ACTIVE_STATES)
        )
        .values_list("pk", flat=True)
        .first()
    )


def booking_priority_changes(*, booking: ERBooking) -> list:
    return list(
        BookingPriorityChange.objects.filter(booking=booking)
        .select_related("actor", "triage_record")
        .order_by("at", "id")
    )


def booking_timeline(*, booking: ERBooking) -> list:
    """The booking's history: its state changes and its priority changes, oldest first (each row keeps its type:
    a BookingTransition or a BookingPriorityChange)."""
    rows = [*booking_history(booking=booking), *booking_priority_changes(booking=booking)]
    return sorted(rows, key=lambda row: row.at)


def booking_retriage_latest(*, booking: ERBooking):
    """The latest escalation of the booking (with its triage record), or None: the booking page shows a call-now
    banner when it said "call emergency services"."""
    return (
        BookingPriorityChange.objects.filter(booking=booking, kind=PriorityChangeKind.ESCALATION)
        .order_by("-at", "-id")
        .first()
    )


def bookings_escalated(*, room_id: int) -> list[ERBooking]:
    """The room's active bookings escalated by a re-check and not yet acknowledged by the desk, most recent first,
    each with `.escalation` (its latest escalation row). Two queries, on the partial escalated index."""
    bookings = list(
        ERBooking.objects.filter(room_id=room_id, escalated_at__isnull=False, state__in=list(ACTIVE_STATES))
        .select_related("patient", "dependant")
        .order_by("-escalated_at", "-id")
    )
    latest: dict[int, BookingPriorityChange] = {}
    for change in BookingPriorityChange.objects.filter(
        booking_id__in=[booking.pk for booking in bookings], kind=PriorityChangeKind.ESCALATION
    ).order_by("at", "id"):
        latest[change.booking_id] = change
    for booking in bookings:
        booking.escalation = latest.get(booking.pk)
        booking.priority_name = CTAS_NAMES.get(booking.priority, "")
    return bookings


def booking_for_clinician(*, booking_id: int) -> ERBooking:
    """A booking with its people, for a clinician who may change its priority (they do not run the queue, so
    booking_visible_to does not show it to them); the caller checks the permission and audits the read."""
    booking = ERBooking.objects.select_related("room", "patient", "dependant").filter(pk=booking_id).first()
    if booking is None:
        raise NotFound("booking_not_found", _("No such booking."))
    return booking


def booking_recheck_record_id(*, booking: ERBooking) -> int | None:
    """The triage record an "I feel worse" re-check starts from: the person's latest completed one since the
    booking's own (a re-check done while waiting counts), so the questionnaire is prefilled with the latest answers."""
    from triage.models import TriageRecord  # read only

    if booking.patient_id is None:
        return None
    latest = (
        TriageRecord.objects.filter(
            patient_id=booking.patient_id,
            dependant_id=booking.dependant_id,
            state="completed",
            pk__gte=booking.triage_record_id or 0,
        )
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    return latest or booking.triage_record_id
