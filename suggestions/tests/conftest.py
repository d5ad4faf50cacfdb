"""Fixtures for the suggestions tests: completed triage records made through the real triage services."""

from __future__ import annotations

import datetime as dt

import pytest

SORE_THROAT = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_7d", "red_flags": {}}
# Palpitations on and off for 1-3 weeks: nhs.uk says see a GP when they keep happening (routine).
PALPITATIONS = {"complaint": "palpitations", "pain": 0, "onset": "gradual", "duration": "1_3w", "red_flags": {}}
CHEST_PAIN_CARDIAC = {
    "complaint": "chest_pain",
    "pain": 8,
    "onset": "sudden",
    "duration": "lt_1h",
    "red_flags": {"cardiac_features": True},
}


@pytest.fixture
def complete_record(django_capture_on_commit_callbacks):
    """complete_record(patient, answers=SORE_THROAT) -> a completed record; the on-commit
    `triage_completed` signal runs, exactly as in production."""
    from triage.services import triage_record_calculate, triage_record_create

    def _complete(patient, answers=None):
        # The create's own on-commit work (enqueueing the calculation) is not run: we calculate here.
        record, _ = triage_record_create(patient=patient, raw_answers=dict(answers or SORE_THROAT))
        with django_capture_on_commit_callbacks(execute=True):
            record = triage_record_calculate(record_id=record.pk)
        return record

    return _complete


@pytest.fixture
def override(django_capture_on_commit_callbacks, make_user):
    """override(record, disposition, acuity=3) -> the record after a clinician's re-triage (signal run)."""
    from triage.services import triage_record_override

    clinician = make_user("clinician")

    def _override(record, disposition: str, acuity: int = 3):
        with django_capture_on_commit_callbacks(execute=True):
            return triage_record_override(
                record_id=record.pk, actor=clinician, acuity=acuity, disposition=disposition, reason="Reviewed"
            )

    return _override


@pytest.fixture
def record(patient, complete_record):
    """The patient's sore throat: self-care."""
    return complete_record(patient)


@pytest.fixture
def recommendation(record):
    from suggestions.selectors import recommendation_current_of_record

    return recommendation_current_of_record(record_id=record.pk)


@pytest.fixture
def child(make_user):
    """A 6-year-old patient."""
    return make_user("patient", date_of_birth=dt.date.today() - dt.timedelta(days=int(6.5 * 365)))
