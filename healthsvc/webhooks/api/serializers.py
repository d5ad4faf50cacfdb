"""Webhook subscription API serializers. The secret is write-only: it appears once, in the create answer."""

from __future__ import annotations

from rest_framework import serializers

from healthsvc.api.strict import StrictJSONMixin
from healthsvc.webhooks.choices import EventType
from healthsvc.webhooks.models import WebhookSubscription
from healthsvc.webhooks.services import SECRET_MIN_LENGTH


class SubscriptionCreateSerializer(StrictJSONMixin, serializers.Serializer):
    name = serializers.CharField(max_length=100, required=False, allow_blank=True, help_text="Whose system this is.")
    url = serializers.URLField(
        max_length=500,
        help_text="Where to POST events: https, and a public address (docs/webhooks.md, 'Which URLs').",
    )
    event_types = serializers.ListField(
        child=serializers.ChoiceField(choices=EventType.choices),
        allow_empty=False,
        min_length=1,
        max_length=len(EventType.values),
        help_text="The events to receive (a repeat counts once).",
    )
    secret = serializers.CharField(
        required=False,
        write_only=True,
        min_length=SECRET_MIN_LENGTH,
        max_length=128,
        trim_whitespace=False,
        help_text="The signing secret. Leave it out to have one made; either way it is shown only in the answer.",
    )


class SubscriptionSerializer(serializers.ModelSerializer):
    event_types = serializers.ListField(child=serializers.ChoiceField(choices=EventType.choices))
    paused = serializers.BooleanField(source="is_paused", help_text="True: nothing is sent; events are held.")
    paused_reason = serializers.CharField(help_text="Why it was paused; empty while active.")
    consecutive_failures = serializers.IntegerField(help_text="Failed attempts in a row; it pauses at the limit.")

    class Meta:
        model = WebhookSubscription
        fields = [
            "id",
            "name",
            "url",
            "event_types",
            "paused",
            "paused_at",
            "paused_reason",
            "consecutive_failures",
            "created_at",
        ]
        read_only_fields = fields


class SubscriptionCreatedSerializer(SubscriptionSerializer):
    secret = serializers.CharField(help_text="Verify each delivery's signature with it. Shown only in this answer.")

    class Meta(SubscriptionSerializer.Meta):
        fields = [*SubscriptionSerializer.Meta.fields, "secret"]
        read_only_fields = fields
