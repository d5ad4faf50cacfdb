"""Every write of the triage app: one function per use case, one transaction each.

The calculation is split in two transactions on purpose: the patient should see the
record move to `calculating` while the engine runs, and the engine (pure Python)
must not run while a row lock is held. A record stuck in `calculating` (a worker
died) is picked up again by the reconcile sweep; the partial unique index on
results makes a second calculation of the same record fail rather than duplicate.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from prometheus_client import Counter, Histogram

from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound
from healthsvc.languages import in_language_of
from healthsvc.models import Dependant, User
from healthsvc.selectors import dependant_of
from healthsvc.services import audit_record, audit_staff_read
from healthsvc.tasking import enqueue_on_commit, publish
from healthsvc.time_zones import in_time_zone_of
from healthsvc.webhooks.choices import EventType
from healthsvc.webhooks.services import event_record
from triage import engine
from triage.choices import STATE_IN_SENTENCE, Disposition, ResultKind, TriageState
from triage.models import TriageRecord, TriageResult, TriageTransition
from triage.presentation import disposition_copy
from triage.rulesets import rulesets_in_force
from triage.selectors import can_read_all_records

logger = logging.getLogger(__name__)

# product.md: nurses and clinicians review and re-triage; patients never can.
OVERRIDE_ROLES = ("nurse", "clinician", "admin")

triage_calculation_seconds = Histogram(
    "healthsvc_triage_calculation_seconds",
    "Time from a record being requested to its result being stored.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300),
)
triage_results_total = Counter(
    "healthsvc_triage_results_total", "Completed triage results by disposition.", ["disposition"]
)
triage_failures_total = Counter("healthsvc_triage_failures_total", "Triage calculations that ended failed.")


def _log_transition(record: TriageRecord, *, from_state: str, actor: User | None, reason: str = "") -> None:
    TriageTransition.record_change(record, from_state=from_state, actor=actor, reason=reason)


def _answers_for(patient: User, raw_answers: dict, dependant: Dependant | None = None) -> engine.Answers:
    """Validate against the catalogue; age and sex come from the profile of the person it is about: the
    patient's own, or the dependant's they are filling it in for."""
    profile = getattr(patient, "patient_profile", None)
    if profile is None:
        raise Forbidden("patient_profile_required", _("Only a patient with a profile can start a symptom check."))
    if not isinstance(raw_answers, dict):
        raise Invalid(message=_("The answers must be an object."), fields={"answers": [_("Expected an object.")]})
    person = dependant or profile
    merged = {**raw_answers, "age_years": round(person.age_years(), 3), "sex": raw_answers.get("sex") or person.sex}
    try:
        return engine.validate_answers(merged)
    except engine.AnswersInvalid as exc:
        raise Invalid(message=_("Some answers are not valid."), fields=exc.fields) from exc


def triage_record_create(
    *,
    patient: User,
    raw_answers: dict,
    idempotency_key: str = "",
    prefilled_from_id: int | None = None,
    dependant_id: int | None = None,
) -> tuple[TriageRecord, bool]:
    """Validate the answers, create the record and move it to `recorded`, in one transaction.

    Returns (record, created). With an Idempotency-Key already used by this patient the
    earlier record is returned unchanged. The calculation is enqueued on commit; when
    the broker is unreachable it runs inline so the patient still gets a result.
    `dependant_id`: the check is for someone the patient cares for (404 if not theirs).
    """
    dependant = dependant_of(user=patient, dependant_id=dependant_id) if dependant_id is not None else None
    answers = _answers_for(patient, raw_answers, dependant)
    if idempotency_key:
        existing = TriageRecord.objects.filter(patient=patient, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    active, _shadow = rulesets_in_force()
    try:
        with transaction.atomic():
            record = TriageRecord.objects.create(
                patient=patient,
                dependant=dependant,
                answers=answers.as_dict(),
                catalogue_version=engine.CATALOGUE_VERSION,
                ruleset_version=active,
                idempotency_key=idempotency_key,
                prefilled_from_id=prefilled_from_id
                if prefilled_from_id and TriageRecord.objects.filter(pk=prefilled_from_id, patient=patient).exists()
                else None,
            )
            _log_transition(record, from_state="", actor=patient)
            record.record()
            record.save()
            _log_transition(record, from_state=TriageState.REQUESTED, actor=patient)
            _enqueue_calculation(record.pk)
    except IntegrityError:
        # The same Idempotency-Key raced in from a second request: answer with the winner.
        existing = TriageRecord.objects.filter(patient=patient, idempotency_key=idempotency_key).first()
        if idempotency_key and existing is not None:
            return existing, False
        raise
    return record, True


def _enqueue_calculation(record_id: int) -> None:
    from triage.tasks import calculate_triage_task

    enqueue_on_commit(calculate_triage_task, record_id, fallback=lambda: triage_record_calculate(record_id=record_id))


def triage_record_calculate(*, record_id: int) -> TriageRecord | None:
    """Run the engine for a recorded (or re-delivered calculating) record; idempotent.

    Returns the record, or None when there was nothing to do (already completed,
    cancelled, or unknown): duplicate and late messages are no-ops.
    """
    record = _triage_record_begin_calculation(record_id=record_id)
    if record is None:
        return None
    answers = engine.validate_answers(record.answers)
    active_version, shadow_version = rulesets_in_force()
    # The record keeps the ruleset it was made under unless that one is gone.
    version = record.ruleset_version if record.ruleset_version in engine.RULESETS else active_version
    result = engine.evaluate(answers, version)
    shadow = None
    if shadow_version and shadow_version != version and shadow_version in engine.RULESETS:
        shadow = engine.evaluate(answers, shadow_version)
    return _triage_record_store_result(record_id=record_id, result=result, shadow=shadow)


@transaction.atomic
def _triage_record_begin_calculation(*, record_id: int) -> TriageRecord | None:
    record = TriageRecord.objects.select_for_update().filter(pk=record_id).first()
    if record is None or record.state not in (TriageState.RECORDED, TriageState.CALCULATING):
        return None
    if record.state == TriageState.RECORDED:
        record.start_calculation()
        record.save()
        _log_transition(record, from_state=TriageState.RECORDED, actor=None)
    return record


@transaction.atomic
def _triage_record_store_result(*, record_id: int, result, shadow) -> TriageRecord | None:
    record = TriageRecord.objects.select_for_update().get(pk=record_id)
    if record.state != TriageState.CALCULATING or record.results.filter(kind=ResultKind.ACTIVE).exists():
        return None
    TriageResult.objects.create(record=record, kind=ResultKind.ACTIVE, is_current=True, **_result_fields(result))
    if shadow is not None:
        TriageResult.objects.create(record=record, kind=ResultKind.SHADOW, is_current=False, **_result_fields(shadow))
    record.complete(acuity=result.acuity, disposition=result.disposition)
    record.save()
    _log_transition(record, from_state=TriageState.CALCULATING, actor=None)
    triage_calculation_seconds.observe((timezone.now() - record.requested_at).total_seconds())
    triage_results_total.labels(disposition=result.disposition).inc()
    _announce_completion(record, result_kind=ResultKind.ACTIVE)
    return record


def _announce_completion(record: TriageRecord, *, result_kind: str) -> None:
    """Let other apps act on a completed result (suggestions builds the next steps), on commit; and tell
    integrators (a webhook event, written in this transaction: docs/webhooks.md)."""
    from triage.signals import triage_completed

    transaction.on_commit(lambda: triage_completed.send(sender=TriageRecord, record_id=record.pk))
    event_record(
        event_type=EventType.TRIAGE_COMPLETED,
        subject=f"triage_record:{record.pk}",
        data={
            "triage_record_id": record.pk,
            "patient_id": record.patient_id,
            "dependant_id": record.dependant_id,
            "acuity": record.acuity,
            "disposition": record.disposition,
            "result_kind": result_kind,  # "active": the engine's result; "override": a clinician's
            "ruleset_version": record.ruleset_version,
            "completed_at": record.completed_at,
            "at": timezone.now(),
        },
    )


def _result_fields(result) -> dict:
    return {
        "acuity": result.acuity,
        "disposition": result.disposition,
        "reasons": [reason.as_dict() for reason in result.reasons],
        "escalation_advice": list(result.escalation_advice),
        "notes": list(result.notes),
        "news2": result.news2,
        "time_to_clinician_minutes": result.time_to_clinician_minutes,
        "ruleset_version": result.ruleset_version,
    }


@transaction.atomic
def triage_record_fail(*, record_id: int, error: str) -> TriageRecord | None:
    record = TriageRecord.objects.select_for_update().filter(pk=record_id).first()
    if record is None or record.state != TriageState.CALCULATING:
        return None
    record.fail(error=error)
    record.save()
    _log_transition(record, from_state=TriageState.CALCULATING, actor=None, reason=error[:500])
    triage_failures_total.inc()
    return record


@transaction.atomic
def triage_record_retry(*, record_id: int, actor: User) -> TriageRecord:
    """Staff retry of a failed record: failed -> calculating, then the task runs again."""
    if not (actor.is_superuser or actor.has_role("nurse", "clinician", "admin")):
        raise NotFound(message=_("No such triage record."))
    record = _locked_record(record_id)
    if record.state != TriageState.FAILED:
        raise _illegal(record, "retry")
    record.retry()
    record.save()
    _log_transition(record, from_state=TriageState.FAILED, actor=actor, reason="retried by staff")
    audit_record(
        actor=actor, action="triage.retry", object_type="triage_record", object_id=record.pk, patient=record.patient_id
    )
    _enqueue_calculation(record.pk)
    return record


@transaction.atomic
def triage_record_cancel(*, record_id: int, actor: User, reason: str = "") -> TriageRecord:
    record = _locked_record(record_id)
    if record.patient_id != actor.pk and not can_read_all_records(actor):
        raise NotFound(message=_("No such triage record."))
    if record.state not in (TriageState.REQUESTED, TriageState.RECORDED):
        raise _illegal(record, "cancel")
    from_state = record.state
    record.cancel()
    record.save()
    _log_transition(record, from_state=from_state, actor=actor, reason=reason)
    return record


@transaction.atomic
def triage_record_override(
    *, record_id: int, actor: User, acuity: int, disposition: str, reason: str, patient_message: str = ""
) -> TriageRecord:
    """Clinician re-triage: a new current result; the previous one is kept, not current.

    `reason` is the internal note (staff only: the result, the audit row); `patient_message` is what the
    patient is told, on their result and in the email sent after commit.
    """
    if not (actor.is_superuser or actor.has_role(*OVERRIDE_ROLES)):
        raise Forbidden(message=_("Only a clinician can override a triage result."))
    if not reason or not reason.strip():
        raise Invalid(message=_("Say why you override."), fields={"reason": [_("This field is required.")]})
    if disposition not in Disposition.values:
        raise Invalid(fields={"disposition": [_("Unknown disposition.")]})
    message = (patient_message or "").strip()
    record = _locked_record(record_id)
    if record.state != TriageState.COMPLETED:
        raise _illegal(record, "override")
    previous = record.results.select_for_update().filter(is_current=True).first()
    if previous is not None:
        previous.is_current = False
        previous.save(update_fields=["is_current"])
    TriageResult.objects.create(
        record=record,
        kind=ResultKind.OVERRIDE,
        is_current=True,
        acuity=acuity,
        disposition=disposition,
        reasons=[
            {
                "rule_id": "clinician_override",
                "text": "A clinician reviewed your answers and changed the result."
                + (f" Their message: {message}" if message else ""),
                "source": "Clinician judgement",
                "acuity": acuity,
                "disposition": disposition,
            }
        ],
        escalation_advice=previous.escalation_advice if previous else [],
        ruleset_version=record.ruleset_version,
        overridden_by=actor,
        override_reason=reason.strip(),
        patient_message=message,
    )
    record.override(acuity=acuity, disposition=disposition)
    record.save()
    # The history is the patient's too: it says that a clinician changed it, not the internal note.
    _log_transition(record, from_state=TriageState.COMPLETED, actor=actor, reason="clinician override")
    audit_record(
        actor=actor,
        action="triage.override",
        object_type="triage_record",
        object_id=record.pk,
        patient=record.patient_id,
        details={
            "from": {"acuity": previous.acuity, "disposition": previous.disposition} if previous else None,
            "to": {"acuity": acuity, "disposition": disposition},
            "reason": reason.strip(),
            "patient_message": message,
        },
    )
    _announce_completion(record, result_kind=ResultKind.OVERRIDE)
    from triage.tasks import override_email_task

    enqueue_on_commit(override_email_task, record.pk, fallback=lambda: triage_override_email_send(record_id=record.pk))
    return record


def triage_override_email_send(*, record_id: int) -> bool:
    """Tell the patient by email that a clinician changed their result (once; the reconcile sweep retries).

    The row is claimed with a lock so two sends never both email; the email goes inside the transaction
    that marks it sent, so a failed send leaves it owed.
    """
    with transaction.atomic():
        result = (
            TriageResult.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("record__patient", "record__dependant")
            .filter(record_id=record_id, is_current=True, kind=ResultKind.OVERRIDE, patient_notified_at__isnull=True)
            .first()
        )
        if result is None:
            return False
        record = result.record
        with in_language_of(record.patient), in_time_zone_of(record.patient):
            context = {
                "record": record,
                "result": result,
                "patient": record.patient,
                "copy": disposition_copy(result.disposition),
            }
            subject = render_to_string("triage/email/override_subject.txt", context).strip()
            body = render_to_string("triage/email/override_body.txt", context)
        send_mail(subject, body, None, [record.patient.email])
        result.patient_notified_at = timezone.now()
        result.save(update_fields=["patient_notified_at"])
    return True


def triage_override_emails_owed(*, older_than_seconds: int = 20, limit: int = 100) -> int:
    """Send the override emails whose task was lost (broker down, worker killed). Returns how many."""
    cutoff = timezone.now() - dt.timedelta(seconds=older_than_seconds)
    owed = TriageResult.objects.filter(
        is_current=True, kind=ResultKind.OVERRIDE, patient_notified_at__isnull=True, created_at__lt=cutoff
    ).values_list("record_id", flat=True)[:limit]
    return sum(triage_override_email_send(record_id=record_id) for record_id in list(owed))


def triage_records_audit_read(*, actor: User, records) -> None:
    """Staff reads of patients' records are audited; a patient reading their own is not."""
    others = [record for record in records if record.patient_id != actor.pk]
    if others and can_read_all_records(actor):
        audit_staff_read(
            actor=actor,
            object_type="triage_record",
            object_ids=[record.pk for record in others],
            patient_ids=[record.patient_id for record in others],
        )


def triage_records_reconcile(*, older_than_seconds: int | None = None, limit: int = 200) -> int:
    """Re-enqueue records whose calculation message was lost (broker outage, worker crash)."""
    if older_than_seconds is None:
        older_than_seconds = settings.TRIAGE_RECONCILE_AFTER_SECONDS
    cutoff = timezone.now() - timezone.timedelta(seconds=older_than_seconds)
    stuck = list(
        TriageRecord.objects.filter(
            Q(state=TriageState.RECORDED, recorded_at__lt=cutoff)
            | Q(state=TriageState.CALCULATING, calculating_at__lt=cutoff)
        ).values_list("pk", flat=True)[:limit]
    )
    from triage.tasks import calculate_triage_task

    for record_id in stuck:
        publish(calculate_triage_task, record_id)
    return len(stuck)


@transaction.atomic
def triage_records_purge(*, patient_ids: list[int]) -> dict[str, int]:
    """Delete the patients' symptom checks with their results, history and the advice built from them, when a
    closed account's retention period has ended (healthsvc.retention; docs/security.md). Their bookings and
    contact requests, which keep a record, must be gone first. Returns the rows deleted, by model."""
    return TriageRecord.objects.filter(patient_id__in=patient_ids).delete()[1]


def _locked_record(record_id: int) -> TriageRecord:
    record = TriageRecord.objects.select_for_update().filter(pk=record_id).first()
    if record is None:
        raise NotFound(message=_("No such triage record."))
    return record


def _illegal(record: TriageRecord, action: str) -> Conflict:
    message = {
        "retry": _("Cannot retry a triage record that is %(state)s."),
        "cancel": _("Cannot cancel a triage record that is %(state)s."),
        "override": _("Cannot override a triage record that is %(state)s."),
    }[action]
    return Conflict(
        "illegal_transition",
        message % {"state": STATE_IN_SENTENCE.get(record.state, record.state)},
        current_state=record.state,
    )


__all__ = [
    "triage_record_calculate",
    "triage_record_cancel",
    "triage_record_create",
    "triage_record_fail",
    "triage_record_override",
    "triage_record_retry",
    "triage_records_audit_read",
    "triage_records_purge",
    "triage_records_reconcile",
]
