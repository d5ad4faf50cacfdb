"""The invariants under real concurrency: real threads, each with its own PostgreSQL connection,
committed transactions (transaction=True), started together by a barrier."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

import pytest
from django.db import connection

from er_queue import services
from er_queue.choices import ACTIVE_STATES, BookingState
from er_queue.models import BookingTransition, ERBooking

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(calls):
    """Run each zero-argument callable in its own thread, all released at once.

    Returns (results, errors); each thread closes its own database connection."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)
    errors: list = []

    def worker(index, call):
        try:
            barrier.wait(timeout=60)
            results[index] = call()
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    return results, errors


def _booker(client, room_id, record_id, key=None):
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}

    def call():
        response = client.post("/api/v1/er/bookings/", {"room": room_id, "triage_record": record_id}, **headers)
        return response.status_code, response.json()

    return call


def test_fifty_patients_into_five_places(make_room, make_patient, make_triage, client_for, drill_figure):
    room = make_room(capacity=5)
    calls = []
    for _ in range(50):
        patient = make_patient()
        calls.append(_booker(client_for(patient), room.pk, make_triage(patient).pk))
    results, errors = run_together(calls)
    assert errors == []
    statuses = Counter(status for status, _ in results)
    assert statuses == {201: 5, 409: 45}
    codes = Counter(body["error"]["code"] for status, body in results if status == 409)
    assert codes == {"room_full": 45}
    assert ERBooking.objects.filter(room=room, state__in=ACTIVE_STATES).count() == 5
    assert ERBooking.objects.count() == 5
    drill_figure("50 concurrent bookings into 5 places", "5 booked, 45 refused room_full, 0 overbooked")


@pytest.mark.parametrize("capacity", [1, 10])
def test_twenty_identical_requests_give_one_booking(make_room, make_patient, make_triage, client_for, capacity):
    room = make_room(capacity=capacity)  # with capacity 1 a retry must still be a replay, not "full"
    for _round in range(3):
        patient = make_patient()
        record = make_triage(patient)
        client = client_for(patient)
        results, errors = run_together([_booker(client, room.pk, record.pk, key="retry-1") for _ in range(20)])
        assert errors == []
        statuses = Counter(status for status, _ in results)
        assert statuses == {201: 1, 200: 19}
        booking = ERBooking.objects.get(patient=patient)
        assert {body["id"] for _, body in results} == {booking.pk}
        assert BookingTransition.objects.filter(booking=booking).count() == 1
        services.booking_cancel(booking_id=booking.pk, actor=patient, reason="next round")


def test_one_patient_racing_two_rooms_ends_with_one_active_booking(make_room, make_patient, make_triage, client_for):
    rooms = [make_room(), make_room()]
    for _round in range(8):
        patient = make_patient()
        record = make_triage(patient)
        client = client_for(patient)
        results, errors = run_together([_booker(client, room.pk, record.pk) for room in rooms])
        assert errors == []
        assert sorted(status for status, _ in results) == [201, 409]
        refused = next(body for status, body in results if status == 409)
        assert refused["error"]["code"] == "active_booking_exists"
        assert ERBooking.objects.filter(patient=patient, state__in=ACTIVE_STATES).count() == 1


def test_one_patient_racing_two_rooms_with_one_key(make_room, make_patient, make_triage, client_for):
    rooms = [make_room(), make_room()]
    patient = make_patient()
    record = make_triage(patient)
    client = client_for(patient)
    results, errors = run_together([_booker(client, room.pk, record.pk, key="same") for room in rooms])
    assert errors == []
    assert sorted(status for status, _ in results) == [201, 409]
    assert ERBooking.objects.filter(patient=patient).count() == 1


def _called_bookings(n, *, make_room, book, staff):
    room = make_room(capacity=n, checkin_window_minutes=1)
    bookings = [book(room, confirm=True) for _ in range(n)]
    for _ in bookings:
        services.room_call_next(room_id=room.pk, actor=staff)
    return room, bookings


def test_the_sweep_racing_check_ins_at_the_deadline(make_room, book, staff, client_for):
    """Deadlines land in the middle of a burst of check-ins and of sweeps running in a loop:
    every booking ends arrived or expired, never both, and each change is recorded once."""
    _room, bookings = _called_bookings(30, make_room=make_room, book=book, staff=staff)
    ids = [booking.pk for booking in bookings]
    with connection.cursor() as cursor:  # every deadline 1 s from now, by the database clock
        cursor.execute(
            "UPDATE er_queue_erbooking SET deadline = statement_timestamp() + interval '1 second' WHERE id = ANY(%s)",
            [ids],
        )
    started = time.monotonic()
    deadlines = dict(ERBooking.objects.filter(pk__in=ids).values_list("pk", "deadline"))
    stop = started + 2.0

    def sweeper():
        expired = 0
        while time.monotonic() < stop:
            expired += services.bookings_expire_due(batch_size=4)
            time.sleep(0.005)  # let the check-in threads have the GIL too
        return expired

    def checker(chunk):
        client = client_for(staff)

        # Each check-in aimed at a moment between 0.5 s before and 0.5 s after the deadline.
        moments = sorted(started + random.uniform(0.5, 1.5) for _ in chunk)

        def call():
            outcomes = []
            for booking_id, moment in zip(chunk, moments, strict=True):
                time.sleep(max(0.0, moment - time.monotonic()))
                response = client.post(f"/api/v1/er/bookings/{booking_id}/check-in/")
                outcomes.append((booking_id, response.status_code, response.json()))
            return outcomes

        return call

    chunks = [ids[i::5] for i in range(5)]
    results, errors = run_together([sweeper, sweeper, *[checker(chunk) for chunk in chunks]])
    assert errors == []
    swept = results[0] + results[1]
    check_ins = [outcome for result in results[2:] for outcome in result]
    assert {status for _, status, _ in check_ins} <= {200, 409}
    checked_in = {booking_id for booking_id, status, _ in check_ins if status == 200}

    final = dict(ERBooking.objects.filter(pk__in=ids).values_list("pk", "state"))
    assert set(final.values()) <= {BookingState.ARRIVED, BookingState.EXPIRED}
    assert {pk for pk, state in final.items() if state == BookingState.ARRIVED} == checked_in
    assert swept == sum(1 for state in final.values() if state == BookingState.EXPIRED)
    ends = Counter(
        BookingTransition.objects.filter(booking_id__in=ids, to_state__in=["arrived", "expired"]).values_list(
            "booking_id", flat=True
        )
    )
    assert all(ends[pk] == 1 for pk in ids), "a booking was both checked in and expired, or expired twice"
    for booking in ERBooking.objects.filter(pk__in=checked_in):
        assert booking.arrived_at <= deadlines[booking.pk]
    for _booking_id, status, body in check_ins:
        if status == 409:
            assert body["error"]["code"] in {"illegal_transition", "checkin_window_passed"}
            assert body["error"]["current_state"] in {"expired", "called"}


def test_two_sweeps_at_once_expire_each_booking_exactly_once(make_room, book, clock):
    rooms = [make_room(capacity=40) for _ in range(3)]
    ids = [book(room).pk for room in rooms for _ in range(40)]
    clock(11)
    results, errors = run_together([lambda: services.bookings_expire_due(batch_size=7) for _ in range(4)])
    assert errors == []
    assert sum(results) == len(ids)
    assert ERBooking.objects.filter(state=BookingState.EXPIRED).count() == len(ids)
    per_booking = Counter(BookingTransition.objects.filter(to_state="expired").values_list("booking_id", flat=True))
    assert set(per_booking.values()) == {1}


def test_concurrent_calls_and_cancels_keep_slots_consistent(make_room, book, staff):
    """Staff calling while patients cancel and others confirm: no booking is called twice,
    and the waiting slots stay 1..n with no gaps or duplicates."""
    from er_queue.selectors import queue_waiting, slot_numbers

    room = make_room(capacity=40)
    waiting = [book(room, confirm=True, acuity=random.randint(1, 5)) for _ in range(24)]
    pending = [book(room) for _ in range(6)]

    def caller():
        return [services.room_call_next(room_id=room.pk, actor=staff).pk for _ in range(5)]

    def canceller(booking):
        return lambda: services.booking_cancel(booking_id=booking.pk, actor=booking.patient, reason="better").pk

    def confirmer(booking):
        return lambda: services.booking_confirm(booking_id=booking.pk, actor=booking.patient).pk

    calls = [caller, caller]
    calls += [canceller(booking) for booking in waiting[-8:]]
    calls += [confirmer(booking) for booking in pending]
    results, errors = run_together(calls)
    # A cancel may lose to a call of the same booking; then it is an illegal transition, not an error.
    assert all(getattr(error, "code", None) == "illegal_transition" for error in errors), errors
    called = results[0] + results[1]
    assert len(called) == len(set(called)) == 10
    queue = list(queue_waiting(room=room))
    assert [booking.slot_number for booking in queue] == list(range(1, len(queue) + 1))
    assert sorted(slot_numbers(queue).values()) == list(range(1, len(queue) + 1))
    assert ERBooking.objects.filter(room=room, state__in=ACTIVE_STATES).count() <= room.capacity


def test_undoing_no_shows_races_new_bookings_for_the_last_places(
    make_room, book, staff, make_patient, make_triage, client_for
):
    """Undo makes a booking active again under the same room lock as a booking, so the desk
    undoing four no-shows and four patients booking, all at once, fill exactly the two
    free places."""
    room = make_room(capacity=6)
    bookings = [book(room, acuity=3, confirm=True) for _ in range(6)]
    gone = []
    for _ in range(4):
        gone.append(services.room_call_next(room_id=room.pk, actor=staff))
        services.booking_mark_no_show(booking_id=gone[-1].pk, actor=staff)
    services.room_update(room_id=room.pk, actor=staff, capacity=4)  # 2 still waiting: 2 free places
    assert ERBooking.objects.filter(room=room, state__in=ACTIVE_STATES).count() == 2 == len(bookings) - len(gone)

    calls = [lambda booking=booking: services.booking_undo(booking_id=booking.pk, actor=staff) for booking in gone]
    for _ in range(4):
        patient = make_patient()
        calls.append(_booker(client_for(patient), room.pk, make_triage(patient).pk))
    results, errors = run_together(calls)

    assert all(getattr(error, "code", "") == "room_full" for error in errors), errors
    undone = sum(1 for result in results[:4] if result is not None)
    booked = sum(1 for result in results[4:] if result[0] == 201)
    assert undone + booked == 2
    assert ERBooking.objects.filter(room=room, state__in=ACTIVE_STATES).count() == 4
