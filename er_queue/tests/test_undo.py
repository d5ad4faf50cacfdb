"""The desk's undo: each action taken back, only shortly after, never past capacity."""

from __future__ import annotations

import pytest

from er_queue import selectors, services
from er_queue.choices import BookingState
from er_queue.models import BookingTransition, ERBooking
from er_queue.tests.conftest import shift_clock
from healthsvc.errors import Conflict, Forbidden

API = "/api/v1/er"
# The state a desk action left -> the state its undo returns to.
UNDONE_TO = {"called": "confirmed", "arrived": "called", "completed": "arrived"}


def _undo(booking, staff, **kwargs):
    return services.booking_undo(booking_id=booking.pk, actor=staff, **kwargs)


def test_a_mistaken_call_goes_back_to_the_same_place(room, book, staff):
    first = book(room, acuity=3, confirm=True)
    second = book(room, acuity=3, confirm=True)
    called = services.room_call_next(room_id=room.pk, actor=staff)
    assert called.pk == first.pk

    undone = _undo(first, staff, note="wrong name read out")

    assert undone.state == BookingState.CONFIRMED and undone.called_at is None and undone.deadline is None
    slots = selectors.slot_numbers(list(ERBooking.objects.filter(pk__in=[first.pk, second.pk])))
    assert slots == {first.pk: 1, second.pk: 2}  # ahead of the one who came later, as before
    last = BookingTransition.objects.filter(booking=first).order_by("-at", "-id").first()
    assert (last.from_state, last.to_state, last.reason, last.actor_id) == (
        "called",
        "confirmed",
        "undo: wrong name read out",
        staff.pk,
    )


def test_undo_check_in_gives_a_fresh_check_in_window(booking_in, staff):
    booking = booking_in("arrived")
    undone = _undo(booking, staff)
    assert undone.state == BookingState.CALLED and undone.arrived_at is None
    window = undone.deadline - undone.db_now
    assert window.total_seconds() == undone.room.checkin_window_minutes * 60


def test_undo_complete_goes_back_to_arrived(booking_in, staff):
    booking = booking_in("completed")
    undone = _undo(booking, staff)
    assert undone.state == BookingState.ARRIVED and undone.completed_at is None


@pytest.mark.parametrize("how", ["desk", "sweep"])
def test_a_no_show_can_be_undone_when_the_patient_turns_up(booking_in, staff, how):
    booking = booking_in("called")
    if how == "desk":
        services.booking_mark_no_show(booking_id=booking.pk, actor=staff, note="not here")
    else:
        shift_clock(21, booking_ids=[booking.pk])  # the 20-minute check-in window ran out
        assert services.bookings_expire_due() == 1
    undone = _undo(booking, staff)
    assert undone.state == BookingState.CALLED
    assert undone.expired_at is None and undone.end_reason == "" and undone.end_note == ""
    assert undone.deadline > undone.db_now
    assert services.bookings_expire_due() == 0  # the fresh window holds


@pytest.mark.parametrize("state", ["initialized", "confirmed", "cancelled", "expired"])
def test_nothing_to_undo_is_409_naming_the_state(booking_in, staff, state):
    booking = booking_in(state)  # "expired" here: never confirmed, so it never had a place at the desk
    with pytest.raises(Conflict) as caught:
        _undo(booking, staff)
    assert caught.value.code == "illegal_transition"
    assert caught.value.extra["current_state"] == state
    assert ERBooking.objects.get(pk=booking.pk).state == state


@pytest.mark.parametrize("state", ["called", "arrived", "completed"])
def test_undo_only_within_the_window(booking_in, staff, state, settings):
    settings.ER_UNDO_MINUTES = 10
    booking = booking_in(state)
    shift_clock(11, booking_ids=[booking.pk])
    with pytest.raises(Conflict) as caught:
        _undo(booking, staff)
    assert caught.value.code == "undo_window_passed"
    assert caught.value.extra["current_state"] == state
    assert ERBooking.objects.get(pk=booking.pk).state == state


def test_undoing_a_no_show_needs_a_free_place(make_room, book, staff):
    room = make_room(capacity=1)
    gone = book(room, confirm=True)
    services.room_call_next(room_id=room.pk, actor=staff)
    services.booking_mark_no_show(booking_id=gone.pk, actor=staff)
    taker = book(room)  # the freed place is taken
    with pytest.raises(Conflict) as caught:
        _undo(gone, staff)
    assert caught.value.code == "room_full"
    assert caught.value.extra["current_state"] == "expired"
    assert ERBooking.objects.get(pk=gone.pk).state == "expired"
    services.booking_cancel(booking_id=taker.pk, actor=taker.patient, reason="went elsewhere")
    assert _undo(gone, staff).state == "called"


def test_undoing_a_check_in_needs_a_free_place(make_room, book, staff):
    room = make_room(capacity=1)
    first = book(room, confirm=True)
    services.room_call_next(room_id=room.pk, actor=staff)
    services.booking_check_in(booking_id=first.pk, actor=staff)  # arrived: no longer holds a place
    book(room)
    with pytest.raises(Conflict) as caught:
        _undo(first, staff)
    assert caught.value.code == "room_full"
    assert ERBooking.objects.get(pk=first.pk).state == "arrived"


def test_a_no_show_who_booked_again_cannot_be_undone(booking_in, book, make_room, staff):
    booking = booking_in("called")
    services.booking_mark_no_show(booking_id=booking.pk, actor=staff)
    book(make_room(), patient=booking.patient)  # re-booked elsewhere: linked to the old one
    with pytest.raises(Conflict) as caught:
        _undo(booking, staff)
    assert caught.value.code == "active_booking_exists"
    assert ERBooking.objects.get(pk=booking.pk).state == "expired"


def test_patients_cannot_undo(booking_in):
    booking = booking_in("called")
    with pytest.raises(Forbidden):
        services.booking_undo(booking_id=booking.pk, actor=booking.patient)


# --- API ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("state", BookingState.values)
def test_undo_endpoint_from_every_state(booking_in, client_for, staff, state):
    booking = booking_in(state)
    response = client_for(staff).post(f"{API}/bookings/{booking.pk}/undo/", {"note": "desk mistake"})
    if state in UNDONE_TO:
        assert response.status_code == 200, response.json()
        assert response.json()["state"] == UNDONE_TO[state]
    else:
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "illegal_transition"
        assert response.json()["error"]["current_state"] == state


def test_undo_endpoint_is_for_staff_only(booking_in, client_for, make_patient):
    booking = booking_in("called")
    assert client_for(booking.patient).post(f"{API}/bookings/{booking.pk}/undo/").status_code == 403
    assert client_for(make_patient()).post(f"{API}/bookings/{booking.pk}/undo/").status_code == 403


def test_the_board_api_lists_what_can_still_be_undone(booking_in, room, client_for, staff):
    completed = booking_in("completed", room=room)
    old = booking_in("completed", room=room)
    shift_clock(11, booking_ids=[old.pk])
    board = client_for(staff).get(f"{API}/rooms/{room.pk}/queue/").json()
    assert [row["id"] for row in board["recently_ended"]] == [completed.pk]
    assert board["recently_ended"][0]["state"] == "completed" and board["recently_ended"][0]["ended_at"]


# --- the board page -------------------------------------------------------------------------------
def test_board_offers_undo_and_it_works(client, room, book, staff):
    booking = book(room, confirm=True)
    board = f"/er/rooms/{room.pk}/board/"
    client.force_login(staff)
    client.post(f"/er/rooms/{room.pk}/call-next/", {"next": board})
    assert "Back to queue" in client.get(board).content.decode()
    client.post(f"/er/bookings/{booking.pk}/undo/", {"next": board})
    assert ERBooking.objects.get(pk=booking.pk).state == "confirmed"

    client.post(f"/er/rooms/{room.pk}/call-next/", {"next": board})
    client.post(f"/er/bookings/{booking.pk}/check-in/", {"next": board})
    assert "Undo check-in" in client.get(board).content.decode()
    client.post(f"/er/bookings/{booking.pk}/complete/", {"next": board})
    html = client.get(board).content.decode()
    ended = html[html.index("Just ended") :]
    assert booking.reference in ended and "Undo" in ended
    client.post(f"/er/bookings/{booking.pk}/undo/", {"next": board})
    assert ERBooking.objects.get(pk=booking.pk).state == "arrived"


def test_board_says_why_an_undo_was_refused(client, booking_in, staff):
    booking = booking_in("called")
    shift_clock(11, booking_ids=[booking.pk])
    client.force_login(staff)
    response = client.post(f"/er/bookings/{booking.pk}/undo/", follow=True)
    assert "can be undone for 10 minutes only" in response.content.decode()
