"""Fixtures of the workers tests: completed triage records, workers with shifts, requests in any state."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone

_licences = itertools.count(1)


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def make_triage():
    """make_triage(patient, disposition="urgent", state="completed") -> a TriageRecord (test data only)."""
    from triage.models import TriageRecord

    def _make(patient, disposition: str = "urgent", state: str = "completed", acuity: int = 3):
        completed = state == "completed"
        return TriageRecord.objects.create(
            patient=patient,
            state=state,
            answers={"complaint": "sore_throat"},
            catalogue_version="t",
            ruleset_version="t",
            acuity=acuity if completed else None,
            disposition=disposition if completed else "",
            completed_at=timezone.now() if completed else None,
        )

    return _make


@pytest.fixture
def make_worker(make_user):
    """make_worker(role="nurse", languages=["en"], limit=3, on_duty=True, ...) -> a WorkerProfile.

    On duty means a shift from an hour ago to eight hours from now; `shift=(start, end)` gives another.
    """
    from workers.models import Shift, WorkerProfile

    def _make(
        role: str = "nurse",
        *,
        languages=("en",),
        limit: int = 3,
        on_duty: bool = True,
        accepts: bool = True,
        login_role: str | None = None,
        shift: tuple[dt.datetime, dt.datetime] | None = None,
        full_name: str = "Sam Worker",
    ):
        login_role = login_role or ("nurse" if role in ("nurse", "nurse_practitioner") else "clinician")
        user = make_user(login_role, full_name=full_name)
        worker = WorkerProfile.objects.create(
            user=user,
            role=role,
            licence_number=f"LIC-{next(_licences):05d}",
            facility_name="Test Clinic",
            facility_kind="clinic",
            languages=list(languages),
            accepts_patient_contact=accepts,
            max_concurrent_requests=limit,
        )
        if shift is None and on_duty:
            now = timezone.now()
            shift = (now - dt.timedelta(hours=1), now + dt.timedelta(hours=8))
        if shift is not None:
            Shift.objects.create(worker=worker, starts_at=shift[0], ends_at=shift[1])
        return worker

    return _make


@pytest.fixture
def make_request(make_user, make_triage):
    """make_request(state="requested", worker=None, ...) -> a ContactRequest put straight in that state (test data)."""
    from workers.models import ContactRequest

    def _make(
        state: str = "requested",
        *,
        worker=None,
        patient=None,
        disposition: str = "urgent",
        language: str = "en",
        requested_at: dt.datetime | None = None,
        due_by: dt.datetime | None = None,
    ):
        patient = patient or make_user("patient", full_name="Pat Example")
        record = make_triage(patient, disposition=disposition)
        requested_at = requested_at or timezone.now()
        return ContactRequest.objects.create(
            patient=patient,
            triage_record=record,
            disposition=disposition,
            channel="phone",
            language=language,
            state=state,
            assigned_worker=worker if state not in ("requested",) else None,
            requested_at=requested_at,
            due_by=due_by or requested_at + dt.timedelta(hours=1),
            assigned_at=requested_at if worker is not None else None,
        )

    return _make
