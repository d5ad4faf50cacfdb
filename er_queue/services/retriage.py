"""Re-triage from the queue (docs/er_queue.md "Re-triage while waiting"): a waiting patient's new triage result
may raise their booking's priority and alert the desk; only a clinician lowers it, with a reason.

Every write here locks the room row, then the booking row: the codebase's fixed order (services/__init__.py), so
an escalation, a call-next and a check-in never wait on each other in a cycle. The expiry sweep locks bookings
only, with SKIP LOCKED, so it passes over a booking being escalated and finds it again on its next run.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils.translation import gettext as _

from er_queue import policy
from er_queue.choices import ACTIVE_STATES, BookingState, PriorityChangeKind
from er_queue.models import BookingPriorityChange, ERBooking
from er_queue.services._common import (
    _lock_booking,
    _lock_room,
    _notify_near_front,
    _require_operator,
    queue_changed,
    state_words,
)
from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound
from healthsvc.services import audit_record

logger = logging.getLogger("er_queue.services")

LOWER_PRIORITY_PERMISSION = "er_queue.lower_priority"
# The triage dispositions that keep a patient in the ER queue (the ones that may book: bookings.py).
ER_DISPOSITIONS = ("emergency", "urgent")
CALL_NOW = "emergency_services"


def can_lower_priority(user) -> bool:
    """Clinicians (the role's permission, ErQueueConfig.role_permissions) and administrators."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.has_perm(LOWER_PRIORITY_PERMISSION)


def _raised_due_at(booking: ERBooking, acuity: int):
    """The due time at the more urgent level: the place the patient would have had if triaged at that level when
    they confirmed (confirmed_at + the new CTAS target), never later than the place they hold. None before they
    confirm: booking_confirm computes it from the priority then."""
    if booking.confirmed_at is None:
        return booking.queue_due_at
    raised = policy.queue_due_at(booking.confirmed_at, acuity)
    return raised if booking.queue_due_at is None else min(raised, booking.queue_due_at)


@transaction.atomic
def booking_retriage(*, booking_id: int, triage_record_id: int) -> BookingPriorityChange | None:
    """Act on a new triage result of a person with an active booking. Returns the history row written, or None
    when nothing changed. Idempotent: a repeated result finds the booking already at its level (or the unique
    `er_priority_escalation_once` row) and changes nothing.

    * "call emergency services": the booking stays; its priority rises to the result's level if that is more
      urgent; the desk is alerted (escalated_at), so that the ER expects the patient by ambulance.
    * more urgent and still an ER result: the priority rises to the new level, the place is recomputed
      (_raised_due_at), the desk is alerted.
    * as urgent or less urgent, or not an ER result at all: nothing. A re-check never lowers a priority by itself
      (a patient feeling "better" on a form is not a clinical assessment); a clinician may (booking_priority_lower).
    """
    from triage.models import TriageRecord  # read only: er_queue never writes triage rows

    record = (
        TriageRecord.objects.filter(pk=triage_record_id, state="completed")
        .values("pk", "patient_id", "dependant_id", "acuity", "disposition")
        .first()
    )
    seen = ERBooking.objects.filter(pk=booking_id).values("room_id").first()
    if record is None or record["acuity"] is None or seen is None:
        return None
    room = _lock_room(seen["room_id"])
    booking = ERBooking.objects.select_for_update().get(pk=booking_id)
    if booking.state not in ACTIVE_STATES:
        return None  # called in, ended or cancelled since: the desk has them, or they have gone
    if (booking.patient_id, booking.dependant_id) != (record["patient_id"], record["dependant_id"]):
        return None  # not this person's result
    if booking.triage_record_id is not None and record["pk"] < booking.triage_record_id:
        return None  # an older check than the one the booking was made with
    call_now = record["disposition"] == CALL_NOW
    more_urgent = record["acuity"] < booking.priority
    if not call_now and not (more_urgent and record["disposition"] in ER_DISPOSITIONS):
        return None
    to_priority = min(record["acuity"], booking.priority)
    if BookingPriorityChange.objects.filter(
        booking=booking, triage_record_id=record["pk"], to_priority=to_priority, kind=PriorityChangeKind.ESCALATION
    ).exists():
        return None  # this result already escalated this booking
    now = room.db_now
    from_priority = booking.priority
    booking.priority = to_priority
    booking.queue_band = policy.queue_band(to_priority)
    booking.queue_due_at = _raised_due_at(booking, to_priority)
    booking.escalated_at = now
    booking.save(update_fields=["priority", "queue_band", "queue_due_at", "escalated_at"])
    queue_changed(room.pk)
    change = BookingPriorityChange.objects.create(
        booking=booking,
        kind=PriorityChangeKind.ESCALATION,
        from_priority=from_priority,
        to_priority=to_priority,
        triage_record_id=record["pk"],
        disposition=record["disposition"],
        reason="re-check: call emergency services" if call_now else "re-check: more urgent",
        at=now,
    )
    audit_record(
        actor=None,
        action="er_booking_escalate",
        object_type="er_booking",
        object_id=booking.pk,
        patient=booking.patient_id,
        details={
            "triage_record": record["pk"],
            "disposition": record["disposition"],
            "from_priority": from_priority,
            "to_priority": to_priority,
        },
    )
    # No webhook: docs/webhooks.md has no event type for a priority change (the names are a public contract).
    if booking.state == BookingState.CONFIRMED and to_priority != from_priority:
        _notify_near_front(room)  # the heads of the queue may have changed
    logger.info(
        "booking %s escalated %s -> %s by triage record %s", booking.pk, from_priority, to_priority, record["pk"]
    )
    return change


@transaction.atomic
def booking_escalation_acknowledge(*, booking_id: int, actor) -> ERBooking:
    """ER staff have seen an escalation: it leaves the top of the board. Audited; a second click is a no-op."""
    _require_operator(actor)
    _room, booking = _lock_booking(booking_id=booking_id, actor=actor)
    if booking.escalated_at is None:
        return booking
    escalated_at = booking.escalated_at
    booking.escalated_at = None
    booking.escalation_acknowledged_at = booking.db_now
    booking.escalation_acknowledged_by = actor
    booking.save(update_fields=["escalated_at", "escalation_acknowledged_at", "escalation_acknowledged_by"])
    queue_changed(booking.room_id)  # the board's highlight goes on every desk screen
    audit_record(
        actor=actor,
        action="er_escalation_acknowledge",
        object_type="er_booking",
        object_id=booking.pk,
        patient=booking.patient_id,
        details={"escalated_at": escalated_at.isoformat(), "priority": booking.priority},
    )
    return booking


@transaction.atomic
def booking_priority_lower(*, actor, booking_id: int, acuity, reason: str) -> ERBooking:
    """A clinician lowers an active booking's priority (a less urgent CTAS level), saying why.

    The place is recomputed as if the booking had been triaged at that level when it confirmed (confirmed_at +
    the new target), so it moves back behind the patients who are now more urgent than it. A repeat of the same
    change by the same clinician (a retry whose response was lost) answers with the booking unchanged.
    """
    if not can_lower_priority(actor):
        raise Forbidden(message=_("Only a clinician may change a booking's priority."))
    reason = (reason or "").strip()
    if not reason:
        raise Invalid(fields={"reason": [_("Say why the priority is lowered.")]})
    if not isinstance(acuity, int) or isinstance(acuity, bool) or acuity not in policy.CTAS_TARGET_MINUTES:
        raise Invalid(fields={"acuity": [_("Acuity is 1 (most urgent) to 5.")]})
    seen = ERBooking.objects.filter(pk=booking_id).values("room_id").first()
    if seen is None:
        raise NotFound("booking_not_found", _("No such booking."))
    room = _lock_room(seen["room_id"])
    booking = ERBooking.objects.select_for_update().get(pk=booking_id)
    booking.room = room
    last = booking.priority_changes.order_by("-at", "-id").first()
    if (
        last is not None
        and last.kind == PriorityChangeKind.LOWERED_BY_CLINICIAN
        and last.actor_id == actor.pk
        and last.to_priority == acuity == booking.priority
        and last.reason == reason
    ):
        return booking
    if booking.state not in ACTIVE_STATES:
        raise Conflict(
            "illegal_transition",
            _("This booking is %(state)s; only a waiting or called booking has a priority to change.")
            % {"state": state_words(booking.state)},
            current_state=booking.state,
        )
    if acuity <= booking.priority:
        raise Invalid(
            fields={
                "acuity": [
                    _("The booking is at CTAS %(priority)d: a lower priority is a higher number (up to 5).")
                    % {"priority": booking.priority}
                ]
            }
        )
    now = room.db_now
    from_priority = booking.priority
    booking.priority = acuity
    booking.queue_band = policy.queue_band(acuity)
    if booking.confirmed_at is not None:
        booking.queue_due_at = policy.queue_due_at(booking.confirmed_at, acuity)
    booking.save(update_fields=["priority", "queue_band", "queue_due_at"])
    queue_changed(room.pk)
    BookingPriorityChange.objects.create(
        booking=booking,
        kind=PriorityChangeKind.LOWERED_BY_CLINICIAN,
        from_priority=from_priority,
        to_priority=acuity,
        actor=actor,
        reason=reason,
        at=now,
    )
    audit_record(
        actor=actor,
        action="er_booking_priority_lower",
        object_type="er_booking",
        object_id=booking.pk,
        patient=booking.patient_id,
        details={"from_priority": from_priority, "to_priority": acuity, "reason": reason},
    )
    if booking.state == BookingState.CONFIRMED:
        _notify_near_front(room)  # the patients it moved behind of are nearer the front now
    return booking
