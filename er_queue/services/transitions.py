"""The state changes of a booking after it is made: confirm, call, check in, complete, no-show,
cancel, and the desk's undo of its last action."""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_fsm import can_proceed

from er_queue import metrics, policy
from er_queue.choices import BookingState, EndReason, NoticeKind
from er_queue.conf import er_setting
from er_queue.models import EmergencyRoom, ERBooking
from er_queue.selectors import QUEUE_ORDER
from er_queue.services._common import (
    _already_done,
    _constraint_of,
    _ensure_can,
    _lock_booking,
    _lock_room,
    _notice,
    _notify_near_front,
    _require_operator,
    _send_after_commit,
    record_transition,
    state_words,
)
from er_queue.services.bookings import _check_room_takes
from healthsvc.errors import Conflict, Invalid


def booking_confirm(*, booking_id: int, actor) -> ERBooking:
    """Confirm an initialized booking within its confirm window: it joins the queue.

    Every transition here answers a repeat of itself with the booking unchanged (_already_done).
    """
    with transaction.atomic():
        room, booking = _lock_booking(booking_id=booking_id, actor=actor)
        if _already_done(booking, BookingState.CONFIRMED):
            return booking
        _ensure_can(booking, "confirm")
        if booking.deadline < booking.db_now:
            raise Conflict(
                "confirm_window_passed",
                _("The time to confirm this booking has passed; it will expire. You can book again."),
                current_state=booking.state,
            )
        booking.confirm(at=booking.db_now)
        booking.save()
        record_transition(booking, from_state=BookingState.INITIALIZED, actor=actor, at=booking.db_now)
        _notify_near_front(room)
        return booking


def room_call_next(*, room_id: int, actor) -> ERBooking:
    """Call the head of the room's queue and learn from the interval since the last call."""
    with transaction.atomic():
        _require_operator(actor)
        room = _lock_room(room_id)
        head = (
            ERBooking.objects.filter(room=room, state=BookingState.CONFIRMED)
            .order_by(*QUEUE_ORDER)
            .select_for_update()
            .first()
        )
        if head is None:
            raise Conflict("queue_empty", _("Nobody is waiting in this queue."))
        return _call(room, head, actor=actor)


def _call(room: EmergencyRoom, booking: ERBooking, *, actor) -> ERBooking:
    now = room.db_now
    booking.call(at=now, checkin_window=dt.timedelta(minutes=room.checkin_window_minutes))
    booking.save()
    booking.room = room
    record_transition(booking, from_state=BookingState.CONFIRMED, actor=actor, at=now)

    sample = policy.call_interval_sample(now=now, last_call_at=room.last_call_at, joined_at=booking.confirmed_at)
    if sample is not None:
        room.call_interval_ewma_minutes = policy.ewma(
            room.call_interval_ewma_minutes,
            sample,
            alpha=er_setting("ER_ESTIMATE_ALPHA"),
            prior=room.average_service_minutes,
        )
    room.calls_observed += 1
    room.last_call_at = now
    room.save(update_fields=["call_interval_ewma_minutes", "calls_observed", "last_call_at"])

    _notice(booking, NoticeKind.CALLED)
    _notify_near_front(room)
    waited = (now - booking.confirmed_at).total_seconds()
    transaction.on_commit(lambda: metrics.confirm_to_call_seconds.labels(room=room.name).observe(waited))
    return booking


def booking_check_in(*, booking_id: int, actor) -> ERBooking:
    """The called patient is at the desk. Refused once the check-in deadline has passed
    (by the database clock), so a check-in and the expiry sweep can never both win."""
    with transaction.atomic():
        _require_operator(actor)
        _room, booking = _lock_booking(booking_id=booking_id, actor=actor)
        if _already_done(booking, BookingState.ARRIVED):
            return booking
        _ensure_can(booking, "check_in")
        if booking.deadline < booking.db_now:
            raise Conflict(
                "checkin_window_passed",
                _("The check-in window closed at %(time)s; the booking is expiring. Add the patient as a walk-in.")
                % {"time": f"{timezone.localtime(booking.deadline):%H:%M}"},
                current_state=booking.state,
            )
        booking.check_in(at=booking.db_now)
        booking.save()
        record_transition(booking, from_state=BookingState.CALLED, actor=actor, at=booking.db_now)
        return booking


def booking_complete(*, booking_id: int, actor) -> ERBooking:
    with transaction.atomic():
        _require_operator(actor)
        _room, booking = _lock_booking(booking_id=booking_id, actor=actor)
        if _already_done(booking, BookingState.COMPLETED):
            return booking
        _ensure_can(booking, "complete")
        booking.complete(at=booking.db_now)
        booking.save()
        record_transition(booking, from_state=BookingState.ARRIVED, actor=actor, at=booking.db_now)
        return booking


def booking_mark_no_show(
    *, booking_id: int, actor, note: str = "", confirmed_before_deadline: bool | None = None
) -> ERBooking:
    """Staff expire a called patient who has not come, before the window runs out.

    The desk board asks for an explicit confirmation naming the deadline while the window is still open
    (confirmed_before_deadline False refuses); callers that do not ask (the API, the admin action, which
    is its own confirmation step) pass None. Undo stays available either way.
    """
    with transaction.atomic():
        _require_operator(actor)
        _room, booking = _lock_booking(booking_id=booking_id, actor=actor)
        if _already_done(booking, BookingState.EXPIRED, EndReason.NO_SHOW):
            return booking
        if booking.state != BookingState.CALLED:
            raise Conflict(
                "illegal_transition",
                _("This booking is %(state)s; only a called booking can be marked as a no-show.")
                % {"state": state_words(booking.state)},
                current_state=booking.state,
            )
        if confirmed_before_deadline is False and booking.db_now < booking.deadline:
            raise Conflict(
                "no_show_before_deadline",
                _(
                    "The check-in window is open until %(time)s. Tick the box to confirm the patient has left before "
                    "marking a no-show."
                )
                % {"time": f"{timezone.localtime(booking.deadline):%H:%M}"},
                current_state=booking.state,
            )
        booking.expire(at=booking.db_now, reason=EndReason.NO_SHOW, note=note)
        booking.save()
        record_transition(
            booking, from_state=BookingState.CALLED, actor=actor, at=booking.db_now, reason=note or "no-show"
        )
        if booking.patient_id is not None:
            _send_after_commit([booking.pk], NoticeKind.EXPIRED)  # owed by the state; see notices_send
        transaction.on_commit(lambda: metrics.bookings_expired_total.labels(reason=EndReason.NO_SHOW).inc())
        return booking


def booking_cancel(*, booking_id: int, actor, reason: str, end_reason: str | None = None) -> ERBooking:
    """Cancel by the patient or by ER staff, with a reason. The patient may book again.

    `end_reason` replaces the by-patient / by-staff one when the cancel has a more precise cause
    (a check-in answered "better": EndReason.LEFT_IMPROVED, services/checkins.py)."""
    with transaction.atomic():
        reason = (reason or "").strip()
        if not reason:
            raise Invalid(fields={"reason": [_("Say why the booking is cancelled.")]})
        room, booking = _lock_booking(booking_id=booking_id, actor=actor)
        if _already_done(booking, BookingState.CANCELLED):
            return booking
        _ensure_can(booking, "cancel")
        by_patient = booking.patient_id is not None and booking.patient_id == actor.pk
        from_state = booking.state
        booking.cancel(
            at=booking.db_now,
            reason=end_reason or (EndReason.CANCELLED_BY_PATIENT if by_patient else EndReason.CANCELLED_BY_STAFF),
            note=reason,
        )
        booking.save()
        record_transition(booking, from_state=from_state, actor=actor, at=booking.db_now, reason=reason)
        if from_state == BookingState.CONFIRMED:
            _notify_near_front(room)  # everyone behind moved up
        return booking


# What undo takes back, by the state the action left: (transition, when the action was done).
_UNDO = {
    BookingState.CALLED: ("return_to_queue", "called_at"),
    BookingState.ARRIVED: ("undo_check_in", "arrived_at"),
    BookingState.COMPLETED: ("undo_complete", "completed_at"),
    BookingState.EXPIRED: ("undo_no_show", "expired_at"),
}
_REACTIVATING = ("undo_check_in", "undo_no_show")  # to `called`: the booking needs a place again
_UNDO_CONFLICTS = {
    "er_one_active_booking_per_patient": ("active_booking_exists", gettext_lazy("The patient has booked again since.")),
    "er_one_active_booking_per_dependant": (
        "active_booking_exists",
        gettext_lazy("The person has been booked again since."),
    ),
    "er_booking_reference_unique_in_room": (
        "reference_taken",
        gettext_lazy("Its reference has been given to another patient since; add the patient as a walk-in."),
    ),
}


def booking_undo(*, booking_id: int, actor, note: str = "") -> ERBooking:
    """ER staff take back the last action on a booking, within ER_UNDO_MINUTES of it.

    A call goes back to the queue at the same place; a check-in, or a no-show (the desk's
    or the sweep's), goes back to called with a fresh check-in window; a completion goes
    back to arrived. Going back to called makes the booking active again, so it needs a
    free place (counted under the room lock, as a booking is) and no newer booking of the
    patient. The history keeps both the action and its undo.
    """
    with transaction.atomic():
        _require_operator(actor)
        room, booking = _lock_booking(booking_id=booking_id, actor=actor)
        from_state = booking.state
        name, done_field = _UNDO.get(from_state, ("", ""))
        if not name or not can_proceed(getattr(booking, name)):
            raise Conflict(
                "illegal_transition",
                _("This booking is %(state)s; there is no desk action to undo.") % {"state": state_words(from_state)},
                current_state=from_state,
            )
        window = dt.timedelta(minutes=er_setting("ER_UNDO_MINUTES"))
        done_at = getattr(booking, done_field)
        if booking.db_now - done_at > window:
            raise Conflict(
                "undo_window_passed",
                ngettext(
                    "That was done at %(time)s; it can be undone for %(minutes)d minute only.",
                    "That was done at %(time)s; it can be undone for %(minutes)d minutes only.",
                    er_setting("ER_UNDO_MINUTES"),
                )
                % {"time": f"{timezone.localtime(done_at):%H:%M}", "minutes": er_setting("ER_UNDO_MINUTES")},
                current_state=from_state,
            )
        if name in _REACTIVATING:
            if from_state == BookingState.EXPIRED and ERBooking.objects.filter(rebooks=booking).exists():
                raise Conflict(
                    "active_booking_exists", _("The patient has booked again since."), current_state=from_state
                )
            try:
                _check_room_takes(room, walk_in=True)  # a place, even with intake paused: the patient is at the desk
            except Conflict as full:
                full.extra["current_state"] = from_state  # the booking stays as it was; say so, as every refusal here
                raise
            getattr(booking, name)(checkin_by=booking.db_now + dt.timedelta(minutes=room.checkin_window_minutes))
        else:
            getattr(booking, name)()
        try:
            with transaction.atomic():  # a savepoint: a unique index may refuse the booking its place back
                booking.save()
        except IntegrityError as exc:
            code, message = _UNDO_CONFLICTS.get(_constraint_of(exc), ("", ""))
            if not code:
                raise
            raise Conflict(code, str(message), current_state=from_state) from exc
        note = (note or "").strip()
        record_transition(
            booking, from_state=from_state, actor=actor, at=booking.db_now, reason=f"undo: {note}" if note else "undo"
        )
        if booking.state == BookingState.CONFIRMED:
            _notify_near_front(room)  # back in the queue: the heads may have changed
        transaction.on_commit(lambda: metrics.undos_total.labels(undone=name).inc())
        return booking
