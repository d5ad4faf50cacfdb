"""Admin for webhooks: subscriptions (with pause and resume), the event outbox, and the delivery log with replay.

Every change goes through healthsvc.webhooks.services (the same checks, SSRF guard and audit rows as the
API). Events, deliveries and attempts are read-only; a delivery is sent again only by the replay action.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html

from healthsvc.admin_readonly import ReadOnlyAdmin, ReadOnlyInline
from healthsvc.errors import DomainError
from healthsvc.webhooks import services
from healthsvc.webhooks.choices import EventType
from healthsvc.webhooks.models import WebhookDelivery, WebhookDeliveryAttempt, WebhookEvent, WebhookSubscription
from healthsvc.webhooks.selectors import may_manage_webhooks
from healthsvc.webhooks.ssrf import UrlRefused


class SubscriptionForm(forms.ModelForm):
    url = forms.URLField(max_length=500, assume_scheme="https", help_text="https:// address that receives the POSTs.")
    event_types = forms.MultipleChoiceField(choices=EventType.choices, widget=forms.CheckboxSelectMultiple)
    # Not a model field of the form: never rendered back, and given to the service only when typed.
    new_secret = forms.CharField(
        label="Secret",
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=f"{services.SECRET_MIN_LENGTH} to 128 characters. Leave blank to keep the current one, or, when "
        "adding, to have one made and shown to you once.",
    )

    class Meta:
        model = WebhookSubscription
        fields = ["name", "url", "event_types"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            services.url_check(url)
        except UrlRefused as exc:
            raise forms.ValidationError(str(exc)) from exc
        return url

    def clean_new_secret(self):
        secret = self.cleaned_data["new_secret"]
        if secret and not (services.SECRET_MIN_LENGTH <= len(secret) <= 128):
            raise forms.ValidationError(f"Use {services.SECRET_MIN_LENGTH} to 128 characters.")
        return secret


def _each(modeladmin, request, rows, done_message: str, call) -> None:
    """Run a service on each selected row; report how many it did, and each refusal by name."""
    done = 0
    for row in rows:
        try:
            call(row)
        except DomainError as exc:
            modeladmin.message_user(request, f"{row}: {exc.message}", messages.WARNING)
        else:
            done += 1
    if done:
        modeladmin.message_user(request, done_message.format(done), messages.SUCCESS)


def _subscription_action(service, done_message: str):
    def action(modeladmin, request, queryset):
        _each(
            modeladmin,
            request,
            queryset,
            done_message,
            lambda row: service(actor=request.user, subscription_id=row.pk),
        )

    return action


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    form = SubscriptionForm
    list_display = ["__str__", "kinds", "status", "consecutive_failures", "deliveries_link", "created_at"]
    list_filter = [("paused_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "url"]
    readonly_fields = ["status", "paused_at", "paused_reason", "consecutive_failures", "created_by", "created_at"]
    fieldsets = [
        (None, {"fields": ["name", "url", "event_types", "new_secret"]}),
        ("Delivery", {"fields": ["status", "paused_reason", "consecutive_failures", "created_by", "created_at"]}),
    ]
    actions = ["pause", "resume"]

    # The services ask for the manage_webhooks permission; a model permission alone must not offer a form
    # they would refuse.
    def has_add_permission(self, request) -> bool:
        return super().has_add_permission(request) and may_manage_webhooks(request.user)

    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and may_manage_webhooks(request.user)

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and may_manage_webhooks(request.user)

    @admin.display(description="Events")
    def kinds(self, subscription) -> str:
        return ", ".join(subscription.event_types)

    @admin.display(description="Status")
    def status(self, subscription) -> str:
        if subscription.pk is None:
            return "—"
        if subscription.is_paused:
            return f"Paused since {subscription.paused_at:%Y-%m-%d %H:%M}: {subscription.paused_reason}"
        return "Active"

    @admin.display(description="Deliveries")
    def deliveries_link(self, subscription) -> str:
        url = reverse("admin:healthsvc_webhookdelivery_changelist") + f"?subscription__id__exact={subscription.pk}"
        return format_html('<a href="{}">log</a>', url)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        fields = {"url": data["url"], "event_types": data["event_types"], "name": data["name"]}
        if change:
            saved = services.subscription_update(
                actor=request.user, subscription_id=obj.pk, secret=data["new_secret"], **fields
            )
        else:
            saved, _created = services.subscription_create(actor=request.user, secret=data["new_secret"], **fields)
            if not data["new_secret"]:
                self.message_user(
                    request,
                    f"The signing secret, shown only now: {saved.secret}  Give it to the integrator.",
                    messages.WARNING,
                )
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        services.subscription_delete(actor=request.user, subscription_id=obj.pk)

    def delete_queryset(self, request, queryset):
        for subscription in queryset:
            services.subscription_delete(actor=request.user, subscription_id=subscription.pk)

    pause = admin.action(description="Pause delivery (events are kept for later)", permissions=["change"])(
        _subscription_action(services.subscription_pause, "Paused: {}.")
    )
    resume = admin.action(
        description="Resume delivery (held and retrying events are sent now)", permissions=["change"]
    )(_subscription_action(services.subscription_resume, "Resumed: {}."))


class AttemptInline(ReadOnlyInline):
    model = WebhookDeliveryAttempt
    fields = ["number", "at", "status_code", "error", "duration_ms", "response_excerpt"]
    readonly_fields = fields


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    """The delivery log. Replay sends a delivery again with a fresh set of attempts (same event id)."""

    list_display = [
        "id",
        "event_type",
        "event_id",
        "subscription",
        "state",
        "attempts",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "delivered_at",
    ]
    list_filter = ["state", "event__event_type", "subscription"]
    search_fields = ["event__subject", "subscription__name", "subscription__url"]
    list_select_related = ["event", "subscription"]
    date_hierarchy = "created_at"
    inlines = [AttemptInline]
    actions = ["replay"]

    @admin.display(description="Event", ordering="event__event_type")
    def event_type(self, delivery) -> str:
        return delivery.event.event_type

    def has_manage_permission(self, request) -> bool:
        return may_manage_webhooks(request.user)

    @admin.action(description="Replay (send again, same event id)", permissions=["manage"])
    def replay(self, request, queryset):
        _each(
            self,
            request,
            queryset.select_related("subscription"),
            "Queued to be sent again: {}.",
            lambda row: services.delivery_replay(actor=request.user, delivery_id=row.pk),
        )
        if queryset.filter(subscription__paused_at__isnull=False).exists():
            self.message_user(
                request, "Some are for a paused subscription: they go out when it is resumed.", messages.WARNING
            )


@admin.register(WebhookEvent)
class WebhookEventAdmin(ReadOnlyAdmin):
    list_display = ["id", "event_type", "subject", "created_at"]
    list_filter = ["event_type"]
    search_fields = ["subject"]
    date_hierarchy = "created_at"
