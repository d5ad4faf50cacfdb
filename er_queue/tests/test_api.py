"""The ER queue REST API: shapes, permissions, errors, every transition endpoint from every state."""

from __future__ import annotations

import pytest

from er_queue import services
from er_queue.choices import BookingState
from er_queue.models import ERBooking

pytestmark = pytest.mark.django_db

API = "/api/v1/er"


# --- rooms ---------------------------------------------------------------------------------------
def test_rooms_list_shows_capacity_load_and_estimate(
    make_room, book, client_for, patient, django_assert_max_num_queries
):
    room = make_room(capacity=4, average_service_minutes=10, region="North")
    book(room, confirm=True)
    book(room)
    for _ in range(5):
        book(make_room(region="South"), confirm=True)
    client = client_for(patient)
    with django_assert_max_num_queries(4):
        response = client.get(f"{API}/rooms/")
    assert response.status_code == 200
    assert response.json()["count"] == 6
    body = next(item for item in response.json()["results"] if item["id"] == room.pk)
    assert body["accepting"] is True
    assert body["capacity"] == 4
    assert body["active_count"] == 2
    assert body["waiting_count"] == 1
    assert body["free_places"] == 2
    assert body["estimated_wait_minutes"] == 20  # two turns of 10 minutes for someone joining now
    assert body["estimated_wait_text"] == "about 20 minutes"
    north = client.get(f"{API}/rooms/", {"region": "north"}).json()
    assert [item["id"] for item in north["results"]] == [room.pk]


def test_recommended_rooms(make_room, client_for, patient):
    slow = make_room(average_service_minutes=30)
    fast = make_room(average_service_minutes=5)
    make_room(accepting=False)
    response = client_for(patient).get(f"{API}/rooms/recommended/")
    assert [item["id"] for item in response.json()] == [fast.pk, slow.pk]


def test_rooms_need_authentication(api_client, room):
    response = api_client.get(f"{API}/rooms/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_staff_set_capacity_pause_and_resume(room, staff, patient, client_for):
    client = client_for(staff)
    response = client.patch(f"{API}/rooms/{room.pk}/", {"capacity": 2})
    assert response.status_code == 200 and response.json()["capacity"] == 2
    assert client.patch(f"{API}/rooms/{room.pk}/", {"capacity": -1}).status_code == 400
    response = client.post(f"{API}/rooms/{room.pk}/pause/", {"note": "Flooding"})
    assert response.json()["accepting"] is False and response.json()["intake_note"] == "Flooding"
    assert client.post(f"{API}/rooms/{room.pk}/resume/").json()["accepting"] is True
    patient_client = client_for(patient)
    for method, path in [
        ("patch", f"/rooms/{room.pk}/"),
        ("post", f"/rooms/{room.pk}/pause/"),
        ("post", f"/rooms/{room.pk}/resume/"),
        ("post", f"/rooms/{room.pk}/call-next/"),
        ("get", f"/rooms/{room.pk}/queue/"),
    ]:
        response = getattr(patient_client, method)(API + path, {"capacity": 1} if method == "patch" else None)
        assert response.status_code == 403, path
        assert response.json()["error"]["code"] == "permission_denied"


def test_unknown_room_is_404_in_the_error_shape(client_for, staff):
    response = client_for(staff).post(f"{API}/rooms/999999/call-next/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "room_not_found"


# --- booking -------------------------------------------------------------------------------------
def test_book_then_replay_with_the_same_key(room, make_patient, make_triage, client_for):
    patient = make_patient()
    record = make_triage(patient, acuity=3)
    client = client_for(patient)
    payload = {"room": room.pk, "triage_record": record.pk}
    response = client.post(f"{API}/bookings/", payload, HTTP_IDEMPOTENCY_KEY="abc-1")
    assert response.status_code == 201
    body = response.json()
    assert response["Location"] == f"{API}/bookings/{body['id']}/"
    assert body["state"] == "initialized"
    assert body["priority"] == 3
    assert body["confirm_by"] is not None
    assert body["slot_number"] is None
    assert "patient" not in body  # patients do not get the staff fields
    again = client.post(f"{API}/bookings/", payload, HTTP_IDEMPOTENCY_KEY="abc-1")
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    bad_key = client.post(f"{API}/bookings/", payload, HTTP_IDEMPOTENCY_KEY="not a key!")
    assert bad_key.status_code == 400


def test_full_room_409_lists_alternatives(make_room, book, make_patient, make_triage, client_for):
    full = make_room(capacity=1, region="R")
    other = make_room(region="R")
    book(full)
    patient = make_patient()
    response = client_for(patient).post(f"{API}/bookings/", {"room": full.pk, "triage_record": make_triage(patient).pk})
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "room_full"
    assert error["alternatives"][0]["id"] == other.pk
    assert set(error["alternatives"][0]) == {
        "id",
        "name",
        "address",
        "region",
        "free_places",
        "estimated_wait_minutes",
        "estimated_wait_text",
    }


def test_ineligible_triage_409_says_why(room, make_patient, make_triage, client_for):
    patient = make_patient()
    record = make_triage(patient, disposition="self_care", acuity=5)
    response = client_for(patient).post(f"{API}/bookings/", {"room": room.pk, "triage_record": record.pk})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "triage_not_eligible"
    assert "only an emergency or urgent result can book" in response.json()["error"]["message"].lower()


def test_invalid_input_is_400_with_fields(client_for, patient):
    response = client_for(patient).post(f"{API}/bookings/", {"room": "x"})
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) >= {"room"}
    response = client_for(patient).post(f"{API}/bookings/", {"room": 1})
    assert response.json()["error"]["fields"] == {"triage_record": ["This field is required."]}


def test_walk_ins_through_the_api(room, staff, patient, client_for):
    payload = {"room": room.pk, "walk_in_label": "Blue coat", "acuity": 3}
    response = client_for(staff).post(f"{API}/bookings/", payload)
    assert response.status_code == 201
    body = response.json()
    assert body["state"] == "confirmed" and body["slot_number"] == 1
    assert body["is_walk_in"] is True and body["walk_in_label"] == "Blue coat" and body["patient"] is None
    assert client_for(patient).post(f"{API}/bookings/", payload).status_code == 403
    assert client_for(staff).post(f"{API}/bookings/", {"room": room.pk, "walk_in_label": "x"}).status_code == 400


# --- reading a booking ---------------------------------------------------------------------------
def test_position_read_by_the_patient(room, book, client_for, staff, django_assert_max_num_queries):
    bookings = [book(room, confirm=True) for _ in range(3)]
    client = client_for(bookings[2].patient)
    url = f"{API}/bookings/{bookings[2].pk}/"
    with django_assert_max_num_queries(3):  # token and user, booking and room, slot
        response = client.get(url)
    body = response.json()
    assert body["slot_number"] == 3
    assert body["estimated_wait_text"] == "about 45 minutes"
    assert body["near_front"] is True
    assert body["message"].startswith("2 patients are ahead of you.")
    services.room_call_next(room_id=room.pk, actor=staff)
    services.room_call_next(room_id=room.pk, actor=staff)
    assert client.get(url).json()["slot_number"] == 1
    services.room_call_next(room_id=room.pk, actor=staff)
    body = client.get(url).json()
    assert body["slot_number"] == 0
    assert body["state"] == "called"
    assert body["checkin_by"] is not None
    assert body["message"].startswith("It is your turn: arrive by ")


def test_another_patients_booking_is_404(room, book, client_for, make_patient):
    booking = book(room)
    other = client_for(make_patient())
    for method, path in [
        ("get", ""),
        ("get", "history/"),
        ("post", "confirm/"),
        ("post", "cancel/"),
    ]:
        response = getattr(other, method)(f"{API}/bookings/{booking.pk}/{path}", {"reason": "x"})
        assert response.status_code == 404, path
        assert response.json()["error"]["code"] == "booking_not_found"


def test_staff_see_who_the_patient_is_and_the_read_is_audited(room, book, client_for, staff):
    from healthsvc.models import AuditEvent

    booking = book(room)
    client = client_for(staff)
    body = client.get(f"{API}/bookings/{booking.pk}/").json()
    assert body["patient"] == {"id": booking.patient_id, "name": "Pat Example"}
    client.get(f"{API}/bookings/{booking.pk}/")  # a second read within the window is not audited again
    reads = AuditEvent.objects.filter(action="read", object_type="er_booking", actor=staff)
    assert list(reads.values_list("object_id", "patient_id")) == [(str(booking.pk), booking.patient_id)]


def test_booking_lists_are_own_or_all_for_staff_with_bounded_queries(
    make_room, book, client_for, staff, django_assert_max_num_queries
):
    room = make_room(capacity=50)
    mine = book(room, confirm=True)
    for _ in range(15):
        book(room, confirm=True)
    services.room_call_next(room_id=room.pk, actor=staff)
    response = client_for(mine.patient).get(f"{API}/bookings/")
    assert [item["id"] for item in response.json()["results"]] == [mine.pk]
    client = client_for(staff)
    client.get(f"{API}/bookings/")  # warm the permission cache of the token's user
    with django_assert_max_num_queries(9):
        response = client.get(f"{API}/bookings/", {"room": room.pk, "page_size": 50})
    results = response.json()["results"]
    assert len(results) == 16
    slots = sorted(item["slot_number"] for item in results)
    assert slots == list(range(16))  # one called (0), fifteen waiting (1..15)
    states = client.get(f"{API}/bookings/", {"state": "called"}).json()["results"]
    assert [item["id"] for item in states] == [mine.pk]


def test_history(room, booking_in, client_for):
    booking = booking_in("arrived", room=room)
    response = client_for(booking.patient).get(f"{API}/bookings/{booking.pk}/history/")
    rows = response.json()
    assert [(row["from_state"], row["to_state"]) for row in rows] == [
        ("", "initialized"),
        ("initialized", "confirmed"),
        ("confirmed", "called"),
        ("called", "arrived"),
    ]
    assert rows[2]["actor"] == "Desk Person"


# --- every transition endpoint from every state ----------------------------------------------
ACTIONS = {
    # endpoint: (who calls it, body, the states it is allowed from, the resulting state)
    "confirm": ("patient", None, {"initialized"}, "confirmed"),
    "check-in": ("staff", None, {"called"}, "arrived"),
    "complete": ("staff", None, {"arrived"}, "completed"),
    "no-show": ("staff", {"note": "not here"}, {"called"}, "expired"),
    "cancel": ("patient", {"reason": "feel better"}, {"initialized", "confirmed", "called"}, "cancelled"),
}
CASES = [(action, state) for action in ACTIONS for state in BookingState.values]
# Asking for a transition that has already happened is answered 200 with the booking as it is.
# ("no-show" from `expired` stays 409 here: that booking expired unconfirmed, a different transition.)
REPEATS = {("confirm", "confirmed"), ("check-in", "arrived"), ("complete", "completed"), ("cancel", "cancelled")}


@pytest.mark.parametrize(("action", "state"), CASES, ids=[f"{a}-from-{s}" for a, s in CASES])
def test_transition_endpoints_from_every_state(booking_in, client_for, staff, action, state):
    who, body, allowed, target = ACTIONS[action]
    booking = booking_in(state)
    client = client_for(booking.patient if who == "patient" else staff)
    response = client.post(f"{API}/bookings/{booking.pk}/{action}/", body)
    if state in allowed or (action, state) in REPEATS:
        assert response.status_code == 200, response.json()
        assert response.json()["state"] == target
    else:
        assert response.status_code == 409
        error = response.json()["error"]
        assert error["code"] == "illegal_transition"
        assert error["current_state"] == state
        assert state in error["message"]
        assert ERBooking.objects.get(pk=booking.pk).state == state


@pytest.mark.parametrize("action", ["check-in", "complete", "no-show"])
def test_patients_cannot_use_staff_transitions(booking_in, client_for, action):
    booking = booking_in("called")
    response = client_for(booking.patient).post(f"{API}/bookings/{booking.pk}/{action}/")
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("action", "start", "target", "different"),
    [
        ("confirm", "initialized", "confirmed", "check-in"),
        ("check-in", "called", "arrived", "confirm"),
        ("complete", "arrived", "completed", "check-in"),
        ("no-show", "called", "expired", "confirm"),
        ("cancel", "confirmed", "cancelled", "confirm"),
    ],
)
def test_a_retry_after_a_lost_response_answers_200_with_one_history_row(
    booking_in, client_for, staff, action, start, target, different
):
    def post(name):
        who, body, _allowed, _target = ACTIONS[name]
        client = client_for(booking.patient if who == "patient" else staff)
        return client.post(f"{API}/bookings/{booking.pk}/{name}/", body)

    booking = booking_in(start)
    post(action)  # its response is lost on the way back
    retry = post(action)
    assert retry.status_code == 200, retry.content
    assert retry.json()["state"] == target
    assert booking.transitions.filter(to_state=target).count() == 1
    refused = post(different)  # a different transition is still refused
    assert refused.status_code == 409
    assert refused.json()["error"]["current_state"] == target


def test_staff_can_cancel_and_confirm_for_a_patient(booking_in, client_for, staff):
    booking = booking_in("initialized")
    assert client_for(staff).post(f"{API}/bookings/{booking.pk}/confirm/").json()["state"] == "confirmed"
    response = client_for(staff).post(f"{API}/bookings/{booking.pk}/cancel/", {"reason": "duplicate"})
    assert response.json()["end_reason"] == "cancelled_by_staff"


def test_cancel_requires_a_reason(booking_in, client_for):
    booking = booking_in("confirmed")
    response = client_for(booking.patient).post(f"{API}/bookings/{booking.pk}/cancel/", {})
    assert response.status_code == 400
    assert "reason" in response.json()["error"]["fields"]


def test_call_next_and_the_queue_board(make_room, book, client_for, staff):
    room = make_room()
    first = book(room, confirm=True, acuity=3)
    second = book(room, confirm=True, acuity=2)
    client = client_for(staff)
    response = client.post(f"{API}/rooms/{room.pk}/call-next/")
    assert response.status_code == 200
    assert response.json()["id"] == second.pk and response.json()["slot_number"] == 0
    board = client.get(f"{API}/rooms/{room.pk}/queue/").json()
    assert [row["id"] for row in board["waiting"]] == [first.pk]
    assert board["waiting"][0]["slot_number"] == 1
    assert [row["id"] for row in board["called"]] == [second.pk]
    client.post(f"{API}/rooms/{room.pk}/call-next/")
    response = client.post(f"{API}/rooms/{room.pk}/call-next/")
    assert response.status_code == 409 and response.json()["error"]["code"] == "queue_empty"


def test_now_calling_is_public_and_shows_references_only(room, booking_in, api_client):
    booking = booking_in("called", room=room)
    response = api_client.get(f"{API}/rooms/{room.pk}/now-calling/")
    assert response.status_code == 200
    assert response.json() == {"room": room.name, "references": [booking.reference]}
    assert "Pat" not in response.content.decode()


def test_the_schema_documents_every_er_endpoint(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = response.content.decode()
    for path in [
        "/api/v1/er/rooms/",
        "/api/v1/er/rooms/{room_id}/call-next/",
        "/api/v1/er/rooms/{room_id}/pause/",
        "/api/v1/er/bookings/",
        "/api/v1/er/bookings/{booking_id}/",
        "/api/v1/er/bookings/{booking_id}/check-in/",
        "/api/v1/er/bookings/{booking_id}/no-show/",
        "/api/v1/er/bookings/{booking_id}/cancel/",
    ]:
        assert path in schema, path
