"""Every write of the ER queue: one function per use case, one transaction each.

Locking: a write that touches one room's bookings locks the room row first, then the
booking rows (always in that order, so two writers never wait on each other in a cycle).
The room lock is what keeps capacity: a booking is only ever created under it, so the
count of active bookings it checks cannot change before it commits. The expiry sweep
locks booking rows only, with SKIP LOCKED, and never waits for a room.

Time: every decision about a deadline uses the database's clock (`statement_timestamp()`),
and so do the timestamps written here, so app servers with skewed clocks still agree.

Other apps may call `booking_create`, `booking_cancel` and the selectors in
er_queue.selectors; staff actions need the `er_queue.operate_queue` permission. Only the
retention purge (healthsvc.retention) calls `bookings_purge`. er_queue.receivers calls `booking_retriage` when a
triage record of a person with an active booking completes; clinicians (`er_queue.lower_priority`) call
`booking_priority_lower` (docs/er_queue.md, "Re-triage while waiting").
"""

from er_queue.services._common import record_transition
from er_queue.services.bookings import BookingResult, booking_create, booking_create_walk_in, bookings_purge
from er_queue.services.expiry import bookings_expire_due
from er_queue.services.notices import bookings_audit_staff_read, notices_send, notices_send_pending
from er_queue.services.retriage import (
    booking_escalation_acknowledge,
    booking_priority_lower,
    booking_retriage,
    can_lower_priority,
)
from er_queue.services.rooms import room_create, room_set_intake, room_update
from er_queue.services.transitions import (
    booking_cancel,
    booking_check_in,
    booking_complete,
    booking_confirm,
    booking_mark_no_show,
    booking_undo,
    room_call_next,
)

__all__ = [
    "BookingResult",
    "booking_cancel",
    "booking_check_in",
    "booking_complete",
    "booking_confirm",
    "booking_create",
    "booking_create_walk_in",
    "booking_escalation_acknowledge",
    "booking_mark_no_show",
    "booking_priority_lower",
    "booking_retriage",
    "booking_undo",
    "bookings_audit_staff_read",
    "bookings_expire_due",
    "bookings_purge",
    "can_lower_priority",
    "notices_send",
    "notices_send_pending",
    "record_transition",
    "room_call_next",
    "room_create",
    "room_set_intake",
    "room_update",
]
