"""A clinician's override has an internal note and an optional message to the patient; the patient is told by
email and on their page, and never sees the note (issue 10, item 4)."""

from __future__ import annotations

import time

import pytest
from django.core import mail

from triage.models import TriageResult
from triage.services import triage_override_email_send, triage_override_emails_owed, triage_record_override

NOTE = "Voice muffled on the phone: possible quinsy. Discussed with Dr B."
MESSAGE = "Please go to the emergency department today; your throat needs to be looked at."


def override(record, clinician, message=MESSAGE):
    return triage_record_override(
        record_id=record.pk,
        actor=clinician,
        acuity=2,
        disposition="emergency",
        reason=NOTE,
        patient_message=message,
    )


@pytest.mark.django_db(transaction=True)
def test_the_patient_is_emailed_by_the_worker_with_the_message_and_never_the_note(
    completed_record, make_user, celery_worker_thread, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    override(completed_record, make_user("clinician"))
    deadline = time.monotonic() + 20
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [completed_record.patient.email]
    assert "reviewed your symptom check" in email.subject
    assert MESSAGE in email.body and "Go to an emergency department now" in email.body
    assert NOTE not in email.body
    current = TriageResult.objects.get(record=completed_record, is_current=True)
    assert current.patient_notified_at is not None
    # Sent once: a repeat (a re-delivered task, the sweep) sends nothing more.
    assert triage_override_email_send(record_id=completed_record.pk) is False
    assert triage_override_emails_owed(older_than_seconds=0) == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_lost_email_task_is_recovered_by_the_sweep(completed_record, make_user, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    override(completed_record, make_user("clinician"), message="")  # on_commit never runs here: the task is "lost"
    assert triage_override_emails_owed(older_than_seconds=0) == 1
    assert len(mail.outbox) == 1 and "Their message" not in mail.outbox[0].body


@pytest.mark.django_db
def test_the_patient_sees_the_notice_and_message_but_not_the_note(completed_record, make_user, client, client_for):
    clinician = make_user("clinician")
    override(completed_record, clinician)
    patient = completed_record.patient

    client.force_login(patient)
    page = client.get(f"/triage/{completed_record.pk}/").content.decode()
    assert "A clinician reviewed this check" in page and MESSAGE in page and NOTE not in page
    assert "changed by a clinician" in client.get("/triage/").content.decode()

    body = client_for(patient).get(f"/api/v1/triage/records/{completed_record.pk}/").json()
    assert NOTE not in str(body)
    assert body["result"]["override_reason"] is None and body["result"]["patient_message"] == MESSAGE
    assert all(t["reason"] != NOTE and NOTE not in t["reason"] for t in body["transitions"])

    staff_body = client_for(clinician).get(f"/api/v1/triage/records/{completed_record.pk}/").json()
    assert staff_body["result"]["override_reason"] == NOTE


@pytest.mark.django_db
def test_the_override_form_says_which_field_the_patient_sees(completed_record, make_user, client):
    client.force_login(make_user("clinician"))
    page = client.get(f"/triage/{completed_record.pk}/").content.decode()
    assert "Internal note (staff only)" in page and "Message to the patient (optional)" in page
    assert "The patient will see this" in page
    response = client.post(
        f"/triage/{completed_record.pk}/override/",
        {"acuity": 3, "disposition": "urgent", "reason": "Checked by phone", "patient_message": "See a GP today."},
    )
    assert response.status_code == 302
    current = TriageResult.objects.get(record=completed_record, is_current=True)
    assert (current.override_reason, current.patient_message) == ("Checked by phone", "See a GP today.")
