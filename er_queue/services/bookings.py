"""Making a booking: a patient's (capacity under the room lock, idempotent) or a walk-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from er_queue import metrics, policy
from er_queue.choices import ACTIVE_STATES, REBOOKABLE_STATES, BookingState
from er_queue.conf import er_setting
from er_queue.models import EmergencyRoom, ERBooking
from er_queue.selectors import room_alternatives
from er_queue.services._common import (
    _constraint_of,
    _lock_room,
    _notify_near_front,
    _require_operator,
    record_transition,
    state_words,
)
from healthsvc.errors import Conflict, Invalid, NotFound
from healthsvc.services import audit_record

ELIGIBLE_DISPOSITIONS = ("emergency", "urgent")


@dataclass(frozen=True)
class BookingResult:
    booking: ERBooking
    created: bool  # False when an Idempotency-Key replayed an earlier request


def _replay(*, actor, idempotency_key: str, room_id: int, triage_record_id: int | None) -> ERBooking | None:
    if not idempotency_key:
        return None
    existing = (
        ERBooking.objects.select_related("room").filter(created_by_id=actor.pk, idempotency_key=idempotency_key).first()
    )
    if existing is None:
        return None
    if existing.room_id != int(room_id) or existing.triage_record_id != triage_record_id:
        raise Conflict(
            "idempotency_key_reused",
            _("This Idempotency-Key was already used for a different booking request."),
            booking_id=existing.pk,
        )
    return existing


def _eligible_record(*, actor, triage_record_id: int):
    from triage.selectors import triage_completed_record_of_patient, triage_record_visible_to

    record = triage_completed_record_of_patient(record_id=triage_record_id, patient_id=actor.pk)
    if record is None:
        other = triage_record_visible_to(user=actor, record_id=triage_record_id)  # NotFound if not theirs
        if other.patient_id != actor.pk:
            raise NotFound(message=_("No such triage record."))
        raise Conflict(
            "triage_not_completed",
            _("This triage is %(state)s, not completed: only a completed triage can book the ER.")
            % {"state": other.get_state_display().lower()},
            triage_state=other.state,
        )
    if record.disposition not in ELIGIBLE_DISPOSITIONS:
        if record.disposition == "emergency_services":
            message = _("Your triage says to call emergency services now. Do not book: call them.")
        else:
            message = _(
                "Your triage result (%(result)s) does not need the ER. Only an emergency or urgent result can book."
            ) % {"result": record.get_disposition_display().lower()}
        raise Conflict("triage_not_eligible", message, disposition=record.disposition)
    max_age = dt.timedelta(hours=er_setting("ER_TRIAGE_MAX_AGE_HOURS"))
    if record.completed_at is not None and timezone.now() - record.completed_at > max_age:
        raise Conflict(
            "triage_too_old",
            _("This triage is too old to book with. Please check your symptoms again."),
        )
    if record.acuity is None:
        raise Conflict("triage_not_eligible", _("This triage has no acuity level."), disposition=record.disposition)
    return record


def _check_room_takes(room: EmergencyRoom, *, walk_in: bool = False) -> None:
    if not room.accepting and not walk_in:
        raise Conflict(
            "room_paused",
            (
                _("%(room)s is not taking bookings now: %(note)s.") % {"room": room.name, "note": room.intake_note}
                if room.intake_note
                else _("%(room)s is not taking bookings now.") % {"room": room.name}
            ),
            alternatives=room_alternatives(room=room),
        )
    active = ERBooking.objects.filter(room=room, state__in=list(ACTIVE_STATES)).count()
    if active >= room.capacity:
        metrics.room_full_total.labels(room=room.name).inc()
        raise Conflict(
            "room_full",
            _("%(room)s is full (%(active)d of %(capacity)d places taken).")
            % {"room": room.name, "active": active, "capacity": room.capacity},
            alternatives=room_alternatives(room=room),
        )


def _latest_for_person(patient_id: int, dependant_id: int | None) -> ERBooking | None:
    """The newest booking for one person: the patient themselves, or one of their dependants. An
    active booking is always the newest one (no booking can be made for that person while one is
    active), so this one row answers both "is one active?" and "what would a new booking re-book?"."""
    return (
        ERBooking.objects.filter(patient_id=patient_id, dependant_id=dependant_id)
        .order_by("-created_at", "-id")
        .select_related("dependant")
        .only("id", "state", "reference", "created_at", "dependant", "dependant__full_name")
        .first()
    )


REFERENCE_ATTEMPTS = 8


def _created_or_lost_race(create, *, actor, idempotency_key: str, room_id, triage_record_id) -> BookingResult:
    """Run `create` (one transaction); if a unique index refuses the insert, say why.

    Without a savepoint per insert: the failed transaction rolls back as a whole and the
    follow-up reads run after it, when the row that won the race is committed and visible.
    """
    for _attempt in range(REFERENCE_ATTEMPTS):
        try:
            return create()
        except IntegrityError as exc:
            if _constraint_of(exc) == "er_booking_reference_unique_in_room":
                continue  # two bookings drew the same reference in one room: draw again
            # Lost a race to a concurrent request of the same requester (same key, or another room).
            replay = _replay(
                actor=actor, idempotency_key=idempotency_key, room_id=room_id, triage_record_id=triage_record_id
            )
            if replay is not None:
                return BookingResult(replay, created=False)
            from triage.models import TriageRecord

            dependant_id = (
                TriageRecord.objects.filter(pk=triage_record_id).values_list("dependant_id", flat=True).first()
            )
            latest = _latest_for_person(actor.pk, dependant_id)
            if latest is not None and latest.state in ACTIVE_STATES:
                raise _already_active(latest) from exc
            raise
    raise Conflict("reference_exhausted", _("Could not give the booking a reference; please try again."))


def booking_create(*, actor, room_id: int, triage_record_id: int, idempotency_key: str = "") -> BookingResult:
    """Book a place at an ER for a patient with a completed emergency/urgent triage.

    Capacity: the room row is locked for the count and the insert, so two requests into
    one room never both take its last place. Everything that does not need the lock (the
    triage, the patient's own bookings, an idempotent replay) is read before it, to keep
    a hot room's critical section to the count and the writes. The partial unique index
    on the patient's active booking settles a race between two rooms; the
    (created_by, idempotency_key) unique index settles retries, which get the first
    booking back (`created=False`).
    """
    return _created_or_lost_race(
        lambda: _booking_create(
            actor=actor, room_id=room_id, triage_record_id=triage_record_id, idempotency_key=idempotency_key
        ),
        actor=actor,
        idempotency_key=idempotency_key,
        room_id=room_id,
        triage_record_id=triage_record_id,
    )


def _booking_create(*, actor, room_id: int, triage_record_id: int, idempotency_key: str) -> BookingResult:
    with transaction.atomic():
        replay = _replay(
            actor=actor, idempotency_key=idempotency_key, room_id=room_id, triage_record_id=triage_record_id
        )
        if replay is not None:
            return BookingResult(replay, created=False)
        record = _eligible_record(actor=actor, triage_record_id=triage_record_id)
        latest = _latest_for_person(actor.pk, record.dependant_id)
        if latest is not None and latest.state in ACTIVE_STATES:
            # Perhaps the original of this retry committed since the first look.
            replay = _replay(
                actor=actor, idempotency_key=idempotency_key, room_id=room_id, triage_record_id=triage_record_id
            )
            if replay is not None:
                return BookingResult(replay, created=False)
            raise _already_active(latest)
        rebooks = latest if latest is not None and latest.state in REBOOKABLE_STATES else None

        room = _lock_room(room_id)  # the critical section starts here and ends at commit
        if idempotency_key:
            # A retry that queued behind the original for the lock gets the original, not "full".
            replay = _replay(
                actor=actor, idempotency_key=idempotency_key, room_id=room.pk, triage_record_id=triage_record_id
            )
            if replay is not None:
                return BookingResult(replay, created=False)
        _check_room_takes(room)
        now = room.db_now
        booking = ERBooking.objects.create(
            room=room,
            patient_id=actor.pk,
            dependant_id=record.dependant_id,
            triage_record=record,
            priority=record.acuity,
            queue_band=policy.queue_band(record.acuity),
            created_by_id=actor.pk,
            idempotency_key=idempotency_key,
            rebooks=rebooks,
            created_at=now,
            deadline=now + dt.timedelta(minutes=room.confirm_window_minutes),
        )
        reason = f"booked (re-books {rebooks.reference})" if rebooks else "booked"
        record_transition(booking, from_state="", actor=actor, at=now, reason=reason)
        audit_record(
            actor=actor,
            action="er_booking_create",
            object_type="er_booking",
            object_id=booking.pk,
            patient=actor.pk,
            details={"room": room.pk, "triage_record": record.pk},
        )
        transaction.on_commit(lambda: metrics.bookings_created_total.labels(kind="patient").inc())
        return BookingResult(booking, created=True)


def _already_active(active: ERBooking) -> Conflict:
    words = {"name": active.dependant.full_name if active.dependant_id else "", "reference": active.reference}
    words["state"] = state_words(active.state)
    if active.dependant_id:
        message = _("%(name)s already has an active booking (%(reference)s, %(state)s). Cancel it to book again.")
    else:
        message = _("You already have an active booking (%(reference)s, %(state)s). Cancel it to book again.")
    return Conflict(
        "active_booking_exists",
        message % words,
        booking_id=active.pk,
        booking_state=active.state,
    )


def booking_create_walk_in(*, actor, room_id: int, label: str, acuity: int, idempotency_key: str = "") -> BookingResult:
    """ER staff add a walk-in: no account, no triage record; staff give the acuity.

    The person is at the desk, so the booking is confirmed at once (both steps recorded).
    It counts against capacity like any booking; a paused intake does not stop it. At CTAS 1
    or 2 the person is taken straight in: called and checked in at once, never queued.
    """
    _require_operator(actor)
    label = (label or "").strip()
    if not label:
        raise Invalid(fields={"walk_in_label": [_("Say how the desk knows this person.")]})
    if acuity not in policy.CTAS_TARGET_MINUTES:
        raise Invalid(fields={"acuity": [_("Acuity is 1 (most urgent) to 5.")]})
    return _created_or_lost_race(
        lambda: _walk_in_create(
            actor=actor, room_id=room_id, label=label, acuity=acuity, idempotency_key=idempotency_key
        ),
        actor=actor,
        idempotency_key=idempotency_key,
        room_id=room_id,
        triage_record_id=None,
    )


def _walk_in_create(*, actor, room_id: int, label: str, acuity: int, idempotency_key: str) -> BookingResult:
    with transaction.atomic():
        room = _lock_room(room_id)
        replay = _replay(actor=actor, idempotency_key=idempotency_key, room_id=room.pk, triage_record_id=None)
        if replay is not None:
            return BookingResult(replay, created=False)
        straight_in = policy.walk_in_goes_straight_in(acuity)
        if not straight_in:  # a CTAS 1-2 patient at the desk is taken in even when the virtual queue is full
            _check_room_takes(room, walk_in=True)
        now = room.db_now
        booking = ERBooking.objects.create(
            room=room,
            walk_in_label=label,
            priority=acuity,
            queue_band=policy.queue_band(acuity),
            created_by_id=actor.pk,
            idempotency_key=idempotency_key,
            created_at=now,
            deadline=now + dt.timedelta(minutes=room.confirm_window_minutes),
        )
        record_transition(booking, from_state="", actor=actor, at=now, reason="walk-in added at the desk")
        booking.confirm(at=now)
        booking.save()
        record_transition(booking, from_state=BookingState.INITIALIZED, actor=actor, at=now, reason="walk-in is here")
        if straight_in:
            booking.call(at=now, checkin_window=dt.timedelta(minutes=room.checkin_window_minutes))
            booking.save()
            record_transition(
                booking, from_state=BookingState.CONFIRMED, actor=actor, at=now, reason="CTAS 1-2: straight in"
            )
            booking.check_in(at=now)
            booking.save()
            record_transition(
                booking, from_state=BookingState.CALLED, actor=actor, at=now, reason="CTAS 1-2: straight in"
            )
        audit_record(
            actor=actor,
            action="er_walk_in_create",
            object_type="er_booking",
            object_id=booking.pk,
            details={"room": room.pk, "acuity": acuity},
        )
        transaction.on_commit(lambda: metrics.bookings_created_total.labels(kind="walk_in").inc())
        _notify_near_front(room)
        return BookingResult(booking, created=True)


def bookings_purge(*, patient_ids: list[int]) -> dict[str, int]:
    """Delete the patients' bookings with their history and notices, when a closed account's retention period
    has ended (healthsvc.retention; docs/security.md). Returns the rows deleted, by model."""
    with transaction.atomic():
        bookings = ERBooking.objects.filter(patient_id__in=patient_ids)
        # A re-booking protects the booking it replaces; both are the same person's (_latest_for_person) and go
        # together, so the link is cut first.
        bookings.filter(rebooks__isnull=False).update(rebooks=None)
        return bookings.delete()[1]
