"""Prometheus metrics: per-room gauges read at scrape time, bookings by state, expiries, confirm-to-call."""

from __future__ import annotations

import re

import pytest
from prometheus_client import REGISTRY

from er_queue import services
from er_queue.tests.conftest import shift_clock

pytestmark = pytest.mark.django_db


def _value(text: str, name: str, **labels) -> float:
    wanted = ",".join(f'{key}="{value}"' for key, value in labels.items())
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name}{{{wanted}}} not in /metrics")


def test_room_gauges_and_bookings_by_state(client, make_room, book):
    room = make_room(name="Metrics ER", capacity=7, average_service_minutes=10)
    book(room, confirm=True)
    book(room, confirm=True)
    book(room)
    text = client.get("/metrics").content.decode()
    assert _value(text, "healthsvc_er_queue_length", room="Metrics ER") == 2
    assert _value(text, "healthsvc_er_active_bookings", room="Metrics ER") == 3
    assert _value(text, "healthsvc_er_capacity", room="Metrics ER") == 7
    assert _value(text, "healthsvc_er_accepting", room="Metrics ER") == 1
    assert _value(text, "healthsvc_er_estimated_wait_minutes", room="Metrics ER") == 30
    assert _value(text, "healthsvc_er_bookings", state="confirmed") == 2
    assert _value(text, "healthsvc_er_bookings", state="initialized") == 1
    assert _value(text, "healthsvc_er_bookings", state="expired") == 0


def test_expiries_and_confirm_to_call_are_counted(room, book, staff, django_capture_on_commit_callbacks):
    def sample(name, **labels):
        return REGISTRY.get_sample_value(name, labels) or 0.0

    expired_before = sample("healthsvc_er_bookings_expired_total", reason="not_confirmed")
    calls_before = sample("healthsvc_er_confirm_to_call_seconds_count", room=room.name)
    waiting = book(room, confirm=True)
    stale = book(room)
    shift_clock(11, booking_ids=[stale.pk, waiting.pk])
    with django_capture_on_commit_callbacks(execute=True):
        services.bookings_expire_due()
        services.room_call_next(room_id=room.pk, actor=staff)
    assert sample("healthsvc_er_bookings_expired_total", reason="not_confirmed") == expired_before + 1
    assert sample("healthsvc_er_confirm_to_call_seconds_count", room=room.name) == calls_before + 1
    # It waited about 11 minutes: the observation lands in the 15-minute bucket, not the 10-minute one.
    assert sample("healthsvc_er_confirm_to_call_seconds_bucket", room=room.name, le="900.0") == calls_before + 1
    assert sample("healthsvc_er_confirm_to_call_seconds_bucket", room=room.name, le="600.0") == calls_before


def test_metrics_survive_a_database_error(monkeypatch, client):
    from er_queue import selectors

    def broken(**_kwargs):
        raise selectors.EmergencyRoom.DoesNotExist("boom")

    monkeypatch.setattr(selectors, "rooms_list", broken)
    response = client.get("/metrics")
    assert response.status_code == 200
    assert not re.search(r"^healthsvc_er_queue_length\{", response.content.decode(), re.M)
