"""Audit what staff see of patients in the admin site, as the API and pages do.

Mix `AuditedReadAdmin` into a ModelAdmin whose rows belong to a patient. Every change
list page writes one audit row per patient row shown, and every detail page one row,
in one bulk insert; a patient's own reads never come through the admin.
"""

from __future__ import annotations

from operator import attrgetter

from django.contrib import admin

from healthsvc.services import audit_staff_read


class AuditedReadAdmin(admin.ModelAdmin):
    audit_object_type = ""  # e.g. "triage_record"; defaults to the model name
    audit_patient_attr = "patient_id"  # attribute (dotted path) on a row giving the patient's user id

    def _audit(self, request, rows) -> None:
        rows = [row for row in rows if row is not None]
        if not rows:
            return
        audit_staff_read(
            actor=request.user,
            object_type=self.audit_object_type or self.model._meta.model_name,
            object_ids=[row.pk for row in rows],
            patient_ids=[attrgetter(self.audit_patient_attr)(row) for row in rows],
        )

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = (getattr(response, "context_data", None) or {}).get("cl")
        if changelist is not None:
            self._audit(request, changelist.result_list)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        original = (getattr(response, "context_data", None) or {}).get("original")
        if request.method == "GET" and original is not None:
            self._audit(request, [original])
        return response
