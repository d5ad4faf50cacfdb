"""Reads of PMS links."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from healthsvc.errors import NotFound
from healthsvc.pms.choices import LinkStatus
from healthsvc.pms.models import PatientLink


def patient_links_due(*, limit: int) -> list[int]:
    """Ids of the pending links of the configured PMS whose next try is due, longest waiting first."""
    due = PatientLink.objects.filter(
        status=LinkStatus.PENDING, next_attempt_at__lte=timezone.now(), system=settings.PMS_FHIR_BASE_URL
    )
    return list(due.order_by("next_attempt_at").values_list("pk", flat=True)[:limit])


def patient_link_of(*, patient_id: int) -> PatientLink:
    """The patient's link to the configured PMS; none (or no such patient) is "not found"."""
    link = (
        PatientLink.objects.select_related("requested_by")
        .filter(user_id=patient_id, system=settings.PMS_FHIR_BASE_URL)
        .first()
    )
    if link is None:
        raise NotFound("link_not_found", "This patient has no link to the patient-management system.")
    return link
