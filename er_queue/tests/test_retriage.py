"""Re-triage from the queue (issue 14 items 1 and 3): "I feel worse", the escalation of a booking's priority, the
desk alert and its acknowledgement, a clinician lowering a priority, and the queue invariants under a race."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from er_queue import policy, selectors, services
from er_queue.choices import ACTIVE_STATES, BookingState, PriorityChangeKind
from er_queue.models import BookingPriorityChange, BookingTransition, ERBooking
from er_queue.tests.conftest import shift_clock
from healthsvc.models import AuditEvent

API = "/api/v1/er"


@pytest.fixture
def recheck():
    """recheck(booking, acuity, disposition) -> a new completed triage record of the booking's person (test data:
    the ER app never writes triage rows; the engine's own path is test_a_real_re_check_...)."""

    def _make(booking, acuity, disposition="emergency", *, dependant=None):
        from triage.models import TriageRecord

        return TriageRecord.objects.create(
            patient=booking.patient,
            dependant=booking.dependant if dependant is None else dependant,
            state="completed",
            answers={},
            catalogue_version="test",
            ruleset_version="test",
            acuity=acuity,
            disposition=disposition,
            completed_at=timezone.now(),
        )

    return _make


@pytest.fixture
def clinician(make_user):
    return make_user("clinician", full_name="Doctor Who")


def _slots(room) -> list[int]:
    return [booking.pk for booking in selectors.queue_waiting(room=room)]


# --- escalation ---------------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_more_urgent_er_result_raises_the_priority_and_the_place(room, book, recheck):
    ahead = [book(room, acuity=3, confirm=True) for _ in range(3)]
    mine = book(room, acuity=4, confirm=True)
    assert _slots(room) == [*[b.pk for b in ahead], mine.pk]
    old_due = mine.queue_due_at
    record = recheck(mine, 2)

    change = services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk)

    mine.refresh_from_db()
    assert (mine.priority, mine.queue_band, mine.state) == (2, 1, BookingState.CONFIRMED)
    # The place it would have had at CTAS 2 from its confirmation: 15 minutes after it, never later than before.
    assert mine.queue_due_at == min(old_due, policy.queue_due_at(mine.confirmed_at, 2))
    assert _slots(room)[0] == mine.pk
    assert selectors.booking_position(mine).slot_number == 1
    assert mine.escalated_at is not None
    assert (change.kind, change.from_priority, change.to_priority) == (PriorityChangeKind.ESCALATION, 4, 2)
    assert (change.triage_record_id, change.disposition, change.actor_id) == (record.pk, "emergency", None)
    audit = AuditEvent.objects.get(action="er_booking_escalate", object_id=str(mine.pk))
    assert audit.details["to_priority"] == 2 and audit.details["triage_record"] == record.pk


@pytest.mark.django_db
def test_the_due_time_never_moves_later(room, book, recheck):
    """A CTAS 5 patient who has waited 100 minutes and re-checks as CTAS 4: the new target from the confirmation
    (60 minutes) is earlier than the old one (120), so the place is the CTAS 4 one, not "now + 60"."""
    mine = book(room, acuity=5, confirm=True)
    shift_clock(100, booking_ids=[mine.pk])
    mine.refresh_from_db()
    before = mine.queue_due_at
    services.booking_retriage(booking_id=mine.pk, triage_record_id=recheck(mine, 4, "urgent").pk)
    mine.refresh_from_db()
    assert mine.queue_due_at == mine.confirmed_at + dt.timedelta(minutes=60) < before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("acuity", "disposition"),
    [(3, "emergency"), (4, "urgent"), (5, "self_care"), (4, "routine")],
)
def test_an_equal_or_less_urgent_result_changes_nothing(room, book, recheck, acuity, disposition):
    mine = book(room, acuity=3, confirm=True)
    before = (mine.priority, mine.queue_band, mine.queue_due_at)
    assert services.booking_retriage(booking_id=mine.pk, triage_record_id=recheck(mine, acuity, disposition).pk) is None
    mine.refresh_from_db()
    assert (mine.priority, mine.queue_band, mine.queue_due_at) == before
    assert mine.escalated_at is None
    assert not BookingPriorityChange.objects.exists()


@pytest.mark.django_db
def test_call_emergency_services_keeps_the_booking_alerts_the_desk_and_shows_call_now(
    room, book, recheck, client, staff
):
    mine = book(room, acuity=3, confirm=True)
    record = recheck(mine, 1, "emergency_services")
    change = services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk)
    mine.refresh_from_db()
    assert mine.state == BookingState.CONFIRMED  # kept on record
    assert (mine.priority, mine.queue_band) == (1, 0)  # if they come in, they go first
    assert change.disposition == "emergency_services" and mine.escalated_at is not None

    client.force_login(mine.patient)
    html = client.get(f"/er/bookings/{mine.pk}/").content.decode()
    assert 'id="call-now"' in html
    assert f"Call {settings.EMERGENCY_PHONE_NUMBER} now" in html
    client.force_login(staff)
    board = client.get(f"/er/rooms/{room.pk}/board/partial/").content.decode()
    assert "told to call emergency services" in board


@pytest.mark.django_db
def test_call_emergency_services_at_the_same_level_still_alerts_once(room, book, recheck):
    mine = book(room, acuity=2, confirm=True)
    record = recheck(mine, 2, "emergency_services")
    first = services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk)
    assert (first.from_priority, first.to_priority) == (2, 2)
    assert services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk) is None  # a repeat
    assert BookingPriorityChange.objects.filter(booking=mine).count() == 1


@pytest.mark.django_db
def test_a_repeated_result_escalates_once(room, book, recheck):
    mine = book(room, acuity=4, confirm=True)
    record = recheck(mine, 3, "urgent")
    assert services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk) is not None
    assert services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk) is None
    assert BookingPriorityChange.objects.filter(booking=mine).count() == 1


@pytest.mark.django_db
def test_an_initialized_booking_escalates_and_confirms_at_its_new_level(room, book, recheck):
    mine = book(room, acuity=4)
    services.booking_retriage(booking_id=mine.pk, triage_record_id=recheck(mine, 2).pk)
    mine = services.booking_confirm(booking_id=mine.pk, actor=mine.patient)
    assert mine.priority == 2
    assert mine.queue_due_at == policy.queue_due_at(mine.confirmed_at, 2)


@pytest.mark.django_db
def test_a_called_booking_escalates_and_stays_called(room, booking_in, recheck):
    called = booking_in("called", room=room, acuity=3)
    services.booking_retriage(booking_id=called.pk, triage_record_id=recheck(called, 2).pk)
    called.refresh_from_db()
    assert (called.state, called.priority) == (BookingState.CALLED, 2)
    assert called.escalated_at is not None


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["arrived", "completed", "cancelled", "expired"])
def test_an_ended_or_arrived_booking_is_left_alone(room, booking_in, recheck, state):
    booking = booking_in(state, room=room, acuity=3)
    assert services.booking_retriage(booking_id=booking.pk, triage_record_id=recheck(booking, 1).pk) is None
    booking.refresh_from_db()
    assert booking.priority == 3 and booking.escalated_at is None


@pytest.mark.django_db
def test_someone_elses_or_an_older_result_is_ignored(room, book, make_triage, make_patient):
    patient = make_patient()
    older = make_triage(patient, acuity=2)  # a check from before the one the booking was made with
    mine = book(room, patient=patient, acuity=4, confirm=True)
    other = make_triage(make_patient(), acuity=1, disposition="emergency_services")
    assert services.booking_retriage(booking_id=mine.pk, triage_record_id=other.pk) is None
    assert services.booking_retriage(booking_id=mine.pk, triage_record_id=older.pk) is None
    mine.refresh_from_db()
    assert mine.priority == 4 and mine.escalated_at is None


# --- the signal: er_queue hears every completed triage ------------------------------------------
@pytest.mark.django_db
def test_the_triage_signal_escalates_the_persons_active_booking(room, book, recheck):
    from triage.models import TriageRecord
    from triage.signals import triage_completed

    mine = book(room, acuity=4, confirm=True)
    record = recheck(mine, 3, "urgent")
    triage_completed.send(sender=TriageRecord, record_id=record.pk)
    triage_completed.send(sender=TriageRecord, record_id=record.pk)  # delivered twice: idempotent
    mine.refresh_from_db()
    assert mine.priority == 3
    assert BookingPriorityChange.objects.filter(booking=mine, kind="escalation").count() == 1


@pytest.mark.django_db
def test_a_dependants_result_does_not_touch_the_guardians_booking(room, book, recheck):
    from healthsvc.models import Dependant
    from triage.models import TriageRecord
    from triage.signals import triage_completed

    mine = book(room, acuity=4, confirm=True)
    child = Dependant.objects.create(
        guardian=mine.patient,
        full_name="Kid Example",
        date_of_birth=dt.date(2020, 1, 1),
        sex="male",
        relationship="child",
    )
    triage_completed.send(sender=TriageRecord, record_id=recheck(mine, 1, "emergency_services", dependant=child).pk)
    mine.refresh_from_db()
    assert mine.priority == 4 and mine.escalated_at is None


@pytest.mark.django_db
def test_a_real_re_check_through_the_engine_moves_the_booking_up(
    room, book, make_patient, django_capture_on_commit_callbacks
):
    """The questionnaire's own path: the API creates the record, the engine computes it, triage announces it on
    commit, er_queue escalates."""
    from triage.services import triage_record_calculate, triage_record_create

    patient = make_patient()
    mine = book(room, patient=patient, acuity=5, disposition="urgent", confirm=True)
    answers = {
        "complaint": "chest_pain",
        "pain": 8,
        "onset": "sudden",
        "duration": "lt_1h",
        "red_flags": {"cardiac_features": True},
    }
    with django_capture_on_commit_callbacks(execute=True):
        record, _ = triage_record_create(patient=patient, raw_answers=answers, prefilled_from_id=mine.triage_record_id)
    with django_capture_on_commit_callbacks(execute=True):
        record = triage_record_calculate(record_id=record.pk)
    assert record.acuity < 5
    mine.refresh_from_db()
    assert mine.priority == min(record.acuity, 5)
    change = BookingPriorityChange.objects.get(booking=mine)
    assert change.triage_record_id == record.pk and change.disposition == record.disposition


# --- the pages: "I feel worse" and the desk alert --------------------------------------------------
@pytest.mark.django_db
def test_i_feel_worse_opens_the_re_check_prefilled_from_the_latest_answers(client, room, book, recheck, staff):
    mine = book(room, acuity=4, confirm=True)
    client.force_login(mine.patient)
    page = client.get(f"/er/bookings/{mine.pk}/").content.decode()
    assert f'href="/er/bookings/{mine.pk}/worse/"' in page
    html = client.get(f"/er/bookings/{mine.pk}/worse/").content.decode()
    assert "What is new since your last check?" in html
    assert f"/triage/start/?from={mine.triage_record_id}" in html
    assert "/triage/start/?for=me" in html
    later = recheck(mine, 4, "urgent")  # a re-check that changed nothing is still the latest answers
    html = client.get(f"/er/bookings/{mine.pk}/worse/").content.decode()
    assert f"/triage/start/?from={later.pk}" in html
    # The questionnaire then starts from the same person and those answers.
    start = client.get(f"/triage/start/?from={later.pk}")
    assert start.status_code == 200 and start.context["prefill"]["record_id"] == later.pk

    client.force_login(staff)
    assert client.get(f"/er/bookings/{mine.pk}/worse/").status_code == 404
    assert 'id="feel-worse"' not in client.get(f"/er/bookings/{mine.pk}/").content.decode()


@pytest.mark.django_db
def test_i_feel_worse_is_for_the_owner_of_an_active_booking(client, room, book, booking_in, make_patient):
    mine = book(room, acuity=4)
    client.force_login(make_patient())
    assert client.get(f"/er/bookings/{mine.pk}/worse/").status_code == 404
    ended = booking_in("cancelled", room=room)
    client.force_login(ended.patient)
    assert client.get(f"/er/bookings/{ended.pk}/worse/")["Location"] == f"/er/bookings/{ended.pk}/"
    assert 'id="feel-worse"' not in client.get(f"/er/bookings/{ended.pk}/").content.decode()


@pytest.mark.django_db
def test_the_board_shows_an_escalation_first_until_acknowledged(client, room, book, recheck, staff):
    other = book(room, acuity=2, confirm=True)
    mine = book(room, acuity=4, confirm=True)
    services.booking_retriage(booking_id=mine.pk, triage_record_id=recheck(mine, 3, "urgent").pk)
    client.force_login(staff)
    html = client.get(f"/er/rooms/{room.pk}/board/").content.decode()
    escalated = html.index('id="escalated"')
    assert escalated < html.index(f'data-booking="{other.pk}"')  # above the waiting list
    assert "CTAS 4 → 3" in html and f"Acknowledge {mine.reference}" in html

    assert client.get(f"/er/bookings/{mine.pk}/acknowledge/").status_code == 405
    response = client.post(f"/er/bookings/{mine.pk}/acknowledge/", {"next": f"/er/rooms/{room.pk}/board/"})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.escalated_at is None
    assert (mine.escalation_acknowledged_by, mine.escalation_acknowledged_at is not None) == (staff, True)
    assert AuditEvent.objects.filter(action="er_escalation_acknowledge", actor=staff, object_id=str(mine.pk)).exists()
    assert 'id="escalated"' not in client.get(f"/er/rooms/{room.pk}/board/partial/").content.decode()
    # The patient cannot acknowledge their own alert.
    client.force_login(mine.patient)
    assert client.post(f"/er/bookings/{mine.pk}/acknowledge/").status_code == 403


# --- the API: history, acknowledgement, a clinician lowering ------------------------------------------
@pytest.mark.django_db
def test_the_history_lists_state_and_priority_changes_with_the_triage_record(
    room, book, recheck, clinician, client_for
):
    mine = book(room, acuity=4, confirm=True)
    record = recheck(mine, 2)
    services.booking_retriage(booking_id=mine.pk, triage_record_id=record.pk)
    services.booking_priority_lower(actor=clinician, booking_id=mine.pk, acuity=3, reason="reviewed: stable")
    rows = client_for(mine.patient).get(f"{API}/bookings/{mine.pk}/history/").json()
    assert [row["kind"] for row in rows] == ["transition", "transition", "escalation", "lowered_by_clinician"]
    assert rows[0]["from_state"] == "" and rows[1]["to_state"] == "confirmed"
    assert (rows[2]["from_priority"], rows[2]["to_priority"], rows[2]["triage_record"]) == (4, 2, record.pk)
    assert (rows[2]["actor"], rows[2]["disposition"]) == ("system", "emergency")
    assert (rows[3]["to_priority"], rows[3]["actor"], rows[3]["reason"]) == (3, "Doctor Who", "reviewed: stable")


@pytest.mark.django_db
def test_staff_acknowledge_through_the_api(room, book, recheck, staff, client_for):
    mine = book(room, acuity=4, confirm=True)
    services.booking_retriage(booking_id=mine.pk, triage_record_id=recheck(mine, 2).pk)
    body = client_for(staff).get(f"{API}/rooms/{room.pk}/queue/").json()
    assert [row["id"] for row in body["escalated"]] == [mine.pk]
    assert client_for(staff).get(f"{API}/bookings/{mine.pk}/").json()["escalated_at"] is not None
    assert client_for(mine.patient).post(f"{API}/bookings/{mine.pk}/acknowledge/").status_code == 403
    response = client_for(staff).post(f"{API}/bookings/{mine.pk}/acknowledge/")
    assert response.status_code == 200 and response.json()["escalated_at"] is None
    assert client_for(staff).post(f"{API}/bookings/{mine.pk}/acknowledge/").status_code == 200  # a repeat
    assert client_for(staff).get(f"{API}/rooms/{room.pk}/queue/").json()["escalated"] == []


@pytest.mark.django_db
def test_a_clinician_lowers_a_priority_with_a_reason(room, book, clinician, client_for):
    first = book(room, acuity=3, confirm=True)
    mine = book(room, acuity=2, confirm=True)
    assert _slots(room) == [mine.pk, first.pk]
    client = client_for(clinician)
    response = client.post(f"{API}/bookings/{mine.pk}/priority/", {"acuity": 4, "reason": "seen by phone: stable"})
    assert response.status_code == 200, response.json()
    assert response.json()["priority"] == 4
    mine.refresh_from_db()
    assert mine.queue_due_at == policy.queue_due_at(mine.confirmed_at, 4)
    assert _slots(room) == [first.pk, mine.pk]
    change = BookingPriorityChange.objects.get(booking=mine)
    assert (change.kind, change.actor, change.from_priority, change.to_priority) == (
        PriorityChangeKind.LOWERED_BY_CLINICIAN,
        clinician,
        2,
        4,
    )
    assert AuditEvent.objects.filter(action="er_booking_priority_lower", actor=clinician).exists()
    # A retry of the same request (its response lost) answers 200 and writes nothing more.
    again = client.post(f"{API}/bookings/{mine.pk}/priority/", {"acuity": 4, "reason": "seen by phone: stable"})
    assert again.status_code == 200
    assert BookingPriorityChange.objects.filter(booking=mine).count() == 1


@pytest.mark.django_db
def test_lowering_refuses_bad_requests_and_other_people(room, book, booking_in, clinician, staff, client_for):
    mine = book(room, acuity=3, confirm=True)
    client = client_for(clinician)
    url = f"{API}/bookings/{mine.pk}/priority/"

    def code(response):
        return response.status_code, response.json()["error"]["code"]

    assert code(client.post(url, {"acuity": 4}))[0] == 400
    assert code(client.post(url, {"acuity": 4, "reason": "   "}))[0] == 400
    no_lower = client.post(url, {"acuity": 2, "reason": "more urgent"})
    assert no_lower.status_code == 400 and "acuity" in no_lower.json()["error"]["fields"]
    assert client.post(url, {"acuity": 3, "reason": "same"}).status_code == 400
    assert client.post(url, {"acuity": 9, "reason": "x"}).status_code == 400
    assert client.post(url, {"acuity": "four", "reason": "x"}).status_code == 400
    assert client_for(mine.patient).post(url, {"acuity": 5, "reason": "I feel fine"}).status_code == 403
    assert client_for(staff).post(url, {"acuity": 5, "reason": "desk says"}).status_code == 403
    assert code(client.post(f"{API}/bookings/999999/priority/", {"acuity": 5, "reason": "x"})) == (
        404,
        "booking_not_found",
    )
    ended = booking_in("completed", room=room)
    assert code(client.post(f"{API}/bookings/{ended.pk}/priority/", {"acuity": 5, "reason": "x"})) == (
        409,
        "illegal_transition",
    )
    mine.refresh_from_db()
    assert mine.priority == 3 and not BookingPriorityChange.objects.exists()


@pytest.mark.django_db
def test_the_new_routes_are_in_the_openapi_schema(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content.decode()
    assert "/api/v1/er/bookings/{booking_id}/priority/" in schema
    assert "/api/v1/er/bookings/{booking_id}/acknowledge/" in schema
    assert "lowered_by_clinician" in schema


# --- concurrency: a re-triage racing call-next and the expiry sweep ------------------------------------
def _run_together(calls):
    from er_queue.tests.test_concurrency import run_together

    return run_together(calls)


def _invariants(room) -> None:
    bookings = list(ERBooking.objects.filter(room=room))
    active = Counter((b.patient_id, b.dependant_id) for b in bookings if b.state in ACTIVE_STATES)
    assert all(n == 1 for n in active.values()), "one active booking per person"
    waiting = list(selectors.queue_waiting(room=room))
    assert [b.slot_number for b in waiting] == list(range(1, len(waiting) + 1)), "slots are 1..n"
    slots = selectors.slot_numbers(waiting)
    assert sorted(slots.values()) == list(range(1, len(waiting) + 1))
    transitions = BookingTransition.objects.filter(booking__room=room)
    called = Counter(transitions.filter(to_state="called").values_list("booking_id", flat=True))
    assert all(n == 1 for n in called.values()), "nobody called twice"
    expired = Counter(transitions.filter(to_state="expired").values_list("booking_id", flat=True))
    assert all(n == 1 for n in expired.values()), "expired exactly once"
    assert set(expired) == {b.pk for b in bookings if b.state == BookingState.EXPIRED}
    escalations = BookingPriorityChange.objects.filter(booking__room=room, kind="escalation")
    changes = Counter(escalations.values_list("booking_id", flat=True))
    assert all(n == 1 for n in changes.values()), "one escalation per result"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("round_", range(3))
def test_a_re_triage_racing_call_next_and_the_sweep_keeps_every_invariant(
    round_, make_room, book, recheck, staff, booking_in
):
    room = make_room(capacity=30)
    # Due for the sweep: one called booking and two unconfirmed ones past their deadlines; the called one
    # re-checks worse at the same moment the sweep expires it.
    late_called = booking_in("called", room=room, acuity=4)
    waiting = [book(room, acuity=4, confirm=True) for _ in range(6)]
    stale = [book(room, acuity=3) for _ in range(2)]
    shift_clock(30, booking_ids=[b.pk for b in stale] + [late_called.pk])
    worse = waiting[-1]  # the back of the queue
    worse_record = recheck(worse, 2)
    late_record = recheck(late_called, 2)

    results, errors = _run_together(
        [
            lambda: services.booking_retriage(booking_id=worse.pk, triage_record_id=worse_record.pk),
            lambda: services.booking_retriage(booking_id=worse.pk, triage_record_id=worse_record.pk),
            lambda: services.booking_retriage(booking_id=late_called.pk, triage_record_id=late_record.pk),
            lambda: services.room_call_next(room_id=room.pk, actor=staff),
            lambda: services.room_call_next(room_id=room.pk, actor=staff),
            lambda: services.bookings_expire_due(),
            lambda: services.bookings_expire_due(),
        ]
    )
    assert errors == []
    connection.close()
    # The sweep skips a row another transaction holds (SKIP LOCKED) and expires it on its next run: run it once
    # more, as beat would.
    swept = results[5] + results[6] + services.bookings_expire_due()
    assert swept == 3
    _invariants(room)
    called_now = [results[3].pk, results[4].pk]
    assert len(set(called_now)) == 2
    worse.refresh_from_db()
    assert worse.priority == 2 and worse.escalated_at is not None  # escalated exactly once (one row: _invariants)
    if worse.state == BookingState.CONFIRMED:
        assert _slots(room)[0] == worse.pk  # not called yet: it is at the front
    else:
        assert worse.pk in called_now  # called after its escalation: by the second call at the latest
    assert {ERBooking.objects.get(pk=b.pk).state for b in stale} == {BookingState.EXPIRED}
    late_called.refresh_from_db()
    assert late_called.state == BookingState.EXPIRED  # the sweep expires it either way, once
