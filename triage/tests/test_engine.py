"""Triage engine: one test per rule (named with its source), the catalogue, and a vignette regression table.

Runs without Django or a database:
    .venv/bin/python -m pytest -p no:django --noconftest triage/tests/test_engine*.py triage/tests/test_validation.py
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from triage.engine import (
    CANDIDATE_RULESET,
    CATALOGUE,
    COMPLAINTS,
    DEFAULT_RULESET,
    DISPOSITION_RANK,
    DURATION_DAYS,
    DURATIONS,
    GROUPS,
    PREVIOUS_RULESET,
    RULESETS,
    Answers,
    UnknownComplaint,
    UnknownRuleset,
    Vitals,
    catalogue_as_dict,
    complaint_by_code,
    evaluate,
    search_complaints,
)
from triage.engine.complaints.common import PERSIST_BAND_STARTS
from triage.engine.news2 import news2
from triage.engine.rulesets import ESI_V4_DANGER_ZONE, ESI_V5_DANGER_ZONE, PAIN_MATRIX, stricter_danger_zone

ES, E, U, R, S = "emergency_services", "emergency", "urgent", "routine", "self_care"


def ans(complaint="cough", age=35.0, sex="male", **kw) -> Answers:
    kw.setdefault("pregnant", False if sex != "male" else None)
    return Answers(age_years=age, sex=sex, complaint=complaint, **kw)


def ev(complaint="cough", ruleset=DEFAULT_RULESET, **kw):
    return evaluate(ans(complaint, **kw), ruleset)


def rule_ids(result) -> set[str]:
    return {r.rule_id for r in result.reasons}


def fired(result, rule_id: str):
    matches = [r for r in result.reasons if r.rule_id == rule_id]
    assert matches, f"{rule_id} did not fire: {sorted(rule_ids(result))}"
    return matches[0]


def at_least(result, acuity: int, disposition: str) -> bool:
    return result.acuity <= acuity and DISPOSITION_RANK[result.disposition] >= DISPOSITION_RANK[disposition]


# --- Catalogue ------------------------------------------------------------------------------


def test_catalogue_has_60_plus_complaints_over_all_17_groups():
    assert len(COMPLAINTS) >= 60
    assert len(GROUPS) == 17
    assert {c.group for c in COMPLAINTS} == set(GROUPS)


def test_catalogue_as_dict_is_json_serialisable_and_fresh():
    d = catalogue_as_dict()
    text = json.dumps(d)
    assert d["version"] == CATALOGUE.version
    assert "not CEDIS-compatible" in d["notice"]
    assert len(d["complaints"]) == len(COMPLAINTS)
    d["complaints"].clear()  # callers may mutate their copy
    assert len(catalogue_as_dict()["complaints"]) == len(COMPLAINTS)
    assert json.loads(text)["vitals"][0]["unit"] == "beats a minute"


def test_every_complaint_has_synonyms_flags_and_self_care_routine_marks():
    for c in COMPLAINTS:
        assert c.synonyms and c.red_flags and c.label
        assert c.self_care_possible == (c.baseline_disposition == S)
        assert c.routine_possible == (c.baseline_disposition in (S, R))
    assert sum(c.self_care_possible for c in COMPLAINTS) >= 30


def test_complaint_lookup_and_lay_search():
    assert complaint_by_code("chest_pain").group == "Cardiovascular"
    assert complaint_by_code("nope") is None and complaint_by_code("") is None
    assert search_complaints("tummy ache")[0].code == "abdominal_pain"
    assert "urinary_burning" in [c.code for c in search_complaints("uti")]
    assert search_complaints("   ") == []


@pytest.mark.parametrize("complaint", [c.code for c in COMPLAINTS])
def test_complaint_baseline_without_warning_signs(complaint):
    """Engine baseline per complaint [E]: a 35-year-old, no flags, no pain, no vitals gets exactly the baseline.

    A woman who is not pregnant, where the complaint allows it: rules for men (e.g. NHS Pharmacy First treats
    urine infections in women only) would otherwise raise the baseline."""
    c = complaint_by_code(complaint)
    sex = c.sexes[0] if c.sexes else "female"
    r = ev(complaint, sex=sex, pregnant=True if "pregnancy" in c.tags else (False if sex != "male" else None))
    assert r.disposition == c.baseline_disposition
    assert r.acuity == c.baseline_acuity
    assert r.reasons[0].rule_id == f"baseline.{complaint}" or "pregnancy" in c.tags


@pytest.mark.parametrize(
    ("complaint", "flag_id"),
    [(c.code, f.id) for c in COMPLAINTS for f in c.red_flags if f.disposition is not None],
)
def test_red_flag_forces_its_level_and_cites_its_source(complaint, flag_id):
    """Each red flag (CTAS 2nd-order modifiers, ESI v5 A/B high-risk situations, guideline red flags)."""
    c = complaint_by_code(complaint)
    f = next(f for f in c.red_flags if f.id == flag_id)
    sex = c.sexes[0] if c.sexes else "male"
    r = ev(complaint, sex=sex, red_flags={flag_id: True})
    assert at_least(r, f.acuity, f.disposition)
    reason = fired(r, f"flag.{complaint}.{flag_id}")
    assert reason.source == f.source and ("[V]" in f.source or "[M]" in f.source or "[E]" in f.source)


def test_2025_11_global_rule_made_any_self_care_complaint_over_7_days_routine():
    """Ruleset 2025.11 (kept for shadow comparison): one 7-day rule for every self-care complaint [E]."""
    assert ev("cold_flu", duration="1_7d", ruleset=PREVIOUS_RULESET).disposition == S
    r = ev("cold_flu", duration="gt_7d", ruleset=PREVIOUS_RULESET)
    assert r.disposition == R and fired(r, "persistent.gt_7d")
    assert "persistent.gt_7d" not in rule_ids(ev("cold_flu", duration="gt_7d"))


def test_every_self_care_complaint_has_its_own_cited_duration_threshold():
    """2026.12: the global 7-day rule is gone; each self-care complaint names its guidance threshold."""
    for c in COMPLAINTS:
        if c.baseline_disposition == S:
            assert c.persistence or "[" in c.no_duration_limit, f"{c.code}: no duration threshold or cited exemption"
        for p in c.persistence:
            assert p.after_days in PERSIST_BAND_STARTS and p.text and "[" in p.source, c.code


_BAND_STARTING = {d: band for band, (d, _) in DURATION_DAYS.items() if band in DURATIONS}


@pytest.mark.parametrize("code", [c.code for c in COMPLAINTS if c.persistence])
def test_duration_threshold_fires_from_its_band_and_not_before(code):
    """Complaint-specific thresholds (NICE / nhs.uk, cited per rule): on at the band that starts on the day."""
    c = complaint_by_code(code)
    sex = (c.sexes or ["male"])[0]
    for p in c.persistence:
        age = p.min_age_years if p.min_age_years is not None else max(0.5, (p.max_age_years or 40) - 0.5)
        rule = f"persistent.{code}.{p.after_days}d"
        r = ev(code, sex=sex, age=age, duration=_BAND_STARTING[p.after_days])
        assert at_least(fired(r, rule), p.acuity, p.disposition)
        earlier = max(d for d in _BAND_STARTING if d < p.after_days) if p.after_days > 1 else None
        if earlier is not None:
            assert rule not in rule_ids(ev(code, sex=sex, age=age, duration=_BAND_STARTING[earlier]))


def test_a_two_week_rule_waits_for_the_two_week_band_and_the_old_wide_band_still_fires_it():
    """nhs.uk Sprains and strains: see a GP if no better after 2 weeks (catalogue 2026.12-cat3 splits 1-3 weeks)."""
    assert "persistent.limb_injury.14d" not in rule_ids(ev("limb_injury", duration="1_2w"))
    assert ev("limb_injury", duration="1_2w").disposition == S
    assert ev("limb_injury", duration="2_3w").disposition == R
    # "1_3w" (the band before cat3) may be up to 20 days: read on the urgent side, as it was evaluated then.
    assert fired(ev("limb_injury", duration="1_3w"), "persistent.limb_injury.14d")
    assert fired(ev("sinus_pain", duration="1_3w"), "persistent.sinus_pain.7d")


def test_a_usual_diagnosed_migraine_is_self_care_but_a_change_or_frequent_headaches_are_not():
    """nhs.uk Migraine: a GP if frequent (more than 5 days a month) or not managed with painkillers."""
    usual = ev("headache", age=30, pain=6, onset="gradual", known_recurrent=True)
    assert usual.disposition == S and fired(usual, "usual.headache")
    assert ev("headache", age=30, pain=6, onset="gradual").disposition == S  # a first headache, no warning sign
    frequent = ev("headache", age=30, pain=6, known_recurrent=True, red_flags={"keeps_coming_back": True})
    assert frequent.disposition == R
    thunderclap = ev("headache", age=30, pain=10, onset="sudden", known_recurrent=True, red_flags={"thunderclap": True})
    assert thunderclap.disposition == ES


# --- CTAS pain modifier ---------------------------------------------------------------------

_PAIN_OF_BAND = {"severe": 9, "moderate": 5, "mild": 2}
_COMPLAINT_OF_SITE = {"central": "fever", "peripheral": "rash"}  # self-care baselines, no pain-related flags


@pytest.mark.parametrize(("band", "site", "course"), sorted(PAIN_MATRIX))
def test_ctas_pain_modifier_matrix(band, site, course):
    """CTAS 1st-order modifier: pain severity x central/peripheral x acute/chronic (Bullard 2008/2017) [M]."""
    duration, known = {"acute": ("1_24h", False), "chronic": ("gt_7d", False), "recurrent": ("1_24h", True)}[course]
    r = ev(
        _COMPLAINT_OF_SITE[site], pain=_PAIN_OF_BAND[band], onset="gradual", duration=duration, known_recurrent=known
    )
    reason = fired(r, f"ctas.pain.{band}.{site}.{course}")
    acuity, disp = PAIN_MATRIX[(band, site, course)]
    assert (reason.acuity, reason.disposition) == (acuity, disp)
    assert "CTAS" in reason.source
    assert r.acuity <= acuity


def test_ctas_severe_central_acute_pain_is_emergency():
    """CTAS pain modifier [M]: severe (8-10) central acute pain -> level 2."""
    r = ev("abdominal_pain", pain=8, onset="sudden")
    assert (r.acuity, r.disposition) == (2, E)


def test_esi_v4_pain_7_cue_gives_same_day_review_for_central_acute_pain():
    """ESI v4 decision point B used pain >= 7 as the severe-pain cue [M]; CTAS moderate central acute -> 3."""
    assert ev("headache", pain=6).disposition == S
    r = ev("headache", pain=7)
    assert r.disposition == U and fired(r, "ctas.pain.moderate.central.acute.esi_cue")


def test_sudden_onset_makes_a_familiar_pain_acute():
    """CTAS [M]: chronic means a known pattern; a sudden start is treated as acute (err toward urgent)."""
    assert fired(ev("headache", pain=5, known_recurrent=True, onset="gradual"), "ctas.pain.moderate.central.recurrent")
    assert fired(ev("headache", pain=5, known_recurrent=True, onset="sudden"), "ctas.pain.moderate.central.acute")


def test_cyclical_period_pain_is_recurrent_unless_unusual():
    """CTAS chronic = known recurring pattern [M]; a 'worse than usual' flag makes it acute."""
    usual = ev("period_pain", sex="female", pain=7)
    assert usual.disposition == S and fired(usual, "ctas.pain.moderate.central.recurrent")
    unusual = ev("period_pain", sex="female", pain=7, red_flags={"different_from_usual": True})
    assert unusual.disposition == U and fired(unusual, "ctas.pain.moderate.central.acute.esi_cue")


def test_severe_chest_pain_calls_emergency_services():
    """CTAS chest pain cardiac features [M]; AHA: call emergency services for possible heart attack [M]."""
    r = ev("chest_pain", pain=8, onset="sudden", duration="lt_1h")
    assert r.disposition == ES and fired(r, "context.severe_chest_pain")


# --- Vital signs ----------------------------------------------------------------------------


def vit(**kw) -> Vitals:
    return Vitals(**kw)


@pytest.mark.parametrize(
    ("level", "acuity", "disp"), [("unresponsive", 1, ES), ("pain", 1, ES), ("voice", 2, ES), ("new_confusion", 2, E)]
)
def test_esi_a_and_ctas_level_of_consciousness(level, acuity, disp):
    """ESI v5 decision point A (P/U on AVPU) [V]; ESI v5 B confused [V]; CTAS GCS 3-9 -> 1, 10-13 -> 2 [M]."""
    r = ev("headache", vitals=vit(consciousness=level))
    assert (r.acuity, r.disposition) == (acuity, disp)
    assert "ESI v5" in fired(r, f"ctas.loc.{level}").source


@pytest.mark.parametrize("vitals", [vit(heart_rate=0), vit(respiratory_rate=4)])
def test_esi_a_apnoea_or_pulseless(vitals):
    """ESI v5 decision point A: apnoeic or pulseless -> ESI 1, emergency services [V]."""
    r = ev("confusion", vitals=vitals)
    assert (r.acuity, r.disposition) == (1, ES) and fired(r, "esi.a.apnoea_pulseless")


@pytest.mark.parametrize(("spo2", "acuity", "disp"), [(89, 1, ES), (91, 2, E), (94, 3, U), (95, 5, S)])
def test_ctas_respiratory_distress_by_spo2_scale1(spo2, acuity, disp):
    """CTAS 1st-order modifier: respiratory distress, SpO2 < 90 / < 92 / 92-94 [M]; ESI v5 SpO2 < 92 [V]."""
    r = ev("cold_flu", age=30, vitals=vit(spo2=spo2))
    assert (r.acuity, r.disposition) == (acuity, disp)


@pytest.mark.parametrize(("spo2", "acuity", "disp"), [(83, 1, ES), (86, 2, E), (89, 5, S)])
def test_spo2_scale2_uses_the_prescribed_target(spo2, acuity, disp):
    """NEWS2 Scale 2 (target 88-92 %) [M] with CTAS respiratory distress [M]: below target is moderate."""
    r = ev("cold_flu", age=70, vitals=vit(spo2=spo2, spo2_scale2=True))
    assert (r.acuity, r.disposition) == (acuity, disp)


def test_ctas_hemodynamic_hypotension_adult():
    """CTAS hemodynamic compromise (suspected hypotension) [M], NEWS2 SBP <= 90 band [V]; ESI A profound [V]."""
    assert fired(ev("fainting", vitals=vit(systolic_bp=88)), "ctas.hemo.hypotension").acuity == 2
    r = ev("fainting", vitals=vit(systolic_bp=75))
    assert (r.acuity, r.disposition) == (1, ES) and fired(r, "ctas.hemo.profound_hypotension")


def test_pals_hypotension_in_children():
    """AHA PALS: SBP < 70 + 2 x age (1-10 y) is hypotension [M]."""
    assert "pals.hypotension" not in rule_ids(ev("fever", age=4, vitals=vit(systolic_bp=80)))
    r = ev("fever", age=4, vitals=vit(systolic_bp=76))
    assert r.disposition == ES and fired(r, "pals.hypotension")


def test_ctas_unexplained_tachycardia_adult():
    """CTAS hemodynamic compromise: unexplained tachycardia [M], at the NEWS2 3-point band >= 131 [V]."""
    r = ev("palpitations", vitals=vit(heart_rate=140))
    assert r.disposition == E and fired(r, "ctas.hemo.tachycardia")


@pytest.mark.parametrize(
    ("sbp", "complaint", "rule", "disp"),
    [
        (225, "headache", "ctas.htn.severe_symptomatic", E),
        (225, "high_blood_pressure", "ctas.htn.severe", U),
        (205, "headache", "ctas.htn.moderate_symptomatic", U),
        (205, "high_blood_pressure", "ctas.htn.moderate", R),
    ],
)
def test_ctas_hypertension_second_order_modifier(sbp, complaint, rule, disp):
    """CTAS 2nd-order modifier: SBP > 220 / 200-220 with or without symptoms -> 2 / 3 / 3 / 4 [M] (2025.11)."""
    r = ev(complaint, age=60, vitals=vit(systolic_bp=sbp), ruleset=PREVIOUS_RULESET)
    assert fired(r, rule).disposition == disp and r.disposition == disp


@pytest.mark.parametrize(
    ("bp", "complaint", "rule", "disp"),
    [
        ((185, 100), "high_blood_pressure", "nice.htn.severe", U),
        ((170, 122), "high_blood_pressure", "nice.htn.severe", U),
        ((185, 100), "headache", "nice.htn.severe_symptomatic", E),
    ],
)
def test_nice_ng136_severe_hypertension(bp, complaint, rule, disp):
    """NICE NG136 [M]: 180/120 or more -> tests as soon as possible; with symptoms -> same-day specialist."""
    r = ev(complaint, age=60, vitals=vit(systolic_bp=bp[0], diastolic_bp=bp[1]))
    assert fired(r, rule).disposition == disp and r.disposition == disp
    assert "nice.htn.severe" not in rule_ids(ev(complaint, age=60, vitals=vit(systolic_bp=175, diastolic_bp=110)))


def test_nice_ng133_raised_pregnancy_blood_pressure_with_symptoms_goes_to_hospital():
    calm = ev("pregnancy_problem", sex="female", pregnant=True, vitals=vit(systolic_bp=150, diastolic_bp=95))
    assert fired(calm, "pregnancy.htn.raised") and "pregnancy.htn.symptomatic" not in rule_ids(calm)
    r = ev("headache", sex="female", pregnant=True, vitals=vit(systolic_bp=150, diastolic_bp=95))
    assert r.disposition == E and fired(r, "pregnancy.htn.symptomatic")


def test_ctas_hypertension_counts_symptom_flags():
    """CTAS hypertension modifier [M]: a yes to the symptoms question makes it 'with symptoms'."""
    r = ev("high_blood_pressure", age=60, vitals=vit(systolic_bp=225), red_flags={"htn_symptoms": True})
    assert r.disposition == E and fired(r, "ctas.htn.severe_symptomatic")


def test_nice_ng133_hypertension_in_pregnancy():
    """NICE NG133 [M]: >= 140/90 in pregnancy -> same day; >= 160/110 -> emergency."""
    assert fired(ev("headache", sex="female", pregnant=True, vitals=vit(systolic_bp=145)), "pregnancy.htn.raised")
    r = ev("headache", sex="female", pregnant=True, vitals=vit(systolic_bp=120, diastolic_bp=112))
    assert r.disposition == E and fired(r, "pregnancy.htn.severe")


@pytest.mark.parametrize(
    ("glucose", "complaint", "rule", "disp"),
    [
        (2.5, "confusion", "ctas.glucose.low_symptomatic", E),
        (2.5, "diabetes_problem", "ctas.glucose.low", U),
        (25.0, "vomiting", "ctas.glucose.high_symptomatic", E),
        (25.0, "diabetes_problem", "ctas.glucose.high", U),
    ],
)
def test_ctas_glucose_second_order_modifier(glucose, complaint, rule, disp):
    """CTAS 2nd-order modifier: glucose < 3 or > 18 mmol/L, with symptoms -> 2, without -> 3 [M]."""
    r = ev(complaint, vitals=vit(blood_glucose_mmol_l=glucose))
    assert fired(r, rule) and DISPOSITION_RANK[r.disposition] >= DISPOSITION_RANK[disp]


def test_esi_v5_paediatric_fever_under_28_days():
    """ESI v5 paediatric fever: 1-28 days with T > 38 -> at least ESI 2 [V]."""
    r = ev("cough", age=14 / 365.25, vitals=vit(temperature_c=38.2))
    assert (r.acuity, r.disposition) == (2, E) and fired(r, "esi.ped_fever.neonate")


def test_esi_v5_paediatric_fever_1_to_3_months_reported_fever_is_enough():
    """ESI v5 paediatric fever: 1-3 months with T > 38 -> consider ESI 2 [V]; engine takes it, even when reported."""
    r = ev("fever", age=50 / 365.25)
    assert r.disposition == E and fired(r, "esi.ped_fever.1_3_months")


def test_esi_v5_low_temperature_under_90_days():
    """ESI v5 paediatric temperature red flag: < 90 days with T < 36 °C [V]."""
    assert ev("vomiting", age=60 / 365.25, vitals=vit(temperature_c=35.6)).disposition == E


def test_nice_ng143_fever_39_at_3_to_6_months():
    """NICE NG143 amber feature: 3-6 months with T >= 39 °C [V] (2025.11 had read it as red)."""
    r = ev("cough", age=4 / 12, vitals=vit(temperature_c=39.2))
    assert r.disposition == U and fired(r, "nice.fever.3_6_months")
    assert ev("cough", age=4 / 12, vitals=vit(temperature_c=39.2), ruleset=PREVIOUS_RULESET).disposition == E


def test_paediatric_temperature_over_3_months():
    """ESI v5: >= 3 months with T > 39 or < 36 -> consider ESI 2 or 3 [V]. 2026.12 follows NICE NG143 at home:
    the height of the temperature alone does not identify serious illness [V]; a low temperature still does."""
    assert ev("cough", age=4, vitals=vit(temperature_c=38.8)).disposition == S
    r = ev("cough", age=4, vitals=vit(temperature_c=39.4))
    assert (r.acuity, r.disposition) == (4, S) and fired(r, "nice.fever.height_alone")
    old = ev("cough", age=4, vitals=vit(temperature_c=39.4), ruleset=PREVIOUS_RULESET)
    assert (old.acuity, old.disposition) == (3, U) and fired(old, "esi.ped_fever.over_3_months")
    cold = ev("cough", age=4, vitals=vit(temperature_c=35.5), ruleset="2026.12.1")
    assert cold.disposition == U and fired(cold, "esi.ped_fever.over_3_months")
    # From 2026.12.2 NICE NG51 reads < 36 °C under 5 as high risk (test_cold_child.py); from 5 the ESI line holds.
    older_cold = ev("cough", age=8, vitals=vit(temperature_c=35.5))
    assert older_cold.disposition == U and fired(older_cold, "esi.ped_fever.over_3_months")


def test_esi_v5_paediatric_fever_incomplete_immunisations():
    """ESI v5 paediatric fever: incomplete immunisations with T > 38.5 [V]."""
    r = ev("cough", age=2, vitals=vit(temperature_c=38.7), immunizations_incomplete=True)
    assert r.disposition == U and fired(r, "esi.ped_fever.incomplete_immunisations")


@pytest.mark.parametrize(
    ("hr", "rr", "rule", "acuity", "disp"),
    [
        (80, 18, "ctas.fever.only", 4, S),
        (95, 18, "ctas.fever.sirs2", 3, U),
        (95, 22, "ctas.fever.sirs3", 2, E),
    ],
)
def test_ctas_adult_fever_sirs(hr, rr, rule, acuity, disp):
    """CTAS temperature modifier (adult >= 17): fever only -> 4, 1-2 SIRS -> 3, 3 SIRS -> 2 [M]."""
    r = ev("cold_flu", vitals=vit(temperature_c=38.6, heart_rate=hr, respiratory_rate=rr))
    assert fired(r, rule).acuity == acuity
    assert (r.acuity, r.disposition) == (acuity, disp)


def test_news2_scoring_bands():
    """NEWS2 (RCP 2017) scoring bands [V], Scale 2 row [M]."""
    assert news2(
        vit(
            respiratory_rate=8,
            spo2=91,
            supplemental_oxygen=True,
            systolic_bp=90,
            heart_rate=131,
            consciousness="voice",
            temperature_c=35.0,
        )
    ) == (20, True, 7)
    assert news2(
        vit(
            respiratory_rate=16,
            spo2=97,
            supplemental_oxygen=False,
            systolic_bp=120,
            heart_rate=70,
            consciousness="alert",
            temperature_c=37.0,
        )
    ) == (0, False, 7)
    assert news2(vit(spo2=97, spo2_scale2=True, supplemental_oxygen=True)) == (5, True, 2)
    assert news2(vit(spo2=90, spo2_scale2=True, supplemental_oxygen=True)) == (2, False, 2)
    assert news2(vit(temperature_c=39.1))[0] == 2 and news2(vit(temperature_c=38.1))[0] == 1


def test_news2_aggregate_7_or_more_is_emergency_response():
    """NEWS2 aggregate >= 7: high clinical risk, emergency response [M] -> emergency services."""
    r = ev("cough", age=70, vitals=vit(respiratory_rate=25, heart_rate=115, temperature_c=39.2))
    assert r.news2 == 7 and r.disposition == ES and fired(r, "news2.aggregate_7_plus")


def test_news2_aggregate_5_to_6_is_urgent_response():
    """NEWS2 aggregate 5-6: medium risk, key threshold for urgent response [M] -> emergency department."""
    r = ev("cough", age=70, vitals=vit(respiratory_rate=22, heart_rate=105, spo2=95, temperature_c=37))
    assert r.news2 == 4
    r = ev("cough", age=70, vitals=vit(respiratory_rate=22, heart_rate=105, spo2=95, temperature_c=38.5))
    assert r.news2 == 5 and r.disposition == E and fired(r, "news2.aggregate_5_plus")


def test_news2_single_parameter_3_is_urgent():
    """NEWS2: a score of 3 in any single parameter -> urgent ward-based response [M]."""
    r = ev("cough", age=40, vitals=vit(respiratory_rate=26))
    assert r.news2 == 3 and r.disposition == U and fired(r, "news2.single_parameter_3")


def test_news2_only_for_adults_and_not_in_pregnancy():
    """NEWS2 is validated for adults >= 16 and not in pregnancy [V]."""
    assert ev("cough", age=12, vitals=vit(heart_rate=100)).news2 is None
    preg = ev("cough", sex="female", pregnant=True, vitals=vit(heart_rate=105))
    assert preg.news2 is None and any("pregnancy" in n for n in preg.notes)
    assert fired(preg, "esi.danger_zone.pregnancy").disposition == U
    assert ev("cough", age=16, vitals=vit(heart_rate=100)).news2 == 1


def test_news2_partial_vitals_are_flagged_as_a_lower_bound():
    r = ev("cough", vitals=vit(heart_rate=100))
    assert r.news2 == 1 and any("1 of 7" in n for n in r.notes)


@pytest.mark.parametrize(
    ("age", "hr", "rr", "expect"),
    [
        (0.5, 170, 50, set()),
        (0.5, 185, 50, {"esi.danger_zone.hr"}),
        (0.5, 170, 56, {"esi.danger_zone.rr"}),
        (2, 141, 30, {"esi.danger_zone.hr"}),
        (8, 110, 31, {"esi.danger_zone.rr"}),
        (14, 101, 21, {"esi.danger_zone.hr", "esi.danger_zone.rr"}),
    ],
)
def test_esi_v5_danger_zone_vitals_by_age(age, hr, rr, expect):
    """ESI v5 danger-zone vitals by age (Appendix B) [V]: RR -> emergency, HR -> same-day (engine [E]).

    2025.11 uses the v5 table alone; later versions use the stricter of v4 and v5 (tested below)."""
    r = ev("cough", age=age, vitals=vit(heart_rate=hr, respiratory_rate=rr), ruleset=PREVIOUS_RULESET)
    assert {x.rule_id for x in r.reasons if x.rule_id.startswith("esi.danger_zone")} == expect
    if "esi.danger_zone.rr" in expect:
        assert r.disposition == E
    elif expect:
        assert r.disposition == U


# --- Special populations (context rules), each in both rulesets where present ------------------


CONTEXT_CASES = {
    "severe_chest_pain": {"complaint": "chest_pain", "pain": 9},
    "anticoag_major_bleed": {"complaint": "head_injury", "anticoagulants": True, "age": 50},
    "anticoag_minor_bleed": {"complaint": "nosebleed", "anticoagulants": True},
    "immunocompromised_fever": {"complaint": "cough", "immunocompromised": True, "red_flags": {"fever": True}},
    "immunocompromised_infection": {"complaint": "sore_throat", "immunocompromised": True},
    "pregnancy_high_risk": {"complaint": "abdominal_pain", "sex": "female", "pregnant": True},
    "pregnancy_bleeding": {
        "complaint": "pregnancy_problem",
        "sex": "female",
        "pregnant": True,
        "red_flags": {"bleeding": True},
    },
    "pregnancy_headache": {"complaint": "headache", "sex": "female", "pregnant": True},
    "pregnancy_seizure": {"complaint": "seizure", "sex": "female", "pregnant": True},
    "pregnancy_fever": {"complaint": "fever", "sex": "female", "pregnant": True},
    "pregnancy_injury": {"complaint": "fall", "sex": "female", "pregnant": True},
    "pregnancy_not_ruled_out": {"complaint": "pelvic_pain", "sex": "female", "pregnant": None},
    "infant_under_3_months": {"complaint": "cough", "age": 0.15},
    "infant_fluid_loss": {"complaint": "diarrhoea", "age": 0.5},
    "infant_head_injury": {"complaint": "head_injury", "age": 0.7},
    "older_head_injury": {"complaint": "head_injury", "age": 70},
    "older_fall": {"complaint": "fall", "age": 80},
    "older_fever": {"complaint": "fever", "age": 80},
    "diabetes_fluid_loss": {"complaint": "vomiting", "diabetes": True},
    "at_risk_flu": {"complaint": "cold_flu", "age": 70, "red_flags": {"flu_fever": True}},
    "older_abdominal_pain": {"complaint": "abdominal_pain", "age": 72},
    "clot_risk_chest": {"complaint": "shortness_of_breath", "danger_signs": {"ds_clot_risk": True}},
    "clot_risk_leg": {"complaint": "leg_swelling", "danger_signs": {"ds_clot_risk": True}},
    "uti_male": {"complaint": "urinary_burning", "sex": "male"},
    "uti_child": {"complaint": "urinary_burning", "sex": "female", "age": 9},
    "uti_older": {"complaint": "urinary_burning", "sex": "female", "age": 70},
    "uti_pregnancy": {"complaint": "urinary_burning", "sex": "female", "pregnant": True},
    "thrush_pregnancy": {"complaint": "vaginal_itch_discharge", "sex": "female", "pregnant": True},
    "thrush_under_16": {"complaint": "vaginal_itch_discharge", "sex": "female", "age": 14},
    "thrush_over_60": {"complaint": "vaginal_itch_discharge", "sex": "female", "age": 66},
    "thrush_diabetes_or_immunity": {"complaint": "vaginal_itch_discharge", "sex": "female", "diabetes": True},
    "young_child_sunburn": {"complaint": "sunburn", "age": 3},
    "pregnancy_blow_to_body": {"complaint": "torso_injury", "sex": "female", "pregnant": True},
    "head_or_neck_high_energy": {"complaint": "head_injury", "red_flags": {"high_risk_mechanism": True}},
    "faint_with_heart_complaint": {"complaint": "palpitations", "red_flags": {"fainted": True}},
    "dizzy_with_bleeding": {"complaint": "dizziness", "red_flags": {"gi_bleed": True}},
    "spinal_infection": {"complaint": "back_pain", "red_flags": {"infection_risk": True, "back_pain_fever": True}},
    "pregnancy_pleuritic_pain": {
        "complaint": "cold_flu",
        "sex": "female",
        "pregnant": True,
        "red_flags": {"chest_pain_breathing_in": True},
    },
    "renal_colic_no_fluids": {"complaint": "kidney_stone_pain", "red_flags": {"cannot_keep_fluids": True}},
    "bleeding_with_fainting": {"complaint": "gi_bleeding", "red_flags": {"black_stool": True, "shock_signs": True}},
    "pregnancy_electric_shock": {"complaint": "electric_shock", "sex": "female", "pregnant": True},
}


@pytest.mark.parametrize(("version", "rule"), [(v, r) for v, rs in RULESETS.items() for r in rs.context_rules])
def test_special_population_rule(version, rule):
    """Context rules: CTAS bleeding-disorder and immunocompromised-fever modifiers [M], ESI v5 B pregnancy [M],
    NICE CG176 head injury, NG143 infants, NG133 pregnancy, sick-day rules, antivirals [M] — source per rule."""
    r = ev(ruleset=version, **CONTEXT_CASES[rule.rule_id])
    reason = fired(r, f"context.{rule.rule_id}")
    assert reason.source == rule.source and "[" in rule.source
    assert at_least(r, rule.acuity, rule.disposition)


def test_context_cases_cover_every_rule():
    assert {r.rule_id for rs in RULESETS.values() for r in rs.context_rules} == set(CONTEXT_CASES)


def test_pregnancy_status_unknown_only_matters_for_childbearing_age():
    assert "context.pregnancy_not_ruled_out" not in rule_ids(ev("pelvic_pain", sex="female", pregnant=None, age=60))
    assert "context.pregnancy_not_ruled_out" not in rule_ids(ev("pelvic_pain", sex="female", pregnant=False))


# --- Rulesets and result shape --------------------------------------------------------------


def test_one_active_ruleset_and_the_superseded_ones_kept():
    """Stored results name the version that produced them, so superseded versions stay evaluable."""
    assert [v for v, rs in RULESETS.items() if rs.status == "active"] == [DEFAULT_RULESET]
    assert {PREVIOUS_RULESET, CANDIDATE_RULESET} <= set(RULESETS) - {DEFAULT_RULESET}
    assert all(rs.status == "superseded" for v, rs in RULESETS.items() if v != DEFAULT_RULESET)
    assert RULESETS[DEFAULT_RULESET].changes and RULESETS[CANDIDATE_RULESET].changes


def test_candidate_differs_on_older_abdominal_pain():
    a = ans("abdominal_pain", age=75, pain=3)
    assert evaluate(a, PREVIOUS_RULESET).disposition == S
    assert evaluate(a, CANDIDATE_RULESET).disposition == U
    assert evaluate(a).disposition == U


def test_candidate_uses_stricter_of_esi_v4_and_v5_danger_zone():
    """ESI v4 danger zone [M] merged with ESI v5 [V]: 9-month-old RR 45 trips only v4 (> 40; v5 limit 55)."""
    a = ans("cough", age=0.75, vitals=vit(respiratory_rate=45))
    assert evaluate(a, PREVIOUS_RULESET).disposition == S
    assert evaluate(a, CANDIDATE_RULESET).disposition == E
    merged = stricter_danger_zone(ESI_V5_DANGER_ZONE, ESI_V4_DANGER_ZONE)
    # <1 mo, 1-3 mo, 3-12 mo, 1-3 y, 3-5 y, 5-8 y, 8-12 y, 12-18 y
    assert [(h, r) for _, h, r in merged] == [
        (180, 50),
        (180, 50),
        (160, 40),
        (140, 40),
        (120, 30),
        (120, 30),
        (100, 20),
        (100, 20),
    ]


def test_unknown_ruleset_and_complaint_raise_value_errors():
    with pytest.raises(UnknownRuleset):
        evaluate(ans(), "1999.1")
    with pytest.raises(UnknownComplaint):
        evaluate(ans("nope"))
    with pytest.raises(UnknownComplaint):
        evaluate(ans("cough", red_flags={"not_a_flag": True}))


def test_result_shape_and_ctas_time_targets():
    """CTAS time-to-physician objectives: 0 / 15 / 30 / 60 / 120 minutes [M]."""
    r = ev("chest_pain", red_flags={"cardiac_features": True})
    assert r.ruleset_version == DEFAULT_RULESET and r.acuity == 2 and r.time_to_clinician_minutes == 15
    assert r.reasons[0].rule_id == "flag.chest_pain.cardiac_features"  # most urgent first
    assert r.escalation_advice and "CPR" in r.escalation_advice[0]
    assert ev("rash").time_to_clinician_minutes == 120
    assert json.dumps(r.as_dict())


def test_escalation_advice_names_the_signs_that_would_raise_the_level():
    r = ev("sore_throat")
    text = " ".join(r.escalation_advice)
    assert "Call emergency services if you notice: noisy or difficult breathing" in text
    persistence = complaint_by_code("sore_throat").persistence
    assert persistence and all(p.text in text for p in persistence)


def test_acuity_and_disposition_stay_consistent():
    for c in COMPLAINTS:
        for flag in c.red_flags:
            r = ev(c.code, sex=(c.sexes or ["male"])[0], red_flags={flag.id: True}, pain=9)
            if r.acuity == 1:
                assert r.disposition == ES
            if r.acuity == 2:
                assert r.disposition in (ES, E)
            if r.disposition == ES:
                assert r.acuity <= 2


def test_unanswered_flags_are_noted():
    assert any("not answered" in n for n in ev("chest_pain").notes)
    all_no = {f.id: False for f in complaint_by_code("chest_pain").red_flags}
    assert not any("not answered" in n for n in ev("chest_pain", red_flags=all_no).notes)


def test_deterministic():
    a = ans("abdominal_pain", pain=6, vitals=vit(heart_rate=101, temperature_c=38.4))
    assert evaluate(a) == evaluate(a) == evaluate(replace(a))


def test_docs_appendix_matches_the_catalogue():
    """docs/triage.md lists every complaint, flag, duration rule and danger sign as the code has them."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    check = subprocess.run(
        [sys.executable, "scripts/triage_appendix.py", "--check"], cwd=root, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_known_diabetes_alert_adult_self_treats_a_hypo_but_never_a_child_or_a_profound_one():
    """nhs.uk Low blood sugar [M]: awake and able to swallow -> fast sugar, recheck; CTAS < 3 mmol/L otherwise."""
    r = ev("anxiety_panic", diabetes=True, vitals=vit(blood_glucose_mmol_l=2.8))
    assert r.disposition == S and fired(r, "hypo.known_diabetes_alert")
    assert ev("anxiety_panic", diabetes=True, age=9, vitals=vit(blood_glucose_mmol_l=2.8)).disposition == U
    assert ev("anxiety_panic", diabetes=True, vitals=vit(blood_glucose_mmol_l=1.6)).disposition == U
    assert ev("anxiety_panic", vitals=vit(blood_glucose_mmol_l=2.8)).disposition == U  # not known diabetic
    confused = ev("anxiety_panic", diabetes=True, vitals=vit(blood_glucose_mmol_l=2.8, consciousness="new_confusion"))
    assert confused.disposition in (E, ES)


def test_a_man_is_never_shown_pregnancy_cautions():
    """Issue 10: pregnancy-only questions are served for women and 'other' only, and never in a man's advice."""
    served = {c["code"]: c for c in catalogue_as_dict()["complaints"]}
    assert {f["id"] for f in served["abdominal_pain"]["red_flags"] if f["for_sexes"]} == {"maybe_pregnant"}
    for c in COMPLAINTS:
        r = ev(c.code, sex="male", pregnant=None) if not c.sexes or "male" in c.sexes else None
        if r is not None:
            assert not any("pregnan" in line.lower() for line in r.escalation_advice), c.code
    woman = ev("abdominal_pain", sex="female", pregnant=False)
    assert any("pregnan" in line.lower() for line in woman.escalation_advice)


def test_duration_rules_that_follow_home_treatment_wait_for_it():
    """nhs.uk (e.g. Piles: see a GP if no better after 7 days of treatment at home): the duration rule of a
    self-care-first complaint fires when home treatment failed or the patient is not sure, not before it."""
    c = complaint_by_code("bottom_problem")
    assert c.self_care_first and c.persistence
    days = _BAND_STARTING[c.persistence[0].after_days]
    assert ev("bottom_problem", duration=days).disposition == R  # not sure: the cautious reading
    assert ev("bottom_problem", duration=days, home_treatment_failed=True).disposition == R
    assert ev("bottom_problem", duration=days, home_treatment_failed=False).disposition == S
    # Unconditional guidance thresholds are not gated (NICE NG120: a cough for 3 weeks needs review).
    assert not complaint_by_code("cough").self_care_first
    assert ev("cough", duration="gt_3w", home_treatment_failed=False).disposition == R
    assert all("[" in c.self_care_first for c in COMPLAINTS if c.self_care_first)


def test_a_long_lasting_problem_is_reviewed_even_untreated_where_the_guidance_says_so():
    """nhs.uk Glue ear / Hearing loss: muffled hearing for weeks is checked whether or not drops were tried;
    the earwax 5-day rule still waits for the drops (catalogue 2026.12-cat4)."""
    c = complaint_by_code("blocked_ear")
    assert [p.after_days for p in c.persistence if p.even_untreated] == [21]
    assert ev("blocked_ear", age=5, duration="1_2w", home_treatment_failed=False).disposition == S
    three_weeks = ev("blocked_ear", age=5, duration="gt_3w", home_treatment_failed=False)
    assert three_weeks.disposition == R and fired(three_weeks, "persistent.blocked_ear.21d")
    assert ev("blocked_ear", duration="1_2w", home_treatment_failed=True).disposition == R


def test_new_questions_send_what_home_treatment_cannot_fix_to_a_gp():
    """Catalogue 2026.12-cat4: a growing eyelid lump (NICE NG12), inflammatory arthritis (NICE NG100) and an anal
    fissure (nhs.uk) are routine however short the history and whether or not home treatment was tried."""
    for code, fid in (
        ("eyelid_problem", "lump_growing_or_not_healing"),
        ("joint_pain", "inflammatory_pattern"),
        ("bottom_problem", "fissure_pain"),
    ):
        assert ev(code, duration="3_6d", home_treatment_failed=False).disposition == S, code
        r = ev(code, duration="3_6d", home_treatment_failed=False, red_flags={fid: True})
        assert r.disposition == R and fired(r, f"flag.{code}.{fid}")


def test_a_known_problem_as_usual_stays_at_home_until_a_warning_sign():
    """nhs.uk Varicose veins and Ovulation pain: checked veins aching as always, and known mid-cycle pain as
    usual, are self-care (2026.12-cat4); a bleeding vein or a possible pregnancy still raises the level."""
    veins = ev("varicose_veins", age=66, sex="female", known_recurrent=True)
    assert veins.disposition == S and fired(veins, "usual.varicose_veins")
    assert ev("varicose_veins", age=66, sex="female").disposition == R
    assert (
        ev("varicose_veins", age=66, sex="female", known_recurrent=True, red_flags={"vein_bled": True}).disposition == U
    )
    pelvic = ev("pelvic_pain", age=26, sex="female", pain=3, onset="gradual", known_recurrent=True)
    assert pelvic.disposition == S and fired(pelvic, "usual.pelvic_pain")
    maybe = ev(
        "pelvic_pain",
        age=26,
        sex="female",
        pain=3,
        onset="gradual",
        known_recurrent=True,
        red_flags={"maybe_pregnant": True},
    )
    assert DISPOSITION_RANK[maybe.disposition] > DISPOSITION_RANK[S]


def test_not_sure_about_a_risk_reads_as_may_be_and_the_notes_say_so():
    """Issue 10, item 3: "not sure" (null) is never a silent "no"; about a risk it errs toward urgency."""
    from triage.engine import validate_answers

    base = {"age_years": 40, "sex": "male", "complaint": "sore_throat", "pain": 3, "onset": "gradual"}
    fever = {**base, "duration": "1_24h", "vitals": {"temperature_c": 38.6}}
    sure_no = evaluate(validate_answers({**fever, "immunocompromised": False}), DEFAULT_RULESET)
    unsure = evaluate(validate_answers({**fever, "immunocompromised": None}), DEFAULT_RULESET)
    sure_yes = evaluate(validate_answers({**fever, "immunocompromised": True}), DEFAULT_RULESET)
    assert DISPOSITION_RANK[unsure.disposition] == DISPOSITION_RANK[sure_yes.disposition]
    assert DISPOSITION_RANK[unsure.disposition] > DISPOSITION_RANK[sure_no.disposition]
    assert any("not sure about a weakened immune system" in note for note in unsure.notes)
    assert validate_answers({**fever}).immunocompromised is False  # left out is still "no"

    # Only a confirmed diabetic treats a low sugar at home; "not sure" is sent for help.
    hypo = {**base, "complaint": "diabetes_problem", "duration": "lt_1h", "vitals": {"blood_glucose_mmol_l": 2.9}}
    known = evaluate(validate_answers({**hypo, "diabetes": True}), DEFAULT_RULESET)
    unknown = evaluate(validate_answers({**hypo, "diabetes": None}), DEFAULT_RULESET)
    assert "hypo.known_diabetes_alert" in rule_ids(known)
    assert "hypo.known_diabetes_alert" not in rule_ids(unknown)
