"""Versioned rule data. The evaluator (rules.py, vitals.py) reads thresholds and tables from here.

A new version is a new Ruleset value: never edit a published one, because stored triage
results name the version that produced them and shadow mode compares versions.

Two versions ship:
  * ACTIVE     "2025.11"            the default.
  * CANDIDATE  "2025.12-candidate"  adds two conservative changes (documented below and in
                                     docs/triage.md) for shadow comparison before promotion.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from .complaints.common import (
    ACS,
    CTAS_BLEED,
    CTAS_FEVER,
    ESI4_VITALS,
    ESI_VITALS,
    GI_DEHYD_CHILD,
    HEAD,
    PREG,
    PREG_HTN,
    VTE,
)
from .types import ES, E, R, U

DAYS_PER_YEAR = 365.25
MONTH = DAYS_PER_YEAR / 12


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A special-population rule: fires when the patient context matches; forces (acuity, disposition).

    Matching is on "facts": complaint tags, tags of red flags answered yes, and derived facts
    (pregnant, immunocompromised, anticoagulants, diabetes, fever, age_65_plus, ...).
    """

    rule_id: str
    text: str
    source: str
    acuity: int
    disposition: str
    complaints: frozenset[str] = frozenset()  # any of these complaint codes; empty = any complaint
    facts_all: frozenset[str] = frozenset()
    facts_any: frozenset[str] = frozenset()
    min_age_days: float | None = None  # inclusive
    max_age_days: float | None = None  # exclusive
    min_pain: int | None = None  # inclusive


def _ctx(
    rule_id,
    text,
    source,
    level,
    *,
    complaints=(),
    all_=(),
    any_=(),
    min_age_days=None,
    max_age_days=None,
    min_pain=None,
):
    return ContextRule(
        rule_id,
        text,
        source,
        level[0],
        level[1],
        frozenset(complaints),
        frozenset(all_),
        frozenset(any_),
        min_age_days,
        max_age_days,
        min_pain,
    )


# (max age in days, exclusive; HR above; RR above). ESI v5 Appendix B [V].
ESI_V5_DANGER_ZONE: tuple[tuple[float, int, int], ...] = (
    (MONTH, 190, 60),
    (DAYS_PER_YEAR, 180, 55),
    (3 * DAYS_PER_YEAR, 140, 40),
    (5 * DAYS_PER_YEAR, 120, 35),
    (12 * DAYS_PER_YEAR, 120, 30),
    (18 * DAYS_PER_YEAR, 100, 20),
)
# ESI v4 algorithm card [M].
ESI_V4_DANGER_ZONE: tuple[tuple[float, int, int], ...] = (
    (3 * MONTH, 180, 50),
    (3 * DAYS_PER_YEAR, 160, 40),
    (8 * DAYS_PER_YEAR, 140, 30),
    (18 * DAYS_PER_YEAR, 100, 20),
)


def stricter_danger_zone(a, b):
    """Merge two age tables, keeping the lower (more sensitive) HR and RR limit at every age."""
    cuts = sorted({row[0] for row in a} | {row[0] for row in b})

    def at(table, age):
        return next(row for row in table if age < row[0])

    out = []
    for i, cut in enumerate(cuts):
        probe = (cuts[i - 1] if i else 0.0) + 1e-6
        ra, rb = at(a, probe), at(b, probe)
        out.append((cut, min(ra[1], rb[1]), min(ra[2], rb[2])))
    return tuple(out)


# CTAS pain modifier [M]: (band, site, course) -> (acuity, disposition or None = no disposition floor).
# CTAS "chronic" covers both a long-standing pain and a known, recurring pattern; the acuity of both
# follows the CTAS table. The disposition is the engine's home-setting reading of the level [E]:
# level 2 -> emergency; severe acute peripheral or severe long-standing (> 7 days) central pain ->
# urgent; a severe but familiar recurring pain (e.g. a usual migraine) -> routine review; moderate
# pain changes the ED priority but not where to go, except at 7/10 (ESI v4 severe-pain cue).
PAIN_MATRIX: Mapping[tuple[str, str, str], tuple[int, str | None]] = MappingProxyType(
    {
        ("severe", "central", "acute"): (2, E),
        ("severe", "central", "chronic"): (3, U),
        ("severe", "central", "recurrent"): (3, R),
        ("severe", "peripheral", "acute"): (3, U),
        ("severe", "peripheral", "chronic"): (4, R),
        ("severe", "peripheral", "recurrent"): (4, R),
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
)

AGE_65 = 65 * DAYS_PER_YEAR
CONTEXT_RULES_2025_11: tuple[ContextRule, ...] = (
    # CTAS chest pain with cardiac features -> 2 [M]; AHA: call emergency services rather than travel for
    # possible heart attack [M]. Severe new chest pain without other answers is treated the same way.
    _ctx(
        "severe_chest_pain",
        "Severe chest pain (8 out of 10 or more) can be a heart attack: call emergency "
        "services rather than travelling yourself.",
        ACS,
        (2, ES),
        complaints=("chest_pain",),
        min_pain=8,
        min_age_days=16 * DAYS_PER_YEAR,
    ),
    # CTAS bleeding-disorder modifier [M]: life/limb-threatening site -> 2, minor site -> 3.
    _ctx(
        "anticoag_major_bleed",
        "You take blood thinners or have a bleeding disorder, and this could mean "
        "bleeding in a dangerous place (head, chest, belly, a broken bone or a deep wound).",
        CTAS_BLEED,
        (2, E),
        all_=("anticoagulants", "bleed_major"),
    ),
    _ctx(
        "anticoag_minor_bleed",
        "You take blood thinners or have a bleeding disorder, and you have bleeding that may be hard to stop.",
        CTAS_BLEED,
        (3, U),
        all_=("anticoagulants", "bleed_minor"),
    ),
    # CTAS temperature modifier [M]: fever in an immunocompromised patient -> 2.
    _ctx(
        "immunocompromised_fever",
        "A fever when your immune system is weakened can be a serious infection.",
        CTAS_FEVER,
        (2, E),
        all_=("immunocompromised", "fever"),
    ),
    _ctx(
        "immunocompromised_infection",
        "Your immune system is weakened and this may be an infection: a clinician should check within 24 hours.",
        f"{CTAS_FEVER} (immunocompromised) [E]",
        (3, U),
        all_=("immunocompromised", "infective"),
    ),
    # Pregnancy with bleeding, abdominal pain or fainting is a high-risk situation (ESI v5 B) [M].
    _ctx(
        "pregnancy_high_risk",
        "In pregnancy, tummy pain, bleeding or fainting needs checking now "
        "(for example for an ectopic pregnancy or a problem with the placenta).",
        PREG,
        (2, E),
        complaints=("abdominal_pain", "pelvic_pain", "vaginal_bleeding", "fainting", "period_pain"),
        all_=("pregnant",),
    ),
    _ctx(
        "pregnancy_bleeding",
        "Bleeding from the vagina in pregnancy needs checking now.",
        PREG,
        (2, E),
        all_=("pregnant", "pv_bleed"),
    ),
    _ctx(
        "pregnancy_headache",
        "A headache in pregnancy can be a sign of pre-eclampsia.",
        PREG_HTN,
        (3, U),
        complaints=("headache",),
        all_=("pregnant",),
    ),
    _ctx(
        "pregnancy_seizure",
        "A fit in pregnancy can be eclampsia.",
        PREG_HTN,
        (2, ES),
        complaints=("seizure",),
        all_=("pregnant",),
    ),
    _ctx(
        "pregnancy_fever",
        "A fever in pregnancy should be checked within 24 hours.",
        "RCOG Green-top 64a sepsis in pregnancy [M]",
        (3, U),
        all_=("pregnant", "fever"),
    ),
    _ctx(
        "pregnancy_injury",
        "A fall or blow in pregnancy should be checked by the maternity team.",
        "RCOG / ACOG trauma in pregnancy: obstetric assessment [M]",
        (3, U),
        complaints=("fall", "chest_injury", "major_accident"),
        all_=("pregnant",),
    ),
    # Unknown pregnancy status: do not assume "not pregnant" where ectopic pregnancy is the danger [E].
    _ctx(
        "pregnancy_not_ruled_out",
        "Pregnancy was not ruled out; with this problem an ectopic pregnancy must be "
        "considered, so the engine errs toward the more urgent level.",
        f"{PREG} [E: uncertainty]",
        (3, U),
        complaints=("pelvic_pain", "vaginal_bleeding"),
        all_=("pregnancy_unknown",),
    ),
    # Young infants show few signs of serious illness (ESI v5 paediatric considerations [V]; NICE NG143 [M]).
    # Limited to infection, fluid loss, fever and "generally unwell" presentations, so that a nappy rash or
    # a small bump does not send every young baby to a clinician.
    _ctx(
        "infant_under_3_months",
        "Babies under 3 months can become seriously ill quickly with few signs: a "
        "clinician should see them within 24 hours.",
        "NICE NG143 / ESI v5 paediatric considerations [M]",
        (3, U),
        any_=("infective", "gi_fluid_loss", "fever", "glucose_symptom", "infant_concern"),
        max_age_days=90,
    ),
    _ctx(
        "infant_fluid_loss",
        "Babies under 1 year dehydrate quickly with vomiting or diarrhoea.",
        GI_DEHYD_CHILD,
        (3, U),
        any_=("gi_fluid_loss",),
        max_age_days=DAYS_PER_YEAR,
    ),
    _ctx(
        "infant_head_injury",
        "Head injuries in babies under 1 year should be checked by a clinician.",
        HEAD,
        (3, U),
        complaints=("head_injury",),
        max_age_days=DAYS_PER_YEAR,
    ),
    _ctx(
        "older_head_injury",
        "At 65 or over, a head injury carries a higher risk of bleeding inside the head.",
        HEAD,
        (3, U),
        complaints=("head_injury",),
        min_age_days=AGE_65,
    ),
    _ctx(
        "older_fever",
        "At 75 or over, a fever is more often a serious infection: a clinician should check within 24 hours.",
        "NICE NG51 sepsis: age over 75 is a risk factor [M]",
        (3, U),
        all_=("fever",),
        min_age_days=75 * DAYS_PER_YEAR,
    ),
    _ctx(
        "older_fall",
        "At 65 or over, a fall should lead to a falls check with a clinician.",
        "NICE NG249 falls in older people: multifactorial assessment [M]",
        (4, R),
        complaints=("fall",),
        min_age_days=AGE_65,
    ),
    _ctx(
        "diabetes_fluid_loss",
        "With diabetes, vomiting or diarrhoea can upset your sugar (risk of ketoacidosis).",
        "Diabetes sick-day rules (Diabetes UK / NICE NG17) [M]",
        (3, U),
        all_=("diabetes", "gi_fluid_loss"),
    ),
    _ctx(
        "at_risk_flu",
        "With flu-like fever at 65 or over, in pregnancy or with diabetes, antiviral treatment "
        "may help if started within 48 hours.",
        "NICE TA168 / CDC influenza antivirals for at-risk groups [M]",
        (4, U),
        complaints=("cold_flu", "cough"),
        all_=("fever",),
        any_=("age_65_plus", "pregnant", "diabetes"),
    ),
)

# Candidate change 1 [M]: abdominal pain at 65 or over carries a high rate of surgical and vascular
# causes with atypical, milder presentations (geriatric emergency medicine consensus; ESI high-risk).
CANDIDATE_EXTRA_RULES: tuple[ContextRule, ...] = (
    _ctx(
        "older_abdominal_pain",
        "At 65 or over, tummy pain is more often serious even when it feels mild: a "
        "clinician should check within 24 hours.",
        "Geriatric emergency medicine: abdominal pain in older adults is high risk (ESI v5 B) [M]",
        (3, U),
        any_=("abdominal",),
        min_age_days=AGE_65,
    ),
)


@dataclass(frozen=True, slots=True)
class DangerSignLevels:
    """Levels of the cross-complaint danger signs (danger_signs.py), versioned with the ruleset."""

    red: Mapping[str, tuple[int, str]]
    # A red sign that is red only alongside one of these facts, and amber otherwise.
    red_only_with: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    amber_combined: tuple[int, str] = (3, U)  # two amber features, or one with a risk factor [E]
    amber_single: tuple[int, str] = (4, R)  # one amber feature alone [E] (BJGP 2022 specificity caution)
    # NICE NG51 risk factors [V]: weak immune system, pregnancy or recent birth, recent surgery; under 1,
    # 75 and over; plus a fever or an infective complaint (NG143 amber features are read with fever).
    amber_risk_facts: frozenset[str] = frozenset(
        {"fever", "infective", "immunocompromised", "pregnant", "postpartum", "vte_risk"}
    )
    amber_risk_under_years: float = 1
    amber_risk_from_years: float = 75
    # Two amber features that together mean more than either, under an age:
    # ((sign ids), level, text, source, under this age in years).
    amber_pairs: tuple[tuple[frozenset[str], tuple[int, str], str, str, float], ...] = ()


DANGER_SIGNS_2026_12 = DangerSignLevels(
    red=MappingProxyType(
        {
            # UK Sepsis Trust / nhs.uk: call 999 for confusion, severe breathlessness, mottled or blue skin,
            # a rash that does not fade; NICE NG143 red features for under-5s [V/M].
            "ds_confused": (2, ES),
            "ds_breathless_rest": (2, ES),
            "ds_blue_mottled": (2, ES),
            "ds_non_blanching_rash": (2, ES),
            "ds_child_hard_to_wake": (2, ES),
            # A child working hard to breathe can tire suddenly: NICE NG143 treats compromised breathing
            # as immediately life-threatening (999) [V]; nhs.uk fever in children: call 999 if they
            # struggle to breathe [M].
            "ds_child_breathing": (2, ES),
            # NICE NG51 high risk -> emergency assessment; NG143 red -> face to face within 2 hours [V/M].
            "ds_no_urine": (2, E),
            "ds_faint": (2, E),  # CTAS hemodynamic compromise -> 2 [M]
            "ds_very_unwell": (2, E),
            "ds_child_floppy_cry": (2, E),
        }
    ),
    # "Feels as if they might die" is a sepsis sign in someone with an infection (UK Sepsis Trust); without one
    # it is also what a panic attack feels like, so it counts as an amber feature there [E].
    red_only_with=MappingProxyType({"ds_very_unwell": frozenset({"fever", "infective", "immunocompromised"})}),
    amber_pairs=(
        (
            frozenset({"ds_child_not_feeding", "ds_child_dry_nappies"}),
            (3, E),
            "A baby under 1 who is taking less than half their usual feeds and passing much less urine may be "
            "getting dehydrated: go to an emergency department now.",
            "NICE NG9 bronchiolitis: refer to hospital for oral intake under 50-75 % of usual or clinical "
            "dehydration [M]; NICE CG84: infants under 1 (especially under 6 months) are at highest risk of "
            "dehydration [M]. Over 1, the two amber features together ask for a clinician within 24 hours.",
            1.0,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Ruleset:
    version: str
    status: str  # "active" (the default) | "candidate" | "superseded" (kept: stored results name it)
    summary: str
    changes: tuple[str, ...] = ()
    pain_matrix: Mapping[tuple[str, str, str], tuple[int, str | None]] = field(default_factory=lambda: PAIN_MATRIX)
    pain_moderate_min: int = 4  # CTAS moderate 4-7 [M]
    pain_severe_min: int = 8  # CTAS severe 8-10 [M]
    pain_esi_cue: int = 7  # ESI v4 decision point B used pain >= 7 as the severe-pain cue [M]
    # (SpO2 at or below, acuity, disposition), most severe first. CTAS respiratory distress [M];
    # the < 92 % limit is also the ESI v5 threshold [V].
    spo2_scale1: tuple[tuple[int, int, str], ...] = ((89, 1, ES), (91, 2, E), (94, 3, U))
    # Prescribed target 88-92 % (NEWS2 Scale 2): below target -> 2; NEWS2 Scale-2 3-point band -> 1 [M/E].
    spo2_scale2: tuple[tuple[int, int, str], ...] = ((83, 1, ES), (87, 2, E))
    consciousness: Mapping[str, tuple[int, str]] = field(
        default_factory=lambda: MappingProxyType(
            {"unresponsive": (1, ES), "pain": (1, ES), "voice": (2, ES), "new_confusion": (2, E)}
        )
    )
    arrest_hr_max: int = 30  # ESI v5 A "pulseless"; the number is the engine's [E]
    arrest_rr_max: int = 6  # ESI v5 A "apnoeic"; the number is the engine's [E]
    adult_sbp_profound_below: int = 80  # ESI v5 A "profound hypotension" [V]; number [E]
    adult_sbp_compromise_max: int = 90  # CTAS hemodynamic compromise [M], NEWS2 3-point band [V]
    adult_hr_compromise_min: int = 131  # CTAS unexplained tachycardia [M], NEWS2 3-point band [V]
    peds_danger_zone: tuple[tuple[float, int, int], ...] = ESI_V5_DANGER_ZONE
    peds_danger_zone_source: str = ESI_VITALS
    peds_rr_level: tuple[int, str] = (2, E)  # ESI "consider ESI 2": fast breathing = respiratory distress
    peds_hr_level: tuple[int, str] = (3, U)  # fever alone raises heart rate: same-day review [E]
    pregnancy_hr_above: int = 100  # ESI v5 adult danger zone [V] (NEWS2 not validated in pregnancy)
    pregnancy_rr_above: int = 20
    news2_response: tuple[tuple[int, int, str], ...] = ((7, 2, ES), (5, 3, E))  # RCP high / medium [M]
    news2_single_red: tuple[int, str] = (3, U)  # RCP: a 3 in one parameter -> urgent ward response [M]
    htn_severe_sbp_above: int = 220  # CTAS hypertension modifier [M]
    htn_severe_dbp_above: int = 130
    htn_moderate_sbp_min: int = 200
    htn_moderate_dbp_min: int = 110
    glucose_low_below: float = 3.0  # CTAS glucose modifier [M]
    glucose_high_above: float = 18.0
    # nhs.uk hypoglycaemia [M]: a person with diabetes, alert and without symptoms of a severe hypo, treats it.
    known_diabetes_hypo_self_treat: bool = False
    known_diabetes_hypo_min: float = 2.0  # below this the engine never leaves a hypo to home care [E]
    context_rules: tuple[ContextRule, ...] = CONTEXT_RULES_2025_11
    # --- ages at which population rules start or stop (days) ---
    adult_from_days: float = 16 * DAYS_PER_YEAR  # NEWS2 validated from 16 years [V]; adult vital-sign rules
    ctas_adult_fever_from_days: float = 17 * DAYS_PER_YEAR  # CTAS adult temperature modifier from 17 [M]
    paeds_fever_until_days: float = 18 * DAYS_PER_YEAR  # ESI v5 paediatric fever considerations [V]
    neonate_until_days: float = 28  # ESI v5: 1-28 days with fever -> at least ESI 2 [V]
    young_infant_until_days: float = 90  # ESI v5: 1-3 months with fever -> consider ESI 2 [V]
    infant_high_fever_until_days: float = DAYS_PER_YEAR / 2  # NICE NG143: 3-6 months with >= 39 °C [M]
    pregnancy_unknown_ages_days: tuple[float, float] = (12 * DAYS_PER_YEAR, 55 * DAYS_PER_YEAR)  # [E]
    older_from_days: float = AGE_65
    # --- temperatures (°C) ---
    fever_from_c: float = 38.0  # CTAS temperature modifier >= 38.0 [M]; ESI v5 infant fever > 38 [V]
    low_temperature_below_c: float = 36.0  # ESI v5 paediatric temperature red flag < 36 [V]; NICE NG51 [V]
    infant_high_fever_from_c: float = 39.0  # NICE NG143 amber/red for 3-6 months [M]
    child_fever_above_c: float = 39.0  # ESI v5 >= 3 months: T > 39 [V]
    child_fever_unvaccinated_above_c: float = 38.5  # ESI v5 > 3 months temperature red flag > 38.5 [V]
    infant_high_fever_level: tuple[int, str] = (2, E)  # 3-6 months >= 39 °C (2026.12: NG143 amber -> (3, U))
    # ESI v5 "consider ESI 2 or 3" for T > 39 at >= 3 months. 2026.12 follows NICE NG143 instead: the height
    # of the temperature alone does not identify serious illness, so it sets the ED priority, not where to go.
    child_high_temperature_alone_is_urgent: bool = True
    # NICE NG51 sepsis, children under 5 [V]: a temperature below 36 °C is a HIGH-risk criterion. None (2025.11 to
    # 2026.12.1): read only as ESI v5 ">= 3 months, T < 36: consider ESI 2 or 3" (urgent). 2026.12.2: this level,
    # from 3 months (younger babies: the infant fever rule) to the NG51 under-5 age.
    child_under_5_low_temperature_level: tuple[int, str] | None = None
    sepsis_under_5_until_days: float = 5 * DAYS_PER_YEAR  # NICE NG51's table for children under 5 [V]
    # --- CTAS temperature modifier: SIRS criteria [M] ---
    sirs_hr_above: int = 90
    sirs_rr_above: int = 20
    # --- NICE NG133 hypertension in pregnancy [M]: (systolic at or above, diastolic at or above) ---
    pregnancy_htn_severe: tuple[int, int] = (160, 110)  # severe: admit
    pregnancy_htn_raised: tuple[int, int] = (140, 90)  # same-day assessment
    # NICE NG133 [M]: raised blood pressure with pre-eclampsia symptoms (headache, visual disturbance) -> hospital.
    pregnancy_htn_symptoms_emergency: bool = False
    # NICE NG136 severe hypertension (systolic, diastolic at or above); None = CTAS bands only.
    nice_severe_htn: tuple[int, int] | None = None
    # --- AHA PALS hypotension [M]: (max age days exclusive, base mmHg, + mmHg per year of age) ---
    pals_min_sbp: tuple[tuple[float, float, float], ...] = (
        (28, 60, 0),
        (DAYS_PER_YEAR, 70, 0),
        (10 * DAYS_PER_YEAR, 70, 2),
        (float("inf"), 90, 0),
    )
    # "global_7d": any self-care complaint lasting more than 7 days -> routine (2025.11).
    # "by_complaint": each complaint's own cited duration thresholds (Complaint.persistence).
    persistence: str = "global_7d"
    danger_signs: DangerSignLevels | None = None  # None: the cross-complaint checklist is ignored
    usual_episodes: bool = False  # a complaint's usual_episode baseline applies when the problem is known, as usual
    reassurances: bool = False  # a "yes" to a complaint's reassuring question selects its self-care baseline


ACTIVE = Ruleset(
    version="2025.11",
    status="superseded",
    summary="CTAS 1st/2nd-order modifiers, NEWS2 (adults), ESI v5 danger-zone vitals and paediatric fever, "
    "complaint baselines and red flags from catalogue 2025.11-cat1.",
)

CANDIDATE = replace(
    ACTIVE,
    version="2025.12-candidate",
    status="superseded",
    summary="2025.11 plus two conservative changes for shadow comparison.",
    changes=(
        "older_abdominal_pain: abdominal or pelvic pain at 65 or over is at least urgent (3).",
        "peds_danger_zone: uses the stricter of the ESI v5 and ESI v4 heart/breathing-rate limits at every age.",
    ),
    peds_danger_zone=stricter_danger_zone(ESI_V5_DANGER_ZONE, ESI_V4_DANGER_ZONE),
    peds_danger_zone_source=f"{ESI_VITALS}; {ESI4_VITALS} (stricter of the two)",
    context_rules=CONTEXT_RULES_2025_11 + CANDIDATE_EXTRA_RULES,
)

# NICE NG158 [M]: suspected DVT or PE with a risk factor (recent surgery, hospital stay, immobility) needs
# assessment the same day, within hours (Wells score, D-dimer, imaging) -> emergency department.
VTE_RULES: tuple[ContextRule, ...] = (
    _ctx(
        "clot_risk_chest",
        "Chest pain or breathlessness after recent surgery, a hospital stay or being stuck in bed can be a "
        "blood clot in the lung.",
        VTE,
        (2, E),
        complaints=("chest_pain", "shortness_of_breath", "coughing_blood", "palpitations", "fainting"),
        all_=("vte_risk",),
    ),
    _ctx(
        "clot_risk_leg",
        "A painful or swollen leg after recent surgery, a hospital stay or being stuck in bed can be a blood clot.",
        VTE,
        (3, E),
        complaints=("leg_swelling", "limb_pain", "cast_problem"),
        all_=("vte_risk",),
    ),
)

THRUSH = (
    "nhs.uk Vaginal thrush: see a GP if pregnant or breastfeeding, under 16 or over 60, or with diabetes or a "
    "weakened immune system (pharmacy treatment is not for them) [V: NHS-derived copies]"
)
SUNBURN_CHILD = (
    "nhs.uk Sunburn: a baby or young child with sunburn should be seen (GP or NHS 111) [V: NHS Choices copy]"
)

# 2026.12 additions keyed to complaints, found where the development vignettes met guidance the
# catalogue did not yet express (docs/triage.md lists each).
UTI_CLINICIAN = (
    "nhs.uk Urinary tract infections / NHS Pharmacy First: pharmacists treat uncomplicated UTI in women 16-64 "
    "who are not pregnant; men, children, pregnancy and 65 and over see a GP [M]; NICE NG109 [M]"
)

RULES_2026_12: tuple[ContextRule, ...] = (
    _ctx(
        "uti_male",
        "Urine infections in men (or when sex at birth was not given) need a clinician's assessment.",
        UTI_CLINICIAN,
        (4, U),
        complaints=("urinary_burning",),
        any_=("sex_male", "sex_other"),
    ),
    _ctx(
        "uti_child",
        "Urine infections in children under 16 need a clinician's assessment within 24 hours.",
        f"{UTI_CLINICIAN}; NICE NG224 UTI in under 16s [M]",
        (4, U),
        complaints=("urinary_burning",),
        max_age_days=16 * DAYS_PER_YEAR,
    ),
    _ctx(
        "uti_older",
        "At 65 or over, a urine infection needs a clinician's assessment within 24 hours.",
        UTI_CLINICIAN,
        (4, U),
        complaints=("urinary_burning",),
        min_age_days=AGE_65,
    ),
    _ctx(
        "uti_pregnancy",
        "A urine infection in pregnancy, or when pregnancy is possible, needs a clinician's assessment within "
        "24 hours.",
        f"{UTI_CLINICIAN}; NICE NG109: pregnancy -> urine culture and treatment [M]; unknown pregnancy status "
        "treated as possible [E]",
        (3, U),
        complaints=("urinary_burning",),
        any_=("pregnant", "pregnancy_unknown"),
    ),
    _ctx(
        "thrush_pregnancy",
        "Thrush in pregnancy needs a clinician's advice: some thrush treatments are not safe in pregnancy.",
        THRUSH,
        (5, R),
        complaints=("vaginal_itch_discharge",),
        all_=("pregnant",),
    ),
    _ctx(
        "thrush_under_16",
        "Under 16, itching or discharge should be checked by a clinician rather than treated from a pharmacy.",
        THRUSH,
        (5, R),
        complaints=("vaginal_itch_discharge",),
        max_age_days=16 * DAYS_PER_YEAR,
    ),
    _ctx(
        "thrush_over_60",
        "Over 60, itching or discharge should be checked by a clinician rather than treated from a pharmacy.",
        THRUSH,
        (5, R),
        complaints=("vaginal_itch_discharge",),
        min_age_days=60 * DAYS_PER_YEAR,
    ),
    _ctx(
        "thrush_diabetes_or_immunity",
        "With diabetes or a weakened immune system, thrush should be checked by a clinician.",
        THRUSH,
        (5, R),
        complaints=("vaginal_itch_discharge",),
        any_=("diabetes", "immunocompromised"),
    ),
    _ctx(
        "young_child_sunburn",
        "A young child's skin burns easily and they dehydrate quickly: a clinician should see sunburn in a child "
        "under 5 within 24 hours.",
        SUNBURN_CHILD,
        (4, U),
        complaints=("sunburn",),
        max_age_days=5 * DAYS_PER_YEAR,
    ),
    _ctx(
        "head_or_neck_high_energy",
        "A head or neck injury in a serious accident (a fast crash, being hit by a car, a fall from height): call "
        "emergency services and keep the neck still.",
        "nhs.uk Head injury: call 999 after a head injury at speed or a fall from height [M]; NICE NG41 spinal "
        "injury: immobilise and transport by ambulance [M]",
        (2, ES),
        complaints=("head_injury", "face_injury", "neck_pain"),
        all_=("high_energy",),
    ),
    _ctx(
        "faint_with_heart_complaint",
        "Fainting with chest pain, a racing heart, heart failure or breathlessness can be a heart rhythm problem: "
        "call emergency services.",
        "nhs.uk Fainting: call 999 if fainting with chest pain, palpitations or breathlessness [M]; NICE CG109 "
        "transient loss of consciousness red flags [M]",
        (2, ES),
        complaints=("chest_pain", "palpitations", "heart_failure_worse", "shortness_of_breath"),
        all_=("faint",),
    ),
    _ctx(
        "dizzy_with_bleeding",
        "Dizziness or faintness with signs of bleeding inside the gut can be shock: call emergency services.",
        "CTAS hemodynamic stability: shock -> level 1 [M]; ESI v5 decision point A [V]",
        (2, ES),
        complaints=("dizziness", "fainting"),
        all_=("bleed_major",),
    ),
    _ctx(
        "spinal_infection",
        "Back pain with a fever when you inject drugs or your immune system is weak can be an infection of the "
        "spine: go to an emergency department now.",
        "NICE CKS Low back pain: suspected spinal infection (fever with a risk factor) -> immediate referral [M]",
        (3, E),
        complaints=("back_pain", "neck_pain"),
        all_=("fever",),
        any_=("spinal_infection_risk", "immunocompromised"),
    ),
    _ctx(
        "pregnancy_pleuritic_pain",
        "Chest pain on breathing in during pregnancy needs checking now for a blood clot or pneumonia.",
        "RCOG Green-top 37a/37b: suspected pulmonary embolism in pregnancy needs immediate assessment [M]",
        (3, E),
        all_=("pregnant", "pleuritic"),
    ),
    _ctx(
        "renal_colic_no_fluids",
        "Kidney stone pain with vomiting that stops you keeping fluids or painkillers down needs hospital "
        "treatment now.",
        "NICE CKS Renal colic: admit if unable to take oral fluids or medication because of vomiting [M]",
        (3, E),
        complaints=("kidney_stone_pain",),
        all_=("no_fluids",),
    ),
    _ctx(
        "bleeding_with_fainting",
        "Heavy bleeding with fainting or feeling faint can be shock: call emergency services and lie down.",
        "CTAS hemodynamic stability: shock -> level 1 [M]; ESI v5 decision point A [V]; nhs.uk: heavy bleeding "
        "with feeling faint or dizzy -> call 999 [M]",
        (2, ES),
        all_=("faint",),
        any_=("bleed_major", "pv_bleed"),
    ),
    _ctx(
        "pregnancy_electric_shock",
        "An electric shock in pregnancy can harm the baby even when you feel well: the maternity team should "
        "check the baby's heartbeat now.",
        "Electrical injury in pregnancy: fetal monitoring after any shock (emergency medicine references) [M]; "
        "ESI v5 decision point B, pregnancy [M]",
        (3, E),
        complaints=("electric_shock",),
        all_=("pregnant",),
    ),
    _ctx(
        "pregnancy_blow_to_body",
        "A blow to the belly, back or side in pregnancy should be checked by the maternity team.",
        "RCOG / ACOG trauma in pregnancy: obstetric assessment after abdominal trauma [M]",
        (3, U),
        complaints=("torso_injury",),
        all_=("pregnant",),
    ),
)

# 2026.12: the cross-complaint danger signs, complaint-specific duration thresholds instead of one
# 7-day rule, and clot-risk rules. Shipped as the shadow of 2025.11, compared on the development
# vignette set (bench/triage_accuracy.py), then promoted (docs/triage.md, "Rollout of 2026.12").
V2026_12 = replace(
    CANDIDATE,
    version="2026.12",
    status="superseded",
    summary="2025.12-candidate plus cross-complaint danger signs (NICE NG51, NG143), complaint-specific "
    "duration thresholds, and clot-risk rules (NICE NG158).",
    changes=(
        *CANDIDATE.changes,
        "danger_signs: a checklist of sepsis, rash, breathing, urine, consciousness and (under 5) NG143 "
        "features asked for every complaint.",
        "persistence: each complaint's own cited 'see someone if it lasts' threshold replaces the global 7-day rule.",
        "clot_risk_chest / clot_risk_leg: recent surgery or immobility with chest, breathing or leg symptoms.",
        "NICE NG143: 3-6 months with 39 °C or more is amber (urgent), not red; a child's temperature over 39 °C "
        "alone no longer asks for a clinician (height of temperature alone does not identify serious illness).",
        "NICE NG136: 180/120 or more is urgent, and an emergency with symptoms; NICE NG133: raised blood pressure "
        "in pregnancy with pre-eclampsia symptoms is an emergency.",
        "Fainting or feeling faint with heavy bleeding is shock: call emergency services (ds_faint).",
        "usual_episodes: a known, diagnosed problem that is as usual (a usual seizure in epilepsy, a usual migraine "
        "aura, known palpitations) starts from its own lower baseline; warning questions still raise it.",
        "known_diabetes_hypo_self_treat: an alert person with diabetes treats a low reading themselves (nhs.uk).",
        "Urine infection in women 16-64 who are not pregnant is self-care with a pharmacist (NHS Pharmacy First).",
    ),
    context_rules=CONTEXT_RULES_2025_11 + CANDIDATE_EXTRA_RULES + VTE_RULES + RULES_2026_12,
    persistence="by_complaint",
    danger_signs=DANGER_SIGNS_2026_12,
    infant_high_fever_level=(3, U),
    child_high_temperature_alone_is_urgent=False,
    pregnancy_htn_symptoms_emergency=True,
    nice_severe_htn=(180, 120),
    usual_episodes=True,
    known_diabetes_hypo_self_treat=True,
)

# 2026.12.1: 2026.12 plus reassuring questions (catalogue 2026.12-cat5). Shipped as the shadow of 2026.12,
# compared on the development vignette set, then promoted (docs/triage.md, "Rollout of 2026.12.1").
V2026_12_1 = replace(
    V2026_12,
    version="2026.12.1",
    status="superseded",
    summary="2026.12 plus reassuring questions: the benign patterns the guidance leaves to self-care.",
    changes=(
        *V2026_12.changes,
        "reassurances: a complaint's reassuring question recognises a benign pattern its guidance leaves to "
        "self-care (baby blues, a single boil, a lump unchanged for years, weight lost on purpose, one combined "
        "pill late...); a 'yes' selects self-care only when no other question was answered 'yes', no danger "
        "sign was ticked and the immune system is known not to be weakened.",
    ),
    reassurances=True,
)

# 2026.12.2: 2026.12.1 plus NICE NG51's under-5 high-risk temperature. A child from 3 months to under 5 with a
# measured temperature below 36 °C goes to an emergency department now, the level of the engine's other NG51
# high-risk signs in children (a floppy child, a weak or high-pitched cry; an infant's fever or low temperature),
# instead of ESI v5's "consider ESI 2 or 3" read as urgent: when in doubt, the more urgent option (ESI 2), and
# the reason says why. 5 and over is unchanged (NG51's under-5 table does not apply). Shipped as the shadow of
# 2026.12.1, compared on the development vignette set, then promoted (docs/triage.md, "Rollout of 2026.12.2").
V2026_12_2 = replace(
    V2026_12_1,
    version="2026.12.2",
    status="superseded",
    summary="2026.12.1 plus NICE NG51: a temperature below 36 °C in a child under 5 is high risk (emergency).",
    changes=(
        *V2026_12_1.changes,
        "child_under_5_low_temperature: 3 months to under 5 with a measured temperature below 36 °C goes to an "
        "emergency department now (NICE NG51 under-5 high-risk criterion; ESI v5 'consider ESI 2'), not urgent.",
    ),
    child_under_5_low_temperature_level=(2, E),
)


# 2026.12.3: five places where the engine was less urgent than the guidance its own rules cite, found by tests
# written from that guidance before the engine was run (triage/tests/test_context_rules_stated.py,
# test_ruleset_ages_stated.py). Each rule is rebuilt with dataclasses.replace, never edited in place, so 2026.12.2
# and every earlier version give each stored answer the result it gave before. Shipped as the shadow of 2026.12.2,
# compared on the development vignette set, then promoted (docs/triage.md, "Rollout of 2026.12.3").
TRAUMA_IN_PREGNANCY = (
    "ACOG trauma in pregnancy: from 20 weeks, fetal monitoring for at least 4 hours after any trauma [M]; RCOG / NHS "
    "maternity guidelines: after a fall or a blow to the abdomen, attend maternity triage for assessment now [M]; "
    "gestation is not asked, so the engine takes the more urgent reading [E: when in doubt, more urgent]"
)
_RULES_BY_ID = {r.rule_id: r for r in V2026_12_2.context_rules}
_CHANGED_2026_12_3: dict[str, ContextRule] = {
    # ACOG / RCOG trauma in pregnancy: assessed now, with fetal monitoring (2026.12.2: urgent, within 24 hours).
    # The questionnaire does not ask the gestation, so when in doubt, more urgent: (2, emergency).
    "pregnancy_injury": replace(
        _RULES_BY_ID["pregnancy_injury"],
        text="A fall, a blow or an accident in pregnancy can harm the baby even when you feel well: the maternity "
        "team should check you and the baby's heartbeat now.",
        source=TRAUMA_IN_PREGNANCY,
        acuity=2,
        disposition=E,
    ),
    "pregnancy_blow_to_body": replace(
        _RULES_BY_ID["pregnancy_blow_to_body"],
        text="A blow to the belly, back or side in pregnancy can harm the baby even when you feel well: the "
        "maternity team should check you and the baby's heartbeat now.",
        source=TRAUMA_IN_PREGNANCY,
        acuity=2,
        disposition=E,
    ),
    # ESI v5 decision point B: possible pulmonary embolism is a high-risk situation (ESI 2); pregnancy is a clot risk
    # factor (NICE NG158), and the engine's own clot_risk_chest gives 2 (2026.12.2: acuity 3, emergency).
    "pregnancy_pleuritic_pain": replace(
        _RULES_BY_ID["pregnancy_pleuritic_pain"],
        source="RCOG Green-top 37a/37b: suspected pulmonary embolism in pregnancy needs immediate assessment [M]; "
        "ESI v5 decision point B: possible pulmonary embolism is high risk -> ESI 2 [V]; NICE NG158: pregnancy is a "
        "clot risk factor [M]",
        acuity=2,
    ),
    # CTAS hemodynamic stability: shock -> level 1 [M]; ESI v5 decision point A: immediate lifesaving intervention
    # -> ESI 1 [V]. Heavy bleeding with fainting is read as shock, the rule's own cited sources (2026.12.2: acuity 2).
    "bleeding_with_fainting": replace(_RULES_BY_ID["bleeding_with_fainting"], acuity=1),
    # NICE NG143 / NG51 "under 3 months", read by the calendar (3 * MONTH, about 91.3 days) rather than ESI v5's
    # "< 90 days": when in doubt, more urgent (2026.12.2: 90 days).
    "infant_under_3_months": replace(
        _RULES_BY_ID["infant_under_3_months"],
        source="NICE NG143 / NG51: under 3 months (3 calendar months) [M]; ESI v5 paediatric considerations "
        "(< 90 days) [V]; the later edge, 3 calendar months, is taken [E: when in doubt, more urgent]",
        max_age_days=3 * MONTH,
    ),
}
CONTEXT_RULES_2026_12_3: tuple[ContextRule, ...] = tuple(
    _CHANGED_2026_12_3.get(r.rule_id, r) for r in V2026_12_2.context_rules
)
V2026_12_3 = replace(
    V2026_12_2,
    version="2026.12.3",
    status="active",
    summary="2026.12.2 plus five fixes where the engine was less urgent than its cited guidance: trauma in "
    "pregnancy is assessed now (ACOG/RCOG), possible PE in pregnancy is ESI 2, heavy bleeding with fainting is "
    "shock (CTAS 1), and 'under 3 months' is 3 calendar months (NICE NG143/NG51).",
    changes=(
        *V2026_12_2.changes,
        "pregnancy_injury: a fall (or chest injury, or serious accident) in pregnancy goes to an emergency department "
        "or maternity unit now, (2, emergency), not urgent: ACOG trauma in pregnancy (fetal monitoring for at least "
        "4 hours from 20 weeks), RCOG/NHS maternity guidelines; gestation is not asked, so when in doubt, more urgent.",
        "pregnancy_blow_to_body: a blow to the belly, back or side in pregnancy goes to an emergency department or "
        "maternity unit now, (2, emergency), not urgent: ACOG / RCOG trauma in pregnancy; when in doubt, more urgent.",
        "pregnancy_pleuritic_pain: chest pain on breathing in during pregnancy is ESI 2 (emergency), not 3: ESI v5 "
        "decision point B (possible PE is high risk), RCOG Green-top 37a/37b; as clot_risk_chest.",
        "bleeding_with_fainting: heavy bleeding with fainting is shock, acuity 1 (emergency services), not 2: CTAS "
        "hemodynamic modifier (shock -> 1), ESI v5 decision point A.",
        "young_infant_until_days, infant_under_3_months: 'under 3 months' is 3 calendar months (about 91.3 days), "
        "not 90 days: NICE NG143/NG51; ESI v5 says < 90 days, and when in doubt, the more urgent reading.",
    ),
    context_rules=CONTEXT_RULES_2026_12_3,
    # NICE NG143 / NG51 "under 3 months" by the calendar; ESI v5 "< 90 days" [V]: the later edge is the more urgent.
    young_infant_until_days=3 * MONTH,
)

RULESETS: Mapping[str, Ruleset] = MappingProxyType(
    {r.version: r for r in (ACTIVE, CANDIDATE, V2026_12, V2026_12_1, V2026_12_2, V2026_12_3)}
)
DEFAULT_RULESET = V2026_12_3.version
LAST_ACTIVE_RULESET = V2026_12_2.version  # what deployments ran before DEFAULT_RULESET: its rollout shadows it
PREVIOUS_RULESET = ACTIVE.version  # what deployments ran before 2026.12 (the first rollout's baseline)
CANDIDATE_RULESET = CANDIDATE.version
