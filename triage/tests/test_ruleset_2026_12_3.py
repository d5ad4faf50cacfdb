"""Ruleset 2026.12.3: five places where 2026.12.2 was less urgent than the guidance its own rules cite.

Each expected level is written from the guidance, not read from triage/engine/rulesets.py:
  * Trauma in pregnancy. ACOG: from 20 weeks, fetal monitoring for at least 4 hours after trauma; RCOG / NHS
    maternity guidelines: after a fall or a blow to the belly, attend maternity triage now. The questionnaire does
    not ask the gestation, so when in doubt, more urgent: assessed now (ESI 2, emergency).
  * Chest pain on breathing in during pregnancy. ESI v5 decision point B: possible pulmonary embolism is a high-risk
    situation (ESI 2); RCOG Green-top 37a/37b: immediate assessment (emergency).
  * Heavy bleeding with fainting. CTAS hemodynamic modifier: shock -> level 1; ESI v5 decision point A -> ESI 1;
    nhs.uk: call 999 (emergency services).
  * "Under 3 months". NICE NG143 / NG51 by the calendar: 3 months = 3 x 30.44 = 91.3 days; ESI v5 says "< 90 days".
    The later edge is the more urgent reading. NICE NG143: under 3 months with 38 °C or more is red (emergency);
    ESI v5: 1-3 months with fever -> consider ESI 2 (the engine takes it).

For each change: 2026.12.3 gives the guidance's level, and 2026.12.2 still gives the result it gave before, so a
stored result is unchanged. Runs without a database.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from triage.engine import DEFAULT_RULESET, LAST_ACTIVE_RULESET, RULESETS, evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers

NEW, OLD = "2026.12.3", "2026.12.2"
ES, E, U, S = "emergency_services", "emergency", "urgent", "self_care"
YEAR = 365.25  # days
MONTH = YEAR / 12  # a calendar month on average, 30.44 days


def triage(ruleset: str, *, age_years: float = 30, complaint: str = "cough", **extra):
    return evaluate(validate_answers(quiet_answers(age_years=age_years, complaint=complaint, **extra)), ruleset)


def level(result) -> tuple[int, str]:
    return result.acuity, result.disposition


def rule_ids(result) -> set[str]:
    return {r.rule_id for r in result.reasons}


PREGNANT = {"sex": "female", "pregnant": True}

# (who, answers, rule that fires, level under 2026.12.2, level under 2026.12.3 from the guidance)
CHANGES = [
    pytest.param(
        {"complaint": "fall", **PREGNANT},
        "context.pregnancy_injury",
        (3, U),
        (2, E),
        id="fall_in_pregnancy-acog_rcog_assessed_now",
    ),
    pytest.param(
        {"complaint": "torso_injury", **PREGNANT},
        "context.pregnancy_blow_to_body",
        (3, U),
        (2, E),
        id="blow_to_the_belly_in_pregnancy-acog_rcog_assessed_now",
    ),
    pytest.param(
        {"complaint": "cold_flu", **PREGNANT, "red_flags": {"chest_pain_breathing_in": True}},
        "context.pregnancy_pleuritic_pain",
        (3, E),
        (2, E),
        id="pleuritic_chest_pain_in_pregnancy-esi_v5_b_possible_pe",
    ),
    pytest.param(
        {"complaint": "heavy_periods", "red_flags": {"heavy_bleeding": True}, "danger_signs": {"ds_faint": True}},
        "context.bleeding_with_fainting",
        (2, ES),
        (1, ES),
        id="heavy_bleeding_with_fainting-ctas_1_shock_esi_v5_a",
    ),
    pytest.param(
        {"age_years": 90.5 / YEAR, "vitals": {"temperature_c": 38.2}},
        "esi.ped_fever.1_3_months",
        (5, S),
        (2, E),
        id="baby_of_90.5_days_at_38.2-nice_ng143_red_under_3_months",
    ),
    pytest.param(
        {"age_years": 91 / YEAR, "red_flags": {"fever": True}},
        "esi.ped_fever.1_3_months",
        (5, S),
        (2, E),
        id="baby_of_91_days_with_a_fever-nice_ng143_under_3_months",
    ),
    pytest.param(
        {"age_years": 91 / YEAR},
        "context.infant_under_3_months",
        (5, S),
        (3, U),
        id="baby_of_91_days_with_a_cough-nice_ng143_esi_v5_young_infant",
    ),
]


def test_the_new_version_is_the_default_and_rolls_out_over_2026_12_2():
    assert (DEFAULT_RULESET, LAST_ACTIVE_RULESET) == (NEW, OLD)
    assert (RULESETS[NEW].status, RULESETS[OLD].status) == ("active", "superseded")


@pytest.mark.parametrize(("answers", "rule", "old", "new"), CHANGES)
def test_the_new_version_gives_the_guidance_level_and_2026_12_2_keeps_its_result(answers, rule, old, new):
    now = triage(NEW, **answers)
    assert level(now) == new
    fired = [r for r in now.reasons if r.rule_id == rule]
    assert fired and (fired[0].acuity, fired[0].disposition) == new, rule_ids(now)
    before = triage(OLD, **answers)
    assert level(before) == old


@pytest.mark.parametrize("complaint", ["fall", "torso_injury"])
def test_the_injury_in_pregnancy_reason_tells_her_to_be_checked_now_and_cites_acog_and_rcog(complaint):
    result = triage(NEW, complaint=complaint, **PREGNANT)
    reason = next(r for r in result.reasons if r.rule_id.startswith("context.pregnancy_"))
    assert "now" in reason.text and "baby's heartbeat" in reason.text
    assert "ACOG" in reason.source and "RCOG" in reason.source and "more urgent" in reason.source


@pytest.mark.parametrize(
    ("age_days", "temperature"),
    [
        pytest.param(92, 38.2, id="92-days-past-3-calendar-months"),
        pytest.param(89.5, 38.2, id="89.5-days-under-90-both-versions"),
    ],
)
def test_away_from_the_edge_both_versions_agree_on_a_young_baby(age_days, temperature):
    """Below 90 days both readings of 'under 3 months' agree (emergency); past 3 calendar months neither applies."""
    new = triage(NEW, age_years=age_days / YEAR, vitals={"temperature_c": temperature})
    old = triage(OLD, age_years=age_days / YEAR, vitals={"temperature_c": temperature})
    assert level(new) == level(old)
    assert ("esi.ped_fever.1_3_months" in rule_ids(new)) is (age_days < 3 * MONTH)


def test_only_the_five_rules_and_the_young_infant_edge_changed():
    """No other rule slipped into the release: 2026.12.3 is 2026.12.2 with these changes and its own changelog."""
    new, old = RULESETS[NEW], RULESETS[OLD]
    changed = {
        n.rule_id for n, o in zip(new.context_rules, old.context_rules, strict=True) if n != o or n.rule_id != o.rule_id
    }
    assert changed == {
        "pregnancy_injury",
        "pregnancy_blow_to_body",
        "pregnancy_pleuritic_pain",
        "bleeding_with_fainting",
        "infant_under_3_months",
    }
    differing = {f.name for f in fields(new) if getattr(new, f.name) != getattr(old, f.name)}
    assert differing == {"version", "status", "summary", "changes", "context_rules", "young_infant_until_days"}
    assert new.changes[: len(old.changes)] == old.changes and len(new.changes) == len(old.changes) + 5
