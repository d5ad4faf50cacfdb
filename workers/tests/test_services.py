"""Creating, assigning, accepting, completing and cancelling contact requests through the services."""

import datetime as dt

import pytest

from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound
from healthsvc.models import AuditEvent
from workers.choices import ContactState
from workers.models import ContactRequest, ContactTransition
from workers.services import (
    contact_request_accept,
    contact_request_assign,
    contact_request_cancel,
    contact_request_complete,
    contact_request_create,
    shift_ensure_covering,
)

pytestmark = pytest.mark.django_db

H = dt.timedelta(hours=1)


def create(patient, record, **kwargs):
    kwargs.setdefault("channel", "phone")
    kwargs.setdefault("language", "en")
    request, _created = contact_request_create(patient=patient, triage_record_id=record.pk, **kwargs)
    return request


# --- eligibility and creation ------------------------------------------------------------------
@pytest.mark.parametrize(("disposition", "target"), [("urgent", H), ("routine", 8 * H)])
def test_due_by_follows_the_disposition(patient, make_triage, now, disposition, target):
    request = create(patient, make_triage(patient, disposition=disposition), now=now)
    assert request.disposition == disposition
    assert request.due_by == now + target
    assert request.requested_at == now


@pytest.mark.parametrize("disposition", ["self_care", "emergency", "emergency_services"])
def test_only_urgent_and_routine_results_lead_to_a_worker(patient, make_triage, disposition):
    with pytest.raises(Conflict) as info:
        create(patient, make_triage(patient, disposition=disposition))
    assert info.value.code == "disposition_not_eligible"
    assert not ContactRequest.objects.exists()


@pytest.mark.parametrize("state", ["requested", "recorded", "calculating", "failed", "cancelled"])
def test_a_triage_without_result_is_a_conflict(patient, make_triage, state):
    with pytest.raises(Conflict) as info:
        create(patient, make_triage(patient, state=state))
    assert info.value.code == "triage_not_completed"


def test_another_patients_triage_is_not_found(patient, make_user, make_triage):
    other = make_user("patient")
    with pytest.raises(NotFound):
        create(patient, make_triage(other))
    with pytest.raises(NotFound):
        contact_request_create(patient=patient, triage_record_id=999_999, channel="phone")


def test_bad_channel_or_language_is_invalid(patient, make_triage):
    record = make_triage(patient)
    with pytest.raises(Invalid) as info:
        create(patient, record, channel="pigeon")
    assert "channel" in info.value.fields
    with pytest.raises(Invalid) as info:
        create(patient, record, language="xx")
    assert "language" in info.value.fields


def test_a_second_open_request_for_the_same_triage_is_a_conflict(patient, make_triage):
    record = make_triage(patient)
    first = create(patient, record)
    with pytest.raises(Conflict) as info:
        create(patient, record, channel="video")
    assert info.value.code == "contact_request_open"
    assert info.value.extra["contact_request"] == first.pk
    contact_request_cancel(request_id=first.pk, actor=patient)
    assert create(patient, record).pk != first.pk  # after cancelling, asking again is fine


def test_idempotency_key_replays_the_first_request(patient, make_triage):
    record = make_triage(patient)
    first, created = contact_request_create(
        patient=patient, triage_record_id=record.pk, channel="phone", idempotency_key="k-1"
    )
    again, created_again = contact_request_create(
        patient=patient, triage_record_id=record.pk, channel="phone", idempotency_key="k-1"
    )
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    with pytest.raises(Conflict) as info:
        contact_request_create(patient=patient, triage_record_id=record.pk, channel="video", idempotency_key="k-1")
    assert info.value.code == "idempotency_key_reused"


def test_creation_writes_history_and_audit(patient, make_triage):
    request = create(patient, make_triage(patient))
    rows = list(ContactTransition.objects.filter(request=request).values_list("from_state", "to_state", "actor"))
    assert rows == [("", "requested", patient.pk)]
    assert AuditEvent.objects.filter(action="contact_request_create", object_id=str(request.pk)).exists()


# --- assignment rules ---------------------------------------------------------------------------
def test_assigned_at_once_to_a_fitting_worker_on_duty(patient, make_triage, make_worker):
    worker = make_worker("nurse")
    request = create(patient, make_triage(patient))
    assert request.state == ContactState.ASSIGNED
    assert request.assigned_worker == worker
    assert list(request.transitions.values_list("to_state", flat=True)) == ["requested", "assigned"]
    assert request.transitions.last().worker == worker


@pytest.mark.parametrize(
    ("role", "urgent_ok", "routine_ok"),
    [
        ("nurse", True, True),
        ("nurse_practitioner", True, True),
        ("physician", True, True),
        ("pharmacist", False, True),
        ("paramedic", False, True),
    ],
)
def test_role_must_suit_the_disposition(make_user, make_triage, make_worker, role, urgent_ok, routine_ok):
    make_worker(role, limit=5)
    for disposition, ok in (("urgent", urgent_ok), ("routine", routine_ok)):
        patient = make_user("patient")
        request = create(patient, make_triage(patient, disposition=disposition))
        assert (request.state == ContactState.ASSIGNED) is ok, disposition


def test_worker_must_speak_the_language(make_user, make_triage, make_worker):
    english = make_worker(languages=["en"])
    spanish = make_worker(languages=["es", "en"])
    patient = make_user("patient")
    request = create(patient, make_triage(patient), language="es")
    assert request.assigned_worker == spanish
    patient = make_user("patient")
    assert create(patient, make_triage(patient), language="fr").state == ContactState.REQUESTED
    assert english  # never picked for Spanish


def test_workers_who_do_not_take_contact_or_are_off_duty_are_skipped(patient, make_triage, make_worker, now):
    make_worker(accepts=False)
    make_worker(on_duty=False)
    make_worker(shift=(now - 9 * H, now - H))  # shift over
    make_worker(shift=(now + H, now + 9 * H))  # not started
    inactive = make_worker()
    inactive.user.is_active = False
    inactive.user.save()
    assert create(patient, make_triage(patient)).state == ContactState.REQUESTED


def test_nobody_above_their_limit(make_user, make_triage, make_worker):
    worker = make_worker(limit=2)
    states = []
    for _ in range(3):
        patient = make_user("patient")
        states.append(create(patient, make_triage(patient)).state)
    assert states == ["assigned", "assigned", "requested"]
    assert worker.contact_requests.filter(state__in=["assigned", "in_progress"]).count() == 2


def test_least_loaded_worker_wins(make_user, make_triage, make_worker, make_request):
    busy = make_worker(limit=5)
    free = make_worker(limit=5)
    make_request("assigned", worker=busy)
    make_request("in_progress", worker=busy)
    make_request("in_progress", worker=free)
    make_request("completed", worker=free)  # closed requests do not count
    make_request("completed", worker=free)
    patient = make_user("patient")
    assert create(patient, make_triage(patient)).assigned_worker == free


def test_requests_spread_evenly(make_user, make_triage, make_worker):
    workers = [make_worker(limit=10) for _ in range(3)]
    for _ in range(9):
        patient = make_user("patient")
        create(patient, make_triage(patient))
    assert [worker.contact_requests.count() for worker in workers] == [3, 3, 3]


def test_nobody_on_duty_leaves_it_requested_and_the_sweep_assigns_it_later(patient, make_triage, make_worker, now):
    later = make_worker(shift=(now + H / 2, now + 9 * H))
    request = create(patient, make_triage(patient), now=now)
    assert request.state == ContactState.REQUESTED
    assert request.assigned_worker is None
    assigned = contact_request_assign(request_id=request.pk, now=now + H)
    assert assigned.state == ContactState.ASSIGNED
    assert assigned.assigned_worker == later


def test_assign_is_a_no_op_unless_requested(make_request, make_worker):
    worker = make_worker()
    request = make_request("in_progress", worker=worker)
    assert contact_request_assign(request_id=request.pk).state == ContactState.IN_PROGRESS
    assert request.transitions.count() == 0


# --- the worker's actions and cancelling ---------------------------------------------------------
def test_accept_and_complete_by_the_assigned_worker(make_request, make_worker):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    accepted = contact_request_accept(request_id=request.pk, worker_user=worker.user)
    assert accepted.state == ContactState.IN_PROGRESS
    assert accepted.started_at is not None
    done = contact_request_complete(request_id=request.pk, worker_user=worker.user, note="Advised rest and fluids.")
    assert done.state == ContactState.COMPLETED
    rows = list(request.transitions.values_list("from_state", "to_state", "actor", "reason"))
    assert rows == [
        ("assigned", "in_progress", worker.user.pk, "Accepted by the worker."),
        ("in_progress", "completed", worker.user.pk, "Advised rest and fluids."),
    ]


def test_another_worker_cannot_accept(make_request, make_worker):
    request = make_request("assigned", worker=make_worker())
    other = make_worker()
    with pytest.raises(NotFound):
        contact_request_accept(request_id=request.pk, worker_user=other.user)
    with pytest.raises(NotFound):
        contact_request_complete(request_id=request.pk, worker_user=other.user)


def test_a_patient_or_a_nurse_without_profile_cannot_accept(make_request, make_worker, make_user):
    request = make_request("assigned", worker=make_worker())
    with pytest.raises(Forbidden):
        contact_request_accept(request_id=request.pk, worker_user=request.patient)
    with pytest.raises(Forbidden) as info:
        contact_request_accept(request_id=request.pk, worker_user=make_user("nurse"))
    assert info.value.code == "no_worker_profile"


def test_accept_repeated_after_a_lost_response_answers_with_the_request(make_request, make_worker):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    contact_request_accept(request_id=request.pk, worker_user=worker.user)  # its response is lost
    again = contact_request_accept(request_id=request.pk, worker_user=worker.user)
    assert again.state == ContactState.IN_PROGRESS
    assert request.transitions.filter(to_state=ContactState.IN_PROGRESS).count() == 1
    done = contact_request_complete(request_id=request.pk, worker_user=worker.user)
    assert contact_request_complete(request_id=request.pk, worker_user=worker.user).state == done.state
    assert request.transitions.count() == 2


@pytest.mark.parametrize("state", ["completed", "cancelled", "expired"])
def test_accept_from_any_other_state_is_a_conflict_naming_it(make_request, make_worker, state):
    worker = make_worker()
    request = make_request(state, worker=worker)  # the worker held it once
    with pytest.raises(Conflict) as info:
        contact_request_accept(request_id=request.pk, worker_user=worker.user)
    assert info.value.code == "illegal_transition"
    assert info.value.extra["current_state"] == state
    assert state.replace("_", " ") in info.value.message


def test_a_waiting_request_is_nobodys_to_accept(make_request, make_worker):
    worker = make_worker()
    request = make_request("requested")
    with pytest.raises(NotFound):
        contact_request_accept(request_id=request.pk, worker_user=worker.user)


@pytest.mark.parametrize("state", ["assigned"])
def test_complete_needs_in_progress(make_request, make_worker, state):
    worker = make_worker()
    request = make_request(state, worker=worker)
    with pytest.raises(Conflict) as info:
        contact_request_complete(request_id=request.pk, worker_user=worker.user)
    assert info.value.extra["current_state"] == state


@pytest.mark.parametrize("state", ["requested", "assigned"])
def test_the_patient_cancels(make_request, make_worker, state):
    request = make_request(state, worker=make_worker())
    cancelled = contact_request_cancel(request_id=request.pk, actor=request.patient)
    assert cancelled.state == ContactState.CANCELLED
    row = request.transitions.get()
    assert (row.from_state, row.to_state, row.actor, row.reason) == (
        state,
        "cancelled",
        request.patient,
        "Cancelled by the patient.",
    )


@pytest.mark.parametrize("state", ["in_progress", "completed", "expired"])
def test_cancel_after_it_started_or_closed_is_a_conflict(make_request, make_worker, state):
    request = make_request(state, worker=make_worker() if state in ("in_progress", "completed") else None)
    with pytest.raises(Conflict) as info:
        contact_request_cancel(request_id=request.pk, actor=request.patient)
    assert info.value.extra["current_state"] == state


def test_who_may_cancel(make_request, make_worker, make_user):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    for stranger in (make_user("patient"), make_worker().user, make_user("er_staff")):
        with pytest.raises(NotFound):
            contact_request_cancel(request_id=request.pk, actor=stranger)
    assert contact_request_cancel(request_id=request.pk, actor=worker.user, reason="In the ER already").state == (
        ContactState.CANCELLED
    )
    other = make_request("requested")
    assert contact_request_cancel(request_id=other.pk, actor=make_user("admin")).state == ContactState.CANCELLED


# --- shifts --------------------------------------------------------------------------------------
def test_shift_ensure_covering_is_idempotent_and_extends(make_worker, now):
    worker = make_worker(on_duty=False)
    first = shift_ensure_covering(worker=worker, starts_at=now, ends_at=now + 10 * H)
    again = shift_ensure_covering(worker=worker, starts_at=now, ends_at=now + 10 * H)
    assert again.pk == first.pk
    assert worker.shifts.count() == 1
    # A later window that touches the first one merges into one longer shift.
    later = shift_ensure_covering(worker=worker, starts_at=now + 5 * H, ends_at=now + 20 * H)
    assert worker.shifts.count() == 1
    assert (later.starts_at, later.ends_at) == (now, now + 20 * H)
    # Two separate shifts bridged by a window become one.
    shift_ensure_covering(worker=worker, starts_at=now + 30 * H, ends_at=now + 40 * H)
    assert worker.shifts.count() == 2
    merged = shift_ensure_covering(worker=worker, starts_at=now + 15 * H, ends_at=now + 35 * H)
    assert worker.shifts.count() == 1
    assert (merged.starts_at, merged.ends_at) == (now, now + 40 * H)
    with pytest.raises(Invalid):
        shift_ensure_covering(worker=worker, starts_at=now, ends_at=now)
