"""Linking a patient through the worker's try, against the real local FHIR server: linked with demographics,
no match and ambiguity, timeouts retried later with backoff, the breaker deferring tries, garbage recorded."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.conf import settings
from django.utils import timezone

from healthsvc.models import AuditEvent
from healthsvc.pms.choices import LinkSource, LinkStatus
from healthsvc.pms.client import pms_breaker
from healthsvc.pms.models import PatientLink
from healthsvc.pms.services import (
    patient_link_attempt,
    patient_link_by_staff,
    patient_link_request_on_signup,
    patient_link_retry,
)
from healthsvc.pms.tasks import pms_link_sweep_task
from healthsvc.pms.tests.conftest import add_ada

pytestmark = pytest.mark.django_db


@pytest.fixture
def nurse(make_user):
    return make_user("nurse")


def _make_due(link: PatientLink) -> None:
    PatientLink.objects.filter(pk=link.pk).update(next_attempt_at=timezone.now() - dt.timedelta(seconds=1))


def _seconds_until_next(link: PatientLink) -> float:
    link.refresh_from_db()
    return (link.next_attempt_at - timezone.now()).total_seconds()


def test_staff_link_reads_the_patient_and_stores_the_demographics(pms, ada, nurse, django_capture_on_commit_callbacks):
    add_ada(pms)
    with django_capture_on_commit_callbacks() as enqueued:
        link = patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada")
    assert len(enqueued) == 1  # the worker's task, after commit; nothing was asked of the PMS yet
    assert pms.calls == 0 and link.status == LinkStatus.PENDING
    audit = AuditEvent.objects.get(action="pms_link")
    assert (audit.actor, audit.patient_id, audit.object_id) == (nurse, ada.pk, str(link.pk))
    assert audit.details == {"external_id": "pat-ada", "system": pms.base_url}

    link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.LINKED and link.external_id == "pat-ada" and link.attempts == 1
    assert link.demographics["name"] == [{"use": "official", "family": "Lovelace", "given": ["Ada"]}]
    assert link.demographics["birthDate"] == "1985-06-01"
    assert "generalPractitioner" not in link.demographics  # only who they are, nothing clinical
    assert link.fetched_at is not None and link.last_error == "" and link.next_attempt_at is None
    assert patient_link_attempt(link_id=link.pk) is None  # idempotent: a second message changes nothing
    assert pms.calls == 1


def test_signup_link_searches_by_name_and_birth_date_and_links_the_one_match(pms, ada):
    add_ada(pms)
    pms.add_patient("pat-other", family="Lovelace", given="Ada", birth_date="1990-01-01")
    link = patient_link_request_on_signup(user=ada)
    assert link.source == LinkSource.SIGNUP and link.external_id == ""
    link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.LINKED and link.external_id == "pat-ada"
    assert pms.requests[0]["query"] == {
        "family": ["Lovelace"],
        "birthdate": ["1985-06-01"],
        "given": ["Ada"],
        "_count": ["2"],
    }


def test_signup_link_searches_by_the_identifier_the_patient_gave(settings, pms, ada):
    settings.PMS_IDENTIFIER_SYSTEM = "urn:oid:2.16.840.1.113883.2.1.4.1"
    add_ada(pms, identifier="943 476 5919")
    ada.patient_profile.external_patient_id = "943 476 5919"
    ada.patient_profile.save()
    link = patient_link_attempt(link_id=patient_link_request_on_signup(user=ada).pk)
    assert link.status == LinkStatus.LINKED
    assert pms.requests[0]["query"]["identifier"] == ["urn:oid:2.16.840.1.113883.2.1.4.1|943 476 5919"]
    assert "family" not in pms.requests[0]["query"]


def test_no_match_and_ambiguity_are_recorded_as_such_and_link_nothing(pms, ada, make_user):
    link = patient_link_attempt(link_id=patient_link_request_on_signup(user=ada).pk)
    assert link.status == LinkStatus.NO_MATCH and link.external_id == "" and link.demographics == {}
    assert link.last_error == "no PMS patient matches the family name, given name and birth date"

    add_ada(pms, "pat-1")
    add_ada(pms, "pat-2")
    twin = make_user("patient", full_name="Ada Lovelace", date_of_birth=ada.patient_profile.date_of_birth)
    link = patient_link_attempt(link_id=patient_link_request_on_signup(user=twin).pk)
    assert link.status == LinkStatus.AMBIGUOUS and link.external_id == "" and link.demographics == {}
    assert "more than one PMS patient matches" in link.last_error


def test_a_slow_pms_times_out_and_the_link_is_retried_later_with_backoff(pms, ada):
    add_ada(pms)
    pms.mode = "slow"
    link = patient_link_request_on_signup(user=ada)
    link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.PENDING and link.attempts == 1
    assert "read timeout" in link.last_error
    base = settings.PMS_LINK_RETRY_BASE_SECONDS
    assert base / 2 - 1 <= _seconds_until_next(link) <= base  # between half and all of the base delay
    assert patient_link_attempt(link_id=link.pk) is None  # not due yet: left alone

    _make_due(link)
    link = patient_link_attempt(link_id=link.pk)
    assert link.attempts == 2 and base - 1 <= _seconds_until_next(link) <= 2 * base  # the delay doubles

    pms.mode = "ok"
    _make_due(link)
    link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.LINKED and link.attempts == 3 and link.last_error == ""


def test_after_the_last_attempt_the_link_fails_with_the_reason(settings, pms, ada):
    pms.mode = "error"
    settings.PMS_BREAKER_FAILURES = 100  # this test is about the attempts, not the breaker
    link = patient_link_request_on_signup(user=ada)
    for _ in range(settings.PMS_LINK_MAX_ATTEMPTS):
        _make_due(link)
        link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.FAILED and link.next_attempt_at is None
    assert link.last_error == f"gave up after {settings.PMS_LINK_MAX_ATTEMPTS} attempts; the last: the PMS answered 500"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("not_json", "the PMS answered something that is not JSON (Content-Type text/html,"),
        ("wrong_type", "expected a FHIR Patient, the PMS answered resourceType 'Observation'"),
    ],
)
def test_garbage_is_a_failed_attempt_with_a_clear_error(pms, ada, nurse, client_for, mode, expected):
    add_ada(pms)
    pms.mode = mode
    link = patient_link_attempt(link_id=patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada").pk)
    assert link.status == LinkStatus.PENDING and link.attempts == 1 and link.demographics == {}
    assert link.last_error.startswith(expected)
    response = client_for(nurse).get(f"/api/v1/patients/{ada.pk}/pms-link/")  # and staff see it, no 500 anywhere
    assert response.status_code == 200 and response.json()["last_error"].startswith(expected)


def test_an_unknown_id_fails_at_once(pms, ada, nurse):
    link = patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-nobody")
    link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.FAILED and link.attempts == 1
    assert link.last_error.startswith("Patient/pat-nobody is not in the PMS")


def test_the_open_breaker_defers_links_without_calling_or_counting_then_the_sweep_sends_one_trial(
    pms, make_user, dead_broker
):
    pms.mode = "error"
    links = [patient_link_request_on_signup(user=make_user("patient", full_name=f"Pat Number{i}")) for i in range(5)]
    for link in links[:3]:
        assert patient_link_attempt(link_id=link.pk).attempts == 1
    assert pms.calls == 3 and pms_breaker().state() == "open"

    deferred = patient_link_attempt(link_id=links[3].pk)
    assert pms.calls == 3  # not sent
    assert deferred.status == LinkStatus.PENDING and deferred.attempts == 0  # and not counted as an attempt
    assert deferred.last_error.startswith("not tried: circuit open until")
    assert 0 < _seconds_until_next(deferred) <= settings.PMS_BREAKER_COOLDOWN_SECONDS
    for link in links:
        _make_due(link)
    assert pms_link_sweep_task() == 0  # open: the sweep enqueues nothing

    pms.mode = "ok"
    time.sleep(settings.PMS_BREAKER_COOLDOWN_SECONDS + 0.1)  # the cool-down is over
    assert pms_link_sweep_task() == 1  # half-open: one link, whose try is the trial (the broker is down: lost)
    assert patient_link_attempt(link_id=links[0].pk).status == LinkStatus.NO_MATCH
    assert pms_breaker().state() == "closed"
    assert pms_link_sweep_task() == 4  # closed: every due link


def test_a_link_to_a_pms_patient_linked_to_another_account_fails(pms, ada, nurse, make_user):
    add_ada(pms)
    patient_link_attempt(link_id=patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada").pk)
    from healthsvc.errors import Conflict

    other = make_user("patient")
    with pytest.raises(Conflict, match="already linked"):
        patient_link_by_staff(actor=nurse, patient_id=other.pk, external_id="pat-ada")
    # A sign-up whose search finds the same record is not linked to it either.
    twin = make_user("patient", full_name="Ada Lovelace", date_of_birth=ada.patient_profile.date_of_birth)
    link = patient_link_attempt(link_id=patient_link_request_on_signup(user=twin).pk)
    assert link.status == LinkStatus.FAILED and link.demographics == {}
    assert link.last_error == f"Patient/pat-ada is already linked to account {ada.pk}: not linked"


def test_asking_again_while_a_try_is_in_flight_discards_that_try(pms, ada, nurse):
    add_ada(pms)
    add_ada(pms, "pat-ada-2")
    link = patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada")
    from healthsvc.pms import services

    claimed = services._claim(link.pk)  # a worker took it and is waiting for the PMS ...
    patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada-2")  # ... when staff correct it
    services._settle(claimed, services._ask_pms(claimed))  # the first answer arrives: for nothing wanted now
    link.refresh_from_db()
    assert link.status == LinkStatus.PENDING and link.external_id == "pat-ada-2" and link.demographics == {}
    assert patient_link_attempt(link_id=link.pk).external_id == "pat-ada-2"


def test_retry_starts_a_failed_link_over_and_is_audited(pms, ada, nurse, make_user):
    link = patient_link_attempt(link_id=patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada").pk)
    assert link.status == LinkStatus.FAILED
    add_ada(pms)
    admin = make_user("admin")
    link = patient_link_retry(actor=admin, link_id=link.pk)
    assert link.status == LinkStatus.PENDING and link.attempts == 0
    assert AuditEvent.objects.filter(action="pms_link_retry", actor=admin, patient_id=ada.pk).exists()
    assert patient_link_attempt(link_id=link.pk).status == LinkStatus.LINKED


def test_nothing_is_asked_for_when_no_pms_is_configured(settings, ada):
    settings.PMS_FHIR_BASE_URL = ""
    assert patient_link_request_on_signup(user=ada) is None
    assert not PatientLink.objects.exists()


def test_closing_the_account_erases_the_link_and_the_download_leaves_out_the_demographics(pms, ada, nurse):
    from healthsvc.data_rights import patient_account_close, patient_data_export

    add_ada(pms)
    patient_link_attempt(link_id=patient_link_by_staff(actor=nurse, patient_id=ada.pk, external_id="pat-ada").pk)
    [exported] = patient_data_export(patient=ada)["patient_management_links"]
    assert exported["status"] == "linked" and "demographics" not in exported
    patient_account_close(patient=ada)
    assert not PatientLink.objects.filter(user=ada).exists()
