"""A cold child: a measured temperature below 36 °C from 3 months to under 5 years (ruleset 2026.12.2).

The expected dispositions below are written here from the guidance, not read from the rulesets:
  * NICE NG51 (sepsis), children under 5, HIGH-risk criteria: "temperature < 36 °C" [V] (triage-standards.md
    §5.2). High risk means emergency assessment: go to an emergency department now.
  * ESI v5 paediatric fever considerations: >= 3 months with T < 36 °C -> "consider ESI 2 or 3" [V]. 2026.12.1
    read it as 3 (a clinician within 24 hours); 2026.12.2 takes ESI 2, the more urgent, as NG51 does.
  * Under 3 months a low temperature was already high risk (ESI v5: < 90 days, T < 36 °C), so nothing changes.
  * From 5 years NG51's under-5 table does not apply: the ESI v5 reading (urgent) is unchanged.
  * 36.0 °C is not below 36 °C: on its own it raises nothing.

Runs without a database (the engine's public entry point, as a patient's JSON answers would arrive).
"""

from __future__ import annotations

import pytest

from triage.engine import DEFAULT_RULESET, RULESETS, evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers

NEW, OLD = "2026.12.2", "2026.12.1"
EMERGENCY, URGENT = "emergency", "urgent"
MONTH = 1 / 12


def triage(age_years: float, temperature_c: float | None, ruleset: str, complaint: str = "cough"):
    vitals = {} if temperature_c is None else {"vitals": {"temperature_c": temperature_c}}
    return evaluate(validate_answers(quiet_answers(age_years=age_years, complaint=complaint, **vitals)), ruleset)


def rule_ids(result) -> set[str]:
    return {reason.rule_id for reason in result.reasons}


# (who, age in years, temperature °C, expected under 2026.12.1, expected under 2026.12.2, why)
CASES = (
    ("child of 2 at 35.6 C", 2, 35.6, URGENT, EMERGENCY, "NG51 under 5: T < 36 °C is high risk"),
    ("baby of 4 months at 35.8 C", 4 * MONTH, 35.8, URGENT, EMERGENCY, "NG51 under 5: T < 36 °C is high risk"),
    ("child of 4 years 11 months at 35.9 C", 4 + 11 * MONTH, 35.9, URGENT, EMERGENCY, "still under 5 (NG51)"),
    ("child of 6 at 35.6 C", 6, 35.6, URGENT, URGENT, "5 and over: ESI v5 'consider 2 or 3', unchanged"),
    ("baby of 2 months at 35.8 C", 2 * MONTH, 35.8, EMERGENCY, EMERGENCY, "under 3 months: ESI v5 infant rule"),
)


def test_the_change_came_in_with_2026_12_2_and_the_default_still_makes_it():
    # 2026.12.2 was the default when this change shipped; 2026.12.3 (test_ruleset_2026_12_3.py) keeps it.
    assert {NEW, OLD, DEFAULT_RULESET} <= set(RULESETS)
    for who, age, temperature, _old, new, why in CASES:
        assert triage(age, temperature, DEFAULT_RULESET).disposition == new, (who, why)


@pytest.mark.parametrize(("who", "age", "temperature", "old", "new", "why"), CASES, ids=[c[0] for c in CASES])
def test_low_temperature_by_age_and_version(who, age, temperature, old, new, why):
    assert triage(age, temperature, OLD).disposition == old, (who, why)
    assert triage(age, temperature, NEW).disposition == new, (who, why)


@pytest.mark.parametrize("complaint", ["cough", "child_fever", "tiredness", "vomiting", "child_rash"])
def test_a_child_of_2_at_35_6_goes_to_an_emergency_department_whatever_the_complaint(complaint):
    result = triage(2, 35.6, NEW, complaint)
    assert result.disposition == EMERGENCY and result.acuity <= 2, (complaint, result.disposition, result.acuity)
    reason = next(r for r in result.reasons if r.rule_id == "nice.sepsis.under_5_low_temperature")
    # Plain words for the parent: what it may mean and where to go; the citation beside it.
    assert "36 °C" in reason.text and "under 5" in reason.text and "emergency department now" in reason.text
    assert "NICE NG51" in reason.source and "ESI v5" in reason.source and "consider ESI 2" in reason.source


def test_earlier_versions_keep_their_reading_of_a_cold_child_of_2():
    for version in ("2026.12", OLD):
        result = triage(2, 35.6, version)
        assert (result.acuity, result.disposition) == (3, URGENT), version
        assert "esi.ped_fever.over_3_months" in rule_ids(result)
        assert "nice.sepsis.under_5_low_temperature" not in rule_ids(result)


@pytest.mark.parametrize("version", [OLD, NEW])
def test_36_0_c_in_a_child_of_2_is_not_below_36_so_the_temperature_raises_nothing(version):
    measured, unmeasured = triage(2, 36.0, version), triage(2, None, version)
    assert (measured.acuity, measured.disposition) == (unmeasured.acuity, unmeasured.disposition)
    assert not rule_ids(measured) & {"nice.sepsis.under_5_low_temperature", "esi.ped_fever.over_3_months"}


def test_from_5_years_nothing_changes_between_the_versions():
    for age, temperature in ((5.5, 35.6), (6, 35.6), (10, 35.0)):
        old, new = triage(age, temperature, OLD), triage(age, temperature, NEW)
        assert (old.acuity, old.disposition, rule_ids(old)) == (new.acuity, new.disposition, rule_ids(new))
        assert new.disposition == URGENT


def test_under_3_months_the_infant_rule_already_decides_and_is_unchanged():
    old, new = triage(2 * MONTH, 35.8, OLD), triage(2 * MONTH, 35.8, NEW)
    assert (old.acuity, old.disposition, rule_ids(old)) == (new.acuity, new.disposition, rule_ids(new))
    assert "esi.ped_fever.1_3_months" in rule_ids(new)
    assert "nice.sepsis.under_5_low_temperature" not in rule_ids(new)
