"""Clinical rules stated as tests, with expected outcomes written here from the guidance (issue 16, item 2).

Every expected level below was written from the cited guidance, never read from the catalogue, the rulesets or
the tables the engine uses: a change to a level in the engine must fail here unless the guidance changed too.

Runs without Django or a database (the engine's public entry point: validate_answers + evaluate):
    .venv/bin/python -m pytest -p no:django --noconftest triage/tests/test_rules_stated.py
"""

from __future__ import annotations

import pytest

from triage.engine import DISPOSITION_RANK, evaluate, validate_answers

EMERGENCY_SERVICES = "emergency_services"
URGENT = "urgent"


def triage(complaint: str, *, age: float = 45, sex: str = "male", flags=(), pain: int = 3, **extra):
    """Run one questionnaire through the engine, exactly as a patient's JSON answers would arrive."""
    raw = {
        "age_years": age,
        "sex": sex,
        "complaint": complaint,
        "pain": pain,
        "onset": "sudden",
        "duration": "lt_1h",
        "red_flags": dict.fromkeys(flags, True),
        "danger_signs": {},
        **extra,
    }
    if sex != "male" and age >= 10 and "pregnant" not in raw:
        raw["pregnant"] = False
    return evaluate(validate_answers(raw))


# --- 1. Chest pain: heart-attack (and other life-threatening) signs mean call 999 ------------------------------
# nhs.uk Chest pain / Heart attack (https://www.nhs.uk/conditions/chest-pain/,
# https://www.nhs.uk/conditions/heart-attack/): call 999 for sudden chest pain that spreads to the arms, back,
# neck or jaw, or feels heavy or tight, or comes with sweating, feeling sick, light-headedness or breathlessness;
# call 999 at once if you think someone is having a heart attack.
# NICE CG95 (chest pain of recent onset) 1.1.1: refer as an emergency when an acute coronary syndrome is suspected
# and the person has chest pain now (in the UK: a 999 ambulance).
# nhs.uk Pulmonary embolism: chest pain with sudden breathlessness or coughing blood -> call 999.
CHEST_PAIN_999 = [
    pytest.param(
        "cardiac_features",
        id="pain_like_pressure_or_spreading_to_arm_neck_jaw_or_back__nhs_chest_pain_999",
    ),
    pytest.param(
        "cardiac_associated",
        id="pain_with_sweating_sickness_light_headedness_or_breathlessness__nhs_chest_pain_999",
    ),
    pytest.param(
        "heart_history",
        id="pain_like_a_previous_heart_attack_or_angina__suspected_acs_nice_cg95_emergency",
    ),
    pytest.param(
        "tearing",
        id="sudden_severe_tearing_pain_through_to_the_back__nhs_chest_pain_spreading_to_back_999",
    ),
    pytest.param(
        "clot_signs",
        id="chest_pain_with_sudden_breathlessness_or_coughing_blood__nhs_pulmonary_embolism_999",
    ),
    pytest.param(
        "severe_breathing",
        id="chest_pain_with_severe_difficulty_breathing__nhs_when_to_call_999",
    ),
]


@pytest.mark.parametrize("flag_id", CHEST_PAIN_999)
def test_chest_pain_with_heart_attack_signs_means_call_emergency_services_not_go_to_ae(flag_id):
    """A 55-year-old man with chest pain of moderate severity (5/10) and one heart-attack warning sign must be
    told to call emergency services: an ambulance, not making his own way to A&E."""
    result = triage("chest_pain", age=55, pain=5, flags=[flag_id])
    assert result.disposition == EMERGENCY_SERVICES, (flag_id, result.disposition)


def test_chest_pain_spreading_to_the_arm_with_sweating_means_call_emergency_services():
    """The textbook heart attack (NHS: pain spreading to the arm, with sweating): 999, at any pain score."""
    result = triage("chest_pain", age=62, sex="female", pain=2, flags=["cardiac_features", "cardiac_associated"])
    assert result.disposition == EMERGENCY_SERVICES


# --- 1b. Across complaints: signs that always mean call 999 -------------------------------------------------------
# Written from nhs.uk "When to call 999"
# (https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/) [from memory] and
# South Western Ambulance Service NHS FT "When to call 999" (https://www.swast.nhs.uk/when-to-call-999) [read]:
# call 999 for loss of consciousness, breathing difficulties, suspected stroke (FAST), fits that are not
# stopping, severe bleeding, severe allergic reactions (anaphylaxis) and choking.
# Only questions whose complaint does not already call 999 without them are listed, so each one matters.
# (complaint, question id, age, sex, the sign in the guidance's words)
MUST_CALL_999 = [
    # loss of consciousness / not breathing normally
    ("overdose_poisoning", "hard_to_wake", 30, "female", "unconscious or very hard to wake after an overdose"),
    ("near_drowning", "not_breathing_normally", 12, "male", "not breathing normally after being in water"),
    # severe breathing difficulty (fighting for breath, only a few words, blue lips)
    ("shortness_of_breath", "severe_breathing", 45, "male", "severe difficulty breathing"),
    ("asthma", "severe_breathing", 19, "female", "severe difficulty breathing in an asthma attack"),
    # suspected stroke: Face, Arms, Speech -> Time to call 999
    ("headache", "stroke_signs", 67, "female", "FAST signs with a headache"),
    ("weakness_numbness", "stroke_signs", 74, "male", "FAST signs: sudden face droop, arm weakness, speech"),
    ("dizziness", "stroke_signs", 70, "female", "FAST signs with dizziness"),
    ("facial_weakness", "stroke_other_signs", 58, "male", "face droop with arm or speech problems"),
    # severe allergic reaction (anaphylaxis)
    ("allergic_reaction", "anaphylaxis_signs", 28, "female", "swollen lips/tongue/throat, wheeze, faint"),
    ("insect_bite_sting", "anaphylaxis_signs", 40, "male", "anaphylaxis after a sting"),
    # a fit that is not stopping (over 5 minutes, or one after another)
    ("seizure", "ongoing", 35, "male", "a seizure lasting over 5 minutes or repeated seizures"),
    # severe bleeding that will not stop
    ("wound", "uncontrolled_bleeding", 33, "male", "spurting bleeding, or bleeding through firm pressure"),
    ("major_accident", "heavy_bleeding", 26, "female", "heavy bleeding that will not stop after an accident"),
    # choking: cannot breathe, speak or cough
    ("choking", "cannot_breathe", 50, "male", "choking: unable to breathe, speak or cough"),
]


@pytest.mark.parametrize(
    ("complaint", "flag_id", "age", "sex", "sign"),
    MUST_CALL_999,
    ids=[f"{c}.{f}" for c, f, *_ in MUST_CALL_999],
)
def test_nhs_when_to_call_999_signs_force_call_emergency_services(complaint, flag_id, age, sex, sign):
    result = triage(complaint, age=age, sex=sex, flags=[flag_id])
    assert result.disposition == EMERGENCY_SERVICES, f"{complaint}.{flag_id} ({sign}): got {result.disposition}"


# --- 2. Low temperature in a baby of 3 months and over --------------------------------------------------------------
# A temperature below 36 °C in a child under 5 is a warning feature: NICE NG51 (sepsis) lists it among the
# HIGH-risk criteria for under-5s, and NICE NG143 (fever in under 5s) takes its red features from the same list,
# with any red feature needing a face-to-face assessment (within 2 hours, remote-assessment advice); ESI v5
# paediatric fever considerations: >= 3 months with T < 36 °C -> "consider ESI 2 or 3". So whatever else, the
# baby must see a clinician the same day: at least "urgent" (acuity 3 or more urgent). 36.0 °C is not below
# 36 °C: on its own it raises nothing.
FOUR_MONTHS = 4 / 12


def baby_answers_with_temperature(temperature_c):
    extra = {} if temperature_c is None else {"vitals": {"temperature_c": temperature_c}}
    # A parent worried about a baby with no warning sign ticked: only the temperature can raise the level.
    return triage("child_fever", age=FOUR_MONTHS, sex="female", pain=0, onset="gradual", duration="1_24h", **extra)


def test_baby_of_4_months_at_35_8_c_is_below_the_36_c_line_and_needs_a_clinician_the_same_day():
    result = baby_answers_with_temperature(35.8)
    assert DISPOSITION_RANK[result.disposition] >= DISPOSITION_RANK[URGENT], result.disposition
    assert result.acuity <= 3, result.acuity
    assert result.disposition != baby_answers_with_temperature(None).disposition, "the low temperature raised nothing"


@pytest.mark.parametrize("temperature_c", [35.9, 35.6, 35.0])
def test_baby_of_4_months_below_36_c_needs_a_clinician_the_same_day(temperature_c):
    result = baby_answers_with_temperature(temperature_c)
    assert DISPOSITION_RANK[result.disposition] >= DISPOSITION_RANK[URGENT], (temperature_c, result.disposition)


def test_baby_of_4_months_at_36_0_c_is_not_hypothermic_so_the_temperature_raises_nothing():
    measured = baby_answers_with_temperature(36.0)
    unmeasured = baby_answers_with_temperature(None)
    assert (measured.acuity, measured.disposition) == (unmeasured.acuity, unmeasured.disposition)
    assert DISPOSITION_RANK[measured.disposition] < DISPOSITION_RANK[URGENT]
