from django.db import models

from triage.engine.catalogue import DISPOSITION_TEXT


class TriageState(models.TextChoices):
    REQUESTED = "requested", "Requested"
    RECORDED = "recorded", "Recorded"
    CALCULATING = "calculating", "Calculating"
    COMPLETED = "completed", "Completed"
    FAILED = "failed", "Failed"
    CANCELLED = "cancelled", "Cancelled"


class Disposition(models.TextChoices):
    """Most urgent first; the same codes and words the engine uses (triage.engine DISPOSITIONS, DISPOSITION_TEXT)."""

    EMERGENCY_SERVICES = "emergency_services", DISPOSITION_TEXT["emergency_services"]
    EMERGENCY = "emergency", DISPOSITION_TEXT["emergency"]
    URGENT = "urgent", DISPOSITION_TEXT["urgent"]
    ROUTINE = "routine", DISPOSITION_TEXT["routine"]
    SELF_CARE = "self_care", DISPOSITION_TEXT["self_care"]


class ResultKind(models.TextChoices):
    ACTIVE = "active", "Active ruleset"
    SHADOW = "shadow", "Shadow ruleset"
    OVERRIDE = "override", "Clinician override"
