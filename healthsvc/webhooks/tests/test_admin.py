"""The admin: subscriptions made through the service (SSRF guard, secret once), the delivery log with its
attempts, replay, and a paused subscription that says why."""

from __future__ import annotations

import pytest

from healthsvc.webhooks.choices import DeliveryState
from healthsvc.webhooks.models import WebhookDelivery, WebhookSubscription
from healthsvc.webhooks.services import delivery_attempt, event_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user("admin"))
    return client


def add_form(url: str, **extra) -> dict:
    return {"name": "Hospital PAS", "url": url, "event_types": ["booking.called", "booking.expired"], **extra}


def test_adding_a_subscription_checks_the_address_and_shows_a_made_secret_once(admin_client, hook_settings):
    refused = admin_client.post("/admin/healthsvc/webhooksubscription/add/", add_form("http://10.0.0.5/hook"))
    assert refused.status_code == 200
    assert "10.0.0.5 is a private address" in refused.content.decode()
    assert not WebhookSubscription.objects.exists()

    added = admin_client.post(
        "/admin/healthsvc/webhooksubscription/add/", add_form("http://127.0.0.1:9/hook"), follow=True
    )
    subscription = WebhookSubscription.objects.get()
    assert subscription.event_types == ["booking.called", "booking.expired"]
    assert subscription.secret.startswith("whsec_") and subscription.secret in added.content.decode()
    change_page = admin_client.get(f"/admin/healthsvc/webhooksubscription/{subscription.pk}/change/").content.decode()
    assert subscription.secret not in change_page


def test_a_typed_secret_is_kept_and_a_blank_one_keeps_the_current(admin_client, hook_settings):
    admin_client.post(
        "/admin/healthsvc/webhooksubscription/add/", add_form("http://127.0.0.1:9/hook", new_secret="t" * 30)
    )
    subscription = WebhookSubscription.objects.get()
    assert subscription.secret == "t" * 30
    admin_client.post(
        f"/admin/healthsvc/webhooksubscription/{subscription.pk}/change/", add_form("http://127.0.0.1:9/other")
    )
    subscription.refresh_from_db()
    assert (subscription.url, subscription.secret) == ("http://127.0.0.1:9/other", "t" * 30)


def test_the_delivery_log_shows_each_attempt_and_replay_sends_again(admin_client, receiver, subscribe):
    subscription = subscribe(receiver, "booking.called")
    event = event_record(event_type="booking.called", subject="er_booking:9", data={"booking_id": 9})
    delivery = event.deliveries.get()
    receiver.answer(500)
    delivery_attempt(delivery_id=delivery.pk)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=delivery.created_at)
    delivery_attempt(delivery_id=delivery.pk)

    for path in [
        "/admin/healthsvc/webhookdelivery/",
        f"/admin/healthsvc/webhookdelivery/?subscription__id__exact={subscription.pk}",
        f"/admin/healthsvc/webhookdelivery/{delivery.pk}/change/",
        "/admin/healthsvc/webhookevent/",
        f"/admin/healthsvc/webhookevent/{event.pk}/change/",
        "/admin/healthsvc/webhooksubscription/",
    ]:
        assert admin_client.get(path).status_code == 200, path
    page = admin_client.get(f"/admin/healthsvc/webhookdelivery/{delivery.pk}/change/").content.decode()
    assert "HTTP 500" in page and "ok" in page  # both attempts, with the receiver's answers

    response = admin_client.post(
        "/admin/healthsvc/webhookdelivery/", {"action": "replay", "_selected_action": [delivery.pk]}, follow=True
    )
    assert "Queued to be sent again: 1." in response.content.decode()
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    assert [r.event_id for r in receiver.received] == [str(event.pk)] * 3


def test_a_paused_subscription_says_why_and_resumes_from_the_admin(admin_client, receiver, subscribe):
    subscription = subscribe(receiver, "booking.called")
    receiver.answer(then=500)
    event = event_record(event_type="booking.called", subject="er_booking:9", data={"booking_id": 9})
    delivery = event.deliveries.get()
    for _ in range(3):
        WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=delivery.created_at)
        delivery_attempt(delivery_id=delivery.pk)
    subscription.refresh_from_db()
    assert subscription.is_paused

    listing = admin_client.get("/admin/healthsvc/webhooksubscription/").content.decode()
    assert "Paused since" in listing and "after 3 failed attempts in a row" in listing
    held = admin_client.post(
        "/admin/healthsvc/webhookdelivery/", {"action": "replay", "_selected_action": [delivery.pk]}, follow=True
    )
    assert "they go out when it is resumed" in held.content.decode()

    receiver.answer(then=200)
    resumed = admin_client.post(
        "/admin/healthsvc/webhooksubscription/",
        {"action": "resume", "_selected_action": [subscription.pk]},
        follow=True,
    )
    assert "Resumed: 1." in resumed.content.decode()
    assert WebhookDelivery.objects.get(pk=delivery.pk).attempts_allowed == 3 + 5, "a fresh set of attempts"
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    assert WebhookDelivery.objects.get(pk=delivery.pk).state == DeliveryState.DELIVERED


def test_pausing_and_deleting_from_the_admin(admin_client, subscribe):
    subscription = subscribe("https://93.184.216.34/hook", "booking.called")
    admin_client.post(
        "/admin/healthsvc/webhooksubscription/", {"action": "pause", "_selected_action": [subscription.pk]}
    )
    subscription.refresh_from_db()
    assert subscription.is_paused and subscription.paused_reason.startswith("Paused by")
    admin_client.post(f"/admin/healthsvc/webhooksubscription/{subscription.pk}/delete/", {"post": "yes"})
    assert not WebhookSubscription.objects.exists()


def test_a_model_permission_without_manage_webhooks_offers_no_form(client, make_user, subscribe):
    from django.contrib.auth.models import Permission

    subscription = subscribe("https://93.184.216.34/hook", "booking.called")
    staff = make_user("er_staff")
    staff.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_webhooksubscription", "add_webhooksubscription"])
    )
    client.force_login(staff)
    assert client.get("/admin/healthsvc/webhooksubscription/add/").status_code == 403
    page = client.get(f"/admin/healthsvc/webhooksubscription/{subscription.pk}/change/").content.decode()
    assert 'name="_save"' not in page and subscription.secret not in page
