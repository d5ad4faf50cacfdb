"""Fixtures shared by every app's tests: users in each role, API clients, a real Celery worker."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import socket
import threading
import time
from types import SimpleNamespace

import pytest

_emails = itertools.count(1)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The audit table refuses TRUNCATE (healthsvc migration 0005), but Django's flush between transactional
    tests empties every table: allow it on this throw-away test database only."""
    from django.db import connection

    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            cursor.execute(
                f"ALTER DATABASE \"{connection.settings_dict['NAME']}\" SET healthsvc.allow_audit_truncate = 'on'"
            )
        connection.close()  # sessions from now on read the setting
    yield


@pytest.fixture
def drill_figure():
    """drill_figure(scenario, figure): one line of `make drill`'s table (scripts/drill.py reads it)."""

    def _record(scenario: str, figure: str) -> None:
        print(f"\nDRILL | {scenario} | {figure}", flush=True)

    return _record


@pytest.fixture(autouse=True)
def _clear_cache():
    """Throttle counters and cached values live in the real Redis; start each test clean."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _close_fail_fast_window():
    """A test that takes the database away opens the process-wide fail-fast window (healthsvc/db_deadline.py);
    the next test starts with it closed, as a new process would."""
    yield
    from healthsvc.db_deadline import WATCHDOG

    WATCHDOG.fail_fast_until = 0.0


@pytest.fixture
def dead_broker():
    """Point Celery at a port nothing listens on (a real refused connection), then restore."""
    import socket

    from healthsvc.celery import app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    original = app.conf.broker_url

    def reset_connections():
        # Drop pooled connections and producers, so the next publish dials the configured URL.
        app._pool = None
        app.amqp._producer_pool = None

    app.conf.broker_url = f"redis://127.0.0.1:{dead_port}/0"
    reset_connections()
    try:
        yield
    finally:
        app.conf.broker_url = original
        reset_connections()


@pytest.fixture
def make_user(db):
    """make_user(role="patient", **fields) -> a saved user in that role (patients get a profile)."""
    from django.contrib.auth.models import Group

    from healthsvc.models import PatientProfile, User

    def _make(role: str = "patient", *, email: str | None = None, password: str = "correct horse battery", **extra):
        dob = extra.pop("date_of_birth", dt.date(1990, 1, 1))
        sex = extra.pop("sex", "female")
        user = User.objects.create_user(
            email=email or f"{role}{next(_emails)}@example.test",
            password=password,
            is_staff=role != "patient",
            **extra,
        )
        user.groups.add(Group.objects.get(name=role))
        if role == "patient":
            PatientProfile.objects.create(user=user, date_of_birth=dob, sex=sex)
        return user

    return _make


@pytest.fixture
def patient(make_user):
    return make_user("patient")


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient  # imported late: engine tests run without Django

    return APIClient()


@pytest.fixture
def client_for():
    """client_for(user) -> an APIClient authenticated with the user's real API token."""
    from knox.models import AuthToken
    from rest_framework.test import APIClient

    def _client(user):
        client = APIClient()
        _stored, token = AuthToken.objects.create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
        return client

    return _client


@pytest.fixture
def subscribe_webhooks(db):
    """subscribe_webhooks(*event_types) -> a webhook subscription (test data: nothing is posted in these tests;
    the apps' tests check the events their services write, healthsvc/webhooks/tests their delivery)."""
    from healthsvc.webhooks.models import WebhookSubscription

    def _subscribe(*event_types: str) -> WebhookSubscription:
        return WebhookSubscription.objects.create(
            url="https://hooks.example.org/healthsvc", secret="x" * 32, event_types=list(event_types)
        )

    return _subscribe


@pytest.fixture
def outbox_events(db):
    """outbox_events(event_type=None) -> the webhook events written so far, oldest first, as {type, subject, data}."""
    from healthsvc.webhooks.models import WebhookEvent

    def _events(event_type: str | None = None) -> list[dict]:
        events = WebhookEvent.objects.order_by("created_at", "subject")
        if event_type is not None:
            events = events.filter(event_type=event_type)
        return [{"type": e.event_type, "subject": e.subject, "data": e.data} for e in events]

    return _events


@pytest.fixture
def celery_worker_thread(transactional_db):
    """A real Celery worker consuming from the real Redis broker, in a thread of this process.

    It has its own database connection, so tests that use it must commit (transactional_db).
    """
    from celery.contrib.testing.worker import start_worker

    from healthsvc.celery import app

    with start_worker(app, pool="threads", concurrency=2, perform_ping_check=False, shutdown_timeout=10) as worker:
        yield worker


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (its own browser download does not work here)."""
    executable = chromium_path()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed; .ci/run installs it with apt-get")
        pytest.skip("Chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop; Django must allow its ORM calls in the test thread.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A 375 px phone page. Any Content-Security-Policy refusal while it was used fails the test: a page whose
    script or style the policy blocks would look fine in Django's test client and broken to a patient."""
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    page.set_default_timeout(10_000)
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    yield page
    context.close()
    assert refused == [], refused


@pytest.fixture
def asgi_server(transactional_db):
    """healthsvc.asgi:application under uvicorn in a daemon thread of this process (so it uses the test
    database), as production serves it; yields an object with .url, like live_server, and .address (host:port)."""
    import uvicorn
    from django.db import connection

    from healthsvc.asgi import application
    from healthsvc.web_worker import WebWorker

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        application,
        host="127.0.0.1",
        port=port,
        lifespan="off",
        log_level="warning",
        proxy_headers=WebWorker.CONFIG_KWARGS["proxy_headers"],  # as production's worker class
        timeout_graceful_shutdown=2,  # open streams end here rather than holding the teardown
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="asgi-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline or not thread.is_alive():
                pytest.fail("the ASGI test server did not start")
            time.sleep(0.05)
    try:
        yield SimpleNamespace(url=f"http://127.0.0.1:{port}", address=f"127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        # The server's worker threads keep their database connections (CONN_MAX_AGE); end them, or the test
        # database could not be flushed or dropped. Another thread's dropped connection is reopened by Django's
        # health check at its next request.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle%%'"
            )
