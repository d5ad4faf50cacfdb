"""Builds of one record racing (the on-commit receiver and a first page view) make exactly one
current recommendation per result version: real threads, real PostgreSQL, committed data."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)


def race(target, times: int = 4) -> list:
    barrier = threading.Barrier(times)
    results, errors = [], []

    def run():
        try:
            barrier.wait(timeout=10)
            results.append(target())
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


def test_racing_builds_make_one_recommendation(make_user, monkeypatch):
    from suggestions import services
    from suggestions.models import Interaction, Recommendation
    from triage import services as triage_services

    monkeypatch.setattr(triage_services, "_enqueue_calculation", lambda record_id: None)
    real_build = services.recommendation_build
    monkeypatch.setattr(services, "recommendation_build", lambda **kwargs: None)  # keep the receiver out
    patient = make_user("patient")
    record, _ = triage_services.triage_record_create(
        patient=patient,
        raw_answers={"complaint": "sore_throat", "pain": 3, "onset": "gradual", "duration": "1_7d", "red_flags": {}},
    )
    triage_services.triage_record_calculate(record_id=record.pk)
    assert not Recommendation.objects.exists()

    built = race(lambda: real_build(record_id=record.pk).pk)
    assert len(set(built)) == 1
    assert Recommendation.objects.filter(record=record).count() == 1
    offers = Interaction.objects.filter(recommendation__record=record).count()

    clinician = make_user("clinician")
    triage_services.triage_record_override(
        record_id=record.pk, actor=clinician, acuity=3, disposition="urgent", reason="Reviewed"
    )
    rebuilt = race(lambda: real_build(record_id=record.pk).pk)
    assert len(set(rebuilt)) == 1
    assert Recommendation.objects.filter(record=record).count() == 2
    assert Recommendation.objects.filter(record=record, is_current=True).get().factory_key == "urgent"
    assert Interaction.objects.filter(recommendation__record=record).count() == offers + 3
