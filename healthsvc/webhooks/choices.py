"""Enumerations of the webhooks: the event types integrators can subscribe to, and delivery states."""

from __future__ import annotations

from django.db import models


class EventType(models.TextChoices):
    """What an integrator can subscribe to. The names are a public contract (docs/webhooks.md): add, never rename."""

    TRIAGE_COMPLETED = "triage.completed", "A triage result became current (calculated, or overridden by a clinician)"
    BOOKING_CONFIRMED = "booking.confirmed", "An ER booking joined the queue"
    BOOKING_CALLED = "booking.called", "An ER booking was called in"
    BOOKING_EXPIRED = "booking.expired", "An ER booking expired (not confirmed, not checked in, or a no-show)"
    BOOKING_COMPLETED = "booking.completed", "An ER visit was completed"
    CONTACT_ASSIGNED = "contact.assigned", "A contact request was given to a health worker"


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending (due, retrying, or held while the subscription is paused)"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Gave up after the last attempt (replay to try again)"
