"""The beat sweep: expiry exactly once (also late and concurrent), the patient's email, and late assignment."""

import datetime as dt
import smtplib
import threading
import time

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.utils import timezone

from workers.choices import ContactState
from workers.models import ContactRequest, ContactTransition
from workers.services import (
    contact_request_create,
    contact_requests_expire_due,
    contact_requests_notify_pending,
)
from workers.tasks import expire_contact_requests_task

H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)


class FailingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("mail server away")


def overdue(make_request, state="requested", *, worker=None, minutes_late=5, disposition="urgent"):
    now = timezone.now()
    return make_request(
        state,
        worker=worker,
        disposition=disposition,
        requested_at=now - H - minutes_late * M,
        due_by=now - minutes_late * M,
    )


@pytest.mark.django_db
class TestExpiry:
    def test_expires_waiting_and_assigned_requests_past_due_only(
        self, make_request, make_worker, mailoutbox, django_capture_on_commit_callbacks
    ):
        worker = make_worker()
        waiting = overdue(make_request)
        assigned = overdue(make_request, "assigned", worker=worker)
        started = overdue(make_request, "in_progress", worker=worker)
        not_due = make_request()
        with django_capture_on_commit_callbacks(execute=True):
            expired = contact_requests_expire_due()
        assert sorted(expired) == sorted([waiting.pk, assigned.pk])
        states = dict(ContactRequest.objects.values_list("id", "state"))
        assert states[waiting.pk] == states[assigned.pk] == ContactState.EXPIRED
        assert states[started.pk] == ContactState.IN_PROGRESS
        assert states[not_due.pk] == ContactState.REQUESTED
        row = ContactTransition.objects.get(request=assigned)
        assert (row.from_state, row.to_state, row.actor) == ("assigned", "expired", None)
        assert "Nobody had started" in row.reason
        assert sorted(message.to[0] for message in mailoutbox) == sorted(
            [waiting.patient.email, assigned.patient.email]
        )

    def test_exactly_once(self, make_request, mailoutbox, django_capture_on_commit_callbacks):
        request = overdue(make_request)
        with django_capture_on_commit_callbacks(execute=True):
            assert contact_requests_expire_due() == [request.pk]
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            assert contact_requests_expire_due() == []
        assert contact_requests_notify_pending() == 0
        assert len(callbacks) == 1  # only the metrics update of an empty batch
        assert ContactTransition.objects.filter(request=request).count() == 1
        assert len(mailoutbox) == 1
        assert ContactRequest.objects.get(pk=request.pk).expiry_notified_at is not None

    def test_a_late_sweep_expires_exactly_what_was_due(self, make_request):
        start = timezone.now() - 5 * H
        due_times = [start + 10 * M, start + 50 * M, start + 2 * H, start + 8 * H]
        requests = [make_request(requested_at=start, due_by=due) for due in due_times]
        # The sweep did not run for an hour; when it does it catches up on everything due by then.
        assert sorted(contact_requests_expire_due(now=start + H)) == [requests[0].pk, requests[1].pk]
        # Much later, in one go and in small batches.
        assert sorted(contact_requests_expire_due(now=start + 9 * H, batch_size=1)) == [
            requests[2].pk,
            requests[3].pk,
        ]
        assert set(ContactRequest.objects.values_list("state", flat=True)) == {ContactState.EXPIRED}
        expired_at = ContactRequest.objects.get(pk=requests[0].pk).expired_at
        assert expired_at == start + H

    def test_batches_cover_everything(self, make_request):
        requests = [overdue(make_request, minutes_late=minutes) for minutes in range(1, 8)]
        assert sorted(contact_requests_expire_due(batch_size=3)) == sorted(r.pk for r in requests)

    def test_urgent_patients_are_sent_to_the_er_queue(self, make_request, mailoutbox,
                                                      django_capture_on_commit_callbacks):  # fmt: skip
        urgent = overdue(make_request, disposition="urgent")
        routine = overdue(make_request, disposition="routine")
        with django_capture_on_commit_callbacks(execute=True):
            contact_requests_expire_due()
        by_patient = {message.to[0]: message for message in mailoutbox}
        urgent_mail = by_patient[urgent.patient.email]
        assert "/er/" in urgent_mail.body
        assert "emergency department" in urgent_mail.body
        assert "112" in urgent_mail.body or "call" in urgent_mail.body
        routine_mail = by_patient[routine.patient.email]
        assert "/er/" not in routine_mail.body
        assert f"/workers/contact/{routine.pk}/" in routine_mail.body

    def test_a_mail_outage_is_retried_by_a_later_sweep(
        self, make_request, settings, mailoutbox, django_capture_on_commit_callbacks
    ):
        request = overdue(make_request)
        settings.EMAIL_BACKEND = "workers.tests.test_tasks.FailingEmailBackend"
        with django_capture_on_commit_callbacks(execute=True):
            assert contact_requests_expire_due() == [request.pk]  # the failure does not stop the sweep
        fresh = ContactRequest.objects.get(pk=request.pk)
        assert fresh.state == ContactState.EXPIRED
        assert fresh.expiry_notified_at is None
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        assert contact_requests_notify_pending() == 0  # the sweep that expired it tried a moment ago
        later = timezone.now() + 2 * M
        assert contact_requests_notify_pending(now=later) == 1
        assert contact_requests_notify_pending(now=later) == 0
        assert len(mailoutbox) == 1

    def test_the_task_expires_notifies_and_assigns(
        self, make_user, make_triage, make_request, make_worker, mailoutbox, django_capture_on_commit_callbacks
    ):
        stale = overdue(make_request)
        patient = make_user("patient")
        waiting, _ = contact_request_create(patient=patient, triage_record_id=make_triage(patient).pk, channel="phone")
        assert waiting.state == ContactState.REQUESTED  # nobody on duty
        worker = make_worker()  # someone comes on duty
        with django_capture_on_commit_callbacks(execute=True):
            summary = expire_contact_requests_task.apply().get()
        assert summary == {"expired": 1, "notified_late": 0, "assigned": 1}
        assert ContactRequest.objects.get(pk=stale.pk).state == ContactState.EXPIRED
        assigned = ContactRequest.objects.get(pk=waiting.pk)
        assert (assigned.state, assigned.assigned_worker_id) == (ContactState.ASSIGNED, worker.pk)
        assert len(mailoutbox) == 1
        # Running again changes nothing.
        with django_capture_on_commit_callbacks(execute=True):
            assert expire_contact_requests_task.apply().get() == {"expired": 0, "notified_late": 0, "assigned": 0}


def test_the_task_is_registered_for_beat():
    from healthsvc.celery import app

    app.loader.import_default_modules()
    assert "workers.tasks.expire_contact_requests_task" in app.tasks


@pytest.mark.django_db(transaction=True)
def test_concurrent_sweeps_expire_each_request_exactly_once(make_request, mailoutbox):
    requests = [overdue(make_request, minutes_late=minutes) for minutes in range(1, 31)]
    barrier = threading.Barrier(4)
    results, errors = [], []

    def sweep():
        try:
            barrier.wait(timeout=30)
            results.append(contact_requests_expire_due(batch_size=4))
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    expired = [request_id for batch in results for request_id in batch]
    assert sorted(expired) == sorted(request.pk for request in requests)  # each once, none missed
    assert ContactTransition.objects.filter(to_state=ContactState.EXPIRED).count() == 30
    assert len(mail.outbox) == 30
    assert len({message.to[0] for message in mail.outbox}) == 30


@pytest.mark.celery_worker
def test_the_sweep_runs_on_a_real_worker(celery_worker_thread, make_request):
    request = overdue(make_request)
    expire_contact_requests_task.delay()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if ContactRequest.objects.get(pk=request.pk).state == ContactState.EXPIRED:
            break
        time.sleep(0.1)
    assert ContactRequest.objects.get(pk=request.pk).state == ContactState.EXPIRED
