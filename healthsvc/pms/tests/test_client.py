"""The FHIR client against a real local FHIR server: read, search, and each way the server can fail."""

from __future__ import annotations

import time

import pytest

from healthsvc.pms.client import (
    PMSInvalidResponse,
    PMSNotFound,
    PMSRejected,
    PMSUnavailable,
    pms_client,
)
from healthsvc.pms.tests.conftest import add_ada


def test_read_returns_the_patient_and_sends_the_configured_authorization(pms):
    add_ada(pms)
    patient = pms_client().patient_read("pat-ada")
    assert patient["resourceType"] == "Patient" and patient["name"][0]["family"] == "Lovelace"
    [request] = pms.requests
    assert request["path"] == "/fhir/Patient/pat-ada"
    assert request["headers"]["Authorization"] == "Bearer pms-test-token"
    assert request["headers"]["Accept"] == "application/fhir+json"


def test_search_returns_the_matches_and_says_when_there_are_more(pms):
    add_ada(pms, "pat-1")
    result = pms_client().patient_search({"family": "Lovelace", "birthdate": "1985-06-01"})
    assert [p["id"] for p in result.patients] == ["pat-1"] and result.more is False
    assert pms.requests[-1]["query"]["_count"] == ["2"]  # one page of two tells one match from many
    add_ada(pms, "pat-2")
    add_ada(pms, "pat-3")
    result = pms_client().patient_search({"family": "Lovelace"})
    assert len(result.patients) == 2 and result.more is True


def test_unknown_patient_is_not_found(pms):
    with pytest.raises(PMSNotFound, match="404"):
        pms_client().patient_read("nobody")


def test_an_id_that_is_not_a_fhir_id_is_refused_without_a_call(pms):
    with pytest.raises(PMSRejected):
        pms_client().patient_read("../admin")
    assert pms.calls == 0


def test_slow_server_times_out_within_the_read_timeout(pms):
    add_ada(pms)
    pms.mode = "slow"
    started = time.monotonic()
    with pytest.raises(PMSUnavailable, match=r"within 0\.3 s \(read timeout\)"):
        pms_client().patient_read("pat-ada")
    assert time.monotonic() - started < 0.9  # the read timeout, not the server's 1 s


def test_500_is_unavailable(pms):
    pms.mode = "error"
    with pytest.raises(PMSUnavailable, match="answered 500"):
        pms_client().patient_search({"family": "Lovelace"})


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("not_json", r"not JSON \(Content-Type text/html, \d+ bytes\)"),
        ("wrong_type", r"expected a FHIR Patient, the PMS answered resourceType 'Observation'"),
    ],
)
def test_garbage_is_an_invalid_response_that_says_what_was_wrong(pms, mode, expected):
    add_ada(pms)
    pms.mode = mode
    with pytest.raises(PMSInvalidResponse, match=expected):
        pms_client().patient_read("pat-ada")


def test_wrong_type_on_search_is_invalid_too(pms):
    pms.mode = "wrong_type"
    with pytest.raises(PMSInvalidResponse, match="expected a FHIR Bundle"):
        pms_client().patient_search({"family": "Lovelace"})


def test_a_pms_that_is_down_is_unavailable_at_once(settings, pms, closed_port):
    settings.PMS_FHIR_BASE_URL = f"http://127.0.0.1:{closed_port}/fhir"
    started = time.monotonic()
    with pytest.raises(PMSUnavailable, match="cannot connect"):
        pms_client().patient_read("pat-ada")
    assert time.monotonic() - started < 0.5
