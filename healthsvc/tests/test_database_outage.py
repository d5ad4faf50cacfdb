"""PostgreSQL unreachable: API and pages answer 503 + Retry-After, never a 500.

The live connection is pointed at a port nothing listens on, so the failure is the real
psycopg connection error, not a mock.
"""

import socket
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client
from prometheus_client import REGISTRY

from healthsvc.db_deadline import WATCHDOG

pytestmark = pytest.mark.django_db(transaction=True)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # released on exit: nothing listens there any more


@contextmanager
def database_down():
    saved = {key: connection.settings_dict[key] for key in ("HOST", "PORT")}
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(_closed_port()))
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.update(saved)
        WATCHDOG.fail_fast_until = 0.0  # the outage opened the fail-fast window; the database is back


def _outages() -> float:
    return REGISTRY.get_sample_value("healthsvc_dependency_errors_total", {"dependency": "database"}) or 0.0


def _unexpected() -> float:
    total = 0.0
    for metric in REGISTRY.collect():
        if metric.name == "healthsvc_unexpected_errors":
            total += sum(sample.value for sample in metric.samples if sample.name.endswith("_total"))
    return total


def test_api_answers_503_with_retry_after_when_the_database_is_down(patient, client_for):
    client = client_for(patient)
    assert client.get("/api/v1/triage/records/").status_code == 200
    before, unexpected_before = _outages(), _unexpected()

    with database_down():
        response = client.get("/api/v1/triage/records/")

    assert response.status_code == 503, response.content
    assert int(response["Retry-After"]) > 0
    assert response.json()["error"]["code"] == "service_unavailable"
    assert _outages() == before + 1
    assert _unexpected() == unexpected_before, "an outage is not counted as a bug"
    assert client.get("/api/v1/triage/records/").status_code == 200, "recovers as soon as the database is back"


def test_page_answers_503_with_retry_after_when_the_database_is_down(patient):
    client = Client()
    client.force_login(patient)
    before = _outages()

    with database_down():
        response = client.get("/triage/")

    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "emergency" in response.content.decode()
    assert _outages() == before + 1
    assert client.get("/triage/").status_code == 200


def test_readyz_takes_the_replica_out_while_the_database_is_down(client, drill_figure):
    with database_down():
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not_ready"
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["database"]["takes_replica_out"] is True
    drill_figure("PostgreSQL down", "API and pages 503 + Retry-After (not 500); /readyz 503 takes the replica out")


def test_a_lost_connection_makes_the_next_requests_fail_fast_and_health_still_answers(patient, client_for):
    """Issue 11: after one request meets a lost database, the next ones get the 503 at once (no connect
    attempt, no queueing behind stuck threads) while /healthz answers."""
    import time

    client = client_for(patient)
    with database_down():
        assert client.get("/api/v1/triage/records/").status_code == 503
        assert WATCHDOG.failing_fast()
        started = time.monotonic()
        response = client.get("/api/v1/triage/records/")
        assert response.status_code == 503 and response["Retry-After"]
        assert time.monotonic() - started < 0.5
        assert Client().get("/healthz").status_code == 200
        assert Client().get("/readyz").status_code == 503
    assert client.get("/api/v1/triage/records/").status_code == 200
