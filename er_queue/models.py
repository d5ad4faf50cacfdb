"""Emergency rooms, their bookings (a protected state machine), every change, and the notice outbox.

A booking's state changes only through the transitions below, called from
er_queue.services inside a transaction that holds the row locks; a transition changes
fields on the booking only. The database backs each invariant of product.md with a
constraint, so a bug in the code cannot break one silently:

* one active booking per person: partial unique indexes `er_one_active_booking_per_patient` (their own) and
  `er_one_active_booking_per_dependant` (each person they book for);
* the deadline exists exactly in the states that have one: check `er_booking_deadline_matches_state`;
* each state has its timestamp: the `er_booking_<state>_has_time` checks;
* capacity: held by the room row lock in `booking_create` (a count cannot be a constraint).

Slot numbers are not stored: they are computed from the queue order (see policy.py),
so they can never drift or collide.
"""

from __future__ import annotations

import secrets
import time

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from er_queue import policy
from er_queue.choices import (
    ACTIVE_STATES,
    DEADLINE_STATES,
    UNDOABLE_EXPIRY,
    BookingState,
    CheckinAnswer,
    EndReason,
    NoticeKind,
    PriorityChangeKind,
)
from healthsvc.models import TransitionLog, person_name

# No 0/O, 1/I/L: a reference is read aloud and off a screen across a waiting room.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference() -> str:
    return "ER-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(4))


def queue_version_now() -> int:
    """A room's first queue version: the time in milliseconds, like every later one (next_queue_version)."""
    return int(time.time() * 1000)


def next_queue_version():
    """The next version of a room's queue: one more, or the database's time in milliseconds if that is later.
    Time-based, so versions never repeat even when a database is rebuilt under a running Redis: a stored
    snapshot or a client's ETag from an earlier life of the same room id is always older, never "current"."""
    return Greatest(
        F("queue_version") + 1,
        RawSQL("(extract(epoch from clock_timestamp()) * 1000)::bigint", [], output_field=models.BigIntegerField()),
    )


class EmergencyRoom(models.Model):
    name = models.CharField(max_length=120, unique=True)
    address = models.CharField(max_length=255)
    region = models.CharField(max_length=80, db_index=True)
    capacity = models.PositiveIntegerField(
        help_text=_("The most active bookings (booked, confirmed or called) the ER takes at once.")
    )
    confirm_window_minutes = models.PositiveSmallIntegerField(
        default=10, help_text=_("Minutes a patient has to confirm a new booking.")
    )
    checkin_window_minutes = models.PositiveSmallIntegerField(
        default=20, help_text=_("Minutes a called patient has to arrive and check in.")
    )
    accepting = models.BooleanField(
        default=True, help_text=_("Whether it takes new bookings now (intake paused if not).")
    )
    intake_note = models.CharField(max_length=200, blank=True, help_text=_("Why intake is paused, shown to patients."))
    average_service_minutes = models.PositiveSmallIntegerField(
        default=15,
        help_text=_("Configured average minutes between calls; the wait estimate uses it until calls are observed."),
    )
    # Throughput state (see policy.py), written only by room_call_next under the room lock.
    call_interval_ewma_minutes = models.FloatField(null=True, blank=True, editable=False)
    calls_observed = models.PositiveIntegerField(default=0, editable=False)
    last_call_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Goes up with every change of the room's queue, in the changing transaction (er_queue/live/): the position
    # read's ETag and the live streams' event id. A poll that sees the same number skips the queue.
    queue_version = models.BigIntegerField(default=queue_version_now, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["region", "name"]
        constraints = [
            models.CheckConstraint(condition=Q(confirm_window_minutes__gte=1), name="er_room_confirm_window_positive"),
            models.CheckConstraint(condition=Q(checkin_window_minutes__gte=1), name="er_room_checkin_window_positive"),
            models.CheckConstraint(condition=Q(average_service_minutes__gte=1), name="er_room_service_time_positive"),
            models.CheckConstraint(
                condition=Q(call_interval_ewma_minutes__isnull=True) | Q(call_interval_ewma_minutes__gt=0),
                name="er_room_ewma_positive",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def minutes_per_call(self, now=None) -> float:
        from er_queue.conf import er_setting

        return policy.minutes_per_call(
            ewma_minutes=self.call_interval_ewma_minutes,
            last_call_at=self.last_call_at,
            configured_minutes=self.average_service_minutes,
            now=now or timezone.now(),
            stale_minutes=er_setting("ER_ESTIMATE_STALE_MINUTES"),
        )


def _was_called(booking: ERBooking) -> bool:
    return booking.end_reason in UNDOABLE_EXPIRY


class ERBooking(ConcurrentTransitionMixin, models.Model):
    """A place in an ER's virtual queue. `patient` is empty for a walk-in added by staff."""

    reference = models.CharField(max_length=8, default=new_reference, help_text=_("Shown on the 'now calling' screen."))
    room = models.ForeignKey(EmergencyRoom, on_delete=models.PROTECT, related_name="bookings")
    patient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="er_bookings"
    )
    # Set when the booking is for someone the patient cares for (copied from the triage record).
    dependant = models.ForeignKey(
        "healthsvc.Dependant", null=True, blank=True, on_delete=models.PROTECT, related_name="er_bookings"
    )
    walk_in_label = models.CharField(
        max_length=80, blank=True, help_text=_("For a walk-in with no account: how the desk knows them.")
    )
    triage_record = models.ForeignKey(
        "triage.TriageRecord", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    state = FSMField(default=BookingState.INITIALIZED, choices=BookingState.choices, protected=True, max_length=16)
    priority = models.PositiveSmallIntegerField(
        help_text=_("The CTAS acuity (1 most urgent) the booking was made with.")
    )
    # Queue order (policy.py): band, then the time the CTAS target runs out, then id.
    queue_band = models.PositiveSmallIntegerField()
    queue_due_at = models.DateTimeField(null=True, blank=True)

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    idempotency_key = models.CharField(max_length=128, blank=True)
    rebooks = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rebooked_by",
        help_text=_("The expired or cancelled booking this one replaces."),
    )

    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    called_at = models.DateTimeField(null=True, blank=True)
    arrived_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    expired_at = models.DateTimeField(null=True, blank=True)
    deadline = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When the current state runs out: confirm by (booked) or check in by (called)."),
    )
    end_reason = models.CharField(max_length=24, choices=EndReason.choices, blank=True)
    end_note = models.TextField(blank=True, help_text=_("The reason given when cancelled."))
    # Desk alert (services/retriage.py): set when a re-check escalates the booking, cleared when ER staff
    # acknowledge it; the board lists unacknowledged escalations first. The last acknowledgement is kept.
    escalated_at = models.DateTimeField(null=True, blank=True, editable=False)
    escalation_acknowledged_at = models.DateTimeField(null=True, blank=True, editable=False)
    escalation_acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+", editable=False
    )
    # The long-wait check-in (services/checkins.py): when the latest prompt was made (stamped by the sweep, at
    # most once per ER_CHECKIN_INTERVAL_MINUTES), when its email went out, and the patient's latest answer. An
    # answer older than the prompt answers an earlier one: the latest prompt is then still unanswered.
    checkin_prompted_at = models.DateTimeField(null=True, blank=True, editable=False)
    checkin_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    checkin_answer = models.CharField(max_length=8, choices=CheckinAnswer.choices, blank=True, editable=False)
    checkin_answered_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [
            ("operate_queue", "Can run the ER queue: call, check in, complete, no-show, walk-ins, intake"),
            ("lower_priority", "Can lower a booking's priority, with a reason (a clinician's judgement)"),
        ]
        constraints = [
            # One active booking per person: the account holder's own, and each dependant's.
            models.UniqueConstraint(
                fields=["patient"],
                condition=Q(state__in=ACTIVE_STATES, dependant__isnull=True),
                name="er_one_active_booking_per_patient",
            ),
            models.UniqueConstraint(
                fields=["dependant"],
                condition=Q(state__in=ACTIVE_STATES, dependant__isnull=False),
                name="er_one_active_booking_per_dependant",
            ),
            models.UniqueConstraint(
                fields=["created_by", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="er_booking_idempotency_unique",
            ),
            models.UniqueConstraint(
                fields=["room", "reference"],
                condition=Q(state__in=(*ACTIVE_STATES, BookingState.ARRIVED)),
                name="er_booking_reference_unique_in_room",
            ),
            models.CheckConstraint(condition=Q(priority__gte=1, priority__lte=5), name="er_booking_priority_range"),
            models.CheckConstraint(condition=Q(queue_band__in=(0, 1)), name="er_booking_queue_band_range"),
            models.CheckConstraint(condition=Q(state__in=BookingState.values), name="er_booking_state_valid"),
            models.CheckConstraint(
                condition=(Q(state__in=DEADLINE_STATES) & Q(deadline__isnull=False))
                | (~Q(state__in=DEADLINE_STATES) & Q(deadline__isnull=True)),
                name="er_booking_deadline_matches_state",
            ),
            models.CheckConstraint(
                condition=~Q(state=BookingState.CONFIRMED) | Q(confirmed_at__isnull=False, queue_due_at__isnull=False),
                name="er_booking_confirmed_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(state=BookingState.CALLED) | Q(called_at__isnull=False), name="er_booking_called_has_time"
            ),
            models.CheckConstraint(
                condition=~Q(state=BookingState.ARRIVED) | Q(arrived_at__isnull=False),
                name="er_booking_arrived_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(state=BookingState.COMPLETED) | Q(completed_at__isnull=False),
                name="er_booking_completed_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(state=BookingState.CANCELLED) | (Q(cancelled_at__isnull=False) & ~Q(end_reason="")),
                name="er_booking_cancelled_has_time_and_reason",
            ),
            models.CheckConstraint(
                condition=~Q(state=BookingState.EXPIRED) | (Q(expired_at__isnull=False) & ~Q(end_reason="")),
                name="er_booking_expired_has_time_and_reason",
            ),
            models.CheckConstraint(
                condition=(Q(patient__isnull=False) & Q(walk_in_label=""))
                | (Q(patient__isnull=True) & ~Q(walk_in_label="")),
                name="er_booking_patient_or_walk_in",
            ),
            models.CheckConstraint(
                condition=Q(patient__isnull=True) | Q(triage_record__isnull=False),
                name="er_booking_patient_has_triage",
            ),
            models.CheckConstraint(condition=~Q(rebooks=F("id")), name="er_booking_not_rebooking_itself"),
            # A check-in answer answers a prompt, and has its time.
            models.CheckConstraint(
                condition=(Q(checkin_answer="") & Q(checkin_answered_at__isnull=True))
                | (~Q(checkin_answer="") & Q(checkin_answered_at__isnull=False, checkin_prompted_at__isnull=False)),
                name="er_booking_checkin_answer_has_prompt",
            ),
        ]
        indexes = [
            # The queue: waiting bookings of a room in order (queue_waiting, slot numbers).
            models.Index(
                fields=["room", "queue_band", "queue_due_at", "id"],
                condition=Q(state=BookingState.CONFIRMED),
                name="er_booking_queue_idx",
            ),
            # The expiry sweep: bookings with a deadline, soonest first.
            models.Index(fields=["deadline"], condition=Q(state__in=DEADLINE_STATES), name="er_booking_sweep_idx"),
            # Active / waiting counts per room (capacity, lists, metrics).
            models.Index(fields=["room", "state"], name="er_booking_room_state_idx"),
            models.Index(fields=["patient", "-created_at"], name="er_booking_patient_recent_idx"),
            # Expired bookings whose email may still be owed (notices_send_pending), and the
            # no-shows the board can still undo.
            models.Index(fields=["expired_at"], condition=Q(state=BookingState.EXPIRED), name="er_booking_expired_idx"),
            # The check-in sweep: waiting patients' bookings by the time their CTAS target ran out.
            models.Index(
                fields=["queue_due_at"],
                condition=Q(state=BookingState.CONFIRMED, patient__isnull=False),
                name="er_booking_checkin_idx",
            ),
            # The board's escalated-first section: a room's unacknowledged escalations only.
            models.Index(
                fields=["room", "escalated_at"],
                condition=Q(escalated_at__isnull=False),
                name="er_booking_escalated_idx",
            ),
            # The manager's figures (figures.py): a room's bookings, or every room's, created in a period.
            models.Index(fields=["room", "created_at"], name="er_booking_room_created_idx"),
            models.Index(fields=["created_at"], name="er_booking_created_idx"),
            # The board's "just ended" list: a room's completions of the last minutes, not all of them.
            models.Index(
                fields=["room", "completed_at"],
                condition=Q(state=BookingState.COMPLETED),
                name="er_booking_completed_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} ({self.state})"

    @property
    def is_walk_in(self) -> bool:
        return self.patient_id is None

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def checkin_pending(self) -> bool:
        """A waiting patient has been asked "same, better or worse?" and has not answered since."""
        return (
            self.state == BookingState.CONFIRMED
            and self.checkin_prompted_at is not None
            and (self.checkin_answered_at is None or self.checkin_answered_at < self.checkin_prompted_at)
        )

    @property
    def person_name(self) -> str:
        """Whom the booking is for (a walk-in's label)."""
        if self.patient_id is None:
            return self.walk_in_label
        return person_name(self.patient, self.dependant)

    def display_name(self) -> str:
        if self.patient_id is None:
            return gettext("Walk-in: %(label)s") % {"label": self.walk_in_label}
        if self.dependant_id is not None:
            return gettext("%(name)s (%(tie)s, who booked)") % {
                "name": self.dependant.full_name,
                "tie": self.dependant.tie_to_guardian(self.patient),
            }
        return self.patient.get_full_name()

    # --- transitions (fields on self only; the service locks, saves, records and notifies) ---
    @transition(field=state, source=BookingState.INITIALIZED, target=BookingState.CONFIRMED)
    def confirm(self, *, at) -> None:
        self.confirmed_at = at
        self.deadline = None
        self.queue_band = policy.queue_band(self.priority)
        self.queue_due_at = policy.queue_due_at(at, self.priority)

    @transition(field=state, source=BookingState.CONFIRMED, target=BookingState.CALLED)
    def call(self, *, at, checkin_window) -> None:
        self.called_at = at
        self.deadline = at + checkin_window

    @transition(field=state, source=BookingState.CALLED, target=BookingState.ARRIVED)
    def check_in(self, *, at) -> None:
        self.arrived_at = at
        self.deadline = None

    @transition(field=state, source=BookingState.ARRIVED, target=BookingState.COMPLETED)
    def complete(self, *, at) -> None:
        self.completed_at = at

    @transition(field=state, source=list(ACTIVE_STATES), target=BookingState.CANCELLED)
    def cancel(self, *, at, reason: str, note: str = "") -> None:
        self.cancelled_at = at
        self.deadline = None
        self.end_reason, self.end_note = reason, note

    @transition(field=state, source=list(DEADLINE_STATES), target=BookingState.EXPIRED)
    def expire(self, *, at, reason: str, note: str = "") -> None:
        self.expired_at = at
        self.deadline = None
        self.end_reason, self.end_note = reason, note

    # --- undo: the desk takes back its last action (services.booking_undo allows it only
    # shortly after, and checks capacity when a booking becomes active again) ---
    @transition(field=state, source=BookingState.CALLED, target=BookingState.CONFIRMED)
    def return_to_queue(self) -> None:
        """Called by mistake: back to the same place, since band and due time are kept."""
        self.called_at = None
        self.deadline = None

    @transition(field=state, source=BookingState.ARRIVED, target=BookingState.CALLED)
    def undo_check_in(self, *, checkin_by) -> None:
        self.arrived_at = None
        self.deadline = checkin_by

    @transition(field=state, source=BookingState.COMPLETED, target=BookingState.ARRIVED)
    def undo_complete(self) -> None:
        self.completed_at = None

    @transition(field=state, source=BookingState.EXPIRED, target=BookingState.CALLED, conditions=[_was_called])
    def undo_no_show(self, *, checkin_by) -> None:
        self.expired_at = None
        self.end_reason, self.end_note = "", ""
        self.deadline = checkin_by


class BookingTransition(TransitionLog):
    """Every state change of a booking: who (empty for the system), when, from, to, why."""

    subject_field = "booking"

    booking = models.ForeignKey(ERBooking, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=16, choices=BookingState.choices, blank=True)
    to_state = models.CharField(max_length=16, choices=BookingState.choices)

    class Meta(TransitionLog.Meta):
        indexes = [models.Index(fields=["booking", "at"], name="er_transition_booking_idx")]
        constraints = [
            models.CheckConstraint(condition=~Q(from_state=F("to_state")), name="er_transition_changes_state"),
        ]


class BookingPriorityChange(models.Model):
    """The booking's priority history: every change of its CTAS priority, with the triage record behind it.

    Written by er_queue.services.retriage in the transaction of the change, under the room and booking locks.
    An escalation to "call emergency services" may keep the priority (from == to: already at that level) and
    still alerts the desk; a clinician's lowering always lowers.
    """

    booking = models.ForeignKey(ERBooking, on_delete=models.CASCADE, related_name="priority_changes")
    kind = models.CharField(max_length=24, choices=PriorityChangeKind.choices)
    from_priority = models.PositiveSmallIntegerField()
    to_priority = models.PositiveSmallIntegerField()
    triage_record = models.ForeignKey(
        "triage.TriageRecord", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # The record's disposition when it escalated ("emergency_services": the patient was told to call).
    disposition = models.CharField(max_length=24, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        indexes = [
            models.Index(fields=["booking", "at"], name="er_priority_booking_idx"),
            models.Index(fields=["kind", "at"], name="er_priority_kind_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(from_priority__gte=1, from_priority__lte=5, to_priority__gte=1, to_priority__lte=5),
                name="er_priority_change_range",
            ),
            models.CheckConstraint(condition=Q(kind__in=PriorityChangeKind.values), name="er_priority_kind_valid"),
            # An escalation never lowers and names its triage record; a clinician's change always lowers,
            # and says who and why.
            models.CheckConstraint(
                condition=~Q(kind=PriorityChangeKind.ESCALATION)
                | Q(to_priority__lte=F("from_priority"), triage_record__isnull=False),
                name="er_priority_escalation_raises",
            ),
            models.CheckConstraint(
                condition=~Q(kind=PriorityChangeKind.LOWERED_BY_CLINICIAN)
                | (Q(to_priority__gt=F("from_priority"), actor__isnull=False) & ~Q(reason="")),
                name="er_priority_lowering_lowers",
            ),
            # One triage result escalates a booking once: a repeated signal is a no-op.
            models.UniqueConstraint(
                fields=["booking", "triage_record", "to_priority"],
                condition=Q(kind=PriorityChangeKind.ESCALATION),
                name="er_priority_escalation_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.booking_id}: {self.from_priority} → {self.to_priority} ({self.kind})"


class ERNotice(models.Model):
    """The notification outbox: written with the transition, sent by a task, at most once per kind."""

    booking = models.ForeignKey(ERBooking, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=16, choices=NoticeKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [models.UniqueConstraint(fields=["booking", "kind"], name="er_notice_once_per_kind")]
        indexes = [
            models.Index(fields=["created_at"], condition=Q(sent_at__isnull=True), name="er_notice_unsent_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.booking_id}"
