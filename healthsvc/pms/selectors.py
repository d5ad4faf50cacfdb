"""Reads of PMS links."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Min, Q
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


@dataclass(frozen=True)
class LinkBacklog:
    pending: int  # waiting for a first try or a retry
    retrying: int  # of those, the ones that have failed at least once
    failed: int  # gave up, until staff start them over
    oldest_pending_seconds: float  # how long the oldest pending link has waited since it was asked for (0: none)


def patient_links_backlog() -> LinkBacklog:
    """The configured PMS's unfinished links, for the metrics (one query, on the status index)."""
    links = PatientLink.objects.filter(
        system=settings.PMS_FHIR_BASE_URL, status__in=(LinkStatus.PENDING, LinkStatus.FAILED)
    )
    pending = Q(status=LinkStatus.PENDING)
    found = links.aggregate(
        pending=Count("pk", filter=pending),
        retrying=Count("pk", filter=pending & Q(attempts__gt=0)),
        failed=Count("pk", filter=Q(status=LinkStatus.FAILED)),
        oldest=Min("requested_at", filter=pending),
    )
    oldest = found["oldest"]
    return LinkBacklog(
        pending=found["pending"],
        retrying=found["retrying"],
        failed=found["failed"],
        oldest_pending_seconds=max(0.0, (timezone.now() - oldest).total_seconds()) if oldest else 0.0,
    )
