"""Bookings in bulk for the export's volume tests and bench/export_fhir.py: rows written with bulk_create, fast.

Each booking has its own completed triage record with a current result; every `per_patient` bookings share a
patient account. The clinical content (answers, result) is copied from one record the triage services really
made (`template`), so each row maps to the same FHIR as a record made the slow way would. Bookings take turns
ending completed, cancelled and as a no-show (ended states: any number of them per patient is allowed).
"""

from __future__ import annotations

import datetime as dt
import secrets

BATCH = 5000
# (state, end_reason, which of its times are set) in turn.
_ENDINGS = (
    ("completed", "", ("confirmed_at", "called_at", "arrived_at", "completed_at")),
    ("cancelled", "cancelled_by_patient", ("confirmed_at", "cancelled_at")),
    ("expired", "no_show", ("confirmed_at", "called_at", "expired_at")),
)


def add_bookings(n: int, *, room, template, start: dt.datetime, spacing: dt.timedelta, per_patient: int = 4) -> None:
    """n ended bookings at `room`, the i-th made at start + i * spacing (its triage a minute earlier, its
    other times minutes later). `template`: a completed TriageRecord whose answers and result are copied."""
    for first in range(0, n, BATCH):
        _add_batch(range(first, min(n, first + BATCH)), room, template, start, spacing, per_patient)


def _add_batch(indexes: range, room, template, start: dt.datetime, spacing: dt.timedelta, per_patient: int) -> None:
    from er_queue.models import ERBooking
    from healthsvc.models import PatientProfile, User
    from triage.models import TriageRecord, TriageResult

    result = template.results.get(is_current=True)
    tag = secrets.token_hex(4)
    patients = User.objects.bulk_create(
        User(email=f"bulk-{tag}-{i}@example.test", password="!", full_name=f"Bulk Patient{i}")
        for i in indexes[::per_patient]
    )
    PatientProfile.objects.bulk_create(
        PatientProfile(user=user, date_of_birth=dt.date(1960 + i % 50, 1 + i % 12, 1 + i % 28), sex="female")
        for i, user in enumerate(patients)
    )
    owner = {i: patients[(i - indexes.start) // per_patient] for i in indexes}
    times = {i: start + i * spacing for i in indexes}
    records = TriageRecord.objects.bulk_create(
        TriageRecord(
            patient=owner[i],
            state="completed",
            answers=template.answers,
            catalogue_version=template.catalogue_version,
            ruleset_version=template.ruleset_version,
            acuity=template.acuity,
            disposition=template.disposition,
            requested_at=times[i] - dt.timedelta(minutes=1),
            recorded_at=times[i] - dt.timedelta(minutes=1),
            calculating_at=times[i] - dt.timedelta(minutes=1),
            completed_at=times[i] - dt.timedelta(seconds=50),
        )
        for i in indexes
    )
    TriageResult.objects.bulk_create(
        TriageResult(
            record=record,
            kind="active",
            is_current=True,
            acuity=result.acuity,
            disposition=result.disposition,
            reasons=result.reasons,
            escalation_advice=result.escalation_advice,
            notes=result.notes,
            news2=result.news2,
            time_to_clinician_minutes=result.time_to_clinician_minutes,
            ruleset_version=result.ruleset_version,
            created_at=record.completed_at,
        )
        for record in records
    )
    bookings = []
    for i, record in zip(indexes, records, strict=True):
        state, end_reason, set_times = _ENDINGS[i % len(_ENDINGS)]
        fields = {name: times[i] + dt.timedelta(minutes=5 * (step + 1)) for step, name in enumerate(set_times)}
        bookings.append(
            ERBooking(
                reference=f"ER-{i % 10**5:05d}"[:8],
                room=room,
                patient=owner[i],
                triage_record=record,
                state=state,
                end_reason=end_reason,
                priority=template.acuity,
                queue_band=1,
                queue_due_at=times[i],
                created_by=owner[i],
                created_at=times[i],
                **fields,
            )
        )
    ERBooking.objects.bulk_create(bookings)
