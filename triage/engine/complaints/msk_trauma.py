"""Orthopedic and Trauma complaints."""

from __future__ import annotations

from .common import (
    ACS,
    CAUDA,
    CENTRAL,
    CHEST_PAIN_TOO,
    CTAS_BLEED,
    CTAS_HEMO,
    CTAS_LOC,
    CTAS_MOI,
    CTAS_RESP,
    ENGINE,
    ESI_A,
    ESI_B,
    EYE,
    FAINTED,
    FEVER,
    GI_BLEED,
    HEAD,
    HIGH_RISK_MECHANISM,
    L1,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4U,
    L5R,
    L5S,
    LIMB,
    MAYBE_PREGNANT,
    MENINGITIS_SIGNS,
    OTTAWA,
    PERIPHERAL,
    SEVERE_BREATHING,
    SPREADING_INFECTION,
    SUICIDAL_THOUGHTS,
    SUICIDE_PLAN,
    TOX,
    VTE,
    after,
    complaint,
    flag,
    reassurance,
    usual,
)

ORTHO = "Orthopedic"
TRAUMA = "Trauma"

NHS_BACK = "nhs.uk back pain: get help if it does not start to improve within a few weeks; urgent list [V]"
NHS_SHOULDER = "nhs.uk shoulder pain: urgent GP / NHS 111 list; see a GP if no better after 2 weeks [V]"
NHS_HEEL = "nhs.uk heel pain / foot pain: minor injuries or A&E list; see a GP if no better after 2 weeks [V]"
CAST = (
    "NHS trust plaster-cast leaflets (e.g. Kingston, Blackpool, Northern Care Alliance): return to the plaster "
    "room or A&E at once for these signs [V]"
)
FACE = f"Facial trauma: BAOMS / NICE CKS facial and nasal injury red flags [M]; {HEAD}"
SARC = (
    "nhs.uk help after rape and sexual assault: a sexual assault referral centre (SARC) offers care, emergency "
    "contraception and HIV medicine [M]; NHS SARCs: 24/7 care without having to report to the police [V]"
)
NHS_BROKEN = (
    "nhs.uk broken leg / broken arm (NHS-syndicated copies, NI Direct): A&E for a broken arm or leg, 999 if the "
    "injury is severe or the person cannot walk or get to A&E [V]"
)
NHS_HIP = "nhs.uk hip fracture (NHS-syndicated copy): if you think you have broken your hip, call 999 [V]"
NG41 = "NICE NG41 spinal injury / Canadian C-spine rule: age 65 or over with neck pain after an injury is high risk [M]"
PEP = "BASHH post-exposure prophylaxis: start within 72 hours, ideally within 24 hours [M]"

COLD_LIMB = flag(
    "cold_limb",
    "Is the arm or leg (or the hand or foot beyond the injury) cold, pale, blue or numb?",
    "a cold, pale, blue or numb limb",
    L2ES,
    # 2026.12 expected-outcome review: a suddenly cold, pale, numb or painful limb is acute limb ischaemia: limb-
    # threatening and time-critical, so an ambulance (NICE CG147 / nhs.uk PAD: 999 or A&E; the person often cannot
    # walk) [M]
    LIMB,
)

KNOCKED_OUT = flag(
    "knocked_out",
    "Were you knocked out, even briefly, or can you not remember what happened?",
    "being knocked out or memory loss after a head injury",
    L3E,
    HEAD,
)
VOMITED_TWICE = flag(
    "vomited_twice",
    "Have you vomited more than once since the injury?",
    "vomiting more than once after a head injury",
    L2,
    HEAD,
)
DROWSY_CONFUSED = flag(
    "drowsy_confused",
    "Is the person unusually drowsy, confused or hard to wake?",
    "drowsiness or confusion after a head injury",
    L2ES,
    f"{HEAD}; {CTAS_LOC}",
    "glucose_symptom",
    "covers:ds_confused",
)
FIT_SINCE = flag("fit", "Has there been a fit (seizure) since?", "a fit after a head injury", L2ES, HEAD)
SKULL_FRACTURE = flag(
    "skull_fracture_signs",
    "Is there clear fluid from the nose or ears, bleeding from an ear, bruising "
    "behind the ears or around both eyes, or a dent in the skull?",
    "signs of a skull fracture",
    L2ES,
    # 2026.12 expected-outcome review: nhs.uk Head injury lists this under call 999 [M]; NICE NG232 CT within 1 hour
    # [M]
    HEAD,
)
NEURO_SIGNS = flag(
    "neuro_signs",
    "Is there weakness, numbness, double vision, or trouble speaking or walking since?",
    "weakness, numbness, double vision or trouble speaking after a head injury",
    L2ES,
    HEAD,
)
BREATHLESS_INJURY = flag(
    "breathless",
    "Are you short of breath, or is breathing getting harder?",
    "breathlessness after an injury to the chest or body",
    L2,
    CTAS_RESP,
)
SPINE_INJURY = flag(
    "spine_signs",
    "Is there neck or back pain with numbness, tingling or weakness?",
    "neck or back pain with numbness or weakness",
    L2ES,
    CTAS_MOI,
)

COMPLAINTS = (
    complaint(
        "back_pain",
        "Back pain",
        ORTHO,
        ("back pain", "lower back pain", "sciatica", "slipped disc", "lumbago", "pulled back", "bad back"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "cauda_equina",
                "Do you have numbness around your bottom or genitals, new trouble controlling your bladder or "
                "bowels, or weakness in both legs?",
                "numbness around the bottom, bladder or bowel trouble, or weakness in both legs",
                L2,
                CAUDA,
            ),
            flag(
                "aaa_signs",
                "Are you over 50 with sudden severe pain in your back and belly, or feeling faint?",
                "sudden severe back and belly pain over 50, or faintness (possible aortic aneurysm)",
                L2ES,
                f"{ESI_A}; {CTAS_HEMO}",
            ),
            flag(
                "infection_risk",
                "Do you inject drugs, or have a weakened immune system?",
                "back pain with injecting drug use or a weak immune system (possible spinal infection)",
                L3,
                "NICE NG59 low back pain: serious causes (infection) [M]",
                "spinal_infection_risk",
            ),
            flag(
                "back_pain_fever",
                "Do you have a fever (38 °C or higher), or feel hot and shivery, with the back pain?",
                "back pain with a fever",
                L3,
                "nhs.uk Back pain: urgent GP or 111 for back pain with a high temperature [M]; with injecting drug "
                "use or a weak immune system, rule spinal_infection sends it to A&E",
                "fever",
            ),
            flag(
                "cancer_history",
                "Have you had cancer, or lost weight without trying?",
                "back pain with a history of cancer or weight loss",
                L4U,
                "NICE NG234 metastatic spinal cord compression: urgent assessment [M]",
            ),
            HIGH_RISK_MECHANISM,
            CHEST_PAIN_TOO,
            flag(
                "upper_back",
                "Is the pain high in your back, between the shoulder blades, rather than low down?",
                "pain high in the back, between the shoulder blades",
                L3,
                NHS_BACK,
            ),
            flag(
                "back_swelling_shape",
                "Is there a new swelling, or a change in the shape of your back?",
                "a new swelling or change in the shape of the back",
                L3,
                NHS_BACK,
            ),
            flag(
                "night_pain",
                "Is the pain worse at night, so bad that you cannot sleep?",
                "back pain worse at night, stopping sleep",
                L4U,
                NHS_BACK,
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Back pain that has not started to improve after a few weeks should be checked by a GP or "
                "physiotherapist.",
                f"{NHS_BACK}: 'a few weeks', taken as 3 [E]; NICE NG59 low back pain [M]",
            ),
        ),
        usual=usual(
            "a usual flare of your known back pain can be managed at home: keep moving and use painkillers.",
            "NICE NG59 low back pain: self-management of recurring non-specific back pain [M]",
        ),
        self_care_first="nhs.uk Back pain: see a GP if it has not improved after a few weeks of treating it at "
        "home [M]",
    ),
    complaint(
        "neck_pain",
        "Neck pain or stiffness",
        ORTHO,
        ("neck pain", "stiff neck", "whiplash", "crick in neck", "sore neck", "can't turn my head", "wry neck"),
        L5S,
        PERIPHERAL,
        (
            MENINGITIS_SIGNS,
            flag(
                "injury_nerve_signs",
                "Did it start after an accident or fall, with numbness, tingling or weakness in the arms or legs?",
                "neck pain after an injury with numbness, tingling or weakness (possible spinal injury)",
                L2ES,
                f"{CTAS_MOI}; Canadian C-spine rule [M]",
            ),
            HIGH_RISK_MECHANISM,
            flag(
                "injury_65_plus",
                "Are you 65 or over, and did the neck pain start after an accident, fall or blow (even a minor one)?",
                "neck pain after an injury at 65 or over (needs a scan to rule out a broken neck)",
                L3E,
                f"{NG41}; {CTAS_MOI}",
            ),
            flag(
                "limb_weakness",
                "Are your arms or legs becoming weak or clumsy?",
                "arms or legs getting weak",
                L3E,
                ESI_B,
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Neck pain or stiffness that is not getting better after a few weeks should be checked by a GP.",
                "nhs.uk neck pain: see a GP if it does not improve after a few weeks [M]; taken as 3 weeks [E]",
            ),
        ),
    ),
    complaint(
        "joint_pain",
        "Painful or swollen joint",
        ORTHO,
        (
            "joint pain",
            "swollen knee",
            "gout",
            "arthritis",
            "sore knee",
            "hip pain",
            "aching joints",
            "painful knuckles",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "septic_joint",
                "Is one joint hot, red and swollen, with a fever or feeling very unwell?",
                "a hot, swollen joint with fever (possible joint infection)",
                L2,
                "BSR/BOA septic arthritis: same-day emergency assessment [M]",
                "fever",
            ),
            flag(
                "hot_swollen",
                "Is a joint suddenly hot, red and swollen, without an injury?",
                "a suddenly hot, red, swollen joint",
                L3,
                "NICE CKS gout / septic arthritis [M]",
            ),
            flag(
                "cannot_use",
                "Can you not move it, or not put any weight on it?",
                "unable to move or bear weight",
                L4U,
                OTTAWA,
            ),
            flag(
                "artificial_joint",
                "Is it an artificial (replaced) joint?",
                "pain in a replaced joint",
                L3,
                "Prosthetic joint infection (BOA) [M]",
            ),
            # Catalogue 2026.12-cat4: the pattern of inflammatory arthritis, which home treatment does not settle.
            flag(
                "inflammatory_pattern",
                "Are several joints swollen and stiff, such as in the hands, wrists or feet, with stiffness that "
                "lasts more than 30 minutes in the morning?",
                "several swollen, stiff joints with long morning stiffness (possible inflammatory arthritis)",
                L4R,
                "NICE NG100 Rheumatoid arthritis 1.1: refer any adult with suspected persistent synovitis for a "
                "specialist opinion, urgently if small joints of the hands or feet or more than one joint are "
                "affected [M]; a GP within about a week starts that referral [E]",
            ),
        ),
        persist=(
            after(
                14,
                L5R,
                "Joint pain that has not improved after 2 weeks of home treatment should be checked by a GP.",
                "nhs.uk knee pain / hip pain: see a GP if no better after 2 weeks [M]; the 2-week band",
            ),
        ),
        usual=usual(
            "a usual flare of your known arthritis can be managed at home (activity, painkillers, heat or ice).",
            "NICE NG226 osteoarthritis: self-management [M]; nhs.uk Osteoarthritis [M]",
        ),
        self_care_first="nhs.uk Knee and hip pain: see a GP if not better after 2 weeks of treating it yourself [M]",
    ),
    complaint(
        "limb_injury",
        "Sprain, strain or possible broken bone",
        ORTHO,
        ("sprain", "twisted ankle", "broken arm", "fracture", "broken wrist", "hurt my knee", "dislocated"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "deformed",
                "Is it bent out of shape or at an odd angle?",
                "a limb bent out of shape",
                L2,
                f"{LIMB}; {CTAS_BLEED} (fracture); {NHS_BROKEN} (A&E for a broken arm or leg)",
                "bleed_major",
            ),
            flag(
                "open_fracture",
                "Is bone showing through the skin, or is there a wound over a bone you think is broken?",
                "bone showing through the skin, or a wound over a broken bone (open fracture)",
                L2ES,
                f"{NHS_BROKEN} (999 for a severe break); St John Ambulance broken bones: call 999 for an open "
                f"fracture, do not move the limb [V]; {CTAS_BLEED}",
                "bleed_major",
            ),
            COLD_LIMB,
            flag(
                "cannot_bear_weight",
                "Can you not put any weight on it or use it at all, or is there pain right on the bone?",
                "unable to bear weight or use it, or pain right on the bone (possible fracture)",
                L4U,
                OTTAWA,
                "bleed_major",
            ),
            flag(
                "tight_swelling",
                "Is the pain getting much worse, with a tight, swollen limb, even at rest?",
                "worsening pain with a tight swollen limb (possible compartment syndrome)",
                L2,
                LIMB,
            ),
            HIGH_RISK_MECHANISM,
            flag(
                "scaphoid",
                "After a fall onto your hand, does it hurt at the base of the thumb, in the hollow on the thumb "
                "side of the wrist, when you press there or grip?",
                "pain at the base of the thumb after a fall on the hand (possible scaphoid fracture)",
                L4U,
                "NICE NG38 non-complex fractures: suspected scaphoid fracture needs immobilisation and imaging [M]; "
                "nhs.uk broken wrist: minor injuries unit or A&E [M]; a scaphoid break can look like a sprain [E]",
            ),
            flag(
                "hip_cannot_stand",
                "Did you fall and cannot stand, with pain in the hip or groin?",
                "unable to stand after a fall with hip or groin pain (possible hip fracture)",
                L2ES,
                f"NICE CG124 hip fracture [M]; {NHS_HIP}",
                "bleed_major",
            ),
        ),
        tags=("bleed_minor", "trauma"),
        persist=(
            after(
                14,
                L5R,
                "A sprain or strain that is no better after 2 weeks should be checked by a GP or physiotherapist.",
                "nhs.uk sprains and strains: most feel better after 2 weeks; see a GP if taking longer [V]; "
                "the 2-week band",
            ),
        ),
    ),
    complaint(
        "limb_pain",
        "Painful or swollen arm or leg (no injury)",
        ORTHO,
        ("leg pain", "arm pain", "calf swelling", "muscle pain", "aching legs"),
        L5S,
        PERIPHERAL,
        (
            COLD_LIMB,
            flag(
                "dvt_signs",
                "Is one calf or leg swollen, warm and painful?",
                "one swollen, warm, painful leg (possible blood clot)",
                L3E,
                # 2026.12 expected-outcome review: NICE NG158: suspected DVT needs a leg scan within 4 hours, so A&E
                # now; nhs.uk says urgent GP or 111, and the engine takes the more urgent reading [M]
                VTE,
            ),
            flag(
                "clot_lung",
                "Are you also short of breath, or do you have chest pain?",
                "limb swelling with breathlessness or chest pain",
                L2ES,
                # 2026.12 expected-outcome review: suspected clot in the lung with chest pain or breathlessness -> 999
                # (nhs.uk DVT, cannot safely travel) [M]
                VTE,
            ),
            SPREADING_INFECTION,
        ),
        persist=(
            after(
                7,
                L5R,
                "Arm or leg pain with no injury that has not eased after a week or two should be checked by a GP.",
                "nhs.uk leg pain / muscle pain: see a GP if it does not improve [M]; engine review after a week [E]",
            ),
        ),
    ),
    complaint(
        "shoulder_pain",
        "Shoulder pain",
        ORTHO,
        (
            "shoulder pain",
            "frozen shoulder",
            "sore shoulder",
            "can't lift my arm above my head",
            "rotator cuff",
            "dislocated shoulder",
            "shoulder hurts",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "heart_features",
                "Did the pain come on with chest tightness, breathlessness, sweating or feeling sick, or does "
                "exertion bring it on?",
                "shoulder pain with chest tightness, breathlessness or sweating (possible heart attack)",
                L2ES,
                ACS,
                "htn_symptom",
            ),
            MAYBE_PREGNANT,
            flag(
                "changed_shape",
                "Has the shoulder or arm changed shape, or is it badly swollen?",
                "a shoulder or arm that has changed shape or is badly swollen (possible dislocation or fracture)",
                L3E,
                f"{NHS_SHOULDER}; engine: a dislocation needs same-day treatment [E]",
                "bleed_major",
            ),
            COLD_LIMB,
            flag(
                "after_injury",
                "Did the pain start after a fall, accident or other injury?",
                "shoulder pain after an injury",
                L3,
                NHS_SHOULDER,
            ),
            flag(
                "sudden_severe",
                "Did very bad pain come on suddenly?",
                "sudden, very bad shoulder pain",
                L3,
                NHS_SHOULDER,
            ),
            flag(
                "cannot_move_arm",
                "Can you not move your arm at all?",
                "unable to move the arm",
                L3,
                NHS_SHOULDER,
            ),
            flag(
                "no_feeling",
                "Is there no feeling in the arm or shoulder, or pins and needles that will not go away?",
                "loss of feeling or lasting pins and needles in the arm",
                L3,
                NHS_SHOULDER,
            ),
            flag(
                "hot_or_feverish",
                "Is the shoulder hot to touch, or do you feel feverish?",
                "a hot shoulder or feeling feverish (possible joint infection)",
                L3E,
                # 2026.12 expected-outcome review: a hot, swollen joint with fever may be septic arthritis -> same-day
                # hospital assessment (NICE CKS / BSR), as joint and limp questions elsewhere [M]
                f"{NHS_SHOULDER}; BSR/BOA septic arthritis [M]",
                "fever",
            ),
            flag(
                "both_shoulders",
                "Do you have new pain and stiffness in both shoulders, worse in the morning?",
                "new pain and stiffness in both shoulders (possible polymyalgia rheumatica)",
                L3,
                f"{NHS_SHOULDER}; NICE CKS polymyalgia rheumatica [M]",
            ),
            flag(
                "hard_to_move",
                "Is it very difficult to move your arm or shoulder?",
                "a shoulder that is very difficult to move",
                L5R,
                NHS_SHOULDER,
            ),
        ),
        why="Most shoulder pain eases with gentle movement, painkillers and heat or cold packs over about 2 weeks.",
        source=NHS_SHOULDER,
        persist=(
            after(
                14,
                L5R,
                "Shoulder pain that is getting no better after 2 weeks should be checked by a GP or physiotherapist.",
                f"{NHS_SHOULDER}: 2 weeks; the 2-week band",
            ),
        ),
        self_care_first="nhs.uk Shoulder pain: see a GP if it has not improved after 2 weeks of home treatment [M]",
    ),
    complaint(
        "foot_heel_pain",
        "Foot or heel pain",
        ORTHO,
        (
            "heel pain",
            "foot pain",
            "plantar fasciitis",
            "sore feet",
            "pain in the ball of my foot",
            "arch pain",
            "achilles pain",
            "bunion",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "snap_at_injury",
                "Was there a snap, pop or grinding noise when it happened, or can you not push off or stand on tiptoe?",
                "a snap or pop at the injury, or unable to push off (possible Achilles rupture or fracture)",
                L3E,
                NHS_HEEL,
            ),
            flag(
                "odd_shape",
                "After an injury, is the foot or ankle an odd shape?",
                "a foot or ankle bent out of shape after an injury",
                L2,
                f"{NHS_HEEL}; {LIMB}",
                "bleed_major",
            ),
            flag(
                "severe_after_injury",
                "After an injury, is the pain severe, or is it hard to move the ankle or foot?",
                "severe pain or difficulty moving the foot after an injury",
                L3E,
                f"{NHS_HEEL}; {OTTAWA}",
            ),
            flag(
                "cold_foot",
                "Is the foot cold, pale, blue or blotchy, or painful even at rest?",
                "a cold, pale or blue foot, or pain at rest (possible blocked artery)",
                L2,
                LIMB,
            ),
            flag(
                "diabetic_foot",
                "Do you have diabetes, with a new wound, blister or colour change, or a hot, swollen foot?",
                "a new wound, colour change or hot swollen foot with diabetes",
                L3,
                "NICE NG19 diabetic foot problems: active foot problem needs assessment within 1 working day [M]",
            ),
            flag(
                "diabetic_foot_fever",
                "Do you have diabetes with a foot wound or a red, hot, swollen foot, and also a fever, shivers or "
                "feel very unwell?",
                "a diabetic foot wound or hot swollen foot with fever or feeling very unwell",
                L2,
                "NICE NG19 diabetic foot problems: ulceration with fever or signs of sepsis, or suspected deep "
                "infection, is limb- or life-threatening: refer immediately to acute services [M]",
                "fever",
            ),
            SPREADING_INFECTION,
            flag(
                "numb_foot",
                "Do you have tingling or loss of feeling in the foot?",
                "tingling or loss of feeling in the foot",
                L4U,
                # 2026.12 expected-outcome review: nhs.uk Foot pain: loss of feeling in the foot -> urgent GP or 111
                # [M]
                NHS_HEEL,
            ),
            flag(
                "stopping_activities",
                "Is the pain severe, or stopping you doing your normal activities?",
                "foot pain that is severe or stopping normal activities",
                L5R,
                NHS_HEEL,
            ),
            flag(
                "keeps_coming_back",
                "Does the pain keep coming back?",
                "foot pain that keeps coming back",
                L5R,
                NHS_HEEL,
                "recurrence",
            ),
        ),
        why="Most heel and foot pain eases with rest, ice, comfortable shoes, insoles and painkillers.",
        source=NHS_HEEL,
        persist=(
            after(
                14,
                L5R,
                "Foot or heel pain that has not improved after 2 weeks of home treatment should be checked by a GP.",
                f"{NHS_HEEL}: 2 weeks; the 2-week band",
            ),
        ),
        self_care_first="nhs.uk Heel pain: see a GP if it has not improved after treating it yourself for 2 weeks [M]",
    ),
    complaint(
        "cast_problem",
        "Problem with a plaster cast",
        ORTHO,
        (
            "plaster cast",
            "cast too tight",
            "itchy cast",
            "cracked cast",
            "cast got wet",
            "pot on my leg",
            "fingers swollen in cast",
            "splint problem",
        ),
        L4U,
        PERIPHERAL,
        (
            flag(
                "colour_change",
                "Are the fingers or toes blue, white, grey or cold, even after raising the limb for 10 minutes?",
                "blue, white or cold fingers or toes beyond the cast",
                L2,
                f"{CAST}; {LIMB}",
            ),
            flag(
                "numb_cannot_move",
                "Are the fingers or toes numb or tingling, or can you not move them?",
                "numb or tingling fingers or toes, or unable to move them (pressure on nerves or blood supply)",
                L2,
                f"{CAST}; {LIMB}",
            ),
            flag(
                "severe_pain",
                "Is the pain severe and getting worse, not eased by painkillers or raising the limb?",
                "severe, worsening pain under a cast (possible compartment syndrome)",
                L2,
                f"{CAST}; {LIMB}",
            ),
            flag(
                "too_tight",
                "Does the cast feel too tight, with more swelling of the fingers or toes?",
                "a cast that feels too tight, with swelling",
                L3E,
                CAST,
            ),
            flag(
                "calf_swelling",
                "With a leg in plaster, is the calf or thigh swollen, warm or painful above the cast?",
                "a swollen, painful calf or thigh with a leg in plaster (possible blood clot)",
                L3,
                f"{VTE}; Guy's and St Thomas' lower-limb cast DVT leaflet: urgent GP or 111 for new leg pain or "
                "swelling, 999/A&E with breathlessness or chest pain [V]; same level as dvt_signs [E]",
            ),
            flag(
                "breathless_chest_pain",
                "Are you suddenly short of breath, or do you have chest pain or are coughing blood?",
                "sudden breathlessness or chest pain with a leg in plaster (possible clot in the lung)",
                L2ES,
                # 2026.12 expected-outcome review: suspected clot in the lung with chest pain or breathlessness -> 999
                # (nhs.uk DVT) [M]
                VTE,
            ),
            flag(
                "smell_discharge",
                "Is there a bad smell, wetness or staining coming through the cast, or a burning or rubbing pain "
                "under it?",
                "a smell, discharge or burning pain under the cast (possible pressure sore or infection)",
                L3,
                CAST,
            ),
            FEVER,
            reassurance(
                "itch_only",
                "Is the only problem itching under the cast, with the cast whole and dry, and the fingers or toes "
                "pink, warm and moving normally?",
                "itching under a cast is common: do not push anything inside it; cool air from a hairdryer on a "
                "cold setting can help, and call the fracture clinic if it becomes pain, rubbing, a smell or "
                "wetness",
                "NHS fracture clinic plaster-cast care leaflets: itching is common, never push objects into the "
                "cast, use cool air; return for pain, tightness, rubbing, smell or damage [M]",
            ),
        ),
        tags=("trauma",),
        why="A cast that is cracked, loose, wet or uncomfortable should be checked by the plaster room or an "
        "urgent treatment centre within 24 hours.",
        source=CAST,
    ),
    # --- Trauma ---------------------------------------------------------------------------
    complaint(
        "head_injury",
        "Head injury",
        TRAUMA,
        ("head injury", "hit my head", "bumped head", "concussion", "knock on the head", "fell and hit head"),
        L5S,
        CENTRAL,
        (
            KNOCKED_OUT,
            VOMITED_TWICE,
            DROWSY_CONFUSED,
            FIT_SINCE,
            SKULL_FRACTURE,
            NEURO_SIGNS,
            flag(
                "worsening_headache",
                "Do you have a headache that is getting worse?",
                "a worsening headache after a head injury",
                L3E,
                HEAD,
            ),
            flag(
                "neck_pain",
                "Is there neck pain, or tingling in the arms?",
                "neck pain or tingling after a head injury",
                L2ES,
                # 2026.12 expected-outcome review: nhs.uk Head injury: numbness, tingling or weakness, or neck pain
                # after a head injury -> call 999 (spinal injury, NICE NG41) [M]
                f"{HEAD}; Canadian C-spine rule [M]",
            ),
            HIGH_RISK_MECHANISM,
            flag(
                "scalp_cut",
                "Is there a cut that is gaping or won't stop bleeding?",
                "a gaping or bleeding scalp cut",
                L3E,
                # 2026.12 expected-outcome review: a scalp cut that will not stop bleeding needs closing at A&E [M]
                ENGINE,
            ),
        ),
        tags=("bleed_major", "trauma", "head_injury"),
        persist=(
            after(
                14,
                L5R,
                "Symptoms that last 2 weeks or more after a head injury (headache, dizziness, poor concentration) "
                "should be checked by a GP.",
                "nhs.uk head injury and concussion: see a GP if symptoms last more than 2 weeks [M]; the 2-week band",
            ),
        ),
    ),
    complaint(
        "fall",
        "A fall",
        TRAUMA,
        ("fall", "fell over", "slipped", "tripped", "fell down", "found on the floor"),
        L5S,
        PERIPHERAL,
        (
            flag("hit_head", "Did you hit your head?", "hitting the head in the fall", L4U, HEAD, "bleed_major"),
            flag(
                "cannot_get_up",
                "Since the fall, can the person not get up off the floor or stand?",
                "unable to get up or stand after a fall (possible hip fracture)",
                L2ES,
                f"NICE CG124 hip fracture [M]; {NHS_HIP}; someone who cannot get up cannot travel safely [E]",
                "bleed_major",
            ),
            flag(
                "hip_groin_pain",
                "Is there pain in the hip or groin since the fall, even if you can stand?",
                "hip or groin pain after a fall (possible hip fracture)",
                L3E,
                "NICE CG124 hip fracture [M]; nhs.uk hip fracture: a broken hip does not always stop you standing "
                "or walking [V]",
                "bleed_major",
            ),
            flag(
                "long_lie",
                "Were you on the floor for more than an hour?",
                "lying on the floor for over an hour",
                L3E,
                # 2026.12 expected-outcome review: a long lie after a fall (muscle damage, pressure injury,
                # hypothermia) needs assessment now (NICE NG249) [M]
                "NICE NG249 falls: long lie [M]",
            ),
            flag(
                "blacked_out",
                "Did you black out or feel faint before falling?",
                "blacking out before the fall",
                L2,
                # 2026.12 expected-outcome review: a blackout causing a fall needs assessment now (NICE CG109
                # transient loss of consciousness; NICE NG249 falls) [M]
                "NICE CG109 transient loss of consciousness [M]",
            ),
            HIGH_RISK_MECHANISM,
            flag("deformed", "Is a limb bent out of shape?", "a bent limb after a fall", L2, LIMB, "bleed_major"),
            flag(
                "falls_before",
                "Have you fallen more than once in the last year, or are you afraid of falling again?",
                "repeated falls or fear of falling",
                L5R,
                "NICE NG249 falls: assessment after recurrent falls [M]",
                "recurrence",
            ),
        ),
        tags=("trauma",),
        persist=(
            after(
                3,
                L5R,
                "Pain or stiffness after a fall that is not easing after a few days should be checked by a GP.",
                "Engine: pain persisting after a fall may hide a fracture; review after a few days [E]",
            ),
        ),
    ),
    complaint(
        "major_accident",
        "Serious accident (crash, fall from height, stabbing or shooting)",
        TRAUMA,
        ("car crash", "road accident", "stabbed", "shot", "fell from height", "hit by car", "motorbike accident"),
        L2,
        CENTRAL,
        (
            flag(
                "penetrating",
                "Is there a stab or gunshot wound to the head, neck, chest, belly or back?",
                "a stab or gunshot wound to the head, neck or body",
                L1,
                ESI_A,
                "bleed_major",
            ),
            flag(
                "heavy_bleeding",
                "Is there heavy bleeding that won't stop with pressure?",
                "heavy bleeding that won't stop",
                L1,
                f"{ESI_A}; {CTAS_BLEED}",
                "bleed_major",
            ),
            SEVERE_BREATHING,
            SPINE_INJURY,
            flag(
                "drowsy_or_knocked_out",
                "Is the person drowsy or confused, or were they knocked out?",
                "drowsiness, confusion or being knocked out",
                L2ES,
                f"{CTAS_LOC}; {HEAD}",
            ),
            flag(
                "pale_sweaty_pain",
                "Is there pain in the chest or belly, or are they pale and sweaty?",
                "chest or belly pain, or pale sweaty skin after an accident",
                L2ES,
                CTAS_HEMO,
            ),
        ),
        tags=("trauma", "bleed_major"),
        why="A high-risk accident needs assessment in an emergency department now, even if you feel well.",
        source=CTAS_MOI,
    ),
    complaint(
        "chest_injury",
        "Chest or rib injury",
        TRAUMA,
        (
            "rib injury",
            "broken rib",
            "chest injury",
            "bruised ribs",
            "hit in the chest",
            "cracked rib",
            "hurts to breathe after a fall",
        ),
        L5S,
        CENTRAL,
        (
            BREATHLESS_INJURY,
            flag("coughing_blood", "Are you coughing up blood?", "coughing blood after a chest injury", L2, ESI_B),
            HIGH_RISK_MECHANISM,
            FAINTED,
            flag(
                "older_lung",
                "Are you over 65 or have a lung condition, and it hurts a lot to breathe?",
                "painful breathing after rib injury when older or with lung disease",
                L3,
                "Rib fractures in older adults: pneumonia risk (BOAST/NICE) [M]",
            ),
            flag(
                "chest_infection_signs",
                "Since the injury, have you developed a high temperature, or a cough with yellow or green phlegm?",
                "fever or coloured phlegm after a rib injury (possible chest infection)",
                L3,
                "nhs.uk broken or bruised ribs: urgent GP / NHS 111 for signs of a chest infection [M]",
                "fever",
            ),
        ),
        tags=("trauma", "bleed_major"),
        persist=(
            after(
                21,
                L5R,
                "Rib pain that is not getting better after 3 weeks should be checked by a GP.",
                "nhs.uk broken or bruised ribs: usually heal in 3 to 6 weeks, see a GP if not improving [M]; "
                "band starts at 21 days [E]",
            ),
        ),
    ),
    complaint(
        "face_injury",
        "Injury to the face, cheek, eye socket or jaw",
        TRAUMA,
        (
            "face injury",
            "bashed my face",
            "punched in the face",
            "black eye",
            "hit in the jaw",
            "cheekbone injury",
            "smashed my face",
            "facial fracture",
        ),
        L5S,
        CENTRAL,
        (
            SEVERE_BREATHING,
            DROWSY_CONFUSED,
            KNOCKED_OUT,
            VOMITED_TWICE,
            SKULL_FRACTURE,
            flag(
                "eye_sight",
                "Is the sight changed or double, is there blood in the coloured part of the eye, or is the eye "
                "sunken or bulging?",
                "changed or double sight, blood in the eye, or a sunken or bulging eye after a face injury",
                L2ES,
                # 2026.12 expected-outcome review: nhs.uk Head injury: problems with vision after a head injury ->
                # call 999 [M]
                f"{EYE}; orbital fracture / globe injury [M]",
            ),
            flag(
                "nosebleed_wont_stop",
                "Is the nose bleeding heavily, or still bleeding after 15 minutes of firm pinching?",
                "a nosebleed that won't stop after 15 minutes of pressure",
                L2,
                f"nhs.uk nosebleeds: A&E if bleeding lasts more than 10-15 minutes [M]; {CTAS_BLEED}",
                "bleed_major",
            ),
            flag(
                "bite_wrong",
                "Do your teeth no longer meet properly, or can you not open or close your mouth?",
                "teeth that no longer meet, or a jaw that won't open or close (possible broken jaw)",
                L3E,
                FACE,
            ),
            flag(
                "septal_swelling",
                "Is there a soft swelling inside the nose blocking one or both sides?",
                "a swelling inside the nose after an injury (possible blood clot that needs draining)",
                L3E,
                "Septal haematoma: same-day ENT drainage (NICE CKS nasal injury) [M]",
            ),
            flag(
                "numb_cheek",
                "Is your cheek, upper lip, gums or teeth numb, or is the cheekbone flattened?",
                "a numb cheek or lip, or a flattened cheekbone (possible cheekbone or eye-socket fracture)",
                L3E,
                # 2026.12 expected-outcome review: a numb cheek or flattened cheekbone after a blow can be a fracture
                # of the eye socket or cheekbone -> A&E [M]
                FACE,
            ),
            flag(
                "gaping_cut",
                "Is there a cut that is gaping, or goes through the lip edge, eyelid or ear?",
                "a gaping cut on the face, or across the lip edge, eyelid or ear (needs closing)",
                L4U,
                "Wound closure within 12-24 h [M]; facial lacerations need careful repair [M]",
                "bleed_minor",
            ),
            flag(
                "nose_bent",
                "Is the nose bent or a different shape once the swelling goes down?",
                "a nose that is bent or a different shape (possible broken nose)",
                L4R,
                "nhs.uk broken nose: a GP or ENT check within about a week if the shape has changed [M]",
            ),
            HIGH_RISK_MECHANISM,
        ),
        tags=("trauma", "bleed_major", "head_injury"),
        why="Bruising and swelling of the face without any warning sign usually settle with ice and painkillers.",
        source=FACE,
        persist=(
            after(
                3,
                L5R,
                "If the swelling has not gone down after 3 days, or the nose or face looks a different shape, "
                "see a GP.",
                "nhs.uk broken nose: see a GP if the swelling has not gone down after 3 days [M]",
            ),
        ),
    ),
    complaint(
        "torso_injury",
        "Blow to the belly, back or side",
        TRAUMA,
        (
            "kicked in the stomach",
            "punched in the belly",
            "hit in the side",
            "blow to the back",
            "winded",
            "bruised kidney",
            "handlebar injury",
            "fell onto my side",
        ),
        L5S,
        CENTRAL,
        (
            HIGH_RISK_MECHANISM,
            FAINTED,
            BREATHLESS_INJURY,
            SPINE_INJURY,
            flag(
                "belly_worse",
                "Is the belly pain getting worse, or is the belly swollen, hard or very tender to touch?",
                "worsening belly pain, or a swollen, hard or very tender belly after a blow (possible internal "
                "bleeding)",
                L2,
                f"{ESI_B}; blunt abdominal trauma (ATLS) [M]",
                "bleed_major",
            ),
            flag(
                "blood_in_pee",
                "Is there blood in your pee since the injury?",
                "blood in the pee after a blow (possible kidney injury)",
                L2,
                f"{ESI_B}; blunt renal trauma (ATLS) [M]",
                "bleed_major",
            ),
            flag(
                "pale_dizzy",
                "Since the injury, are you pale, cold and sweaty, or dizzy or faint when you sit or stand up?",
                "pale, sweaty or dizzy on standing after a blow to the body (possible internal bleeding)",
                L2ES,
                f"{CTAS_HEMO}; NICE NG39 major trauma: signs of shock after blunt trauma [M]; same level as "
                "major_accident pale_sweaty_pain [E]",
                "bleed_major",
            ),
            flag(
                "shoulder_tip",
                "Since the injury, do you have pain in the tip of the left shoulder?",
                "shoulder-tip pain after a blow to the body (possible spleen injury)",
                L2,
                f"{ESI_B}; splenic injury: referred shoulder-tip pain (Kehr's sign) [M]",
                "bleed_major",
            ),
            GI_BLEED,
            flag(
                "handlebar",
                "Was it a blow from bicycle handlebars, or a hard kick or punch to the belly?",
                "a handlebar injury or hard kick or punch to the belly (can injure organs inside)",
                L3E,
                "Handlebar and blunt abdominal injuries: delayed organ injury (RCEM / ATLS) [M]",
            ),
            flag(
                "pregnant_blow",
                "Are you pregnant?",
                "a blow to the body in pregnancy",
                L3E,
                "RCOG / ACOG trauma in pregnancy: maternity assessment of any blow to the belly [M]",
                "pregnancy_only",
            ),
            flag(
                "vomiting",
                "Have you been sick more than once since the injury?",
                "vomiting after a blow to the belly",
                L2,
                # 2026.12 expected-outcome review: NICE NG39 major trauma: vomiting after a blow to the belly can mean
                # an internal injury -> A&E now [M]
                f"{ESI_B}; blunt abdominal trauma (ATLS) [M]",
            ),
        ),
        tags=("trauma", "bleed_major"),
        why="A blow to the body with only mild pain and bruising, and no warning sign, can usually be managed at "
        "home: rest, painkillers, and watch for the warning signs over the next 2 days.",
        source=f"{CTAS_MOI}; blunt trunk trauma without warning signs [M]",
        persist=(
            after(
                3,
                L5R,
                "Pain after a blow to the body that is not easing after a few days should be checked by a GP.",
                "Engine: persisting pain after blunt trauma may hide a rib or organ injury; review after a few "
                "days [E]",
            ),
        ),
    ),
    complaint(
        "sexual_assault",
        "Sexual assault or rape",
        TRAUMA,
        (
            "raped",
            "rape",
            "sexual assault",
            "sexually assaulted",
            "forced to have sex",
            "touched without consent",
            "spiked and assaulted",
            "date rape",
        ),
        L3,
        CENTRAL,
        (
            flag(
                "in_danger_now",
                "Are you in danger now, or is the person who hurt you still nearby?",
                "being in danger now",
                L2ES,
                "Call the police on 999 if in immediate danger (nhs.uk help after rape and sexual assault) [M]",
            ),
            SUICIDE_PLAN,
            flag(
                "heavy_bleeding",
                "Are you bleeding heavily, from anywhere?",
                "heavy bleeding after an assault",
                L2ES,
                f"{ESI_B}; {CTAS_BLEED}; nhs.uk help after rape: call 999 for serious injuries [M]; same level as "
                "wound uncontrolled_bleeding and pregnancy heavy_bleeding [E]",
                "bleed_major",
            ),
            flag(
                "strangled",
                "Were you strangled or choked, even for a moment?",
                "strangling or choking during an assault (injury inside the neck can show later)",
                L2,
                "FFLM non-fatal strangulation guidance: emergency department assessment [M]",
            ),
            flag(
                "hurt_badly",
                "Were you hit on the head or knocked out, or are you badly hurt anywhere?",
                "a head injury, being knocked out or other serious injury during an assault",
                L2,
                f"{HEAD}; {ESI_B}",
                "bleed_major",
            ),
            flag(
                "drugged",
                "Do you think you were drugged, or are you still drowsy, sick or unable to remember?",
                "possible drugging: drowsy, sick or memory gaps",
                L2,
                TOX,
            ),
            flag(
                "within_72_hours",
                "Did it happen in the last 3 days (72 hours)?",
                "an assault in the last 3 days (medicine to prevent HIV and pregnancy works best started early)",
                L3,
                f"{PEP}; {SARC}; same-day care at a SARC or sexual health service, not A&E, unless injured (asked "
                "by heavy_bleeding, strangled, hurt_badly, drugged) [M]",
            ),
            SUICIDAL_THOUGHTS,
        ),
        tags=("trauma",),
        why="After a sexual assault, a clinician or a sexual assault referral centre should see you within 24 "
        "hours: they can give emergency contraception, medicine to prevent HIV and other infections, and "
        "support. You do not have to report it to the police.",
        source=SARC,
    ),
)
