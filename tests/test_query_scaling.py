"""Lists that show many patients cost the same number of queries for 2 rows as for 12.

A query per row (a missing select_related or prefetch) fails these tests; a fixed
ceiling alone would not catch it until the list was long.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

pytestmark = pytest.mark.django_db

SORE_THROAT = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_7d"}


def queries_for(client, url: str) -> int:
    client.get(url)  # the session's idle expiry is renewed at most once a minute: not part of the page's cost
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def add_triage_records(make_user, count: int) -> None:
    from triage.services import triage_record_calculate, triage_record_create

    for _ in range(count):
        record, _ = triage_record_create(patient=make_user("patient"), raw_answers=SORE_THROAT)
        triage_record_calculate(record_id=record.pk)


def test_staff_triage_history_page(client, make_user):
    client.force_login(make_user("clinician"))
    add_triage_records(make_user, 2)
    few = queries_for(client, "/triage/")
    add_triage_records(make_user, 10)
    assert queries_for(client, "/triage/") == few


def test_er_board_page(client, make_user):
    from er_queue import services
    from er_queue.models import EmergencyRoom
    from triage.models import TriageRecord

    room = EmergencyRoom.objects.create(name="Scaling ER", address="1 Road", region="R", capacity=100)
    desk = make_user("er_staff")
    client.force_login(desk)

    def add_bookings(count):
        for _ in range(count):
            patient = make_user("patient", full_name="Waiting Person")
            record = TriageRecord.objects.create(
                patient=patient,
                state="completed",
                answers={},
                catalogue_version="t",
                ruleset_version="t",
                acuity=3,
                disposition="urgent",
                completed_at=timezone.now(),
            )
            booking = services.booking_create(actor=patient, room_id=room.pk, triage_record_id=record.pk).booking
            services.booking_confirm(booking_id=booking.pk, actor=patient)

    add_bookings(2)
    url = f"/er/rooms/{room.pk}/board/"
    few = queries_for(client, url)
    add_bookings(10)
    assert queries_for(client, url) == few


def test_patient_suggestions_list_page(client, patient):
    from triage.services import triage_record_calculate, triage_record_create

    def add(count):
        for _ in range(count):
            record, _ = triage_record_create(patient=patient, raw_answers=SORE_THROAT)
            triage_record_calculate(record_id=record.pk)

    client.force_login(patient)
    add(2)
    few = queries_for(client, "/suggestions/")
    add(10)
    assert queries_for(client, "/suggestions/") == few
