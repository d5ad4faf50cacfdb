"""Every edge of the triage record's state machine, allowed and forbidden, and the DB constraints."""

import pytest
from django.db import IntegrityError, transaction
from django_fsm import TransitionNotAllowed

from triage.choices import TriageState
from triage.models import TriageRecord, TriageResult

pytestmark = pytest.mark.django_db

S = TriageState
# transition name -> (allowed sources, target)
EDGES = {
    "record": ({S.REQUESTED}, S.RECORDED),
    "start_calculation": ({S.RECORDED}, S.CALCULATING),
    "complete": ({S.CALCULATING}, S.COMPLETED),
    "fail": ({S.CALCULATING}, S.FAILED),
    "retry": ({S.FAILED}, S.CALCULATING),
    "cancel": ({S.REQUESTED, S.RECORDED}, S.CANCELLED),
    "override": ({S.COMPLETED}, S.COMPLETED),
}
KWARGS = {
    "complete": {"acuity": 3, "disposition": "urgent"},
    "override": {"acuity": 2, "disposition": "emergency"},
    "fail": {"error": "boom"},
}


def make_record(patient, state=S.REQUESTED, **extra):
    return TriageRecord.objects.create(
        patient=patient,
        state=state,
        answers={"complaint": "sore_throat"},
        catalogue_version="t",
        ruleset_version="t",
        **extra,
    )


@pytest.mark.parametrize(("name", "source"), [(name, source) for name in EDGES for source in S.values])
def test_every_transition_from_every_state(patient, name, source):
    record = make_record(patient, state=source)
    allowed, target = EDGES[name]
    method = getattr(record, name)
    if source in allowed:
        method(**KWARGS.get(name, {}))
        record.save()
        # Protected FSM fields refuse refresh_from_db(); read a fresh instance instead.
        assert TriageRecord.objects.get(pk=record.pk).state == target
    else:
        with pytest.raises(TransitionNotAllowed):
            method(**KWARGS.get(name, {}))
        assert TriageRecord.objects.get(pk=record.pk).state == source


def test_state_cannot_be_assigned_directly(patient):
    record = make_record(patient)
    with pytest.raises(AttributeError):
        record.state = S.COMPLETED


def test_each_transition_stamps_its_time(patient):
    record = make_record(patient)
    record.record()
    record.start_calculation()
    record.fail(error="x")
    record.retry()
    record.complete(acuity=4, disposition="routine")
    assert all([record.recorded_at, record.calculating_at, record.failed_at, record.completed_at])
    assert record.attempts == 2
    assert (record.acuity, record.disposition) == (4, "routine")


def _result(record, **fields):
    defaults = {"kind": "active", "is_current": True, "acuity": 3, "disposition": "urgent", "ruleset_version": "t"}
    return TriageResult.objects.create(record=record, **{**defaults, **fields})


def test_database_refuses_two_current_results(patient):
    record = make_record(patient, state=S.COMPLETED)
    _result(record)
    with pytest.raises(IntegrityError), transaction.atomic():
        _result(record, kind="override", overridden_by=patient, override_reason="x")


def test_database_refuses_two_computed_active_results(patient):
    record = make_record(patient, state=S.COMPLETED)
    _result(record, is_current=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        _result(record, is_current=False)


def test_database_refuses_override_without_who_and_why(patient):
    record = make_record(patient, state=S.COMPLETED)
    with pytest.raises(IntegrityError), transaction.atomic():
        _result(record, kind="override", override_reason="")


def test_database_refuses_acuity_out_of_range(patient):
    record = make_record(patient, state=S.COMPLETED)
    with pytest.raises(IntegrityError), transaction.atomic():
        _result(record, acuity=6)


def test_idempotency_key_is_unique_per_patient(patient, make_user):
    make_record(patient, idempotency_key="k1")
    make_record(make_user("patient"), idempotency_key="k1")  # another patient may reuse it
    with pytest.raises(IntegrityError), transaction.atomic():
        make_record(patient, idempotency_key="k1")
