"""Suggestion content, the recommendations built from it, and the patient's responses.

A `Recommendation` is one family built by a factory (suggestions.factories) for one
version of a triage record's result: its headline (the suggestion), its details (JSON)
and its `Interaction` rows (the next actions offered). A clinician override gives the
record a new current result, and with it a new current recommendation; the old one is
kept, not current. An interaction's `state` is a protected django-fsm field: it changes
only through the transitions below, called from suggestions.services inside a
transaction, and every change is kept in `InteractionTransition`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from suggestions.choices import ContentOrigin, InteractionState
from triage.choices import Disposition


class SuggestionContent(models.Model):
    """Advice shown to patients, keyed by complaint and disposition; edited in the admin.

    A blank complaint code is the fallback for every complaint with that disposition.
    The text may contain `{emergency_number}`, replaced by the configured number.
    """

    complaint_code = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("A triage catalogue complaint code; blank = any complaint."),
    )
    disposition = models.CharField(max_length=24, choices=Disposition.choices)
    headline = models.CharField(
        max_length=200, blank=True, help_text=_("Blank: the headline of the any-complaint row for this disposition.")
    )
    summary = models.TextField(
        blank=True, help_text=_("What to do, in one or two sentences. Blank: the any-complaint row's summary.")
    )
    care_instructions = models.JSONField(default=list, blank=True, help_text=_("One instruction per item."))
    warning_signs = models.JSONField(
        default=list, blank=True, help_text=_('Signs that mean "get help", each saying what to do.')
    )
    source = models.CharField(max_length=300, help_text=_('Where the advice comes from, e.g. "NHS: Sore throat".'))
    source_url = models.URLField(max_length=300, blank=True)
    origin = models.CharField(max_length=10, choices=ContentOrigin.choices, default=ContentOrigin.SEED)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["complaint_code", "disposition"]
        verbose_name = _("suggestion content")
        verbose_name_plural = _("suggestion content")
        constraints = [
            models.UniqueConstraint(fields=["complaint_code", "disposition"], name="suggestions_content_unique_key"),
            models.CheckConstraint(
                condition=Q(complaint_code__regex=r"^[a-z0-9_]*$"), name="suggestions_content_code_format"
            ),
            # Advice without a source cannot be reviewed: every row names one.
            models.CheckConstraint(condition=~Q(source=""), name="suggestions_content_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.complaint_code or 'any complaint'} / {self.disposition}"


class Recommendation(models.Model):
    """One family (suggestion, details, interactions) for one version of a triage result."""

    record = models.ForeignKey("triage.TriageRecord", on_delete=models.CASCADE, related_name="+")
    result = models.OneToOneField(
        "triage.TriageResult",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The triage result version this was built for (one recommendation per version)."),
    )
    patient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    disposition = models.CharField(max_length=24, choices=Disposition.choices)
    factory_key = models.CharField(max_length=40, help_text=_("The kind of recommendation: the factory that built it."))
    complaint_code = models.CharField(max_length=64, blank=True)
    headline = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    urgency = models.CharField(max_length=200, blank=True, help_text=_("How soon to act, in plain words."))
    tone = models.CharField(max_length=10, default="warn", help_text=_("error / warn / success (page styling)."))
    details = models.JSONField(default=dict)
    patient_context = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("Allergies, conditions, current medicines, breastfeeding the patient gave."),
    )
    is_current = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    superseded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["patient", "-created_at"], name="suggestions_patient_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["record"], condition=Q(is_current=True), name="suggestions_one_current_per_record"
            ),
            models.CheckConstraint(
                condition=Q(is_current=True, superseded_at__isnull=True)
                | Q(is_current=False, superseded_at__isnull=False),
                name="suggestions_superseded_when_not_current",
            ),
        ]

    def __str__(self) -> str:
        return f"Recommendation #{self.pk} for triage #{self.record_id} ({self.factory_key})"


class Interaction(models.Model):
    """One next action offered to the patient, and their response to it."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="interactions")
    kind = models.CharField(max_length=40, help_text=_("e.g. book_er, contact_worker, read_medicine."))
    label = models.CharField(max_length=200)
    target_url = models.CharField(max_length=500, help_text=_("Where accepting takes the patient."))
    style = models.CharField(max_length=30, default="button")
    position = models.PositiveSmallIntegerField()
    subject = models.CharField(max_length=100, blank=True, help_text=_("What it is about, e.g. a medicine slug."))
    state = FSMField(default=InteractionState.OFFERED, choices=InteractionState.choices, protected=True)
    offered_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["recommendation_id", "position"]
        constraints = [
            # Deferred: a refresh renumbers the offers of a recommendation in one transaction.
            models.UniqueConstraint(
                fields=["recommendation", "position"],
                name="suggestions_interaction_position",
                deferrable=models.Deferrable.DEFERRED,
            ),
        ]
        indexes = [models.Index(fields=["kind", "state"], name="suggestions_kind_state_idx")]

    def __str__(self) -> str:
        return f"{self.kind} ({self.state})"

    @property
    def display_label(self) -> str:
        """The label in the page's language: it is stored as the factory wrote it, in English."""
        from suggestions.factories import label_in_language

        return label_in_language(self.label)

    # --- transitions (fields on self only) -------------------------------------------
    @transition(field=state, source=InteractionState.OFFERED, target=InteractionState.ACCEPTED)
    def accept(self) -> None:
        self.accepted_at = timezone.now()

    @transition(field=state, source=InteractionState.OFFERED, target=InteractionState.DISMISSED)
    def dismiss(self) -> None:
        self.dismissed_at = timezone.now()

    @transition(
        field=state, source=[InteractionState.OFFERED, InteractionState.ACCEPTED], target=InteractionState.COMPLETED
    )
    def complete(self) -> None:
        self.completed_at = timezone.now()

    @transition(
        field=state, source=[InteractionState.OFFERED, InteractionState.ACCEPTED], target=InteractionState.WITHDRAWN
    )
    def withdraw(self) -> None:
        self.withdrawn_at = timezone.now()


class InteractionTransition(models.Model):
    """Every state change of an interaction: who, when, from, to."""

    interaction = models.ForeignKey(Interaction, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=16, choices=InteractionState.choices, blank=True)
    to_state = models.CharField(max_length=16, choices=InteractionState.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["interaction", "at"], name="suggestions_transition_idx")]

    def __str__(self) -> str:
        return f"{self.interaction_id}: {self.from_state or '∅'} → {self.to_state}"
