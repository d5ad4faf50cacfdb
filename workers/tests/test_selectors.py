"""Who is on duty, when the next shift starts, and what a waiting patient is offered."""

import datetime as dt

import pytest

from workers.selectors import (
    contact_request_availability,
    next_shift_start,
    on_duty_summary,
    worker_loads,
    workers_on_duty,
)

pytestmark = pytest.mark.django_db

H = dt.timedelta(hours=1)


def test_on_duty_includes_the_start_and_excludes_the_end(make_worker, now):
    worker = make_worker(shift=(now, now + 8 * H))
    assert list(workers_on_duty(at=now)) == [worker]
    assert list(workers_on_duty(at=now + 8 * H - dt.timedelta(microseconds=1))) == [worker]
    assert list(workers_on_duty(at=now + 8 * H)) == []
    assert list(workers_on_duty(at=now - dt.timedelta(microseconds=1))) == []


def test_on_duty_leaves_out_inactive_accounts_and_counts_a_worker_once(make_worker, now):
    from workers.models import Shift

    worker = make_worker(shift=(now - H, now + H))
    Shift.objects.create(worker=worker, starts_at=now + H, ends_at=now + 2 * H)
    assert workers_on_duty(at=now).count() == 1
    worker.user.is_active = False
    worker.user.save()
    assert workers_on_duty(at=now).count() == 0


def test_next_shift_start_filters_by_role_and_language(make_worker, now):
    make_worker("pharmacist", languages=["en"], shift=(now + 1 * H, now + 5 * H))
    make_worker("nurse", languages=["es"], shift=(now + 2 * H, now + 6 * H))
    make_worker("physician", languages=["en", "fr"], shift=(now + 3 * H, now + 7 * H))
    make_worker("nurse", languages=["de"], accepts=False, shift=(now + H / 2, now + 7 * H))
    assert next_shift_start(at=now) == now + H
    assert next_shift_start(at=now, role="nurse") == now + 2 * H
    assert next_shift_start(at=now, role=["nurse", "physician"], language="fr") == now + 3 * H
    assert next_shift_start(at=now, language="de") is None  # only a worker not taking patient contact
    assert next_shift_start(at=now + 4 * H) is None


def test_on_duty_summary_counts_by_role_without_names(make_worker, now):
    make_worker("nurse")
    make_worker("nurse", languages=["en", "es"])
    make_worker("physician", languages=["es"])
    make_worker("pharmacist", accepts=False)
    make_worker("paramedic", on_duty=False, shift=(now + 2 * H, now + 3 * H))
    summary = on_duty_summary(at=now)
    assert summary["by_role"] == {"nurse": 2, "physician": 1}
    assert summary["total"] == 3
    assert summary["next_shift_start"] == now + 2 * H
    assert on_duty_summary(at=now, language="es")["by_role"] == {"nurse": 1, "physician": 1}


def test_worker_loads_counts_only_open_requests(make_worker, make_request):
    worker = make_worker()
    make_request("assigned", worker=worker)
    make_request("in_progress", worker=worker)
    make_request("completed", worker=worker)
    make_request("cancelled", worker=worker)
    load, last = worker_loads(worker_ids=[worker.pk])[worker.pk]
    assert load == 2
    assert last is not None


def test_availability_for_a_waiting_urgent_request_with_nobody_on_duty(make_worker, make_request, now):
    make_worker("pharmacist", shift=(now + H, now + 2 * H))  # cannot take urgent requests
    make_worker("nurse", shift=(now + 3 * H, now + 4 * H))
    request = make_request(disposition="urgent")
    availability = contact_request_availability(request, at=now)
    assert availability["someone_on_duty"] is False
    assert availability["next_available_at"] == now + 3 * H
    assert availability["alternative"]["kind"] == "er_queue"
    assert availability["alternative"]["url"] == "/er/"


def test_availability_for_routine_offers_self_care(make_request, now):
    availability = contact_request_availability(make_request(disposition="routine"), at=now)
    assert availability["alternative"]["kind"] == "self_care"
    assert availability["next_available_at"] is None


def test_no_availability_once_assigned(make_worker, make_request, now):
    assert contact_request_availability(make_request("assigned", worker=make_worker()), at=now) is None
