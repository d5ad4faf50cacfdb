"""Sign-up and triage never wait on, or fail because of, the patient-management system: with it down (and the
broker too, at the moment of commit), a sign-up completes, a symptom check is accepted, and the link waits in
the database for a later try."""

from __future__ import annotations

import time

import pytest
from django.core import mail
from django.utils import timezone

from healthsvc.models import User
from healthsvc.pms.choices import LinkSource, LinkStatus
from healthsvc.pms.models import PatientLink
from healthsvc.pms.selectors import patient_links_due
from healthsvc.pms.services import patient_link_attempt
from healthsvc.tests.test_api_auth import SIGNUP, confirm_link
from triage.tests.conftest import SORE_THROAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def pms_down(settings, pms, closed_port):
    settings.PMS_FHIR_BASE_URL = f"http://127.0.0.1:{closed_port}/fhir"
    return settings.PMS_FHIR_BASE_URL


def _sign_up(api_client, client, django_capture_on_commit_callbacks) -> User:
    assert api_client.post("/api/v1/auth/signup/", SIGNUP, format="json").status_code == 202
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(confirm_link(mail.outbox[-1])).status_code == 302
    return User.objects.get(email__iexact=SIGNUP["email"])


def test_signup_completes_with_the_pms_and_the_broker_down_and_the_link_waits(
    pms_down, api_client, client, django_capture_on_commit_callbacks, dead_broker
):
    started = time.monotonic()
    user = _sign_up(api_client, client, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 5  # the PMS was not waited on (the dead broker's quick give-up is all)
    assert user.is_active and user.email_confirmed
    link = PatientLink.objects.get(user=user)
    assert (link.status, link.source, link.attempts) == (LinkStatus.PENDING, LinkSource.SIGNUP, 0)
    # The message was lost with the broker; the row is due, so the beat sweep will send it.
    assert patient_links_due(limit=10) == [link.pk]

    link = patient_link_attempt(link_id=link.pk)  # the worker's try, the PMS still down
    assert link.status == LinkStatus.PENDING and link.attempts == 1
    assert link.last_error.startswith("cannot connect to the PMS")
    assert link.next_attempt_at > timezone.now()  # retried later, with backoff


def test_a_symptom_check_is_accepted_while_the_pms_is_down(
    pms_down, api_client, client, client_for, django_capture_on_commit_callbacks
):
    user = _sign_up(api_client, client, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=False):
        response = client_for(user).post("/api/v1/triage/records/", {"answers": dict(SORE_THROAT)}, format="json")
    assert response.status_code == 202, response.content
    assert PatientLink.objects.get(user=user).status == LinkStatus.PENDING


def test_signup_with_a_slow_pms_does_not_wait_for_it(
    settings, pms, api_client, client, django_capture_on_commit_callbacks
):
    pms.mode = "slow"
    started = time.monotonic()
    _sign_up(api_client, client, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < pms.slow_seconds
    assert pms.calls == 0  # only the worker calls the PMS
