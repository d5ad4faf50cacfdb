"""Delivery to a real HTTP server through the real broker and a real Celery worker.

The receiver (receiver.py) verifies each request's HMAC with the subscription's secret and answers as each test
scripts it: 200, 500, or a sleep past the client's read timeout. Retries are due at once here (backoff base 0),
and the beat sweep is called by the test where beat would call it.
"""

from __future__ import annotations

import time

import pytest
from django.db import transaction

from healthsvc.webhooks.choices import DeliveryState
from healthsvc.webhooks.models import WebhookDelivery, WebhookDeliveryAttempt, WebhookEvent, WebhookSubscription
from healthsvc.webhooks.services import deliveries_send_due, event_record, subscription_resume
from healthsvc.webhooks.tests.conftest import wait_until

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def record(event_type: str = "booking.called", **data) -> WebhookEvent:
    """An event, committed as a domain service commits one (the app tests cover the real call sites)."""
    with transaction.atomic():
        return event_record(event_type=event_type, subject="er_booking:1", data={"booking_id": 1, **data})


def delivery_of(event: WebhookEvent, subscription: WebhookSubscription) -> WebhookDelivery:
    return WebhookDelivery.objects.get(event=event, subscription=subscription)


def delivered(event, subscription) -> bool:
    return delivery_of(event, subscription).state == DeliveryState.DELIVERED


def test_a_signed_event_reaches_the_receiver(celery_worker_thread, receiver, subscribe):
    subscription = subscribe(receiver, "booking.called")
    event = record(reference="ER-7K2M")
    assert receiver.wait_for(1)
    [request] = receiver.received
    assert request.signature_ok
    assert request.payload == {
        "id": str(event.pk),
        "type": "booking.called",
        "created_at": request.payload["created_at"],
        "data": {"booking_id": 1, "reference": "ER-7K2M"},
    }
    assert request.payload["created_at"].endswith("Z")
    assert request.event_id == str(event.pk)
    assert request.headers["Healthsvc-Event-Type"] == "booking.called"
    assert request.headers["Healthsvc-Delivery-Attempt"] == "1"
    assert request.headers["Content-Type"] == "application/json"
    assert wait_until(lambda: delivered(event, subscription))
    attempt = WebhookDeliveryAttempt.objects.get(delivery__event=event)
    assert (attempt.number, attempt.status_code, attempt.error, attempt.response_excerpt) == (1, 200, "", "ok")


def test_a_500_is_retried_with_the_same_event_id_and_body(celery_worker_thread, receiver, subscribe):
    subscription = subscribe(receiver, "booking.called")
    receiver.answer(500, 503)
    event = record()
    assert wait_until(lambda: delivered(event, subscription), between=deliveries_send_due)
    assert [r.event_id for r in receiver.received] == [str(event.pk)] * 3
    assert len({r.body for r in receiver.received}) == 1, "every attempt sends the same bytes"
    assert all(r.signature_ok for r in receiver.received)
    assert [r.headers["Healthsvc-Delivery-Attempt"] for r in receiver.received] == ["1", "2", "3"]
    log = list(WebhookDeliveryAttempt.objects.filter(delivery__event=event).values_list("status_code", "error"))
    assert log == [(500, "HTTP 500"), (503, "HTTP 503"), (200, "")]
    subscription.refresh_from_db()
    assert subscription.consecutive_failures == 0  # a success clears the run of failures


def test_a_receiver_that_times_out_is_tried_again(celery_worker_thread, receiver, subscribe):
    subscription = subscribe(receiver, "booking.called")
    receiver.answer(("sleep", 2))  # the read timeout is 0.5 s
    event = record()
    assert wait_until(lambda: delivered(event, subscription), between=deliveries_send_due)
    first, second = WebhookDeliveryAttempt.objects.filter(delivery__event=event)
    assert first.status_code is None and first.error.startswith("timed out")
    assert 400 <= first.duration_ms < 1900
    assert second.status_code == 200


def test_nothing_is_lost_when_the_broker_was_down_at_commit(celery_worker_thread, receiver, subscribe, dead_broker):
    from django.conf import settings

    from healthsvc.celery import app

    subscription = subscribe(receiver, "booking.called")
    event = record()  # commits; publishing its task fails against the dead broker
    delivery = delivery_of(event, subscription)
    assert delivery.state == DeliveryState.PENDING and delivery.enqueued_at is None
    time.sleep(1.0)
    assert receiver.received == []

    # The broker is back; beat's next sweep finds the delivery in the outbox.
    app.conf.broker_url = settings.CELERY_BROKER_URL
    app._pool = None
    app.amqp._producer_pool = None
    assert deliveries_send_due() == 1
    assert wait_until(lambda: delivered(event, subscription))
    assert len(receiver.received) == 1 and receiver.received[0].signature_ok


def test_a_failing_receiver_is_paused_and_nothing_is_dropped(celery_worker_thread, receiver, subscribe, integrator):
    subscription = subscribe(receiver, "booking.called")
    receiver.answer(then=500)
    first = record()
    assert wait_until(lambda: receiver.wait_for(3, 0) and _paused(subscription), between=deliveries_send_due)
    subscription.refresh_from_db()
    assert subscription.consecutive_failures == 3
    assert "after 3 failed attempts in a row" in subscription.paused_reason
    assert "HTTP 500" in subscription.paused_reason

    # Paused: neither the retry nor a new event is sent, and neither is dropped.
    second = record()
    for _ in range(5):
        deliveries_send_due()
        time.sleep(0.1)
    assert len(receiver.received) == 3
    assert delivery_of(second, subscription).state == DeliveryState.PENDING

    receiver.answer(then=200)
    subscription_resume(actor=integrator, subscription_id=subscription.pk)
    assert wait_until(
        lambda: delivered(first, subscription) and delivered(second, subscription), between=deliveries_send_due
    )
    assert {r.event_id for r in receiver.received[3:]} == {str(first.pk), str(second.pk)}


def _paused(subscription) -> bool:
    return WebhookSubscription.objects.get(pk=subscription.pk).is_paused


def test_a_slow_receiver_does_not_slow_the_others(celery_worker_thread, receivers, subscribe, hook_settings):
    hook_settings.WEBHOOK_READ_TIMEOUT_SECONDS = 3
    slow, fast = receivers(), receivers()
    slow.answer(then=("sleep", 5))
    subscribe(slow, "booking.called")
    subscribe(fast, "booking.called")
    started = time.monotonic()
    record()
    assert fast.wait_for(1, timeout=10)
    assert fast.received[0].at - started < 2.0, "the fast receiver waited for the slow one"
    assert slow.wait_for(1, timeout=10)
