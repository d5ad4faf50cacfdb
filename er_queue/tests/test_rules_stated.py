"""ER queue rules stated as tests (issue 16, item 2): the expiry deadline, the sweep never waiting on a busy
booking, and the "one active booking" answer a patient gets."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from django.db import connection, transaction

from er_queue import services
from er_queue.choices import BookingState
from er_queue.models import ERBooking
from healthsvc.errors import Conflict

ONE_MICROSECOND = dt.timedelta(microseconds=1)


# --- 5a. A deadline has passed only once the clock is strictly after it ------------------------------------------
# Check-in is refused only when the deadline is *before* now (services.transitions), so at the very moment of the
# deadline the patient may still check in: the sweep must not have expired them at that same moment.


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["initialized", "called"])
def test_a_booking_is_not_expired_at_its_exact_deadline_only_after_it(booking_in, state):
    booking = booking_in(state)
    booking.refresh_from_db()
    deadline = booking.deadline
    assert deadline is not None

    assert services.bookings_expire_due(as_of=deadline) == 0
    booking.refresh_from_db()
    assert booking.state == state, "expired at the exact deadline, while check-in is still allowed"

    assert services.bookings_expire_due(as_of=deadline + ONE_MICROSECOND) == 1
    booking.refresh_from_db()
    assert booking.state == BookingState.EXPIRED


# --- 5b. The sweep skips a booking another transaction holds, and never waits for it ------------------------------
SWEEP_MUST_FINISH_WITHIN_S = 2.0


@pytest.mark.django_db(transaction=True)
def test_the_expiry_sweep_skips_a_locked_booking_without_waiting_and_expires_it_next_time(make_room, book):
    room = make_room()
    bookings = [book(room) for _ in range(3)]
    for booking in bookings:
        booking.refresh_from_db()
    bookings.sort(key=lambda b: b.deadline)
    locked, others = bookings[0], bookings[1:]  # the first the sweep would reach
    as_of = max(b.deadline for b in bookings) + dt.timedelta(minutes=1)  # every one of them is due

    holding, release = threading.Event(), threading.Event()
    locker_errors: list[BaseException] = []

    def hold_the_row_lock():
        """Another real connection (a desk checking this patient in, say) holds the row lock."""
        try:
            with transaction.atomic():
                list(ERBooking.objects.select_for_update().filter(pk=locked.pk))
                holding.set()
                release.wait(timeout=60)
        except BaseException as exc:
            locker_errors.append(exc)
        finally:
            holding.set()
            connection.close()

    sweep_result: dict = {}

    def sweep():
        try:
            started = time.monotonic()
            sweep_result["expired"] = services.bookings_expire_due(as_of=as_of)
            sweep_result["seconds"] = time.monotonic() - started
        except BaseException as exc:
            sweep_result["error"] = exc
        finally:
            connection.close()

    locker = threading.Thread(target=hold_the_row_lock)
    locker.start()
    try:
        assert holding.wait(timeout=10) and not locker_errors, locker_errors
        sweeper = threading.Thread(target=sweep)
        sweeper.start()
        sweeper.join(timeout=SWEEP_MUST_FINISH_WITHIN_S)
        waited = sweeper.is_alive()
        release.set()  # let a blocked sweep (the bug) finish, so the test ends either way
        sweeper.join(timeout=30)
    finally:
        release.set()
        locker.join(timeout=30)

    assert not waited, f"the sweep waited on the locked booking for more than {SWEEP_MUST_FINISH_WITHIN_S} s"
    assert "error" not in sweep_result, sweep_result
    assert sweep_result["seconds"] < SWEEP_MUST_FINISH_WITHIN_S
    assert sweep_result["expired"] == len(others)
    states = dict(ERBooking.objects.filter(pk__in=[b.pk for b in bookings]).values_list("pk", "state"))
    assert states[locked.pk] == BookingState.INITIALIZED, "the locked booking must be left for the next sweep"
    assert all(states[b.pk] == BookingState.EXPIRED for b in others), states

    # The lock is gone: the next sweep expires it.
    assert services.bookings_expire_due(as_of=as_of) == 1
    locked.refresh_from_db()
    assert locked.state == BookingState.EXPIRED


# --- 6. A patient with an active booking is told so, even when the other room is full ----------------------------


@pytest.mark.django_db
def test_a_patient_with_an_active_booking_trying_a_full_room_is_told_they_already_have_a_booking(make_room, book):
    room_a = make_room()
    room_b = make_room(capacity=1)
    first = book(room_a)
    book(room_b)  # someone else takes room B's only place
    assert ERBooking.objects.filter(room=room_b, state=BookingState.INITIALIZED).count() == 1

    with pytest.raises(Conflict) as caught:
        book(room_b, patient=first.patient)

    assert caught.value.code == "active_booking_exists", caught.value.code
    assert caught.value.extra["booking_id"] == first.pk
