"""Triage services: create, calculate (idempotent), fail and retry, cancel, override, shadow mode."""

import pytest
from django.core.management import call_command

from healthsvc.errors import Conflict, Forbidden, Invalid
from healthsvc.models import AuditEvent
from triage import engine
from triage.choices import TriageState
from triage.models import RulesetDeployment, TriageRecord, TriageResult
from triage.services import (
    triage_record_calculate,
    triage_record_cancel,
    triage_record_create,
    triage_record_fail,
    triage_record_override,
    triage_record_retry,
    triage_records_reconcile,
)

pytestmark = pytest.mark.django_db


def fresh(record):
    return TriageRecord.objects.get(pk=record.pk)


def test_create_records_the_answers_with_age_from_the_profile(
    patient, sore_throat_answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        record, created = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    assert created
    assert record.state == TriageState.RECORDED
    assert record.answers["age_years"] == pytest.approx(patient.patient_profile.age_years(), abs=0.01)
    assert record.answers["sex"] == "female"
    assert [t.to_state for t in record.transitions.all()] == ["requested", "recorded"]
    assert len(callbacks) == 1  # the calculation is enqueued on commit


def test_bad_answers_save_nothing(patient):
    with pytest.raises(Invalid) as caught:
        triage_record_create(patient=patient, raw_answers={"complaint": "no_such_thing", "pain": 99})
    assert "complaint" in caught.value.fields
    assert not TriageRecord.objects.exists()


def test_staff_without_profile_cannot_create(make_user, sore_throat_answers):
    with pytest.raises(Forbidden):
        triage_record_create(patient=make_user("nurse"), raw_answers=sore_throat_answers)


def test_idempotency_key_returns_the_first_record(patient, sore_throat_answers):
    first, created = triage_record_create(patient=patient, raw_answers=sore_throat_answers, idempotency_key="abc")
    again, created_again = triage_record_create(patient=patient, raw_answers=sore_throat_answers, idempotency_key="abc")
    assert created and not created_again
    assert first.pk == again.pk


def test_calculate_completes_with_one_active_result(completed_record):
    assert completed_record.state == TriageState.COMPLETED
    assert completed_record.disposition == "self_care"
    results = list(completed_record.results.all())
    assert len(results) == 1 and results[0].is_current and results[0].kind == "active"
    assert results[0].reasons and all("source" in r for r in results[0].reasons)
    assert [t.to_state for t in completed_record.transitions.all()] == [
        "requested",
        "recorded",
        "calculating",
        "completed",
    ]


def test_calculating_twice_is_a_no_op(completed_record):
    assert triage_record_calculate(record_id=completed_record.pk) is None
    assert completed_record.results.count() == 1


def test_calculate_of_unknown_or_cancelled_record_is_a_no_op(patient, sore_throat_answers):
    assert triage_record_calculate(record_id=999_999) is None
    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    triage_record_cancel(record_id=record.pk, actor=patient)
    assert triage_record_calculate(record_id=record.pk) is None
    assert fresh(record).state == TriageState.CANCELLED


def test_fail_then_staff_retry_completes(patient, make_user, sore_throat_answers, django_capture_on_commit_callbacks):
    from triage.services import _triage_record_begin_calculation

    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    _triage_record_begin_calculation(record_id=record.pk)
    triage_record_fail(record_id=record.pk, error="OperationalError: database went away")
    assert fresh(record).state == TriageState.FAILED
    nurse = make_user("nurse")
    with django_capture_on_commit_callbacks(execute=False):
        triage_record_retry(record_id=record.pk, actor=nurse)
    assert fresh(record).state == TriageState.CALCULATING
    triage_record_calculate(record_id=record.pk)
    assert fresh(record).state == TriageState.COMPLETED
    assert AuditEvent.objects.filter(action="triage.retry", actor=nurse).exists()


def test_retry_of_a_completed_record_is_409(completed_record, make_user):
    with pytest.raises(Conflict) as caught:
        triage_record_retry(record_id=completed_record.pk, actor=make_user("clinician"))
    assert caught.value.extra["current_state"] == "completed"


def test_cancel_only_before_calculation(completed_record, patient):
    with pytest.raises(Conflict):
        triage_record_cancel(record_id=completed_record.pk, actor=patient)


def test_override_keeps_the_old_result_and_audits(completed_record, make_user):
    clinician = make_user("clinician")
    triage_record_override(
        record_id=completed_record.pk,
        actor=clinician,
        acuity=2,
        disposition="emergency",
        reason="Voice sounds muffled on the phone: possible quinsy.",
    )
    record = fresh(completed_record)
    assert (record.state, record.acuity, record.disposition) == ("completed", 2, "emergency")
    results = {r.kind: r for r in record.results.all()}
    assert results["active"].is_current is False
    assert results["override"].is_current is True
    assert results["override"].overridden_by == clinician
    event = AuditEvent.objects.get(action="triage.override")
    assert event.details["from"]["disposition"] == "self_care"
    assert event.patient_id == record.patient_id


def test_override_needs_a_clinical_role_and_a_reason(completed_record, patient, make_user):
    with pytest.raises(Forbidden):
        triage_record_override(
            record_id=completed_record.pk, actor=patient, acuity=1, disposition="emergency", reason="x"
        )
    with pytest.raises(Invalid):
        triage_record_override(
            record_id=completed_record.pk, actor=make_user("clinician"), acuity=1, disposition="emergency", reason="  "
        )


def test_shadow_ruleset_result_is_stored_beside_the_active_one(patient, settings, sore_throat_answers):
    settings.TRIAGE_ACTIVE_RULESET = engine.PREVIOUS_RULESET
    settings.TRIAGE_SHADOW_RULESET = engine.DEFAULT_RULESET
    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    triage_record_calculate(record_id=record.pk)
    kinds = sorted(fresh(record).results.values_list("kind", "ruleset_version"))
    assert kinds == sorted([("active", engine.PREVIOUS_RULESET), ("shadow", engine.DEFAULT_RULESET)])
    assert TriageResult.objects.get(kind="shadow").is_current is False


def test_promote_shadow_ruleset_command(settings, patient, sore_throat_answers):
    settings.TRIAGE_ACTIVE_RULESET = engine.PREVIOUS_RULESET
    settings.TRIAGE_SHADOW_RULESET = engine.DEFAULT_RULESET
    call_command("promote_shadow_ruleset", "--by", "dr.review@example.test", "--yes")
    deployment = RulesetDeployment.objects.get()
    assert deployment.active_ruleset == engine.DEFAULT_RULESET
    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    assert record.ruleset_version == engine.DEFAULT_RULESET
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):  # nothing left in shadow
        call_command("promote_shadow_ruleset", "--by", "x", "--yes")


def test_reconcile_re_enqueues_records_whose_message_was_lost(patient, sore_throat_answers, monkeypatch):
    import datetime as dt

    from django.utils import timezone

    from triage import services

    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    TriageRecord.objects.filter(pk=record.pk).update(recorded_at=timezone.now() - dt.timedelta(minutes=10))
    sent = []
    monkeypatch.setattr(services, "publish", lambda task, *args, **kw: sent.append(args))
    assert triage_records_reconcile() == 1
    assert sent == [(record.pk,)]


def test_reconcile_finds_a_lost_calculation_within_30_seconds(patient, sore_throat_answers, monkeypatch):
    """A worker killed mid-calculation leaves the record `calculating`; the 10 s sweep must pick
    it up after TRIAGE_RECONCILE_AFTER_SECONDS (15 s), so within 25 s, and Redis must hand the
    message out again within 60 s, not at its default hour."""
    import datetime as dt

    from django.conf import settings
    from django.utils import timezone

    from triage import services

    lost, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    running, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    now = timezone.now()
    TriageRecord.objects.filter(pk=lost.pk).update(
        state=TriageState.CALCULATING, calculating_at=now - dt.timedelta(seconds=20)
    )
    TriageRecord.objects.filter(pk=running.pk).update(
        state=TriageState.CALCULATING, calculating_at=now - dt.timedelta(seconds=3)
    )
    sent = []
    monkeypatch.setattr(services, "publish", lambda task, *args, **kw: sent.append(args))
    assert triage_records_reconcile() == 1
    assert sent == [(lost.pk,)]
    sweep_every = settings.CELERY_BEAT_SCHEDULE["triage-reconcile"]["schedule"]
    assert settings.TRIAGE_RECONCILE_AFTER_SECONDS + sweep_every <= 30
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert settings.CELERY_TASK_TIME_LIMIT < visibility <= 60, "a running task is not handed out twice"
