"""Assignment under real concurrency: threads, each with its own database connection, at once.

Invariants: no worker ever holds more open requests than their limit, and no request is
assigned twice.
"""

import threading

import pytest
from django.db import connection
from django.db.models import Count

from healthsvc.errors import Conflict
from workers.choices import LOAD_STATES, ContactState
from workers.models import ContactRequest, ContactTransition
from workers.services import (
    contact_request_accept,
    contact_request_assign,
    contact_request_create,
    contact_requests_assign_waiting,
)

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(calls, timeout=60):
    """Run each zero-argument callable in its own thread, released together; return (results, errors)."""
    barrier = threading.Barrier(len(calls))
    results, errors = [], []
    lock = threading.Lock()

    def run(call):
        try:
            barrier.wait(timeout=timeout)
            outcome = call()
            with lock:
                results.append(outcome)
        except Exception as exc:
            with lock:
                errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck (deadlock?)"
    return results, errors


def assert_invariants(workers):
    for worker in workers:
        held = ContactRequest.objects.filter(assigned_worker=worker, state__in=LOAD_STATES).count()
        assert held <= worker.max_concurrent_requests, f"worker {worker.pk} holds {held}"
    twice = (
        ContactTransition.objects.filter(to_state=ContactState.ASSIGNED)
        .values("request")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
    )
    assert not twice.exists(), "a request was assigned twice"


def test_simultaneous_requests_fill_workers_up_to_their_limits_and_no_further(make_user, make_triage, make_worker):
    workers = [make_worker(limit=2), make_worker(limit=2), make_worker(limit=3)]
    pairs = []
    for _ in range(12):
        patient = make_user("patient")
        pairs.append((patient, make_triage(patient)))

    def ask(patient, record):
        return lambda: contact_request_create(patient=patient, triage_record_id=record.pk, channel="phone")[0].pk

    results, errors = run_together([ask(patient, record) for patient, record in pairs])
    assert errors == []
    assert len(results) == 12
    assert_invariants(workers)
    assert ContactRequest.objects.filter(state=ContactState.ASSIGNED).count() == 7  # 2 + 2 + 3
    assert ContactRequest.objects.filter(state=ContactState.REQUESTED, assigned_worker=None).count() == 5
    assert sorted(w.contact_requests.count() for w in workers) == [2, 2, 3]


def test_the_same_request_assigned_from_many_threads_is_assigned_once(make_user, make_triage, make_worker, now):
    patient = make_user("patient")
    record = make_triage(patient)
    # Nobody is on duty yet, so it waits.
    request, _ = contact_request_create(patient=patient, triage_record_id=record.pk, channel="phone")
    assert request.state == ContactState.REQUESTED
    workers = [make_worker(limit=5) for _ in range(3)]

    _results, errors = run_together([lambda: contact_request_assign(request_id=request.pk) for _ in range(8)])
    assert errors == []
    assert ContactTransition.objects.filter(request=request, to_state=ContactState.ASSIGNED).count() == 1
    assert sum(w.contact_requests.count() for w in workers) == 1
    assert_invariants(workers)


def test_concurrent_sweeps_and_new_requests_keep_the_limits(make_user, make_triage, make_worker):
    waiting = []
    for _ in range(10):
        patient = make_user("patient")
        waiting.append(contact_request_create(patient=patient, triage_record_id=make_triage(patient).pk,
                                              channel="phone")[0])  # fmt: skip
    assert all(request.state == ContactState.REQUESTED for request in waiting)
    workers = [make_worker(limit=3), make_worker(limit=3)]
    newcomers = []
    for _ in range(4):
        patient = make_user("patient")
        newcomers.append((patient, make_triage(patient)))

    calls = [lambda: contact_requests_assign_waiting() for _ in range(4)]
    calls += [
        (lambda p=p, r=r: contact_request_create(patient=p, triage_record_id=r.pk, channel="video")[0].pk)
        for p, r in newcomers
    ]
    _results, errors = run_together(calls)
    assert errors == []
    assert_invariants(workers)
    assert ContactRequest.objects.filter(state=ContactState.ASSIGNED).count() == 6


def test_double_accept_happens_once_and_every_caller_sees_it_accepted(make_request, make_worker):
    worker = make_worker()
    request = make_request("assigned", worker=worker)
    results, errors = run_together(
        [lambda: contact_request_accept(request_id=request.pk, worker_user=worker.user).state for _ in range(4)]
    )
    assert errors == []
    assert results == [ContactState.IN_PROGRESS] * 4
    assert ContactTransition.objects.filter(request=request).count() == 1


def test_double_submit_of_one_request_creates_one(make_user, make_triage, make_worker):
    make_worker(limit=5)
    patient = make_user("patient")
    record = make_triage(patient)
    results, errors = run_together(
        [lambda: contact_request_create(patient=patient, triage_record_id=record.pk, channel="phone")[0].pk
         for _ in range(5)]
    )  # fmt: skip
    assert len(results) == 1
    assert len(errors) == 4
    assert all(isinstance(error, Conflict) and error.code == "contact_request_open" for error in errors)
    assert ContactRequest.objects.count() == 1


def test_double_submit_with_one_idempotency_key_returns_the_same_request(make_user, make_triage):
    patient = make_user("patient")
    record = make_triage(patient)
    results, errors = run_together(
        [lambda: contact_request_create(patient=patient, triage_record_id=record.pk, channel="phone",
                                        idempotency_key="same-key")[0].pk for _ in range(5)]
    )  # fmt: skip
    assert errors == []
    assert len(set(results)) == 1
    assert ContactRequest.objects.count() == 1
