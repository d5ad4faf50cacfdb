"""A patient account's link to their record in the patient-management system (part of the healthsvc app)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from healthsvc.pms.choices import LinkSource, LinkStatus


class PatientLink(models.Model):
    """One account's link to one PMS (`system`, its FHIR base URL), and the worker's progress on it.

    A sign-up link starts with no `external_id`: the worker searches the PMS by the patient's details and
    links only on exactly one match. A staff link names the id and the worker reads it. Either way the
    worker stores the FHIR Patient's id and a snapshot of its demographics.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pms_links")
    system = models.CharField(max_length=300, help_text="The PMS's FHIR base URL when the link was asked for.")
    external_id = models.CharField(max_length=64, blank=True, help_text="The FHIR Patient id in that system.")
    source = models.CharField(max_length=10, choices=LinkSource.choices)
    status = models.CharField(max_length=10, choices=LinkStatus.choices, default=LinkStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0, help_text="Calls made to the PMS since the link was asked for.")
    next_attempt_at = models.DateTimeField(null=True, blank=True, help_text="When pending: the earliest next try.")
    # Set when a worker takes the link; an outcome is kept only if the claim is still the link's, so an answer
    # to a request that staff have replaced since (or a second worker's duplicate) changes nothing.
    claim = models.UUIDField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True)
    demographics = models.JSONField(default=dict, blank=True, help_text="The Patient as the PMS gave it (subset).")
    fetched_at = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            # The beat sweep's filter: status = pending AND next_attempt_at <= now, oldest first.
            models.Index(fields=["status", "next_attempt_at"], name="patientlink_due_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "system"], name="patientlink_one_per_user_system"),
            # One PMS patient is one account: a second account claiming the same record is refused.
            models.UniqueConstraint(
                fields=["system", "external_id"],
                condition=models.Q(status=LinkStatus.LINKED),
                name="patientlink_external_linked_once",
            ),
            models.CheckConstraint(
                condition=~models.Q(status=LinkStatus.PENDING) | models.Q(next_attempt_at__isnull=False),
                name="patientlink_pending_has_next_attempt",
            ),
            models.CheckConstraint(
                condition=~models.Q(status=LinkStatus.LINKED) | ~models.Q(external_id=""),
                name="patientlink_linked_has_external_id",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.external_id or '?'} ({self.status})"
