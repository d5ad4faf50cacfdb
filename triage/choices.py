from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from healthsvc.data_text import data_text
from triage.engine.catalogue import DISPOSITION_TEXT

# The wordings are data (translated in the `data` domain, healthsvc.data_text), looked up when shown.
_disposition_text = lazy(data_text, str)


class TriageState(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    RECORDED = "recorded", _("Recorded")
    CALCULATING = "calculating", _("Calculating")
    COMPLETED = "completed", _("Completed")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


# A record's state inside a sentence ("Cannot retry a triage record that is completed."); the labels are headings.
STATE_IN_SENTENCE = {
    TriageState.REQUESTED: pgettext_lazy("triage record state", "requested"),
    TriageState.RECORDED: pgettext_lazy("triage record state", "recorded"),
    TriageState.CALCULATING: pgettext_lazy("triage record state", "calculating"),
    TriageState.COMPLETED: pgettext_lazy("triage record state", "completed"),
    TriageState.FAILED: pgettext_lazy("triage record state", "failed"),
    TriageState.CANCELLED: pgettext_lazy("triage record state", "cancelled"),
}


class Disposition(models.TextChoices):
    """Most urgent first; the same codes and words the engine uses (triage.engine DISPOSITIONS, DISPOSITION_TEXT)."""

    EMERGENCY_SERVICES = "emergency_services", _disposition_text(DISPOSITION_TEXT["emergency_services"])
    EMERGENCY = "emergency", _disposition_text(DISPOSITION_TEXT["emergency"])
    URGENT = "urgent", _disposition_text(DISPOSITION_TEXT["urgent"])
    ROUTINE = "routine", _disposition_text(DISPOSITION_TEXT["routine"])
    SELF_CARE = "self_care", _disposition_text(DISPOSITION_TEXT["self_care"])


class ResultKind(models.TextChoices):
    ACTIVE = "active", _("Active ruleset")
    SHADOW = "shadow", _("Shadow ruleset")
    OVERRIDE = "override", _("Clinician override")
