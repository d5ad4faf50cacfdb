"""What a vital-sign reason tells its readers: the rule id, a cited public standard and a plain sentence.

Every reason in a result is stored with the triage record and returned by the API, so three things about it are
rules, not wording:
  * its rule id names the rule that fired (stored, compared across ruleset versions and counted by the reports):
    each measured situation below must fire the rule named for it in docs/triage.md's vital-sign table;
  * its source cites the public standard it comes from, by name (NICE, CTAS, ESI v5, NEWS2/RCP, AHA PALS, RCOG,
    nhs.uk, WHO), with the marker saying how it was read ([V], [M], [E], as docs/triage.md defines them);
  * its text is a plain-language sentence for the patient: it starts with a capital letter, ends with a full
    stop and is not written in block capitals, which are hard to read (GOV.UK and NHS content style guides).
A few situations also state what the guidance puts in the text: the blood pressure line it was measured
against (NICE NG133 140/90 and 160/110; NICE NG136 180/120), and on which oxygen scale a saturation was read (a
prescribed 88-92 % target is NEWS2 Scale 2, otherwise the CTAS and ESI v5 saturation lines apply).

Runs without Django or a database (the engine's public entry point: validate_answers + evaluate):
    .venv/bin/python -m pytest -p no:django --noconftest triage/tests/test_vital_sign_reasons.py
"""

from __future__ import annotations

import re

import pytest

from triage.engine import PREVIOUS_RULESET, evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers

STANDARDS = ("NICE ", "CTAS ", "ESI v", "NEWS2", "AHA ", "RCP ", "RCOG ", "WHO ", "nhs.uk ")
MARKER = re.compile(r"\[(V|M|E|M/E)(: [^\]]+)?\]")
# Three words in a row written wholly in capitals (abbreviations such as "NICE NG136" or "AHA PALS" are one or two).
BLOCK_CAPITALS = re.compile(r"\b[A-Z]{2,}\b\W+\b[A-Z]{2,}\b\W+\b[A-Z]{2,}\b")


def triage(measured: dict, *, complaint="cough", age=45.0, sex="female", ruleset=None, **extra):
    """One questionnaire, exactly as a patient's JSON answers would arrive."""
    answers = validate_answers(quiet_answers(age_years=age, sex=sex, complaint=complaint, vitals=measured, **extra))
    return evaluate(answers) if ruleset is None else evaluate(answers, ruleset)


def reason(result, rule_id: str):
    matches = [r for r in result.reasons if r.rule_id == rule_id]
    assert matches, f"{rule_id} did not fire: {[r.rule_id for r in result.reasons]}"
    return matches[0]


DAY = 1 / 365.25
# (situation, its measurements and answers, the rule id it must fire)
SITUATIONS = [
    ("adult who does not respond (ACVPU U)", {"vitals": {"consciousness": "unresponsive"}}, "ctas.loc.unresponsive"),
    ("adult who responds only to pain (ACVPU P)", {"vitals": {"consciousness": "pain"}}, "ctas.loc.pain"),
    ("adult who responds only to voice (ACVPU V)", {"vitals": {"consciousness": "voice"}}, "ctas.loc.voice"),
    ("adult with new confusion (ACVPU C)", {"vitals": {"consciousness": "new_confusion"}}, "ctas.loc.new_confusion"),
    ("adult with a pulse of 25", {"vitals": {"heart_rate": 25}}, "esi.a.apnoea_pulseless"),
    ("adult with SpO2 88 % on air", {"vitals": {"spo2": 88}}, "ctas.resp.spo2_scale1.1"),
    ("adult with SpO2 91 % on air", {"vitals": {"spo2": 91}}, "ctas.resp.spo2_scale1.2"),
    ("adult with SpO2 93 % on air", {"vitals": {"spo2": 93}}, "ctas.resp.spo2_scale1.3"),
    (
        "COPD, 88-92 % target, SpO2 82 %",
        {"age": 70, "vitals": {"spo2": 82, "spo2_scale2": True}},
        "ctas.resp.spo2_scale2.1",
    ),
    (
        "COPD, 88-92 % target, SpO2 86 %",
        {"age": 70, "vitals": {"spo2": 86, "spo2_scale2": True}},
        "ctas.resp.spo2_scale2.2",
    ),
    ("adult with a systolic of 70", {"vitals": {"systolic_bp": 70}}, "ctas.hemo.profound_hypotension"),
    ("adult with a systolic of 88", {"vitals": {"systolic_bp": 88}}, "ctas.hemo.hypotension"),
    ("child of 4 with a systolic of 65", {"age": 4, "vitals": {"systolic_bp": 65}}, "pals.hypotension"),
    ("adult with a pulse of 140", {"vitals": {"heart_rate": 140}}, "ctas.hemo.tachycardia"),
    ("pregnant, pulse 110", {"pregnant": True, "vitals": {"heart_rate": 110}}, "esi.danger_zone.pregnancy"),
    (
        "pregnant, 145/92",
        {"pregnant": True, "vitals": {"systolic_bp": 145, "diastolic_bp": 92}},
        "pregnancy.htn.raised",
    ),
    (
        "pregnant, 165/112",
        {"pregnant": True, "vitals": {"systolic_bp": 165, "diastolic_bp": 112}},
        "pregnancy.htn.severe",
    ),
    (
        "pregnant, 145/92 with a headache",
        {"pregnant": True, "complaint": "headache", "vitals": {"systolic_bp": 145, "diastolic_bp": 92}},
        "pregnancy.htn.symptomatic",
    ),
    ("adult, 185/100", {"age": 60, "vitals": {"systolic_bp": 185, "diastolic_bp": 100}}, "nice.htn.severe"),
    (
        "adult, 185/100 with a headache",
        {"age": 60, "complaint": "headache", "vitals": {"systolic_bp": 185, "diastolic_bp": 100}},
        "nice.htn.severe_symptomatic",
    ),
    ("adult, systolic 225", {"age": 60, "vitals": {"systolic_bp": 225}}, "ctas.htn.severe"),
    ("adult, systolic 205", {"age": 60, "vitals": {"systolic_bp": 205}}, "ctas.htn.moderate"),
    (
        "confused adult, glucose 2.5",
        {"complaint": "confusion", "vitals": {"blood_glucose_mmol_l": 2.5}},
        "ctas.glucose.low_symptomatic",
    ),
    ("adult, glucose 25 mmol/L", {"vitals": {"blood_glucose_mmol_l": 25.0}}, "ctas.glucose.high"),
    ("baby of 14 days at 38.2 C", {"age": 14 * DAY, "vitals": {"temperature_c": 38.2}}, "esi.ped_fever.neonate"),
    ("baby of 50 days at 38.4 C", {"age": 50 * DAY, "vitals": {"temperature_c": 38.4}}, "esi.ped_fever.1_3_months"),
    ("baby of 4 months at 39.2 C", {"age": 4 / 12, "vitals": {"temperature_c": 39.2}}, "nice.fever.3_6_months"),
    (
        "baby of 4 months at 39.2 C (2025.11)",
        {"age": 4 / 12, "ruleset": PREVIOUS_RULESET, "vitals": {"temperature_c": 39.2}},
        "nice.fever.3_6_months",
    ),
    ("child of 4 at 39.4 C", {"age": 4, "vitals": {"temperature_c": 39.4}}, "nice.fever.height_alone"),
    ("child of 3 at 35.5 C", {"age": 3, "vitals": {"temperature_c": 35.5}}, "nice.sepsis.under_5_low_temperature"),
    ("child of 8 at 35.5 C", {"age": 8, "vitals": {"temperature_c": 35.5}}, "esi.ped_fever.over_3_months"),
    (
        "child of 2, missed vaccinations, 38.7 C",
        {"age": 2, "immunizations_incomplete": True, "vitals": {"temperature_c": 38.7}},
        "esi.ped_fever.incomplete_immunisations",
    ),
    ("child of 2 breathing 70 a minute", {"age": 2, "vitals": {"respiratory_rate": 70}}, "esi.danger_zone.rr"),
    ("child of 2 with a pulse of 200", {"age": 2, "vitals": {"heart_rate": 200}}, "esi.danger_zone.hr"),
    (
        "adult, 38.6 C, pulse 80, breathing 16",
        {"vitals": {"temperature_c": 38.6, "heart_rate": 80, "respiratory_rate": 16}},
        "ctas.fever.only",
    ),
    (
        "adult, 38.6 C, pulse 95, breathing 16",
        {"vitals": {"temperature_c": 38.6, "heart_rate": 95, "respiratory_rate": 16}},
        "ctas.fever.sirs2",
    ),
    (
        "adult, 38.6 C, pulse 95, breathing 22",
        {"vitals": {"temperature_c": 38.6, "heart_rate": 95, "respiratory_rate": 22}},
        "ctas.fever.sirs3",
    ),
    (
        "adult of 70, NEWS2 7",
        {"age": 70, "vitals": {"respiratory_rate": 25, "heart_rate": 115, "temperature_c": 39.2}},
        "news2.aggregate_7_plus",
    ),
    (
        "adult of 70, NEWS2 5",
        {"age": 70, "vitals": {"respiratory_rate": 22, "heart_rate": 105, "spo2": 95, "temperature_c": 38.5}},
        "news2.aggregate_5_plus",
    ),
    ("adult breathing 26 a minute, NEWS2 3", {"vitals": {"respiratory_rate": 26}}, "news2.single_parameter_3"),
]


SITUATION_FOR = {rule_id: situation for _who, situation, rule_id in SITUATIONS}


def _run(situation: dict):
    situation = dict(situation)
    return triage(situation.pop("vitals"), **situation)


@pytest.mark.parametrize(("who", "situation", "rule_id"), SITUATIONS, ids=[s[0] for s in SITUATIONS])
def test_each_measured_situation_fires_the_rule_id_the_api_documents(who, situation, rule_id):
    assert reason(_run(situation), rule_id).rule_id == rule_id


@pytest.mark.parametrize(("who", "situation", "rule_id"), SITUATIONS, ids=[s[0] for s in SITUATIONS])
def test_every_vital_sign_reason_cites_a_recognised_public_standard_with_its_marker(who, situation, rule_id):
    source = reason(_run(situation), rule_id).source
    assert isinstance(source, str) and source.startswith(STANDARDS), f"{rule_id}: {source!r}"
    assert MARKER.search(source), f"{rule_id}: no [V]/[M]/[E] marker in {source!r}"
    assert not BLOCK_CAPITALS.search(source), f"{rule_id}: block capitals in {source!r}"


@pytest.mark.parametrize(("who", "situation", "rule_id"), SITUATIONS, ids=[s[0] for s in SITUATIONS])
def test_every_vital_sign_reason_explains_itself_in_a_plain_sentence(who, situation, rule_id):
    text = reason(_run(situation), rule_id).text
    assert isinstance(text, str) and text[:1].isupper() and text.endswith("."), f"{rule_id}: {text!r}"
    assert not BLOCK_CAPITALS.search(text), f"{rule_id}: block capitals in {text!r}"


@pytest.mark.parametrize(
    ("who", "situation", "rule_id", "line"),
    [
        ("pregnant, 145/92", SITUATION_FOR["pregnancy.htn.raised"], "pregnancy.htn.raised", "140/90"),
        ("pregnant, 165/112", SITUATION_FOR["pregnancy.htn.severe"], "pregnancy.htn.severe", "160/110"),
        ("adult, 185/100", SITUATION_FOR["nice.htn.severe"], "nice.htn.severe", "180/120"),
        (
            "adult, 185/100 with a headache",
            SITUATION_FOR["nice.htn.severe_symptomatic"],
            "nice.htn.severe_symptomatic",
            "180/120",
        ),
    ],
)
def test_a_blood_pressure_reason_names_the_line_the_guidance_draws_nice_ng133_ng136(who, situation, rule_id, line):
    """NICE NG133: 140/90 raised, 160/110 severe in pregnancy; NICE NG136: 180/120 severe (text and source)."""
    found = reason(_run(situation), rule_id)
    assert line in found.text, found.text
    assert ("NICE NG133" if rule_id.startswith("pregnancy") else "NICE NG136") in found.source, found.source


def test_an_adult_on_a_prescribed_88_92_target_has_low_oxygen_read_on_news2_scale_2():
    """NEWS2 Scale 2 is for a prescribed 88-92 % target (hypercapnic respiratory failure) [M]."""
    for spo2, rule_id in ((82, "ctas.resp.spo2_scale2.1"), (86, "ctas.resp.spo2_scale2.2")):
        source = reason(triage({"spo2": spo2, "spo2_scale2": True}, age=70), rule_id).source
        assert "NEWS2 Scale 2" in source and "88-92" in source, source


@pytest.mark.parametrize(("spo2", "rule_id"), [(88, "ctas.resp.spo2_scale1.1"), (91, "ctas.resp.spo2_scale1.2")])
def test_low_oxygen_without_a_prescribed_target_cites_the_ctas_and_esi_v5_saturation_lines(spo2, rule_id):
    """CTAS respiratory distress (SpO2 < 90 severe, < 92 moderate) [M] and ESI v5 (SpO2 < 92 %) [V]: neither is
    NEWS2 Scale 2, which only a prescribed 88-92 % target uses."""
    source = reason(triage({"spo2": spo2}), rule_id).source
    assert "CTAS" in source and "ESI v5" in source and "Scale 2" not in source, source


def test_mild_low_oxygen_without_a_prescribed_target_is_not_read_on_scale_2():
    """CTAS mild respiratory distress, SpO2 92-94 % [M]: a Scale 1 reading."""
    source = reason(triage({"spo2": 93}), "ctas.resp.spo2_scale1.3").source
    assert "CTAS" in source and "92-94" in source and "Scale 2" not in source, source
