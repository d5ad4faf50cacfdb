"""Booking for someone the patient cares for: one active booking per person, not per account, held by the
database under real concurrency; the desk, the patient's pages and the emails name the person (issue 10)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from er_queue import services
from er_queue.choices import ACTIVE_STATES
from er_queue.models import ERBooking
from er_queue.tests.test_concurrency import _booker, run_together
from healthsvc.errors import Conflict
from healthsvc.models import Dependant


def make_dependant(guardian, name="Milo Example", years=3):
    return Dependant.objects.create(
        guardian=guardian,
        full_name=name,
        date_of_birth=timezone.localdate() - dt.timedelta(days=int(years * 365.25)),
        sex="male",
        relationship="child",
    )


def record_for(make_triage, patient, dependant=None):
    record = make_triage(patient)
    if dependant is not None:
        record.dependant = dependant
        record.save(update_fields=["dependant"])
    return record


@pytest.mark.django_db
def test_a_parent_with_their_own_booking_can_still_book_for_each_child(room, make_patient, make_triage):
    parent = make_patient(full_name="Sam Example")
    first, second = make_dependant(parent, "Milo Example"), make_dependant(parent, "Ada Example")
    own = services.booking_create(actor=parent, room_id=room.pk, triage_record_id=make_triage(parent).pk).booking
    for child in (first, second):
        booking = services.booking_create(
            actor=parent, room_id=room.pk, triage_record_id=record_for(make_triage, parent, child).pk
        ).booking
        assert booking.dependant == child and booking.patient == parent and booking.person_name == child.full_name
    assert ERBooking.objects.filter(patient=parent, state__in=ACTIVE_STATES).count() == 3
    assert own.person_name == "Sam Example"

    with pytest.raises(Conflict) as refused:
        services.booking_create(
            actor=parent, room_id=room.pk, triage_record_id=record_for(make_triage, parent, first).pk
        )
    assert refused.value.code == "active_booking_exists" and "Milo Example already has" in refused.value.message


@pytest.mark.django_db
def test_the_database_refuses_a_second_active_booking_for_one_dependant(room, make_patient, make_triage, book):
    parent = make_patient()
    child = make_dependant(parent)
    booking = services.booking_create(
        actor=parent, room_id=room.pk, triage_record_id=record_for(make_triage, parent, child).pk
    ).booking
    twin = ERBooking(
        room=room,
        patient=parent,
        dependant=child,
        triage_record=booking.triage_record,
        priority=2,
        queue_band=0,
        created_by=parent,
        deadline=booking.deadline,
    )
    with pytest.raises(IntegrityError, match="er_one_active_booking_per_dependant"), transaction.atomic():
        twin.save()


@pytest.mark.django_db(transaction=True)
def test_two_rooms_racing_for_one_child_end_with_one_booking(make_room, make_patient, make_triage, client_for):
    rooms = [make_room(capacity=100), make_room(capacity=100)]  # every round's bookings stay active
    for _round in range(6):
        parent = make_patient()
        child = make_dependant(parent)
        own = record_for(make_triage, parent)
        client = client_for(parent)
        calls = [_booker(client, room.pk, record_for(make_triage, parent, child).pk) for room in rooms]
        calls.append(_booker(client, rooms[0].pk, own.pk))  # the parent's own booking is not in the race
        results, errors = run_together(calls)
        assert errors == []
        assert Counter(status for status, _ in results[:2]) == {201: 1, 409: 1}
        assert results[2][0] == 201
        assert ERBooking.objects.filter(dependant=child, state__in=ACTIVE_STATES).count() == 1
        assert ERBooking.objects.filter(patient=parent, dependant=None, state__in=ACTIVE_STATES).count() == 1


@pytest.fixture
def childs_booking(room, make_patient, make_triage):
    """A confirmed booking that Sam Example made for their child Milo Example."""
    parent = make_patient(full_name="Sam Example")
    child = make_dependant(parent, "Milo Example")
    booking = services.booking_create(
        actor=parent, room_id=room.pk, triage_record_id=record_for(make_triage, parent, child).pk
    ).booking
    return services.booking_confirm(booking_id=booking.pk, actor=parent)


@pytest.mark.django_db
def test_the_desk_sees_whom_the_booking_is_for_and_who_booked(room, childs_booking, staff, client):
    booking = childs_booking
    assert booking.display_name() == "Milo Example (child of Sam Example, who booked)"
    client.force_login(staff)
    board = client.get(f"/er/rooms/{room.pk}/board/").content.decode()
    assert "Milo Example (child of Sam Example, who booked)" in board


@pytest.mark.django_db
def test_the_called_email_names_the_child(room, childs_booking, staff, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    booking, parent = childs_booking, childs_booking.patient
    mail.outbox.clear()
    services.room_call_next(room_id=room.pk, actor=staff)
    services.notices_send(booking_ids=[booking.pk], kind="called")  # a no-op if the call already sent it
    assert mail.outbox, "no email was sent"
    message = next(m for m in mail.outbox if "turn" in m.subject)
    assert message.to == [parent.email]
    assert "for Milo Example" in message.subject and "booking for Milo Example" in message.body


@pytest.mark.django_db
def test_the_patients_booking_list_shows_every_active_booking_by_person(room, make_patient, make_triage, client):
    parent = make_patient(full_name="Sam Example")
    child = make_dependant(parent, "Milo Example")
    services.booking_create(actor=parent, room_id=room.pk, triage_record_id=make_triage(parent).pk)
    services.booking_create(actor=parent, room_id=room.pk, triage_record_id=record_for(make_triage, parent, child).pk)
    client.force_login(parent)
    page = client.get("/er/").content.decode()
    assert "for Milo Example" in page and "for Sam Example" in page
