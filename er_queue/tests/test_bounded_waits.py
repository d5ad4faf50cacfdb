"""A lock held too long ends the request in 503 + Retry-After instead of holding the thread.

Another thread, on its own real connection, holds the room row as a stuck transaction
would; the API's call-next must lock that row, waits lock_timeout, and answers 503 with
nothing written.
"""

import threading

import pytest
from django.conf import settings
from django.db import connection, transaction

from er_queue.models import EmergencyRoom, ERBooking

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_connection_carries_statement_and_lock_timeouts():
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('statement_timeout'), current_setting('lock_timeout')")
        statement, lock = cursor.fetchone()
    assert statement == f"{settings.DATABASE_STATEMENT_TIMEOUT_MS // 1000}s"
    assert lock == f"{settings.DATABASE_LOCK_TIMEOUT_MS // 1000}s"


def test_a_row_lock_held_elsewhere_ends_in_503_not_a_hung_request(make_room, book, staff, client_for):
    room = make_room()
    waiting = book(room, confirm=True)
    client = client_for(staff)
    locked, release = threading.Event(), threading.Event()

    def hold_the_room():
        try:
            with transaction.atomic():
                EmergencyRoom.objects.select_for_update().get(pk=room.pk)
                locked.set()
                release.wait(30)
        finally:
            connection.close()  # this thread's own connection

    holder = threading.Thread(target=hold_the_room)
    holder.start()
    try:
        assert locked.wait(10)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")  # session-wide, so the request below inherits it
        response = client.post(f"/api/v1/er/rooms/{room.pk}/call-next/")
    finally:
        release.set()
        holder.join()
        connection.close()  # drop the shortened lock_timeout with the connection
    assert response.status_code == 503, response.content
    assert int(response["Retry-After"]) > 0
    assert response.json()["error"]["code"] == "service_unavailable"
    assert ERBooking.objects.get(pk=waiting.pk).state == "confirmed", "nothing half-written"
    # A lock timeout comes from a live server: it must not put the whole process in the fail-fast window.
    from healthsvc.db_deadline import WATCHDOG

    assert not WATCHDOG.failing_fast()
