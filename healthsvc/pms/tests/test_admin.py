"""The admin: link an account to a PMS id (an action with a form), see links (reads audited), try again."""

from __future__ import annotations

import pytest

from healthsvc.models import AuditEvent
from healthsvc.pms.choices import LinkStatus
from healthsvc.pms.models import PatientLink
from healthsvc.pms.services import patient_link_attempt, patient_link_by_staff

pytestmark = pytest.mark.django_db

USERS = "/admin/healthsvc/user/"
LINKS = "/admin/healthsvc/patientlink/"


@pytest.fixture
def admin_user(make_user):
    return make_user("admin")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_the_link_action_asks_for_the_id_then_queues_the_link_and_audits_it(
    pms, ada, admin_user, admin_client, django_capture_on_commit_callbacks
):
    chosen = {"action": "link_to_pms", "_selected_action": [ada.pk]}
    form = admin_client.post(USERS, chosen)
    assert form.status_code == 200 and b'name="external_id"' in form.content
    assert not PatientLink.objects.exists()

    bad = admin_client.post(USERS, {**chosen, "apply": "Link", "external_id": "not an id"})
    assert bad.status_code == 200 and not PatientLink.objects.exists()

    with django_capture_on_commit_callbacks() as enqueued:
        done = admin_client.post(USERS, {**chosen, "apply": "Link", "external_id": "pat-ada"})
    assert done.status_code == 302 and len(enqueued) == 1
    link = PatientLink.objects.get(user=ada)
    assert link.external_id == "pat-ada" and link.status == LinkStatus.PENDING and link.requested_by == admin_user
    assert AuditEvent.objects.filter(action="pms_link", actor=admin_user, patient_id=ada.pk).count() == 1


def test_the_link_action_takes_one_patient_at_a_time(pms, ada, make_user, admin_client):
    other = make_user("patient")
    response = admin_client.post(USERS, {"action": "link_to_pms", "_selected_action": [ada.pk, other.pk]})
    assert response.status_code == 302 and not PatientLink.objects.exists()


def test_links_are_listed_with_reads_audited_and_a_failed_one_can_be_tried_again(
    pms, ada, make_user, admin_user, admin_client
):
    link = patient_link_by_staff(actor=make_user("nurse"), patient_id=ada.pk, external_id="pat-gone")
    link = patient_link_attempt(link_id=link.pk)
    assert link.status == LinkStatus.FAILED
    assert admin_client.get(LINKS).status_code == 200
    assert admin_client.get(f"{LINKS}{link.pk}/change/").status_code == 200
    assert admin_client.get(f"{USERS}{ada.pk}/change/").status_code == 200  # the link is shown inline
    reads = AuditEvent.objects.filter(action="read", object_type="patient_link", actor=admin_user, patient_id=ada.pk)
    assert reads.count() == 2  # the list and the detail page

    response = admin_client.post(LINKS, {"action": "retry_now", "_selected_action": [link.pk], "index": 0})
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.status == LinkStatus.PENDING and link.attempts == 0
    assert AuditEvent.objects.filter(action="pms_link_retry", actor=admin_user).count() == 1
