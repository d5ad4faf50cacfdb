import pytest

SORE_THROAT = {"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_7d", "red_flags": {}}
CHEST_PAIN_CARDIAC = {
    "complaint": "chest_pain",
    "pain": 8,
    "onset": "sudden",
    "duration": "lt_1h",
    "red_flags": {"cardiac_features": True},
}


@pytest.fixture
def sore_throat_answers():
    return dict(SORE_THROAT)


@pytest.fixture
def completed_record(patient, sore_throat_answers):
    """A record taken through the real services: created, then calculated (broker not involved)."""
    from triage.services import triage_record_calculate, triage_record_create

    record, _ = triage_record_create(patient=patient, raw_answers=sore_throat_answers)
    return triage_record_calculate(record_id=record.pk)
