"""The admin: rooms, bookings and history are browsable; actions go through the services."""

from __future__ import annotations

import pytest

from er_queue.models import BookingTransition, EmergencyRoom, ERBooking
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_for(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


def test_lists_open_for_er_staff(admin_client_for, staff, booking_in):
    booking = booking_in("arrived")
    client = admin_client_for(staff)
    for path in [
        "/admin/er_queue/emergencyroom/",
        "/admin/er_queue/erbooking/",
        f"/admin/er_queue/erbooking/{booking.pk}/change/",
        "/admin/er_queue/bookingtransition/",
        "/admin/er_queue/ernotice/",
    ]:
        assert client.get(path).status_code == 200, path
    page = client.get(f"/admin/er_queue/erbooking/{booking.pk}/change/").content.decode()
    assert 'name="_save"' not in page  # read-only: no raw edits of a booking
    assert client.get("/admin/er_queue/erbooking/add/").status_code == 403


def test_booking_actions_use_the_services(admin_client_for, staff, booking_in):
    called = booking_in("called")
    waiting = booking_in("confirmed")
    client = admin_client_for(staff)
    response = client.post(
        "/admin/er_queue/erbooking/",
        {"action": "check_in", "_selected_action": [called.pk, waiting.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "Checked in: 1." in html
    assert "cannot be checked in" in html
    assert ERBooking.objects.get(pk=called.pk).state == "arrived"
    assert BookingTransition.objects.filter(booking=called, to_state="arrived", actor=staff).exists()
    client.post("/admin/er_queue/erbooking/", {"action": "cancel", "_selected_action": [waiting.pk]})
    assert ERBooking.objects.get(pk=waiting.pk).end_reason == "cancelled_by_staff"
    response = client.post(
        "/admin/er_queue/erbooking/", {"action": "undo", "_selected_action": [called.pk, waiting.pk]}, follow=True
    )
    assert "Undone: 1." in response.content.decode()  # the check-in; a cancellation has no undo
    assert ERBooking.objects.get(pk=called.pk).state == "called"
    assert ERBooking.objects.get(pk=waiting.pk).state == "cancelled"


def test_room_edit_goes_through_the_service_and_is_audited(admin_client_for, make_user, room):
    admin_user = make_user("admin", is_superuser=True)
    client = admin_client_for(admin_user)
    page = client.get(f"/admin/er_queue/emergencyroom/{room.pk}/change/")
    assert page.status_code == 200
    data = {
        "name": room.name,
        "address": room.address,
        "region": room.region,
        "accepting": "",
        "intake_note": "Closed for cleaning",
        "capacity": 3,
        "confirm_window_minutes": room.confirm_window_minutes,
        "checkin_window_minutes": room.checkin_window_minutes,
        "average_service_minutes": room.average_service_minutes,
    }
    response = client.post(f"/admin/er_queue/emergencyroom/{room.pk}/change/", data)
    assert response.status_code == 302
    room.refresh_from_db()
    assert room.capacity == 3 and not room.accepting and room.intake_note == "Closed for cleaning"
    assert set(AuditEvent.objects.values_list("action", flat=True)) >= {"er_room_update", "er_intake_pause"}
    data.update(name="Brand New ER", accepting="on", intake_note="")
    client.post("/admin/er_queue/emergencyroom/add/", data)
    assert EmergencyRoom.objects.filter(name="Brand New ER", capacity=3).exists()


def test_room_actions(admin_client_for, staff, room, book):
    booking = book(room, confirm=True)
    client = admin_client_for(staff)
    client.post("/admin/er_queue/emergencyroom/", {"action": "call_next", "_selected_action": [room.pk]})
    assert ERBooking.objects.get(pk=booking.pk).state == "called"
    client.post("/admin/er_queue/emergencyroom/", {"action": "pause_intake", "_selected_action": [room.pk]})
    assert not EmergencyRoom.objects.get(pk=room.pk).accepting


def test_actions_need_the_operate_permission(admin_client_for, make_user, booking_in):
    from django.contrib.auth.models import Permission

    viewer = make_user("nurse")  # staff who may read bookings in the admin but not run the queue
    viewer.user_permissions.add(Permission.objects.get(codename="view_erbooking"))
    called = booking_in("called")
    client = admin_client_for(viewer)
    page = client.get("/admin/er_queue/erbooking/").content.decode()
    assert 'value="check_in"' not in page and 'value="undo"' not in page
    client.post("/admin/er_queue/erbooking/", {"action": "check_in", "_selected_action": [called.pk]})
    assert ERBooking.objects.get(pk=called.pk).state == "called"
