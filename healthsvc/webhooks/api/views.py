"""Webhook subscriptions over the API: register, list, read, remove and resume. For integrators: accounts with
the healthsvc.manage_webhooks permission (admins have it). Each sees only the subscriptions they made."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.permissions import idempotency_key_from, idempotency_parameter
from healthsvc.api.schema import error_response
from healthsvc.webhooks import services
from healthsvc.webhooks.api.serializers import (
    SubscriptionCreatedSerializer,
    SubscriptionCreateSerializer,
    SubscriptionSerializer,
)
from healthsvc.webhooks.selectors import may_manage_webhooks, subscription_of, subscriptions_visible_to

TAGS = ["webhooks"]


class CanManageWebhooks(BasePermission):
    message = "Managing webhooks needs the healthsvc.manage_webhooks permission (integrators and admins)."

    def has_permission(self, request, view) -> bool:
        return may_manage_webhooks(request.user)


class _WebhooksView:
    permission_classes = [IsAuthenticated, CanManageWebhooks]


class SubscriptionListCreateView(_WebhooksView, GenericAPIView):
    serializer_class = SubscriptionSerializer

    @extend_schema(tags=TAGS, responses={200: SubscriptionSerializer(many=True)})
    def get(self, request):
        page = self.paginate_queryset(subscriptions_visible_to(actor=request.user))
        return self.get_paginated_response(SubscriptionSerializer(page, many=True).data)

    @extend_schema(
        tags=TAGS,
        request=SubscriptionCreateSerializer,
        parameters=[
            idempotency_parameter("Repeat a create safely: the same key from you returns the first one (200).")
        ],
        responses={
            201: SubscriptionCreatedSerializer,
            200: OpenApiResponse(SubscriptionCreatedSerializer, description="Replay of an Idempotency-Key."),
            400: error_response(
                "Invalid input (`invalid`): `fields.url` says why an address is refused (not https, private or "
                "unresolvable), or a bad Idempotency-Key (`invalid_idempotency_key`)."
            ),
            409: error_response("`too_many_subscriptions`: your account holds the most it may."),
        },
    )
    def post(self, request):
        key = idempotency_key_from(request)
        serializer = SubscriptionCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        subscription, created = services.subscription_create(
            actor=request.user, idempotency_key=key, **serializer.validated_data
        )
        return Response(
            SubscriptionCreatedSerializer(subscription).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )


class SubscriptionDetailView(_WebhooksView, APIView):
    @extend_schema(tags=TAGS, responses={200: SubscriptionSerializer})
    def get(self, request, subscription_id: int):
        subscription = subscription_of(actor=request.user, subscription_id=subscription_id)
        return Response(SubscriptionSerializer(subscription).data)

    @extend_schema(tags=TAGS, request=None, responses={204: None})
    def delete(self, request, subscription_id: int):
        services.subscription_delete(actor=request.user, subscription_id=subscription_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


class SubscriptionResumeView(_WebhooksView, APIView):
    @extend_schema(
        tags=TAGS,
        operation_id="webhooks_subscriptions_resume",
        request=None,
        responses={200: SubscriptionSerializer},
        description="Send again after a pause: held and retrying events go out within seconds. "
        "Resuming an active subscription changes nothing.",
    )
    def post(self, request, subscription_id: int):
        subscription = services.subscription_resume(actor=request.user, subscription_id=subscription_id)
        return Response(SubscriptionSerializer(subscription).data)
