"""Environmental and General & Minor complaints."""

from __future__ import annotations

from .common import (
    ANAPHYLAXIS_SIGNS,
    BURNS,
    CENTRAL,
    CHEST_PAIN_TOO,
    CTAS_BLEED,
    CTAS_GLUCOSE,
    CTAS_LOC,
    CTAS_MOI,
    CTAS_RESP,
    DEHYD_MILD,
    DEHYD_MODERATE,
    ENGINE,
    ESI_A,
    ESI_B,
    EYE,
    FEVER,
    GI_BLEED,
    HEAD,
    HEAT,
    HEATSTROKE,
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
    SEPSIS_SIGNS,
    SEVERE_BREATHING,
    STROKE_SIGNS,
    TOX,
    after,
    complaint,
    flag,
    reassurance,
)

ENV = "Environmental"
GENERAL = "General & Minor"
FEVER_CHILD = "NICE NG143 fever in under-5s: traffic-light red/amber features [M]"
COLD = "Hypothermia and frostbite: NHS / wilderness medicine guidance [M]"
BITES = "NICE NG184 human and animal bites [M]"
ELECTRIC = "Electrical injury: ECG and assessment after high-voltage or symptomatic shock [M]"
CO = "UKHSA carbon monoxide and smoke inhalation [M]"
DROWNING = (
    "ERC 2021 / Resuscitation Council UK drowning: anyone who needed rescue, lost consciousness or has breathing "
    "symptoms needs hospital assessment; symptoms can appear hours later [M]"
)
CHEMICAL = "NHS / UKHSA chemical incidents: remove clothing, rinse with water for at least 20 minutes [M]; TOXBASE [M]"
BLS = "Resuscitation Council UK adult and paediatric basic life support 2021: call 999, start CPR [M]; ESI v5 A [V]"
OLDER = (
    "NICE NG51 sepsis and NICE CG103 delirium: new confusion or sudden decline in an older person needs same-day "
    "review [M]; British Geriatrics Society acute frailty guidance [M]"
)
VACCINE = (
    "nhs.uk vaccine side effects: soreness, mild fever and feeling unwell usually settle in 1 to 2 days [M]; "
    "UKHSA Green Book chapter 8 [M]"
)

# Narrowed in 2026.12 to the diabetes pattern (thirst AND peeing more): weight loss on its own used to make
# this "yes" and sent NICE NG12 routine weight loss to urgent. Weight loss alone is asked separately
# (weight_sweats in tiredness; it is the complaint itself in weight_loss).
THIRST = flag(
    "thirst_weight_loss",
    "Are you very thirsty and drinking much more than usual, and also peeing more than usual?",
    "being very thirsty and peeing more than usual (possible diabetes)",
    L4U,
    "nhs.uk type 1 diabetes: ask for an urgent GP appointment or NHS 111 if you think you or your child has "
    "type 1 diabetes (toilet, thirsty, tired, thinner) [V]; NICE NG17/NG18: same-day assessment of suspected "
    "type 1 diabetes [M]",
    "glucose_symptom",
)
NHS_FROSTBITE = (
    "nhs.uk frostbite: call 999 or go to A&E after cold exposure with hard frozen skin, swelling and loss of "
    "feeling, or blisters; frostbite is treated in hospital [V: NHS-derived copies]"
)
NHS_HYPOTHERMIA = (
    "nhs.uk Hypothermia: shivering and pale, cold skin are symptoms; hypothermia is a medical emergency treated in "
    "hospital: go to A&E or call 999 if you think you or your child have it [V: NHS-derived copies]; without the "
    "severe signs (asked separately) the person can travel, so A&E; warming equipment and monitoring: ESI 3 [E]"
)
SHOCK_EVIDENCE = (
    "BestBETs / Fatovich 1991 and later cohorts: after a low-voltage household shock with no loss of "
    "consciousness, burns, symptoms or pregnancy, no ECG or monitoring is needed [M]"
)
WARFARIN = (
    "nhs.uk warfarin / anticoagulants: 999 or A&E for vomiting blood, black or bloody poo, bleeding that "
    "will not stop or a head injury; contact the doctor or anticoagulant clinic the same day for blood in the "
    "urine, unusual bruising, long nosebleeds or bleeding gums [M]"
)

COMPLAINTS = (
    complaint(
        "heat_illness",
        "Overheating or heat exhaustion",
        ENV,
        ("heat exhaustion", "heatstroke", "overheated", "too hot", "heat cramps", "dehydrated in heat"),
        L5S,
        PERIPHERAL,
        (
            HEATSTROKE,
            flag(
                "not_better_30_min",
                "Are you still unwell after 30 minutes resting somewhere cool and drinking water?",
                "still unwell after 30 minutes of cooling and drinking",
                L2ES,
                HEAT,
            ),
            DEHYD_MILD,
        ),
        persist=(
            after(
                1,
                L4U,
                "Heat exhaustion should settle within about half an hour of cooling down; if you still feel unwell a "
                "day later, a clinician should check you.",
                f"{HEAT}: recovery expected within 30 minutes of cooling [M]; a day is the engine's cut-off [E]",
            ),
        ),
    ),
    complaint(
        "cold_exposure",
        "Very cold, hypothermia or frostbite",
        ENV,
        ("hypothermia", "frostbite", "too cold", "frozen fingers", "cold exposure", "frostnip"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "severe_hypothermia",
                "Has shivering stopped, or is the person confused, slurring words, very drowsy or breathing slowly?",
                "stopped shivering, confusion, slurred speech or slow breathing (severe hypothermia)",
                L2ES,
                f"{COLD}; {ESI_A}",
                "glucose_symptom",
            ),
            # Catalogue 2026.12-cat6: the mild signs. Without this question a person still shivering with pale, cold
            # skin answered "no" to everything and was told to warm up at home; nhs.uk sends them to A&E.
            flag(
                "mild_hypothermia",
                "After getting somewhere warm, is the person still shivering, or is their skin still pale and cold?",
                "still shivering, or pale and cold, after getting warm (possible hypothermia)",
                L3E,
                NHS_HYPOTHERMIA,
            ),
            flag(
                "frostbite",
                "Is the skin white, grey-yellow or blue, hard or waxy, and still numb after warming?",
                "hard, waxy or discoloured skin still numb after warming (frostbite)",
                L3E,
                f"{COLD}; {NHS_FROSTBITE}",
            ),
            flag(
                "blisters",
                "Are there blisters on the cold-injured skin?",
                "blisters on cold-injured skin (frostbite)",
                L3E,
                f"{COLD}; {NHS_FROSTBITE}",
            ),
        ),
        persist=(
            after(
                1,
                L4U,
                "Fingers, toes or skin still numb, painful or discoloured a day after warming should be checked.",
                f"{COLD}: frostnip recovers fully on rewarming; anything lasting is possible frostbite [M]; "
                "a day is the engine's cut-off [E]",
            ),
        ),
    ),
    complaint(
        "insect_bite_sting",
        "Insect bite or sting",
        ENV,
        ("bee sting", "wasp sting", "insect bite", "mosquito bite", "tick bite", "spider bite", "bug bite"),
        L5S,
        PERIPHERAL,
        (
            ANAPHYLAXIS_SIGNS,
            flag(
                "mouth_throat",
                "Were you stung inside the mouth or throat?",
                "a sting in the mouth or throat",
                L2,
                f"{ESI_B}; {CTAS_RESP} (airway)",
            ),
            flag(
                "spreading",
                "Is redness or swelling spreading more than 10 cm, with pus, red lines or a fever?",
                "spreading redness, pus, red lines or fever after a bite",
                L3,
                "NICE NG141 cellulitis [M]",
                "fever",
            ),
            flag(
                "near_eye",
                "Were you bitten or stung on or near the eye?",
                "a bite or sting near the eye",
                L4U,
                "nhs.uk insect bites and stings: urgent GP or NHS 111 for bites near the eyes [M]",
            ),
            flag("many_stings", "Were there many stings, for example from a swarm?", "many stings", L3E, ESI_B),
            flag(
                "venomous",
                "Was it a snake, scorpion or spider that can be venomous where you are?",
                "a possibly venomous snake, scorpion or spider bite",
                L2,
                TOX,
            ),
            flag(
                "tick_rash",
                "Was it a tick bite, followed by a spreading red rash or flu-like illness?",
                "a spreading rash or flu-like illness after a tick bite (possible Lyme disease)",
                L4R,
                "NICE NG95 Lyme disease [M]",
            ),
        ),
        persist=(
            after(
                3,
                L5R,
                "A bite or sting that is not getting better after a few days should be checked by a GP or pharmacist.",
                "nhs.uk insect bites and stings: see a GP if symptoms do not improve after a few days [M]; "
                "'a few days' read as 3 [E]",
            ),
        ),
    ),
    complaint(
        "animal_bite",
        "Animal or human bite",
        ENV,
        ("dog bite", "cat bite", "animal bite", "human bite", "bitten", "bat bite"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "skin_broken",
                "Did the bite break the skin (a cut, a puncture or bleeding), or was it a human bite?",
                "a bite that broke the skin, or a human bite",
                L4U,
                f"{BITES}; nhs.uk Animal and human bites: get the bite checked if it has broken the skin (cleaning, "
                "antibiotics, tetanus) [M]; NICE NG184 human and animal bites [M]",
            ),
            flag(
                "heavy_bleeding",
                "Is it bleeding heavily or not stopping with firm pressure?",
                "a bite that is bleeding heavily",
                L2,
                CTAS_BLEED,
                "bleed_major",
            ),
            flag(
                "deep_or_special",
                "Is it deep, or on the face, hands, feet, genitals or over a joint?",
                "a deep bite, or a bite on the face, hands, feet or a joint",
                L3E,
                # 2026.12 review: nhs.uk Animal and human bites -> A&E if large, deep or on the face [M]
                BITES,
            ),
            flag(
                "rabies_risk",
                "Was it a bat, or an animal abroad that could carry rabies?",
                "a bat bite or possible rabies exposure",
                L3,
                "WHO / UKHSA rabies post-exposure treatment [M]",
            ),
            flag(
                "infected",
                "Is the bite red, hot, swollen or oozing pus, or do you have a fever?",
                "an infected-looking bite or fever",
                L3,
                BITES,
                "fever",
            ),
            flag("snake", "Was it a snake bite?", "a snake bite", L2, TOX),
        ),
        tags=("infective", "bleed_minor", "trauma"),
        why="A bite that has not broken the skin can be washed and watched at home; one that breaks the skin needs "
        "checking within about 24 hours.",
        source=f"{BITES}; nhs.uk Animal and human bites: no medical help needed when the skin is not broken [M]",
        persist=(
            after(
                3,
                L4U,
                "If a bite is getting more painful, red or swollen after a few days, see a clinician.",
                "NICE NG184: review bites that show signs of infection [M] [E: from day 3]",
            ),
        ),
    ),
    complaint(
        "electric_shock",
        "Electric shock",
        ENV,
        (
            "electric shock",
            "electrocuted",
            "lightning",
            "shocked by socket",
            "touched a live wire",
            "electrical injury",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "high_voltage",
                "Was it high voltage (a power line or industrial equipment) or lightning?",
                "a high-voltage or lightning injury",
                L2ES,
                # 2026.12 review: high voltage or lightning -> call 999 (nhs.uk / St John Ambulance) [M]
                f"{ELECTRIC}; {ESI_B}",
            ),
            flag(
                "collapse_heart",
                "Did the person lose consciousness, or do they now have chest pain, a racing heart or breathlessness?",
                "collapse, chest pain, racing heart or breathlessness after a shock",
                L2ES,
                ELECTRIC,
            ),
            flag("burns", "Are there burns where the current went in or out?", "electrical burns", L3E, BURNS),
            flag(
                "current_symptoms",
                "Could you not let go of the source, did the current cross the chest (hand to hand), were you wet, "
                "or do you now have numbness, tingling, weakness, muscle pain or a fluttering heartbeat?",
                "being unable to let go, current across the chest, wet skin, or numbness, tingling, muscle pain or "
                "palpitations after a shock",
                L3E,
                # 2026.12 review: symptoms after a shock need an ECG now -> A&E (RCEM electrical injury) [M]
                f"{ELECTRIC}; {SHOCK_EVIDENCE}: these are the features that lead to an ECG [M]",
            ),
        ),
        why="After a brief shock from a household socket or appliance, with no burns, no blackout and no symptoms, "
        "no tests are needed: get help if palpitations, chest pain, numbness or a burn appear.",
        source=SHOCK_EVIDENCE,
        persist=(
            after(
                1,
                L4U,
                "Any pain, tingling, numbness or odd heartbeat still there a day after a shock should be checked "
                "within about 24 hours.",
                f"{SHOCK_EVIDENCE}; symptoms that last need assessment [M]; a day is the engine's cut-off [E]",
            ),
        ),
    ),
    complaint(
        "smoke_fumes",
        "Breathed in smoke, fumes or gas (including carbon monoxide)",
        ENV,
        ("smoke inhalation", "carbon monoxide", "fumes", "gas leak", "breathed in chemicals", "co alarm"),
        L3,
        CENTRAL,
        (
            flag(
                "airway_signs",
                "Are you short of breath or wheezy, is your voice hoarse, or is there soot around the mouth or nose?",
                "breathlessness, wheeze, hoarse voice or soot after smoke",
                L2ES,
                f"{CO}; {CTAS_RESP}",
            ),
            flag(
                "co_symptoms",
                "Do you (or others in the home) have a headache, dizziness, sickness or confusion?",
                "headache, dizziness, sickness or confusion after fumes (possible carbon monoxide poisoning)",
                L2,
                CO,
                "glucose_symptom",
            ),
            SEVERE_BREATHING,
            reassurance(
                "brief_cleaning_fumes_settled",
                "Was it a short breath of fumes from household cleaning products (not smoke from a fire, and not "
                "fumes from a boiler, heater, stove or engine), and are you breathing normally again after getting "
                "into fresh air?",
                "a short breath of cleaning-product fumes that has settled in fresh air needs no treatment: keep "
                "the room aired, rinse stinging eyes with water, and get help at once if a cough, wheeze or "
                "breathlessness comes on",
                "NPIS (National Poisons Information Service) public advice on household cleaning products: move to "
                "fresh air; symptoms that settle need no treatment; seek help for breathing symptoms [M]; "
                "UKHSA: smoke and carbon monoxide need assessment (excluded by the question) [M]",
            ),
        ),
        why="After breathing in smoke, fumes or gas, get into fresh air; a clinician should check you within "
        "about 24 hours even if you feel well.",
        source=CO,
    ),
    complaint(
        "near_drowning",
        "Pulled from water or breathed in water (near-drowning)",
        ENV,
        (
            "near drowning",
            "nearly drowned",
            "pulled out of the water",
            "inhaled water",
            "secondary drowning",
            "swallowed pool water",
        ),
        L3E,
        CENTRAL,
        (
            flag(
                "not_breathing_normally",
                "Is the person unresponsive, or not breathing normally (only gasping or not at all)?",
                "unresponsive or not breathing normally after being in water",
                L1,
                f"{BLS}; {DROWNING}",
                "covers:ds_confused",
            ),
            SEVERE_BREATHING,
            flag(
                "was_unconscious",
                "Were they unconscious at any point, or did they need rescue breaths or CPR?",
                "unconscious or needing rescue breaths or CPR in the water",
                L2ES,
                DROWNING,
            ),
            flag(
                "cough_breathing",
                "Are they coughing a lot, wheezy, breathing fast, or complaining of chest pain?",
                "coughing, wheeze, fast breathing or chest pain after being in water",
                L2,
                f"{DROWNING}; {CTAS_RESP}",
            ),
            flag(
                "drowsy_confused",
                "Are they confused, unusually sleepy, or behaving differently from usual?",
                "confusion, unusual sleepiness or changed behaviour after being in water",
                L2ES,
                # 2026.12 review: confusion or drowsiness after immersion is hypoxia -> 999 (RLSS UK) [M]
                f"{DROWNING}; {CTAS_LOC}",
                "covers:ds_confused",
            ),
            flag(
                "very_cold",
                "Are they very cold, with violent shivering, or has shivering stopped?",
                "very cold with violent shivering, or shivering that has stopped (hypothermia)",
                L2ES,
                # 2026.12 review: nhs.uk Hypothermia -> call 999 if shivering stops or the person is very cold after
                # immersion [M]
                # 2026.12 review: nhs.uk Hypothermia -> call 999 if shivering stops or the person is very cold after
                # immersion [M]
                f"{COLD}; {DROWNING}",
            ),
            flag(
                "diving_neck",
                "Did it involve diving into shallow water, or is there neck pain, tingling or weakness?",
                "a diving accident, or neck pain, tingling or weakness (possible spinal injury)",
                L2ES,
                f"{CTAS_MOI}; NICE NG41 spinal injury [M]",
            ),
        ),
        why="Anyone pulled from the water who needed rescue or breathed in water should be checked in an "
        "emergency department, even if they seem well: breathing problems can start hours later.",
        source=DROWNING,
    ),
    complaint(
        "chemical_exposure",
        "Chemical on the skin, in the eye or breathed in",
        ENV,
        (
            "chemical burn",
            "bleach in eye",
            "chemical splash",
            "acid on skin",
            "drain cleaner on skin",
            "breathed in cleaning fumes",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "in_eye",
                "Did the chemical get into an eye?",
                "a chemical in the eye",
                L2,
                f"{EYE}; {CHEMICAL}: rinse the eye, then go to A&E",
            ),
            SEVERE_BREATHING,
            flag(
                "breathing_symptoms",
                "Since breathing it in, is there coughing, wheezing, breathlessness or a tight chest?",
                "cough, wheeze, breathlessness or a tight chest after breathing in a chemical",
                L2,
                f"{CHEMICAL}; {CTAS_RESP}",
            ),
            flag("swallowed", "Was any of the chemical swallowed?", "a swallowed chemical", L2, TOX),
            flag(
                "skin_burn",
                "Is the skin blistered, broken, white or grey, or is the burn bigger than the person's palm?",
                "a chemical burn: blistered, broken, white or grey skin, or bigger than the palm",
                L3E,
                f"{BURNS}; {CHEMICAL}",
            ),
            flag(
                "strong_chemical",
                "Was it hydrofluoric acid, a strong alkali (oven or drain cleaner, wet cement), or an industrial "
                "chemical?",
                "a strong alkali, hydrofluoric acid or industrial chemical",
                L3E,
                f"{CHEMICAL}; {ESI_B}",
            ),
            flag(
                "unwell",
                "Do they feel dizzy, sick, drowsy or have a headache since the exposure?",
                "dizziness, sickness, drowsiness or headache after a chemical exposure",
                L2,
                TOX,
            ),
            flag(
                "still_sore",
                "Is the skin still red, painful or stinging after rinsing for 20 minutes?",
                "skin still red or painful after 20 minutes of rinsing",
                L3E,
                # 2026.12 review: nhs.uk Burns and scalds -> A&E for all chemical burns [M]
                CHEMICAL,
            ),
        ),
        why="A small splash on the skin of a household product, rinsed off well with running water, usually "
        "needs nothing more.",
        source=CHEMICAL,
        persist=(
            after(
                1,
                L4U,
                "Skin or eyes still sore, red or irritated a day after a chemical splash should be checked.",
                f"{CHEMICAL}; lasting irritation after rinsing suggests a chemical injury [M]; a day is the "
                "engine's cut-off [E]",
            ),
        ),
    ),
    # --- General & minor ------------------------------------------------------------------
    complaint(
        "fever",
        "Fever or high temperature",
        GENERAL,
        ("fever", "high temperature", "feverish", "hot and cold", "temperature", "pyrexia"),
        L5S,
        CENTRAL,
        (
            MENINGITIS_SIGNS,
            SEPSIS_SIGNS,
            flag(
                "fast_breathing",
                "Is the person breathing fast, struggling to breathe, or grunting?",
                "fast, difficult or grunting breathing with fever",
                L2ES,
                # 2026.12 review: a child struggling to breathe -> 999 (NICE NG143; matches ds_child_breathing) [M]
                f"{CTAS_RESP}; {FEVER_CHILD}",
            ),
            flag(
                "floppy_child",
                "Is a child floppy, very hard to wake, or crying with a weak or high-pitched cry?",
                "a floppy, hard-to-wake child or a weak high-pitched cry",
                L2ES,
                FEVER_CHILD,
                "glucose_symptom",
                "covers:ds_child_floppy_cry",
                "covers:ds_child_hard_to_wake",
            ),
            DEHYD_MODERATE,
            flag(
                "malaria_travel",
                "Have you been to a country with malaria in the last year?",
                "fever after travel to a malaria area",
                L3E,
                "UKHSA malaria: same-day testing after travel [M]; UK malaria treatment guidelines (Lalloo et al.): "
                "malaria is a medical emergency, blood-film result within hours, which in practice means hospital "
                "[M]",
            ),
            flag(
                "chemotherapy",
                "Have you had chemotherapy in the last 6 weeks?",
                "fever within 6 weeks of chemotherapy (possible neutropenic sepsis)",
                L2,
                "NICE CG151 neutropenic sepsis [M]; CTAS fever modifier: immunocompromised [M]",
            ),
        ),
        tags=("fever", "infective"),
        why="A fever without warning signs can usually be managed at home with fluids and rest.",
        persist=(
            after(
                3,
                L4U,
                "A fever that has lasted 5 days or more needs a clinician within about 24 hours.",
                f"{FEVER_CHILD} (fever for 5 days or more is amber); nhs.uk high temperature: urgent GP or NHS 111 "
                "if it lasts 5 days or more [M]; 5 days rounded down to the band starting at day 3 [E]",
            ),
        ),
    ),
    complaint(
        "tiredness",
        "Tiredness or feeling generally unwell",
        GENERAL,
        ("tired", "fatigue", "exhausted", "no energy", "run down", "feeling unwell", "weak all over"),
        L5R,
        CENTRAL,
        (
            flag(
                "breathless_pale",
                "Are you breathless or pale, with chest pain or a racing heart?",
                "breathlessness or pallor with chest pain or a racing heart",
                L2,
                # 2026.12 review: chest pain or a racing heart with breathlessness is high risk (ESI B), as
                # chest_pain_too is elsewhere; anaemia without them is asked by the other questions.
                ESI_B,
            ),
            SEPSIS_SIGNS,
            flag(
                "sudden_decline",
                "Have you (or an older relative) become suddenly much weaker, unable to get up, "
                "or stopped eating and drinking over the last day or two?",
                "a sudden decline: much weaker, unable to get up, or not eating or drinking",
                L3,
                "Acute functional decline in older people: same-day review (NICE NG51 / BGS) [M]",
            ),
            THIRST,
            flag(
                "weight_sweats",
                "Have you lost weight without trying or had drenching night sweats?",
                "weight loss or night sweats",
                L4R,
                NICE_CANCER,
            ),
            flag(
                "bruising_bleeding",
                "Do you have unusual bruising or bleeding?",
                "unusual bruising or bleeding",
                L3,
                "NICE NG12: very urgent blood count within 48 h [M]",
            ),
            GI_BLEED,
            reassurance(
                "known_reason",
                "Do you know the likely reason, such as not enough sleep, stress, long hours, a new baby, or a "
                "cold, flu or COVID in the last few weeks, and can you still manage your daily life?",
                "tiredness with a clear reason (short sleep, stress, a recent virus) usually improves with regular "
                "sleep, activity and a balanced diet: see a GP if it lasts a few weeks, you do not know why, or "
                "it affects your daily life",
                "nhs.uk Tiredness and fatigue: see a GP if you have been tired for a few weeks and are not sure "
                "why, it affects your daily life, or comes with other symptoms such as weight loss [M]",
            ),
        ),
        tags=("infant_concern",),
        # Catalogue 2026.12-cat5: with a known reason (known_reason) the tiredness is self-care, so it needs
        # the guidance's own time limit; without one the routine baseline already applies.
        persist=(
            after(
                21,
                L5R,
                "Tiredness that has lasted 3 weeks or more should be checked by a GP, even if you think you know why.",
                "nhs.uk Tiredness and fatigue: see a GP if you have been tired for a few weeks [M]; "
                "'a few weeks' read as 3 [E]",
            ),
        ),
    ),
    complaint(
        "diabetes_problem",
        "High or low blood sugar (diabetes)",
        GENERAL,
        ("high sugar", "low sugar", "hypo", "hyperglycaemia", "blood sugar", "diabetes", "ketones"),
        L4R,
        CENTRAL,
        (
            flag(
                "hypo_symptoms",
                "Are you sweaty, shaky, confused or behaving unusually, and not better 15 minutes "
                "after eating something sugary?",
                "low-sugar symptoms not better after sugar",
                L2ES,
                # 2026.12 review: nhs.uk Low blood sugar -> call 999 if not improving after treatment or confused [M]
                f"{CTAS_GLUCOSE} (low with symptoms)",
                "glucose_symptom",
            ),
            flag(
                "cannot_swallow",
                "Is the person too drowsy to swallow safely, or unconscious?",
                "too drowsy to swallow or unconscious",
                L1,
                ESI_A,
                "glucose_symptom",
            ),
            flag(
                "dka_signs",
                "With high sugar, are you being sick, breathing fast and deep, drowsy, or in tummy pain, "
                "or are your blood ketones 3 mmol/L or more?",
                "vomiting, deep fast breathing, drowsiness, tummy pain or ketones of 3 or more with high sugar "
                "(possible DKA)",
                L2,
                f"{CTAS_GLUCOSE} (high with symptoms); nhs.uk diabetic ketoacidosis: go to A&E [M]",
                "glucose_symptom",
            ),
            flag(
                "ketones_raised",
                "Are your blood ketones between 1.5 and 3 mmol/L (or urine ketones 2+) and not coming down after "
                "extra insulin, without vomiting or fast breathing?",
                "raised ketones not coming down after extra insulin",
                L3,
                "Diabetes UK / NICE NG17-NG18 sick-day rules: ketones 1.5-3 mmol/L not falling after extra insulin -> "
                "contact the diabetes team the same day; 3 or more or vomiting -> A&E [M]",
            ),
            flag(
                "high_thirst",
                "Are you very thirsty and passing lots of urine, with high readings for more than a day?",
                "high readings with thirst for more than a day",
                L3,
                f"{CTAS_GLUCOSE} (high)",
                "glucose_symptom",
            ),
            flag(
                "foot_problem",
                "Do you have a foot wound, or a red, hot, swollen foot?",
                "a diabetic foot wound or red swollen foot",
                L3,
                "NICE NG19 diabetic foot: urgent referral [M]",
            ),
            reassurance(
                "one_off_back_in_range",
                "Was it a single high or low reading, or one mild hypo you treated yourself, and is your sugar "
                "now back in your usual range and do you feel well?",
                "a one-off high reading, or a single mild hypo you have treated, that is now back in range can be "
                "managed with your usual diabetes plan: check again as your plan says, and contact your diabetes "
                "team if it keeps happening",
                "nhs.uk High blood sugar (hyperglycaemia): an occasional high reading is not usually a concern; "
                "nhs.uk Low blood sugar (hypoglycaemia): treat a hypo yourself and see your diabetes team if "
                "hypos keep happening [M]",
            ),
        ),
        why="Sugar readings outside your target without symptoms should be reviewed with your diabetes team "
        "within about a week.",
        source=f"{CTAS_GLUCOSE}; {ENGINE}",
    ),
    complaint(
        "medicine_problem",
        "Side effect, missed dose or question about a medicine",
        GENERAL,
        ("side effect", "missed dose", "medication question", "wrong medicine", "reaction to tablets"),
        L5S,
        PERIPHERAL,
        (
            ANAPHYLAXIS_SIGNS,
            flag(
                "too_much",
                "Have you taken more than the highest dose allowed in a day, taken any extra paracetamol, or taken "
                "too much on purpose?",
                "more than the safe daily dose, extra paracetamol, or an overdose on purpose",
                L2,
                TOX,
            ),
            flag(
                "extra_dose_unwell",
                "After an extra or double dose, do you feel dizzy, faint, very drowsy, sick, or is your heart "
                "racing or very slow?",
                "feeling unwell after an extra dose of a medicine",
                L3E,
                # 2026.12 review: an extra dose with dizziness, drowsiness or an abnormal heartbeat -> A&E (nhs.uk
                # Poisoning) [M]
                # 2026.12 review: an extra dose with dizziness, drowsiness or an abnormal heartbeat -> A&E (nhs.uk
                # Poisoning) [M]
                "nhs.uk medicines A-Z: an accidental extra dose is usually harmless; contact NHS 111 or a doctor if "
                "you feel unwell [M]",
            ),
            flag(
                "thinner_bleeding",
                "Are you on a blood thinner with bleeding that won't stop, vomiting blood, or black or bloody poo?",
                "bleeding that will not stop, vomiting blood, or black or bloody poo on a blood thinner",
                L2,
                f"{CTAS_BLEED}; {WARFARIN}",
                "bleed_major",
            ),
            flag(
                "thinner_minor_bleed",
                "Are you on a blood thinner with blood in your urine, unusual bruising, a nosebleed lasting more "
                "than 10 minutes, or bleeding gums?",
                "blood in the urine, unusual bruising, long nosebleeds or bleeding gums on a blood thinner",
                L3,
                f"{WARFARIN}; CTAS bleeding-disorder modifier, minor site -> 3 [M]",
                "bleed_minor",
            ),
            flag(
                "level_drug_toxicity",
                "Do you take lithium, digoxin or another medicine that needs blood-level checks, and now have "
                "vomiting or diarrhoea with shakiness, unsteadiness, blurred vision or muddled thinking?",
                "possible toxicity of lithium, digoxin or another narrow-margin medicine",
                L2,
                "nhs.uk lithium: signs of too much lithium (diarrhoea, vomiting, shaking, unsteadiness, confusion) "
                "need urgent medical help [M]; ESI v5 B (toxicity) [V]",
            ),
            flag(
                "serious_reaction",
                "Since a new medicine, do you have a rash with fever, yellow skin, or a sore throat with mouth ulcers?",
                "rash with fever, yellow skin, or sore throat with ulcers on a new medicine",
                L3,
                "MHRA serious adverse reactions (agranulocytosis, DRESS, liver injury) [M]",
                "fever",
            ),
            flag(
                "essential_missed",
                "Have you run out of, or missed doses of, an essential medicine such as "
                "insulin, epilepsy or transplant medicine?",
                "missed doses of an essential medicine",
                L4U,
                ENGINE,
            ),
        ),
        persist=(
            after(
                7,
                L5R,
                "A side effect that has lasted a week or more should be reviewed by your GP or pharmacist.",
                "nhs.uk / MHRA Yellow Card: speak to a pharmacist or GP about side effects that bother you or do not "
                "go away [M]; a week is the engine's cut-off [E]",
            ),
        ),
    ),
    complaint(
        "weight_loss",
        "Losing weight without trying",
        GENERAL,
        ("weight loss", "losing weight", "unexplained weight loss", "clothes getting loose", "getting thinner"),
        L5R,
        CENTRAL,
        (
            THIRST,
            GI_BLEED,
            flag("swallowing", "Do you have trouble swallowing?", "trouble swallowing", L4R, NICE_CANCER),
            reassurance(
                "losing_on_purpose",
                "Are you losing weight on purpose, through a healthy diet or more exercise, and is nobody "
                "(including you) worried that it is too much or too fast?",
                "weight lost on purpose through a healthy diet and exercise is not a concern in itself: aim for "
                "about 0.5 to 1 kg a week, and see a GP if you keep losing weight without trying",
                "NICE NG12 and nhs.uk Unintentional weight loss: the concern is weight lost without trying [M]; "
                "nhs.uk Losing weight: a safe rate is 0.5 to 1 kg a week [M]",
            ),
        ),
        why="Unexplained weight loss should be checked by a clinician within about a week.",
        source=NICE_CANCER,
    ),
    complaint(
        "collapse_unresponsive",
        "Collapsed, unresponsive or not breathing normally",
        GENERAL,
        (
            "collapsed",
            "unresponsive",
            "not breathing",
            "passed out and won't wake",
            "unconscious",
            "found on the floor not moving",
        ),
        L1,
        CENTRAL,
        (
            flag(
                "not_breathing",
                "Is the person not breathing, or only gasping now and then?",
                "not breathing or only gasping (possible cardiac arrest)",
                L1,
                BLS,
            ),
            flag(
                "no_response",
                "Does the person not respond when you speak loudly and tap their shoulders?",
                "no response to voice or a shoulder tap",
                L1,
                f"{BLS}; {CTAS_LOC}",
                "covers:ds_confused",
            ),
            flag(
                "fitting",
                "Is the person jerking or fitting?",
                "fitting or jerking",
                L2ES,
                f"{ESI_A}; NICE CG137 / NG217 epilepsies: prolonged seizure is an emergency [M]",
                "glucose_symptom",
            ),
            flag(
                "diabetes_low_sugar",
                "Does the person have diabetes, so their blood sugar could be low?",
                "possible low blood sugar in someone with diabetes",
                L2ES,
                f"{CTAS_GLUCOSE} (low with symptoms)",
                "glucose_symptom",
            ),
            flag(
                "drugs_alcohol",
                "Could they have taken drugs, alcohol, or too much of a medicine?",
                "possible overdose or poisoning",
                L2ES,
                TOX,
                "glucose_symptom",
            ),
            flag(
                "head_injury",
                "Did they fall or hit their head?",
                "a fall or a blow to the head",
                L2ES,
                HEAD,
                "bleed_major",
            ),
        ),
        why="Someone who has collapsed and is not responding normally needs an ambulance now; if they are not "
        "breathing normally, start CPR and the call handler will guide you.",
        source=BLS,
        tags=("faint", "covers:ds_faint"),
    ),
    complaint(
        "older_person_unwell",
        "Older person not themselves, off their legs or suddenly worse",
        GENERAL,
        (
            "not themselves",
            "off legs",
            "not coping at home",
            "elderly parent unwell",
            "gran suddenly worse",
            "grandad not right",
            "frail and unwell",
        ),
        L3,
        CENTRAL,
        (
            SEPSIS_SIGNS,
            STROKE_SIGNS,
            flag(
                "new_confusion",
                "Are they newly confused, muddled, much sleepier than usual, or seeing things that are not there?",
                "new confusion, drowsiness or seeing things (possible delirium from infection or other illness)",
                L2,
                f"{OLDER}; {CTAS_LOC}",
                "covers:ds_confused",
                "glucose_symptom",
            ),
            CHEST_PAIN_TOO,
            flag(
                "fall_long_lie",
                "Have they fallen and cannot get up or stand, or been on the floor for an hour or more?",
                "a fall with being unable to get up, or a long time on the floor",
                L2ES,
                # 2026.12 review: cannot get up or a long lie -> 999 (cannot travel; nhs.uk falls) [M]
                f"NICE NG249 falls: a long lie needs assessment [M]; {ESI_B}",
            ),
            flag(
                "not_drinking",
                "Have they eaten or drunk very little for a day or more?",
                "eating or drinking very little for a day or more",
                L3,
                OLDER,
            ),
            flag(
                "no_safe_carer",
                "Is there no one able to look after them safely today or tonight?",
                "no one able to keep them safe at home today",
                L3,
                f"{OLDER}; social-care crisis needs same-day help [E]",
            ),
            FEVER,
        ),
        why="When an older person is suddenly not themselves, off their legs or not coping, a clinician should "
        "see them today: it is often an infection or another illness that shows itself this way.",
        source=OLDER,
    ),
    complaint(
        "vaccination_reaction",
        "Reaction after a vaccination",
        GENERAL,
        (
            "vaccine reaction",
            "after jabs",
            "sore arm after vaccine",
            "fever after immunisation",
            "injection site swelling",
            "side effects of jab",
        ),
        L5S,
        PERIPHERAL,
        (
            ANAPHYLAXIS_SIGNS,
            flag(
                "floppy_pale",
                "Has a baby or child gone floppy, pale and unresponsive?",
                "a child who is floppy, pale and unresponsive after a vaccine",
                L2ES,
                f"{VACCINE}; hypotonic-hyporesponsive episode [M]",
            ),
            flag(
                "fit",
                "Has there been a fit (seizure)?",
                "a fit after a vaccine",
                L2ES,
                f"{VACCINE}; febrile seizure [M]",
                "glucose_symptom",
            ),
            flag(
                "nonstop_crying",
                "Has a baby cried non-stop, or with an unusual high-pitched cry, for 3 hours or more?",
                "a baby crying non-stop for 3 hours or more",
                L3,
                VACCINE,
            ),
            flag(
                "intussusception",
                "For a baby after the rotavirus vaccine: bouts of screaming with legs drawn up, repeated vomiting, "
                "or blood in the poo?",
                "screaming bouts, repeated vomiting or blood in the poo after rotavirus vaccine",
                L2,
                "UKHSA rotavirus vaccine: intussusception warning signs [M]",
            ),
            flag(
                "heart_symptoms",
                "Since the vaccine, chest pain, breathlessness, or a pounding, fluttering heart?",
                "chest pain, breathlessness or palpitations after a vaccine (possible heart inflammation)",
                L2,
                "MHRA: myocarditis and pericarditis after mRNA COVID-19 vaccines [M]",
            ),
            flag(
                "severe_headache_bruising",
                "Since a COVID-19 vaccine, a severe headache that will not go, blurred vision, or unusual bruising "
                "or tiny red or purple spots?",
                "severe lasting headache, blurred vision or unusual bruising after a COVID-19 vaccine",
                L2,
                "MHRA: vaccine-induced immune thrombocytopenia and thrombosis [M]",
            ),
            flag(
                "site_infection",
                "Is the injection site getting more red, hot and painful after 2 days, or oozing pus?",
                "an injection site getting worse after 2 days, or pus",
                L4U,
                f"{VACCINE}; NICE NG141 cellulitis [M]",
            ),
            FEVER,
        ),
        why="Soreness, a mild fever and feeling a bit unwell for a day or two are normal after a vaccine: rest, "
        "fluids and paracetamol help.",
        source=VACCINE,
        persist=(
            after(
                3,
                L4U,
                "If you or your child are still unwell more than 2 days after a vaccine, a clinician should check "
                "for another cause.",
                f"{VACCINE}: side effects usually settle within 2 days [M]; more than 2 days = the band "
                "starting at day 3 [E]",
            ),
        ),
    ),
)
