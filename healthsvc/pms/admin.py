"""Admin for PMS links: the links (reads audited, a "try again" action) and the account action that links one."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse

from healthsvc.admin_audit import AuditedReadAdmin
from healthsvc.admin_readonly import ReadOnlyAdmin, ReadOnlyInline
from healthsvc.errors import DomainError
from healthsvc.pms.client import FHIR_ID
from healthsvc.pms.models import PatientLink
from healthsvc.pms.services import patient_link_by_staff, patient_link_retry


@admin.register(PatientLink)
class PatientLinkAdmin(AuditedReadAdmin, ReadOnlyAdmin):
    """Links change through the services only (the worker, a staff link, a retry), never by hand."""

    audit_object_type = "patient_link"
    audit_patient_attr = "user_id"
    list_display = ["user", "status", "external_id", "source", "attempts", "next_attempt_at", "fetched_at"]
    list_filter = ["status", "source"]
    search_fields = ["external_id", "user__email"]
    list_select_related = ["user"]
    actions = ["retry_now"]

    @admin.action(description="Try the selected links again now, from the first attempt")
    def retry_now(self, request, queryset):
        link_ids = list(queryset.values_list("pk", flat=True))
        for link_id in link_ids:
            patient_link_retry(actor=request.user, link_id=link_id)
        self.message_user(request, f"{len(link_ids)} link(s) will be tried again in a moment.", messages.SUCCESS)


class PatientLinkInline(ReadOnlyInline):
    model = PatientLink
    fk_name = "user"
    fields = ["system", "external_id", "status", "attempts", "last_error", "fetched_at"]
    readonly_fields = fields


class PatientLinkForm(forms.Form):
    external_id = forms.RegexField(
        FHIR_ID, max_length=64, label="Patient id in the patient-management system", help_text="The FHIR Patient id."
    )


@admin.action(description="Link to the patient-management system…", permissions=["change"])
def link_to_pms(modeladmin, request, queryset):
    """A form for the PMS id of the one account chosen; its answer goes to the worker (audited as pms_link)."""
    if queryset.count() != 1:
        modeladmin.message_user(request, "Choose exactly one patient to link.", messages.WARNING)
        return None
    patient = queryset.get()
    form = PatientLinkForm(request.POST if "apply" in request.POST else None)
    if form.is_valid():
        try:
            patient_link_by_staff(
                actor=request.user, patient_id=patient.pk, external_id=form.cleaned_data["external_id"]
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            modeladmin.message_user(
                request, f"{patient} will be linked to Patient/{form.cleaned_data['external_id']}.", messages.SUCCESS
            )
            return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": "Link to the patient-management system",
        "opts": modeladmin.model._meta,
        "patient": patient,
        "form": form,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/healthsvc/pms_link.html", context)
