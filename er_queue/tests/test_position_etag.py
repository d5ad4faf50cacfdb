"""Cheap polls for clients that cannot stream: the position read answers If-None-Match with 304 while the
room's queue version (and the minute) are unchanged, without computing the queue."""

from __future__ import annotations

import pytest

from er_queue import services
from healthsvc.models import AuditEvent

pytestmark = pytest.mark.django_db

API = "/api/v1/er"


def test_an_unchanged_position_is_304_and_costs_no_queue_computation(
    room, book, client_for, django_assert_max_num_queries
):
    book(room, confirm=True)
    mine = book(room, acuity=3, confirm=True)
    client = client_for(mine.patient)
    url = f"{API}/bookings/{mine.pk}/"
    first = client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag.startswith('W/"')
    with django_assert_max_num_queries(2):  # token and user, booking and room: no slot query
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH='W/"1.2.en.p", ' + etag).status_code == 304  # a list of held tags


def test_any_change_of_the_queue_gives_the_new_position_and_a_new_etag(room, book, client_for, staff):
    book(room, confirm=True)
    mine = book(room, acuity=3, confirm=True)
    client = client_for(mine.patient)
    url = f"{API}/bookings/{mine.pk}/"
    etag = client.get(url)["ETag"]
    book(room, acuity=1, confirm=True)  # someone more urgent arrives: my place changes
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["slot_number"] == 3  # I am CTAS 3: behind the CTAS 2 and now the CTAS 1 patient
    assert changed["ETag"] != etag
    services.room_call_next(room_id=room.pk, actor=staff)
    called = client.get(url, HTTP_IF_NONE_MATCH=changed["ETag"])
    assert called.status_code == 200
    assert called.json()["slot_number"] == 2


def test_the_etag_differs_by_language_and_by_reader(room, book, client_for, staff):
    mine = book(room, confirm=True)
    url = f"{API}/bookings/{mine.pk}/"
    english = client_for(mine.patient).get(url)["ETag"]
    french = client_for(mine.patient).get(url, HTTP_ACCEPT_LANGUAGE="fr")
    assert french["ETag"] != english
    staff_etag = client_for(staff).get(url)["ETag"]
    assert staff_etag not in (english, french["ETag"])
    assert client_for(mine.patient).get(url, HTTP_IF_NONE_MATCH=staff_etag).status_code == 200


def test_another_patients_booking_is_404_even_with_a_matching_etag(room, book, client_for, make_patient):
    mine = book(room, confirm=True)
    url = f"{API}/bookings/{mine.pk}/"
    etag = client_for(mine.patient).get(url)["ETag"]
    assert client_for(make_patient()).get(url, HTTP_IF_NONE_MATCH=etag).status_code == 404
    assert client_for(make_patient()).get(url, HTTP_IF_NONE_MATCH="*").status_code == 404


def test_a_staff_304_is_still_an_audited_read(room, book, client_for, staff, settings):
    settings.ER_STAFF_READ_AUDIT_SECONDS = 0  # every read recorded, so the 304 must add a row of its own
    booking = book(room, confirm=True)
    client = client_for(staff)
    url = f"{API}/bookings/{booking.pk}/"
    etag = client.get(url)["ETag"]
    reads = AuditEvent.objects.filter(actor=staff, object_type="er_booking", object_id=str(booking.pk)).count()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert AuditEvent.objects.filter(actor=staff, object_type="er_booking", object_id=str(booking.pk)).count() > reads
