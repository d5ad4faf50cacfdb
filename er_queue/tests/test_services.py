"""The write services: booking rules, the queue policy, calls, check-in, cancel, re-booking, notices."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from er_queue import policy, selectors, services
from er_queue.choices import BookingState, EndReason, NoticeKind
from er_queue.models import BookingTransition, ERBooking, ERNotice
from er_queue.tests.conftest import shift_clock
from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound

pytestmark = pytest.mark.django_db


def _history(booking):
    return list(BookingTransition.objects.filter(booking=booking).values_list("from_state", "to_state"))


# --- booking -----------------------------------------------------------------------------------
@pytest.mark.parametrize("disposition", ["emergency", "urgent"])
def test_a_completed_emergency_or_urgent_triage_books(room, make_patient, make_triage, disposition):
    patient = make_patient()
    record = make_triage(patient, disposition=disposition, acuity=3)
    result = services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk)
    booking = result.booking
    assert result.created
    assert booking.state == BookingState.INITIALIZED
    assert booking.priority == 3
    assert booking.deadline == booking.created_at + dt.timedelta(minutes=room.confirm_window_minutes)
    assert booking.reference.startswith("ER-") and len(booking.reference) == 7
    assert _history(booking) == [("", "initialized")]


@pytest.mark.parametrize(
    ("disposition", "words"),
    [("routine", "does not need the ER"), ("self_care", "does not need the ER"), ("emergency_services", "call")],
)
def test_other_dispositions_are_refused_saying_why(room, make_patient, make_triage, disposition, words):
    patient = make_patient()
    record = make_triage(patient, disposition=disposition)
    with pytest.raises(Conflict) as caught:
        services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk)
    assert caught.value.code == "triage_not_eligible"
    assert words in caught.value.message
    assert not ERBooking.objects.exists()


def test_an_unfinished_triage_is_refused_naming_its_state(room, make_patient, make_triage):
    patient = make_patient()
    record = make_triage(patient, state="calculating")
    with pytest.raises(Conflict) as caught:
        services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk)
    assert caught.value.code == "triage_not_completed"
    assert "calculating" in caught.value.message


def test_another_patients_triage_is_not_found(room, make_patient, make_triage):
    record = make_triage(make_patient())
    with pytest.raises(NotFound):
        services.booking_create(actor=make_patient(), room_id=room.pk, triage_record_id=record.pk)


def test_an_old_triage_is_refused(room, make_patient, make_triage):
    patient = make_patient()
    record = make_triage(patient, completed_at=timezone.now() - dt.timedelta(hours=25))
    with pytest.raises(Conflict) as caught:
        services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk)
    assert caught.value.code == "triage_too_old"


def test_a_full_room_answers_with_three_alternatives_shortest_wait_first(make_room, book):
    full = make_room(capacity=1, region="North")
    book(full)
    slow = make_room(region="North", average_service_minutes=30)
    fast = make_room(region="North", average_service_minutes=5)
    middle = make_room(region="North", average_service_minutes=10)
    busy_fast = make_room(region="North", average_service_minutes=5)
    for _ in range(3):
        book(busy_fast, confirm=True)  # 3 waiting: 4 x 5 = 20 minutes for the next
    make_room(region="North", capacity=0)  # no capacity: never an alternative
    make_room(region="North", accepting=False)  # paused: never an alternative
    make_room(region="South", average_service_minutes=1)  # another region
    with pytest.raises(Conflict) as caught:
        book(full)
    error = caught.value
    assert error.code == "room_full"
    assert [room["id"] for room in error.extra["alternatives"]] == [fast.pk, middle.pk, busy_fast.pk]
    assert error.extra["alternatives"][0]["estimated_wait_text"] == "about 5 minutes"
    assert slow.pk not in [room["id"] for room in error.extra["alternatives"]]


def test_alternatives_fill_up_from_other_regions_when_the_region_has_too_few(make_room, book):
    full = make_room(capacity=1, region="North")
    book(full)
    near = make_room(region="north", average_service_minutes=30)  # same region, any case
    far_fast = make_room(region="South", average_service_minutes=5)
    far_slow = make_room(region="East", average_service_minutes=20)
    make_room(region="West", average_service_minutes=40)  # fourth: beyond the three
    with pytest.raises(Conflict) as caught:
        book(full)
    alternatives = caught.value.extra["alternatives"]
    assert [room["id"] for room in alternatives] == [near.pk, far_fast.pk, far_slow.pk]
    assert [room["region"] for room in alternatives] == ["north", "South", "East"]


def test_a_full_room_with_no_other_room_anywhere_has_no_alternatives(make_room, book):
    full = make_room(capacity=1, region="Island")
    book(full)
    with pytest.raises(Conflict) as caught:
        book(full)
    assert caught.value.extra["alternatives"] == []


def test_a_paused_room_takes_no_bookings_but_staff_walk_ins(room, book, staff):
    services.room_set_intake(room_id=room.pk, actor=staff, accepting=False, note="Major incident")
    with pytest.raises(Conflict) as caught:
        book(room)
    assert caught.value.code == "room_paused"
    assert "Major incident" in caught.value.message
    walk_in = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Red scarf", acuity=3).booking
    assert walk_in.state == BookingState.CONFIRMED
    services.room_set_intake(room_id=room.pk, actor=staff, accepting=True)
    assert book(room).state == BookingState.INITIALIZED


def test_one_active_booking_per_patient(make_room, book):
    first = book(make_room())
    with pytest.raises(Conflict) as caught:
        book(make_room(), patient=first.patient)
    assert caught.value.code == "active_booking_exists"
    assert caught.value.extra["booking_id"] == first.pk


def test_idempotency_key_replays_the_first_booking(room, make_patient, make_triage):
    patient = make_patient()
    record = make_triage(patient)
    first = services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk, idempotency_key="k")
    again = services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk, idempotency_key="k")
    assert first.created and not again.created
    assert again.booking.pk == first.booking.pk
    assert ERBooking.objects.count() == 1


def test_idempotency_key_reused_for_another_request_is_refused(make_room, make_patient, make_triage):
    patient = make_patient()
    record = make_triage(patient)
    services.booking_create(actor=patient, room_id=make_room().pk, triage_record_id=record.pk, idempotency_key="k")
    with pytest.raises(Conflict) as caught:
        services.booking_create(actor=patient, room_id=make_room().pk, triage_record_id=record.pk, idempotency_key="k")
    assert caught.value.code == "idempotency_key_reused"


@pytest.mark.parametrize("end", ["cancelled", "expired"])
def test_an_ended_booking_can_be_re_booked_and_stays_as_history(room, booking_in, book, end):
    old = booking_in(end, room=room)
    new = book(room, patient=old.patient)
    assert new.rebooks_id == old.pk
    old.refresh_from_db()
    assert old.state == end
    assert "re-books" in BookingTransition.objects.get(booking=new).reason


def test_a_completed_visit_is_not_linked_as_a_re_booking(room, booking_in, book):
    old = booking_in("completed", room=room)
    assert book(room, patient=old.patient).rebooks_id is None


def test_walk_ins_are_staff_only_and_need_label_and_acuity(room, make_patient, staff):
    with pytest.raises(Forbidden):
        services.booking_create_walk_in(actor=make_patient(), room_id=room.pk, label="x", acuity=2)
    with pytest.raises(Invalid):
        services.booking_create_walk_in(actor=staff, room_id=room.pk, label=" ", acuity=2)
    with pytest.raises(Invalid):
        services.booking_create_walk_in(actor=staff, room_id=room.pk, label="x", acuity=7)
    booking = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Green hat", acuity=3).booking
    assert booking.patient is None
    assert _history(booking) == [("", "initialized"), ("initialized", "confirmed")]
    assert selectors.booking_slot_number(booking) == 1


@pytest.mark.parametrize("acuity", [1, 2])
def test_a_ctas_1_or_2_walk_in_goes_straight_in_even_to_a_full_room(make_room, staff, acuity):
    """Issue 10: CTAS 1 is seen at once, 2 within 15 minutes; the waiting queue would only flag them late."""
    room = make_room(capacity=1)
    services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Queued", acuity=4)
    booking = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Red coat", acuity=acuity).booking
    assert booking.state == BookingState.ARRIVED and booking.arrived_at is not None and booking.deadline is None
    assert _history(booking) == [
        ("", "initialized"),
        ("initialized", "confirmed"),
        ("confirmed", "called"),
        ("called", "arrived"),
    ]
    board = selectors.room_board(room_id=room.pk)
    assert [b.pk for b in board.arrived] == [booking.pk] and booking.pk not in [b.pk for b in board.waiting]


def test_a_called_walk_in_is_not_expired_by_the_sweep_and_shows_no_check_in_time(room, staff, clock, client):
    walk_in = services.booking_create_walk_in(actor=staff, room_id=room.pk, label="Blue scarf", acuity=4).booking
    services.room_call_next(room_id=room.pk, actor=staff)
    clock(room.checkin_window_minutes + 5)
    assert services.bookings_expire_due() == 0
    walk_in.refresh_from_db()
    assert walk_in.state == BookingState.CALLED
    client.force_login(staff)
    board = client.get(f"/er/rooms/{room.pk}/board/").content.decode()
    assert "Blue scarf" in board and "at the desk, called" in board and "overdue" not in board


def test_walk_ins_respect_capacity(make_room, staff):
    room = make_room(capacity=1)
    services.booking_create_walk_in(actor=staff, room_id=room.pk, label="A", acuity=3)
    with pytest.raises(Conflict):
        services.booking_create_walk_in(actor=staff, room_id=room.pk, label="B", acuity=3)


# --- confirm and the queue -----------------------------------------------------------------------
def test_confirm_within_the_window_gives_a_slot(room, book):
    first = book(room, confirm=True)
    second = book(room)
    second = services.booking_confirm(booking_id=second.pk, actor=second.patient)
    assert second.state == BookingState.CONFIRMED
    assert selectors.booking_slot_number(first) == 1
    assert selectors.booking_slot_number(second) == 2
    assert _history(second) == [("", "initialized"), ("initialized", "confirmed")]


def test_confirm_after_the_window_is_refused(room, book):
    booking = book(room)
    shift_clock(room.confirm_window_minutes + 1, booking_ids=[booking.pk])
    with pytest.raises(Conflict) as caught:
        services.booking_confirm(booking_id=booking.pk, actor=booking.patient)
    assert caught.value.code == "confirm_window_passed"


def test_another_patient_cannot_confirm(room, book, make_patient):
    booking = book(room)
    with pytest.raises(NotFound):
        services.booking_confirm(booking_id=booking.pk, actor=make_patient())


def test_queue_order_is_by_acuity_then_time(room, book):
    late_urgent = None
    five = book(room, acuity=5, confirm=True)
    three_a = book(room, acuity=3, confirm=True)
    three_b = book(room, acuity=3, confirm=True)
    late_urgent = book(room, acuity=2, confirm=True)
    resus = book(room, acuity=1, confirm=True)
    order = [booking.pk for booking in selectors.queue_waiting(room=room)]
    assert order == [resus.pk, late_urgent.pk, three_a.pk, three_b.pk, five.pk]
    slots = [booking.slot_number for booking in selectors.queue_waiting(room=room)]
    assert slots == [1, 2, 3, 4, 5]


def test_low_acuity_patients_age_toward_their_ctas_target(room, book):
    """A level-5 patient who has waited past their 120-minute target goes ahead of a newly
    arrived level 2 (whose 15 minutes have not run out) but never ahead of a level 1."""
    five = book(room, acuity=5, confirm=True)
    shift_clock(110, booking_ids=[five.pk])  # waited 110 of 120 minutes: due in 10
    two = book(room, acuity=2, confirm=True)  # due in 15
    four = book(room, acuity=4, confirm=True)  # due in 60
    one = book(room, acuity=1, confirm=True)
    assert [b.pk for b in selectors.queue_waiting(room=room)] == [one.pk, five.pk, two.pk, four.pk]

    fresh = book(room, acuity=5, confirm=True)
    shift_clock(100, booking_ids=[fresh.pk])  # waited 100: due in 20, behind the level 2
    assert [b.pk for b in selectors.queue_waiting(room=room)] == [one.pk, five.pk, two.pk, fresh.pk, four.pk]


def test_nobody_starves_behind_a_stream_of_more_urgent_arrivals(make_room, book, staff):
    """Simulated: a level-4 patient waits while a level-2 patient arrives every 10 minutes
    and one patient is called every 10 minutes. The level 4 is called within its target
    plus one call interval; strict priority would never call them."""
    room = make_room(capacity=200)
    four = book(room, acuity=4, confirm=True)
    called_at_minute = None
    for minute in range(0, 200, 10):
        book(room, acuity=2, confirm=True)
        called = services.room_call_next(room_id=room.pk, actor=staff)
        if called.pk == four.pk:
            called_at_minute = minute
            break
        shift_clock(10)
    assert called_at_minute is not None and called_at_minute <= 60 + 10


def test_a_more_urgent_arrival_moves_others_back_but_time_alone_does_not(room, book):
    three = book(room, acuity=3, confirm=True)
    five = book(room, acuity=5, confirm=True)
    assert selectors.booking_slot_number(five) == 2
    shift_clock(90)  # everyone waits the same: the order does not change by itself
    assert selectors.booking_slot_number(five) == 2
    book(room, acuity=1, confirm=True)
    assert selectors.booking_slot_number(three) == 2
    assert selectors.booking_slot_number(five) == 3


# --- call, check in, complete, no-show, cancel ------------------------------------------------------
def test_call_next_calls_the_head_and_the_slots_count_down(room, book, staff):
    bookings = [book(room, confirm=True) for _ in range(3)]
    called = services.room_call_next(room_id=room.pk, actor=staff)
    assert called.pk == bookings[0].pk
    assert called.state == BookingState.CALLED
    assert called.deadline == called.called_at + dt.timedelta(minutes=room.checkin_window_minutes)
    assert selectors.booking_slot_number(called) == 0
    assert [selectors.booking_slot_number(b) for b in bookings[1:]] == [1, 2]


def test_call_next_on_an_empty_queue_is_a_conflict(room, staff, book):
    book(room)  # initialized is not waiting yet
    with pytest.raises(Conflict) as caught:
        services.room_call_next(room_id=room.pk, actor=staff)
    assert caught.value.code == "queue_empty"


def test_patients_cannot_run_the_queue(room, book):
    booking = book(room, confirm=True)
    with pytest.raises(Forbidden):
        services.room_call_next(room_id=room.pk, actor=booking.patient)
    with pytest.raises(Forbidden):
        services.booking_check_in(booking_id=booking.pk, actor=booking.patient)


def test_check_in_and_complete(booking_in, staff):
    booking = booking_in("called")
    booking = services.booking_check_in(booking_id=booking.pk, actor=staff)
    assert booking.state == BookingState.ARRIVED
    booking = services.booking_complete(booking_id=booking.pk, actor=staff)
    assert booking.state == BookingState.COMPLETED
    assert [row[1] for row in _history(booking)] == ["initialized", "confirmed", "called", "arrived", "completed"]
    actors = set(BookingTransition.objects.filter(booking=booking).values_list("actor_id", flat=True))
    assert actors == {booking.patient_id, staff.pk}


def test_check_in_after_the_deadline_is_refused(booking_in, staff):
    booking = booking_in("called")
    shift_clock(21, booking_ids=[booking.pk])
    with pytest.raises(Conflict) as caught:
        services.booking_check_in(booking_id=booking.pk, actor=staff)
    assert caught.value.code == "checkin_window_passed"


def test_no_show_expires_a_called_booking(booking_in, staff):
    booking = services.booking_mark_no_show(booking_id=booking_in("called").pk, actor=staff, note="not here")
    assert booking.state == BookingState.EXPIRED
    assert booking.end_reason == EndReason.NO_SHOW
    with pytest.raises(Conflict) as caught:
        services.booking_mark_no_show(booking_id=booking_in("confirmed").pk, actor=staff)
    assert caught.value.extra["current_state"] == "confirmed"


@pytest.mark.parametrize("state", ["initialized", "confirmed", "called"])
def test_patient_and_staff_can_cancel_active_bookings_with_a_reason(booking_in, staff, state):
    booking = booking_in(state)
    cancelled = services.booking_cancel(booking_id=booking.pk, actor=booking.patient, reason="feel better")
    assert cancelled.state == BookingState.CANCELLED
    assert cancelled.end_reason == EndReason.CANCELLED_BY_PATIENT
    assert cancelled.end_note == "feel better"
    other = booking_in(state)
    cancelled = services.booking_cancel(booking_id=other.pk, actor=staff, reason="sent to another ER")
    assert cancelled.end_reason == EndReason.CANCELLED_BY_STAFF
    assert BookingTransition.objects.filter(booking=other, to_state="cancelled", actor=staff).exists()


def test_cancel_needs_a_reason(booking_in):
    booking = booking_in("confirmed")
    with pytest.raises(Invalid):
        services.booking_cancel(booking_id=booking.pk, actor=booking.patient, reason="  ")


@pytest.mark.parametrize("state", ["arrived", "completed", "expired"])
def test_ended_bookings_cannot_be_cancelled_and_the_error_names_the_state(booking_in, state):
    booking = booking_in(state)
    with pytest.raises(Conflict) as caught:
        services.booking_cancel(booking_id=booking.pk, actor=booking.patient, reason="x")
    assert caught.value.code == "illegal_transition"
    assert caught.value.extra["current_state"] == state
    assert state in caught.value.message


# --- expiry --------------------------------------------------------------------------------------
def test_sweep_expires_unconfirmed_and_unchecked_in_bookings_only(make_room, booking_in):
    room = make_room(capacity=50)
    initialized = booking_in("initialized", room=room)
    confirmed = booking_in("confirmed", room=room)
    called = booking_in("called", room=make_room())
    arrived = booking_in("arrived", room=make_room())
    shift_clock(15)  # past the 10-minute confirm window, inside the 20-minute check-in window
    assert services.bookings_expire_due() == 1
    shift_clock(10)  # now past the check-in window too
    assert services.bookings_expire_due() == 1
    states = dict(ERBooking.objects.values_list("pk", "state"))
    assert states[initialized.pk] == "expired"
    assert states[called.pk] == "expired"
    assert states[confirmed.pk] == "confirmed"  # waiting in the queue has no deadline
    assert states[arrived.pk] == "arrived"
    initialized.refresh_from_db()
    called.refresh_from_db()
    assert initialized.end_reason == EndReason.NOT_CONFIRMED
    assert called.end_reason == EndReason.CHECKIN_WINDOW_PASSED
    assert _history(called)[-1] == ("called", "expired")
    assert BookingTransition.objects.get(booking=called, to_state="expired").actor is None


def test_sweep_is_idempotent_and_expires_exactly_once(room, book):
    bookings = [book(room) for _ in range(5)]
    shift_clock(30)
    assert services.bookings_expire_due(batch_size=2) == 5  # three batches
    assert services.bookings_expire_due() == 0
    for booking in bookings:
        assert BookingTransition.objects.filter(booking=booking, to_state="expired").count() == 1
    ids = [booking.pk for booking in bookings]
    assert services.notices_send(booking_ids=ids, kind=NoticeKind.EXPIRED) == 5
    assert services.notices_send(booking_ids=ids, kind=NoticeKind.EXPIRED) == 0
    for booking in bookings:
        assert ERNotice.objects.filter(booking=booking, kind=NoticeKind.EXPIRED, sent_at__isnull=False).count() == 1


def test_an_expiry_email_lost_with_its_message_is_sent_by_the_recovery_pass(room, book, mailoutbox):
    booking = book(room)
    shift_clock(30)
    services.bookings_expire_due()  # its task message is lost (never executed here)
    assert services.notices_send_pending(older_than_seconds=0) == 1
    assert services.notices_send_pending(older_than_seconds=0) == 0
    assert [message.to for message in mailoutbox] == [[booking.patient.email]]


def test_a_late_sweep_gives_the_same_result_as_a_punctual_one(room, book):
    due = book(room)
    shift_clock(11, booking_ids=[due.pk])
    not_due = book(room)
    shift_clock(5, booking_ids=[not_due.pk])
    # A sweep that runs an hour late: `as_of` is what it would have seen on time.
    on_time = timezone.now()
    assert services.bookings_expire_due(as_of=on_time) == 1
    assert set(ERBooking.objects.filter(state="expired").values_list("pk", flat=True)) == {due.pk}


# --- estimate ---------------------------------------------------------------------------------------
def test_estimate_falls_back_to_the_configured_time_then_learns_from_calls(make_room, book, staff):
    room = make_room(average_service_minutes=20, capacity=50)
    bookings = [book(room, confirm=True) for _ in range(6)]
    assert selectors.booking_position(bookings[2]).estimated_wait_text == "about 60 minutes"
    for _ in range(4):
        shift_clock(5)
        services.room_call_next(room_id=room.pk, actor=staff)
    room.refresh_from_db()
    # 20 -> 0.3*5 + 0.7*20 = 15.5 -> 12.35 -> 10.1 -> 8.6 (calls every 5 minutes)
    assert room.calls_observed == 4
    assert room.call_interval_ewma_minutes == pytest.approx(8.6, abs=0.1)
    waiting = selectors.booking_visible_to(user=staff, booking_id=bookings[5].pk)
    position = selectors.booking_position(waiting)
    assert position.slot_number == 2
    assert position.estimated_wait_minutes == 18  # ceil(2 * 8.6)
    assert position.estimated_wait_text == "about 20 minutes"


def test_estimate_forgets_a_stale_rate(make_room):
    room = make_room(average_service_minutes=20)
    room.call_interval_ewma_minutes = 4
    room.last_call_at = timezone.now() - dt.timedelta(hours=5)
    assert room.minutes_per_call() == 20
    room.last_call_at = timezone.now()
    assert room.minutes_per_call() == 4


def test_wait_text():
    assert policy.wait_text(0) == "now"
    assert policy.wait_text(1) == "about 1 minute"
    assert policy.wait_text(7) == "about 7 minutes"
    assert policy.wait_text(23) == "about 25 minutes"
    assert policy.wait_text(150) == "about 2.5 hours"


def test_recommendation_is_accepting_rooms_with_room_shortest_wait_first(make_room, book):
    slow = make_room(average_service_minutes=40)
    fast = make_room(average_service_minutes=5)
    full = make_room(capacity=1, average_service_minutes=1)
    book(full)
    make_room(accepting=False, average_service_minutes=1)
    assert [room.pk for room in selectors.rooms_recommended(limit=None)] == [fast.pk, slow.pk]


# --- notices ----------------------------------------------------------------------------------------
def test_notices_are_written_with_the_transition_and_sent_once(
    make_room, book, staff, django_capture_on_commit_callbacks, mailoutbox, settings
):
    settings.ER_NEAR_FRONT_SLOTS = 2
    room = make_room()
    with django_capture_on_commit_callbacks(execute=False):
        first = book(room, confirm=True)
        second = book(room, confirm=True)
        third = book(room, confirm=True)
        services.room_call_next(room_id=room.pk, actor=staff)
    kinds = set(ERNotice.objects.values_list("booking_id", "kind"))
    assert kinds == {
        (first.pk, "near_front"),
        (second.pk, "near_front"),
        (first.pk, "called"),
        (third.pk, "near_front"),
    }
    assert services.notices_send(booking_ids=[first.pk], kind=NoticeKind.CALLED) == 1
    assert services.notices_send(booking_ids=[first.pk], kind=NoticeKind.CALLED) == 0  # once only
    assert len(mailoutbox) == 1
    called = ERBooking.objects.get(pk=first.pk)
    assert mailoutbox[0].to == [first.patient.email]
    assert f"arrive by {timezone.localtime(called.deadline):%H:%M}" in mailoutbox[0].body
    # The near-front warning for someone already called is closed without an email.
    assert services.notices_send(booking_ids=[first.pk], kind=NoticeKind.NEAR_FRONT) == 0
    assert services.notices_send(booking_ids=[second.pk, third.pk], kind=NoticeKind.NEAR_FRONT) == 2
    assert ERNotice.objects.filter(sent_at__isnull=True).count() == 0


def test_commit_enqueues_the_send_and_pending_notices_are_retried(
    room, booking_in, staff, django_capture_on_commit_callbacks, mailoutbox, monkeypatch
):
    from healthsvc import tasking

    published = []
    monkeypatch.setattr(tasking, "publish", lambda task, *args, **kwargs: published.append((task.name, args)))
    booking = booking_in("called", room=room)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_mark_no_show(booking_id=booking.pk, actor=staff)
    assert ("er_queue.tasks.send_notices_task", ([booking.pk], "expired")) in published
    # The broker lost it: the sweep's retry pass sends it.
    assert services.notices_send_pending(older_than_seconds=0) >= 1
    assert any("expired" in message.subject for message in mailoutbox)


def test_walk_ins_get_no_notices(room, staff):
    services.booking_create_walk_in(actor=staff, room_id=room.pk, label="A", acuity=3)
    services.room_call_next(room_id=room.pk, actor=staff)
    assert not ERNotice.objects.exists()
