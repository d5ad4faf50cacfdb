"""Fixtures of the webhook tests: a receiver to post to, an integrator account, delivery settings for tests."""

from __future__ import annotations

import time

import pytest

from healthsvc.webhooks.tests.receiver import Receiver

SECRET = "whsec_test_" + "k" * 32


@pytest.fixture
def hook_settings(settings):
    """Plain http to this machine's loopback (allow-listed, as a deployment would allow its own network),
    short timeouts, retries due at once, and a pause after three failures in a row."""
    settings.WEBHOOK_REQUIRE_HTTPS = False
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.WEBHOOK_CONNECT_TIMEOUT_SECONDS = 1
    settings.WEBHOOK_READ_TIMEOUT_SECONDS = 0.5
    settings.WEBHOOK_BACKOFF_BASE_SECONDS = 0
    settings.WEBHOOK_PAUSE_AFTER_FAILURES = 3
    settings.WEBHOOK_MAX_ATTEMPTS = 5
    return settings


@pytest.fixture
def receivers():
    """receivers(secret=SECRET) -> a new running Receiver; all are stopped after the test."""
    started: list[Receiver] = []

    def _start(secret: str = SECRET, **kwargs) -> Receiver:
        receiver = Receiver(secret, **kwargs)
        started.append(receiver)
        return receiver

    yield _start
    for receiver in started:
        receiver.close()


@pytest.fixture
def receiver(receivers):
    return receivers()


@pytest.fixture
def integrator(db):
    """An account with no role but the manage_webhooks permission: a hospital system's service account."""
    from django.contrib.auth.models import Permission

    from healthsvc.models import User

    user = User.objects.create_user(email=f"integrator{time.monotonic_ns()}@hospital.test", password="x" * 20)
    user.user_permissions.add(Permission.objects.get(codename="manage_webhooks", content_type__app_label="healthsvc"))
    return User.objects.get(pk=user.pk)  # a fresh object: permissions are cached per instance


@pytest.fixture
def subscribe(integrator, hook_settings):
    """subscribe(receiver_or_url, *event_types) -> a subscription made through the service."""
    from healthsvc.webhooks.services import subscription_create

    def _make(where, *event_types, secret: str = SECRET, actor=None):
        url = where if isinstance(where, str) else where.url()
        subscription, _ = subscription_create(
            actor=actor or integrator, url=url, event_types=list(event_types or ["booking.called"]), secret=secret
        )
        return subscription

    return _make


def wait_until(condition, timeout: float = 15.0, every: float = 0.05, between=None) -> bool:
    """Poll `condition` until true; `between()` runs each round (a sweep, say)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        if between is not None:
            between()
        time.sleep(every)
    return condition()
