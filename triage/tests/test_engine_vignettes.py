"""Regression table: clinically realistic vignettes, entered as a patient would answer, with the expected disposition.

Written from general clinical knowledge (not from the rules), spanning all five dispositions and the special
populations (infants, children, pregnancy, older adults, anticoagulation, immunocompromise, diabetes).
A change that moves any of these must be a deliberate clinical decision, recorded in docs/triage.md.
"""

from __future__ import annotations

import pytest

from triage.engine import evaluate, validate_answers

ES, E, U, R, S = "emergency_services", "emergency", "urgent", "routine", "self_care"
M, F = "male", "female"
SUD, GRAD = "sudden", "gradual"
LT1H, H24, D7, W1 = "lt_1h", "1_24h", "1_7d", "gt_7d"


def v(age, sex, complaint, pain=0, onset=GRAD, duration=H24, flags="", vitals=None, **kw):
    """One questionnaire as JSON; flags are the red-flag ids answered yes, space-separated."""
    raw = {"age_years": age, "sex": sex, "complaint": complaint, "pain": pain, "onset": onset, "duration": duration}
    raw["red_flags"] = dict.fromkeys(flags.split(), True)
    if sex != M and "pregnant" not in kw and age >= 10:
        raw["pregnant"] = False
    if vitals:
        raw["vitals"] = vitals
    return {**raw, **kw}


VIGNETTES = [
    # --- emergency_services: immediate threat to life --------------------------------------------------------
    (
        "58M crushing chest pain to left arm, sweating",
        v(58, M, "chest_pain", 7, SUD, LT1H, "cardiac_features cardiac_associated"),
        ES,
    ),
    ("61F severe central chest pain, nothing else ticked", v(61, F, "chest_pain", 9, SUD, LT1H), ES),
    ("72F sudden face droop and arm weakness", v(72, F, "stroke_symptoms", 0, SUD, LT1H), ES),
    ("24F wasp sting, lips swelling, wheeze", v(24, F, "insect_bite_sting", 4, SUD, LT1H, "anaphylaxis_signs"), ES),
    ("30M depression with a plan to end his life", v(30, M, "low_mood", 0, GRAD, W1, "suicide_plan"), ES),
    ("45F worst headache of her life, sudden", v(45, F, "headache", 10, SUD, LT1H, "thunderclap"), ES),
    ("3M fitting for more than 5 minutes", v(3, M, "seizure", 0, SUD, LT1H, "ongoing"), ES),
    ("66M black stools, faint and clammy", v(66, M, "gi_bleeding", 2, SUD, H24, "black_stool shock_signs"), ES),
    ("50F breathless, oximeter 86%", v(50, F, "shortness_of_breath", 0, GRAD, H24, vitals={"spo2": 86}), ES),
    ("19F fever, rash not fading under a glass", v(19, F, "rash", 3, SUD, H24, "non_blanching"), ES),
    (
        "80M cough: RR 28, SpO2 91, T 39.3, HR 120",
        v(
            80,
            M,
            "cough",
            3,
            GRAD,
            D7,
            vitals={"respiratory_rate": 28, "spo2": 91, "temperature_c": 39.3, "heart_rate": 120},
        ),
        ES,
    ),
    ("55M found unresponsive by his wife", v(55, M, "confusion", 0, SUD, LT1H, vitals={"consciousness": "pain"}), ES),
    ("9-month-old with rash and fever, floppy", v(0.75, F, "fever", 0, SUD, H24, "floppy_child"), ES),
    # --- emergency: go to an emergency department now --------------------------------------------------------
    (
        "15M sudden testicle pain with vomiting",
        v(15, M, "testicular_pain", 8, SUD, LT1H, "torsion_signs vomiting_with_pain"),
        E,
    ),
    (
        "28F 7 weeks pregnant, one-sided pain, spotting",
        v(28, F, "abdominal_pain", 6, SUD, H24, "maybe_pregnant", pregnant=True),
        E,
    ),
    ("3-week-old, temperature 38.3", v(0.06, F, "fever", 0, GRAD, H24, vitals={"temperature_c": 38.3}), E),
    ("78F on apixaban bumped her head, no other signs", v(78, F, "head_injury", 2, SUD, LT1H, anticoagulants=True), E),
    (
        "35M pain moved to lower right belly, worse walking",
        v(35, M, "abdominal_pain", 6, GRAD, H24, "appendix_signs"),
        E,
    ),
    # Relabelled E -> ES in 2026.12 with its source: nhs.uk Asthma attack, call 999 if no better after 10 puffs.
    (
        "8M asthma, inhaler not helping, RR 36",
        v(8, M, "asthma", 0, GRAD, H24, "reliever_not_helping", vitals={"respiratory_rate": 36}),
        ES,
    ),
    (
        "40F urine infection with vomiting and rigors",
        v(40, F, "urinary_burning", 4, GRAD, D7, "kidney_signs vomiting_rigors"),
        E,
    ),
    ("30M fall on outstretched hand, wrist deformed", v(30, M, "limb_injury", 8, SUD, LT1H, "deformed"), E),
    ("50M kidney stone pain 9/10", v(50, M, "kidney_stone_pain", 9, SUD, H24), E),
    (
        "62M flu with T 38.9, HR 118, RR 24",
        v(
            62,
            M,
            "cold_flu",
            3,
            GRAD,
            D7,
            "flu_fever",
            vitals={"temperature_c": 38.9, "heart_rate": 118, "respiratory_rate": 24},
        ),
        E,
    ),
    ("83F newly confused since yesterday", v(83, F, "confusion", 0, GRAD, H24), E),
    ("33F bleach splashed in her eye", v(33, F, "eye_injury", 6, SUD, LT1H, "chemical"), E),
    # Relabelled E -> ES in 2026.12 with its source: stridor at rest is upper-airway obstruction; NICE NG143
    # treats compromised airway or breathing as immediately life-threatening (999).
    ("2-year-old barking cough with stridor at rest", v(2, M, "cough", 0, SUD, H24, "stridor"), ES),
    (
        "31F 34 weeks pregnant, baby moving less",
        v(31, F, "pregnancy_problem", 0, GRAD, H24, "reduced_movements", pregnant=True),
        E,
    ),
    ("45F on chemotherapy with a fever", v(45, F, "fever", 0, SUD, H24, immunocompromised=True), E),
    (
        "24M type 1 diabetic, vomiting, fast deep breathing",
        v(24, M, "diabetes_problem", 3, GRAD, H24, "dka_signs", diabetes=True),
        E,
    ),
    ("38F drooling, cannot swallow saliva", v(38, F, "sore_throat", 8, GRAD, D7, "cannot_swallow_saliva"), E),
    ("26M back from Ghana with fever", v(26, M, "fever", 0, SUD, D7, "malaria_travel"), E),
    # --- urgent: clinician within about 24 hours --------------------------------------------------------------
    # Relabelled U -> S in 2026.12 with its source: nhs.uk UTIs / NHS Pharmacy First, a pharmacist assesses and
    # treats uncomplicated urine infection in women 16-64 who are not pregnant (men, children, 65+: urgent).
    ("26F burning urine for 2 days", v(26, F, "urinary_burning", 3, GRAD, D7), S),
    ("26M burning urine for 2 days", v(26, M, "urinary_burning", 3, GRAD, D7), U),
    ("34M red, hot, swollen shin", v(34, M, "skin_infection", 4, GRAD, D7), U),
    ("67F one-sided blistering rash", v(67, F, "shingles", 5, GRAD, D7), U),
    # Relabelled U -> E in 2026.12 with its source: NICE NG158, suspected DVT needs a leg scan within 4 hours.
    ("45M one swollen, painful calf", v(45, M, "leg_swelling", 4, GRAD, D7, "dvt_signs"), E),
    # Relabelled U -> S in 2026.12 with its source: nhs.uk "High temperature (fever) in children" lists no
    # temperature threshold after 6 months among its urgent reasons, and NICE NG143 says the height of the
    # temperature alone should not be used to identify serious illness.
    ("5F fever 39.5, otherwise well", v(5, F, "fever", 0, SUD, H24, vitals={"temperature_c": 39.5}), S),
    ("20M sore throat, fever, pus on tonsils, no cough", v(20, M, "sore_throat", 5, GRAD, D7, "strep_features"), U),
    ("10-month-old with diarrhoea", v(0.8, F, "diarrhoea", 0, GRAD, H24), U),
    ("42M asthmatic using reliever more, waking at night", v(42, M, "asthma", 0, GRAD, D7, "more_reliever"), U),
    ("29M dog bite that broke the skin", v(29, M, "animal_bite", 3, SUD, LT1H, "skin_broken"), U),
    ("40F dog nipped her ankle, skin not broken", v(40, F, "animal_bite", 1, SUD, LT1H), S),
    ("6-week-old with a cough and runny nose", v(0.12, M, "cough", 0, GRAD, D7), U),
    ("58M gout: big toe suddenly hot and swollen", v(58, M, "joint_pain", 6, SUD, H24, "hot_swollen"), U),
    ("36M new chest ache, no warning signs", v(36, M, "chest_pain", 3, GRAD, D7), U),
    ("81M fever 38.4, otherwise well", v(81, M, "fever", 0, GRAD, H24, vitals={"temperature_c": 38.4}), U),
    ("30F cut finger, gaping, needs stitches", v(30, F, "wound", 4, SUD, LT1H, "gaping"), U),
    # --- routine: clinician within about a week ---------------------------------------------------------------
    # "alarm_features" was split (H2): new indigestion at 55+ is now its own question (NICE NG12 / CG184 [M]).
    ("58F new indigestion for weeks", v(58, F, "heartburn", 3, GRAD, W1, "new_over_55"), R),
    ("40M back pain for more than 3 weeks", v(40, M, "back_pain", 4, GRAD, "gt_3w"), R),
    ("35F low mood for a month, no thoughts of harm", v(35, F, "low_mood", 0, GRAD, W1), R),
    # Relabelled R -> U in 2026.12 with its source: nhs.uk Blood in urine, urgent GP appointment or NHS 111 for
    # blood in your pee even once and without other symptoms; NICE NG12 visible haematuria at 45+.
    ("60M painless blood in urine once", v(60, M, "blood_in_urine", 0, GRAD, H24), U),
    ("28F new breast lump", v(28, F, "breast_problem", 0, GRAD, D7, "new_lump"), R),
    # Relabelled R -> S in 2026.12 with its source: nhs.uk Heart palpitations, usually harmless; see a GP if they
    # last a long time, get worse, or come with fainting, chest pain or breathlessness (all asked).
    ("45F brief palpitations, now settled", v(45, F, "palpitations", 0, SUD, LT1H), S),
    ("45F palpitations on and off for 2 weeks", v(45, F, "palpitations", 0, SUD, "1_3w"), R),
    # Sinus symptoms beyond 10 days need a GP review (NICE NG79 [M]); the sinus_pain persistence rule covers it,
    # so the old "long_or_worse" duration question is gone.
    ("38M blocked nose and sinus pain for 2 weeks", v(38, M, "sinus_pain", 2, GRAD, W1), R),
    ("82F slipped at home, no injury, got up alone", v(82, F, "fall", 1, SUD, H24), R),
    (
        "52M reading 165/100, no symptoms",
        v(52, M, "high_blood_pressure", 0, GRAD, D7, vitals={"systolic_bp": 165, "diastolic_bp": 100}),
        R,
    ),
    # --- self_care ---------------------------------------------------------------------------------------------
    ("25M cold for 3 days", v(25, M, "cold_flu", 2, GRAD, D7), S),
    ("30F tension headache 4/10", v(30, F, "headache", 4, GRAD, H24), S),
    ("35M back pain after lifting, 5/10", v(35, M, "back_pain", 5, SUD, D7), S),
    ("22F twisted ankle, can walk on it", v(22, F, "limb_injury", 4, SUD, H24), S),
    ("28M mild sunburn", v(28, M, "sunburn", 3, GRAD, H24), S),
    ("6M vomited twice today, drinking", v(6, M, "vomiting", 2, SUD, H24), S),
    ("40F itchy mosquito bites", v(40, F, "insect_bite_sting", 1, GRAD, H24), S),
    ("32M diarrhoea for 2 days, no blood", v(32, M, "diarrhoea", 3, SUD, D7), S),
    ("20F usual period pain 6/10", v(20, F, "period_pain", 6, GRAD, H24), S),
    (
        "4F temperature 38.4 with a cold, HR 115",
        v(4, F, "cold_flu", 1, GRAD, H24, vitals={"temperature_c": 38.4, "heart_rate": 115}),
        S,
    ),
    ("27F known migraine, usual attack 7/10", v(27, F, "headache", 7, GRAD, H24, known_recurrent=True), S),
    ("31M sticky red eye", v(31, M, "red_eye", 1, GRAD, H24), S),
    ("33F itchy white discharge, had thrush before", v(33, F, "vaginal_itch_discharge", 1, GRAD, D7), S),
    ("47M ear feels blocked after swimming", v(47, M, "blocked_ear", 1, GRAD, D7), S),
    ("7F bumped head on table, cried at once, fine now", v(7, F, "head_injury", 2, SUD, LT1H), S),
    ("19M drank too much, awake and talking", v(19, M, "alcohol_intoxication", 0, GRAD, LT1H), S),
    ("44F heartburn after a big meal", v(44, F, "heartburn", 3, GRAD, H24), S),
    ("26M hay fever, sneezing and runny nose", v(26, M, "hay_fever", 0, GRAD, D7), S),
    ("37F trouble sleeping with work stress", v(37, F, "stress_sleep", 0, GRAD, D7), S),
]


@pytest.mark.parametrize(("case", "raw", "expected"), VIGNETTES, ids=[x[0] for x in VIGNETTES])
def test_vignette(case, raw, expected):
    result = evaluate(validate_answers(raw))
    assert result.disposition == expected, [x.rule_id for x in result.reasons]


def test_vignettes_span_all_five_dispositions():
    assert {x[2] for x in VIGNETTES} == {ES, E, U, R, S}
    assert len(VIGNETTES) >= 30
