"""Value types of the triage engine: what goes in (Answers) and what comes out (Result).

Pure Python, no Django: the engine must be testable and reviewable on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

# Most urgent first. Monotonicity and "err toward the more urgent level" both
# compare dispositions through DISPOSITION_RANK (higher = more urgent).
DISPOSITIONS: tuple[str, ...] = (
    "emergency_services",
    "emergency",
    "urgent",
    "routine",
    "self_care",
)
DISPOSITION_RANK: Mapping[str, int] = MappingProxyType(
    {d: len(DISPOSITIONS) - 1 - i for i, d in enumerate(DISPOSITIONS)}
)
ES, E, U, R, S = DISPOSITIONS

CONSCIOUSNESS_LEVELS: tuple[str, ...] = ("alert", "new_confusion", "voice", "pain", "unresponsive")
SEXES: tuple[str, ...] = ("female", "male", "other")
ONSETS: tuple[str, ...] = ("sudden", "gradual")
# Duration bands the questionnaire offers. Their edges (2 days, 1 week, 2 weeks, 3 weeks) are where the
# complaint-specific guidance thresholds fall (e.g. NHS: vomiting for more than 2 days; nhs.uk sprains:
# see a GP if not better after 2 weeks; NICE NG120: a cough lasting more than 3 weeks), so each
# complaint's persistence rule can be exact.
DURATIONS: tuple[str, ...] = ("lt_1h", "1_24h", "1_2d", "3_6d", "1_2w", "2_3w", "gt_3w")
# Bands of earlier catalogues, still accepted so that stored answers and older clients evaluate: "1_7d" and
# "gt_7d" (2025.11), "1_3w" (2026.12-cat2).
LEGACY_DURATIONS: tuple[str, ...] = ("1_7d", "gt_7d", "1_3w")
# (first day, last day) a band covers, in whole days since it began; None = open-ended.
DURATION_DAYS: Mapping[str, tuple[int, int | None]] = MappingProxyType(
    {
        "lt_1h": (0, 0),
        "1_24h": (0, 0),
        "1_2d": (1, 2),
        "3_6d": (3, 6),
        "1_2w": (7, 13),
        "2_3w": (14, 20),
        "gt_3w": (21, None),
        # Read from day 14, the urgent side of a band that straddles the 2-week edge: an answer given under
        # catalogue 2026.12-cat2 still fires the 2-week rules, as it did then.
        "1_3w": (14, 20),
        "1_7d": (1, 7),
        "gt_7d": (8, None),
    }
)

_EMPTY: Mapping[str, bool] = MappingProxyType({})


def more_urgent(a: str, b: str) -> str:
    """The more urgent of two dispositions."""
    return a if DISPOSITION_RANK[a] >= DISPOSITION_RANK[b] else b


@dataclass(frozen=True, slots=True)
class Vitals:
    """Optional measurements. None means "not measured", never "normal"."""

    heart_rate: int | None = None  # beats/min
    respiratory_rate: int | None = None  # breaths/min
    systolic_bp: int | None = None  # mmHg
    diastolic_bp: int | None = None  # mmHg (CTAS hypertension modifier uses SBP or DBP)
    spo2: int | None = None  # %
    temperature_c: float | None = None
    consciousness: str | None = None  # ACVPU, see CONSCIOUSNESS_LEVELS
    supplemental_oxygen: bool | None = None
    spo2_scale2: bool | None = None  # prescribed SpO2 target 88-92 % (NEWS2 Scale 2)
    blood_glucose_mmol_l: float | None = None  # CTAS 2nd-order glucose modifier

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


@dataclass(frozen=True, slots=True)
class Answers:
    """A validated questionnaire. Build it with validate_answers() from untrusted input."""

    age_years: float
    sex: str
    complaint: str
    pain: int = 0
    onset: str = "gradual"
    duration: str = "1_24h"
    red_flags: Mapping[str, bool] = field(default_factory=lambda: _EMPTY)
    # Cross-complaint danger signs (danger_signs.py), asked once whatever the complaint.
    danger_signs: Mapping[str, bool] = field(default_factory=lambda: _EMPTY)
    pregnant: bool | None = None  # None = not asked / not sure
    # For these four, None is "not sure" (sent as null); left out is False.
    immunocompromised: bool | None = False
    anticoagulants: bool | None = False  # blood thinners or a bleeding disorder (CTAS bleeding-disorder modifier)
    diabetes: bool | None = False
    known_recurrent: bool | None = False  # same problem before and it feels as usual (CTAS chronic pain)
    immunizations_incomplete: bool | None = None  # asked for children (ESI v5 paediatric fever)
    stopped_early: bool = False  # sent at an emergency answer, before the remaining questions
    home_treatment_failed: bool | None = None  # tried treating it at home and it has not helped (None: not sure)
    vitals: Vitals | None = None

    def __post_init__(self) -> None:
        for name in ("red_flags", "danger_signs"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                object.__setattr__(self, name, MappingProxyType(dict(value)))

    @property
    def age_days(self) -> float:
        return self.age_years * 365.25

    @property
    def duration_days(self) -> int:
        """The fewest whole days the problem has lasted (the start of its band; for "1_3w" see above)."""
        return DURATION_DAYS[self.duration][0]

    def as_dict(self) -> dict[str, Any]:
        """JSON-serialisable form that validate_answers() accepts back unchanged."""
        out: dict[str, Any] = {
            "age_years": self.age_years,
            "sex": self.sex,
            "complaint": self.complaint,
            "pain": self.pain,
            "onset": self.onset,
            "duration": self.duration,
            "red_flags": dict(self.red_flags),
            "danger_signs": dict(self.danger_signs),
            "pregnant": self.pregnant,
            "immunocompromised": self.immunocompromised,
            "anticoagulants": self.anticoagulants,
            "diabetes": self.diabetes,
            "known_recurrent": self.known_recurrent,
            "immunizations_incomplete": self.immunizations_incomplete,
        }
        if self.stopped_early:
            out["stopped_early"] = True
        if self.home_treatment_failed is not None:
            out["home_treatment_failed"] = self.home_treatment_failed
        if self.vitals is not None:
            out["vitals"] = self.vitals.as_dict()
        return out


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired: plain-language text, its standard, and the level it implies."""

    rule_id: str
    text: str
    source: str
    acuity: int
    disposition: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "text": self.text,
            "source": self.source,
            "acuity": self.acuity,
            "disposition": self.disposition,
        }


@dataclass(frozen=True, slots=True)
class Result:
    acuity: int  # 1 resuscitation ... 5 non-urgent (CTAS-like)
    disposition: str
    reasons: tuple[Reason, ...]  # most urgent first
    news2: int | None
    ruleset_version: str
    time_to_clinician_minutes: int  # CTAS time-to-physician objective for the acuity
    escalation_advice: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())  # how uncertainty was handled

    def as_dict(self) -> dict[str, Any]:
        return {
            "acuity": self.acuity,
            "disposition": self.disposition,
            "reasons": [r.as_dict() for r in self.reasons],
            "news2": self.news2,
            "ruleset_version": self.ruleset_version,
            "time_to_clinician_minutes": self.time_to_clinician_minutes,
            "escalation_advice": list(self.escalation_advice),
            "notes": list(self.notes),
        }
