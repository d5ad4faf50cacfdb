"""Enumerations of the ER queue."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class BookingState(models.TextChoices):
    INITIALIZED = "initialized", pgettext_lazy("booking state", "Booked, waiting for confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("booking state", "Confirmed, waiting in the queue")
    CALLED = "called", pgettext_lazy("booking state", "Called: come in now")
    ARRIVED = "arrived", pgettext_lazy("booking state", "Arrived")
    COMPLETED = "completed", pgettext_lazy("booking state", "Completed")
    CANCELLED = "cancelled", pgettext_lazy("booking state", "Cancelled")
    EXPIRED = "expired", pgettext_lazy("booking state", "Expired")


# A booking holds a place at the ER (and counts against its capacity) in these states.
# CTAS level names (Bullard et al., CJEM; CAEP) for labels: colour is never the only cue.
CTAS_NAMES = {
    1: pgettext_lazy("CTAS level", "Resuscitation"),
    2: pgettext_lazy("CTAS level", "Emergent"),
    3: pgettext_lazy("CTAS level", "Urgent"),
    4: pgettext_lazy("CTAS level", "Less urgent"),
    5: pgettext_lazy("CTAS level", "Non-urgent"),
}

ACTIVE_STATES = (BookingState.INITIALIZED, BookingState.CONFIRMED, BookingState.CALLED)
# States with a deadline the expiry sweep watches.
DEADLINE_STATES = (BookingState.INITIALIZED, BookingState.CALLED)
# A patient whose latest booking ended like this may book again (linked to it).
REBOOKABLE_STATES = (BookingState.CANCELLED, BookingState.EXPIRED)


class EndReason(models.TextChoices):
    """Why a booking was cancelled or expired (free text goes in `end_note`)."""

    NOT_CONFIRMED = "not_confirmed", _("Not confirmed within the confirm window")
    CHECKIN_WINDOW_PASSED = "checkin_window_passed", _("Did not check in within the check-in window")
    NO_SHOW = "no_show", _("Marked as a no-show by ER staff")
    CANCELLED_BY_PATIENT = "cancelled_by_patient", _("Cancelled by the patient")
    CANCELLED_BY_STAFF = "cancelled_by_staff", _("Cancelled by ER staff")
    # The patient answered a long-wait check-in "better, I no longer need the ER" (services/checkins.py).
    LEFT_IMPROVED = "left_improved", _("Left the queue feeling better (check-in answer)")


# An expiry the desk may undo ended a call; an unconfirmed booking never had a place at the desk.
UNDOABLE_EXPIRY = (EndReason.NO_SHOW, EndReason.CHECKIN_WINDOW_PASSED)


class CheckinAnswer(models.TextChoices):
    """A waiting patient's answer to the long-wait check-in: "Are your symptoms the same, better or worse?"."""

    SAME = "same", pgettext_lazy("check-in answer", "The same")
    BETTER = "better", pgettext_lazy("check-in answer", "Better, I no longer need the ER")
    WORSE = "worse", pgettext_lazy("check-in answer", "Worse")


class NoticeKind(models.TextChoices):
    NEAR_FRONT = "near_front", _("Your turn is near")
    CALLED = "called", _("It is your turn")
    EXPIRED = "expired", _("Your booking expired")


class PriorityChangeKind(models.TextChoices):
    """Why a booking's priority history has a row (BookingPriorityChange; docs/er_queue.md "Re-triage")."""

    # A re-check while waiting came back more urgent (or "call emergency services"): the desk is alerted.
    ESCALATION = "escalation", _("Escalated by a re-check")
    # A clinician judged the booking less urgent than its triage said; never done by a re-check itself.
    LOWERED_BY_CLINICIAN = "lowered_by_clinician", _("Lowered by a clinician")
