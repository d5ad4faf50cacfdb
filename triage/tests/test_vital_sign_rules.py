"""Vital-sign rules stated as tests: the level each measurement alone must give, written from the guidance.

The expected levels below come from the guidance, never from the rulesets or the reason tables:
  * NICE NG133 (hypertension in pregnancy) [M]: severe hypertension, 160/110 or more, means admission to hospital
    (go to an emergency department now; ED priority CTAS 2, "emergent"); a raised blood pressure of 140/90 or
    more, short of severe, means assessment in secondary care the same day (see a clinician today; CTAS 3,
    "urgent").
  * NICE NG136 (hypertension in adults) 1.5 [M]: a clinic blood pressure of 180/120 or more with symptoms or
    signs of accelerated hypertension (a new severe headache, vision changes, confusion) means same-day
    specialist assessment: a suspected hypertensive emergency, an ESI v5 decision point B high-risk situation,
    so the emergency department now at CTAS 2. Without them: tests for target organ damage as soon as possible,
    a clinician within 24 hours (urgent, CTAS 3).
  * NEWS2 (Royal College of Physicians 2017) clinical response [M]: an aggregate of 7 or more is high clinical
    risk (emergency response); 5 or 6 is medium risk (the key threshold for an urgent response); a score of 3 in
    a single parameter, aggregate below 5, needs an urgent ward-based response (a clinician today).
  * ESI v5 danger-zone vital signs, adult row (ENA 2023) [V]: heart rate over 100 or breathing rate over 20 a
    minute. NEWS2 is not validated in pregnancy, so a pregnant adult is checked against this row: above it, a
    clinician the same day; at it (100, 20), nothing.
  * ESI v5 danger-zone vital signs by age (Appendix B) [V]: a child breathing faster than the danger zone for
    their age -> "consider ESI 2" (respiratory distress): the emergency department now, at ESI/CTAS 2.
  * AHA PALS [M]: hypotension in a child aged 1 to 10 years is a systolic below 70 + 2 x age in years, so 72 on
    the first birthday; hypotension in a child is shock: call emergency services (CTAS 1).

Each patient has a complaint whose own baseline is self-care (a cough), no warning sign and no pain, so the
measurement alone decides the level.

Runs without Django or a database (the engine's public entry point: validate_answers + evaluate):
    .venv/bin/python -m pytest -p no:django --noconftest triage/tests/test_vital_sign_rules.py
"""

from __future__ import annotations

import pytest

from triage.engine import evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers

EMERGENCY_SERVICES, EMERGENCY, URGENT = "emergency_services", "emergency", "urgent"


def triage(measured: dict, *, complaint: str = "cough", age: float = 45, sex: str = "female", **extra):
    """One questionnaire, exactly as a patient's JSON answers would arrive."""
    answers = validate_answers(quiet_answers(age_years=age, sex=sex, complaint=complaint, vitals=measured, **extra))
    return evaluate(answers)


def reason(result, rule_id: str):
    matches = [r for r in result.reasons if r.rule_id == rule_id]
    assert matches, f"{rule_id} did not fire: {[r.rule_id for r in result.reasons]}"
    return matches[0]


# --- NICE NG133: blood pressure in pregnancy ---------------------------------------------------------------------


@pytest.mark.parametrize(("systolic", "diastolic"), [(145, 92), (158, 80), (120, 95), (140, 70), (110, 90)])
def test_pregnant_woman_with_blood_pressure_140_90_or_more_short_of_severe_sees_a_clinician_today_nice_ng133(
    systolic, diastolic
):
    """NICE NG133: raised blood pressure in pregnancy -> same-day assessment: urgent, CTAS 3, not the ED now."""
    result = triage({"systolic_bp": systolic, "diastolic_bp": diastolic}, pregnant=True)
    assert (result.acuity, result.disposition) == (3, URGENT)
    raised = reason(result, "pregnancy.htn.raised")
    assert (raised.acuity, raised.disposition) == (3, URGENT)


@pytest.mark.parametrize(("systolic", "diastolic"), [(165, 100), (150, 112), (160, 80), (120, 110)])
def test_pregnant_woman_with_blood_pressure_160_110_or_more_goes_to_hospital_now_nice_ng133(systolic, diastolic):
    """NICE NG133: severe hypertension in pregnancy -> admit: emergency department now, CTAS 2 (emergent). The
    reason that says so carries that level itself (it is what the patient and the ED see)."""
    result = triage({"systolic_bp": systolic, "diastolic_bp": diastolic}, pregnant=True)
    assert (result.acuity, result.disposition) == (2, EMERGENCY)
    severe = reason(result, "pregnancy.htn.severe")
    assert (severe.acuity, severe.disposition) == (2, EMERGENCY)
    assert result.reasons[0] == severe, "the most urgent reason is shown first"


# --- NICE NG136: severe hypertension in a non-pregnant adult ------------------------------------------------------


@pytest.mark.parametrize(("systolic", "diastolic"), [(185, 100), (170, 122), (180, 120)])
def test_non_pregnant_adult_with_180_120_or_more_and_no_symptoms_sees_a_clinician_within_24_hours_nice_ng136(
    systolic, diastolic
):
    """NICE NG136: 180/120 or more without symptoms -> tests for organ damage as soon as possible: urgent, CTAS 3."""
    result = triage({"systolic_bp": systolic, "diastolic_bp": diastolic}, age=60, sex="male")
    assert (result.acuity, result.disposition) == (3, URGENT)
    severe = reason(result, "nice.htn.severe")
    assert (severe.acuity, severe.disposition) == (3, URGENT)


def test_non_pregnant_adult_with_180_120_and_a_headache_is_sent_to_hospital_today_nice_ng136():
    """NICE NG136: 180/120 or more with symptoms (a headache) -> same-day specialist assessment: a suspected
    hypertensive emergency, ESI v5 B high risk -> emergency department now at CTAS 2."""
    result = triage({"systolic_bp": 180, "diastolic_bp": 120}, complaint="headache", age=60)
    assert (result.acuity, result.disposition) == (2, EMERGENCY)
    symptomatic = reason(result, "nice.htn.severe_symptomatic")
    assert (symptomatic.acuity, symptomatic.disposition) == (2, EMERGENCY)


# --- NEWS2 clinical response -----------------------------------------------------------------------------------


def test_news2_single_parameter_scoring_3_alone_needs_a_clinician_today_rcp_news2():
    """RCP NEWS2: breathing 26 a minute scores 3 (25 or more) with nothing else abnormal: aggregate 3, a red score
    in one parameter -> urgent ward-based response: a clinician today, CTAS 3."""
    result = triage({"respiratory_rate": 26}, sex="male")
    assert result.news2 == 3
    assert (result.acuity, result.disposition) == (3, URGENT)
    red = reason(result, "news2.single_parameter_3")
    assert (red.acuity, red.disposition) == (3, URGENT)


def test_news2_aggregate_7_is_high_risk_and_the_reason_says_an_emergency_response_rcp_news2():
    """RCP NEWS2: RR 25 (3) + HR 115 (2) + T 39.2 (2) = 7: high clinical risk, emergency response."""
    result = triage({"respiratory_rate": 25, "heart_rate": 115, "temperature_c": 39.2}, age=70, sex="male")
    assert result.news2 == 7
    assert result.disposition == EMERGENCY_SERVICES
    text = reason(result, "news2.aggregate_7_plus").text
    assert "high" in text and "emergency response" in text
    assert "medium" not in text and "urgent response" not in text


def test_news2_aggregate_5_is_medium_risk_and_the_reason_says_an_urgent_response_rcp_news2():
    """RCP NEWS2: RR 22 (2) + HR 105 (1) + SpO2 95 (1) + T 38.5 (1) = 5: medium clinical risk, urgent response."""
    result = triage({"respiratory_rate": 22, "heart_rate": 105, "spo2": 95, "temperature_c": 38.5}, age=70, sex="male")
    assert result.news2 == 5
    assert result.disposition == EMERGENCY
    text = reason(result, "news2.aggregate_5_plus").text
    assert "medium" in text and "urgent response" in text
    assert "high" not in text and "emergency response" not in text


# --- ESI v5 adult danger zone in pregnancy -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measured", "fires"),
    [
        pytest.param({"heart_rate": 100, "respiratory_rate": 20}, False, id="hr_100_rr_20_at_the_line"),
        pytest.param({"heart_rate": 100}, False, id="hr_100_is_not_over_100"),
        pytest.param({"respiratory_rate": 20}, False, id="rr_20_is_not_over_20"),
        pytest.param({"heart_rate": 101}, True, id="hr_101_is_over_100"),
        pytest.param({"respiratory_rate": 21}, True, id="rr_21_is_over_20"),
    ],
)
def test_pregnant_adult_over_the_esi_v5_adult_danger_zone_hr_100_rr_20_sees_a_clinician_today(measured, fires):
    """ESI v5 danger zone, adult row: HR > 100 or RR > 20 (strictly over) -> same-day review in pregnancy."""
    result = triage(measured, pregnant=True, age=30)
    ids = {r.rule_id for r in result.reasons}
    assert ("esi.danger_zone.pregnancy" in ids) is fires, sorted(ids)
    assert result.disposition == (URGENT if fires else "self_care")


@pytest.mark.parametrize(
    ("measured", "urgent_level"),
    [
        pytest.param({"diastolic_bp": 112}, (2, EMERGENCY), id="diastolic_112_is_severe"),
        pytest.param({"diastolic_bp": 95}, (3, URGENT), id="diastolic_95_is_raised"),
    ],
)
def test_pregnant_woman_with_only_a_diastolic_reading_is_judged_on_it_nice_ng133(measured, urgent_level):
    """NICE NG133 draws the lines on either number: a diastolic of 110 or more is severe, 90 or more raised, even
    when the systolic was not recorded."""
    result = triage(measured, pregnant=True)
    assert (result.acuity, result.disposition) == urgent_level


# --- ESI v5 danger zone in children; AHA PALS hypotension ----------------------------------------------------------


def test_child_of_2_breathing_70_a_minute_goes_to_the_emergency_department_now_esi_v5_danger_zone():
    """ESI v5 danger zone (any table's 1-3 year limit is far below 70) -> consider ESI 2, respiratory distress: the
    emergency department now, and the reason that says so carries that level itself."""
    result = triage({"respiratory_rate": 70}, age=2)
    assert (result.acuity, result.disposition) == (2, EMERGENCY)
    fast = reason(result, "esi.danger_zone.rr")
    assert (fast.acuity, fast.disposition) == (2, EMERGENCY)


@pytest.mark.parametrize(("systolic", "hypotensive"), [(71, True), (72, False)])
def test_child_on_their_first_birthday_is_hypotensive_below_72_aha_pals(systolic, hypotensive):
    """AHA PALS: 1-10 years, hypotension is a systolic below 70 + 2 x age; at 1 year exactly that is 72 (the
    infant line, 70, no longer applies). Hypotension in a child is shock: call emergency services."""
    result = triage({"systolic_bp": systolic}, age=1, sex="male")
    assert ("pals.hypotension" in {r.rule_id for r in result.reasons}) is hypotensive
    assert (result.disposition == EMERGENCY_SERVICES) is hypotensive
