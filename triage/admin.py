"""Admin for triage records: filter, read answers and results, retry failed ones safely."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from healthsvc.admin_audit import AuditedReadAdmin
from healthsvc.admin_readonly import ReadOnlyAdmin, ReadOnlyInline
from healthsvc.errors import DomainError
from triage.models import RulesetDeployment, ShadowDisagreement, TriageRecord, TriageResult, TriageTransition
from triage.selectors import triage_shadow_disagreements
from triage.services import triage_record_retry


class ResultInline(ReadOnlyInline):
    model = TriageResult
    fields = [
        "kind",
        "is_current",
        "acuity",
        "disposition",
        "news2",
        "ruleset_version",
        "reasons",
        "overridden_by",
        "override_reason",
        "created_at",
    ]
    readonly_fields = fields


class TransitionInline(ReadOnlyInline):
    model = TriageTransition
    fields = ["at", "from_state", "to_state", "actor", "reason"]
    readonly_fields = fields


@admin.register(TriageRecord)
class TriageRecordAdmin(AuditedReadAdmin):
    audit_object_type = "triage_record"
    list_display = [
        "id",
        "patient",
        "dependant",
        "state",
        "acuity",
        "disposition",
        "ruleset_version",
        "requested_at",
        "attempts",
    ]
    list_filter = ["state", "disposition", "acuity", "ruleset_version", "requested_at"]
    date_hierarchy = "requested_at"
    search_fields = ["id", "patient__email", "patient__full_name", "dependant__full_name"]
    list_select_related = ["patient", "dependant"]
    readonly_fields = [f.name for f in TriageRecord._meta.fields]
    inlines = [ResultInline, TransitionInline]
    actions = ["retry_failed"]

    def has_add_permission(self, request):
        return False  # records come from patients' questionnaires, never typed in

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=gettext_lazy("Retry the selected failed records"))
    def retry_failed(self, request, queryset):
        retried = 0
        for record_id in queryset.values_list("pk", flat=True):
            try:
                triage_record_retry(record_id=record_id, actor=request.user)
                retried += 1
            except DomainError as exc:
                self.message_user(request, f"#{record_id}: {exc.message}", messages.WARNING)
        if retried:
            self.message_user(
                request,
                ngettext("Retrying %(count)d record.", "Retrying %(count)d records.", retried) % {"count": retried},
                messages.SUCCESS,
            )


@admin.register(ShadowDisagreement)
class ShadowDisagreementAdmin(AuditedReadAdmin, ReadOnlyAdmin):
    audit_object_type = "triage_record"
    audit_patient_attr = "record.patient_id"

    list_display = ["record", "ruleset_version", "acuity", "disposition", "active_result", "created_at"]
    list_filter = ["ruleset_version", "disposition"]
    readonly_fields = ["record", "kind", "acuity", "disposition", "reasons", "ruleset_version", "created_at"]

    def get_queryset(self, request):
        return triage_shadow_disagreements()

    @admin.display(description=gettext_lazy("Active result"))
    def active_result(self, obj):
        return _("%(disposition)s (acuity %(acuity)s, %(ruleset)s)") % {
            "disposition": obj.active_disposition,
            "acuity": obj.active_acuity,
            "ruleset": obj.active_ruleset,
        }


@admin.register(RulesetDeployment)
class RulesetDeploymentAdmin(admin.ModelAdmin):
    list_display = ["active_ruleset", "shadow_ruleset", "promoted_at", "promoted_by"]
    readonly_fields = ["active_ruleset", "shadow_ruleset", "promoted_at", "promoted_by", "note"]

    def has_add_permission(self, request):
        return False  # promotion goes through `manage.py promote_shadow_ruleset`
