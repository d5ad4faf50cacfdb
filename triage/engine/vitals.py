"""Vital-sign rules: CTAS 1st/2nd-order modifiers, ESI v5 danger zone and paediatric fever, NEWS2.

Every rule here only ever raises urgency as a measurement moves away from normal, which is
what the monotonicity property tests check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .complaints.common import (
    CTAS_FEVER,
    CTAS_GLUCOSE,
    CTAS_HEMO,
    CTAS_HTN,
    CTAS_LOC,
    CTAS_RESP,
    ESI_A,
    ESI_B,
    ESI_PED_FEVER,
    NEWS2_RESPONSE,
    PALS,
    PREG_HTN,
)
from .complaints.common import NEWS2 as NEWS2_BANDS
from .news2 import NEWS2_PARAMETERS, news2
from .rulesets import DAYS_PER_YEAR, Ruleset
from .types import ES, Answers, E, Reason, U, Vitals


def _r(rule_id: str, text: str, source: str, acuity: int, disposition: str | None) -> Reason:
    return Reason(rule_id, text, source, acuity, disposition)


_CONSCIOUSNESS_TEXT = {
    "unresponsive": "The person does not respond: this is a life-threatening emergency.",
    "pain": "The person responds only to pain: this is a life-threatening emergency.",
    "voice": "The person is drowsy and responds only when spoken to; they should not travel by car.",
    "new_confusion": "New confusion needs assessment in an emergency department now.",
}
# ESI v5 A [V]: unresponsive (P or U on AVPU) -> ESI 1. CTAS LOC [M]: GCS 3-9 -> 1, 10-13 -> 2.
# ESI v5 B [V]: confused / lethargic / disoriented -> ESI 2. "Voice" gets an ambulance [E]: a drowsy
# patient cannot protect themselves on the way.
_CONSCIOUSNESS_SOURCE = {
    "unresponsive": f"{ESI_A}; {CTAS_LOC} (GCS 3-9)",
    "pain": f"{ESI_A}; {CTAS_LOC} (GCS 3-9)",
    "voice": f"{CTAS_LOC} (GCS 10-13); {ESI_B} [E: ambulance]",
    "new_confusion": f"{ESI_B} (confused); {CTAS_LOC}",
}

ARREST = _r(
    "esi.a.apnoea_pulseless",
    "A very slow or absent pulse or breathing: call emergency services and "
    "start CPR if the person is not breathing normally.",
    f"{ESI_A} (apnoeic / pulseless) [E: numbers]",
    1,
    ES,
)
SPO2_TEXT = {
    1: "Your oxygen level is very low (severe breathing difficulty).",
    2: "Your oxygen level is low (moderate breathing difficulty).",
    3: "Your oxygen level is a little low (mild breathing difficulty): a clinician should check you today.",
}
ADULT_SBP_PROFOUND = _r(
    "ctas.hemo.profound_hypotension",
    "Your blood pressure is very low (possible shock).",
    f"{ESI_A} (profound hypotension); {CTAS_HEMO} (shock)",
    1,
    ES,
)
ADULT_SBP_LOW = _r(
    "ctas.hemo.hypotension",
    "Your blood pressure is low (top number 90 or less).",
    f"{CTAS_HEMO} (suspected hypotension); {NEWS2_BANDS}",
    2,
    E,
)
CHILD_SBP_LOW = _r(
    "pals.hypotension",
    "The child's blood pressure is low for their age (possible shock).",
    f"{PALS}; {CTAS_HEMO} (shock)",
    1,
    ES,
)
ADULT_HR_HIGH = _r(
    "ctas.hemo.tachycardia",
    "Your heart rate is very fast (131 or more) without a clear cause.",
    f"{CTAS_HEMO} (unexplained tachycardia); {NEWS2_BANDS} (3-point band)",
    2,
    E,
)
PREG_DANGER = _r(
    "esi.danger_zone.pregnancy",
    "Your heart or breathing rate is raised for pregnancy: a clinician should check within 24 hours.",
    "ESI v5 danger-zone vitals, adult row (ENA 2023) [V]; NEWS2 is not validated in pregnancy",
    3,
    U,
)
HTN = {
    ("severe", True): _r(
        "ctas.htn.severe_symptomatic",
        "Very high blood pressure (over 220/130) with symptoms.",
        f"{CTAS_HTN} (with symptoms)",
        2,
        E,
    ),
    ("severe", False): _r(
        "ctas.htn.severe",
        "Very high blood pressure (over 220/130) without symptoms.",
        f"{CTAS_HTN} (without symptoms)",
        3,
        U,
    ),
    ("moderate", True): _r(
        "ctas.htn.moderate_symptomatic",
        "High blood pressure (200/110 or more) with symptoms.",
        f"{CTAS_HTN} (with symptoms)",
        3,
        U,
    ),
    ("moderate", False): _r(
        "ctas.htn.moderate",
        "High blood pressure (200/110 or more) without symptoms: have it rechecked by a clinician.",
        f"{CTAS_HTN} (without symptoms)",
        4,
        "routine",
    ),
}


# NICE NG133 [M]: severe hypertension in pregnancy -> admit; raised -> same-day assessment (ruleset numbers).
def _preg_htn_reason(severe: bool, systolic: int, diastolic: int) -> Reason:
    kind = "severe" if severe else "raised"
    text = f"Blood pressure of {systolic}/{diastolic} or more in or just after pregnancy."
    return _r(f"pregnancy.htn.{kind}", text, PREG_HTN, 2 if severe else 3, E if severe else U)


PREG_HTN_SYMPTOMATIC = _r(
    "pregnancy.htn.symptomatic",
    "Raised blood pressure in or just after pregnancy, with a headache, vision changes or sudden swelling, "
    "can be pre-eclampsia: go to hospital (maternity assessment) now.",
    f"{PREG_HTN} (suspected pre-eclampsia with symptoms: same-day secondary care assessment)",
    2,
    E,
)


def _nice_htn_reason(symptomatic: bool, systolic: int, diastolic: int) -> Reason:
    if symptomatic:
        return _r(
            "nice.htn.severe_symptomatic",
            f"Blood pressure of {systolic}/{diastolic} or more with symptoms needs assessment in hospital today.",
            "NICE NG136 hypertension: 180/120 or more with symptoms -> same-day specialist assessment [M]",
            2,
            E,
        )
    return _r(
        "nice.htn.severe",
        f"Blood pressure of {systolic}/{diastolic} or more: a clinician should check you within 24 hours, even if "
        "you feel well.",
        "NICE NG136 hypertension: 180/120 or more without symptoms -> tests for organ damage as soon as possible [M]",
        3,
        U,
    )


GLUCOSE = {
    ("low", True): _r(
        "ctas.glucose.low_symptomatic",
        "Low blood sugar (under 3 mmol/L) with symptoms.",
        f"{CTAS_GLUCOSE} (< 3 mmol/L with symptoms)",
        2,
        E,
    ),
    ("low", False): _r(
        "ctas.glucose.low",
        "Low blood sugar (under 3 mmol/L): eat or drink something sugary now.",
        f"{CTAS_GLUCOSE} (< 3 mmol/L without symptoms)",
        3,
        U,
    ),
    ("high", True): _r(
        "ctas.glucose.high_symptomatic",
        "Very high blood sugar (over 18 mmol/L) with symptoms.",
        f"{CTAS_GLUCOSE} (> 18 mmol/L with symptoms)",
        2,
        E,
    ),
    ("high", False): _r(
        "ctas.glucose.high",
        "Very high blood sugar (over 18 mmol/L).",
        f"{CTAS_GLUCOSE} (> 18 mmol/L without symptoms)",
        3,
        U,
    ),
}
# nhs.uk Low blood sugar (hypoglycaemia) [M]: someone with diabetes who is awake and can swallow treats a
# hypo with fast-acting sugar and rechecks after 15 minutes; confusion, drowsiness or no improvement after
# treatment is an emergency (asked by the diabetes questions, and by ACVPU when measured).
KNOWN_DIABETES_HYPO = _r(
    "hypo.known_diabetes_alert",
    "Low blood sugar: eat or drink something sugary now (for example glucose tablets or a sugary drink), recheck "
    "in 15 minutes, then have a snack. If you become confused or drowsy, or it is not better after 3 tries, call "
    "emergency services.",
    f"nhs.uk Low blood sugar (hypoglycaemia): self-treatment when awake and able to swallow [M]; {CTAS_GLUCOSE} "
    "(< 3 mmol/L without symptoms: ED priority 3)",
    4,
    None,
)
# ESI v5 paediatric fever [V]: 1-28 d with T > 38 -> at least ESI 2; 1-3 mo -> consider ESI 2 (the engine
# takes it); < 90 d with T < 36 is a temperature red flag. >= 3 mo: T > 39 or < 36, or incomplete
# immunisations -> consider ESI 2 or 3 (the engine uses 3 = same-day review).
NEONATE_FEVER = _r(
    "esi.ped_fever.neonate",
    "A fever (38 °C or more) or low temperature in a baby under 28 days old always needs checking now.",
    f"{ESI_PED_FEVER} (1-28 days: at least ESI 2)",
    2,
    E,
)
YOUNG_INFANT_FEVER = _r(
    "esi.ped_fever.1_3_months",
    "A fever (38 °C or more) or low temperature in a baby under "
    "3 months old needs checking now (the engine takes the more urgent option).",
    f"{ESI_PED_FEVER} (1-3 months: consider ESI 2)",
    2,
    E,
)
_INFANT_HIGH_FEVER_TEXT = {
    E: "A temperature of 39 °C or more in a baby aged 3 to 6 months needs checking now.",
    U: "A temperature of 39 °C or more in a baby aged 3 to 6 months: a clinician should check within 24 hours.",
}
# 2025.11 read it as a red feature; NICE NG143 lists it among the amber features (checked for 2026.12).
_INFANT_HIGH_FEVER_SOURCE = {
    E: "NICE NG143 fever in under-5s: red feature [M]",
    U: "NICE NG143 fever in under-5s: amber feature, age 3-6 months with 39 °C or more [V]",
}


def _infant_high_fever_reason(acuity: int, disposition: str) -> Reason:
    return _r(
        "nice.fever.3_6_months",
        _INFANT_HIGH_FEVER_TEXT[disposition],
        _INFANT_HIGH_FEVER_SOURCE[disposition],
        acuity,
        disposition,
    )


CHILD_HIGH_TEMPERATURE_ONLY = _r(
    "nice.fever.height_alone",
    "A high temperature on its own does not show how ill a child is: watch for the warning signs instead.",
    "NICE NG143: do not use the height of body temperature alone to identify children with serious illness [V]; "
    f"{ESI_PED_FEVER} (>= 3 months, T > 39: 'consider ESI 2 or 3'; the engine follows NICE at home) [E]",
    4,
    None,
)
CHILD_FEVER = _r(
    "esi.ped_fever.over_3_months",
    "A temperature over 39 °C or under 36 °C in a child: a clinician should check within 24 hours.",
    f"{ESI_PED_FEVER} (>= 3 months: consider ESI 2 or 3)",
    3,
    U,
)
# NICE NG51 sepsis, children under 5 [V]: temperature < 36 °C is a high-risk criterion, which NG51 sends for
# emergency assessment; ESI v5 (>= 3 months, T < 36) says "consider ESI 2 or 3" and the engine takes ESI 2, the
# more urgent (2026.12.2: Ruleset.child_under_5_low_temperature_level). Texts by the disposition they go with.
_CHILD_LOW_TEMPERATURE_TEXT = {
    E: "A temperature under 36 °C in a child under 5 can be a sign of a serious infection (sepsis): go to an "
    "emergency department now.",
}
_CHILD_LOW_TEMPERATURE_SOURCE = (
    "NICE NG51 sepsis: high-risk criteria for children under 5, temperature < 36 °C [V]; "
    f"{ESI_PED_FEVER} (>= 3 months, T < 36: 'consider ESI 2 or 3'; the engine takes ESI 2, the more urgent)"
)


def _child_low_temperature_reason(acuity: int, disposition: str) -> Reason:
    return _r(
        "nice.sepsis.under_5_low_temperature",
        _CHILD_LOW_TEMPERATURE_TEXT[disposition],
        _CHILD_LOW_TEMPERATURE_SOURCE,
        acuity,
        disposition,
    )


CHILD_FEVER_UNVACCINATED = _r(
    "esi.ped_fever.incomplete_immunisations",
    "A fever over 38.5 °C in a child who has missed vaccinations: a clinician should check within 24 hours.",
    f"{ESI_PED_FEVER} (incomplete immunisations)",
    3,
    U,
)
# CTAS adult temperature modifier [M]: SIRS 3 (or septic-looking) -> 2; 1-2 SIRS / unwell -> 3; fever only -> 4.
SIRS = {
    3: _r(
        "ctas.fever.sirs3",
        "Fever or low temperature with a fast pulse and fast breathing (possible sepsis).",
        f"{CTAS_FEVER} (3 SIRS criteria)",
        2,
        E,
    ),
    2: _r(
        "ctas.fever.sirs2",
        "Fever or low temperature with a fast pulse or fast breathing: a clinician should check within 24 hours.",
        f"{CTAS_FEVER} (1-2 SIRS criteria, looks unwell)",
        3,
        U,
    ),
    1: _r("ctas.fever.only", "Fever alone, with no other abnormal measurement.", f"{CTAS_FEVER} (looks well)", 4, None),
}
NEWS2_SINGLE = "news2.single_parameter_3"
_SPO2_SOURCE = {
    1: f"{CTAS_RESP} (severe: SpO2 < 90 %); {ESI_A}",
    2: f"{CTAS_RESP} (moderate: SpO2 < 92 %); ESI v5 SpO2 < 92 % [V]",
    3: f"{CTAS_RESP} (mild: SpO2 92-94 %)",
}
_cache: dict[tuple, Reason] = {}


def _memo(factory, *args) -> Reason:
    """Reasons depend only on their arguments: build each distinct one once."""
    key = (factory, *args)
    r = _cache.get(key)
    if r is None:
        r = _cache[key] = factory(*args)
    return r


def _loc_reason(c: str, acuity: int, disp: str) -> Reason:
    return _r(f"ctas.loc.{c}", _CONSCIOUSNESS_TEXT[c], _CONSCIOUSNESS_SOURCE[c], acuity, disp)


def _spo2_reason(scale: int, acuity: int, disp: str) -> Reason:
    source = _SPO2_SOURCE[acuity] if scale == 1 else f"{CTAS_RESP}; NEWS2 Scale 2 (target 88-92 %) [M/E]"
    return _r(f"ctas.resp.spo2_scale{scale}.{acuity}", SPO2_TEXT[acuity], source, acuity, disp)


def _news2_reason(score: int, minimum: int, acuity: int, disp: str) -> Reason:
    level = "high, needs an emergency response." if disp == ES else "medium, needs an urgent response."
    return _r(
        f"news2.aggregate_{minimum}_plus",
        f"Your early-warning score (NEWS2) is {score}: {level}",
        f"{NEWS2_BANDS}; {NEWS2_RESPONSE} (aggregate >= {minimum})",
        acuity,
        disp,
    )


def _news2_red_reason(score: int, acuity: int, disp: str) -> Reason:
    return _r(
        NEWS2_SINGLE,
        f"One of your measurements is far from normal (NEWS2 {score}, with a 3 in a single "
        "parameter): a clinician should check you today.",
        f"{NEWS2_BANDS}; {NEWS2_RESPONSE} (single parameter 3)",
        acuity,
        disp,
    )


def _pdz_rr_reason(limit: int, source: str, acuity: int, disp: str) -> Reason:
    return _r(
        "esi.danger_zone.rr",
        f"The breathing rate is fast for the child's age (over {limit} a minute).",
        f"{source} - consider ESI 2",
        acuity,
        disp,
    )


def _pdz_hr_reason(limit: int, source: str, acuity: int, disp: str) -> Reason:
    return _r(
        "esi.danger_zone.hr",
        f"The heart rate is fast for the child's age (over {limit} a minute): a clinician should check today.",
        f"{source} - consider ESI 2 [E: same-day]",
        acuity,
        disp,
    )


def _pals_min_sbp(rs: Ruleset, age_days: float) -> float:
    for until, base, per_year in rs.pals_min_sbp:
        if age_days < until:
            return base + per_year * (age_days / DAYS_PER_YEAR)
    return rs.pals_min_sbp[-1][1]


@dataclass(slots=True)
class _Case:
    """What every vital-sign rule reads, gathered once per evaluation."""

    a: Answers
    v: Vitals
    rs: Ruleset
    facts: set[str]
    pregnant: bool
    age_days: float
    out: list[Reason]

    @property
    def fever(self) -> bool:
        return "fever" in self.facts

    @property
    def altered(self) -> bool:
        return self.v.consciousness not in (None, "alert")


# --- rules for every age -----------------------------------------------------------------------------------


def _consciousness(k: _Case) -> None:
    c = k.v.consciousness
    if k.altered:
        k.out.append(_memo(_loc_reason, c, *k.rs.consciousness[c]))


def _arrest(k: _Case) -> None:
    hr, rr = k.v.heart_rate, k.v.respiratory_rate
    if (hr is not None and hr <= k.rs.arrest_hr_max) or (rr is not None and rr <= k.rs.arrest_rr_max):
        k.out.append(ARREST)


def _spo2(k: _Case) -> None:
    if k.v.spo2 is None:
        return
    # NEWS2 Scale 2 (a prescribed 88-92 % target, hypercapnic COPD) is for adults only [V]: a child's low
    # saturation is always read on Scale 1.
    scale2 = bool(k.v.spo2_scale2) and k.age_days >= k.rs.adult_from_days
    for limit, acuity, disp in k.rs.spo2_scale2 if scale2 else k.rs.spo2_scale1:
        if k.v.spo2 <= limit:
            k.out.append(_memo(_spo2_reason, 2 if scale2 else 1, acuity, disp))
            return


def _glucose(k: _Case) -> None:
    g, rs = k.v.blood_glucose_mmol_l, k.rs
    if g is not None and (g < rs.glucose_low_below or g > rs.glucose_high_above):
        symptomatic = "glucose_symptom" in k.facts or k.altered
        low = g < rs.glucose_low_below
        self_treat = rs.known_diabetes_hypo_self_treat and "diabetes_confirmed" in k.facts
        # Adults only, and not a very low reading [E]: a child's or a profound hypo is never left to home care.
        self_treat = self_treat and k.age_days >= rs.adult_from_days and g >= rs.known_diabetes_hypo_min
        if low and not symptomatic and self_treat:
            k.out.append(KNOWN_DIABETES_HYPO)
            return
        k.out.append(GLUCOSE[("low" if low else "high", symptomatic)])


# --- adults (NEWS2 age and over) ------------------------------------------------------------------------------


def _adult_blood_pressure(k: _Case) -> None:
    sbp, dbp, rs = k.v.systolic_bp, k.v.diastolic_bp, k.rs
    if sbp is not None:
        if sbp < rs.adult_sbp_profound_below:
            k.out.append(ADULT_SBP_PROFOUND)
        elif sbp <= rs.adult_sbp_compromise_max:
            k.out.append(ADULT_SBP_LOW)
    if sbp is None and dbp is None:
        return
    s, d = sbp or 0, dbp or 0
    if s > rs.htn_severe_sbp_above or d > rs.htn_severe_dbp_above:
        band = "severe"
    elif s >= rs.htn_moderate_sbp_min or d >= rs.htn_moderate_dbp_min:
        band = "moderate"
    else:
        return
    k.out.append(HTN[(band, "htn_symptom" in k.facts or k.altered)])


def _nice_severe_hypertension(k: _Case) -> None:
    # NICE NG136 1.5 [M]: 180/120 or more -> same-day specialist referral with symptoms or signs of
    # accelerated hypertension; without them, tests for organ damage as soon as possible.
    limits = k.rs.nice_severe_htn
    if limits is None or k.pregnant:
        return
    s, d = k.v.systolic_bp or 0, k.v.diastolic_bp or 0
    if s >= limits[0] or d >= limits[1]:
        symptomatic = "htn_symptom" in k.facts or k.altered
        k.out.append(_memo(_nice_htn_reason, symptomatic, *limits))


def _adult_heart_rate(k: _Case) -> None:
    if k.v.heart_rate is not None and k.v.heart_rate >= k.rs.adult_hr_compromise_min:
        k.out.append(ADULT_HR_HIGH)


def _adult_sirs(k: _Case) -> None:
    # CTAS adult temperature modifier [M]: fever (or a low temperature) with SIRS heart and breathing criteria.
    rs, t = k.rs, k.v.temperature_c
    if k.age_days < rs.ctas_adult_fever_from_days:
        return
    if not (k.fever or (t is not None and t < rs.low_temperature_below_c)):
        return
    hr, rr = k.v.heart_rate, k.v.respiratory_rate
    count = 1 + (hr is not None and hr > rs.sirs_hr_above) + (rr is not None and rr > rs.sirs_rr_above)
    if count >= 2 or k.fever:
        k.out.append(SIRS[count])


# --- pregnancy and the weeks after birth ----------------------------------------------------------------------


def _pregnancy_blood_pressure(k: _Case) -> None:
    sbp, dbp, rs = k.v.systolic_bp, k.v.diastolic_bp, k.rs
    if sbp is None and dbp is None:
        return
    s, d = sbp or 0, dbp or 0
    for severe, (s_min, d_min) in ((True, rs.pregnancy_htn_severe), (False, rs.pregnancy_htn_raised)):
        if s >= s_min or d >= d_min:
            k.out.append(_memo(_preg_htn_reason, severe, s_min, d_min))
            if not severe and rs.pregnancy_htn_symptoms_emergency and "htn_symptom" in k.facts:
                k.out.append(PREG_HTN_SYMPTOMATIC)
            return


def _pregnancy_danger_zone(k: _Case) -> None:
    hr, rr, rs = k.v.heart_rate, k.v.respiratory_rate, k.rs
    if (hr is not None and hr > rs.pregnancy_hr_above) or (rr is not None and rr > rs.pregnancy_rr_above):
        k.out.append(PREG_DANGER)


# --- children (under the NEWS2 age) ------------------------------------------------------------------------------


def _child_blood_pressure(k: _Case) -> None:
    if k.v.systolic_bp is not None and k.v.systolic_bp < _pals_min_sbp(k.rs, k.age_days):
        k.out.append(CHILD_SBP_LOW)


def _child_danger_zone(k: _Case) -> None:
    # Rows are (max age in days, exclusive; HR limit; RR limit); past the last row, its limits apply.
    rs = k.rs
    row = next((r for r in rs.peds_danger_zone if k.age_days < r[0]), rs.peds_danger_zone[-1])
    hr_limit, rr_limit = row[1], row[2]
    if k.v.respiratory_rate is not None and k.v.respiratory_rate > rr_limit:
        k.out.append(_memo(_pdz_rr_reason, rr_limit, rs.peds_danger_zone_source, *rs.peds_rr_level))
    if k.v.heart_rate is not None and k.v.heart_rate > hr_limit:
        k.out.append(_memo(_pdz_hr_reason, hr_limit, rs.peds_danger_zone_source, *rs.peds_hr_level))


def _child_temperature(k: _Case) -> None:
    # ESI v5 >= 3 months [V]; NICE NG143 3-6 months >= 39 °C [M]; NICE NG51 under 5, T < 36 °C [V] (2026.12.2).
    rs, t = k.rs, k.v.temperature_c
    if t is None:
        return
    if k.age_days < rs.infant_high_fever_until_days and t >= rs.infant_high_fever_from_c:
        k.out.append(_memo(_infant_high_fever_reason, *rs.infant_high_fever_level))
    if t > rs.child_fever_above_c and rs.child_high_temperature_alone_is_urgent:
        k.out.append(CHILD_FEVER)
    elif t > rs.child_fever_above_c:
        k.out.append(CHILD_HIGH_TEMPERATURE_ONLY)
    elif t < rs.low_temperature_below_c:
        low_level = rs.child_under_5_low_temperature_level
        if low_level is not None and k.age_days < rs.sepsis_under_5_until_days:
            k.out.append(_memo(_child_low_temperature_reason, *low_level))
        else:
            k.out.append(CHILD_FEVER)
    elif t > rs.child_fever_unvaccinated_above_c and k.a.immunizations_incomplete:
        k.out.append(CHILD_FEVER_UNVACCINATED)


def _infant_fever(rs: Ruleset, age_days: float, t: float | None, fever: bool, out: list[Reason]) -> None:
    # ESI v5 [V]: age alone makes a fever (or a low temperature) high risk under 3 months, measured or reported.
    if age_days >= rs.young_infant_until_days:
        return
    if fever or (t is not None and t < rs.low_temperature_below_c):
        out.append(NEONATE_FEVER if age_days < rs.neonate_until_days else YOUNG_INFANT_FEVER)


def _young_infant(k: _Case) -> None:
    _infant_fever(k.rs, k.age_days, k.v.temperature_c, k.fever, k.out)


# --- which rules apply to whom ------------------------------------------------------------------------------------
# Each row: (population, who it is, its rules). A patient may belong to several (a pregnant adult).
_POPULATIONS: tuple[tuple[str, Callable[[_Case], bool], tuple[Callable[[_Case], None], ...]], ...] = (
    ("everyone", lambda k: True, (_consciousness, _arrest, _spo2, _glucose)),
    (
        "adult",
        lambda k: k.age_days >= k.rs.adult_from_days,
        (_adult_blood_pressure, _nice_severe_hypertension, _adult_heart_rate),
    ),
    ("pregnancy", lambda k: k.pregnant or "postpartum" in k.facts, (_pregnancy_blood_pressure,)),
    ("pregnant adult", lambda k: k.pregnant and k.age_days >= k.rs.adult_from_days, (_pregnancy_danger_zone,)),
    ("child", lambda k: k.age_days < k.rs.adult_from_days, (_child_blood_pressure, _child_danger_zone)),
    ("infant under 3 months", lambda k: k.age_days < k.rs.young_infant_until_days, (_young_infant,)),
    (
        "child 3 months and over",
        lambda k: k.rs.young_infant_until_days <= k.age_days < k.rs.paeds_fever_until_days,
        (_child_temperature,),
    ),
    ("adult, temperature", lambda k: True, (_adult_sirs,)),
)


def apply_vitals(
    a: Answers, rs: Ruleset, facts: set[str], pregnant: bool, out: list[Reason], notes: list[str]
) -> int | None:
    """Append the reasons the vital signs trigger; return the NEWS2 score when it applies."""
    age_days = a.age_years * DAYS_PER_YEAR
    if a.vitals is None:
        # Infant fever rules work from reported fever too.
        _infant_fever(rs, age_days, None, "fever" in facts, out)
        return None
    k = _Case(a, a.vitals, rs, facts, pregnant, age_days, out)
    for _name, applies, rules in _POPULATIONS:
        if applies(k):
            for rule in rules:
                rule(k)
    if age_days < rs.adult_from_days:
        return None
    return _news2(k, notes)


def _news2(k: _Case, notes: list[str]) -> int | None:
    if k.pregnant:
        notes.append(
            "NEWS2 is not validated in pregnancy, so it was not used; adult danger-zone limits were applied instead."
        )
        return None
    score, red, measured = news2(k.v)
    if measured == 0:
        return None
    if measured < NEWS2_PARAMETERS:
        notes.append(
            f"NEWS2 was calculated from {measured} of {NEWS2_PARAMETERS} measurements; the missing ones "
            "were counted as normal, so the true score may be higher."
        )
    for minimum, acuity, disp in k.rs.news2_response:
        if score >= minimum:
            k.out.append(_memo(_news2_reason, score, minimum, acuity, disp))
            break
    else:
        if red:
            k.out.append(_memo(_news2_red_reason, score, *k.rs.news2_single_red))
    return score
