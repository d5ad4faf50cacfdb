"""A hypothesis state machine: random sequences of booking, confirming, calling, checking in,
completing, cancelling, no-shows, the desk's undo, walk-ins, pausing, the clock moving and
the sweep, with every invariant of product.md checked after every step."""

from __future__ import annotations

import itertools
import os
from collections import Counter

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from er_queue import services
from er_queue.choices import ACTIVE_STATES, DEADLINE_STATES, UNDOABLE_EXPIRY, BookingState
from er_queue.models import BookingTransition, EmergencyRoom, ERBooking
from er_queue.selectors import queue_waiting, slot_numbers
from er_queue.tests.conftest import shift_clock
from er_queue.tests.test_models import ALLOWED
from healthsvc.errors import Conflict

# Service -> the FSM transition it performs.
TRANSITION_OF = {
    "confirm": "confirm",
    "check_in": "check_in",
    "complete": "complete",
    "cancel": "cancel",
    "no_show": "expire",
}
# Service -> the state it leaves; asking again from there is answered with the booking as it is.
REPEAT_OF = {
    "confirm": "confirmed",
    "check_in": "arrived",
    "complete": "completed",
    "cancel": "cancelled",
    "no_show": "expired",
}
# The state a desk action left -> the FSM transition that undoes it.
UNDO_OF = {
    "called": "return_to_queue",
    "arrived": "undo_check_in",
    "completed": "undo_complete",
    "expired": "undo_no_show",
}
PATIENTS = 6


class ERQueueMachine(RuleBasedStateMachine):
    factories: dict = {}

    def __init__(self):
        super().__init__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        make_user, make_triage = self.factories["make_user"], self.factories["make_triage"]
        self.make_triage = make_triage
        self.staff = make_user("er_staff")
        self.patients = [make_user("patient") for _ in range(PATIENTS)]
        self.rooms = [
            EmergencyRoom.objects.create(
                name=f"Machine ER {index}",
                address="x",
                region="machine",
                capacity=capacity,
                confirm_window_minutes=10,
                checkin_window_minutes=15,
            )
            for index, capacity in enumerate((3, 2))
        ]
        self.bookings: list[int] = []
        self.transitions_made = 0

    def teardown(self):
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    # --- helpers --------------------------------------------------------------------------------
    def _pick(self, index: int, aimed: bool, states) -> ERBooking:
        """A booking: when aimed, one in a state the transition accepts (if any), else any."""
        if aimed:
            fitting = list(
                ERBooking.objects.filter(pk__in=self.bookings, state__in=states)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            if fitting:
                return ERBooking.objects.get(pk=fitting[index % len(fitting)])
        return ERBooking.objects.get(pk=self.bookings[index % len(self.bookings)])

    def _attempt(self, name: str, booking: ERBooking, call):
        """Run a transition service; if it refuses, the refusal must be right."""
        before = booking.state
        if before == REPEAT_OF.get(name) and (name != "no_show" or booking.end_reason == "no_show"):
            assert call().state == before  # a repeat of a done transition is answered, not refused
            return
        try:
            call()
        except Conflict as error:
            if error.code == "illegal_transition":
                assert (before, TRANSITION_OF[name]) not in ALLOWED or (name == "no_show" and before != "called")
                assert error.extra["current_state"] == before
            elif error.code in ("confirm_window_passed", "checkin_window_passed"):
                assert booking.deadline < timezone.now()
            else:
                raise
        else:
            assert (before, TRANSITION_OF[name]) in ALLOWED
            self.transitions_made += 1

    # --- rules ------------------------------------------------------------------------------------
    @rule(patient=st.integers(0, PATIENTS - 1), room=st.integers(0, 1), acuity=st.integers(1, 5))
    def book(self, patient, room, acuity):
        patient, room = self.patients[patient], self.rooms[room]
        record = self.make_triage(patient, acuity=acuity, disposition="emergency" if acuity < 3 else "urgent")
        active_before = ERBooking.objects.filter(patient=patient, state__in=ACTIVE_STATES).exists()
        room_active = ERBooking.objects.filter(room=room, state__in=ACTIVE_STATES).count()
        try:
            booking = services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk).booking
        except Conflict as error:
            room.refresh_from_db()
            expected = {
                "active_booking_exists": active_before,
                "room_full": room_active >= room.capacity,
                "room_paused": not room.accepting,
            }
            assert expected.get(error.code), error.code
        else:
            assert not active_before and room_active < room.capacity
            self.bookings.append(booking.pk)
            self.transitions_made += 1

    @rule(room=st.integers(0, 1), acuity=st.integers(1, 5))
    def walk_in(self, room, acuity):
        try:
            booking = services.booking_create_walk_in(
                actor=self.staff, room_id=self.rooms[room].pk, label="walk-in", acuity=acuity
            ).booking
        except Conflict as error:
            assert error.code == "room_full" and acuity > 2  # CTAS 1-2 are taken straight in, full or not
        else:
            self.bookings.append(booking.pk)
            # initialized, confirmed; CTAS 1-2 also called and arrived at once (issue 10: straight in)
            self.transitions_made += 4 if acuity <= 2 else 2
            assert (booking.state == "arrived") == (acuity <= 2)

    @precondition(lambda self: self.bookings)
    @rule(index=st.integers(0, 10_000), aimed=st.booleans())
    def confirm(self, index, aimed):
        booking = self._pick(index, aimed, ["initialized"])
        actor = booking.patient or self.staff
        self._attempt("confirm", booking, lambda: services.booking_confirm(booking_id=booking.pk, actor=actor))

    @rule(room=st.integers(0, 1))
    def call_next(self, room):
        room = self.rooms[room]
        head = queue_waiting(room=room).first()
        try:
            called = services.room_call_next(room_id=room.pk, actor=self.staff)
        except Conflict as error:
            assert error.code == "queue_empty" and head is None
        else:
            assert head is not None and called.pk == head.pk  # the head, and only the head
            self.transitions_made += 1

    @precondition(lambda self: self.bookings)
    @rule(index=st.integers(0, 10_000), aimed=st.booleans())
    def check_in(self, index, aimed):
        booking = self._pick(index, aimed, ["called"])
        self._attempt("check_in", booking, lambda: services.booking_check_in(booking_id=booking.pk, actor=self.staff))

    @precondition(lambda self: self.bookings)
    @rule(index=st.integers(0, 10_000), aimed=st.booleans())
    def complete(self, index, aimed):
        booking = self._pick(index, aimed, ["arrived"])
        self._attempt("complete", booking, lambda: services.booking_complete(booking_id=booking.pk, actor=self.staff))

    @precondition(lambda self: self.bookings)
    @rule(index=st.integers(0, 10_000), aimed=st.booleans(), by_staff=st.booleans())
    def cancel(self, index, aimed, by_staff):
        booking = self._pick(index, aimed, list(ACTIVE_STATES))
        actor = self.staff if by_staff or booking.patient is None else booking.patient
        self._attempt(
            "cancel", booking, lambda: services.booking_cancel(booking_id=booking.pk, actor=actor, reason="test")
        )

    @precondition(lambda self: self.bookings)
    @rule(index=st.integers(0, 10_000), aimed=st.booleans())
    def no_show(self, index, aimed):
        booking = self._pick(index, aimed, ["called"])
        self._attempt(
            "no_show", booking, lambda: services.booking_mark_no_show(booking_id=booking.pk, actor=self.staff)
        )

    @precondition(lambda self: ERBooking.objects.filter(pk__in=self.bookings, state__in=list(UNDO_OF)).exists())
    @rule(index=st.integers(0, 10_000))
    def undo(self, index):
        """Always aimed: the refusals of other states are test_undo's; here undo meets everything else."""
        booking = self._pick(index, True, list(UNDO_OF))
        before = booking.state
        undoable = before != "expired" or booking.end_reason in UNDOABLE_EXPIRY
        try:
            services.booking_undo(booking_id=booking.pk, actor=self.staff)
        except Conflict as error:
            assert error.extra["current_state"] == before
            if error.code == "illegal_transition":
                assert not undoable
            elif error.code in ("undo_window_passed", "room_full", "active_booking_exists", "reference_taken"):
                assert undoable
                assert error.code == "undo_window_passed" or before in ("arrived", "expired")  # back to active
            else:
                raise
            assert ERBooking.objects.get(pk=booking.pk).state == before
        else:
            assert undoable
            assert ERBooking.objects.get(pk=booking.pk).state == ALLOWED[(before, UNDO_OF[before])]
            self.transitions_made += 1

    @rule(room=st.integers(0, 1), accepting=st.booleans())
    def set_intake(self, room, accepting):
        services.room_set_intake(room_id=self.rooms[room].pk, actor=self.staff, accepting=accepting)

    @rule(minutes=st.sampled_from([1, 5, 9, 11, 16, 30]))
    def advance_clock(self, minutes):
        shift_clock(minutes)

    @rule()
    def sweep(self):
        past = ERBooking.objects.filter(state__in=DEADLINE_STATES, deadline__lt=timezone.now())
        # A walk-in is in the building: only the desk ends their booking (issue 10, item 5), never the sweep.
        due = set(past.filter(patient__isnull=False).values_list("pk", flat=True))
        walk_ins = dict(past.filter(patient__isnull=True).values_list("pk", "state"))
        expired = services.bookings_expire_due(batch_size=2)
        assert expired == len(due)
        self.transitions_made += expired
        assert not ERBooking.objects.filter(pk__in=due).exclude(state=BookingState.EXPIRED).exists()
        assert dict(ERBooking.objects.filter(pk__in=walk_ins).values_list("pk", "state")) == walk_ins
        assert services.bookings_expire_due() == 0  # a second sweep finds nothing

    # --- invariants -------------------------------------------------------------------------------
    @invariant()
    def capacity_is_never_exceeded(self):
        for room in EmergencyRoom.objects.filter(pk__in=[r.pk for r in self.rooms]):
            assert ERBooking.objects.filter(room=room, state__in=ACTIVE_STATES).count() <= room.capacity

    @invariant()
    def one_active_booking_per_patient(self):
        counts = Counter(
            ERBooking.objects.filter(state__in=ACTIVE_STATES, patient__isnull=False).values_list(
                "patient_id", flat=True
            )
        )
        assert all(n == 1 for n in counts.values())

    @invariant()
    def slots_are_one_to_n_without_sharing(self):
        for room in self.rooms:
            queue = list(queue_waiting(room=room))
            expected = list(range(1, len(queue) + 1))
            assert [booking.slot_number for booking in queue] == expected
            assert [slot_numbers(queue)[booking.pk] for booking in queue] == expected
        called = list(ERBooking.objects.filter(state=BookingState.CALLED))
        assert all(slot == 0 for slot in slot_numbers(called).values())

    @invariant()
    def every_change_is_recorded_as_a_chain(self):
        assert BookingTransition.objects.count() == self.transitions_made
        rows = BookingTransition.objects.order_by("booking_id", "at", "id").values_list(
            "booking_id", "from_state", "to_state"
        )
        chains: dict[int, list[tuple[str, str]]] = {}
        for booking_id, from_state, to_state in rows:
            chains.setdefault(booking_id, []).append((from_state, to_state))
        for booking_id, state in ERBooking.objects.values_list("pk", "state"):
            chain = chains[booking_id]
            assert chain[0] == ("", "initialized")
            for (_, previous_to), (next_from, _) in itertools.pairwise(chain):
                assert previous_to == next_from
            assert chain[-1][1] == state
            # Expired exactly once, unless the desk undid a no-show and the new call ran out too.
            expiries = sum(1 for _, to_state in chain if to_state == "expired")
            assert expiries <= 1 + sum(1 for from_state, _ in chain if from_state == "expired")

    @invariant()
    def deadlines_match_states(self):
        for state, deadline in ERBooking.objects.values_list("state", "deadline"):
            assert (deadline is not None) == (state in DEADLINE_STATES)


@pytest.mark.django_db
def test_the_booking_state_machine_holds_every_invariant(make_user, make_triage):
    ERQueueMachine.factories = {"make_user": make_user, "make_triage": make_triage}
    run_state_machine_as_test(
        ERQueueMachine,
        settings=settings(
            max_examples=int(os.environ.get("ER_MACHINE_EXAMPLES", "25")),  # more for a deeper search
            stateful_step_count=30,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
