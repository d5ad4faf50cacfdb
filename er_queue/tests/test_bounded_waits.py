"""A lock held too long ends the request in 503 + Retry-After instead of holding the thread.

Another real connection holds the room row (as a stuck transaction would); the API's
call-next must lock that row, waits lock_timeout, and answers 503 with nothing written.
"""

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from er_queue.models import ERBooking

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
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**{key: value for key, value in params.items() if key != "prepare_threshold"}) as holder:
        holder.execute("SELECT id FROM er_queue_emergencyroom WHERE id = %s FOR UPDATE", [room.pk])
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")  # session-wide, so the request below inherits it
        try:
            response = client.post(f"/api/v1/er/rooms/{room.pk}/call-next/")
        finally:
            connection.close()  # drop the shortened lock_timeout with the connection
    assert response.status_code == 503, response.content
    assert int(response["Retry-After"]) > 0
    assert response.json()["error"]["code"] == "service_unavailable"
    assert ERBooking.objects.get(pk=waiting.pk).state == "confirmed", "nothing half-written"
