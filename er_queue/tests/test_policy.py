"""The queue policy and the estimate as plain functions, and the demo data."""

from __future__ import annotations

import datetime as dt

import pytest

from er_queue import policy

T0 = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


def minutes(n: float) -> dt.timedelta:
    return dt.timedelta(minutes=n)


def test_ctas_targets_and_bands():
    assert [policy.CTAS_TARGET_MINUTES[level] for level in range(1, 6)] == [0, 15, 30, 60, 120]
    assert policy.queue_band(1) == 0
    assert {policy.queue_band(level) for level in range(2, 6)} == {1}
    assert policy.queue_due_at(T0, 4) == T0 + minutes(60)


def test_order_key_does_not_depend_on_the_clock():
    """Two waiting patients keep their order as time passes: the key is fixed at confirm."""
    early_five = (policy.queue_band(5), policy.queue_due_at(T0, 5))
    later_three = (policy.queue_band(3), policy.queue_due_at(T0 + minutes(100), 3))
    assert early_five < later_three  # the level 5 has waited 100 of 120 minutes: due first


def test_over_target():
    assert not policy.is_over_target(T0, 3, T0 + minutes(30))
    assert policy.is_over_target(T0, 3, T0 + minutes(31))


def test_call_interval_sample_ignores_idle_time():
    # Called 12 minutes after the last call, but the patient only joined 4 minutes ago:
    # the ER was idle before that, so the sample is 4 minutes.
    assert policy.call_interval_sample(now=T0, last_call_at=T0 - minutes(12), joined_at=T0 - minutes(4)) == 4
    assert policy.call_interval_sample(now=T0, last_call_at=T0 - minutes(6), joined_at=T0 - minutes(40)) == 6
    assert policy.call_interval_sample(now=T0, last_call_at=None, joined_at=None) is None
    assert policy.call_interval_sample(now=T0, last_call_at=T0, joined_at=None) == policy.MIN_SAMPLE_MINUTES
    assert policy.call_interval_sample(now=T0, last_call_at=T0 - minutes(600), joined_at=None) == 240


def test_ewma_starts_from_the_configured_time():
    assert policy.ewma(None, 5, alpha=0.3, prior=20) == pytest.approx(15.5)
    assert policy.ewma(15.5, 5, alpha=0.3, prior=20) == pytest.approx(12.35)


def test_minutes_per_call_falls_back_when_unknown_or_stale():
    kwargs = {"configured_minutes": 20, "now": T0, "stale_minutes": 180}
    assert policy.minutes_per_call(ewma_minutes=None, last_call_at=None, **kwargs) == 20
    assert policy.minutes_per_call(ewma_minutes=6, last_call_at=T0 - minutes(10), **kwargs) == 6
    assert policy.minutes_per_call(ewma_minutes=6, last_call_at=T0 - minutes(200), **kwargs) == 20


def test_wait_minutes():
    assert policy.wait_minutes(0, 10) == 0
    assert policy.wait_minutes(1, 0.2) == 1
    assert policy.wait_minutes(3, 8.6) == 26


@pytest.mark.django_db
def test_demo_rooms_are_three_in_one_region_and_idempotent():
    from django.apps import apps

    from er_queue.models import EmergencyRoom

    config = apps.get_app_config("er_queue")
    config.seed_demo()
    config.seed_demo()
    rooms = list(EmergencyRoom.objects.all())
    assert len(rooms) == 3
    assert len({room.region for room in rooms}) == 1
    assert len({room.capacity for room in rooms}) == 3
