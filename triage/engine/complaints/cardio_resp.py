"""Cardiovascular and Respiratory complaints."""

from __future__ import annotations

from .common import (
    ACS,
    ANAPHYLAXIS_SIGNS,
    ASTHMA,
    CENTRAL,
    CHEST_PAIN_TOO,
    CTAS_COMPLAINT,
    CTAS_FEVER,
    CTAS_HEMO,
    CTAS_HTN,
    CTAS_LOC,
    CTAS_RESP,
    ENGINE,
    ESI_A,
    ESI_B,
    FAINTED,
    FEVER,
    GI_BLEED,
    INFO,
    L1,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4U,
    L5R,
    L5S,
    MENINGITIS_SIGNS,
    NICE_CANCER,
    PERIPHERAL,
    POOR_FEEDING,
    PREG_HTN,
    SEVERE_BREATHING,
    STRIDOR,
    STROKE_SIGNS,
    VTE,
    WORK_OF_BREATHING,
    UsualEpisode,
    after,
    complaint,
    flag,
    reassurance,
    usual,
)

CV = "Cardiovascular"
RESP = "Respiratory"
SYNCOPE = "NICE CG109 transient loss of consciousness: red flags [M]"
HF = "NICE NG106 chronic heart failure: new symptoms need prompt review [M]"
HF_NHS = (
    "NHS 111 Wales heart failure page: see a GP for gradually worsening symptoms, 999/A&E for sudden or "
    "very severe ones [V]; NHS Morecambe Bay heart failure advice: gaining 2-3 kg in 3 days, more swelling or "
    "waking breathless means contact the GP or heart failure team early [V]"
)
ACUTE_HF = (
    "ESC 2021 heart failure guideline: acute decompensation (breathless at rest, pulmonary oedema) [M]; ESI v5 B [V]"
)
LIMB_ISCHAEMIA = "Acute limb ischaemia: vascular emergency (NICE CG147) [M]; ESI v5 B [V]"
VARICOSE = (
    "NHS 111 Wales varicose veins: speak to a GP if they ache, the skin is sore or sleep is disturbed [V]; "
    "NICE CG168 as quoted by Newcastle Hospitals NHS: bleeding varicose veins need immediate vascular referral, "
    "a leg ulcer not healed in 2 weeks needs referral [V]"
)
SVT = "NICE CKS superficial vein thrombosis: assess for DVT, same or next day [M]"
HAEMOPTYSIS = (
    "nhs.uk coughing up blood: a few spots or streaks -> urgent GP or NHS 111; more than a few streaks, or with "
    "hard breathing, a very fast heartbeat or chest/upper back pain -> call 999 or go to A&E [V]"
)
COPD = (
    "Asthma + Lung UK COPD flare-ups: call 999 or go to A&E if very hard to breathe, chest tight or heavy, pain "
    "spreading to arms/back/neck/jaw, lips or skin pale or blue, or suddenly confused [V]"
)
COPD_ADMIT = "NICE NG115 COPD exacerbation: hospital if rapid deterioration or unable to cope at home [M]"
COPD_HOME = (
    "Oxleas NHS / Asthma + Lung UK: a flare-up means contacting the GP or COPD team straight away; most are "
    "treated at home with the self-management plan [V]"
)
WHEEZE_CHILD = (
    "NHS Healthier Together, difficulty breathing and wheeze in children: too breathless to talk/eat/drink, working "
    "hard to breathe, pauses or stridor at rest -> A&E or 999; a bit faster or harder breathing -> doctor today [V]"
)
HICCUPS = (
    "nhs.uk hiccups (as adapted by NI Direct): see a GP only if they last more than 48 hours or keep coming back "
    "and affect your life [V]"
)
COLD = "nhs.uk common cold: see a GP if symptoms do not improve after 3 weeks [M]"
FLU = "nhs.uk flu: urgent GP appointment or NHS 111 if symptoms do not improve after 7 days [V]"
COUGH = "NICE NG120 acute cough / nhs.uk cough: see a GP if it lasts more than 3 weeks [M]"
ASTHMA_UK_ATTACK = (
    "Asthma UK / nhs.uk asthma attacks: a reliever that is not helping, or not lasting 4 hours, means an attack: "
    "up to 10 puffs, call 999 if no better; if it settles, get an urgent same-day GP or asthma nurse appointment [V]"
)
ASTHMA_CONTROL = (
    "BTS/SIGN 158 / NICE NG80 asthma control: reliever use 3 or more times a week or night waking = poorly "
    "controlled -> review with GP or asthma nurse (not an attack) [M]; nhs.uk asthma: see a GP if symptoms are "
    "not controlled [M]"
)
HTN_NG136 = (
    "NICE NG136 1.5.1-1.5.2: clinic BP 180/120 or higher -> investigate for target organ damage as soon as "
    "possible; same-day specialist referral if retinal haemorrhage or papilloedema (needs eye examination) or "
    "life-threatening symptoms [M]"
)
PALP_NHS = (
    "nhs.uk heart palpitations: palpitations with chest pain, breathlessness, dizziness or fainting that have now "
    "stopped -> urgent GP appointment or NHS 111 [V] (NHS content copy read)"
)
CHOKING_RCUK = (
    "Resuscitation Council UK / ERC 2021 choking: after successful relief, persistent cough, difficulty "
    "swallowing or the feeling of something still stuck needs an immediate medical opinion; anyone given "
    "abdominal thrusts must be examined for injury [M]"
)
WHOOPING = (
    "nhs.uk whooping cough: urgent GP or NHS 111 for the typical coughing bouts; 999 if lips, face or skin turn "
    "blue or grey or there are pauses in breathing [M]; ESI v5 A (apnoea) [V]"
)

PE_SIGNS = flag(
    "clot_signs",
    "Did the breathlessness come on suddenly, or do you have a swollen, painful calf, or are you coughing up blood?",
    "sudden breathlessness, a swollen painful calf, or coughing blood (possible blood clot)",
    L2ES,
    # 2026.12 expected-outcome review: raised in review: suspected clot in the lung with chest pain or sudden
    # breathlessness -> 999 (nhs.uk PE) [M]
    f"{VTE}; {ESI_B}; risk factors such as recent surgery or a long journey are asked once in the danger signs [E]",
)
BREATHLESS_AT_REST = flag(
    "breathless",
    "Are you short of breath at rest or when doing very little?",
    "breathlessness at rest or on very little effort",
    L3,
    f"{CTAS_RESP} (mild)",
)
PLEURITIC = flag(
    "chest_pain_breathing_in",
    "Do you have a high fever with chest pain when you breathe in?",
    "high fever with chest pain on breathing in (possible pneumonia)",
    L3,
    "CRB-65 / NICE NG138 pneumonia: same-day assessment [M]",
    "fever",
    "pleuritic",
)
CONFUSED = flag(
    "confused",
    "Is the person confused, very drowsy or hard to wake?",
    "confusion or unusual drowsiness",
    L2ES,
    f"{ESI_B} (confused/lethargic); {CTAS_LOC}; NICE NG51 high risk (new altered mental state) [M]: call 999, "
    "as the danger-sign question it covers does [E]",
    "glucose_symptom",
    "htn_symptom",
    "covers:ds_confused",
)
FAMILY_SUDDEN_DEATH = flag(
    "family_sudden_death",
    "Has anyone in your family died suddenly before the age of 40, or do you have a known heart condition?",
    "a family history of sudden death under 40 or a known heart condition",
    L3,
    SYNCOPE,
)
DVT_SIGNS = flag(
    "dvt_signs",
    "Is one calf or leg swollen, warm and painful?",
    "one swollen, warm, painful leg (possible blood clot)",
    L3E,
    # 2026.12 expected-outcome review: NICE NG158: suspected DVT needs a leg scan within 4 hours, so A&E now; nhs.uk
    # says urgent GP or 111, and the engine takes the more urgent reading [M]
    VTE,
)
LEG_WITH_PE = flag(
    "breathless_chest_pain",
    "Are you also short of breath, or do you have chest pain?",
    "leg swelling with breathlessness or chest pain (possible clot in the lung)",
    L2ES,
    # 2026.12 expected-outcome review: suspected clot in the lung with chest pain or breathlessness -> 999 (nhs.uk
    # DVT) [M]
    f"{VTE}; {ESI_B}",
)
WORSE_LYING_FLAT = flag(
    "worse_lying_flat",
    "Is it worse lying flat, or are your ankles swollen?",
    "breathlessness worse lying flat or with swollen ankles",
    L3,
    HF,
)
RELIEVER_NOT_HELPING = flag(
    "reliever_not_helping",
    "Is the reliever (usually blue) inhaler not helping, even after taking up to 10 puffs?",
    "a reliever inhaler that is not helping even after up to 10 puffs",
    L2ES,
    # 2026.12 expected-outcome review: nhs.uk Asthma attack: call 999 if no better after up to 10 puffs [M]
    f"{ASTHMA}; {ASTHMA_UK_ATTACK}; narrowed from 'not helping or not lasting 4 hours' (review R1) [E]",
)
RELIEVER_EVERY_4H = flag(
    "reliever_every_4h",
    "Does the reliever help, but you need it every 4 hours or more often?",
    "needing the reliever every 4 hours or more often",
    L3,
    f"{ASTHMA_UK_ATTACK}; split from reliever_not_helping (review R1) [E]",
)

COMPLAINTS = (
    complaint(
        "chest_pain",
        "Chest pain or tightness",
        CV,
        ("chest pain", "tight chest", "heart pain", "angina", "pressure in chest", "heart attack", "chest hurts"),
        L3,
        CENTRAL,
        (
            flag(
                "cardiac_features",
                "Does the pain feel like pressure, squeezing or heaviness, or spread to your arm, neck, jaw, "
                "shoulder or back?",
                "chest pain that feels like pressure or spreads to the arm, neck, jaw or back",
                L2ES,
                ACS,
                "htn_symptom",
            ),
            flag(
                "cardiac_associated",
                "With the pain, are you sweating, feeling sick, light-headed or short of breath?",
                "chest pain with sweating, sickness, light-headedness or breathlessness",
                L2ES,
                ACS,
                "htn_symptom",
            ),
            flag(
                "tearing",
                "Did the pain start suddenly, and is it severe and tearing, going through to your back?",
                "sudden severe tearing pain going through to the back (possible tear in the main artery)",
                L2ES,
                f"{ESI_B} (aortic dissection); {CTAS_HEMO}",
                "htn_symptom",
            ),
            flag(
                "exertional",
                "Is your usual angina getting more frequent, lasting longer or coming on with less effort, or has "
                "effort-related chest pain started in the last few days and is getting worse?",
                "worsening or new crescendo chest pain on effort (possible unstable angina)",
                L2,
                f"{ACS}; narrowed to the unstable pattern (review R1) [E]",
            ),
            flag(
                "new_effort_pain",
                "Is this new chest pain that comes only with effort or stress and goes within a few minutes of "
                "rest, in the same way each time?",
                "new chest pain on effort that settles quickly with rest (possible angina)",
                L3,
                "nhs.uk angina: see a GP promptly if you think you have angina; 999 if the pain does not stop or "
                "comes at rest [M]; NICE CG95 stable chest pain: assessment, not emergency admission [M]; split "
                "from exertional (review R1), same level as jaw_effort [E]",
            ),
            flag(
                "heart_history",
                "Have you had a heart attack, angina or heart stents before, and does this feel similar?",
                "chest pain like a previous heart attack or angina",
                L2ES,
                ACS,
            ),
            PE_SIGNS,
            SEVERE_BREATHING,
            FAINTED,
        ),
        tags=("htn_symptom",),
        why="Chest pain needs a clinician's assessment within about 24 hours even without warning signs, "
        "because heart and lung problems can start quietly.",
        source=f"{CTAS_COMPLAINT}; {ACS}",
    ),
    complaint(
        "palpitations",
        "Heart racing, pounding or skipping beats",
        CV,
        ("palpitations", "racing heart", "fast heartbeat", "irregular heartbeat", "heart fluttering", "skipped beat"),
        L5S,
        CENTRAL,
        (
            FAINTED,
            CHEST_PAIN_TOO,
            flag(
                "breathless_now",
                "Are you short of breath with it?",
                "breathlessness with a racing heart",
                L2ES,
                # 2026.12 expected-outcome review: nhs.uk Heart palpitations: 999 with breathlessness; cannot safely
                # travel [M]
                f"{CTAS_RESP}; {ESI_B}",
            ),
            flag(
                "still_racing_unwell",
                "Is your heart still racing now, and do you feel unwell or dizzy?",
                "a heart still racing now with feeling unwell or dizzy",
                L2,
                f"{CTAS_HEMO} (unexplained tachycardia)",
            ),
            FAMILY_SUDDEN_DEATH,
            flag(
                "symptoms_during_episode",
                "During the palpitations, did you have chest pain, breathlessness, dizziness or feel faint, even "
                "if that has now stopped?",
                "palpitations that came with chest pain, breathlessness, dizziness or faintness (now stopped)",
                L4U,
                PALP_NHS,
            ),
        ),
        why="Brief palpitations that have settled, without warning signs, should be checked with a heart "
        "tracing (ECG) within about a week.",
        usual=UsualEpisode(
            5,
            "self_care",
            "palpitations you have had checked before, which feel the same as usual, can be managed at home "
            "(less caffeine and alcohol, rest).",
            "nhs.uk Heart palpitations: usually harmless; see a GP if they last a long time, get worse or change [M]",
        ),
        persist=(
            after(
                7,
                L5R,
                "Palpitations that last a long time, keep happening or get worse should be checked (a heart tracing).",
                "nhs.uk Heart palpitations: usually harmless; see a GP if they last a long time, do not improve or get "
                "worse [M]; NICE CKS Palpitations: ECG when they persist [M] [E: from 7 days]",
            ),
        ),
    ),
    complaint(
        "high_blood_pressure",
        "High blood pressure reading",
        CV,
        (
            "high blood pressure",
            "hypertension",
            "high bp",
            "bp reading high",
            "blood pressure too high",
            "raised blood pressure",
        ),
        L4R,
        CENTRAL,
        (
            flag(
                "htn_symptoms",
                # CTAS counts any symptom (headache, nausea, blurred vision) as "with symptoms" [M].
                "Do you have a headache, feel sick, or have blurred vision?",
                "high blood pressure with a headache, sickness or blurred vision",
                L3,
                f"{CTAS_HTN} (with symptoms)",
                "htn_symptom",
            ),
            flag(
                "htn_organ_signs",
                "Do you have chest pain, new breathlessness, confusion, or weakness or numbness of the face, "
                "an arm or a leg?",
                "high blood pressure with chest pain, breathlessness, confusion or weakness (possible organ damage)",
                L2ES,
                # 2026.12 expected-outcome review: FAST signs or chest pain with high blood pressure -> 999 (nhs.uk
                # Stroke, Heart attack) [M]
                f"{CTAS_HTN} (with symptoms); {ESI_B} (hypertensive emergency) [M]; split from the headache "
                "question because these signs need an emergency department [E]",
                "htn_symptom",
            ),
            flag(
                "reading_over_220",
                "Was the top number 220 or more, or the bottom number 130 or more?",
                "a blood pressure of 220/130 or more",
                L3,
                f"{CTAS_HTN} (SBP > 220 or DBP > 130 without symptoms)",
            ),
            flag(
                "reading_180_120",
                "On repeated readings, was the top number 180 or more, or the bottom number 120 or more?",
                "a blood pressure of 180/120 or more on repeated readings",
                L4U,
                HTN_NG136,
            ),
            flag(
                "reading_180_vision_headache",
                "Was the reading 180/120 or more, and do you also have new blurred or reduced vision or a severe "
                "headache?",
                "a blood pressure of 180/120 or more with new vision problems or a severe headache",
                L3E,
                f"{HTN_NG136}; new vision change or severe headache at this level needs a same-day eye and "
                "specialist examination (accelerated hypertension) [E]",
                "htn_symptom",
            ),
            flag(
                "preg_htn_symptoms",
                "Are you pregnant or have you given birth in the last 6 weeks, and have a severe headache, blurred "
                "vision or flashing lights, pain under the ribs, or sudden swelling of the face, hands or feet?",
                "high blood pressure in or after pregnancy with headache, vision changes, rib pain or sudden "
                "swelling (possible pre-eclampsia)",
                L2,
                f"{PREG_HTN}; nhs.uk pre-eclampsia: contact the maternity unit or 111 immediately [M]; same level "
                "as obgyn preeclampsia_signs and neuro pregnant_vision [E]",
                "htn_symptom",
                "pregnancy_only",
            ),
            flag(
                "gave_birth_recently",
                "Did you give birth in the last 6 weeks?",
                "high blood pressure within 6 weeks of giving birth",
                L3,
                PREG_HTN,
            ),
        ),
        why="A raised reading without symptoms should be rechecked by a clinician within about a week.",
        source=f"{CTAS_HTN}; {ENGINE}",
    ),
    complaint(
        "leg_swelling",
        "Swollen leg, ankle or calf",
        CV,
        ("swollen leg", "swollen ankles", "calf pain", "dvt", "blood clot in leg", "puffy legs", "oedema", "edema"),
        L4R,
        PERIPHERAL,
        (
            DVT_SIGNS,
            LEG_WITH_PE,
            flag(
                "heart_failure",
                "Are both legs swollen, and do you get breathless lying flat or wake up breathless?",
                "both legs swollen with breathlessness lying flat",
                L3,
                HF,
            ),
            flag(
                "preg_sudden_swelling",
                "Are you pregnant or have you given birth in the last 6 weeks, with sudden swelling of the face, "
                "hands or feet, or a severe headache or vision problems?",
                "sudden swelling, headache or vision problems in or after pregnancy (possible pre-eclampsia)",
                L2,
                f"{PREG_HTN}; nhs.uk swelling in pregnancy: sudden swelling of face, hands or feet -> midwife or "
                "111 immediately [M]; same level as obgyn preeclampsia_signs [E]",
                "htn_symptom",
                "pregnancy_only",
            ),
            flag(
                "cold_limb",
                "Is the leg cold, pale, blue or numb?",
                "a cold, pale, blue or numb leg",
                L2ES,
                # 2026.12 expected-outcome review: a suddenly cold, pale, numb or painful limb is acute limb
                # ischaemia: limb-threatening and time-critical, so an ambulance (NICE CG147 / nhs.uk PAD: 999 or A&E;
                # the person often cannot walk) [M]
                LIMB_ISCHAEMIA,
            ),
            reassurance(
                "pregnancy_ankles",
                "Are you pregnant, with both feet or ankles swelling gradually, worse by the evening and better "
                "after a night's rest, and no swelling of your face or hands?",
                "gradual swelling of both feet and ankles that is worse by the evening is common in pregnancy: "
                "rest with your feet up, avoid standing for long and walk regularly; call your midwife at once "
                "for sudden swelling of the face, hands or feet, a bad headache or blurred vision",
                "nhs.uk Swollen ankles, feet and fingers in pregnancy: gradual swelling is normal; sudden swelling "
                "of the face, hands or feet can be pre-eclampsia [M]",
            ),
        ),
    ),
    complaint(
        "heart_failure_worse",
        "Heart failure getting worse",
        CV,
        (
            "heart failure getting worse",
            "heart failure flare",
            "fluid on the lungs",
            "retaining fluid heart",
            "weight going up heart failure",
            "chf",
            "can't lie flat to sleep",
            "heart failure more breathless",
        ),
        L4R,
        CENTRAL,
        (
            SEVERE_BREATHING,
            flag(
                "pink_frothy",
                "Are you coughing up pink, frothy phlegm?",
                "coughing up pink frothy phlegm (possible fluid on the lungs)",
                L2ES,
                f"{ACUTE_HF}; {HF_NHS}",
            ),
            flag(
                "breathless_sitting",
                "Are you now breathless while sitting still, when you were not before?",
                "new breathlessness at rest with heart failure",
                L2ES,
                # 2026.12 expected-outcome review: breathless at rest in heart failure (acute pulmonary oedema risk)
                # -> 999, as ds_breathless_rest [M]
                f"{ACUTE_HF}; {CTAS_RESP} (moderate)",
            ),
            CHEST_PAIN_TOO,
            FAINTED,
            flag(
                "hf_racing_heart",
                "Is your heart racing, pounding or beating irregularly more than usual for you?",
                "a racing or irregular heartbeat with heart failure",
                L2,
                f"{ACUTE_HF} (new fast rhythm); {CTAS_HEMO}",
            ),
            flag(
                "weight_swelling_up",
                "Has your weight gone up by 2 kg (about 4 lb) or more in 3 days, or are your legs or tummy "
                "more swollen than usual?",
                "quick weight gain or more swelling with heart failure",
                L3,
                HF_NHS,
            ),
            flag(
                "waking_breathless",
                "Are you waking at night breathless, or needing more pillows to breathe?",
                "waking breathless at night or needing more pillows",
                L3,
                HF_NHS,
            ),
            flag(
                "hf_more_breathless",
                "Are you getting more breathless than usual doing your normal activities?",
                "more breathless than usual on normal activities",
                L3,
                f"{HF_NHS}; {HF}",
            ),
        ),
        tags=("htn_symptom",),
        why="Heart failure that feels only a little different, with stable weight, breathing and swelling, can be "
        "raised with your GP or heart failure nurse within about a week; weigh yourself daily and get help sooner "
        "if any warning sign appears.",
        source=f"{HF_NHS} (gradually worsening symptoms: see a GP); {HF}; baseline lowered from urgent (review R1): "
        "the decompensation signs each have their own question [E]",
    ),
    complaint(
        "varicose_veins",
        "Varicose veins: aching, itchy or bleeding veins",
        CV,
        (
            "varicose veins",
            "bulging veins",
            "veiny legs",
            "lumpy veins on legs",
            "vein bleeding",
            "burst vein on leg",
            "aching legs with veins",
        ),
        L5R,
        PERIPHERAL,
        (
            flag(
                "vein_bleeding_now",
                "Is a vein bleeding heavily now and not stopping after 10 minutes of firm pressure with the leg "
                "raised?",
                "a vein bleeding heavily that will not stop with pressure",
                L2ES,
                f"{VARICOSE}; {CTAS_HEMO}; bleeding from a varicose vein can be life-threatening in older people [M]",
                "bleed_major",
            ),
            flag(
                "vein_bled",
                "Has a varicose vein bled, even if it has now stopped?",
                "a varicose vein that has bled",
                L3,
                VARICOSE,
                "bleed_minor",
            ),
            DVT_SIGNS,
            LEG_WITH_PE,
            flag(
                "hard_red_vein",
                "Is a vein hard, red, hot and painful to touch?",
                "a hard, red, painful vein (possible clot in the vein)",
                L4U,
                SVT,
            ),
            flag(
                "leg_ulcer",
                "Is there a sore or wound on the lower leg or ankle that has not healed within 2 weeks?",
                "a leg sore that has not healed within 2 weeks",
                L5R,
                VARICOSE,
            ),
            reassurance(
                "pregnancy_veins",
                "Are you pregnant, with veins that appeared during this pregnancy, causing no more than a mild "
                "ache, with no hard, red, hot or painful vein, no sore on the leg and no bleeding?",
                "varicose veins are common in pregnancy and often improve after the birth: compression stockings, "
                "raising your legs and avoiding standing for long help; tell your midwife if a vein becomes hard, "
                "red and painful",
                "nhs.uk Varicose veins: common in pregnancy, often improve within months of the birth; see a GP "
                "for pain, skin changes or a hard, painful vein [M]",
            ),
        ),
        why="Varicose veins that ache, itch or disturb your sleep should be checked by a GP within about a week; "
        "raising your legs and compression stockings can help meanwhile.",
        source=VARICOSE,
        # A GP has already checked them and the ache is as always: the first-line plan is the one already given
        # (stockings, raising the legs, keeping active). Bleeding, a hard red vein, clot signs and a sore that will
        # not heal each still raise the level.
        usual=usual(
            "varicose veins a GP has already checked, aching as they usually do, can be managed at home: wear your "
            "compression stockings, raise your legs when resting and keep active.",
            "nhs.uk Varicose veins: you do not usually need to see a GP unless they cause discomfort or skin "
            "changes; treatment is compression stockings, leg raising and exercise [M]",
        ),
    ),
    complaint(
        "fainting",
        "Fainted or nearly fainted",
        CV,
        ("fainted", "passed out", "blackout", "syncope", "fainting spell", "nearly fainted", "light headed and fell"),
        L4R,
        CENTRAL,
        (
            flag(
                "during_exercise",
                "Did you faint during exercise or physical effort?",
                "fainting during exercise",
                L2ES,
                # 2026.12 expected-outcome review: nhs.uk Fainting: call 999 if fainting during exercise [M]
                SYNCOPE,
            ),
            flag(
                "heart_symptoms",
                "Did you have chest pain, a racing heart or breathlessness before or after fainting?",
                "fainting with chest pain, a racing heart or breathlessness",
                L2ES,
                # 2026.12 expected-outcome review: nhs.uk Fainting: call 999 if fainting with chest pain or an
                # irregular heartbeat [M]
                f"{SYNCOPE}; {ACS}",
            ),
            flag(
                "no_warning",
                "Did you faint with no warning at all, or while lying down?",
                "fainting with no warning or while lying down",
                L2,
                # 2026.12 expected-outcome review: NICE CG109: loss of consciousness with no warning is a red flag ->
                # ECG and specialist assessment within 24 hours; A&E now [M]
                SYNCOPE,
            ),
            flag(
                "not_recovered",
                "Are you still confused, drowsy or unwell now?",
                "still confused, drowsy or unwell after fainting",
                L2ES,
                # 2026.12 expected-outcome review: nhs.uk Fainting: call 999 if the person does not recover quickly
                # [M]
                f"{CTAS_LOC}; {ESI_B}",
                "glucose_symptom",
            ),
            FAMILY_SUDDEN_DEATH,
            flag(
                "injured",
                "Did you injure yourself when you fell?",
                "an injury from the fall",
                L4U,
                ENGINE,
            ),
        ),
        tags=("glucose_symptom", "faint", "covers:ds_faint"),
        why="Anyone who has fainted should have a clinician check (including a heart tracing) within about a week "
        "if they have fully recovered and have no warning signs.",
        source=SYNCOPE,
    ),
    # --- Respiratory ---------------------------------------------------------------------
    complaint(
        "shortness_of_breath",
        "Shortness of breath",
        RESP,
        (
            "breathless",
            "short of breath",
            "can't breathe",
            "difficulty breathing",
            "out of breath",
            "dyspnoea",
            "dyspnea",
            "can't catch my breath",
        ),
        L3,
        CENTRAL,
        (
            SEVERE_BREATHING,
            flag(
                "stridor_swelling",
                "Is there a high-pitched noise when breathing in, or is the throat or tongue swelling?",
                "noisy high-pitched breathing or a swelling throat or tongue",
                L2ES,
                f"{CTAS_RESP} (stridor); {ESI_A}",
            ),
            WORK_OF_BREATHING,
            flag(
                "child_grunting",
                "For a baby or child: is the child grunting with each breath, is the skin sucking in deeply under "
                "the ribs, or are there pauses in breathing?",
                "a child grunting, sucking in under the ribs, or pausing in breathing",
                L2ES,
                "NICE NG9 bronchiolitis 1.3: grunting, marked chest recession or apnoea -> emergency referral, "
                "usually by 999 ambulance [M]; nhs.uk shortness of breath (child grunting or sucking in under the "
                "ribs) [M]; same level as paediatric recession_grunting [E]",
                "covers:ds_child_breathing",
            ),
            CHEST_PAIN_TOO,
            PE_SIGNS,
            WORSE_LYING_FLAT,
            FAINTED,
            FEVER,
        ),
        tags=("htn_symptom", "glucose_symptom"),
        why="New or worse breathlessness needs a clinician within about 24 hours even without warning signs.",
        source=f"{CTAS_RESP}; {CTAS_COMPLAINT}",
    ),
    complaint(
        "wheezing",
        "Wheezing (no known asthma)",
        RESP,
        (
            "wheezing",
            "wheezy",
            "wheeze",
            "whistling when breathing",
            "whistling chest",
            "wheezy baby",
            "chest whistles when i breathe out",
        ),
        L4U,
        CENTRAL,
        (
            SEVERE_BREATHING,
            ANAPHYLAXIS_SIGNS,
            WORK_OF_BREATHING,
            STRIDOR,
            flag(
                "inhaled_object",
                "Could the person (often a young child) have breathed in a small object, a toy or food, or did "
                "it start with a sudden choking fit?",
                "wheeze after possibly breathing in an object or a choking fit",
                L2,
                f"{ESI_B}; inhaled foreign body needs removal (BTS) [M]",
            ),
            RELIEVER_NOT_HELPING,
            RELIEVER_EVERY_4H,
            WORSE_LYING_FLAT,
            CHEST_PAIN_TOO,
            POOR_FEEDING,
            FEVER,
        ),
        why="New wheezing, without warning signs, should be checked by a clinician within about 24 hours to find "
        "the cause (such as asthma or a chest infection).",
        source=f"{WHEEZE_CHILD}; {CTAS_RESP} (mild) [M]; first-ever wheeze needs a same-day or next-day assessment [E]",
    ),
    complaint(
        "cough",
        "Cough",
        RESP,
        ("cough", "chesty cough", "dry cough", "bronchitis", "phlegm", "tickly cough", "hacking cough"),
        L5S,
        CENTRAL,
        (
            SEVERE_BREATHING,
            BREATHLESS_AT_REST,
            flag(
                "coughing_blood",
                "Are you coughing up blood?",
                "coughing up blood",
                L3,
                f"{HAEMOPTYSIS}; NICE NG12 haemoptysis [M]",
            ),
            PLEURITIC,
            STRIDOR,
            WORK_OF_BREATHING,
            POOR_FEEDING,
            flag(
                "whoop",
                "Does the cough come in long fits that end in a whooping breath in, or in being sick?",
                "coughing fits ending in a whoop or vomiting (possible whooping cough)",
                L3,
                WHOOPING,
            ),
            flag(
                "blue_or_pauses",
                "During or after coughing fits, do the lips or face turn blue or grey, or does a baby stop "
                "breathing for a few seconds?",
                "going blue or grey with coughing, or pauses in a baby's breathing",
                L2ES,
                WHOOPING,
            ),
            FEVER,
        ),
        tags=("infective",),
        persist=(after(21, L5R, "A cough that has lasted 3 weeks or more should be checked by a GP.", COUGH),),
    ),
    complaint(
        "coughing_blood",
        "Coughing up blood",
        RESP,
        (
            "coughing up blood",
            "blood in phlegm",
            "blood in my spit",
            "haemoptysis",
            "hemoptysis",
            "bloody mucus",
            "spitting blood",
        ),
        L3,
        CENTRAL,
        (
            flag(
                "more_than_streaks",
                "Are you coughing up more than a few spots or streaks of blood?",
                "coughing up more than a few streaks of blood",
                L2,
                HAEMOPTYSIS,
                "bleed_major",
            ),
            flag(
                "heavy_blood",
                "Are you coughing up a lot of blood, such as a mouthful or more at a time?",
                "coughing up a lot of blood",
                L2ES,
                f"{HAEMOPTYSIS}; {ESI_A} (massive bleeding can block the airway) [M]",
                "bleed_major",
            ),
            flag(
                "blood_hard_to_breathe",
                "With the blood, are you finding it hard to breathe?",
                "coughing blood with difficulty breathing",
                L2ES,
                f"{HAEMOPTYSIS}; {VTE}",
            ),
            flag(
                "blood_fast_heart",
                "With the blood, is your heart beating very fast?",
                "coughing blood with a very fast heartbeat",
                L2ES,
                f"{HAEMOPTYSIS}; {VTE}",
            ),
            flag(
                "blood_chest_back_pain",
                "With the blood, do you have pain in your chest or upper back?",
                "coughing blood with chest or upper back pain",
                L2ES,
                f"{HAEMOPTYSIS}; {VTE}",
            ),
            DVT_SIGNS,
            GI_BLEED,
            FEVER,
        ),
        tags=("bleed_minor",),
        why="Coughing up even a few spots of blood should be checked by a GP within about 24 hours.",
        source=HAEMOPTYSIS,
    ),
    complaint(
        "cold_flu",
        "Cold, flu or COVID-like illness",
        RESP,
        ("cold", "flu", "covid", "runny nose and cough", "influenza", "virus", "aches and fever", "chills"),
        L5S,
        PERIPHERAL,
        (
            SEVERE_BREATHING,
            BREATHLESS_AT_REST,
            WORK_OF_BREATHING,
            PLEURITIC,
            CONFUSED,
            MENINGITIS_SIGNS,
            flag(
                "flu_fever",
                "Do you have a fever with aches and shivers (flu-like)?",
                "flu-like fever",
                INFO,
                CTAS_FEVER,
                "fever",
            ),
            flag(
                "flu_week_no_better",
                "Have flu-like symptoms (fever, aches and shivers) gone on for 7 days or more without starting "
                "to get better?",
                "flu-like symptoms for a week or more without improving",
                L4U,
                f"{FLU}; a cold is reviewed only after 3 weeks, so flu's shorter limit needs its own question [E]",
                "fever",
            ),
            flag(
                "worse_after_better",
                "Did you start to feel better and then get worse again, with a new fever, more cough or "
                "breathlessness?",
                "getting worse again after starting to recover (possible chest infection)",
                L4U,
                "NICE CKS influenza / NG138 pneumonia: worsening after improvement suggests a secondary infection [M]",
            ),
        ),
        tags=("infective", "flu_like"),
        persist=(after(21, L5R, "Cold symptoms that have lasted 3 weeks or more should be checked by a GP.", COLD),),
    ),
    complaint(
        "asthma",
        "Asthma attack or asthma getting worse",
        RESP,
        (
            "asthma",
            "asthma attack",
            "tight chest asthma",
            "inhaler not working",
            "asthmatic",
            "blue inhaler not helping",
        ),
        L4R,
        CENTRAL,
        (
            SEVERE_BREATHING,
            flag(
                "too_breathless_to_talk",
                "Are you too breathless to finish a sentence, or is your peak flow less than half your best?",
                "too breathless to finish a sentence, or peak flow under half your best",
                L2ES,
                # 2026.12 expected-outcome review: BTS/SIGN 158: cannot complete sentences = acute severe asthma ->
                # 999 [M]
                f"{ASTHMA} (acute severe); {CTAS_RESP} (moderate)",
            ),
            RELIEVER_NOT_HELPING,
            RELIEVER_EVERY_4H,
            flag(
                "more_reliever",
                "Over the last few days, has your asthma been getting worse, so that you need your reliever more "
                "each day or wake at night with it?",
                "asthma getting worse over days, needing more reliever or waking at night",
                L3,
                f"{ASTHMA} (moderate exacerbation); narrowed to a worsening over days (review R1) [E]",
            ),
            flag(
                "asthma_poor_control",
                "For weeks, have you needed your reliever 3 or more times a week, or woken at night with asthma, "
                "without it getting worse day by day?",
                "asthma that has not been well controlled for weeks",
                L4R,
                ASTHMA_CONTROL,
            ),
            flag(
                "first_wheeze",
                "Is this the first time you have had wheezing?",
                "first-ever wheezing",
                L4U,
                ENGINE,
            ),
        ),
        why="Wheeze that settles with your usual inhaler, without warning signs, needs an asthma review "
        "within about a week.",
        source=ASTHMA,
    ),
    complaint(
        "copd_flare",
        "COPD or emphysema flare-up",
        RESP,
        (
            "copd",
            "copd flare up",
            "copd exacerbation",
            "emphysema",
            "chronic bronchitis worse",
            "need my rescue pack",
            "lungs worse than usual",
        ),
        L3,
        CENTRAL,
        (
            SEVERE_BREATHING,
            flag(
                "copd_chest_pain",
                "Does your chest feel tight or heavy, or does pain spread to your arms, back, neck or jaw?",
                "a tight or heavy chest, or pain spreading to the arms, back, neck or jaw",
                L2ES,
                f"{COPD}; {ACS}",
            ),
            flag(
                "copd_confused",
                "Have you suddenly become confused or very drowsy?",
                "sudden confusion or drowsiness with a COPD flare-up",
                L2ES,
                f"{COPD}; {CTAS_LOC}",
                "covers:ds_confused",
            ),
            WORK_OF_BREATHING,
            flag(
                "copd_rapid_worse",
                "Is your breathing getting worse quickly, over hours, even after using your reliever inhaler?",
                "breathing getting worse over hours despite the reliever",
                L2,
                COPD_ADMIT,
            ),
            flag(
                "cannot_cope",
                "Are you too breathless to look after yourself at home, for example to get out of bed, wash or eat?",
                "too breathless to cope at home",
                L2,
                COPD_ADMIT,
            ),
            flag(
                "phlegm_change",
                "Are you bringing up more phlegm than usual, or has it turned green, yellow or brown?",
                "more or discoloured phlegm (possible chest infection)",
                INFO,
                COPD_HOME,
                "infective",
            ),
            CHEST_PAIN_TOO,
            FEVER,
            reassurance(
                "usual_day_to_day",
                "Is your breathing no worse than on your usual bad days, eased by your usual inhalers, with your "
                "phlegm its usual amount and colour?",
                "breathlessness within your usual day-to-day ups and downs is not a flare-up: keep to your COPD "
                "self-management plan, and contact your GP or COPD team if it gets worse than usual or your "
                "phlegm changes",
                "NICE NG115 COPD: an exacerbation is a sustained worsening beyond the usual day-to-day variation "
                "[M]; nhs.uk COPD: contact a GP if symptoms get worse (flare-up) [M]",
            ),
        ),
        why="A COPD flare-up needs your GP or COPD team within about 24 hours, even without warning signs; "
        "follow your self-management plan and use your rescue pack if you have one.",
        source=f"{COPD_HOME}; {CTAS_RESP} (mild)",
    ),
    complaint(
        "hiccups",
        "Hiccups that will not stop",
        RESP,
        (
            "hiccups",
            "hiccoughs",
            "hiccups won't stop",
            "can't stop hiccuping",
            "hiccuping for days",
            "singultus",
        ),
        L5S,
        CENTRAL,
        (
            STROKE_SIGNS,
            CHEST_PAIN_TOO,
            flag(
                "hiccups_tummy_pain",
                "Do you also have bad tummy pain, or are you being sick?",
                "hiccups with bad tummy pain or vomiting",
                L3,
                f"{ENGINE}; hiccups can come from irritation below the diaphragm [M]",
            ),
            flag(
                "hiccups_swallow_weight",
                "Do you also find it hard to swallow, or have you lost weight without trying?",
                "hiccups with trouble swallowing or weight loss",
                L4R,
                f"{NICE_CANCER} (difficulty swallowing, weight loss)",
            ),
            flag(
                "hiccups_stop_eating_sleeping",
                "Are the hiccups stopping you eating, drinking or sleeping?",
                "hiccups stopping you eating, drinking or sleeping",
                L5R,
                HICCUPS,
            ),
            flag(
                "hiccups_keep_coming_back",
                "Do hiccups keep coming back very often and affect your daily life?",
                "hiccups that keep coming back",
                L5R,
                HICCUPS,
                "recurrence",
            ),
        ),
        why="Hiccups usually stop on their own within minutes to hours and can be managed at home.",
        source=HICCUPS,
        persist=(
            after(
                1,
                L5R,
                "Hiccups that have lasted more than 2 days should be checked by a GP.",
                f"{HICCUPS}; 48 hours falls inside the 1-2 day band, rounded down to its start [E]",
            ),
        ),
    ),
    complaint(
        "choking",
        "Choked on something, or something breathed in",
        RESP,
        ("choking", "choked", "something stuck in throat", "inhaled object", "swallowed wrong way"),
        L5S,
        CENTRAL,
        (
            flag(
                "cannot_breathe",
                "Is the person unable to breathe, speak, cough or cry?",
                "unable to breathe, speak, cough or cry (blocked airway)",
                L1,
                ESI_A,
            ),
            flag(
                "still_coughing",
                "Is there still coughing, wheezing or noisy breathing since the choking?",
                "ongoing coughing, wheezing or noisy breathing after choking",
                L2,
                f"{CTAS_RESP}; inhaled foreign body [M]",
            ),
            flag(
                "battery_magnet",
                "Could it have been a button battery, magnets or something sharp?",
                "a button battery, magnets or a sharp object",
                L2,
                f"{ESI_B}; button-battery ingestion guidance (NPIS) [M]",
            ),
            flag(
                "still_stuck",
                "Does it feel as if something is still stuck, or is swallowing difficult or painful since the choking?",
                "feeling something still stuck, or difficult or painful swallowing after choking",
                L3E,
                CHOKING_RCUK,
            ),
            flag(
                "thrusts_needed",
                "Were back blows not enough, so that tummy (abdominal) or chest thrusts were needed to clear it?",
                "choking that needed abdominal or chest thrusts",
                L3E,
                CHOKING_RCUK,
            ),
            SEVERE_BREATHING,
        ),
        why="Choking that was cleared by coughing, with normal breathing, talking and swallowing afterwards, can "
        "be watched at home; get help at once for any cough, wheeze, noisy breathing or trouble swallowing.",
        source=f"{CHOKING_RCUK}; baseline lowered from urgent (review R1): the remaining-object signs each have "
        "their own question [E]",
        persist=(
            after(
                1,
                L4U,
                "If anything still seems wrong a day after choking (cough, wheeze, chest infection or trouble "
                "swallowing), a clinician should check within 24 hours.",
                f"{CHOKING_RCUK}; a retained object can show up later as cough or chest infection; the first "
                "band start is used [E]",
            ),
        ),
    ),
)
