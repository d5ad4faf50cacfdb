"""The patient-management system the PMS tests talk to: a real local FHIR server (fhir_server.FakePMS)."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from healthsvc.pms.tests.fhir_server import FakePMS

DOB = dt.date(1985, 6, 1)


@pytest.fixture
def fake_pms():
    server = FakePMS().start()
    yield server
    server.stop()


@pytest.fixture
def pms(settings, fake_pms):
    """The PMS configured at the fake server, with timeouts and thresholds small enough for a test."""
    settings.PMS_FHIR_BASE_URL = fake_pms.base_url
    settings.PMS_FHIR_AUTHORIZATION = "Bearer pms-test-token"
    settings.PMS_IDENTIFIER_SYSTEM = ""
    settings.PMS_CONNECT_TIMEOUT_SECONDS = 0.5
    settings.PMS_READ_TIMEOUT_SECONDS = 0.3
    settings.PMS_BREAKER_FAILURES = 3
    settings.PMS_BREAKER_COOLDOWN_SECONDS = 1.0
    settings.PMS_LINK_RETRY_BASE_SECONDS = 30
    settings.PMS_LINK_RETRY_MAX_SECONDS = 3600
    settings.PMS_LINK_MAX_ATTEMPTS = 4
    fake_pms.slow_seconds = 1.0  # past the read timeout
    return fake_pms


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on: connecting is refused, as with a PMS that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def ada(make_user):
    """A patient whose PMS record the fake server can hold (see add_ada)."""
    return make_user("patient", full_name="Ada Lovelace", date_of_birth=DOB)


def add_ada(fake: FakePMS, patient_id: str = "pat-ada", **extra) -> dict:
    return fake.add_patient(patient_id, family="Lovelace", given="Ada", birth_date=DOB.isoformat(), **extra)
