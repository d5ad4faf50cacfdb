"""The active ruleset's age bands and temperature lines, stated from their standards, at both sides of every edge.

The companion of test_ruleset_tables_stated.py. Ages are given half a day either side of each band edge (a year is
365.25 days, a month 30.4375), temperatures 0.1 °C either side, so moving any of these numbers of the active ruleset
by one (the constant-mutation pass) fails a test here. The expected values come from the standards, never from
triage/engine/rulesets.py:
  * RCP NEWS2 [V]: validated for adults from 16 years (not for children or in pregnancy).
  * CTAS adult temperature modifier [M]: temperature 38.0 °C or more, adults from 17 years; "fever only" -> 4.
  * ESI v5 paediatric fever considerations [V] (children, under 18): 1-28 days with T > 38 °C -> at least ESI 2;
    1-3 months -> consider ESI 2 (the engine takes it); < 90 days, T < 36 °C is a temperature red flag; from 3
    months, T > 39 or < 36 °C -> consider ESI 2 or 3; > 3 months with incomplete immunisations, T > 38.5 °C.
  * NICE NG143 traffic light [V: NG143 reproductions]: red, age under 3 months with 38 °C or more; amber, age 3-6
    months with 39 °C or more (docs/triage.md: amber -> urgent, ESI 3); "do not use the height of body temperature
    alone to identify children with serious illness" (2026.12: it sets no disposition).
  * NICE NG51 [V]: children under 5, a temperature below 36 °C is high risk (2026.12.2: emergency department, ESI 2).
  * NICE TA168 / CDC [M]: 65 and over is an at-risk group for influenza antivirals.
  * docs/triage.md: "pregnancy unanswered, female or other, 12-54 y, pelvic pain or vaginal bleeding -> 3, urgent"
    (the ages are the engine's choice, stated there).

The neonatal period is the first 28 days of life: under 28 completed days (WHO), which is how "1-28 days" is read.
Runs without a database.
"""

from __future__ import annotations

import pytest

from triage.engine import DEFAULT_RULESET, evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers

ED, URGENT, SELF_CARE = "emergency", "urgent", "self_care"
YEAR = 365.25  # days
HALF_DAY = 0.5 / YEAR  # in years


def years(days: float) -> float:
    return days / YEAR


def triage(age_years: float, vitals: dict | None = None, *, complaint: str = "cough", **extra):
    if vitals is not None:
        extra["vitals"] = vitals
    return evaluate(validate_answers(quiet_answers(age_years=age_years, complaint=complaint, **extra)), DEFAULT_RULESET)


def fired(result) -> set[str]:
    return {r.rule_id for r in result.reasons}


def level_of(result, rule_id: str) -> tuple[int, str | None]:
    found = [r for r in result.reasons if r.rule_id == rule_id]
    assert found, f"{rule_id} did not fire: {sorted(fired(result))}"
    return found[0].acuity, found[0].disposition


# --- 16 years: adults (NEWS2) ----------------------------------------------------------------------------------------


def test_news2_and_the_adult_pulse_line_start_on_the_16th_birthday():
    """NEWS2 is validated from 16: the day before, a pulse of 131 is read against the ESI 12-18 y danger zone
    (HR > 100) and no NEWS2 is given; the day after, NEWS2 scores it 3 and CTAS unexplained tachycardia (131 or
    more, the NEWS2 3-point band) applies."""
    child = triage(16 - HALF_DAY, {"heart_rate": 131})
    assert child.news2 is None
    assert "esi.danger_zone.hr" in fired(child) and "ctas.hemo.tachycardia" not in fired(child)
    adult = triage(16 + HALF_DAY, {"heart_rate": 131})
    assert adult.news2 == 3
    assert "ctas.hemo.tachycardia" in fired(adult) and "esi.danger_zone.hr" not in fired(adult)


def test_a_prescribed_88_92_target_is_read_on_news2_scale_2_only_from_16():
    """NEWS2 Scale 2 is for adults: under 16 a saturation of 90 % is read on Scale 1 (CTAS < 92 %: ESI 2)."""
    vitals = {"spo2": 90, "spo2_scale2": True, "supplemental_oxygen": False}
    assert "ctas.resp.spo2_scale1.2" in fired(triage(16 - HALF_DAY, vitals))
    assert not {r for r in fired(triage(16 + HALF_DAY, vitals)) if r.startswith("ctas.resp.")}


# --- 17 years: CTAS adult temperature modifier ----------------------------------------------------------------------


def test_the_ctas_adult_temperature_modifier_starts_on_the_17th_birthday():
    assert "ctas.fever.only" not in fired(triage(17 - HALF_DAY, {"temperature_c": 38.5}))
    assert "ctas.fever.only" in fired(triage(17 + HALF_DAY, {"temperature_c": 38.5}))


@pytest.mark.parametrize(("temperature", "fever"), [(37.9, False), (38.0, True)])
def test_an_adult_fever_starts_at_38_0_ctas(temperature, fever):
    assert ("ctas.fever.only" in fired(triage(30, {"temperature_c": temperature}))) is fever


# --- 18 years: ESI v5 paediatric temperature considerations ----------------------------------------------------------


def test_a_low_temperature_is_an_esi_paediatric_red_flag_until_the_18th_birthday():
    """ESI v5 (children, > 3 months): T < 36 °C -> consider ESI 2 or 3 (same-day review). From 18 there is no
    paediatric temperature rule (and 35.5 °C alone meets one SIRS criterion only)."""
    child = triage(18 - HALF_DAY, {"temperature_c": 35.5})
    assert level_of(child, "esi.ped_fever.over_3_months") == (3, URGENT)
    assert (child.acuity, child.disposition) == (3, URGENT)
    assert "esi.ped_fever.over_3_months" not in fired(triage(18 + HALF_DAY, {"temperature_c": 35.5}))


# --- Young infants: 28 days, 90 days / 3 months, 6 months ------------------------------------------------------------


@pytest.mark.parametrize(
    ("age_days", "temperature", "rule"),
    [
        pytest.param(14, 38.0, "esi.ped_fever.neonate", id="14-days-38.0-fever"),
        pytest.param(14, 35.9, "esi.ped_fever.neonate", id="14-days-35.9-low"),
        pytest.param(27.5, 38.2, "esi.ped_fever.neonate", id="27.5-days-neonate"),
        pytest.param(28.5, 38.2, "esi.ped_fever.1_3_months", id="28.5-days-1-3-months"),
        pytest.param(89.5, 38.2, "esi.ped_fever.1_3_months", id="89.5-days-under-90"),
        pytest.param(89.5, 35.9, "esi.ped_fever.1_3_months", id="89.5-days-35.9-under-90"),
    ],
)
def test_a_fever_or_low_temperature_under_3_months_goes_to_the_emergency_department_esi_v5(age_days, temperature, rule):
    """ESI v5: 1-28 days with fever -> at least ESI 2; 1-3 months -> consider ESI 2 (taken); < 90 days, T < 36
    °C is a red flag. NICE NG143: under 3 months with 38 °C or more is red. Both: ESI 2, emergency department."""
    result = triage(years(age_days), {"temperature_c": temperature})
    assert {r for r in fired(result) if r.startswith("esi.ped_fever.")} == {rule}
    assert level_of(result, rule) == (2, ED)
    assert (result.acuity, result.disposition) == (2, ED)


@pytest.mark.parametrize(
    ("age_days", "temperature"),
    [
        pytest.param(14, 37.9, id="14-days-37.9-under-38"),
        pytest.param(14, 36.0, id="14-days-36.0-not-under-36"),
        pytest.param(92, 38.2, id="92-days-over-3-months"),
    ],
)
def test_no_infant_fever_rule_below_38_or_at_36_or_from_3_months(age_days, temperature):
    result = triage(years(age_days), {"temperature_c": temperature})
    assert not {r for r in fired(result) if r.startswith("esi.ped_fever.")}
    assert result.disposition != ED


# NICE NG143/NG51 read 'under 3 months' by the calendar (3 months = 91.3 days on average), ESI v5 says '< 90 days';
# the more urgent reading wins. Until ruleset 2026.12.3 the engine stopped the infant fever rule at 90 days, so a
# baby of 90 or 91 days with 38 °C or more got no emergency referral (NICE: red, face to face within 2 hours).
def test_a_baby_of_90_days_still_under_3_months_with_38_2_goes_to_the_emergency_department_nice_ng143():
    result = triage(years(90.5), {"temperature_c": 38.2})
    assert result.disposition == ED


@pytest.mark.parametrize(
    ("age_days", "temperature", "amber"),
    [
        pytest.param(122, 38.9, False, id="4-months-38.9-under-39"),
        pytest.param(122, 39.0, True, id="4-months-39.0"),
        pytest.param(YEAR / 2 - 0.5, 39.0, True, id="6-months-less-half-a-day"),
        pytest.param(YEAR / 2 + 0.5, 39.0, False, id="6-months-and-half-a-day"),
    ],
)
def test_39_c_or_more_at_3_to_6_months_is_an_nice_ng143_amber_feature(age_days, temperature, amber):
    """NICE NG143 amber: age 3-6 months (read: from 3 to under 6 months) with 39 °C or more -> a clinician within
    24 hours, ESI 3 (docs/triage.md, 2026.12)."""
    result = triage(years(age_days), {"temperature_c": temperature})
    assert ("nice.fever.3_6_months" in fired(result)) is amber
    if amber:
        assert level_of(result, "nice.fever.3_6_months") == (3, URGENT)
        assert (result.acuity, result.disposition) == (3, URGENT)


# --- Children from 3 months: temperature lines -------------------------------------------------------------------


@pytest.mark.parametrize(("temperature", "over"), [(39.0, False), (39.1, True)])
def test_a_child_of_2_over_39_c_gets_the_reason_but_height_alone_sends_nowhere_nice_ng143(temperature, over):
    """ESI v5 (from 3 months): T > 39 °C is the temperature consideration; NICE NG143: the height of the temperature
    alone does not identify serious illness, so on its own it changes nothing about where to go."""
    result = triage(2, {"temperature_c": temperature})
    assert ("nice.fever.height_alone" in fired(result)) is over
    assert "esi.ped_fever.over_3_months" not in fired(result)
    assert result.disposition == SELF_CARE


@pytest.mark.parametrize(("temperature", "over"), [(38.5, False), (38.6, True)])
def test_a_child_with_missed_vaccinations_over_38_5_c_sees_a_clinician_today_esi_v5(temperature, over):
    """ESI v5 (> 3 months): T > 38.5 °C red flag; incomplete immunisations -> consider ESI 2 or 3 (taken: 3)."""
    result = triage(2, {"temperature_c": temperature}, immunizations_incomplete=True)
    assert ("esi.ped_fever.incomplete_immunisations" in fired(result)) is over
    if over:
        assert level_of(result, "esi.ped_fever.incomplete_immunisations") == (3, URGENT)
        assert (result.acuity, result.disposition) == (3, URGENT)


@pytest.mark.parametrize(("temperature", "low"), [(35.9, True), (36.0, False)])
def test_a_child_of_6_under_36_c_sees_a_clinician_today_esi_v5(temperature, low):
    """ESI v5 (from 3 months): T < 36 °C -> consider ESI 2 or 3. From 5, NICE NG51's under-5 table does not apply."""
    result = triage(6, {"temperature_c": temperature})
    assert ("esi.ped_fever.over_3_months" in fired(result)) is low
    assert (result.acuity, result.disposition) == ((3, URGENT) if low else (5, SELF_CARE))


def test_nice_ng51_under_5_low_temperature_stops_on_the_5th_birthday():
    """NICE NG51 under 5: T < 36 °C is high risk (ESI 2, emergency department); from 5, ESI v5's reading (3, urgent)."""
    under_5 = triage(5 - HALF_DAY, {"temperature_c": 35.5})
    assert level_of(under_5, "nice.sepsis.under_5_low_temperature") == (2, ED)
    assert (under_5.acuity, under_5.disposition) == (2, ED)
    five = triage(5 + HALF_DAY, {"temperature_c": 35.5})
    assert "nice.sepsis.under_5_low_temperature" not in fired(five)
    assert (five.acuity, five.disposition) == (3, URGENT)


# --- Ages that set facts for other rules -------------------------------------------------------------------------


def test_65_and_over_is_an_at_risk_age_for_flu_from_the_65th_birthday():
    """NICE TA168 / CDC: adults 65 and over are at risk from influenza (antivirals within 48 hours)."""
    vitals = {"temperature_c": 38.5}
    assert "context.at_risk_flu" not in fired(triage(65 - HALF_DAY, vitals, complaint="cold_flu"))
    assert "context.at_risk_flu" in fired(triage(65 + HALF_DAY, vitals, complaint="cold_flu"))


@pytest.mark.parametrize(
    ("age", "assumed_possible"),
    [(12 - HALF_DAY, False), (12 + HALF_DAY, True), (55 - HALF_DAY, True), (55 + HALF_DAY, False)],
    ids=["12-less-half-a-day", "12-and-half-a-day", "55-less-half-a-day", "55-and-half-a-day"],
)
def test_unanswered_pregnancy_is_assumed_possible_from_12_to_54_with_pelvic_pain(age, assumed_possible):
    """docs/triage.md: pregnancy unanswered, female, 12-54 years, pelvic pain -> pregnancy not ruled out (urgent)
    [E: ages stated there]."""
    result = triage(age, complaint="pelvic_pain", pregnant=None)
    assert ("context.pregnancy_not_ruled_out" in fired(result)) is assumed_possible


# --- Known diabetes: treating a low sugar at home --------------------------------------------------------------------


@pytest.mark.parametrize(("glucose", "self_treat"), [(2.0, True), (1.9, False)])
def test_an_alert_adult_with_diabetes_treats_a_low_of_2_0_at_home_but_not_below(glucose, self_treat):
    """nhs.uk Low blood sugar [M]: an alert person with diabetes treats a hypo; docs/triage.md: never below 2.0
    mmol/L [E, stated], where the CTAS glucose modifier applies (< 3 mmol/L without symptoms: 3, urgent)."""
    result = triage(45, {"blood_glucose_mmol_l": glucose}, complaint="anxiety_panic", diabetes=True)
    if self_treat:
        assert "hypo.known_diabetes_alert" in fired(result)
        assert result.disposition == SELF_CARE
    else:
        assert "hypo.known_diabetes_alert" not in fired(result)
        assert level_of(result, "ctas.glucose.low") == (3, URGENT)
        assert (result.acuity, result.disposition) == (3, URGENT)
