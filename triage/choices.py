from django.db import models


class TriageState(models.TextChoices):
    REQUESTED = "requested", "Requested"
    RECORDED = "recorded", "Recorded"
    CALCULATING = "calculating", "Calculating"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class Disposition(models.TextChoices):
    """Most urgent first; the same codes the engine returns (triage.engine.types.DISPOSITIONS)."""

    EMERGENCY_SERVICES = "emergency_services", "Call emergency services now"
    EMERGENCY = "emergency", "Go to an emergency department now"
    URGENT = "urgent", "See a clinician within about 24 hours"
    ROUTINE = "routine", "See a clinician within about a week"
    SELF_CARE = "self_care", "Look after yourself at home"


class ResultKind(models.TextChoices):
    ACTIVE = "active", "Active ruleset"
    SHADOW = "shadow", "Shadow ruleset"
    OVERRIDE = "override", "Clinician override"
