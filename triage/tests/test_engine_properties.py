"""Property tests: any valid answers give a result; urgency is monotone in red flags, vital signs and pain.

"At least as urgent" means the acuity number does not rise and the disposition does not move
down the order emergency_services > emergency > urgent > routine > self_care.
"""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from triage.engine import (
    CANDIDATE_RULESET,
    COMPLAINTS,
    CONSCIOUSNESS_LEVELS,
    DEFAULT_RULESET,
    DISPOSITION_RANK,
    DISPOSITIONS,
    DURATIONS,
    ONSETS,
    PREVIOUS_RULESET,
    RULESETS,
    SEXES,
    Answers,
    Result,
    Vitals,
    complaint_by_code,
    evaluate,
    validate_answers,
)
from triage.engine.catalogue import VITALS
from triage.engine.complaints.common import REASSURING
from triage.engine.danger_signs import DANGER_SIGNS

CODES = sorted(c.code for c in COMPLAINTS)
SIGN_IDS = [s.id for s in DANGER_SIGNS]
VERSIONS = sorted(RULESETS)
# TRIAGE_PROPERTY_EXAMPLES=20000 for a deeper search before promoting a ruleset.
PROPS = settings(
    max_examples=int(os.environ.get("TRIAGE_PROPERTY_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_SPEC = {v.id: v for v in VITALS}


def _vital(key: str):
    spec = _SPEC[key]
    if spec.kind == "integer":
        return st.integers(int(spec.min), int(spec.max))
    if spec.kind == "number":
        return st.floats(spec.min, spec.max, allow_nan=False, allow_infinity=False)
    if spec.kind == "choice":
        return st.sampled_from([c for c, _ in spec.choices])
    return st.booleans()


@st.composite
def raw_vitals(draw, required: tuple[str, ...] = ()) -> dict:
    keys = draw(st.sets(st.sampled_from(sorted(_SPEC)))) | set(required)
    out = {k: draw(_vital(k)) for k in sorted(keys)}
    if "systolic_bp" in out and "diastolic_bp" in out and out["diastolic_bp"] >= out["systolic_bp"]:
        out["diastolic_bp"] = max(10, out["systolic_bp"] - 20)
    return out


@st.composite
def raw_answers(draw, vitals: bool | None = None, child_with_spo2: bool = False) -> dict:
    """A JSON-style questionnaire that a patient page could send and that must validate.

    child_with_spo2 draws only under-16s with an oxygen reading (drawn, not filtered, so the search stays wide).
    """
    c = complaint_by_code(draw(st.sampled_from(CODES)))
    sex = draw(st.sampled_from(c.sexes or SEXES))
    age = draw(st.one_of(st.floats(0, 1, allow_nan=False), st.floats(0, 120, allow_nan=False), st.integers(0, 120)))
    if c.tags & {"pregnancy", "postpartum"}:
        age = draw(st.floats(10, 60, allow_nan=False))
    if child_with_spo2:
        low = 10 if c.tags & {"pregnancy", "postpartum"} else 0
        age = draw(st.floats(low, 15.99, allow_nan=False))
    if "pregnancy" in c.tags:
        pregnant = draw(st.sampled_from([True, None]))
    elif sex == "male" or age < 10:
        pregnant = draw(st.sampled_from([False, None]))
    else:
        pregnant = draw(st.sampled_from([True, False, None]))
    raw = {
        "age_years": age,
        "sex": sex,
        "complaint": c.code,
        "pain": draw(st.integers(0, 10)),
        "onset": draw(st.sampled_from(ONSETS)),
        "duration": draw(st.sampled_from(DURATIONS)),
        "red_flags": draw(
            st.dictionaries(st.sampled_from([f.id for f in c.red_flags]), st.one_of(st.booleans(), st.none()))
        ),
        "pregnant": pregnant,
        "danger_signs": draw(st.dictionaries(st.sampled_from(SIGN_IDS), st.one_of(st.booleans(), st.none()))),
    }
    for key in (
        "immunocompromised",
        "anticoagulants",
        "diabetes",
        "known_recurrent",
        "immunizations_incomplete",
        "home_treatment_failed",
    ):
        if draw(st.booleans()):
            raw[key] = draw(st.booleans())
    with_vitals = draw(st.booleans()) if vitals is None else vitals
    if with_vitals or child_with_spo2:
        raw["vitals"] = draw(raw_vitals(("spo2",) if child_with_spo2 else ()))
    return raw


def answers(vitals: bool | None = None, child_with_spo2: bool = False):
    return raw_answers(vitals, child_with_spo2).map(validate_answers)


def at_least_as_urgent(worse: Result, base: Result) -> bool:
    return worse.acuity <= base.acuity and DISPOSITION_RANK[worse.disposition] >= DISPOSITION_RANK[base.disposition]


def _explain(base: Result, worse: Result) -> str:
    return (
        f"{base.acuity}/{base.disposition} {[r.rule_id for r in base.reasons]} -> "
        f"{worse.acuity}/{worse.disposition} {[r.rule_id for r in worse.reasons]}"
    )


@PROPS
@given(answers(), st.sampled_from(VERSIONS))
def test_any_valid_answers_give_a_consistent_result(a: Answers, version: str):
    r = evaluate(a, version)
    assert 1 <= r.acuity <= 5 and r.disposition in DISPOSITIONS
    assert r.reasons and r.ruleset_version == version and r.escalation_advice
    assert r.time_to_clinician_minutes == {1: 0, 2: 15, 3: 30, 4: 60, 5: 120}[r.acuity]
    assert min(x.acuity for x in r.reasons) >= r.acuity
    assert all(DISPOSITION_RANK[x.disposition] <= DISPOSITION_RANK[r.disposition] for x in r.reasons if x.disposition)
    if r.acuity == 1:
        assert r.disposition == "emergency_services"
    if r.disposition == "emergency_services":
        assert r.acuity <= 2
    if r.news2 is not None:
        assert a.age_years >= 16 and a.vitals is not None


@PROPS
@given(st.data(), answers(), st.sampled_from(VERSIONS))
def test_adding_a_red_flag_never_lowers_urgency(data, a: Answers, version: str):
    c = complaint_by_code(a.complaint)
    # A reassuring question (a benign pattern) is the one "yes" meant to lower: test_reassurance.py covers it.
    candidates = [f.id for f in c.red_flags if not a.red_flags.get(f.id) and REASSURING not in f.tags]
    assume(candidates)
    fid = data.draw(st.sampled_from(candidates))
    worse = replace(a, red_flags={**a.red_flags, fid: True})
    base_r, worse_r = evaluate(a, version), evaluate(worse, version)
    assert at_least_as_urgent(worse_r, base_r), _explain(base_r, worse_r)


@PROPS
@given(st.data(), answers(), st.sampled_from(VERSIONS))
def test_adding_a_danger_sign_never_lowers_urgency(data, a: Answers, version: str):
    candidates = [sid for sid in SIGN_IDS if not a.danger_signs.get(sid)]
    assume(candidates)
    sid = data.draw(st.sampled_from(candidates))
    worse = replace(a, danger_signs={**a.danger_signs, sid: True})
    base_r, worse_r = evaluate(a, version), evaluate(worse, version)
    assert at_least_as_urgent(worse_r, base_r), _explain(base_r, worse_r)


@PROPS
@given(answers(), st.integers(1, 10), st.sampled_from(VERSIONS))
def test_more_pain_never_lowers_urgency(a: Answers, extra: int, version: str):
    assume(a.pain < 10)
    worse = replace(a, pain=min(10, a.pain + extra))
    base_r, worse_r = evaluate(a, version), evaluate(worse, version)
    assert at_least_as_urgent(worse_r, base_r), _explain(base_r, worse_r)


# Direction of "worse" for each measurement: away from a normal centre, within the plausible range.
_CENTRE = {
    "heart_rate": 75,
    "respiratory_rate": 16,
    "systolic_bp": 120,
    "diastolic_bp": 75,
    "temperature_c": 37.0,
    "blood_glucose_mmol_l": 6.0,
}


def _worsen(v: Vitals, key: str, step: float) -> Vitals:
    spec = _SPEC[key]
    value = getattr(v, key)
    if key == "consciousness":
        i = CONSCIOUSNESS_LEVELS.index(value or "alert")
        return replace(v, consciousness=CONSCIOUSNESS_LEVELS[min(len(CONSCIOUSNESS_LEVELS) - 1, i + 1)])
    if key == "supplemental_oxygen":
        return replace(v, supplemental_oxygen=True)
    # NEWS2 Scale 2 on oxygen scores both too low and too high saturation: worse = away from the 88-92 band.
    spo2_up = bool(v.spo2_scale2 and v.supplemental_oxygen and value >= 90)
    up = spo2_up if key == "spo2" else value >= _CENTRE[key]
    new = min(spec.max, max(spec.min, value + step if up else value - step))
    return replace(v, **{key: round(new) if spec.kind == "integer" else new})


_WORSENABLE = sorted(set(_CENTRE) | {"spo2", "consciousness", "supplemental_oxygen"})


@PROPS
@given(st.data(), answers(vitals=True), st.sampled_from(_WORSENABLE), st.floats(0.1, 150), st.sampled_from(VERSIONS))
def test_a_worse_vital_sign_never_lowers_urgency(data, a: Answers, key: str, step: float, version: str):
    v = a.vitals
    if getattr(v, key) is None:
        v = replace(v, **{key: data.draw(_vital(key))})
    base = replace(a, vitals=v)
    worse = replace(a, vitals=_worsen(v, key, step))
    base_r, worse_r = evaluate(base, version), evaluate(worse, version)
    assert at_least_as_urgent(worse_r, base_r), (
        key,
        getattr(v, key),
        getattr(worse.vitals, key),
        _explain(base_r, worse_r),
    )


@PROPS
# spo2_scale2 is not a measurement but a prescribed target (NEWS2 Scale 2): for an adult with COPD it reads a
# saturation of 84-87 % as less alarming by design, so it is left out here (children ignore it, tested below).
@given(st.data(), answers(), st.sampled_from(sorted(set(_SPEC) - {"spo2_scale2"})), st.sampled_from(VERSIONS))
def test_adding_a_measurement_never_lowers_urgency(data, a: Answers, key: str, version: str):
    v = a.vitals or Vitals()
    assume(getattr(v, key) is None)
    value = data.draw(_vital(key))
    if key == "diastolic_bp" and v.systolic_bp is not None:
        assume(value < v.systolic_bp)
    base_r = evaluate(a, version)
    worse_r = evaluate(replace(a, vitals=replace(v, **{key: value})), version)
    assert at_least_as_urgent(worse_r, base_r), (key, value, _explain(base_r, worse_r))


@PROPS
@given(answers())
def test_each_version_only_adds_urgency_within_the_first_week(a: Answers):
    """2025.12-candidate adds a rule and tightens thresholds over 2025.11; 2026.12 adds danger signs, clot-risk
    rules and complaint thresholds. Lower results come only from day 7 on (each complaint's own cited
    threshold replaced the global 7-day rule) or from a known problem that is as usual."""
    assume(a.duration_days < 7)
    # A known problem "as usual" may start lower from 2026.12 (complaint.usual_episode), by design.
    assume(not (a.known_recurrent and complaint_by_code(a.complaint).usual_episode is not None))
    # A "yes" to a reassuring question (a benign pattern its guidance sends home) may too, from 2026.12-cat5.
    assume(not any(a.red_flags.get(f.id) for f in complaint_by_code(a.complaint).red_flags if REASSURING in f.tags))
    # An alert adult with diabetes self-treats a low reading from 2026.12 (nhs.uk hypoglycaemia), by design.
    assume(not (a.diabetes and a.vitals is not None and (a.vitals.blood_glucose_mmol_l or 99) < 3.0))
    # NICE NG143 (2026.12): a child's temperature of 39 °C or more is no longer urgent on its height alone, and
    # 3-6 months with 39 °C is amber rather than red; by design.
    assume(not (a.age_years < 18 and a.vitals is not None and (a.vitals.temperature_c or 0) >= 39.0))
    previous, candidate, current = (evaluate(a, v) for v in (PREVIOUS_RULESET, CANDIDATE_RULESET, DEFAULT_RULESET))
    assert at_least_as_urgent(candidate, previous), _explain(previous, candidate)
    assert at_least_as_urgent(current, candidate), _explain(candidate, current)


@PROPS
@given(answers())
def test_answers_round_trip_through_as_dict(a: Answers):
    assert validate_answers(a.as_dict()) == a
    assert evaluate(validate_answers(a.as_dict())) == evaluate(a)


@PROPS
@given(answers(child_with_spo2=True), st.sampled_from(VERSIONS))
def test_a_prescribed_oxygen_target_never_lowers_a_childs_urgency(a: Answers, version: str):
    """NEWS2 Scale 2 is validated for adults only [V]: for a child it must change nothing."""
    assert a.age_years < 16 and a.vitals.spo2 is not None
    with_target = replace(a, vitals=replace(a.vitals, spo2_scale2=True))
    without = replace(a, vitals=replace(a.vitals, spo2_scale2=False))
    assert evaluate(with_target, version).disposition == evaluate(without, version).disposition
