"""Reads of triage records. Patients see only their own; staff reads are audited by the caller's service."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Prefetch, QuerySet

from healthsvc.errors import NotFound
from healthsvc.models import User
from healthsvc.roles import Role
from healthsvc.selectors import last_changed_between
from triage.choices import ResultKind, TriageState
from triage.models import TriageRecord, TriageResult

# Roles whose work needs patients' triage records (product.md: nurse / clinician review).
TRIAGE_READER_ROLES = (Role.NURSE, Role.CLINICIAN, Role.ADMIN)


def can_read_all_records(user: User) -> bool:
    return user.is_superuser or user.has_role(*TRIAGE_READER_ROLES)


def _with_results(queryset: QuerySet[TriageRecord]) -> QuerySet[TriageRecord]:
    current = TriageResult.objects.filter(is_current=True).select_related("overridden_by")
    return queryset.select_related("patient", "dependant").prefetch_related(
        Prefetch("results", queryset=current, to_attr="current_results")
    )


def triage_records_visible_to(*, user: User) -> QuerySet[TriageRecord]:
    """The records this user may read: their own, or all for triage staff."""
    queryset = TriageRecord.objects.all() if can_read_all_records(user) else TriageRecord.objects.filter(patient=user)
    return _with_results(queryset)


# A record's row records each change of state at its own time; the latest is when it last changed.
RECORD_CHANGE_TIMES = ("requested_at", "recorded_at", "calculating_at", "completed_at", "failed_at", "cancelled_at")


def triage_records_changed_between(*, since: dt.datetime, until: dt.datetime | None = None) -> QuerySet[TriageRecord]:
    """Every record last changed in [since, until), by id, for the bulk export (the caller audits)."""
    records = TriageRecord.objects.select_related("patient", "dependant")
    return last_changed_between(records, *RECORD_CHANGE_TIMES, since=since, until=until).order_by("pk")


def triage_records_assessed_between(*, since: dt.datetime, until: dt.datetime | None = None) -> QuerySet[TriageRecord]:
    """Completed records whose current result was made in [since, until) (an override makes a new one), by id,
    for the bulk export (the caller audits; their results: triage_current_results)."""
    made = {"results__created_at__gte": since, **({"results__created_at__lt": until} if until is not None else {})}
    # One filter() call, so every condition holds for the same (current) result: one row per record.
    records = TriageRecord.objects.filter(state=TriageState.COMPLETED, results__is_current=True, **made)
    return records.select_related("patient", "dependant").order_by("pk")


def triage_current_results(*, record_ids) -> dict[int, TriageResult]:
    """The current result of each of these records, by record id; one query. Unlike a prefetch, the results
    do not point back at record objects, so an export's chunk is freed at once rather than by the cyclic GC."""
    results = TriageResult.objects.filter(record_id__in=record_ids, is_current=True).select_related("overridden_by")
    return {result.record_id: result for result in results}


def triage_record_visible_to(*, user: User, record_id: int) -> TriageRecord:
    """One record, or NotFound (also when it exists but is another patient's)."""
    record = triage_records_visible_to(user=user).filter(pk=record_id).first()
    if record is None:
        raise NotFound(message="No such triage record.")
    return record


def triage_record_current_result(record: TriageRecord) -> TriageResult | None:
    prefetched = getattr(record, "current_results", None)
    if prefetched is not None:
        return prefetched[0] if prefetched else None
    return record.results.filter(is_current=True).first()


def triage_record_detail(*, user: User, record_id: int) -> TriageRecord:
    """A record with its full history: every result (active, shadow, override) and transition."""
    record = triage_record_visible_to(user=user, record_id=record_id)
    results = TriageResult.objects.filter(record=record).select_related("overridden_by")
    if not can_read_all_records(user):
        results = results.exclude(kind=ResultKind.SHADOW)  # shadow output is for clinicians' review only
    record.all_results = list(results)
    record.all_transitions = list(record.transitions.select_related("actor"))
    return record


def triage_completed_record_of_patient(*, record_id: int, patient_id: int) -> TriageRecord | None:
    """For other apps (ER booking, contact requests, suggestions): the patient's completed record or None.

    Its `acuity` and `disposition` are those of the current result (overrides included).
    Only the result's columns are read: the answers can run to kilobytes and these callers
    (one of them on every ER booking) never look at them.
    """
    return (
        TriageRecord.objects.filter(pk=record_id, patient_id=patient_id, state="completed")
        .only("id", "patient_id", "state", "acuity", "disposition", "completed_at")
        .first()
    )


def triage_shadow_disagreements() -> QuerySet[TriageResult]:
    """Shadow results that differ from the active result of the same record (acuity or disposition)."""
    from django.db.models import OuterRef, Subquery

    active = TriageResult.objects.filter(record=OuterRef("record"), kind=ResultKind.ACTIVE)
    return (
        TriageResult.objects.filter(kind=ResultKind.SHADOW)
        .annotate(
            active_acuity=Subquery(active.values("acuity")[:1]),
            active_disposition=Subquery(active.values("disposition")[:1]),
            active_ruleset=Subquery(active.values("ruleset_version")[:1]),
        )
        .exclude(acuity=models.F("active_acuity"), disposition=models.F("active_disposition"))
        .select_related("record")
        .order_by("-created_at")
    )
