"""Webhook subscriptions, the event outbox, deliveries and their attempt log (models of the healthsvc app).

An event row is written in the same transaction as the change it describes, with one delivery row per
subscription that wanted it; a rolled-back change leaves neither. A delivery is the unit of retry: its
`next_attempt_at` is when it is due, `claimed_until` marks a worker sending it right now (a lease, so a
worker killed mid-send is noticed), and `enqueued_at` a broker message that should be on its way. Each try
is logged as an attempt row, which is what the admin shows.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from healthsvc.webhooks.choices import DeliveryState, EventType


class WebhookSubscription(models.Model):
    """An integrator's endpoint: where to post which events, and the secret that signs them."""

    name = models.CharField(max_length=100, blank=True, help_text="Whose system this is, for people.")
    url = models.URLField(max_length=500, help_text="https:// address that receives the POSTs.")
    # Kept as given: the HMAC needs the secret itself, so it cannot be hashed. Never shown after creation.
    secret = models.CharField(max_length=128)
    event_types = ArrayField(models.CharField(max_length=32, choices=EventType.choices))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    idempotency_key = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Paused: nothing is sent, new events still queue up (held) and go out once it is resumed.
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_reason = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [("manage_webhooks", "Can register, list and remove webhook subscriptions (integrators)")]
        constraints = [
            models.CheckConstraint(condition=Q(event_types__len__gte=1), name="webhook_subscription_has_events"),
            models.UniqueConstraint(
                fields=["created_by", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="webhook_subscription_idempotency_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name or 'webhook'} → {self.url}"

    @property
    def is_paused(self) -> bool:
        return self.paused_at is not None


class WebhookEvent(models.Model):
    """The outbox row: one change, as integrators see it. Its id is the event id sent with every attempt."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event_type = models.CharField(max_length=32, choices=EventType.choices)
    subject = models.CharField(max_length=64, help_text="What changed, e.g. er_booking:42 (for searching).")
    data = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["subject"], name="webhook_event_subject_idx")]

    def __str__(self) -> str:
        return f"{self.event_type} {self.subject} ({self.pk})"


class WebhookDelivery(models.Model):
    """One event for one subscription: delivered at least once, or given up on after `attempts_allowed`."""

    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(max_length=16, choices=DeliveryState.choices, default=DeliveryState.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Attempts are numbered for good (the log keeps them); a replay raises this instead of resetting them.
    attempts_allowed = models.PositiveSmallIntegerField()
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_until = models.DateTimeField(null=True, blank=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["event", "subscription"], name="webhook_delivery_once_per_subscription"),
            models.CheckConstraint(
                condition=~Q(state=DeliveryState.DELIVERED) | Q(delivered_at__isnull=False),
                name="webhook_delivery_delivered_has_time",
            ),
        ]
        indexes = [
            # The sweep: pending deliveries, soonest due first.
            models.Index(
                fields=["next_attempt_at"], condition=Q(state=DeliveryState.PENDING), name="webhook_delivery_due_idx"
            ),
            models.Index(fields=["subscription", "state"], name="webhook_delivery_sub_state_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} → subscription {self.subscription_id} ({self.state})"


class WebhookDeliveryAttempt(models.Model):
    """One POST and what came of it: the delivery log."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts_log")
    number = models.PositiveSmallIntegerField()
    at = models.DateTimeField(default=timezone.now)
    duration_ms = models.PositiveIntegerField(default=0)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Empty when the receiver answered 2xx.")
    response_excerpt = models.TextField(blank=True)

    class Meta:
        ordering = ["delivery", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="webhook_attempt_number_unique")]

    def __str__(self) -> str:
        return f"attempt {self.number} of delivery {self.delivery_id}: {self.status_code or self.error[:40]}"
