"""Helpers every ER write shares: locks in the fixed order, history rows, the outbox."""

from __future__ import annotations

import logging
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models.functions import Now
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django_fsm import can_proceed

from er_queue.access import can_operate_queue, may_see_booking
from er_queue.choices import BookingState, NoticeKind
from er_queue.conf import er_setting
from er_queue.live.channel import rooms_publish
from er_queue.models import BookingTransition, EmergencyRoom, ERBooking, ERNotice, next_queue_version
from er_queue.selectors import queue_waiting
from healthsvc.errors import Conflict, Forbidden, NotFound
from healthsvc.tasking import enqueue_on_commit
from healthsvc.webhooks.choices import EventType
from healthsvc.webhooks.services import event_record

logger = logging.getLogger("er_queue.services")

# Why a transition is refused, by transition; %(state)s is one of STATE_WORDS.
_REFUSED = {
    "confirm": gettext_lazy("This booking is %(state)s, so it cannot be confirmed."),
    "call": gettext_lazy("This booking is %(state)s, so it cannot be called."),
    "check_in": gettext_lazy("This booking is %(state)s, so it cannot be checked in."),
    "complete": gettext_lazy("This booking is %(state)s, so it cannot be completed."),
    "cancel": gettext_lazy("This booking is %(state)s, so it cannot be cancelled."),
    "expire": gettext_lazy("This booking is %(state)s, so it cannot be marked as a no-show."),
}
# A booking's state inside a sentence ("This booking is confirmed, ..."); the value is the state's code.
STATE_WORDS = {
    BookingState.INITIALIZED: pgettext_lazy("booking state, in a sentence", "initialized"),
    BookingState.CONFIRMED: pgettext_lazy("booking state, in a sentence", "confirmed"),
    BookingState.CALLED: pgettext_lazy("booking state, in a sentence", "called"),
    BookingState.ARRIVED: pgettext_lazy("booking state, in a sentence", "arrived"),
    BookingState.COMPLETED: pgettext_lazy("booking state, in a sentence", "completed"),
    BookingState.CANCELLED: pgettext_lazy("booking state, in a sentence", "cancelled"),
    BookingState.EXPIRED: pgettext_lazy("booking state, in a sentence", "expired"),
}


def state_words(state: str) -> str:
    return str(STATE_WORDS.get(state, state))


def _require_operator(actor) -> None:
    if not can_operate_queue(actor):
        raise Forbidden(message=_("Only ER staff may do this."))


def _lock_room(room_id) -> EmergencyRoom:
    room = EmergencyRoom.objects.select_for_update().annotate(db_now=Now()).filter(pk=room_id).first()
    if room is None:
        raise NotFound("room_not_found", _("No such emergency room."))
    return room


def _lock_booking(*, booking_id, actor) -> tuple[EmergencyRoom, ERBooking]:
    """Lock the booking's room, then the booking; NotFound if the actor may not see it."""
    seen = ERBooking.objects.filter(pk=booking_id).values("room_id", "patient_id").first()
    if seen is None or not may_see_booking(actor, patient_id=seen["patient_id"]):
        raise NotFound("booking_not_found", _("No such booking."))
    room = _lock_room(seen["room_id"])  # a booking never changes room
    booking = ERBooking.objects.select_for_update().annotate(db_now=Now()).get(pk=booking_id)
    booking.room = room
    return room, booking


def _ensure_can(booking: ERBooking, transition: str) -> None:
    if not can_proceed(getattr(booking, transition)):
        raise Conflict(
            "illegal_transition",
            _REFUSED[transition] % {"state": state_words(booking.state)},
            current_state=booking.state,
        )


def _already_done(booking: ERBooking, state: str, *end_reasons: str) -> bool:
    """True when the asked-for transition has already happened: a retry whose first response
    was lost is answered with the booking as it is, not told the action "cannot" be done."""
    return booking.state == state and (not end_reasons or booking.end_reason in end_reasons)


# The states integrators hear of (docs/webhooks.md), however entered: a step forward, a walk-in taken straight
# in, or the desk's undo (a call taken back is `booking.confirmed` again; `previous_state` tells them apart).
BOOKING_EVENTS = {
    BookingState.CONFIRMED: EventType.BOOKING_CONFIRMED,
    BookingState.CALLED: EventType.BOOKING_CALLED,
    BookingState.EXPIRED: EventType.BOOKING_EXPIRED,
    BookingState.COMPLETED: EventType.BOOKING_COMPLETED,
}


def queue_changed(room_id: int) -> None:
    """The room's queue changed in this transaction, which holds the room's lock: a new queue version (the
    position read's ETag), and after commit one snapshot for every live watcher of the room (er_queue/live/)."""
    EmergencyRoom.objects.filter(pk=room_id).update(queue_version=next_queue_version())
    transaction.on_commit(partial(rooms_publish, [room_id]), robust=True)


def queues_changed_after_commit(room_ids) -> None:
    """For the sweeps, which change many rooms without their locks: the versions go up after commit, one room
    at a time in id order. Bumping inside the sweep's transaction would lock rooms after bookings, the
    reverse of every service's order, and could deadlock. Between the commit and the bump a poll may be told
    "not modified" for a moment; the next poll sees the change."""
    room_ids = sorted(set(room_ids))
    if not room_ids:
        return

    def bump_and_publish() -> None:
        for room_id in room_ids:
            EmergencyRoom.objects.filter(pk=room_id).update(queue_version=next_queue_version())
        rooms_publish(room_ids)

    transaction.on_commit(bump_and_publish, robust=True)


def record_transition(booking: ERBooking, *, from_state: str, actor, at, reason: str = "") -> BookingTransition:
    """The history row of a change, its webhook event and the room's new queue version, in the caller's
    transaction."""
    queue_changed(booking.room_id)
    row = BookingTransition.record_change(booking, from_state=from_state, actor=actor, at=at, reason=reason)
    if booking.state in BOOKING_EVENTS:
        event_record(
            event_type=BOOKING_EVENTS[booking.state],
            subject=f"er_booking:{booking.pk}",
            data=booking_event_data(booking, previous_state=from_state, at=at),
        )
    return row


def booking_event_data(booking: ERBooking, *, previous_state: str, at) -> dict:
    """A booking as webhooks describe it: ids and state, no names (the API has the rest, for those allowed)."""
    return {
        "booking_id": booking.pk,
        "reference": booking.reference,
        "room_id": booking.room_id,
        "state": booking.state,
        "previous_state": previous_state,
        "at": at,
        "acuity": booking.priority,
        "walk_in": booking.patient_id is None,
        "patient_id": booking.patient_id,
        "dependant_id": booking.dependant_id,
        "triage_record_id": booking.triage_record_id,
        "end_reason": booking.end_reason,
    }


def _notice(booking: ERBooking, kind: str) -> None:
    """Put a notice in the outbox (once per booking and kind) and send it after commit."""
    if booking.patient_id is None:
        return  # a walk-in has no account to write to
    _, created = ERNotice.objects.get_or_create(booking=booking, kind=kind)
    if created:
        _send_after_commit([booking.pk], kind)


def _send_after_commit(booking_ids: list[int], kind: str) -> None:
    from er_queue.tasks import send_notices_task

    enqueue_on_commit(send_notices_task, booking_ids, kind, fallback=lambda: _send_now(booking_ids, kind))


def _send_now(booking_ids: list[int], kind: str) -> None:
    """The broker is away: send in this request rather than wait for the outbox sweep, since
    "it is your turn" is only useful within the check-in window. The notice stays in the
    outbox if this fails too, and the sweep sends it (exactly once either way)."""
    from er_queue.services.notices import notices_send

    try:
        notices_send(booking_ids=booking_ids, kind=kind)
    except Exception:  # after commit: the action is done, and the outbox keeps the notice
        logger.warning("could not send %s notices inline; the outbox sweep will", kind, exc_info=True)


def _notify_near_front(room: EmergencyRoom) -> None:
    """Warn the first few waiting patients that their turn is near (each once)."""
    near = er_setting("ER_NEAR_FRONT_SLOTS")
    if near <= 0:
        return
    heads = list(queue_waiting(room=room).values_list("pk", "patient_id")[:near])
    candidates = [pk for pk, patient_id in heads if patient_id is not None]
    if not candidates:
        return
    warned = set(
        ERNotice.objects.filter(booking_id__in=candidates, kind=NoticeKind.NEAR_FRONT).values_list(
            "booking_id", flat=True
        )
    )
    ids = [pk for pk in candidates if pk not in warned]
    if not ids:
        return
    ERNotice.objects.bulk_create(
        [ERNotice(booking_id=pk, kind=NoticeKind.NEAR_FRONT) for pk in ids], ignore_conflicts=True
    )
    _send_after_commit(ids, NoticeKind.NEAR_FRONT)


def _constraint_of(exc: IntegrityError) -> str:
    diag = getattr(getattr(exc, "__cause__", None), "diag", None)
    return getattr(diag, "constraint_name", "") or ""
