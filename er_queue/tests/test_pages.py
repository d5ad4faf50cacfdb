"""The ER pages, server side: who may see them, what they show, and that every button works."""

from __future__ import annotations

import re

import pytest

from er_queue import services
from er_queue.models import ERBooking
from er_queue.tests.conftest import shift_clock

pytestmark = pytest.mark.django_db


def test_pages_need_sign_in(client, room):
    for path in ["/er/", "/er/book/", "/er/rooms/", f"/er/rooms/{room.pk}/board/"]:
        response = client.get(path)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], path


def test_patient_home_goes_to_the_active_booking(client, room, book):
    booking = book(room)
    client.force_login(booking.patient)
    assert client.get("/er/")["Location"] == f"/er/bookings/{booking.pk}/"


def test_book_page_recommends_and_books(client, make_room, make_patient, make_triage):
    slow = make_room(name="Slow ER", average_service_minutes=30)
    fast = make_room(name="Fast ER", average_service_minutes=5)
    make_room(name="Paused ER", accepting=False, intake_note="Flooded")
    patient = make_patient()
    record = make_triage(patient)
    client.force_login(patient)
    html = client.get(f"/er/book/?record={record.pk}").content.decode()
    assert html.index("Fast ER") < html.index("Slow ER")
    assert "about 5 minutes" in html
    assert "Flooded" in html
    response = client.post("/er/book/", {"room": fast.pk, "triage": record.pk, "idempotency_key": "form-1"})
    booking = ERBooking.objects.get(patient=patient)
    assert response["Location"] == f"/er/bookings/{booking.pk}/"
    assert booking.room == fast
    assert slow.bookings.count() == 0


def test_book_page_shows_why_a_booking_is_refused(client, make_room, book, make_patient, make_triage):
    full = make_room(capacity=1)
    book(full)
    patient = make_patient()
    record = make_triage(patient)
    client.force_login(patient)
    response = client.post("/er/book/", {"room": full.pk, "triage": record.pk})
    assert response.status_code == 409
    assert "is full" in response.content.decode()


def test_booking_page_shows_the_live_position(client, room, book):
    booking = book(room, confirm=True)
    client.force_login(booking.patient)
    html = client.get(f"/er/bookings/{booking.pk}/").content.decode()
    assert booking.reference in html
    assert 'id="slot-number"' in html and ">1<" in html
    assert "You are next." in html
    assert f'data-booking-url="/api/v1/er/bookings/{booking.pk}/"' in html
    assert "booking.js" in html


def test_booking_page_of_another_patient_is_404(client, room, book, make_patient):
    booking = book(room)
    client.force_login(make_patient())
    assert client.get(f"/er/bookings/{booking.pk}/").status_code == 404
    assert client.post(f"/er/bookings/{booking.pk}/confirm/").status_code == 404


def test_patient_confirms_and_cancels_with_buttons(client, room, book):
    booking = book(room)
    client.force_login(booking.patient)
    client.post(f"/er/bookings/{booking.pk}/confirm/")
    assert ERBooking.objects.get(pk=booking.pk).state == "confirmed"
    client.post(f"/er/bookings/{booking.pk}/cancel/", {"reason": "other", "other": "A friend drove me elsewhere"})
    booking = ERBooking.objects.get(pk=booking.pk)
    assert booking.state == "cancelled"
    assert booking.end_note == "A friend drove me elsewhere"
    html = client.get(f"/er/bookings/{booking.pk}/").content.decode()
    assert "Book again" in html and f"/er/book/?record={booking.triage_record_id}" in html


def test_illegal_button_press_shows_a_message(client, room, book):
    booking = book(room)
    shift_clock(11, booking_ids=[booking.pk])
    client.force_login(booking.patient)
    response = client.post(f"/er/bookings/{booking.pk}/confirm/", follow=True)
    assert "time to confirm this booking has passed" in response.content.decode()


def test_staff_pages_are_staff_only(client, room, patient):
    client.force_login(patient)
    assert client.get("/er/rooms/").status_code == 403
    assert client.get(f"/er/rooms/{room.pk}/board/").status_code == 403
    assert client.get(f"/er/rooms/{room.pk}/board/partial/").status_code == 403
    assert client.post(f"/er/rooms/{room.pk}/call-next/").status_code == 403


def test_the_board_in_order_with_highlights_and_buttons(client, make_room, book, staff):
    room = make_room(capacity=20)
    late = book(room, acuity=4, confirm=True)
    shift_clock(75, booking_ids=[late.pk])  # over its 60-minute target
    urgent = book(room, acuity=2, confirm=True)
    called = book(room, acuity=1, confirm=True)
    services.room_call_next(room_id=room.pk, actor=staff)
    shift_clock(25, booking_ids=[called.pk])  # past the 20-minute check-in window
    client.force_login(staff)
    html = client.get(f"/er/rooms/{room.pk}/board/").content.decode()
    waiting = html[html.index("<h2>Waiting</h2>") : html.index("<h2>Called</h2>")]
    assert waiting.index(late.reference) < waiting.index(urgent.reference)
    assert 'class="over-target"' in waiting and "over target" in waiting
    called_part = html[html.index("<h2>Called</h2>") : html.index("<h2>Arrived</h2>")]
    assert called.reference in called_part and "overdue" in called_part
    for button in ["Call next", "Check in", "Mark no-show", "Cancel booking", "Add walk-in", "Pause intake"]:
        assert button in html, button
    # Issue 10, item 5: ending actions behind a disclosure with a confirmation; CTAS colour never alone.
    assert called_part.count('<details class="end-actions">') == called_part.count("Mark no-show")
    assert "They have left: mark a no-show before the check-in time" not in called_part  # overdue: plain confirm
    assert re.search(r'class="badge acuity-\d">CTAS \d · (Resuscitation|Emergent|Urgent|Less urgent|Non-urgent)<', html)
    partial = client.get(f"/er/rooms/{room.pk}/board/partial/").content.decode()
    assert "<html" not in partial and late.reference in partial


def test_board_buttons_run_the_queue(client, room, book, staff):
    booking = book(room, confirm=True)
    client.force_login(staff)
    board = f"/er/rooms/{room.pk}/board/"
    assert client.post(f"/er/rooms/{room.pk}/call-next/", {"next": board})["Location"] == board
    assert ERBooking.objects.get(pk=booking.pk).state == "called"
    client.post(f"/er/bookings/{booking.pk}/check-in/", {"next": board})
    client.post(f"/er/bookings/{booking.pk}/complete/", {"next": board})
    assert ERBooking.objects.get(pk=booking.pk).state == "completed"
    client.post(f"/er/rooms/{room.pk}/walk-in/", {"walk_in_label": "Yellow jacket", "acuity": 3})
    walk_in = ERBooking.objects.get(walk_in_label="Yellow jacket")
    assert walk_in.state == "confirmed"
    client.post(f"/er/rooms/{room.pk}/call-next/")
    # Before the check-in deadline a no-show needs the box that names the deadline (undo stays available).
    refused = client.post(f"/er/bookings/{walk_in.pk}/no-show/", follow=True)
    assert ERBooking.objects.get(pk=walk_in.pk).state == "called"
    assert "The check-in window is open until" in refused.content.decode()
    client.post(f"/er/bookings/{walk_in.pk}/no-show/", {"confirm_before_deadline": "on"})
    assert ERBooking.objects.get(pk=walk_in.pk).state == "expired"
    client.post(f"/er/rooms/{room.pk}/pause/", {"note": "Full"})
    room.refresh_from_db()
    assert not room.accepting and room.intake_note == "Full"
    client.post(f"/er/rooms/{room.pk}/resume/")
    room.refresh_from_db()
    assert room.accepting
    response = client.post(f"/er/rooms/{room.pk}/call-next/", follow=True)
    assert "Nobody is waiting" in response.content.decode()


def test_staff_cancel_from_the_board(client, room, book, staff):
    booking = book(room, confirm=True)
    client.force_login(staff)
    client.post(f"/er/bookings/{booking.pk}/cancel/", {"reason": "Sent to another service"})
    booking = ERBooking.objects.get(pk=booking.pk)
    assert booking.state == "cancelled" and booking.end_reason == "cancelled_by_staff"


def test_now_calling_is_public_with_references_only(client, room, booking_in):
    booking = booking_in("called", room=room)
    html = client.get(f"/er/rooms/{room.pk}/now-calling/").content.decode()
    assert booking.reference in html
    assert "Pat Example" not in html
    assert booking.reference in client.get(f"/er/rooms/{room.pk}/now-calling/partial/").content.decode()


def test_unsafe_next_is_ignored(client, room, book, staff):
    booking = book(room, confirm=True)
    client.force_login(staff)
    response = client.post(f"/er/rooms/{room.pk}/call-next/", {"next": "https://evil.example/"})
    assert response["Location"] == f"/er/rooms/{room.pk}/board/"
    assert ERBooking.objects.get(pk=booking.pk).state == "called"
