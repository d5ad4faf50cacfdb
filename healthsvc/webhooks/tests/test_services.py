"""The outbox and delivery services on the real database, posting to a real local server (no Celery here:
the services are called where the worker and beat call them; test_delivery.py runs them through Celery)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.utils import timezone
from prometheus_client import REGISTRY

from healthsvc.errors import Conflict, Forbidden, Invalid
from healthsvc.models import AuditEvent
from healthsvc.webhooks.choices import DeliveryState
from healthsvc.webhooks.models import WebhookDelivery, WebhookDeliveryAttempt, WebhookEvent
from healthsvc.webhooks.services import (
    deliveries_send_due,
    delivery_attempt,
    delivery_replay,
    event_record,
    events_purge,
    retry_delay_seconds,
    subscription_create,
    subscription_delete,
    subscription_pause,
)

pytestmark = pytest.mark.django_db


def record(event_type: str = "booking.called", subject: str = "er_booking:1") -> WebhookEvent | None:
    return event_record(event_type=event_type, subject=subject, data={"booking_id": 1, "at": timezone.now()})


def the_delivery(event) -> WebhookDelivery:
    return event.deliveries.get()


# --- the outbox ----------------------------------------------------------------------------------------
def test_nothing_is_written_when_nobody_subscribes():
    assert record() is None
    assert not WebhookEvent.objects.exists()


def test_each_subscription_wanting_the_type_gets_one_delivery_paused_ones_included(subscribe, integrator):
    called = subscribe("https://93.184.216.34/a", "booking.called")
    both = subscribe("https://93.184.216.34/b", "booking.called", "booking.expired")
    subscribe("https://93.184.216.34/c", "triage.completed")
    subscription_pause(actor=integrator, subscription_id=both.pk)
    event = record()
    assert set(event.deliveries.values_list("subscription_id", flat=True)) == {called.pk, both.pk}
    assert isinstance(event.data["at"], str) and event.data["at"].endswith("Z"), "stored as it is sent"


def test_a_rolled_back_change_leaves_no_event(subscribe):
    subscribe("https://93.184.216.34/a", "booking.called")
    with pytest.raises(RuntimeError), transaction.atomic():
        record()
        raise RuntimeError("the change failed after the event was written")
    assert not WebhookEvent.objects.exists() and not WebhookDelivery.objects.exists()


def test_an_unknown_event_type_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown webhook event type"):
        event_record(event_type="booking.teleported", subject="x", data={})


# --- subscriptions -------------------------------------------------------------------------------------
def test_only_integrators_and_admins_may_subscribe(make_user, integrator, hook_settings):
    with pytest.raises(Forbidden):
        subscription_create(actor=make_user("er_staff"), url="https://93.184.216.34/", event_types=["booking.called"])
    admin = make_user("admin")
    subscription, created = subscription_create(
        actor=admin, url="https://93.184.216.34/", event_types=["booking.called"]
    )
    assert created and subscription.created_by == admin


def test_a_refused_address_is_invalid_input_naming_the_reason(integrator, hook_settings):
    with pytest.raises(Invalid) as refused:
        subscription_create(actor=integrator, url="http://169.254.169.254/latest", event_types=["booking.called"])
    assert refused.value.fields == {
        "url": ["169.254.169.254 is a link-local address; webhooks go to public addresses only."]
    }


def test_https_is_required_in_production_settings(integrator, settings):
    assert settings.WEBHOOK_REQUIRE_HTTPS, "settings_test keeps production's default (DEBUG off)"
    with pytest.raises(Invalid, match="cannot receive webhooks"):
        subscription_create(actor=integrator, url="http://93.184.216.34/", event_types=["booking.called"])


def test_event_types_and_secret_are_checked_and_a_secret_is_made_when_none_is_given(integrator, hook_settings):
    for event_types in ([], ["booking.teleported"]):
        with pytest.raises(Invalid) as bad:
            subscription_create(actor=integrator, url="https://93.184.216.34/", event_types=event_types)
        assert list(bad.value.fields) == ["event_types"]
    with pytest.raises(Invalid) as short:
        subscription_create(actor=integrator, url="https://93.184.216.34/", event_types=["booking.called"], secret="x")
    assert list(short.value.fields) == ["secret"]
    made, _ = subscription_create(
        actor=integrator, url="https://93.184.216.34/", event_types=["booking.called", "booking.called"]
    )
    assert made.secret.startswith("whsec_") and len(made.secret) >= 40
    assert made.event_types == ["booking.called"]


def test_an_idempotency_key_returns_the_first_subscription(integrator, hook_settings):
    first, created = subscription_create(
        actor=integrator, url="https://93.184.216.34/", event_types=["booking.called"], idempotency_key="k-1"
    )
    again, created_again = subscription_create(
        actor=integrator, url="https://93.184.216.34/other", event_types=["booking.expired"], idempotency_key="k-1"
    )
    assert (created, created_again, again.pk, again.url) == (True, False, first.pk, "https://93.184.216.34/")


def test_an_account_holds_a_bounded_number_of_subscriptions(integrator, hook_settings):
    hook_settings.WEBHOOK_MAX_SUBSCRIPTIONS_PER_ACCOUNT = 2
    for _ in range(2):
        subscription_create(actor=integrator, url="https://93.184.216.34/", event_types=["booking.called"])
    with pytest.raises(Conflict, match="2 webhook subscriptions"):
        subscription_create(actor=integrator, url="https://93.184.216.34/", event_types=["booking.called"])


def test_changes_to_subscriptions_are_audited_and_deleting_drops_pending_deliveries(subscribe, integrator):
    subscription = subscribe("https://93.184.216.34/a", "booking.called")
    record()
    subscription_delete(actor=integrator, subscription_id=subscription.pk)
    assert not WebhookDelivery.objects.exists()
    actions = list(AuditEvent.objects.filter(object_type="webhook_subscription").values_list("action", flat=True))
    assert sorted(actions) == ["webhook.subscription_create", "webhook.subscription_delete"]


# --- delivery ------------------------------------------------------------------------------------------
def test_backoff_doubles_from_the_base_up_to_the_cap(settings):
    settings.WEBHOOK_BACKOFF_BASE_SECONDS = 30
    settings.WEBHOOK_BACKOFF_MAX_SECONDS = 3600
    for failures, low in [(1, 30), (2, 60), (3, 120), (7, 1920)]:
        assert low <= retry_delay_seconds(failures) <= low * 1.1
    assert retry_delay_seconds(8) <= 3600 and retry_delay_seconds(8) >= 3600 * 0.95
    assert retry_delay_seconds(500) == pytest.approx(3600, rel=0.001)


def test_a_retry_waits_its_backoff(receiver, subscribe, hook_settings):
    hook_settings.WEBHOOK_BACKOFF_BASE_SECONDS = 60
    subscribe(receiver, "booking.called")
    delivery = the_delivery(record())
    receiver.answer(500)
    before = timezone.now()
    assert delivery_attempt(delivery_id=delivery.pk) == "retry"
    delivery.refresh_from_db()
    assert 60 <= (delivery.next_attempt_at - before).total_seconds() <= 67
    assert delivery_attempt(delivery_id=delivery.pk) == "skipped", "not due yet"
    assert deliveries_send_due() == 0


def test_after_the_last_attempt_it_gives_up_and_a_replay_sends_the_same_event_again(
    receiver, subscribe, hook_settings, integrator, django_capture_on_commit_callbacks
):
    hook_settings.WEBHOOK_MAX_ATTEMPTS = 2
    subscribe(receiver, "booking.called")
    event = record()
    delivery = the_delivery(event)
    receiver.answer(500, 500)
    gave_up_before = REGISTRY.get_sample_value("healthsvc_webhook_deliveries_total", {"outcome": "gave_up"}) or 0
    with django_capture_on_commit_callbacks(execute=True):
        assert [delivery_attempt(delivery_id=delivery.pk) for _ in range(2)] == ["retry", "gave_up"]
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.FAILED and delivery.last_error == "HTTP 500"
    assert REGISTRY.get_sample_value("healthsvc_webhook_deliveries_total", {"outcome": "gave_up"}) == gave_up_before + 1
    assert delivery_attempt(delivery_id=delivery.pk) == "skipped"

    delivery_replay(actor=integrator, delivery_id=delivery.pk)
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    assert [r.event_id for r in receiver.received] == [str(event.pk)] * 3
    assert list(WebhookDeliveryAttempt.objects.values_list("number", "status_code")) == [(1, 500), (2, 500), (3, 200)]
    assert AuditEvent.objects.filter(action="webhook.delivery_replay", object_id=str(delivery.pk)).exists()


def test_a_delivery_already_being_sent_or_sent_is_not_sent_twice(receiver, subscribe):
    subscribe(receiver, "booking.called")
    delivery = the_delivery(record())
    WebhookDelivery.objects.filter(pk=delivery.pk).update(claimed_until=timezone.now() + dt.timedelta(seconds=60))
    assert delivery_attempt(delivery_id=delivery.pk) == "skipped"  # another worker holds it
    WebhookDelivery.objects.filter(pk=delivery.pk).update(claimed_until=timezone.now() - dt.timedelta(seconds=1))
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"  # that worker died: its claim ran out
    assert delivery_attempt(delivery_id=delivery.pk) == "skipped"
    assert delivery_attempt(delivery_id=987654321) == "skipped"
    assert len(receiver.received) == 1


def test_the_sweep_sends_what_is_due_and_lost_not_what_is_on_its_way(subscribe):
    subscribe("https://93.184.216.34/a", "booking.called")
    on_its_way = the_delivery(record(subject="er_booking:1"))  # its message was just published
    lost = the_delivery(record(subject="er_booking:2"))
    never_sent = the_delivery(record(subject="er_booking:3"))
    being_sent = the_delivery(record(subject="er_booking:4"))
    later = the_delivery(record(subject="er_booking:5"))
    now = timezone.now()
    WebhookDelivery.objects.filter(pk=lost.pk).update(enqueued_at=now - dt.timedelta(minutes=5))
    WebhookDelivery.objects.filter(pk=never_sent.pk).update(enqueued_at=None)
    WebhookDelivery.objects.filter(pk=being_sent.pk).update(
        enqueued_at=None, claimed_until=now + dt.timedelta(seconds=30)
    )
    WebhookDelivery.objects.filter(pk=later.pk).update(enqueued_at=None, next_attempt_at=now + dt.timedelta(minutes=1))
    assert deliveries_send_due(now=now) == 2
    marked = set(WebhookDelivery.objects.filter(enqueued_at=now).values_list("pk", flat=True))
    assert marked == {lost.pk, never_sent.pk}
    assert deliveries_send_due(now=now) == 0, "now on their way"
    assert on_its_way.pk not in marked


def test_old_events_are_purged_with_their_log(subscribe):
    subscribe("https://93.184.216.34/a", "booking.called")
    old, recent = record(), record()
    WebhookEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=31))
    assert events_purge() == 1
    assert list(WebhookEvent.objects.values_list("pk", flat=True)) == [recent.pk]
    assert WebhookDelivery.objects.count() == 1
