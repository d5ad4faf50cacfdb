"""The adult vital-sign lines at their edges: the last value on each side of every threshold.

`make mutation-data` moved each of these ruleset thresholds by one and no test failed: the tests measured
values well inside or well outside. Each line below is the one its source (and the patient's own reason
text) states, and both sides of it are checked through the rule id the reading fires:
- CTAS hemodynamic compromise and the NEWS2 3-point bands: a top number of 90 or less, a pulse of 131 or
  more; below 80, profound hypotension (ESI v5 level 1; the number is the engine's, docs/triage.md);
- ESI v5 level 1, apnoeic or pulseless: a pulse of 30 or less, breathing 6 a minute or less (the engine's
  numbers for "pulseless" and "apnoeic", docs/triage.md);
- CTAS hypertension modifier: over 220/130 severe, 200/110 or more moderate;
- CTAS glucose modifier: below 3.0 or above 18.0 mmol/L.
"""

from __future__ import annotations

import pytest

from triage.engine import DEFAULT_RULESET, evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers


def fired(**vitals) -> set[str]:
    raw = quiet_answers(age_years=45, complaint="cough", vitals=vitals)
    return {reason.rule_id for reason in evaluate(validate_answers(raw), DEFAULT_RULESET).reasons}


@pytest.mark.parametrize(
    ("vitals", "fires", "does_not_fire"),
    [
        ({"systolic_bp": 79}, "ctas.hemo.profound_hypotension", "ctas.hemo.hypotension"),
        ({"systolic_bp": 80}, "ctas.hemo.hypotension", "ctas.hemo.profound_hypotension"),
        ({"systolic_bp": 90}, "ctas.hemo.hypotension", "ctas.hemo.profound_hypotension"),
        ({"heart_rate": 131}, "ctas.hemo.tachycardia", "esi.a.apnoea_pulseless"),
        ({"heart_rate": 30}, "esi.a.apnoea_pulseless", "ctas.hemo.tachycardia"),
        ({"respiratory_rate": 6}, "esi.a.apnoea_pulseless", "ctas.hemo.tachycardia"),
    ],
    ids=["sbp-79", "sbp-80", "sbp-90", "hr-131", "hr-30", "rr-6"],
)
def test_at_the_line_the_rule_fires(vitals, fires, does_not_fire):
    rules = fired(**vitals)
    assert fires in rules and does_not_fire not in rules, rules


@pytest.mark.parametrize(
    ("vitals", "quiet_rule"),
    [
        ({"systolic_bp": 91}, "ctas.hemo.hypotension"),
        ({"heart_rate": 130}, "ctas.hemo.tachycardia"),
        ({"heart_rate": 31}, "esi.a.apnoea_pulseless"),
        ({"respiratory_rate": 7}, "esi.a.apnoea_pulseless"),
    ],
    ids=["sbp-91", "hr-130", "hr-31", "rr-7"],
)
def test_one_step_inside_the_line_it_does_not(vitals, quiet_rule):
    assert quiet_rule not in fired(**vitals)


def _htn(systolic: int, diastolic: int) -> set[str]:
    return {rule for rule in fired(systolic_bp=systolic, diastolic_bp=diastolic) if rule.startswith("ctas.htn.")}


@pytest.mark.parametrize(
    ("systolic", "diastolic", "band"),
    [
        (199, 80, None),
        (200, 80, "ctas.htn.moderate"),
        (220, 80, "ctas.htn.moderate"),
        (221, 80, "ctas.htn.severe"),
        (150, 109, None),
        (150, 110, "ctas.htn.moderate"),
        (150, 130, "ctas.htn.moderate"),
        (150, 131, "ctas.htn.severe"),
    ],
)
def test_the_ctas_hypertension_bands_at_their_edges(systolic, diastolic, band):
    assert _htn(systolic, diastolic) == (set() if band is None else {band})


@pytest.mark.parametrize(
    ("glucose", "band"),
    [(2.9, "low"), (3.0, None), (18.0, None), (18.1, "high")],
)
def test_the_ctas_glucose_lines_at_their_edges(glucose, band):
    rules = {rule for rule in fired(blood_glucose_mmol_l=glucose) if rule.startswith("ctas.glucose.")}
    assert rules == (set() if band is None else {f"ctas.glucose.{band}"})
