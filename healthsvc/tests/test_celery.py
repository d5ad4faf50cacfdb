"""A real task through the real Redis broker to a real Celery worker, and broker settings."""

import uuid

import pytest
from django.conf import settings
from django.core.cache import cache

from healthsvc.tasks import ping_task


@pytest.mark.celery_worker
def test_task_round_trip_through_redis_to_a_worker(celery_worker_thread):
    import time

    marker = uuid.uuid4().hex
    ping_task.delay(marker)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and cache.get(f"ping:{marker}") is None:
        time.sleep(0.05)
    assert cache.get(f"ping:{marker}") == "pong"


def test_celery_is_configured_for_reliability():
    assert settings.CELERY_TASK_SERIALIZER == "json"
    assert settings.CELERY_ACCEPT_CONTENT == ["json"]
    assert settings.CELERY_TASK_ACKS_LATE is True
    assert settings.CELERY_TASK_REJECT_ON_WORKER_LOST is True
    assert settings.CELERY_TASK_TIME_LIMIT > settings.CELERY_TASK_SOFT_TIME_LIMIT > 0
    assert settings.CELERY_BROKER_CONNECTION_TIMEOUT <= 5
    assert settings.CELERY_TASK_PUBLISH_RETRY_POLICY["max_retries"] <= 2


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def task_on_dead_broker():
    """A task of a Celery app configured exactly like ours, but whose broker port is closed."""
    from celery import Celery

    app = Celery("dead-broker")
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.broker_url = f"redis://127.0.0.1:{_closed_port()}/0"

    @app.task(name="dead_broker.ping")
    def ping(marker):
        return marker

    yield ping
    app.close()


def test_unreachable_broker_fails_fast_and_runs_the_fallback(task_on_dead_broker):
    import time

    from healthsvc.tasking import publish

    ran = []
    started = time.monotonic()
    sent = publish(task_on_dead_broker, "never-delivered", fallback=lambda: ran.append(True))
    elapsed = time.monotonic() - started
    assert sent is False
    assert ran == [True]
    assert elapsed < 8, f"publishing to a dead broker took {elapsed:.1f}s"


@pytest.mark.django_db(transaction=True)
def test_enqueue_waits_for_commit_and_is_dropped_on_rollback(monkeypatch):
    from django.db import transaction

    from healthsvc import tasking

    sent = []
    monkeypatch.setattr(tasking, "publish", lambda task, *args, **kwargs: sent.append(args))
    with transaction.atomic():
        tasking.enqueue_on_commit(ping_task, "committed")
        assert sent == []
    assert sent == [("committed",)]
    try:
        with transaction.atomic():
            tasking.enqueue_on_commit(ping_task, "rolled-back")
            raise RuntimeError
    except RuntimeError:
        pass
    assert sent == [("committed",)]
