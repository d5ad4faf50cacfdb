"""Every write of the webhooks: events into the outbox, subscriptions, and delivery attempts.

Delivery is at least once. A delivery row is sent by `delivery_attempt`, which claims it (a lease in
`claimed_until`, taken under a row lock with SKIP LOCKED, so two workers never post the same delivery at
once), posts without holding any lock or transaction, then records the outcome. Retries are scheduled in the
row (`next_attempt_at`), not as delayed broker messages: `deliveries_send_due` (beat, every 10 s) sends what is
due, and also whatever lost its message, so nothing depends on the broker having been up at commit.

Lock order, always: subscription row (FOR NO KEY UPDATE, so inserts of new deliveries, which take KEY SHARE
for their foreign key, are not blocked), then delivery rows.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import secrets
import time
from collections.abc import Iterable

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from healthsvc.errors import Conflict, Forbidden, Invalid, NotFound
from healthsvc.models import User
from healthsvc.services import audit_record
from healthsvc.tasking import publish
from healthsvc.webhooks import metrics, ssrf, transport
from healthsvc.webhooks.choices import DeliveryState, EventType
from healthsvc.webhooks.models import WebhookDelivery, WebhookDeliveryAttempt, WebhookEvent, WebhookSubscription
from healthsvc.webhooks.selectors import may_manage_webhooks, subscription_of
from healthsvc.webhooks.signing import SIGNATURE_HEADER, signature_header

logger = logging.getLogger(__name__)

SECRET_MIN_LENGTH = 24
USER_AGENT = "healthsvc-webhooks/1"


# --- the outbox ------------------------------------------------------------------------------------
def event_record(*, event_type: str, subject: str, data: dict) -> WebhookEvent | None:
    """Put one event in the outbox, in the caller's transaction (call it where the change commits).

    Writes nothing when no subscription wants this type. Otherwise the event and a delivery for each
    subscription that wants it (paused ones too: they are held, not dropped) commit or roll back with the
    change; each delivery is enqueued after commit.
    """
    events = events_record(event_type=event_type, items=[(subject, data)])
    return events[0] if events else None


def events_record(*, event_type: str, items: Iterable[tuple[str, dict]]) -> list[WebhookEvent]:
    """Several events of one type (a sweep's batch): one subscriber query, two inserts. `items` is
    (subject, data) pairs; it is not iterated when nobody subscribes, so a generator can defer the reads."""
    if event_type not in EventType.values:
        raise ValueError(f"unknown webhook event type {event_type!r}")
    subscription_ids = list(
        WebhookSubscription.objects.filter(event_types__contains=[event_type]).values_list("pk", flat=True)
    )
    if not subscription_ids:
        return []
    now = timezone.now()
    events = WebhookEvent.objects.bulk_create(
        # Stored as it will be sent (dates as ISO strings), so every attempt sends the same body.
        WebhookEvent(event_type=event_type, subject=subject, data=_as_json(data), created_at=now)
        for subject, data in items
    )
    if not events:
        return []
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(
            event=event,
            subscription_id=subscription_id,
            attempts_allowed=settings.WEBHOOK_MAX_ATTEMPTS,
            next_attempt_at=now,
            enqueued_at=now,
            created_at=now,
        )
        for event in events
        for subscription_id in subscription_ids
    )
    _send_after_commit([delivery.pk for delivery in deliveries])
    return events


def _as_json(data: dict) -> dict:
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def event_body(event: WebhookEvent) -> bytes:
    """The POST body: the same bytes on every attempt and replay (keys sorted, no spaces)."""
    envelope = {"id": str(event.pk), "type": event.event_type, "created_at": event.created_at, "data": event.data}
    return json.dumps(envelope, cls=DjangoJSONEncoder, sort_keys=True, separators=(",", ":")).encode()


def _send_after_commit(delivery_ids: list[int]) -> None:
    if delivery_ids:
        transaction.on_commit(lambda: _publish(delivery_ids))


def _publish(delivery_ids: list[int]) -> int:
    """Send a task for each delivery. At the first broker failure stop, and mark the rest as having no
    message, so the next sweep (within 10 s of the broker's return) sends them instead of waiting for the
    lost-message timeout. Never tried inline: a web request must not wait on an integrator's server."""
    from healthsvc.webhooks.tasks import deliver_webhook_task

    for index, delivery_id in enumerate(delivery_ids):
        if not publish(deliver_webhook_task, delivery_id):
            WebhookDelivery.objects.filter(pk__in=delivery_ids[index:]).update(enqueued_at=None)
            return index
    return len(delivery_ids)


# --- subscriptions ---------------------------------------------------------------------------------
def url_check(url: str) -> ssrf.Target:
    """The SSRF guard with this deployment's policy (WEBHOOK_REQUIRE_HTTPS, WEBHOOK_ALLOWED_NETWORKS)."""
    return ssrf.check_url(
        url,
        require_https=settings.WEBHOOK_REQUIRE_HTTPS,
        allowed_networks=ssrf.parse_networks(settings.WEBHOOK_ALLOWED_NETWORKS),
    )


def _require_manager(actor) -> None:
    if not may_manage_webhooks(actor):
        raise Forbidden(message="Managing webhooks needs the healthsvc.manage_webhooks permission.")


def _validated_event_types(event_types) -> list[str]:
    wanted = list(dict.fromkeys(event_types or []))
    unknown = [name for name in wanted if name not in EventType.values]
    if not wanted or unknown:
        raise Invalid(fields={"event_types": [f"Choose one or more of: {', '.join(EventType.values)}."]})
    return wanted


def _validated_url(url: str) -> str:
    try:
        url_check(url)
    except ssrf.UrlRefused as exc:
        raise Invalid(message="This address cannot receive webhooks.", fields={"url": [str(exc)]}) from exc
    return url


def _validated_secret(secret: str) -> str:
    if not secret:
        return "whsec_" + secrets.token_urlsafe(32)
    if not (SECRET_MIN_LENGTH <= len(secret) <= 128):
        raise Invalid(fields={"secret": [f"Use {SECRET_MIN_LENGTH} to 128 characters, or leave it out."]})
    return secret


def subscription_create(
    *, actor, url: str, event_types, name: str = "", secret: str = "", idempotency_key: str = ""
) -> tuple[WebhookSubscription, bool]:
    """Register an endpoint. Returns (subscription, created); the same Idempotency-Key from the same account
    returns the first one. Without a secret one is made; either way it is shown to the caller once."""
    _require_manager(actor)
    if idempotency_key:
        earlier = WebhookSubscription.objects.filter(created_by=actor, idempotency_key=idempotency_key).first()
        if earlier is not None:
            return earlier, False
    event_types = _validated_event_types(event_types)
    url = _validated_url(url)
    secret = _validated_secret(secret)
    with transaction.atomic():
        # Serialises one account's creates (the limit and the key below hold under concurrency). NO KEY: rows
        # that only point at the account (its tokens, say) are not held up.
        list(User.objects.select_for_update(no_key=True).filter(pk=actor.pk).values_list("pk", flat=True))
        if idempotency_key:
            earlier = WebhookSubscription.objects.filter(created_by=actor, idempotency_key=idempotency_key).first()
            if earlier is not None:
                return earlier, False
        limit = settings.WEBHOOK_MAX_SUBSCRIPTIONS_PER_ACCOUNT
        if WebhookSubscription.objects.filter(created_by=actor).count() >= limit:
            raise Conflict("too_many_subscriptions", f"An account may hold {limit} webhook subscriptions.")
        subscription = WebhookSubscription.objects.create(
            name=(name or "").strip(),
            url=url,
            secret=secret,
            event_types=event_types,
            created_by=actor,
            idempotency_key=idempotency_key,
        )
        _audit(actor, "webhook.subscription_create", subscription)
    return subscription, True


@transaction.atomic
def subscription_update(
    *, actor, subscription_id: int, url: str, event_types, name: str = "", secret: str = ""
) -> WebhookSubscription:
    """Change an endpoint (the admin's form). A blank secret keeps the current one."""
    _require_manager(actor)
    subscription = subscription_of(actor=actor, subscription_id=subscription_id)
    subscription = WebhookSubscription.objects.select_for_update(no_key=True).get(pk=subscription.pk)
    subscription.event_types = _validated_event_types(event_types)
    subscription.url = _validated_url(url)
    subscription.name = (name or "").strip()
    if secret:
        subscription.secret = _validated_secret(secret)
    subscription.save()
    _audit(actor, "webhook.subscription_update", subscription)
    return subscription


@transaction.atomic
def subscription_delete(*, actor, subscription_id: int) -> None:
    """Remove an endpoint with its deliveries (pending ones are never sent)."""
    _require_manager(actor)
    subscription = subscription_of(actor=actor, subscription_id=subscription_id)
    _audit(actor, "webhook.subscription_delete", subscription)
    subscription.delete()


def _locked_subscription(*, actor, subscription_id: int) -> WebhookSubscription:
    _require_manager(actor)
    subscription_of(actor=actor, subscription_id=subscription_id)  # NotFound unless visible to the actor
    return WebhookSubscription.objects.select_for_update(no_key=True).get(pk=subscription_id)


@transaction.atomic
def subscription_pause(*, actor, subscription_id: int, reason: str = "") -> WebhookSubscription:
    """Stop sending (by hand). New events are still recorded for it and go out once it is resumed."""
    subscription = _locked_subscription(actor=actor, subscription_id=subscription_id)
    if not subscription.is_paused:
        subscription.paused_at = timezone.now()
        subscription.paused_reason = (reason or "").strip() or f"Paused by {actor.get_full_name()}."
        subscription.save(update_fields=["paused_at", "paused_reason"])
        _audit(actor, "webhook.subscription_pause", subscription)
    return subscription


@transaction.atomic
def subscription_resume(*, actor, subscription_id: int) -> WebhookSubscription:
    """Send again: everything held or waiting for a retry is due now, each with a fresh set of attempts.
    A no-op on an active subscription."""
    subscription = _locked_subscription(actor=actor, subscription_id=subscription_id)
    if not subscription.is_paused:
        return subscription
    subscription.paused_at = None
    subscription.paused_reason = ""
    subscription.consecutive_failures = 0
    subscription.save(update_fields=["paused_at", "paused_reason", "consecutive_failures"])
    # Due now, with no message outstanding and a fresh set of attempts (the receiver is said to be fixed): the
    # sweep sends them in order, a batch at a time, rather than this request publishing a backlog that may be
    # thousands long.
    WebhookDelivery.objects.filter(subscription=subscription, state=DeliveryState.PENDING).update(
        next_attempt_at=timezone.now(),
        enqueued_at=None,
        attempts_allowed=F("attempts") + settings.WEBHOOK_MAX_ATTEMPTS,
    )
    _audit(actor, "webhook.subscription_resume", subscription)
    return subscription


def _audit(actor, action: str, subscription: WebhookSubscription) -> None:
    audit_record(
        actor=actor,
        action=action,
        object_type="webhook_subscription",
        object_id=subscription.pk,
        details={"url": subscription.url, "event_types": list(subscription.event_types)},
    )


# --- delivery --------------------------------------------------------------------------------------
@transaction.atomic
def delivery_replay(*, actor, delivery_id: int) -> WebhookDelivery:
    """Send a delivery again (admin), with a fresh set of attempts. The event id is unchanged, so a receiver
    that had processed it drops the copy; one that never got it (a given-up delivery) takes it."""
    _require_manager(actor)
    delivery = WebhookDelivery.objects.select_for_update().filter(pk=delivery_id).first()
    if delivery is None:
        raise NotFound("delivery_not_found", "No such webhook delivery.")
    subscription_of(actor=actor, subscription_id=delivery.subscription_id)
    now = timezone.now()
    delivery.state = DeliveryState.PENDING
    delivery.attempts_allowed = delivery.attempts + settings.WEBHOOK_MAX_ATTEMPTS
    delivery.next_attempt_at = now
    delivery.enqueued_at = now
    delivery.claimed_until = None
    delivery.delivered_at = None
    delivery.save()
    audit_record(
        actor=actor,
        action="webhook.delivery_replay",
        object_type="webhook_delivery",
        object_id=delivery.pk,
        details={"event_id": str(delivery.event_id), "subscription": delivery.subscription_id},
    )
    _send_after_commit([delivery.pk])
    return delivery


def delivery_attempt(*, delivery_id: int) -> str:
    """Post a due delivery once and record the outcome: delivered, retry, gave_up, or skipped (not due, sent
    already, being sent by another worker, paused, or gone: duplicate and late messages are no-ops)."""
    delivery = _claim(delivery_id)
    if delivery is None:
        return "skipped"
    answer = _post(delivery)
    return _record_outcome(delivery, answer)


def _claim(delivery_id: int) -> WebhookDelivery | None:
    now = timezone.now()
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("event", "subscription")
            .filter(pk=delivery_id, state=DeliveryState.PENDING, next_attempt_at__lte=now)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .first()
        )
        if delivery is None or delivery.subscription.is_paused:
            return None
        delivery.attempts += 1
        delivery.claimed_until = now + dt.timedelta(seconds=settings.WEBHOOK_CLAIM_SECONDS)
        delivery.enqueued_at = None
        delivery.save(update_fields=["attempts", "claimed_until", "enqueued_at"])
    return delivery


def _post(delivery: WebhookDelivery) -> transport.Answer:
    """The HTTP part, outside any transaction: a slow receiver holds no database connection or lock."""
    subscription, event = delivery.subscription, delivery.event
    try:
        target = url_check(subscription.url)  # again: what the name resolves to may have changed since
    except ssrf.UrlRefused as exc:
        return transport.Answer(status_code=None, error=f"refused: {exc}", excerpt="", duration_ms=0)
    body = event_body(event)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Healthsvc-Event-Id": str(event.pk),
        "Healthsvc-Event-Type": event.event_type,
        "Healthsvc-Delivery-Attempt": str(delivery.attempts),
        SIGNATURE_HEADER: signature_header(subscription.secret, int(time.time()), body),
    }
    return transport.post(
        target,
        body,
        headers,
        connect_timeout=settings.WEBHOOK_CONNECT_TIMEOUT_SECONDS,
        read_timeout=settings.WEBHOOK_READ_TIMEOUT_SECONDS,
        ca_certs=settings.WEBHOOK_CA_BUNDLE,
    )


def retry_delay_seconds(failures: int) -> float:
    """Exponential backoff with a cap, plus up to 10 % jitter so a receiver that comes back is not hit by
    every retry in the same second."""
    delay = settings.WEBHOOK_BACKOFF_BASE_SECONDS * 2 ** min(max(failures, 1) - 1, 30)
    return min(settings.WEBHOOK_BACKOFF_MAX_SECONDS, delay * (1 + random.uniform(0, 0.1)))


def _record_outcome(claimed: WebhookDelivery, answer: transport.Answer) -> str:
    now = timezone.now()
    with transaction.atomic():
        subscription = (
            WebhookSubscription.objects.select_for_update(no_key=True).filter(pk=claimed.subscription_id).first()
        )
        delivery = WebhookDelivery.objects.select_for_update().filter(pk=claimed.pk).first()
        if subscription is None or delivery is None:
            return "skipped"  # removed while we were posting
        WebhookDeliveryAttempt.objects.create(
            delivery=delivery,
            number=claimed.attempts,
            at=now,
            duration_ms=answer.duration_ms,
            status_code=answer.status_code,
            error=answer.error,
            response_excerpt=answer.excerpt,
        )
        delivery.claimed_until = None
        delivery.last_attempt_at = now
        delivery.last_status_code = answer.status_code
        delivery.last_error = answer.error
        if answer.ok:
            outcome = "delivered"
            delivery.state = DeliveryState.DELIVERED
            delivery.delivered_at = now
            subscription.consecutive_failures = 0
        else:
            subscription.consecutive_failures += 1
            if delivery.attempts >= delivery.attempts_allowed:
                outcome = "gave_up"
                delivery.state = DeliveryState.FAILED
            else:
                outcome = "retry"
                since_start = delivery.attempts - (delivery.attempts_allowed - settings.WEBHOOK_MAX_ATTEMPTS)
                delivery.next_attempt_at = now + dt.timedelta(seconds=retry_delay_seconds(since_start))
            _pause_if_failing(subscription, delivery, answer, now)
        delivery.save()
        subscription.save(update_fields=["consecutive_failures", "paused_at", "paused_reason"])
        transaction.on_commit(lambda: metrics.deliveries_total.labels(outcome=outcome).inc())
    if outcome != "delivered":
        logger.info(
            "webhook delivery %s to subscription %s failed (%s): %s",
            delivery.pk,
            subscription.pk,
            outcome,
            answer.error,
        )
    return outcome


def _pause_if_failing(subscription, delivery, answer, now) -> None:
    """A receiver that keeps failing is paused, so its retries stop taking worker time (and the held events
    wait for it) instead of being given up one by one."""
    limit = settings.WEBHOOK_PAUSE_AFTER_FAILURES
    if subscription.is_paused or subscription.consecutive_failures < limit:
        return
    subscription.paused_at = now
    subscription.paused_reason = (
        f"Paused automatically after {subscription.consecutive_failures} failed attempts in a row "
        f"(WEBHOOK_PAUSE_AFTER_FAILURES is {limit}). Last: {answer.error} at {now:%Y-%m-%d %H:%M:%S %Z}, "
        f"delivery {delivery.pk}. Fix the receiver, then resume the subscription; nothing was dropped."
    )
    transaction.on_commit(metrics.subscriptions_paused_total.inc)
    logger.warning("webhook subscription %s paused: %s", subscription.pk, subscription.paused_reason)


def deliveries_send_due(*, now: dt.datetime | None = None, batch_size: int | None = None, max_batches: int = 10) -> int:
    """The sweep: enqueue deliveries that are due and have no message on its way (a retry whose time came,
    one whose message the broker lost or never took, one whose worker died mid-send). Returns how many.

    Rows are picked with SKIP LOCKED and marked as enqueued in one short transaction, then published after
    it commits, so the task never finds its row still locked by the sweep.
    """
    now = now or timezone.now()
    batch_size = batch_size or settings.WEBHOOK_SWEEP_BATCH_SIZE
    lost_before = now - dt.timedelta(seconds=settings.WEBHOOK_REQUEUE_AFTER_SECONDS)
    sent = 0
    for _ in range(max_batches):
        with transaction.atomic():
            due = list(
                WebhookDelivery.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(state=DeliveryState.PENDING, next_attempt_at__lte=now, subscription__paused_at__isnull=True)
                .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=lost_before))
                .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
                .order_by("next_attempt_at", "id")
                .values_list("pk", flat=True)[:batch_size]
            )
            WebhookDelivery.objects.filter(pk__in=due).update(enqueued_at=now)
        published = _publish(due)
        sent += published
        if published < len(due) or len(due) < batch_size:
            break
    return sent


def events_purge(*, older_than_days: int | None = None, batch_size: int = 1000) -> int:
    """Delete events (with their deliveries and attempt log) older than WEBHOOK_RETENTION_DAYS."""
    days = settings.WEBHOOK_RETENTION_DAYS if older_than_days is None else older_than_days
    cutoff = timezone.now() - dt.timedelta(days=days)
    removed = 0
    while True:
        ids = list(WebhookEvent.objects.filter(created_at__lt=cutoff).values_list("pk", flat=True)[:batch_size])
        if not ids:
            return removed
        with transaction.atomic():
            WebhookEvent.objects.filter(pk__in=ids).delete()
        removed += len(ids)
