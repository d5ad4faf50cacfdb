"""/healthz, /readyz and /metrics."""

import datetime as dt

import pytest
from django.utils import timezone

from healthsvc.models import Heartbeat
from healthsvc.tasks import BEAT_HEARTBEAT

pytestmark = pytest.mark.django_db


def test_healthz_does_no_io(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_readyz_ready_when_every_check_passes(client):
    Heartbeat.objects.create(name=BEAT_HEARTBEAT, at=timezone.now())
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "ready"
    assert set(body["checks"]) == {"database", "redis", "migrations", "celery_heartbeat"}
    assert all(check["ok"] for check in body["checks"].values())


def test_readyz_degraded_but_serving_without_heartbeat(client):
    # Beat is not needed to serve, and is shared by every replica: alerted on, not a reason to empty the LB.
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["celery_heartbeat"]["ok"] is False


def test_readyz_degraded_with_stale_heartbeat(client, settings):
    Heartbeat.objects.create(name=BEAT_HEARTBEAT, at=timezone.now() - dt.timedelta(seconds=120))
    settings.HEARTBEAT_STALE_AFTER_SECONDS = 60
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert "stale" in response.json()["checks"]["celery_heartbeat"]["detail"]


def test_readyz_degraded_when_redis_is_unreachable(client, settings):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    Heartbeat.objects.create(name=BEAT_HEARTBEAT, at=timezone.now())
    settings.REDIS_URL = f"redis://127.0.0.1:{port}/0"
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["redis"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


def test_readyz_503_when_this_replica_expects_unapplied_migrations(client, monkeypatch):
    from django.db.migrations.recorder import MigrationRecorder

    from healthsvc import readiness

    Heartbeat.objects.create(name=BEAT_HEARTBEAT, at=timezone.now())
    monkeypatch.setattr(readiness, "_migrations_ok_until", 0.0)
    latest = MigrationRecorder.Migration.objects.filter(app="er_queue").order_by("-name").first()
    latest.delete()  # as if this replica's code were newer than the schema (rolled back by the test)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not_ready"
    assert body["checks"]["migrations"] == {
        "ok": False,
        "detail": "1 migration(s) not applied",
        "takes_replica_out": True,
    }


def test_heartbeat_task_records_the_time():
    from healthsvc.tasks import heartbeat_task

    heartbeat_task()
    beat = Heartbeat.objects.get(name=BEAT_HEARTBEAT)
    assert (timezone.now() - beat.at).total_seconds() < 5


def test_beat_schedules_the_heartbeat_every_15_seconds(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["heartbeat"]
    assert entry["task"] == "healthsvc.tasks.heartbeat_task"
    assert entry["schedule"] == 15


def test_metrics_exposes_django_and_heartbeat_metrics(client):
    Heartbeat.objects.create(name=BEAT_HEARTBEAT, at=timezone.now())
    response = client.get("/metrics")
    assert response.status_code == 200
    text = response.content.decode()
    assert "django_http_requests_total_by_method_total" in text
    assert "healthsvc_celery_heartbeat_age_seconds" in text
