"""A patient's data rights: download everything held about them, and close their account (docs/security.md).

This module sits in the project package because it spans every app; it uses each app's models read-only
for the export and each app's own services for the cancellations, so every rule and audit row of those
apps still applies.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from healthsvc.errors import Forbidden
from healthsvc.models import AuditEvent, Dependant, PatientLink, PatientProfile, User
from healthsvc.services import audit_record

logger = logging.getLogger(__name__)

CLOSED_NAME = "(closed account)"


def _rows(queryset, *fields) -> list[dict]:
    return [{field: _plain(value) for field, value in row.items()} for row in queryset.values(*fields)]


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def patient_data_export(*, patient: User) -> dict:
    """Everything held about the patient, as plain JSON-ready data, including who on the staff read it."""
    from er_queue.models import ERBooking
    from suggestions.models import Recommendation
    from triage.models import TriageRecord, TriageResult
    from workers.models import ContactRequest

    records = TriageRecord.objects.filter(patient=patient)
    export = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": patient.email,
            "full_name": patient.full_name,
            "date_joined": patient.date_joined.isoformat(),
            "time_zone": patient.time_zone,
        },
        "profile": _rows(
            PatientProfile.objects.filter(user=patient), "date_of_birth", "sex", "phone", "external_patient_id"
        ),
        "dependants": _rows(
            Dependant.objects.filter(guardian=patient), "id", "full_name", "date_of_birth", "sex", "relationship"
        ),
        "symptom_checks": _rows(
            records, "id", "dependant_id", "state", "answers", "acuity", "disposition", "requested_at", "completed_at"
        ),
        "triage_results": _rows(
            TriageResult.objects.filter(record__patient=patient, is_current=True),
            "record_id",
            "kind",
            "acuity",
            "disposition",
            "reasons",
            "escalation_advice",
            "patient_message",
            "created_at",
        ),
        "er_bookings": _rows(
            ERBooking.objects.filter(patient=patient),
            "id",
            "reference",
            "room__name",
            "dependant_id",
            "state",
            "created_at",
            "called_at",
            "arrived_at",
            "completed_at",
            "cancelled_at",
            "expired_at",
            "end_reason",
        ),
        "contact_requests": _rows(
            ContactRequest.objects.filter(patient=patient),
            "id",
            "triage_record_id",
            "triage_record__dependant_id",
            "channel",
            "language",
            "state",
            "requested_at",
            "completed_at",
        ),
        "advice": _rows(Recommendation.objects.filter(patient=patient), "record_id", "headline", "created_at"),
        # Not the demographics fetched from the patient-management system: a sign-up is matched there by name and
        # birth date, which nobody proved, so the snapshot could be another person's (docs/security.md).
        "patient_management_links": _rows(
            PatientLink.objects.filter(user=patient), "system", "status", "requested_at", "fetched_at"
        ),
        "staff_reads_and_changes": _rows(
            AuditEvent.objects.filter(patient_id=patient.pk).exclude(actor_id=patient.pk).order_by("at"),
            "at",
            "actor_label",
            "action",
            "object_type",
            "object_id",
        ),
    }
    audit_record(actor=patient, action="data_export", object_type="user", object_id=patient.pk, patient=patient)
    return export


@transaction.atomic
def patient_account_close(*, patient: User) -> None:
    """Close the account: end what is active, erase who they are, keep clinical records for the retention time.

    Active ER bookings and open contact requests are cancelled through their own services (staff and the
    queue see why); symptom checks still being worked out are cancelled. The email, name, phone, hospital
    number and the dependants' names are erased and the password made unusable; deactivating the account
    revokes every API token (healthsvc.tokens). Symptom checks, results and bookings stay, tied to the
    anonymised account, for CLINICAL_RECORD_RETENTION_YEARS (docs/security.md), as clinical records must;
    then healthsvc.retention deletes them, and the account.
    """
    if not hasattr(patient, "patient_profile"):
        raise Forbidden("patient_profile_required", _("Only a patient account can be closed here."))
    from er_queue.choices import ACTIVE_STATES
    from er_queue.models import ERBooking
    from er_queue.services import booking_cancel
    from triage.choices import TriageState
    from triage.models import TriageRecord
    from triage.services import triage_record_cancel
    from workers.choices import ContactState
    from workers.models import ContactRequest
    from workers.services import contact_request_cancel

    reason = "The patient closed their account."
    active = ERBooking.objects.filter(patient=patient, state__in=list(ACTIVE_STATES)).values_list("pk", flat=True)
    for booking_id in active:
        booking_cancel(booking_id=booking_id, actor=patient, reason=reason)
    open_requests = ContactRequest.objects.filter(
        patient=patient, state__in=[ContactState.REQUESTED, ContactState.ASSIGNED]
    ).values_list("pk", flat=True)
    for request_id in open_requests:
        contact_request_cancel(request_id=request_id, actor=patient, reason=reason)
    pending = TriageRecord.objects.filter(patient=patient, state__in=[TriageState.REQUESTED, TriageState.RECORDED])
    for record_id in pending.values_list("pk", flat=True):
        triage_record_cancel(record_id=record_id, actor=patient, reason=reason)

    Dependant.objects.filter(guardian=patient).update(full_name=CLOSED_NAME)
    PatientProfile.objects.filter(user=patient).update(phone="", external_patient_id="")
    PatientLink.objects.filter(user=patient).delete()  # who they are in the hospital's system: not clinical
    patient.email = f"closed-{patient.pk}@closed.invalid"
    patient.full_name = ""
    patient.password = make_password(None)
    patient.is_active = False
    patient.closed_at = timezone.now()  # the retention period runs from here (healthsvc.retention)
    patient.save()  # deactivation revokes the API tokens (healthsvc.tokens)
    audit_record(
        actor=patient,
        action="account_close",
        object_type="user",
        object_id=patient.pk,
        patient=patient,
        details={"retention_years": settings.CLINICAL_RECORD_RETENTION_YEARS},
    )
    logger.info("account closed", extra={"user_id": patient.pk})
