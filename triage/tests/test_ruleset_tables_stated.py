"""The active ruleset's numeric tables, stated from their standards, at both sides of every edge.

Every expected number and level below is written from the cited standard (or, where the standard gives no
home-setting disposition, from the engine's choice as docs/triage.md states it), never read from
triage/engine/rulesets.py. Each edge is checked one step inside and one step outside, so that moving a number
of the active ruleset by one (the constant-mutation pass, tests/constant_mutants.py) fails a test here.

Sources (triage-standards.md; checked with the search corpus where marked):
  * ESI v5 (ENA 2023) Appendix B danger-zone vital signs [V], "HR >" / "RR >" by age:
        < 1 month 190/60; 1-12 months 180/55; 1-3 y 140/40; 3-5 y 120/35; 5-12 y 120/30; 12-18 y 100/20.
  * ESI v4 (AHRQ 2012) decision point D [V: AHRQ archive, "HR/RR: <3 m >180/>50; 3 m-3 y >160/>40;
    3-8 y >140/>30; >8 y >100/>20"]. Since 2025.12-candidate the engine uses the STRICTER of the two at every
    age (docs/triage.md, "Rulesets"), so the limit a child is held to is the lower of the two:
        < 3 months 180/50 (v4); 3-12 months 160/40 (v4); 1-3 y 140/40 (v5 HR, both RR);
        3-8 y 120/30 (v5 HR, v4 RR at 3-5 y); 8-16 y 100/20 (v4 from 8 y, both from 12 y).
    Where that is stricter than ESI v5 alone it is more urgent, which is acceptable.
    ESI says "consider ESI 2"; docs/triage.md ("How uncertainty is handled"): a child's fast breathing goes to
    the emergency department (ESI 2), a fast heart rate alone to a same-day review (ESI 3, urgent) [E, stated].
  * AHA PALS hypotension [V: several PALS reproductions]: term neonate (0-28 days) SBP < 60; infant (1-12
    months) < 70; 1-10 years < 70 + 2 x age in years; over 10 years < 90. Hypotension in a child is shock:
    CTAS 1, call emergency services.
  * CTAS respiratory distress [M]: SpO2 < 90 % severe (CTAS 1); < 92 % moderate (CTAS 2; also ESI v5's < 92 %
    [V]); 92-94 % mild (CTAS 3); > 94 % none. NEWS2 Scale 2 (prescribed target 88-92 %) [M]: 83 % or less scores
    3; docs/triage.md: <= 83 -> 1, emergency services; below the 88 % target -> 2, emergency.
  * ACVPU / ESI v5 decision point A [V]: responds only to pain, or unresponsive -> ESI 1; CTAS GCS 10-13
    (responds to voice) -> 2, by ambulance [E, stated]; new confusion -> ESI v5 B, ESI 2, emergency department.
  * RCP NEWS2 response [V: several reproductions of the RCP 2017 report]: aggregate 7 or more high (emergency
    response); 5-6 medium (urgent response); 1-4 low (ward-based). docs/triage.md: high -> 2, emergency
    services; medium -> 3, emergency; low raises nothing.
  * SIRS (ACCP/SCCM 1992) [V]: heart rate > 90, respiratory rate > 20, temperature > 38 or < 36 °C. CTAS adult
    temperature modifier [M]: 3 SIRS criteria -> 2; 1-2 -> 3; fever only -> 4.
  * NICE NG133 [M]: severe hypertension in pregnancy 160/110 or more (admit: CTAS 2, emergency department);
    hypertension 140/90 or more (same-day assessment: CTAS 3, urgent); with pre-eclampsia symptoms -> hospital.
  * NICE NG136 1.5 [M]: 180/120 or more -> tests as soon as possible (urgent, CTAS 3).
  * CTAS pain modifier [M] (triage-standards.md section 3): severe 8-10, moderate 4-7, mild < 4; central or
    peripheral; acute or chronic (a familiar, recurring pain is "chronic" in CTAS). Dispositions: docs/triage.md
    "CTAS pain modifier" table [E, stated]. ESI v4 severe-pain cue: 7/10 [M].
  * Danger signs: NICE NG51 high risk / NG143 red -> ESI 2 (999 or the emergency department as
    test_danger_sign_levels.py lists); amber features: docs/triage.md "Danger signs" [E, stated]: one alone ->
    routine review (4), two together or one with a risk factor (NICE NG51 1.2: under 1 year, over 75 years)
    -> a clinician within 24 hours (3); poor feeding with dry nappies under 1 year -> emergency department
    (NICE NG9 / CG84) [M].

Each patient has a complaint whose own baseline is self-care (a cough, heartburn, neck pain, constipation), no
warning sign and no pain unless the test sets it, so the rule under test is the most urgent thing firing. The
ESI/CTAS level a reason carries is shown to ED staff, so reasons are checked as well as the result: a lowered
level can hide behind the acuity-disposition consistency rule (acuity 2 forces at least "emergency").
Runs without a database.
"""

from __future__ import annotations

import pytest

from triage.engine import DEFAULT_RULESET, evaluate, validate_answers
from triage.engine.catalogue import danger_signs_for
from triage.tests.quiet_answers import quiet_answers

CALL_999, ED, URGENT, ROUTINE, SELF_CARE = "emergency_services", "emergency", "urgent", "routine", "self_care"
YEAR = 365.25  # days: the calendar year on average (a month is YEAR / 12 = 30.4375 days)


def years(days: float) -> float:
    return days / YEAR


def triage(age_years: float, vitals: dict | None = None, *, complaint: str = "cough", **extra):
    """One questionnaire, as a patient's JSON answers arrive, under the active ruleset."""
    if vitals is not None:
        extra["vitals"] = vitals
    raw = quiet_answers(age_years=age_years, complaint=complaint, **extra)
    return evaluate(validate_answers(raw), DEFAULT_RULESET)


def fired(result) -> set[str]:
    return {r.rule_id for r in result.reasons}


def level_of(result, rule_id: str) -> tuple[int, str | None]:
    """The (ESI/CTAS level, disposition) one reason carries; fails if it did not fire."""
    found = [r for r in result.reasons if r.rule_id == rule_id]
    assert found, f"{rule_id} did not fire: {sorted(fired(result))}"
    return found[0].acuity, found[0].disposition


def outcome(result) -> tuple[int, str]:
    return result.acuity, result.disposition


# --- ESI danger-zone vital signs in children (stricter of ESI v5 and v4) -------------------------------------------

# (who, age in years, HR limit, RR limit, which standard sets each): above the limit is the danger zone.
DANGER_ZONE = [
    ("a 14-day-old", years(14), 180, 50, "v5 < 1 month: 190/60; v4 < 3 months: 180/50"),
    ("a 2-month-old", years(61), 180, 50, "v5 1-12 months: 180/55; v4 < 3 months: 180/50"),
    ("a 6-month-old", years(183), 160, 40, "v5 1-12 months: 180/55; v4 3 months-3 y: 160/40"),
    ("a 2-year-old", 2, 140, 40, "v5 1-3 y: 140/40; v4 3 months-3 y: 160/40"),
    ("a 4-year-old", 4, 120, 30, "v5 3-5 y: 120/35; v4 3-8 y: 140/30"),
    ("a 6-year-old", 6.5, 120, 30, "v5 5-12 y: 120/30; v4 3-8 y: 140/30"),
    ("a 10-year-old", 10, 100, 20, "v5 5-12 y: 120/30; v4 over 8 y: 100/20"),
    ("a 14-year-old", 14, 100, 20, "v5 12-18 y: 100/20; v4 over 8 y: 100/20"),
]
DZ_IDS = [row[0].replace(" ", "-") for row in DANGER_ZONE]


@pytest.mark.parametrize(("who", "age", "hr_limit", "rr_limit", "source"), DANGER_ZONE, ids=DZ_IDS)
def test_a_child_breathing_one_over_the_danger_zone_goes_to_the_emergency_department_and_at_it_does_not(
    who, age, hr_limit, rr_limit, source
):
    """ESI "RR >" limit: at it, nothing; one over, consider ESI 2 -> ESI 2, the emergency department now."""
    at = triage(age, {"respiratory_rate": rr_limit})
    assert "esi.danger_zone.rr" not in fired(at), (who, source)
    over = triage(age, {"respiratory_rate": rr_limit + 1})
    assert level_of(over, "esi.danger_zone.rr") == (2, ED), (who, source)
    assert outcome(over) == (2, ED), (who, source)


@pytest.mark.parametrize(("who", "age", "hr_limit", "rr_limit", "source"), DANGER_ZONE, ids=DZ_IDS)
def test_a_child_with_a_heart_rate_one_over_the_danger_zone_sees_a_clinician_today_and_at_it_does_not(
    who, age, hr_limit, rr_limit, source
):
    """ESI "HR >" limit: at it, nothing; one over, ESI 3 and a same-day review (docs/triage.md: fever alone
    raises the heart rate, so a fast pulse alone is not sent to the ED) [E, stated]."""
    at = triage(age, {"heart_rate": hr_limit})
    assert "esi.danger_zone.hr" not in fired(at), (who, source)
    over = triage(age, {"heart_rate": hr_limit + 1})
    assert level_of(over, "esi.danger_zone.hr") == (3, URGENT), (who, source)
    assert outcome(over) == (3, URGENT), (who, source)


# Band edges, half a day either side: (edge, age in days just before, limits before, limits after).
DANGER_ZONE_EDGES = [
    pytest.param(91.3125 - 0.5, 91.3125 + 0.5, "heart_rate", 170, id="3-months-hr-170-v4-180-then-160"),
    pytest.param(91.3125 - 0.5, 91.3125 + 0.5, "respiratory_rate", 45, id="3-months-rr-45-v4-50-then-40"),
    pytest.param(YEAR - 0.5, YEAR + 0.5, "heart_rate", 150, id="1-year-hr-150-v4-160-then-v5-140"),
    pytest.param(3 * YEAR - 0.5, 3 * YEAR + 0.5, "heart_rate", 130, id="3-years-hr-130-v5-140-then-120"),
    pytest.param(3 * YEAR - 0.5, 3 * YEAR + 0.5, "respiratory_rate", 35, id="3-years-rr-35-v5-40-then-v4-30"),
    pytest.param(8 * YEAR - 0.5, 8 * YEAR + 0.5, "heart_rate", 110, id="8-years-hr-110-v5-120-then-v4-100"),
    pytest.param(8 * YEAR - 0.5, 8 * YEAR + 0.5, "respiratory_rate", 25, id="8-years-rr-25-v4-30-then-20"),
]


@pytest.mark.parametrize(("before_days", "after_days", "measure", "value"), DANGER_ZONE_EDGES)
def test_the_danger_zone_limit_drops_on_the_day_the_child_enters_the_next_age_band(
    before_days, after_days, measure, value
):
    """A value between the two bands' limits is normal the day before the band edge and in the danger zone the
    day after (3 months and 1 year: ESI v4 / v5 rows; 3 years: v5 1-3 y vs 3-5 y and v4 3-8 y; 8 years: v4)."""
    rule = "esi.danger_zone.rr" if measure == "respiratory_rate" else "esi.danger_zone.hr"
    assert rule not in fired(triage(years(before_days), {measure: value}))
    assert rule in fired(triage(years(after_days), {measure: value}))


# --- AHA PALS hypotension ------------------------------------------------------------------------------------------

PALS = [
    # (age in years, lowest normal systolic: below it is hypotension)
    pytest.param(years(14), 60, id="neonate-14-days-below-60"),
    pytest.param(years(183), 70, id="infant-6-months-below-70"),
    pytest.param(2, 74, id="2-years-below-70-plus-2x2"),
    pytest.param(5, 80, id="5-years-below-70-plus-2x5"),
    pytest.param(12, 90, id="12-years-below-90"),
    pytest.param(15, 90, id="15-years-below-90"),
]


@pytest.mark.parametrize(("age", "lowest_normal"), PALS)
def test_a_child_below_the_pals_systolic_for_their_age_is_in_shock_and_at_it_is_not(age, lowest_normal):
    """AHA PALS: hypotension is a systolic below the age line; a child in shock -> CTAS 1, call 999."""
    low = triage(age, {"systolic_bp": lowest_normal - 1})
    assert level_of(low, "pals.hypotension") == (1, CALL_999)
    assert outcome(low) == (1, CALL_999)
    assert "pals.hypotension" not in fired(triage(age, {"systolic_bp": lowest_normal}))


@pytest.mark.parametrize(
    ("age_days", "systolic", "hypotensive"),
    [
        # The neonatal period is the first 28 days of life (under 28 completed days): < 60; then the infant
        # line, < 70. Either reading of "0-28 days" makes 65 at 28.5 days at least as urgent as the standard.
        pytest.param(27.5, 65, False, id="27.5-days-65-neonate-line-60"),
        pytest.param(28.5, 65, True, id="28.5-days-65-infant-line-70"),
        # First birthday: the infant line (< 70) gives way to 70 + 2 x age (72 at 1 year).
        pytest.param(YEAR - 0.5, 71, False, id="364.75-days-71-infant-line-70"),
        pytest.param(YEAR + 0.5, 71, True, id="365.75-days-71-child-line-72"),
    ],
)
def test_the_pals_line_changes_on_the_day_the_band_changes(age_days, systolic, hypotensive):
    result = triage(years(age_days), {"systolic_bp": systolic})
    assert ("pals.hypotension" in fired(result)) is hypotensive


# --- Oxygen saturation: CTAS respiratory distress, NEWS2 Scale 2 ------------------------------------------------------


@pytest.mark.parametrize(
    ("spo2", "rule", "level"),
    [
        pytest.param(89, "ctas.resp.spo2_scale1.1", (1, CALL_999), id="89-below-90-severe"),
        pytest.param(90, "ctas.resp.spo2_scale1.2", (2, ED), id="90-below-92-moderate"),
        pytest.param(91, "ctas.resp.spo2_scale1.2", (2, ED), id="91-below-92-moderate"),
        pytest.param(92, "ctas.resp.spo2_scale1.3", (3, URGENT), id="92-mild-92-94"),
        pytest.param(94, "ctas.resp.spo2_scale1.3", (3, URGENT), id="94-mild-92-94"),
        pytest.param(95, None, (5, SELF_CARE), id="95-over-94-none"),
    ],
)
def test_oxygen_saturation_on_scale_1_follows_the_ctas_respiratory_distress_bands(spo2, rule, level):
    result = triage(45, {"spo2": spo2})
    spo2_rules = {r for r in fired(result) if r.startswith("ctas.resp.")}
    assert spo2_rules == ({rule} if rule else set())
    if rule:
        assert level_of(result, rule) == level
    assert outcome(result) == level


@pytest.mark.parametrize(
    ("spo2", "rule", "level"),
    [
        pytest.param(83, "ctas.resp.spo2_scale2.1", (1, CALL_999), id="83-news2-scale2-3-points"),
        pytest.param(84, "ctas.resp.spo2_scale2.2", (2, ED), id="84-below-the-88-target"),
        pytest.param(87, "ctas.resp.spo2_scale2.2", (2, ED), id="87-below-the-88-target"),
        pytest.param(88, None, (5, SELF_CARE), id="88-in-the-88-92-target"),
    ],
)
def test_oxygen_saturation_against_a_prescribed_88_92_target_follows_news2_scale_2(spo2, rule, level):
    result = triage(60, {"spo2": spo2, "spo2_scale2": True, "supplemental_oxygen": False})
    spo2_rules = {r for r in fired(result) if r.startswith("ctas.resp.")}
    assert spo2_rules == ({rule} if rule else set())
    if rule:
        assert level_of(result, rule) == level
    assert outcome(result) == level


# --- Consciousness (ACVPU) -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consciousness", "level"),
    [
        pytest.param("unresponsive", (1, CALL_999), id="U-esi-v5-A-esi-1"),
        pytest.param("pain", (1, CALL_999), id="P-esi-v5-A-esi-1"),
        pytest.param("voice", (2, CALL_999), id="V-ctas-gcs-10-13-by-ambulance"),
        pytest.param("new_confusion", (2, ED), id="C-esi-v5-B-esi-2"),
    ],
)
def test_a_reduced_level_of_consciousness_sets_the_esi_level_and_how_to_travel(consciousness, level):
    result = triage(45, {"consciousness": consciousness})
    assert level_of(result, f"ctas.loc.{consciousness}") == level
    assert outcome(result) == level


# --- NEWS2 clinical response ---------------------------------------------------------------------------------------

# Pulse 111-130 scores 2, breathing 21-24 scores 2, systolic 101-110 scores 1 and 91-100 scores 2, SpO2 94-95 scores
# 1 (RCP chart, test_news2_chart.py); none of these alone scores 3, and there is no temperature (no SIRS rule).
NEWS2_RESPONSE = [
    pytest.param({"respiratory_rate": 21, "heart_rate": 111}, 4, None, id="4-low-no-raise"),
    pytest.param({"respiratory_rate": 21, "heart_rate": 111, "systolic_bp": 105}, 5, (3, ED), id="5-medium"),
    pytest.param(
        {"respiratory_rate": 22, "heart_rate": 115, "systolic_bp": 105, "spo2": 95}, 6, (3, ED), id="6-medium"
    ),
    pytest.param(
        {"respiratory_rate": 22, "heart_rate": 115, "systolic_bp": 100, "spo2": 95}, 7, (2, CALL_999), id="7-high"
    ),
]


@pytest.mark.parametrize(("vitals", "score", "level"), NEWS2_RESPONSE)
def test_the_news2_aggregate_sets_the_response_7_high_5_to_6_medium_4_low(vitals, score, level):
    result = triage(45, vitals, sex="male")
    assert result.news2 == score
    aggregate = {r for r in fired(result) if r.startswith("news2.")}
    if level is None:
        assert aggregate == set()
        assert outcome(result) == (5, SELF_CARE)
    else:
        rule = "news2.aggregate_7_plus" if score >= 7 else "news2.aggregate_5_plus"
        assert aggregate == {rule}
        assert level_of(result, rule) == level
        assert outcome(result) == level


# --- SIRS criteria in the CTAS adult temperature modifier ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heart_rate", "respiratory_rate", "rule", "level"),
    [
        pytest.param(90, 20, "ctas.fever.only", (4, None), id="hr-90-rr-20-fever-only"),
        pytest.param(91, 20, "ctas.fever.sirs2", (3, URGENT), id="hr-91-over-90"),
        pytest.param(90, 21, "ctas.fever.sirs2", (3, URGENT), id="rr-21-over-20"),
        pytest.param(91, 21, "ctas.fever.sirs3", (2, ED), id="hr-91-rr-21-three-criteria"),
    ],
)
def test_a_feverish_adult_is_read_against_the_sirs_heart_rate_over_90_and_breathing_over_20(
    heart_rate, respiratory_rate, rule, level
):
    """SIRS: HR > 90, RR > 20 (with T 38.5, itself a criterion). CTAS: 3 criteria -> 2; 1-2 -> 3; fever only -> 4."""
    result = triage(30, {"temperature_c": 38.5, "heart_rate": heart_rate, "respiratory_rate": respiratory_rate})
    assert {r for r in fired(result) if r.startswith("ctas.fever.")} == {rule}
    assert level_of(result, rule) == level
    if level[1] is not None:
        assert outcome(result) == level


# --- Blood pressure in pregnancy (NICE NG133) and severe hypertension (NICE NG136) -----------------------------------


@pytest.mark.parametrize(
    ("systolic", "diastolic", "rule"),
    [
        pytest.param(159, 80, "pregnancy.htn.raised", id="159-80-raised-not-severe"),
        pytest.param(120, 109, "pregnancy.htn.raised", id="120-109-raised-not-severe"),
        pytest.param(139, 80, None, id="139-80-under-140"),
        pytest.param(120, 89, None, id="120-89-under-90"),
    ],
)
def test_blood_pressure_in_pregnancy_one_under_each_nice_ng133_line(systolic, diastolic, rule):
    """NICE NG133: 160/110 or more severe, 140/90 or more raised: one under each line is the band below."""
    result = triage(30, {"systolic_bp": systolic, "diastolic_bp": diastolic}, pregnant=True)
    assert {r for r in fired(result) if r.startswith("pregnancy.htn.")} == ({rule} if rule else set())
    assert outcome(result) == ((3, URGENT) if rule else (5, SELF_CARE))


def test_raised_blood_pressure_in_pregnancy_with_a_headache_goes_to_hospital_now_nice_ng133():
    """NICE NG133: raised blood pressure with pre-eclampsia symptoms (a headache) -> hospital assessment now."""
    result = triage(30, {"systolic_bp": 145, "diastolic_bp": 92}, complaint="headache", pregnant=True)
    assert level_of(result, "pregnancy.htn.symptomatic") == (2, ED)
    assert outcome(result) == (2, ED)


@pytest.mark.parametrize(
    ("systolic", "diastolic", "severe"),
    [
        pytest.param(180, 100, True, id="180-100-systolic-at-180"),
        pytest.param(179, 100, False, id="179-100-under-180"),
        pytest.param(170, 120, True, id="170-120-diastolic-at-120"),
        pytest.param(170, 119, False, id="170-119-under-120"),
    ],
)
def test_severe_hypertension_starts_at_180_systolic_or_120_diastolic_nice_ng136(systolic, diastolic, severe):
    result = triage(60, {"systolic_bp": systolic, "diastolic_bp": diastolic}, sex="male")
    assert ("nice.htn.severe" in fired(result)) is severe
    if severe:
        assert level_of(result, "nice.htn.severe") == (3, URGENT)
        assert outcome(result) == (3, URGENT)


# --- CTAS pain modifier ----------------------------------------------------------------------------------------------

CENTRAL, PERIPHERAL = "heartburn", "neck_pain"  # baseline self-care, no tags, no "usual episode" baseline
PAIN_OF_BAND = {"severe": 9, "moderate": 5, "mild": 2}
COURSE_ANSWERS = {
    "acute": {"onset": "sudden", "duration": "1_24h"},
    "chronic": {"onset": "gradual", "duration": "1_2w"},  # more than 7 days
    "recurrent": {"onset": "gradual", "duration": "1_24h", "known_recurrent": True},  # familiar: CTAS "chronic"
}
# (band, site, course) -> (CTAS level, disposition). CTAS: severe central acute 2; severe central chronic 3;
# severe peripheral acute 3; severe peripheral chronic 4; moderate central acute 3; moderate central chronic 4;
# moderate peripheral acute 4; moderate peripheral chronic 5; mild central acute 4; mild central chronic 5; mild
# peripheral 5. Dispositions: docs/triage.md (CTAS 2 -> emergency; severe acute peripheral or severe > 7 days
# central -> urgent; severe familiar or severe peripheral chronic -> routine; below severe, none).
PAIN_TABLE = {
    ("severe", "central", "acute"): (2, ED),
    ("severe", "central", "chronic"): (3, URGENT),
    ("severe", "central", "recurrent"): (3, ROUTINE),
    ("severe", "peripheral", "acute"): (3, URGENT),
    ("severe", "peripheral", "chronic"): (4, ROUTINE),
    ("severe", "peripheral", "recurrent"): (4, ROUTINE),
    ("moderate", "central", "acute"): (3, None),
    ("moderate", "central", "chronic"): (4, None),
    ("moderate", "central", "recurrent"): (4, None),
    ("moderate", "peripheral", "acute"): (4, None),
    ("moderate", "peripheral", "chronic"): (5, None),
    ("moderate", "peripheral", "recurrent"): (5, None),
    ("mild", "central", "acute"): (4, None),
    ("mild", "central", "chronic"): (5, None),
    ("mild", "central", "recurrent"): (5, None),
    ("mild", "peripheral", "acute"): (5, None),
    ("mild", "peripheral", "chronic"): (5, None),
    ("mild", "peripheral", "recurrent"): (5, None),
}


@pytest.mark.parametrize(("cell", "level"), PAIN_TABLE.items(), ids=["-".join(cell) for cell in PAIN_TABLE])
def test_each_cell_of_the_ctas_pain_modifier(cell, level):
    band, site, course = cell
    complaint = CENTRAL if site == "central" else PERIPHERAL
    result = triage(40, complaint=complaint, sex="male", pain=PAIN_OF_BAND[band], **COURSE_ANSWERS[course])
    assert level_of(result, f"ctas.pain.{band}.{site}.{course}") == level
    assert outcome(result) == (level[0], level[1] or SELF_CARE)


@pytest.mark.parametrize(
    ("pain", "rule", "level"),
    [
        pytest.param(3, "ctas.pain.mild.central.acute", (4, SELF_CARE), id="3-mild-under-4"),
        pytest.param(4, "ctas.pain.moderate.central.acute", (3, SELF_CARE), id="4-moderate-from-4"),
        pytest.param(6, "ctas.pain.moderate.central.acute", (3, SELF_CARE), id="6-moderate-under-the-7-cue"),
        pytest.param(7, "ctas.pain.moderate.central.acute.esi_cue", (3, URGENT), id="7-esi-v4-severe-pain-cue"),
        pytest.param(8, "ctas.pain.severe.central.acute", (2, ED), id="8-severe-from-8"),
    ],
)
def test_the_pain_bands_mild_under_4_moderate_4_to_7_severe_8_and_the_7_out_of_10_cue(pain, rule, level):
    """CTAS: mild < 4, moderate 4-7, severe 8-10; ESI v4 used 7/10 as its severe-pain cue (a same-day review for
    new central pain at 7, docs/triage.md)."""
    result = triage(40, complaint=CENTRAL, sex="male", pain=pain, **COURSE_ANSWERS["acute"])
    assert {r for r in fired(result) if r.startswith("ctas.pain.")} == {rule}
    assert outcome(result) == level


# --- Danger signs: the level each reason carries ------------------------------------------------------------------

SIGN_COMPLAINTS = ("sore_throat", "ear_pain", "back_pain", "cough", "fever")


def ticked(signs: dict[str, bool], age_years: float, complaints=SIGN_COMPLAINTS):
    """A quiet questionnaire with these danger signs ticked, for the first complaint that asks them all."""
    for complaint in complaints:
        if set(signs) <= {s["id"] for s in danger_signs_for(complaint, age_years)}:
            return triage(age_years, complaint=complaint, danger_signs=signs)
    raise AssertionError(f"no complaint of {complaints} asks {sorted(signs)} at {age_years}")


@pytest.mark.parametrize(
    ("sign", "age", "level"),
    [
        ("ds_confused", 40, (2, CALL_999)),
        ("ds_breathless_rest", 40, (2, CALL_999)),
        ("ds_blue_mottled", 40, (2, CALL_999)),
        ("ds_non_blanching_rash", 40, (2, CALL_999)),
        ("ds_child_hard_to_wake", 2, (2, CALL_999)),
        ("ds_child_breathing", 2, (2, CALL_999)),
        ("ds_no_urine", 40, (2, ED)),
        ("ds_faint", 40, (2, ED)),
        ("ds_child_floppy_cry", 2, (2, ED)),
    ],
)
def test_a_red_danger_signs_reason_carries_esi_2_and_its_guidance_disposition(sign, age, level):
    """NICE NG51 high risk / NG143 red: an ESI v5 decision point B high-risk situation, ESI 2; where to go as
    test_danger_sign_levels.py states it. The reason itself, shown to ED staff, says ESI 2."""
    assert level_of(ticked({sign: True}, age), f"danger.{sign}") == level


def test_feeling_as_if_they_might_die_with_an_infection_carries_esi_2_emergency_department():
    result = ticked({"ds_very_unwell": True}, 40, complaints=("fever",))
    assert level_of(result, "danger.ds_very_unwell") == (2, ED)


@pytest.mark.parametrize(
    ("signs", "age", "complaint", "rule", "level"),
    [
        pytest.param({"ds_not_themselves": True}, 40, "back_pain", "danger.amber.single", (4, ROUTINE), id="one"),
        pytest.param(
            {"ds_not_themselves": True, "ds_little_urine": True},
            40,
            "back_pain",
            "danger.amber.combined",
            (3, URGENT),
            id="two-together",
        ),
        # NICE NG51 1.2 risk factors: under 1 year; over 75 years.
        pytest.param({"ds_child_not_themselves": True}, 0.95, "constipation", "danger.amber.combined", (3, URGENT)),
        pytest.param({"ds_child_not_themselves": True}, 1.05, "constipation", "danger.amber.single", (4, ROUTINE)),
        pytest.param({"ds_not_themselves": True}, 74.5, "back_pain", "danger.amber.single", (4, ROUTINE)),
        pytest.param({"ds_not_themselves": True}, 75.5, "back_pain", "danger.amber.combined", (3, URGENT)),
    ],
)
def test_amber_danger_signs_one_alone_is_routine_two_or_one_with_a_risk_age_is_urgent(
    signs, age, complaint, rule, level
):
    result = triage(age, complaint=complaint, danger_signs=signs)
    assert {r for r in fired(result) if r.startswith("danger.")} == {rule}
    assert level_of(result, rule) == level
    assert outcome(result) == level


PAIR = "danger.pair.ds_child_dry_nappies+ds_child_not_feeding"


@pytest.mark.parametrize(("age", "pair_fires"), [(0.5, True), (0.95, True), (1.05, False)])
def test_poor_feeding_with_dry_nappies_under_1_goes_to_the_emergency_department_nice_ng9(age, pair_fires):
    """NICE NG9: refer to hospital for intake under 50-75 % of usual with dehydration; NICE CG84: infants under 1
    are at highest risk. From 1 year the two amber features are "two together": a clinician within 24 hours."""
    result = triage(
        age, complaint="constipation", danger_signs={"ds_child_not_feeding": True, "ds_child_dry_nappies": True}
    )
    assert (PAIR in fired(result)) is pair_fires
    if pair_fires:
        assert level_of(result, PAIR) == (3, ED)
        assert outcome(result) == (3, ED)
    else:
        assert outcome(result) == (3, URGENT)
