"""Demo data: the demo nurse and clinician become workers on duty now, idempotently."""

import datetime as dt

import pytest
from django.apps import apps
from django.utils import timezone

from healthsvc.demo import seed_demo_accounts
from healthsvc.models import User
from workers.models import Shift, WorkerProfile
from workers.selectors import next_shift_start, workers_on_duty
from workers.services import contact_request_create

pytestmark = pytest.mark.django_db


def seed():
    seed_demo_accounts()
    apps.get_app_config("workers").seed_demo()


def test_demo_workers_are_on_duty_now():
    seed()
    on_duty = {worker.user.email for worker in workers_on_duty(at=timezone.now())}
    assert {"nurse@demo.healthsvc.local", "clinician@demo.healthsvc.local"} <= on_duty
    assert WorkerProfile.objects.count() == 5
    nurse = WorkerProfile.objects.get(user__email="nurse@demo.healthsvc.local")
    assert nurse.role == "nurse" and "en" in nurse.languages
    assert next_shift_start(at=timezone.now(), role="paramedic") is not None
    for worker in WorkerProfile.objects.select_related("user"):
        assert worker.user.has_role("nurse", "clinician")
        worker.full_clean()


@pytest.mark.parametrize("hour", [0, 11, 12, 23])
def test_seeding_again_changes_nothing_and_a_later_day_extends_cover(monkeypatch, hour):
    """At any time of day: a seed 36 hours later lands one or two days on, and still merges."""
    base = dt.datetime(2026, 3, 10, hour, 30, tzinfo=dt.UTC)
    monkeypatch.setattr(timezone, "now", lambda: base)
    seed()
    shifts = list(Shift.objects.order_by("id").values_list("id", "starts_at", "ends_at"))
    seed()
    assert list(Shift.objects.order_by("id").values_list("id", "starts_at", "ends_at")) == shifts

    later = base + dt.timedelta(days=1, hours=12)
    monkeypatch.setattr(timezone, "now", lambda: later)
    seed()
    nurse = WorkerProfile.objects.get(user__email="nurse@demo.healthsvc.local")
    assert nurse.shifts.count() == 1  # merged, not stacked
    assert nurse in workers_on_duty(at=later)
    assert nurse in workers_on_duty(at=later + dt.timedelta(hours=24))


def test_the_demo_patient_can_reach_a_demo_worker(make_triage):
    seed()
    patient = User.objects.get(email="patient@demo.healthsvc.local")
    request, _ = contact_request_create(
        patient=patient, triage_record_id=make_triage(patient, disposition="urgent").pk, channel="phone"
    )
    assert request.state == "assigned"
    assert request.assigned_worker.role in ("nurse", "nurse_practitioner", "physician")
