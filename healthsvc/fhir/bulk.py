"""FHIR Bulk Data export for analysts: every resource of the chosen types changed in a time window, as NDJSON.

`manage.py export_fhir` (docs/fhir.md, "Bulk export") drives it. The resources are built by the same mapping
functions as the read API (`mapping/`), so the two cannot disagree; what differs is who reads: an export has
no reader whose visibility rule applies (it is everything, run by an operator), so it reads through the apps'
export selectors and writes one `data_export` audit row for the run instead of one per object.

Memory stays bounded whatever the number of rows: each type is read through a server-side cursor in chunks,
each chunk costs a fixed number of queries (its rows; their current results, or the queue positions) and is
mapped and written line by line before the next is fetched. Patients are chosen in SQL (a subquery of the
exported rows), never collected in Python. The whole export reads one REPEATABLE READ snapshot, so the files
agree with each other (a booking's Patient is in Patient.ndjson even if the booking changed during the export).

What the window is: a row is exported when its last change falls in [since, until), FHIR Bulk Data's `_since`
read as `meta.lastUpdated`; `docs/fhir.md` lists the change time of each type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

from django.db import connection, transaction

from er_queue.selectors import booking_positions, bookings_changed_between, rooms_list
from healthsvc.fhir.mapping.er_queue import appointment, location
from healthsvc.fhir.mapping.medicine import medication
from healthsvc.fhir.mapping.patient import dependant_resource, patient_resource
from healthsvc.fhir.mapping.triage import questionnaire_response, risk_assessment
from healthsvc.fhir.mapping.workers import practitioner, practitioner_role
from healthsvc.selectors import dependants_among, last_changed_between, patient_accounts_among
from healthsvc.services import audit_record
from medicine.selectors import medicine_search
from triage.selectors import (
    triage_current_results,
    triage_records_assessed_between,
    triage_records_changed_between,
)
from workers.selectors import workers_all

DEFAULT_CHUNK_SIZE = 1000
NDJSON_CONTENT_TYPE = "application/fhir+ndjson"


@dataclass(frozen=True)
class Window:
    since: dt.datetime
    until: dt.datetime | None = None


def _rendered(queryset, size: int, render: Callable[[list], list[dict]]) -> Iterator[list[dict]]:
    """render(chunk) of each chunk of `size` rows, read through a server-side cursor. Neither a chunk nor its
    resources are still referenced while the next chunk is read, so memory holds one chunk, not two. (With a
    prefetch, Django's iterator keeps the previous chunk while it prefetches the next, and prefetched objects
    point back at theirs, so only Medication's small catalogue is read with one.)"""
    rows = queryset.iterator(chunk_size=size)
    while True:
        chunk = list(islice(rows, size))
        if not chunk:
            return
        resources = render(chunk)
        del chunk
        yield resources
        del resources


# --- each type: its resources, a chunk at a time ------------------------------------------------------
def _patients(window: Window, size: int) -> Iterator[list[dict]]:
    """Whom the exported records and bookings are about (and the account holders who filled them in)."""
    sources = (
        triage_records_changed_between(since=window.since, until=window.until),
        triage_records_assessed_between(since=window.since, until=window.until),
        bookings_changed_between(since=window.since, until=window.until),
    )
    accounts = patient_accounts_among(*(rows.values("patient_id").order_by() for rows in sources))
    yield from _rendered(accounts, size, lambda chunk: [patient_resource(user) for user in chunk])
    dependants = dependants_among(*(rows.values("dependant_id").order_by() for rows in sources))
    yield from _rendered(dependants, size, lambda chunk: [dependant_resource(d, d.guardian) for d in chunk])


def _questionnaire_responses(window: Window, size: int) -> Iterator[list[dict]]:
    records = triage_records_changed_between(since=window.since, until=window.until)
    return _rendered(records, size, lambda chunk: [questionnaire_response(record) for record in chunk])


def _risk_assessments_of(records: list) -> list[dict]:
    results = triage_current_results(record_ids=[record.pk for record in records])  # one query a chunk
    # staff=True: the export is an administrator's read, as the API shows the clinician's internal note to staff.
    return [risk_assessment(record, results[record.pk], staff=True) for record in records]


def _risk_assessments(window: Window, size: int) -> Iterator[list[dict]]:
    records = triage_records_assessed_between(since=window.since, until=window.until)
    return _rendered(records, size, _risk_assessments_of)


def _appointments_of(bookings: list) -> list[dict]:
    positions = booking_positions(bookings)  # one query a chunk (none when no booking waits); as of now
    return [appointment(booking, positions[booking.pk]) for booking in bookings]


def _appointments(window: Window, size: int) -> Iterator[list[dict]]:
    return _rendered(bookings_changed_between(since=window.since, until=window.until), size, _appointments_of)


def _locations(window: Window, size: int) -> Iterator[list[dict]]:
    yield [location(room) for room in rooms_list()]  # a few ERs, with no change time: all of them, as of now


def _practitioners(window: Window, size: int) -> Iterator[list[dict]]:
    return _rendered(workers_all(), size, lambda chunk: [practitioner(worker, full=True) for worker in chunk])


def _practitioner_roles(window: Window, size: int) -> Iterator[list[dict]]:
    return _rendered(workers_all(), size, lambda chunk: [practitioner_role(worker, full=True) for worker in chunk])


def _medications(window: Window, size: int) -> Iterator[list[dict]]:
    medicines = last_changed_between(medicine_search(), "updated_at", since=window.since, until=window.until)
    return _rendered(medicines, size, lambda chunk: [medication(medicine) for medicine in chunk])


@dataclass(frozen=True)
class ExportType:
    name: str
    resources: Callable[[Window, int], Iterator[list[dict]]]
    changed: str  # what "changed in the window" means for it (the command's --help and docs/fhir.md)
    default: bool = True


EXPORT_TYPES = {
    kind.name: kind
    for kind in (
        ExportType("Patient", _patients, "about a record or booking exported here (the whole window's)"),
        ExportType("QuestionnaireResponse", _questionnaire_responses, "latest of sent, recorded, calculated, ended"),
        ExportType("RiskAssessment", _risk_assessments, "the current result made (an override makes a new one)"),
        ExportType("Appointment", _appointments, "latest of booked, confirmed, called, arrived, ended"),
        ExportType("Location", _locations, "no change time: every ER, as of the export"),
        ExportType("Practitioner", _practitioners, "no change time: every worker", default=False),
        ExportType("PractitionerRole", _practitioner_roles, "no change time: every worker", default=False),
        ExportType("Medication", _medications, "catalogue entry updated", default=False),
    )
}
DEFAULT_TYPES = tuple(name for name, kind in EXPORT_TYPES.items() if kind.default)


@contextmanager
def _snapshot() -> Iterator[None]:
    """One REPEATABLE READ, read-only transaction for the whole export, so every file shows the same moment
    (inside a transaction already, as in a test, that transaction's view is used). Like pg_dump, no statement
    timeout: a chunk of a sparse window may have to scan far, and web requests keep theirs."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cursor.execute("SET LOCAL statement_timeout = 0")
        yield


def export_resources(
    *, types: list[str], window: Window, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> Iterator[tuple[str, dict]]:
    """(type, resource) for every resource of `types` in the window, type by type, from one snapshot.

    The caller writes each as it comes and records the run (export_audit) whether it completed or not: what
    was written is out.
    """
    with _snapshot():
        for name in types:
            for resources in EXPORT_TYPES[name].resources(window, chunk_size):
                for resource in resources:
                    yield name, resource
                del resources  # not held while the next chunk is read


def export_audit(*, export_id: str, window: Window, counts: dict[str, int], complete: bool, details: dict) -> None:
    """The run's audit row: what was exported, when and where to (no patient data: counts, not ids)."""
    audit_record(
        actor=None,
        action="data_export",
        object_type="fhir_bulk_export",
        object_id=export_id,
        details={
            "command": "export_fhir",
            "since": window.since.isoformat(),
            "until": window.until.isoformat() if window.until else None,
            "counts": counts,
            "complete": complete,
            **details,
        },
    )
