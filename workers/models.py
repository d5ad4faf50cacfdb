"""Health workers, their shifts, and patients' requests to be contacted by one.

A contact request's state is a protected django-fsm field: it changes only through the
transitions below, called from workers.services inside a transaction. Transitions touch
fields on self only; the service writes the ContactTransition row and queues side effects.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import ArrayField, DateTimeRangeField, RangeBoundary, RangeOperators
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Func, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, FSMModelMixin, transition

from healthsvc.models import TransitionLog, person_name
from workers.choices import (
    ISO_639_1,
    LOAD_STATES,
    OPEN_STATES,
    Channel,
    ContactDisposition,
    ContactState,
    FacilityKind,
    WorkerRole,
)


def validate_language_code(value: str) -> None:
    if value not in ISO_639_1:
        raise ValidationError(
            _("%(value)s is not an ISO 639-1 language code (two lower-case letters, e.g. en)."),
            code="invalid_language",
            params={"value": value},
        )


class TsTzRange(Func):
    """tstzrange(starts_at, ends_at, '[)'): a shift includes its start, not its end."""

    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class WorkerProfile(models.Model):
    """A user who works as a clinician, and how patients may reach them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="worker_profile")
    role = models.CharField(max_length=24, choices=WorkerRole.choices)
    licence_number = models.CharField(
        max_length=32, unique=True, help_text=_("Professional registration number (stored upper-case).")
    )
    facility_name = models.CharField(max_length=120)
    facility_kind = models.CharField(max_length=8, choices=FacilityKind.choices)
    languages = ArrayField(
        models.CharField(max_length=2, validators=[validate_language_code]),
        default=list,
        help_text=_("ISO 639-1 codes, e.g. en, es, fr (comma-separated in forms)."),
    )
    accepts_patient_contact = models.BooleanField(default=True)
    max_concurrent_requests = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1)],
        help_text=_("How many assigned or in-progress contact requests this worker may hold at once."),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["user__full_name", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(max_concurrent_requests__gte=1), name="worker_limit_positive"),
            models.CheckConstraint(condition=Q(licence_number__regex=r"^[A-Z0-9-]+$"), name="worker_licence_format"),
        ]
        indexes = [models.Index(fields=["role", "accepts_patient_contact"], name="worker_role_accepts_idx")]

    def __str__(self) -> str:
        return f"{self.user.get_full_name()} ({self.get_role_display()})"

    def clean_fields(self, exclude=None) -> None:
        # Normalise before the field validators run, so "FR" or " ab-1 " from a form is accepted.
        self.licence_number = (self.licence_number or "").strip().upper()
        self.languages = sorted({code.strip().lower() for code in self.languages or [] if code.strip()})
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        if not self.languages:
            raise ValidationError({"languages": _("Give at least one language.")})

    @property
    def first_name(self) -> str:
        return self.user.get_short_name() if self.user.full_name else ""


class Shift(models.Model):
    """A period a worker is on duty: [starts_at, ends_at)."""

    worker = models.ForeignKey(WorkerProfile, on_delete=models.CASCADE, related_name="shifts")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at", "id"]
        indexes = [models.Index(fields=["starts_at", "ends_at"], name="shift_period_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="shift_ends_after_start"),
            # One worker cannot be on two overlapping shifts (needs btree_gist for "=" on worker).
            ExclusionConstraint(
                name="shift_no_overlap_per_worker",
                expressions=[
                    (TsTzRange("starts_at", "ends_at", RangeBoundary()), RangeOperators.OVERLAPS),
                    ("worker", RangeOperators.EQUAL),
                ],
                violation_error_message=_("This worker already has a shift in that period."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.worker_id}: {self.starts_at:%Y-%m-%d %H:%M} to {self.ends_at:%Y-%m-%d %H:%M}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A shift must end after it starts.")})


class ContactRequest(FSMModelMixin, models.Model):
    """A patient asks to be contacted by a health worker about a completed triage."""

    patient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contact_requests")
    triage_record = models.ForeignKey("triage.TriageRecord", on_delete=models.PROTECT, related_name="contact_requests")
    disposition = models.CharField(
        max_length=16, choices=ContactDisposition.choices, help_text=_("The triage disposition when it was requested.")
    )
    channel = models.CharField(max_length=8, choices=Channel.choices)
    language = models.CharField(max_length=2, default="en", validators=[validate_language_code])
    state = FSMField(default=ContactState.REQUESTED, choices=ContactState.choices, protected=True)
    assigned_worker = models.ForeignKey(
        WorkerProfile, null=True, blank=True, on_delete=models.PROTECT, related_name="contact_requests"
    )
    due_by = models.DateTimeField(help_text=_("When a worker should have contacted the patient by."))
    idempotency_key = models.CharField(max_length=128, blank=True)

    requested_at = models.DateTimeField(default=timezone.now)
    assigned_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    expired_at = models.DateTimeField(null=True, blank=True)
    # Set once the patient was told what to do instead; the sweep retries until it is.
    expiry_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [
            models.Index(fields=["patient", "-requested_at"], name="contact_patient_recent_idx"),
            models.Index(fields=["state", "due_by"], name="contact_state_due_idx"),
            models.Index(fields=["assigned_worker", "state"], name="contact_worker_state_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["patient", "triage_record"],
                condition=Q(state__in=OPEN_STATES),
                name="contact_one_open_per_triage",
                violation_error_message=_("You already have an open contact request for this triage."),
            ),
            models.UniqueConstraint(
                fields=["patient", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="contact_idempotency_unique",
            ),
            # A worker holds every request that is assigned, in progress or completed;
            # a request still waiting holds none.
            models.CheckConstraint(
                condition=~Q(state__in=[*LOAD_STATES, ContactState.COMPLETED]) | Q(assigned_worker__isnull=False),
                name="contact_worker_when_assigned",
            ),
            models.CheckConstraint(
                condition=~Q(state=ContactState.REQUESTED) | Q(assigned_worker__isnull=True),
                name="contact_no_worker_when_requested",
            ),
            models.CheckConstraint(condition=Q(due_by__gt=F("requested_at")), name="contact_due_after_request"),
        ]

    def __str__(self) -> str:
        return f"Contact request #{self.pk} ({self.state})"

    @property
    def dependant(self):
        """Whom the request is about when it is not the patient: its triage record says."""
        return self.triage_record.dependant

    @property
    def person_name(self) -> str:
        """Whom the request is about: the patient, or the dependant they asked for."""
        return person_name(self.patient, self.dependant)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    # --- transitions (fields on self only) -------------------------------------------
    @transition(field=state, source=ContactState.REQUESTED, target=ContactState.ASSIGNED)
    def assign(self, *, worker: WorkerProfile, at=None) -> None:
        self.assigned_worker = worker
        self.assigned_at = at or timezone.now()

    @transition(field=state, source=ContactState.ASSIGNED, target=ContactState.IN_PROGRESS)
    def start(self, *, at=None) -> None:
        self.started_at = at or timezone.now()

    @transition(field=state, source=ContactState.IN_PROGRESS, target=ContactState.COMPLETED)
    def complete(self, *, at=None) -> None:
        self.completed_at = at or timezone.now()

    @transition(field=state, source=[ContactState.REQUESTED, ContactState.ASSIGNED], target=ContactState.CANCELLED)
    def cancel(self, *, at=None) -> None:
        self.cancelled_at = at or timezone.now()

    @transition(field=state, source=[ContactState.REQUESTED, ContactState.ASSIGNED], target=ContactState.EXPIRED)
    def expire(self, *, at=None) -> None:
        self.expired_at = at or timezone.now()


class ContactTransition(TransitionLog):
    """Every state change of a contact request: who, when, from, to, why."""

    subject_field = "request"

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=16, choices=ContactState.choices, blank=True)
    to_state = models.CharField(max_length=16, choices=ContactState.choices)
    worker = models.ForeignKey(
        WorkerProfile,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Assigned worker."),
    )

    class Meta(TransitionLog.Meta):
        indexes = [models.Index(fields=["request", "at"], name="contact_transition_req_idx")]
