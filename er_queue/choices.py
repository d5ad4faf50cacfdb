"""Enumerations of the ER queue."""

from __future__ import annotations

from django.db import models


class BookingState(models.TextChoices):
    INITIALIZED = "initialized", "Booked, waiting for confirmation"
    CONFIRMED = "confirmed", "Confirmed, waiting in the queue"
    CALLED = "called", "Called: come in now"
    ARRIVED = "arrived", "Arrived"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"
    EXPIRED = "expired", "Expired"


# A booking holds a place at the ER (and counts against its capacity) in these states.
# CTAS level names (Bullard et al., CJEM; CAEP) for labels: colour is never the only cue.
CTAS_NAMES = {1: "Resuscitation", 2: "Emergent", 3: "Urgent", 4: "Less urgent", 5: "Non-urgent"}

ACTIVE_STATES = (BookingState.INITIALIZED, BookingState.CONFIRMED, BookingState.CALLED)
# States with a deadline the expiry sweep watches.
DEADLINE_STATES = (BookingState.INITIALIZED, BookingState.CALLED)
# A patient whose latest booking ended like this may book again (linked to it).
REBOOKABLE_STATES = (BookingState.CANCELLED, BookingState.EXPIRED)


class EndReason(models.TextChoices):
    """Why a booking was cancelled or expired (free text goes in `end_note`)."""

    NOT_CONFIRMED = "not_confirmed", "Not confirmed within the confirm window"
    CHECKIN_WINDOW_PASSED = "checkin_window_passed", "Did not check in within the check-in window"
    NO_SHOW = "no_show", "Marked as a no-show by ER staff"
    CANCELLED_BY_PATIENT = "cancelled_by_patient", "Cancelled by the patient"
    CANCELLED_BY_STAFF = "cancelled_by_staff", "Cancelled by ER staff"


# An expiry the desk may undo ended a call; an unconfirmed booking never had a place at the desk.
UNDOABLE_EXPIRY = (EndReason.NO_SHOW, EndReason.CHECKIN_WINDOW_PASSED)


class NoticeKind(models.TextChoices):
    NEAR_FRONT = "near_front", "Your turn is near"
    CALLED = "called", "It is your turn"
    EXPIRED = "expired", "Your booking expired"
