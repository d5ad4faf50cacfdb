"""Fixtures for the medicine tests."""

import pytest


@pytest.fixture
def catalogue(db):
    """The seeded catalogue. The data migration loads it; a transactional test's flush
    removes it, so load it again when it is missing (the loader is idempotent)."""
    from medicine.models import Medicine
    from medicine.services import catalogue_load

    if not Medicine.objects.filter(slug="paracetamol-tablets").exists():
        catalogue_load()


@pytest.fixture
def patient_client(client_for, patient):
    return client_for(patient)
