"""Triage records, their results, and every state change.

A record's state is a protected django-fsm field: it changes only through the
transitions below, called from triage.services inside a transaction. Transitions
touch fields on self only; the service writes the history row and enqueues work.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from healthsvc.models import TransitionLog, person_name
from triage.choices import Disposition, ResultKind, TriageState


class TriageRecord(models.Model):
    # The account holder who filled it in (and who sees it); `dependant` is set when it is about someone they
    # care for, whose age and sex the engine used.
    patient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="triage_records")
    dependant = models.ForeignKey(
        "healthsvc.Dependant", null=True, blank=True, on_delete=models.PROTECT, related_name="triage_records"
    )
    state = FSMField(default=TriageState.REQUESTED, choices=TriageState.choices, protected=True)
    answers = models.JSONField(help_text=_("The validated answers, as the engine received them."))
    catalogue_version = models.CharField(max_length=32)
    ruleset_version = models.CharField(max_length=32, help_text=_("Active ruleset when the record was made."))
    idempotency_key = models.CharField(max_length=128, blank=True)
    prefilled_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A re-check of this one."),
    )
    # Denormalised from the current result so lists and the admin filter without a join.
    acuity = models.PositiveSmallIntegerField(null=True, blank=True)
    disposition = models.CharField(max_length=24, choices=Disposition.choices, blank=True)

    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)
    recorded_at = models.DateTimeField(null=True, blank=True)
    calculating_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [
            models.Index(fields=["patient", "-requested_at"], name="triage_patient_recent_idx"),
            models.Index(fields=["state", "requested_at"], name="triage_state_idx"),
            models.Index(fields=["disposition", "acuity"], name="triage_disposition_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["patient", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="triage_idempotency_unique",
            ),
            models.CheckConstraint(
                condition=Q(acuity__isnull=True) | Q(acuity__gte=1, acuity__lte=5), name="triage_record_acuity_range"
            ),
        ]

    def __str__(self) -> str:
        return f"Triage #{self.pk} ({self.state})"

    @property
    def person_name(self) -> str:
        return person_name(self.patient, self.dependant)

    # --- transitions (fields on self only) -------------------------------------------
    @transition(field=state, source=TriageState.REQUESTED, target=TriageState.RECORDED)
    def record(self) -> None:
        self.recorded_at = timezone.now()

    @transition(field=state, source=TriageState.RECORDED, target=TriageState.CALCULATING)
    def start_calculation(self) -> None:
        self.calculating_at = timezone.now()
        self.attempts += 1

    @transition(field=state, source=TriageState.CALCULATING, target=TriageState.COMPLETED)
    def complete(self, *, acuity: int, disposition: str) -> None:
        self.completed_at = timezone.now()
        self.acuity, self.disposition = acuity, disposition
        self.last_error = ""

    @transition(field=state, source=TriageState.CALCULATING, target=TriageState.FAILED)
    def fail(self, *, error: str) -> None:
        self.failed_at = timezone.now()
        self.last_error = error[:2000]

    @transition(field=state, source=TriageState.FAILED, target=TriageState.CALCULATING)
    def retry(self) -> None:
        self.calculating_at = timezone.now()
        self.attempts += 1

    @transition(field=state, source=[TriageState.REQUESTED, TriageState.RECORDED], target=TriageState.CANCELLED)
    def cancel(self) -> None:
        self.cancelled_at = timezone.now()

    @transition(field=state, source=TriageState.COMPLETED, target=TriageState.COMPLETED)
    def override(self, *, acuity: int, disposition: str) -> None:
        """Re-triage by a clinician: the state stays completed, the result changes."""
        self.acuity, self.disposition = acuity, disposition


class TriageResult(models.Model):
    """One outcome for a record. Exactly one is current; overridden ones are kept."""

    record = models.ForeignKey(TriageRecord, on_delete=models.CASCADE, related_name="results")
    kind = models.CharField(max_length=10, choices=ResultKind.choices)
    is_current = models.BooleanField(default=False, help_text=_("The result the patient is shown."))
    acuity = models.PositiveSmallIntegerField()
    disposition = models.CharField(max_length=24, choices=Disposition.choices)
    reasons = models.JSONField(default=list)
    escalation_advice = models.JSONField(default=list)
    notes = models.JSONField(default=list)
    news2 = models.PositiveSmallIntegerField(null=True, blank=True)
    time_to_clinician_minutes = models.PositiveIntegerField(null=True, blank=True)
    ruleset_version = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    override_reason = models.TextField(blank=True, help_text=_("The clinician's internal note: staff only."))
    patient_message = models.TextField(blank=True, help_text=_("The clinician's message to the patient, if any."))
    # When the patient was emailed about the override (empty: not yet; the send retries until it is).
    patient_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The reconcile sweep's "override emails still owed" (a handful at most, never a scan).
            models.Index(
                fields=["created_at"],
                condition=Q(kind="override", patient_notified_at__isnull=True),
                name="triage_override_owed_idx",
            ),
        ]
        constraints = [
            # "Never calculated twice into two active results": the database says so too.
            models.UniqueConstraint(fields=["record"], condition=Q(is_current=True), name="triage_one_current_result"),
            models.UniqueConstraint(
                fields=["record", "ruleset_version"], condition=Q(kind="shadow"), name="triage_one_shadow_per_ruleset"
            ),
            models.UniqueConstraint(
                fields=["record"], condition=Q(kind="active"), name="triage_one_computed_active_result"
            ),
            models.CheckConstraint(condition=Q(acuity__gte=1, acuity__lte=5), name="triage_result_acuity_range"),
            models.CheckConstraint(
                condition=~Q(kind="shadow") | Q(is_current=False), name="triage_shadow_never_current"
            ),
            models.CheckConstraint(
                condition=~Q(kind="override") | (Q(overridden_by__isnull=False) & ~Q(override_reason="")),
                name="triage_override_has_who_and_why",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} result of {self.record_id}: {self.disposition} (acuity {self.acuity})"


class ShadowDisagreement(TriageResult):
    """A shadow result seen on its own (the admin lists those that disagree with the active one)."""

    class Meta:
        proxy = True
        verbose_name = _("shadow disagreement")


class TriageTransition(TransitionLog):
    """Every state change of a record: who, when, from, to, why."""

    subject_field = "record"

    record = models.ForeignKey(TriageRecord, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=16, choices=TriageState.choices, blank=True)
    to_state = models.CharField(max_length=16, choices=TriageState.choices)

    class Meta(TransitionLog.Meta):
        indexes = [models.Index(fields=["record", "at"], name="triage_transition_record_idx")]


class RulesetDeployment(models.Model):
    """Which ruleset is active and which runs in shadow, once promoted from the settings.

    Until the first promotion the settings decide (TRIAGE_ACTIVE_RULESET,
    TRIAGE_SHADOW_RULESET); `manage.py promote_shadow_ruleset` writes a row here,
    and the newest row wins from then on.
    """

    active_ruleset = models.CharField(max_length=32)
    shadow_ruleset = models.CharField(max_length=32, blank=True)
    promoted_at = models.DateTimeField(default=timezone.now)
    promoted_by = models.CharField(max_length=150, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-promoted_at", "-id"]

    def __str__(self) -> str:
        return f"{self.active_ruleset} (shadow {self.shadow_ruleset or 'none'}) since {self.promoted_at:%Y-%m-%d}"
