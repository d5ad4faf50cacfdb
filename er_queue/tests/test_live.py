"""Live streams over real HTTP: uvicorn serving healthsvc.asgi in a thread, real Redis pub/sub, real PostgreSQL.

Who hears what (the REST reads' rules), what a change costs, resuming with Last-Event-ID, and the 503s that
send pages back to polling.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from er_queue import selectors, services
from er_queue.live.channel import rooms_publish
from er_queue.live.snapshot import room_snapshot, snapshot_entry
from er_queue.models import ERBooking

pytestmark = pytest.mark.django_db(transaction=True)


def session_cookie(client, user) -> str:
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


class Stream:
    """A server-sent event stream read line by line, with a timeout per event."""

    def __init__(self, address: str, path: str, *, cookie: str = "", last_event_id: str = ""):
        host, port = address.split(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=10)
        headers = {"Accept": "text/event-stream"}
        if cookie:
            headers["Cookie"] = cookie
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        self.connection.request("GET", path, headers=headers)
        self.response = self.connection.getresponse()
        self.status = self.response.status

    def json(self) -> dict:
        return json.loads(self.response.read())

    def next_event(self) -> dict:
        """The next event (skipping the retry line and heartbeats) as {"id", "event", "data"}."""
        event: dict = {}
        while True:
            line = self.response.readline().decode()
            assert line, "the stream ended"
            line = line.rstrip("\n")
            if not line:
                if "data" in event:
                    return event
                event = {}
                continue
            if line.startswith(":"):
                continue
            name, _, value = line.partition(": ")
            event[name] = json.loads(value) if name == "data" else value

    def ended(self) -> bool:
        return self.response.readline() == b""

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def streams():
    opened: list[Stream] = []

    def _open(*args, **kwargs) -> Stream:
        stream = Stream(*args, **kwargs)
        opened.append(stream)
        return stream

    yield _open
    for stream in opened:
        stream.close()


def test_a_patient_hears_their_place_count_down_to_their_turn(asgi_server, streams, client, make_room, book, staff):
    room = make_room(name="Live ER")
    ahead = [book(room, confirm=True) for _ in range(2)]
    mine = book(room, acuity=3, confirm=True)
    stream = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=session_cookie(client, mine.patient))
    assert stream.status == 200
    assert stream.response.getheader("Content-Type").startswith("text/event-stream")
    first = stream.next_event()
    assert first["event"] == "position"
    assert first["data"]["slot_number"] == 3
    assert first["data"]["message"] == "2 patients are ahead of you."

    before = time.time()
    services.room_call_next(room_id=room.pk, actor=staff)
    second = stream.next_event()
    assert second["data"]["slot_number"] == 2
    assert int(second["id"]) > int(first["id"])
    assert before <= second["data"]["changed_at"] <= time.time()

    services.room_call_next(room_id=room.pk, actor=staff)
    assert stream.next_event()["data"]["message"] == "You are next."
    services.room_call_next(room_id=room.pk, actor=staff)
    turn = stream.next_event()["data"]
    assert (turn["state"], turn["slot_number"]) == ("called", 0)
    assert turn["checkin_by"]
    assert [b.pk for b in ahead]


def test_a_change_that_does_not_move_a_patient_sends_them_nothing(asgi_server, streams, client, make_room, book):
    room = make_room(name="Quiet ER")
    mine = book(room, acuity=2, confirm=True)
    stream = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=session_cookie(client, mine.patient))
    assert stream.next_event()["data"]["slot_number"] == 1
    book(room, acuity=5, confirm=True)  # behind: my place and wait do not change
    services.booking_cancel(booking_id=mine.pk, actor=mine.patient, reason="feeling better")
    final = stream.next_event()
    assert final["data"]["state"] == "cancelled"  # the next event is my own change, not the other's booking
    assert stream.ended()  # an ended booking has nothing more to hear


def test_the_stream_speaks_the_patients_language(asgi_server, streams, client, make_room, book):
    room = make_room(name="Salle bilingue")
    book(room, confirm=True)
    mine = book(room, acuity=3, confirm=True)
    mine.patient.language = "fr"
    mine.patient.save(update_fields=["language"])
    stream = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=session_cookie(client, mine.patient))
    event = stream.next_event()["data"]
    assert event["slot_number"] == 2
    assert event["message"] == "1 patient passe avant vous."


def test_nobody_else_hears_a_patients_booking(asgi_server, streams, client, make_room, book, make_patient):
    room = make_room(name="Private ER")
    mine = book(room, confirm=True)
    other = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=session_cookie(client, make_patient()))
    assert other.status == 404
    assert other.json()["error"]["code"] == "booking_not_found"
    anonymous = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/")
    assert anonymous.status == 404
    missing = streams(asgi_server.address, "/live/er/bookings/999999999/", cookie=session_cookie(client, mine.patient))
    assert missing.status == 404


def test_er_staff_may_watch_a_booking_and_the_read_is_audited(asgi_server, streams, client, make_room, book, staff):
    from healthsvc.models import AuditEvent

    room = make_room(name="Audited ER")
    booking = book(room, confirm=True)
    stream = streams(asgi_server.address, f"/live/er/bookings/{booking.pk}/", cookie=session_cookie(client, staff))
    assert stream.status == 200
    assert stream.next_event()["data"]["slot_number"] == 1
    assert AuditEvent.objects.filter(actor=staff, object_type="er_booking", object_id=str(booking.pk)).exists()


def test_the_board_stream_is_for_er_staff_and_fires_on_every_change(
    asgi_server, streams, client, make_room, book, staff, make_patient
):
    room = make_room(name="Board stream ER")
    patient_stream = streams(
        asgi_server.address, f"/live/er/rooms/{room.pk}/board/", cookie=session_cookie(client, make_patient())
    )
    assert patient_stream.status == 403
    board = streams(asgi_server.address, f"/live/er/rooms/{room.pk}/board/", cookie=session_cookie(client, staff))
    assert board.status == 200
    first = board.next_event()
    assert first["event"] == "queue"
    booking = book(room)  # a new booking (not yet confirmed) is a change of the board
    second = board.next_event()
    assert second["data"]["version"] > first["data"]["version"]
    services.booking_confirm(booking_id=booking.pk, actor=booking.patient)
    assert board.next_event()["data"]["version"] > second["data"]["version"]
    assert set(second["data"]) == {"room_id", "version", "changed_at"}  # no patient data in the event


def test_the_public_now_calling_stream_carries_references_only(asgi_server, streams, make_room, book, staff):
    room = make_room(name="Screen ER")
    booking = book(room, confirm=True)
    screen = streams(asgi_server.address, f"/live/er/rooms/{room.pk}/now-calling/")
    assert screen.status == 200
    assert screen.next_event()["data"]["references"] == []
    services.room_call_next(room_id=room.pk, actor=staff)
    event = screen.next_event()["data"]
    assert event["references"] == [booking.reference]
    assert set(event) == {"room_id", "version", "references"}
    assert streams(asgi_server.address, "/live/er/rooms/999999999/now-calling/").status == 404


def test_a_reconnect_with_the_current_last_event_id_is_not_sent_it_again(
    asgi_server, streams, client, make_room, book, staff
):
    room = make_room(name="Resume ER")
    book(room, confirm=True)
    mine = book(room, acuity=3, confirm=True)
    cookie = session_cookie(client, mine.patient)
    first = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=cookie).next_event()
    resumed = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=cookie, last_event_id=first["id"])
    services.room_call_next(room_id=room.pk, actor=staff)
    event = resumed.next_event()  # the first event it gets is the change, not the state it already had
    assert event["data"]["slot_number"] == 1
    stale = streams(asgi_server.address, f"/live/er/bookings/{mine.pk}/", cookie=cookie, last_event_id=first["id"])
    assert stale.next_event()["data"]["slot_number"] == 1  # an older id gets the current state at once


def test_a_wsgi_server_answers_503_so_pages_poll(live_server, streams, client, make_room, book):
    """Django's test server speaks WSGI, which cannot hold a stream: the page must be told to poll."""
    room = make_room(name="WSGI ER")
    booking = book(room, confirm=True)
    address = live_server.url.removeprefix("http://")
    stream = streams(address, f"/live/er/bookings/{booking.pk}/", cookie=session_cookie(client, booking.patient))
    assert stream.status == 503
    assert stream.json()["error"]["code"] == "live_unavailable"


def test_with_redis_unreachable_streams_answer_503(asgi_server, streams, client, settings, make_room, book):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    settings.REDIS_URL = f"redis://127.0.0.1:{dead}/0"  # this server's hub has not subscribed yet
    room = make_room(name="No Redis ER")
    booking = book(room, confirm=True)  # the commit still succeeds: publishing is after commit and best effort
    stream = streams(
        asgi_server.address, f"/live/er/bookings/{booking.pk}/", cookie=session_cookie(client, booking.patient)
    )
    assert stream.status == 503
    assert stream.response.getheader("Retry-After") == "60"


def test_publishing_a_change_costs_the_same_queries_however_long_the_queue(make_room, book):
    small, large = make_room(name="Small ER"), make_room(name="Large ER", capacity=100)
    book(small, confirm=True)
    for _ in range(30):
        book(large, confirm=True)
    counts = []
    for room in (small, large):
        with CaptureQueriesContext(connection) as queries:
            rooms_publish([room.pk])
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 3, counts


def test_a_snapshot_gives_each_booking_what_its_rest_read_gives(make_room, book, staff):
    """The snapshot reads rows, not models, and skips the words (each stream words its own): the places, waits,
    deadlines and check-in prompts must still be the REST read's, booking by booking."""
    room = make_room(name="Snapshot ER", capacity=20)
    waiting = [book(room, confirm=True, acuity=acuity) for acuity in (3, 2, 3, 1, 2)]
    unconfirmed = book(room)
    services.room_call_next(room_id=room.pk, actor=staff)
    ERBooking.objects.filter(pk=waiting[0].pk).update(checkin_prompted_at=timezone.now())  # asked by the sweep
    snapshot = room_snapshot(room_id=room.pk, changed_at=time.time())
    assert set(snapshot["bookings"]) == {str(b.pk) for b in [*waiting, unconfirmed]}
    for booking in ERBooking.objects.filter(pk__in=[b.pk for b in [*waiting, unconfirmed]]).select_related("room"):
        assert snapshot["bookings"][str(booking.pk)] == json.loads(
            json.dumps(snapshot_entry(booking, selectors.booking_position(booking)), default=str)
        ), booking.pk
    assert sorted(entry["slot_number"] for entry in snapshot["bookings"].values() if entry["slot_number"]) == [
        1,
        2,
        3,
        4,
    ]
    assert [e["checkin_pending"] for e in snapshot["bookings"].values()].count(True) == 1


def test_positions_without_words_have_the_same_numbers_and_no_text(make_room, book):
    room = make_room(name="Wordless ER")
    bookings = [book(room, confirm=True), book(room)]
    for booking in bookings:
        booking.refresh_from_db()
    worded_wait = selectors.booking_positions(bookings)[bookings[0].pk].estimated_wait_text
    assert worded_wait  # the waiting patient's wait, in words
    worded = selectors.booking_positions(bookings)
    bare = selectors.booking_positions(bookings, words=False)
    for booking in bookings:
        assert worded[booking.pk].message
        assert (bare[booking.pk].message, bare[booking.pk].estimated_wait_text) == ("", "")
        numbers = ("slot_number", "estimated_wait_minutes", "near_front", "confirm_by", "checkin_by", "over_target")
        assert [getattr(bare[booking.pk], n) for n in numbers] == [getattr(worded[booking.pk], n) for n in numbers]


def test_every_change_raises_the_rooms_queue_version(make_room, book, staff):
    room = make_room(name="Versioned ER")
    versions = [room.queue_version]

    def version() -> int:
        room.refresh_from_db(fields=["queue_version"])
        return room.queue_version

    booking = book(room)
    versions.append(version())
    services.booking_confirm(booking_id=booking.pk, actor=booking.patient)
    versions.append(version())
    services.room_call_next(room_id=room.pk, actor=staff)
    versions.append(version())
    services.booking_check_in(booking_id=booking.pk, actor=staff)
    versions.append(version())
    services.room_set_intake(room_id=room.pk, actor=staff, accepting=False, note="full")
    versions.append(version())
    assert versions == sorted(set(versions)), versions  # strictly rising


def test_open_streams_hold_no_thread_and_no_database_connection(asgi_server, streams, client, make_room, book):
    """Idle streams must cost a coroutine, not a thread or a connection each: 10,000 of them are the point."""
    import threading

    room = make_room(name="Idle ER", capacity=40)
    bookings = [book(room, confirm=True) for _ in range(30)]

    def database_connections() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
            return cursor.fetchone()[0]

    first = streams(
        asgi_server.address, f"/live/er/bookings/{bookings[0].pk}/", cookie=session_cookie(client, bookings[0].patient)
    )
    first.next_event()  # the server and its hub are warm
    threads, connections = threading.active_count(), database_connections()
    for booking in bookings[1:]:
        stream = streams(
            asgi_server.address, f"/live/er/bookings/{booking.pk}/", cookie=session_cookie(client, booking.patient)
        )
        assert stream.next_event()["data"]["state"] == "confirmed"
    time.sleep(0.5)  # a released thread takes a moment to end
    assert threading.active_count() - threads <= 3, (threads, threading.active_count())
    # The loop's shared pool (at most cpu + 4 threads) keeps a connection each; a stream keeps none.
    assert database_connections() - connections <= min(32, (os.cpu_count() or 1) + 4)
