"""Admin for workers, shifts and contact requests. Request states change only through services."""

from __future__ import annotations

import itertools

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from healthsvc.admin_audit import AuditedReadAdmin
from healthsvc.errors import DomainError
from workers.models import ContactRequest, ContactTransition, Shift, WorkerProfile
from workers.selectors import on_shift_exists
from workers.services import contact_request_assign, contact_request_cancel


class ShiftInlineFormSet(BaseInlineFormSet):
    """Overlaps between shifts edited together (the database constraint checks the rest)."""

    def clean(self):
        super().clean()
        periods = sorted(
            (form.cleaned_data["starts_at"], form.cleaned_data["ends_at"])
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("starts_at")
            and form.cleaned_data.get("ends_at")
        )
        for (_start, end), (next_start, _next_end) in itertools.pairwise(periods):
            if next_start < end:
                raise ValidationError(_("Two of these shifts overlap."))


class ShiftInline(admin.TabularInline):
    model = Shift
    formset = ShiftInlineFormSet
    extra = 1
    ordering = ["-starts_at"]
    fields = ["starts_at", "ends_at"]


@admin.register(WorkerProfile)
class WorkerProfileAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "role",
        "facility_name",
        "facility_kind",
        "languages",
        "accepts_patient_contact",
        "max_concurrent_requests",
        "on_duty_now",
    ]
    list_filter = ["role", "facility_kind", "accepts_patient_contact"]
    search_fields = ["user__email", "user__full_name", "licence_number", "facility_name"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    readonly_fields = ["created_at"]
    inlines = [ShiftInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(is_on_duty=on_shift_exists(timezone.now()))

    @admin.display(boolean=True, description=_("On duty now"), ordering="is_on_duty")
    def on_duty_now(self, obj) -> bool:
        return obj.is_on_duty


@admin.register(Shift)
class ShiftAdmin(admin.ModelAdmin):
    list_display = ["worker", "starts_at", "ends_at"]
    list_filter = ["worker__role", "worker__facility_kind"]
    search_fields = ["worker__user__email", "worker__user__full_name"]
    list_select_related = ["worker__user"]
    raw_id_fields = ["worker"]
    date_hierarchy = "starts_at"


class ContactTransitionInline(admin.TabularInline):
    model = ContactTransition
    fields = ["at", "from_state", "to_state", "actor", "worker", "reason"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    ordering = ["at", "id"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor", "worker__user")


@admin.register(ContactRequest)
class ContactRequestAdmin(AuditedReadAdmin):
    audit_object_type = "contact_request"
    list_display = [
        "id",
        "patient",
        "dependant",
        "disposition",
        "channel",
        "language",
        "state",
        "assigned_worker",
        "due_by",
    ]
    list_filter = ["state", "channel", "disposition", "language"]
    search_fields = [
        "=id",
        "patient__email",
        "patient__full_name",
        "triage_record__dependant__full_name",
        "assigned_worker__user__email",
    ]
    list_select_related = ["patient", "triage_record__dependant", "assigned_worker__user"]
    date_hierarchy = "requested_at"
    inlines = [ContactTransitionInline]
    actions = ["assign_now", "cancel_requests"]
    readonly_fields = [
        "patient",
        "triage_record",
        "disposition",
        "channel",
        "language",
        "state",
        "assigned_worker",
        "due_by",
        "idempotency_key",
        "requested_at",
        "assigned_at",
        "started_at",
        "completed_at",
        "cancelled_at",
        "expired_at",
        "expiry_notified_at",
    ]

    def has_add_permission(self, request) -> bool:
        return False  # patients make requests; staff act on them through the actions

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # history is kept

    def _run(self, request, queryset, service, done: str, **kwargs) -> None:
        """`done` says what was done, with the count as %(count)d ("%(count)d request(s) cancelled.")."""
        succeeded, failed = 0, []
        for request_id in queryset.values_list("id", flat=True):
            try:
                service(request_id=request_id, actor=request.user, **kwargs)
                succeeded += 1
            except DomainError as exc:
                failed.append(f"#{request_id}: {exc.message}")
        if succeeded:
            self.message_user(request, done % {"count": succeeded}, messages.SUCCESS)
        for failure in failed:
            self.message_user(request, failure, messages.WARNING)

    @admin.action(description=_("Try to assign the selected waiting requests now"), permissions=["change"])
    def assign_now(self, request, queryset):
        succeeded = 0
        for request_id in queryset.values_list("id", flat=True):
            if contact_request_assign(request_id=request_id, actor=request.user).assigned_worker_id:
                succeeded += 1
        total = queryset.count()
        self.message_user(
            request,
            gettext("%(count)d of %(total)d request(s) are now assigned.") % {"count": succeeded, "total": total},
        )

    @admin.action(description=_("Cancel the selected requests (not yet started)"), permissions=["change"])
    def cancel_requests(self, request, queryset):
        self._run(
            request,
            queryset,
            contact_request_cancel,
            _("%(count)d request(s) cancelled."),
            reason="Cancelled in the admin site.",
        )
