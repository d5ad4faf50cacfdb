"""Neurologic, Mental Health and Substance Misuse complaints."""

from __future__ import annotations

from .common import (
    ACS,
    CAUDA,
    CENTRAL,
    CHEST_PAIN_TOO,
    CTAS_LOC,
    CTAS_MOI,
    DEHYD_MILD,
    ESI_A,
    ESI_B,
    FAINTED,
    FAST,
    FEVER,
    GI_BLEED,
    HEAD,
    L1,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4S,
    L4U,
    L5R,
    L5S,
    LIMB,
    MENINGITIS_SIGNS,
    MH,
    PERIPHERAL,
    PREG_HTN,
    SELFHARM,
    SEPSIS_SIGNS,
    SEVERE_BREATHING,
    STROKE_SIGNS,
    SUICIDAL_THOUGHTS,
    SUICIDE_PLAN,
    TOX,
    UsualEpisode,
    after,
    complaint,
    flag,
    usual,
)

NEURO = "Neurologic"
MENTAL = "Mental Health"
SUBSTANCE = "Substance Misuse"
HEADACHE = "NICE CKS headache red flags (thunderclap, raised pressure, new headache over 50) [M]"
SEIZURE = "NICE NG217 epilepsies: first seizure and status epilepticus [M]"
EVERYDAY = "NICE CG90/CG113 depression and anxiety: see a clinician if daily life is affected for 2 weeks [M]"

NHS_HEADACHE = "nhs.uk headaches: call 999 / A&E / urgent GP lists [M]"
NHS_MIGRAINE = (
    "nhs.uk Migraine: see a GP if migraines are frequent (more than 5 days a month) or cannot be managed with "
    "occasional painkillers [V: NHS content copies]"
)
BELLS = "nhs.uk Bell's palsy: see a GP as soon as possible, steroids work best within 72 hours [V]"
TINGLING = "nhs.uk pins and needles: see a GP if it keeps coming back or does not go away [M]"
MEED = "RCPsych CR233 Medical Emergencies in Eating Disorders (MEED, 2022): high-risk signs [M]"
EATING = "nhs.uk eating disorders: see a GP as soon as you can [V]; NICE NG69 eating disorders [M]"
WITHDRAWAL = "NICE CG100 alcohol-use disorders: acute withdrawal, seizures, delirium tremens, Wernicke's [M]"

CAUDA_FLAG = flag(
    "cauda_equina",
    "Do you have numbness around your bottom or genitals, or new trouble controlling your bladder or bowels?",
    "numbness around the bottom or genitals, or new bladder or bowel trouble",
    L2,
    CAUDA,
)
ASCENDING = flag(
    "ascending",
    "Is weakness spreading up both legs over hours or days, or is breathing getting harder?",
    "weakness spreading up both legs, or harder breathing (possible Guillain-Barré)",
    L2ES,
    # 2026.12 expected-outcome review: rising weakness with breathing getting harder (possible Guillain-Barre) -> 999
    # [M]
    ESI_B,
)

HARD_TO_WAKE = flag(
    "hard_to_wake",
    "Is the person unconscious, very hard to wake, having a fit, or breathing very slowly?",
    "unconscious, very hard to wake, having a fit, or breathing very slowly",
    L1,
    f"{ESI_A} (unresponsive / apnoeic); {CTAS_LOC} (GCS 3-9)",
    "glucose_symptom",
)

COMPLAINTS = (
    complaint(
        "headache",
        "Headache",
        NEURO,
        ("headache", "migraine", "head pain", "head hurts", "throbbing head", "tension headache"),
        L5S,
        CENTRAL,
        (
            flag(
                "thunderclap",
                "Did the headache come on suddenly, reaching its worst within a minute, like being hit on the head?",
                "a sudden 'thunderclap' headache, worst within a minute (possible bleed in the brain)",
                L2ES,
                f"{HEADACHE}; {ESI_B}",
                "htn_symptom",
            ),
            STROKE_SIGNS,
            MENINGITIS_SIGNS,
            flag(
                "confused_or_fit",
                "Are you confused or very drowsy, or have you had a fit?",
                "headache with confusion, drowsiness or a fit",
                L2ES,
                # 2026.12 expected-outcome review: a fit or new confusion with a headache -> call 999 (nhs.uk; matches
                # ds_confused) [M]
                f"{CTAS_LOC}; {ESI_B}",
                "glucose_symptom",
                "htn_symptom",
            ),
            flag(
                "after_head_injury",
                "Did it start after a head injury?",
                "headache after a head injury",
                L3E,
                HEAD,
                "bleed_major",
            ),
            flag(
                "over_50_jaw",
                "Are you over 50 with a new kind of headache, and a tender scalp or jaw pain when chewing?",
                "new headache over 50 with a tender scalp or jaw pain when chewing (possible giant cell arteritis)",
                L3,
                f"{HEADACHE}; NICE CKS giant cell arteritis: same-day specialist assessment [M]; nhs.uk giant cell "
                "arteritis: urgent GP appointment or NHS 111, A&E only with sight problems (asked by sight_loss) [M]; "
                "same level as ent_eye jaw_gca [E]",
            ),
            flag(
                "sight_loss",
                "With the headache, have you suddenly lost some or all of the sight in one or both eyes?",
                "headache with sudden loss of sight",
                L2,
                f"{NHS_HEADACHE} (sudden loss of vision: A&E); NICE CKS giant cell arteritis: visual loss is an "
                "emergency [M]",
            ),
            flag(
                "red_painful_eye",
                "Is one eye red and painful, with blurred sight or coloured rings around lights?",
                "headache with a red, painful eye and blurred sight (possible acute glaucoma)",
                L2,
                f"{NHS_HEADACHE} (red eye: A&E); acute angle-closure glaucoma (NICE CKS) [M]",
            ),
            flag(
                "pregnant_vision",
                "Are you pregnant or have you given birth in the last 6 weeks, with blurred vision or sudden swelling?",
                "headache in or after pregnancy with vision changes or swelling (possible pre-eclampsia)",
                L2,
                PREG_HTN,
                "htn_symptom",
                "pregnancy_only",
            ),
            flag(
                "raised_pressure",
                "Is it worse lying down, coughing or straining, or does it wake you up with vomiting?",
                "headache worse lying down or straining, or waking you with vomiting",
                L3,
                HEADACHE,
            ),
            flag(
                "others_at_home",
                "Do others at home have headaches too, or does it get better when you are away from home?",
                "headaches shared by others at home (possible carbon monoxide)",
                L3E,
                "UKHSA carbon monoxide poisoning recognition [M]",
            ),
            flag(
                "keeps_coming_back",
                "Do your headaches keep coming back without a doctor having checked them, or do you get them on "
                "more than 5 days a month, or need painkillers for them on most days?",
                "headaches that keep coming back unchecked, on more than 5 days a month, or painkillers needed on "
                "most days",
                L5R,
                f"{NHS_HEADACHE} (see a GP if headaches keep coming back); {NHS_MIGRAINE}; NICE CG150 "
                "medication-overuse headache [M]",
                "recurrence",
            ),
        ),
        tags=("htn_symptom",),
        # A diagnosed migraine or tension-type headache that is as usual and eased by the usual medicine is
        # managed at home; every warning question above (thunderclap, neurological signs, fever with a stiff
        # neck, a change in pattern) still raises it.
        usual=usual(
            "your usual migraine or headache, diagnosed before, can be managed as usual: rest, fluids and your "
            "usual painkillers or migraine medicine.",
            NHS_MIGRAINE,
        ),
        persist=(
            after(
                7,
                L5R,
                "A headache that has not eased after a week should be checked by a clinician.",
                f"{NHS_HEADACHE}: no day count given; engine review after a week [E]",
            ),
        ),
    ),
    complaint(
        "stroke_symptoms",
        "Face drooping, arm weakness or speech problems",
        NEURO,
        ("stroke", "face drooping", "slurred speech", "arm weakness", "mini stroke", "tia", "can't speak"),
        L2ES,
        CENTRAL,
        (
            SEVERE_BREATHING,
            flag("fit", "Has there been a fit (seizure)?", "a fit with stroke symptoms", L2ES, f"{FAST}; {SEIZURE}"),
        ),
        tags=("htn_symptom", "glucose_symptom"),
        why="Sudden face drooping, arm weakness or speech difficulty can be a stroke: every minute counts, "
        "even if the symptoms have gone.",
        source=FAST,
    ),
    complaint(
        "weakness_numbness",
        "Weakness or numbness of an arm, leg or one side",
        NEURO,
        ("weakness", "weak arm", "weak legs", "legs giving way", "can't lift my arm", "numb down one side"),
        L4R,
        CENTRAL,
        (
            STROKE_SIGNS,
            flag(
                "vision",
                "Have you suddenly lost vision or developed double vision?",
                "sudden loss of vision or double vision",
                L2ES,
                FAST,
                "htn_symptom",
            ),
            CAUDA_FLAG,
            ASCENDING,
            flag(
                "back_pain_leg_weakness",
                "Do you have back pain with weakness in one or both legs?",
                "back pain with leg weakness",
                L2,
                # 2026.12 expected-outcome review: new weakness in both legs with back pain: possible cauda equina or
                # cord compression -> A&E now [M]
                CAUDA,
            ),
        ),
        tags=("htn_symptom", "glucose_symptom"),
    ),
    complaint(
        "dizziness",
        "Dizziness or spinning (vertigo)",
        NEURO,
        ("dizzy", "dizziness", "vertigo", "room spinning", "lightheaded", "off balance", "giddy"),
        L5S,
        CENTRAL,
        (
            STROKE_SIGNS,
            flag(
                "posterior_signs",
                "Do you have double vision, slurred speech or trouble swallowing, or can you not walk without "
                "falling to one side?",
                "double vision, slurred speech or falling to one side (possible stroke)",
                L2ES,
                FAST,
                "htn_symptom",
            ),
            FAINTED,
            CHEST_PAIN_TOO,
            flag(
                "racing_heart",
                "Is your heart racing or beating irregularly?",
                "dizziness with a racing heart",
                L3E,
                ESI_B,
            ),
            flag(
                "sudden_headache",
                "Did it come with a sudden severe headache?",
                "dizziness with a sudden severe headache",
                L2ES,
                HEADACHE,
            ),
            GI_BLEED,
            flag(
                "sudden_deafness",
                "Have you suddenly lost hearing in one ear?",
                "dizziness with sudden hearing loss",
                L3,
                "NICE CKS sudden hearing loss [M]",
            ),
            flag(
                "keeps_coming_back",
                "Do the dizzy spells keep coming back?",
                "dizzy spells that keep coming back",
                L5R,
                "nhs.uk dizziness / vertigo: see a GP if it keeps coming back [M]",
                "recurrence",
            ),
        ),
        tags=("glucose_symptom", "htn_symptom"),
        persist=(
            after(
                7,
                L5R,
                "Dizziness or vertigo that has not settled after a week should be checked by a clinician.",
                "nhs.uk labyrinthitis / dizziness: see a GP if it has not settled after about a week [M]",
            ),
        ),
    ),
    complaint(
        "seizure",
        "Fit or seizure",
        NEURO,
        ("seizure", "fit", "convulsion", "epilepsy", "fitting", "febrile convulsion"),
        L4R,
        CENTRAL,
        (
            flag(
                "ongoing",
                "Is the seizure still going on after 5 minutes, or are seizures repeating without waking in between?",
                "a seizure lasting over 5 minutes or repeated seizures (status epilepticus)",
                L1,
                f"{ESI_A}; {SEIZURE}",
            ),
            flag(
                "not_waking",
                "Is the person still not waking up properly, or having trouble breathing?",
                "not waking properly or trouble breathing after a seizure",
                L1,
                ESI_A,
                "glucose_symptom",
            ),
            flag(
                "first_seizure", "Is this the first seizure they have ever had?", "a first-ever seizure", L2ES, SEIZURE
            ),
            flag(
                "injured",
                "Was there an injury during the seizure, such as hitting the head?",
                "an injury during the seizure",
                L3E,
                HEAD,
                "bleed_major",
            ),
            FEVER,
        ),
        tags=("glucose_symptom",),
        why="For someone with known epilepsy who had their usual kind of seizure and has fully recovered, "
        "tell their epilepsy team or GP within about a week.",
        source=SEIZURE,
        usual=UsualEpisode(
            5,
            "self_care",
            "a usual seizure in someone with epilepsy, with full recovery, needs no ambulance: note it in the "
            "seizure diary and tell the epilepsy team if the pattern changes.",
            "nhs.uk What to do if someone has a seizure / Epilepsy: call 999 only for a first seizure, one lasting "
            "more than 5 minutes, repeated seizures, injury, or not waking [M]",
        ),
    ),
    complaint(
        "confusion",
        "New confusion or unusual drowsiness",
        NEURO,
        ("confused", "confusion", "drowsy", "not making sense", "disoriented", "delirium", "acting strange"),
        L2,
        CENTRAL,
        (
            flag(
                "hard_to_wake",
                "Is the person very hard to wake or not responding normally?",
                "very hard to wake or not responding normally",
                L1,
                f"{ESI_A}; {CTAS_LOC} (GCS 3-9)",
                "glucose_symptom",
            ),
            STROKE_SIGNS,
            MENINGITIS_SIGNS,
            flag(
                "head_injury",
                "Has there been a recent head injury or fall?",
                "confusion after a head injury",
                L2ES,
                HEAD,
                "bleed_major",
            ),
            flag(
                "poisoning",
                "Could they have taken too much medicine, alcohol or drugs, or breathed in fumes?",
                "confusion after possible poisoning",
                L2,
                TOX,
            ),
            SEPSIS_SIGNS,
        ),
        tags=("glucose_symptom", "htn_symptom"),
        why="New confusion or unusual drowsiness needs assessment in an emergency department now.",
        source=f"{ESI_B} (confused / lethargic / disoriented); {CTAS_LOC}",
    ),
    complaint(
        "memory_problems",
        "Memory getting worse over months",
        NEURO,
        ("memory loss", "forgetful", "dementia", "memory problems", "keep forgetting things", "getting muddled"),
        L5R,
        CENTRAL,
        (
            flag(
                "sudden_change",
                "Did the change start suddenly, over hours or days?",
                "a sudden change in memory or thinking (possible delirium)",
                L2,
                ESI_B,
            ),
            STROKE_SIGNS,
            flag(
                "fall_head",
                "Has there been a recent fall or knock to the head?",
                "memory change after a fall or head knock (possible bleed on the brain)",
                L2,
                # 2026.12 expected-outcome review: nhs.uk Head injury: memory problems after a head injury -> A&E [M]
                HEAD,
                "bleed_major",
            ),
        ),
    ),
    complaint(
        "facial_weakness",
        "One side of the face weak or drooping (Bell's palsy?)",
        NEURO,
        (
            "bell's palsy",
            "bells palsy",
            "facial palsy",
            "one side of my face has dropped",
            "can't close one eye",
            "lopsided smile",
            "mouth drooping on one side",
            "half my face is paralysed",
        ),
        L3,
        CENTRAL,
        (
            flag(
                "stroke_other_signs",
                "As well as the face, is an arm or leg weak or numb, is speech slurred or muddled, or is there "
                "new trouble understanding, seeing or walking?",
                "face weakness with arm or leg weakness, speech, sight or walking problems (possible stroke)",
                L2ES,
                f"{FAST}; nhs.uk Bell's palsy: call 999 if an arm is weak or speech is slurred (possible stroke) [V]",
                "htn_symptom",
                "glucose_symptom",
            ),
            flag(
                "forehead_spared",
                "On the weak side, can you still wrinkle your forehead and raise your eyebrow as normal?",
                "face drooping with the forehead still moving (the pattern of a stroke rather than Bell's palsy)",
                L2ES,
                "Facial Palsy UK Bell's palsy guide: a stroke usually leaves the forehead working, Bell's palsy "
                f"does not [V]; {FAST}",
                "htn_symptom",
            ),
            flag(
                "came_on_in_minutes",
                "Did the face drop all at once, within a few minutes, while you were awake?",
                "face drooping that came on within minutes (possible stroke)",
                L2ES,
                "nhs.uk Bell's palsy: stroke symptoms usually come on suddenly, Bell's palsy over hours to days [V]; "
                "engine treats a drop within minutes as a possible stroke [E]",
                "htn_symptom",
            ),
            flag(
                "both_sides_swallowing",
                "Are both sides of the face weak, or is swallowing or breathing getting difficult?",
                "weakness of both sides of the face, or trouble swallowing or breathing (possible Guillain-Barré)",
                L2ES,
                # 2026.12 expected-outcome review: weakness of both sides of the face with trouble swallowing or
                # breathing -> 999 [M]
                f"{ESI_B}; Guillain-Barré syndrome recognition (NICE CKS) [M]",
            ),
            flag(
                "after_injury",
                "Did the weakness start after a head or face injury?",
                "face weakness after a head or face injury",
                L2,
                HEAD,
                "bleed_major",
            ),
            flag(
                "ear_infection",
                "Is there a painful ear with discharge or a fever, or a tender swelling behind the ear?",
                "face weakness with a painful, discharging ear or swelling behind it (ear infection spreading)",
                L3E,
                "Facial palsy with otitis media or mastoiditis: same-day ENT assessment (NICE CKS) [M]",
                "fever",
            ),
            flag(
                "ear_blisters",
                "Is there a painful rash or blisters in or around the ear, or in the mouth?",
                "face weakness with blisters around the ear (possible Ramsay Hunt syndrome)",
                L3,
                "nhs.uk Ramsay Hunt syndrome: see a GP urgently, antivirals within 72 hours [M]",
            ),
        ),
        tags=("htn_symptom", "glucose_symptom"),
        why="Weakness of one side of the face that came on over hours, with no other stroke sign, is often Bell's "
        "palsy: treatment works best if started within 72 hours, so a clinician should see you within 24 hours.",
        source=BELLS,
        persist=(
            after(
                21,
                L4R,
                "If the face has not started to improve after 3 weeks, see a GP again.",
                "nhs.uk Bell's palsy: go back to a GP if there is no improvement after 3 weeks [V]",
            ),
        ),
    ),
    complaint(
        "pins_and_needles",
        "Pins and needles or tingling in the hands or feet",
        NEURO,
        (
            "pins and needles",
            "tingling",
            "tingling hands",
            "numb fingers",
            "numb feet",
            "fizzing feet",
            "carpal tunnel",
            "dead arm",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "sudden_one_side",
                "Did numbness or tingling come on suddenly on one side of the body, or with a drooping face, a weak "
                "arm or leg, or trouble speaking or seeing?",
                "sudden numbness on one side, or with face drooping, weakness or speech problems (possible stroke)",
                L2ES,
                f"{FAST}; {TINGLING}",
                "htn_symptom",
                "glucose_symptom",
            ),
            CAUDA_FLAG,
            ASCENDING,
            flag(
                "after_neck_back_injury",
                "Did it start after a fall, accident or injury to the neck or back?",
                "tingling after an injury to the neck or back (possible spinal injury)",
                L2ES,
                # 2026.12 expected-outcome review: NICE NG41 spinal injury: suspected spinal injury is immobilised and
                # taken by ambulance [M]
                f"{CTAS_MOI}; Canadian C-spine rule [M]",
            ),
            flag(
                "cold_pale_limb",
                "Is the hand, arm, foot or leg cold, pale, blue or blotchy, and painful?",
                "a cold, pale or blue and painful limb (possible blocked artery)",
                L2,
                LIMB,
            ),
            flag(
                "diabetic_foot",
                "Do you have diabetes, and a new sore, blister, wound or colour change on a numb foot?",
                "a new sore or colour change on a numb foot with diabetes",
                L3,
                "NICE NG19 diabetic foot problems: active foot problem needs assessment within 1 working day [M]",
            ),
            flag(
                "weak_or_clumsy",
                "Is the hand or foot also weak or clumsy, so that you drop things or trip?",
                "tingling with weakness or clumsiness of the hand or foot",
                L4U,
                f"{TINGLING}; engine: weakness needs assessment within 24 hours [E]",
            ),
            flag(
                "keeps_coming_back",
                "Does the tingling keep coming back, for example in the hand at night?",
                "tingling that keeps coming back",
                L5R,
                TINGLING,
                "recurrence",
            ),
        ),
        tags=("glucose_symptom",),
        why="Brief pins and needles after leaning on or sitting on a limb is harmless and goes once the pressure "
        "is off.",
        source=TINGLING,
        persist=(
            after(
                3,
                L5R,
                "Tingling or numbness that has not gone after a few days should be checked by a GP.",
                f"{TINGLING}: no day count given; engine review after a few days [E]",
            ),
        ),
    ),
    # --- Mental health --------------------------------------------------------------------
    complaint(
        "low_mood",
        "Low mood, depression or thoughts of suicide",
        MENTAL,
        ("depression", "low mood", "suicidal", "feel like ending it", "hopeless", "sad all the time"),
        L5R,
        PERIPHERAL,
        (
            SUICIDE_PLAN,
            SUICIDAL_THOUGHTS,
            flag(
                "harm_others", "Are you having thoughts of harming someone else?", "thoughts of harming others", L2, MH
            ),
            flag(
                "not_coping",
                "Have you stopped eating or drinking, or can you no longer look after yourself?",
                "not eating, drinking or looking after yourself",
                L3,
                MH,
            ),
            flag(
                "voices",
                "Are you hearing voices or seeing things that others don't?",
                "hearing voices or seeing things",
                L3,
                MH,
            ),
        ),
        why="Low mood without thoughts of self-harm should be talked through with a clinician within about a week.",
        source=EVERYDAY,
    ),
    complaint(
        "anxiety_panic",
        "Anxiety or panic attacks",
        MENTAL,
        ("anxiety", "panic attack", "worried", "nervous", "can't calm down", "hyperventilating"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "cardiac_features",
                "Do you have chest pain that feels like pressure or spreads to your arm or jaw, or are you "
                "sweating and clammy?",
                "chest pressure spreading to the arm or jaw, or sweating (possible heart problem)",
                L2ES,
                ACS,
            ),
            SUICIDE_PLAN,
            SUICIDAL_THOUGHTS,
            flag(
                "not_settling",
                "Has a first-ever attack with chest pain or breathlessness not settled after 20 minutes?",
                "a first attack with chest pain or breathlessness that won't settle",
                L3E,
                ESI_B,
            ),
            flag(
                "daily_life",
                "Is anxiety stopping you doing everyday things, such as work, school or going out?",
                "anxiety stopping you doing everyday things",
                L4R,
                "nhs.uk generalised anxiety disorder: see a GP if anxiety affects daily life or causes distress [M]",
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Anxiety that has gone on for 3 weeks or more is worth talking through with a clinician.",
                "nhs.uk generalised anxiety disorder: self-help first, see a GP if anxiety affects daily life "
                "(asked by "
                "daily_life) [M]; no day count is given for anxiety, so the engine uses the 3-week band as "
                "stress_sleep does [E]",
            ),
        ),
    ),
    complaint(
        "self_harm",
        "Self-harm",
        MENTAL,
        ("self harm", "cut myself", "hurt myself", "self injury", "burning myself", "cutting my arms"),
        L3,
        PERIPHERAL,
        (
            flag(
                "suicide_plan",
                "Are you thinking of ending your life and have a plan, or did you harm yourself this time "
                "meaning to die?",
                "thoughts of ending your life with a plan, or self-harm meant to end your life",
                L2ES,
                f"{MH}; the shared question's 'already done something to harm yourself' is true of everyone "
                "choosing self-harm, so here it asks about suicidal intent [E]",
            ),
            flag(
                "bleeding_deep",
                "Is a wound bleeding heavily or not stopping with pressure, or is it deep or gaping?",
                "a deep or heavily bleeding wound",
                L2,
                f"{ESI_B}; CTAS bleeding [M]",
                "bleed_major",
            ),
            flag(
                "swallowed",
                "Have you swallowed tablets, poison or anything harmful?",
                "having swallowed tablets or poison",
                L2,
                TOX,
            ),
            flag(
                "wound_infected", "Is a wound red, hot, swollen or oozing?", "an infected-looking wound", L4U, SELFHARM
            ),
        ),
        why="Anyone who has harmed themselves should talk with a clinician within about 24 hours.",
        source=SELFHARM,
    ),
    complaint(
        "agitation_psychosis",
        "Severe agitation, paranoia or hearing voices",
        MENTAL,
        ("psychosis", "paranoid", "hearing voices", "hallucinations", "manic", "agitated", "mental health crisis"),
        L3,
        PERIPHERAL,
        (
            flag(
                "danger_now",
                "Is the person threatening to harm themselves or others, or is anyone at risk now?",
                "someone at risk of harm right now",
                L2ES,
                MH,
            ),
            SUICIDE_PLAN,
            flag(
                "fever_or_drugs",
                "Is the person confused with a fever, or could they have taken drugs or too much medicine?",
                "agitation with fever, drugs or medicines (possible delirium or poisoning)",
                L2,
                f"{ESI_B}; {TOX}",
                "fever",
            ),
            flag("not_eating", "Have they stopped eating or drinking?", "not eating or drinking", L3, MH),
        ),
        why="A mental-health crisis needs a clinician or crisis team within about 24 hours.",
        source=MH,
    ),
    complaint(
        "stress_sleep",
        "Stress, worry or trouble sleeping",
        MENTAL,
        ("stress", "insomnia", "can't sleep", "burnout", "overwhelmed", "sleep problems"),
        L5S,
        PERIPHERAL,
        (
            SUICIDE_PLAN,
            SUICIDAL_THOUGHTS,
            flag(
                "daily_life",
                "Is it stopping you doing everyday things, such as work, school or looking after others?",
                "stress or poor sleep stopping you doing everyday things",
                L4R,
                "nhs.uk insomnia / stress: see a GP if it affects daily life or you are struggling to cope [M]",
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Stress or poor sleep that has gone on for 3 weeks or more is worth talking through with a clinician.",
                f"nhs.uk insomnia: see a GP if trouble sleeping has lasted months [M]; {EVERYDAY}; "
                "engine review from the 3-week band [E]",
            ),
        ),
    ),
    complaint(
        "eating_disorder",
        "Eating disorder, not eating, or bingeing and being sick",
        MENTAL,
        (
            "eating disorder",
            "anorexia",
            "bulimia",
            "binge eating",
            "making myself sick after eating",
            "starving myself",
            "obsessed with calories",
            "purging",
        ),
        L4R,
        PERIPHERAL,
        (
            SUICIDE_PLAN,
            SUICIDAL_THOUGHTS,
            FAINTED,
            flag(
                "heart_symptoms",
                "Do you have chest pain, or a heartbeat that feels very slow, racing or irregular?",
                "chest pain or a very slow, racing or irregular heartbeat with an eating disorder",
                L2ES,
                # 2026.12 expected-outcome review: chest pain, a racing or very slow heart or fainting in an eating
                # disorder (RCPsych MEED red) -> 999, as chest_pain_too [M]
                f"{MEED}; {ESI_B}",
            ),
            flag(
                "too_weak",
                "Are you so weak that you cannot get up from a chair or a squat, or climb stairs, without using "
                "your arms?",
                "too weak to stand up from a chair or squat without using the arms",
                L3E,
                f"{MEED} (sit-up-squat-stand test)",
            ),
            GI_BLEED,
            flag(
                "stopped_eating_drinking",
                "Have you eaten almost nothing for several days, or stopped drinking?",
                "eating almost nothing for days or not drinking",
                L3E,
                # 2026.12 expected-outcome review: RCPsych MEED: acute food refusal or intake under 500 kcal a day for
                # 2 days or more is high risk -> same-day medical assessment with admission considered [M]
                MEED,
            ),
            flag(
                "purging_a_lot",
                "Are you making yourself sick, or taking laxatives or water tablets, several times a day?",
                "being sick or using laxatives several times a day",
                L3,
                f"{MEED} (risk of low potassium)",
            ),
            flag(
                "insulin_omission",
                "Do you have diabetes and have been missing insulin to control your weight?",
                "missing insulin to control weight",
                L3,
                f"{MEED}; NICE NG17 diabetic ketoacidosis risk [M]",
                "glucose_symptom",
            ),
            flag(
                "fast_weight_loss",
                "Have you lost weight very quickly, around 1 kg or more a week for several weeks?",
                "fast weight loss",
                L4U,
                MEED,
            ),
        ),
        why="An eating disorder is a serious but treatable illness: see a GP within about a week, who can refer "
        "you to an eating disorder team.",
        source=EATING,
    ),
    # --- Substance misuse -----------------------------------------------------------------
    complaint(
        "overdose_poisoning",
        "Overdose, or swallowed or breathed something harmful",
        SUBSTANCE,
        ("overdose", "poisoning", "took too many pills", "swallowed bleach", "child ate tablets", "poison"),
        L3E,
        CENTRAL,
        (
            HARD_TO_WAKE,
            flag(
                "on_purpose",
                "Was it taken on purpose, or does the person want to end their life?",
                "an overdose taken on purpose",
                L2ES,
                MH,
            ),
            flag(
                "high_risk_drug",
                "Was it paracetamol (acetaminophen), iron, or heart, diabetes or strong pain medicine?",
                "paracetamol, iron, heart, diabetes or strong pain medicine",
                L2,
                TOX,
            ),
            flag(
                "battery_caustic",
                "Was a button battery, magnets, or a strong cleaner or chemical swallowed?",
                "a button battery, magnets or a caustic chemical",
                L2,
                TOX,
            ),
            SEVERE_BREATHING,
        ),
        tags=("glucose_symptom",),
        why="Poisoning or an overdose needs assessment in an emergency department now, even if you feel well: "
        "some poisons (like paracetamol) cause harm hours later.",
        source=TOX,
    ),
    complaint(
        "alcohol_intoxication",
        "Drunk or too much alcohol",
        SUBSTANCE,
        ("drunk", "too much alcohol", "intoxicated", "alcohol poisoning", "hangover", "had too much to drink"),
        L4S,
        PERIPHERAL,
        (
            HARD_TO_WAKE,
            flag(
                "vomiting_drowsy",
                "Are they being sick while very drowsy?",
                "vomiting while very drowsy",
                L2ES,
                f"{ESI_A} (airway at risk)",
            ),
            flag(
                "head_or_injury",
                "Did they hit their head, or are they injured?",
                "an injury or head knock while drunk",
                L2,
                HEAD,
                "bleed_major",
            ),
            flag(
                "mixed_drugs",
                "Have they also taken drugs or medicines?",
                "alcohol mixed with drugs or medicines",
                L2,
                TOX,
            ),
        ),
        why="Someone who is drunk but awake, talking and not injured can be looked after at home: keep them "
        "on their side and stay with them.",
        persist=(
            after(
                1,
                L4U,
                "Still drowsy, confused or unwell a day after drinking is not a usual hangover: a clinician should "
                "check within 24 hours.",
                "nhs.uk hangover: symptoms usually pass within 24 hours [M]; engine review after a day [E]",
            ),
        ),
    ),
    complaint(
        "substance_problem",
        "Drug or alcohol problem, or withdrawal",
        SUBSTANCE,
        ("drug use", "drug withdrawal", "addiction", "drug detox", "cocaine", "cannabis", "heroin", "can't stop using"),
        L5R,
        PERIPHERAL,
        (
            flag(
                "chest_pain_after_drugs",
                "Do you have chest pain after taking drugs such as cocaine?",
                "chest pain after taking drugs",
                L2ES,
                ACS,
            ),
            flag(
                "overheating",
                "Are they very hot, agitated or confused, or having fits after taking drugs?",
                "very hot, agitated, confused or fitting after drugs",
                L2ES,
                f"{ESI_A}; {TOX}",
                "glucose_symptom",
            ),
            flag(
                "severe_withdrawal",
                "While stopping alcohol or drugs, are you confused, or seeing or hearing things that are not there?",
                "confusion or hallucinations while stopping alcohol or drugs (severe withdrawal)",
                L2ES,
                # 2026.12 expected-outcome review: delirium tremens is a medical emergency, as
                # alcohol_withdrawal.delirium_tremens (NICE CG100) [M]
                WITHDRAWAL,
            ),
            flag(
                "withdrawal_fit",
                "Have you had a fit (seizure) since stopping or cutting down alcohol or drugs?",
                "a fit while stopping alcohol or drugs",
                L2ES,
                f"{WITHDRAWAL}; {SEIZURE}",
            ),
            flag(
                "injection_site",
                "Is an injection site red, hot and swollen, or do you have a fever?",
                "an infected injection site or fever",
                L3,
                ESI_B,
                "fever",
            ),
        ),
        why="Help to cut down or stop is best planned with a clinician within about a week.",
    ),
    complaint(
        "alcohol_withdrawal",
        "Shakes, sweats or feeling ill after stopping drinking (alcohol withdrawal)",
        SUBSTANCE,
        (
            "alcohol withdrawal",
            "shakes after drinking",
            "shaky hands in the morning",
            "stopped drinking",
            "coming off alcohol",
            "delirium tremens",
            "the dts",
            "sweating after quitting booze",
        ),
        L4U,
        PERIPHERAL,
        (
            flag(
                "withdrawal_fit",
                "Have you had a fit (seizure) since stopping or cutting down?",
                "a fit while stopping alcohol",
                L2ES,
                f"{WITHDRAWAL}; {SEIZURE}",
            ),
            flag(
                "delirium_tremens",
                "Is the person confused, very agitated, or seeing, hearing or feeling things that are not there?",
                "confusion, agitation or hallucinations while stopping alcohol (possible delirium tremens)",
                L2ES,
                f"{WITHDRAWAL}; Alcohol Change UK: call 999 for severe withdrawal [M]; engine: a confused person "
                "needs an ambulance [E]",
                "covers:ds_confused",
            ),
            flag(
                "wernicke_signs",
                "Is their walking newly unsteady, or are their eyes flickering or seeing double?",
                "unsteady walking, flickering eyes or double vision (possible Wernicke's encephalopathy)",
                L2,
                WITHDRAWAL,
            ),
            GI_BLEED,
            DEHYD_MILD,
            flag(
                "past_severe_withdrawal",
                "Have you had fits or delirium tremens when stopping drinking before?",
                "fits or delirium tremens in a past withdrawal",
                L3E,
                # 2026.12 expected-outcome review: NICE CG100: past withdrawal fits or delirium tremens -> medically
                # assisted withdrawal in hospital [M]
                f"{WITHDRAWAL} (history of withdrawal seizures or delirium tremens)",
            ),
            flag(
                "yellow_skin",
                "Have your skin or the whites of your eyes turned yellow?",
                "yellow skin or eyes (possible liver problem)",
                L3,
                "NICE CKS alcohol-related liver disease / jaundice: urgent assessment [M]",
            ),
            SUICIDAL_THOUGHTS,
        ),
        tags=("glucose_symptom",),
        why="Shaking, sweating, feeling sick or anxious after stopping heavy drinking is alcohol withdrawal: it "
        "can get worse over 2 to 3 days, so a clinician should see you within 24 hours. Do not stop suddenly on "
        "your own.",
        source=f"{WITHDRAWAL}; Alcohol Change UK: talk to a GP before stopping heavy drinking [V]",
    ),
)
