"""Reads of the webhooks: who may manage subscriptions, and which ones they see."""

from __future__ import annotations

from django.db.models import QuerySet

from healthsvc.errors import NotFound
from healthsvc.roles import Role
from healthsvc.webhooks.models import WebhookSubscription

# There is no integrator role: an integrator is an account given this permission (admins have every one).
MANAGE_PERMISSION = "healthsvc.manage_webhooks"


def may_manage_webhooks(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MANAGE_PERMISSION))


def _sees_all(user) -> bool:
    return user.is_superuser or user.has_role(Role.ADMIN)


def subscriptions_visible_to(*, actor) -> QuerySet[WebhookSubscription]:
    """An integrator's own subscriptions (one hospital's system never sees another's); admins see all."""
    subscriptions = WebhookSubscription.objects.order_by("-created_at", "-id")
    return subscriptions if _sees_all(actor) else subscriptions.filter(created_by=actor)


def subscription_of(*, actor, subscription_id: int) -> WebhookSubscription:
    subscription = subscriptions_visible_to(actor=actor).filter(pk=subscription_id).first()
    if subscription is None:
        raise NotFound("subscription_not_found", "No such webhook subscription.")
    return subscription
