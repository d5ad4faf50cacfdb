"""The questionnaire catalogue: complaint groups, chief complaints, red flags, general questions, vitals.

The groups follow the 17 CEDIS-style presenting-complaint groups that CTAS is built on
(group names [M] from the standards file). The complaint list is our own: it is NOT the
CEDIS v4 list and makes no claim of CEDIS compatibility.

catalogue_as_dict() is served verbatim by the API, so the patient pages and integrators
render exactly the questionnaire the engine evaluates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .complaints import (
    cardio_resp,
    ent_eye,
    general_env,
    gi,
    gu,
    msk_trauma,
    neuro_mental,
    obgyn,
    paediatric,
    skin,
)
from .complaints.common import GROUPS, REASSURING, Complaint, RedFlag
from .danger_signs import DANGER_SIGNS, NOT_SURE, covered_signs, danger_sign_dict, signs_to_ask
from .rulesets import DEFAULT_RULESET, RULESETS
from .search import ComplaintSearch
from .types import CONSCIOUSNESS_LEVELS, DISPOSITIONS, DURATIONS, ONSETS, SEXES, R, U
from .wording import voices

CATALOGUE_VERSION = "2026.12-cat6"

# CTAS time-to-physician objectives by level [M] (Bullard et al.; CAEP).
CTAS_LEVELS: Mapping[int, tuple[str, int]] = MappingProxyType(
    {1: ("Resuscitation", 0), 2: ("Emergent", 15), 3: ("Urgent", 30), 4: ("Less urgent", 60), 5: ("Non-urgent", 120)}
)

# The one wording of each disposition: the result page's headline, history, emails, API display fields and
# the admin all use it (triage.choices, triage.presentation). The result page names the local number.
DISPOSITION_TEXT: Mapping[str, str] = MappingProxyType(
    {
        "emergency_services": "Call emergency services now",
        "emergency": "Go to an emergency department now",
        "urgent": "See a nurse or doctor today",
        "routine": "Book an appointment with a nurse or doctor",
        "self_care": "You can look after this at home",
    }
)


@dataclass(frozen=True, slots=True)
class VitalSpec:
    id: str
    label: str
    unit: str
    kind: str  # "integer" | "number" | "choice" | "boolean"
    min: float | None = None
    max: float | None = None
    choices: tuple[tuple[str, str], ...] = ()
    help: str = ""


# Plausible ranges reject typing errors, not sick patients: 0 is allowed for heart and breathing
# rate because a carer may report "no pulse" or "not breathing" (ESI v5 decision point A).
VITALS: tuple[VitalSpec, ...] = (
    # Labels in plain words, each with where the number comes from and what its unit means (issue 10).
    VitalSpec(
        "heart_rate",
        "Pulse (heartbeats in one minute)",
        "beats a minute",
        "integer",
        0,
        300,
        help="From a blood-pressure monitor or watch, or count the beats for 30 seconds and double it.",
    ),
    VitalSpec(
        "respiratory_rate",
        "Breaths in one minute",
        "breaths a minute",
        "integer",
        0,
        120,
        help="Count for a full minute while resting; one breath in and out counts as one.",
    ),
    VitalSpec(
        "systolic_bp",
        "Blood pressure: the top (larger) number",
        "mmHg",
        "integer",
        30,
        300,
        help="From a home blood-pressure monitor: 120 in a reading of 120/80.",
    ),
    VitalSpec(
        "diastolic_bp",
        "Blood pressure: the bottom (smaller) number",
        "mmHg",
        "integer",
        10,
        200,
        help="80 in a reading of 120/80.",
    ),
    VitalSpec(
        "spo2",
        "Oxygen level from a finger clip (pulse oximeter)",
        "%",
        "integer",
        40,
        100,
        help="The number marked SpO2, usually between 94 and 100.",
    ),
    VitalSpec(
        "temperature_c",
        "Temperature",
        "°C",
        "number",
        25.0,
        45.0,
        help="From a thermometer, in degrees Celsius: about 37 is normal, 38 or more is a fever.",
    ),
    VitalSpec(
        "blood_glucose_mmol_l",
        "Blood sugar",
        "mmol/L",
        "number",
        0.5,
        60.0,
        help="From a finger-prick meter. mg/dL ÷ 18 = mmol/L.",
    ),
    VitalSpec(
        "consciousness",
        "How alert is the person?",
        "",
        "choice",
        choices=(
            ("alert", "Fully awake and alert"),
            ("new_confusion", "Newly confused or muddled"),
            ("voice", "Drowsy: only responds when spoken to"),
            ("pain", "Only responds to pain (e.g. a pinch)"),
            ("unresponsive", "Does not respond at all"),
        ),
    ),
    VitalSpec("supplemental_oxygen", "Using prescribed oxygen right now?", "", "boolean"),
    VitalSpec("spo2_scale2", "Has a doctor set an oxygen target of 88-92% (e.g. for COPD)?", "", "boolean"),
)
VITALS_BY_ID: Mapping[str, VitalSpec] = MappingProxyType({v.id: v for v in VITALS})
assert tuple(c for c, _ in VITALS_BY_ID["consciousness"].choices) == CONSCIOUSNESS_LEVELS

# A yes/no about a risk (immune system, blood thinners, diabetes): "not sure" reads as "may be" (rules.py), and
# the result's notes say so.
_RISK_YES_NO: dict[str, Any] = {
    "type": "boolean",
    "required": False,
    "default": False,
    "allow_unknown": True,
    "help": "If you are not sure, say so: we will assume it may apply, which can make the advice more urgent.",
    "screen": "health",
}

GENERAL_QUESTIONS: tuple[dict[str, Any], ...] = (
    {
        "id": "age_years",
        "question": "Age in years",
        "type": "number",
        "min": 0,
        "max": 120,
        "required": True,
        "source": "patient_profile",
    },
    {
        "id": "sex",
        "question": "What sex were you assigned at birth?",
        "type": "choice",
        "required": True,
        "source": "patient_profile",  # asked at sign-up (or when a dependant is added), never again
        "choices": [
            {"value": "female", "label": "Female"},
            {"value": "male", "label": "Male"},
            {"value": "other", "label": "Other / prefer not to say"},
        ],
    },
    {
        "id": "pregnant",
        "question": "Are you pregnant, or could you be?",
        "type": "boolean",
        "required": False,
        "allow_unknown": True,
        "asked_when": {"sex": ["female", "other"], "min_age_years": 10},
        "screen": "health",
    },
    {
        "id": "pain",
        "question": "How bad is the pain or discomfort right now, from 0 (none) to 10 (worst imaginable)?",
        "type": "integer",
        "min": 0,
        "max": 10,
        "required": True,
        "screen": "problem",
    },
    {
        "id": "onset",
        "question": "How did it start?",
        "type": "choice",
        "required": True,
        "choices": [
            {"value": "sudden", "label": "Suddenly (within seconds or minutes)"},
            {"value": "gradual", "label": "Gradually (over hours or days)"},
        ],
        "screen": "problem",
    },
    {
        "id": "duration",
        "question": "How long have you had it?",
        "type": "choice",
        "required": True,
        "choices": [
            {"value": "lt_1h", "label": "Less than 1 hour"},
            {"value": "1_24h", "label": "1 to 24 hours"},
            {"value": "1_2d", "label": "1 to 2 days"},
            {"value": "3_6d", "label": "3 to 6 days"},
            {"value": "1_2w", "label": "1 to 2 weeks"},
            {"value": "2_3w", "label": "2 to 3 weeks"},
            {"value": "gt_3w", "label": "More than 3 weeks"},
        ],
        "screen": "problem",
    },
    {
        "id": "known_recurrent",
        "question": "Have you had this same problem before, been told what it is, and does it feel the same as usual?",
        "type": "boolean",
        "required": False,
        "default": False,
        "allow_unknown": True,  # "not sure" is not a known, usual problem: the usual baseline does not apply
        "screen": "problem",
    },
    {
        "id": "immunocompromised",
        # NICE NG51 [V]: an impaired immune system "because of illness or drugs"; medicines that can stop the
        # bone marrow making white cells (BNF/MHRA warnings for carbimazole, methotrexate, clozapine [M])
        # make a sore throat or fever an emergency.
        "question": "Is your immune system weakened (for example chemotherapy, an organ transplant, "
        "high-dose steroids, no spleen, or untreated HIV), or do you take a medicine that can lower "
        "your white blood cells (such as methotrexate, carbimazole or clozapine)?",
        **_RISK_YES_NO,
    },
    {
        "id": "anticoagulants",
        "question": "Do you take blood-thinning medicine (such as warfarin, apixaban or "
        "rivaroxaban) or have a bleeding disorder such as haemophilia?",
        **_RISK_YES_NO,
    },
    {
        "id": "diabetes",
        "question": "Do you have diabetes?",
        **_RISK_YES_NO,
    },
    {
        "id": "home_treatment_failed",
        "question": "Have you already tried treating this at home (for example with pharmacy medicines or the usual "
        "self-care), and it has not got better?",
        "type": "boolean",
        "required": False,
        "allow_unknown": True,
        "asked_when": {"self_care_first": True},
        "screen": "problem",
    },
    {
        "id": "immunizations_incomplete",
        "question": "Has the child missed any routine vaccinations?",
        "type": "boolean",
        "required": False,
        "allow_unknown": True,
        "asked_when": {"max_age_years": 18},
        "screen": "health",
    },
)
# Every question the patient answers sits on one of the two short "about" screens (the profile gives the rest).
assert all(q.get("screen") in ("problem", "health") for q in GENERAL_QUESTIONS if q.get("source") != "patient_profile")
assert [c["value"] for q in GENERAL_QUESTIONS if q["id"] == "sex" for c in q["choices"]] == list(SEXES)
assert [c["value"] for q in GENERAL_QUESTIONS if q["id"] == "onset" for c in q["choices"]] == list(ONSETS)
assert [c["value"] for q in GENERAL_QUESTIONS if q["id"] == "duration" for c in q["choices"]] == list(DURATIONS)

COMPLAINTS: tuple[Complaint, ...] = (
    *cardio_resp.COMPLAINTS,
    *ent_eye.COMPLAINTS,
    *gi.COMPLAINTS,
    *gu.COMPLAINTS,
    *obgyn.COMPLAINTS,
    *neuro_mental.COMPLAINTS,
    *msk_trauma.COMPLAINTS,
    *skin.COMPLAINTS,
    *general_env.COMPLAINTS,
    *paediatric.COMPLAINTS,
)
COMPLAINTS_BY_CODE: Mapping[str, Complaint] = MappingProxyType({c.code: c for c in COMPLAINTS})
FLAGS_BY_COMPLAINT: Mapping[str, Mapping[str, RedFlag]] = MappingProxyType(
    {c.code: MappingProxyType({f.id: f for f in c.red_flags}) for c in COMPLAINTS}
)


def _check_integrity() -> None:
    """Fail at import, not at triage time, if the data is inconsistent."""
    assert len(COMPLAINTS_BY_CODE) == len(COMPLAINTS), "duplicate complaint code"
    slug = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
    for c in COMPLAINTS:
        assert slug.match(c.code), c.code
        assert c.red_flags, f"{c.code}: every complaint has its own red-flag questions"
        assert len(FLAGS_BY_COMPLAINT[c.code]) == len(c.red_flags), f"{c.code}: duplicate flag id"
        assert c.baseline_disposition in DISPOSITIONS and 1 <= c.baseline_acuity <= 5
        for f in c.red_flags:
            assert slug.match(f.id), f.id
            assert f.question.endswith("?"), f.id
            assert (f.acuity is None) == (f.disposition is None), f.id
            # A reassuring question chooses between the baseline and self-care: it belongs to a complaint
            # whose baseline is a clinician's review (never an emergency), and is asked after its warnings.
            if REASSURING in f.tags:
                assert f.disposition is None and c.baseline_disposition in (U, R), f.id
                assert all(REASSURING in g.tags for g in c.red_flags[c.red_flags.index(f) :]), f.id
    assert {c.group for c in COMPLAINTS} == set(GROUPS), "every group has complaints"
    for c in COMPLAINTS:
        for p in c.persistence:
            assert p.disposition in DISPOSITIONS and 1 <= p.acuity <= 5, c.code


_check_integrity()


def complaint_by_code(code: str) -> Complaint | None:
    """The complaint with this code, or None (e.g. a code from an older catalogue version)."""
    return COMPLAINTS_BY_CODE.get(code) if isinstance(code, str) else None


def search_complaints(query: str, limit: int = 10) -> list[Complaint]:
    """The complaints that best match a patient's own words (see search.py)."""
    return _SEARCH.search(query, limit)


_SEARCH = ComplaintSearch(COMPLAINTS)


def danger_signs_for(code: str, age_years: float) -> list[dict[str, Any]]:
    """The danger-sign checklist for this complaint and age (empty for an unknown complaint)."""
    c = complaint_by_code(code)
    levels = RULESETS[DEFAULT_RULESET].danger_signs
    return [] if c is None else [danger_sign_dict(s, levels) for s in signs_to_ask(c, age_years)]


PREGNANCY_ONLY = "pregnancy_only"


def _general_question_dict(q: Mapping[str, Any]) -> dict[str, Any]:
    out = {**q, **voices(q["question"])}
    if "choices" in q:
        out["choices"] = [dict(c) for c in q["choices"]]
    return out


def _flag_dict(f: RedFlag) -> dict[str, Any]:
    return {
        "id": f.id,
        "question": f.question,
        **voices(f.question),
        "sign": f.sign,
        "acuity": f.acuity,
        "disposition": f.disposition,
        "source": f.source,
        "records": sorted(t for t in f.tags if t == "fever"),
        # Asked only when the person could be pregnant: never shown to someone who said they are male.
        "for_sexes": ["female", "other"] if PREGNANCY_ONLY in f.tags else None,
        # A benign pattern (rules.evaluate): "not sure" must be answered "no", unlike a warning question.
        "reassuring": REASSURING in f.tags,
        "min_age_years": f.min_age_years,
        "max_age_years": f.max_age_years,
    }


def _complaint_dict(c: Complaint) -> dict[str, Any]:
    return {
        "code": c.code,
        "label": c.label,
        "group": c.group,
        "synonyms": list(c.synonyms),
        "sexes": list(c.sexes) if c.sexes else None,
        "pain_site": c.site,
        "baseline": {
            "acuity": c.baseline_acuity,
            "disposition": c.baseline_disposition,
            "text": c.baseline_text,
            "source": c.baseline_source,
        },
        "self_care_possible": c.self_care_possible,
        "self_care_first": bool(c.self_care_first),
        "routine_possible": c.routine_possible,
        "red_flags": [_flag_dict(f) for f in c.red_flags],
        "danger_signs_covered": sorted(covered_signs(c)),
    }


@dataclass(frozen=True, slots=True)
class Catalogue:
    version: str
    groups: tuple[str, ...]
    complaints: tuple[Complaint, ...]
    by_code: Mapping[str, Complaint]
    vitals: tuple[VitalSpec, ...]

    def complaint(self, code: str) -> Complaint | None:
        return self.by_code.get(code)

    def as_dict(self) -> dict[str, Any]:
        return catalogue_as_dict()


CATALOGUE = Catalogue(CATALOGUE_VERSION, GROUPS, COMPLAINTS, COMPLAINTS_BY_CODE, VITALS)


def catalogue_as_dict() -> dict[str, Any]:
    """A fresh JSON-serialisable copy of the whole questionnaire (callers may mutate it)."""
    return {
        "version": CATALOGUE_VERSION,
        "notice": "Complaint groups follow the 17 CEDIS-style groups used by CTAS; the complaint list is this "
        "service's own and is not CEDIS-compatible. This questionnaire is not a validated medical device.",
        "groups": [{"name": g, "complaints": [c.code for c in COMPLAINTS if c.group == g]} for g in GROUPS],
        "general_questions": [_general_question_dict(q) for q in GENERAL_QUESTIONS],
        "vitals": [
            {
                "id": v.id,
                "label": v.label,
                "unit": v.unit,
                "type": v.kind,
                "min": v.min,
                "max": v.max,
                "choices": [{"value": a, "label": b} for a, b in v.choices],
                "help": v.help,
                "required": False,
            }
            for v in VITALS
        ],
        "danger_signs": {
            "question": "Is any of these happening now? Tick all that apply.",
            "none_label": "None of these",
            "rule": "Ask once, whatever the complaint: every sign whose age range includes the patient, "
            "less the complaint's danger_signs_covered.",
            "signs": [danger_sign_dict(s, RULESETS[DEFAULT_RULESET].danger_signs) for s in DANGER_SIGNS],
            "not_sure": danger_sign_dict(NOT_SURE),
        },
        "complaints": [_complaint_dict(c) for c in COMPLAINTS],
        "dispositions": [{"value": d, "text": DISPOSITION_TEXT[d]} for d in DISPOSITIONS],
        "acuity_levels": [
            {"level": k, "name": name, "time_to_clinician_minutes": minutes}
            for k, (name, minutes) in CTAS_LEVELS.items()
        ],
    }
