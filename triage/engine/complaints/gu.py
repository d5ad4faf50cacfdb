"""Genitourinary complaints."""

from __future__ import annotations

from .common import (
    CAUDA,
    CENTRAL,
    CTAS_GLUCOSE,
    CTAS_HEMO,
    CTAS_MOI,
    DEHYD_MILD,
    ESI_B,
    FAINTED,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4U,
    L5R,
    L5S,
    MALE,
    NICE_CANCER,
    PERIPHERAL,
    PID,
    SEPSIS,
    SEPSIS_SIGNS,
    TORSION,
    after,
    complaint,
    flag,
    reassurance,
)
from .general_env import THIRST

GU = "Genitourinary"
UTI = "NICE NG109/NG111 urinary tract infection and pyelonephritis [M]"
RETENTION = "Acute urinary retention: urological emergency needing a catheter the same day (EAU; NICE CKS LUTS) [M]"
CATHETER = "NICE CG139 / NICE CKS long-term urinary catheter care; NHS catheter problem leaflets [M]"
NHS_HAEMATURIA = (
    "nhs.uk blood in urine: urgent GP appointment or NHS 111 for blood in the pee, even if it happened only once "
    "[M]; NHS 'blood in pee' campaign: tell your doctor even if it's just the once [V: NHS trust page]"
)
LUTS_SELFCARE = (
    "NICE CKS LUTS in men / NICE NG123 overactive bladder in women: first-line advice is to cut down caffeine, "
    "alcohol and excess fluids [M]; see a GP if it continues [M]"
)
CONTINENCE = "nhs.uk urinary incontinence: see a GP for any type of leaking [M]; NICE NG123 / CG97 [M]"

KIDNEY_SIGNS = flag(
    "kidney_signs",
    "Do you have a fever, shivers, or pain in your back or side below the ribs?",
    "fever, shivers or pain in the side (possible kidney infection)",
    L3,
    UTI,
    "fever",
)
UTI_SIGNS = flag(
    "uti_signs",
    "Does it burn or sting when you pee, or is your pee cloudy or smelly?",
    "burning or stinging, or cloudy or smelly pee (possible urine infection)",
    L4U,
    UTI,
)
VISIBLE_BLOOD = flag("visible_blood", "Is there visible blood in your urine?", "visible blood in the urine", L4U, UTI)
CAUDA_SIGNS = flag(
    "saddle_numbness",
    "Is there also back pain with numbness around your bottom or genitals, or new weakness in your legs?",
    "numbness around the bottom or genitals, or leg weakness (possible spinal nerve compression)",
    L2,
    CAUDA,
)

COMPLAINTS = (
    complaint(
        "urinary_burning",
        "Burning or stinging when passing urine",
        GU,
        ("uti", "cystitis", "burning pee", "painful urination", "bladder infection", "water infection", "dysuria"),
        L5S,
        CENTRAL,
        (
            KIDNEY_SIGNS,
            flag(
                "vomiting_rigors",
                "Are you being sick and unable to keep fluids down, or shaking uncontrollably?",
                "vomiting or uncontrollable shaking with a urine infection",
                L2,
                SEPSIS,
            ),
            SEPSIS_SIGNS,
            flag(
                "retention",
                "Are you unable to pass any urine, with a painful, full bladder?",
                "unable to pass urine with a painful full bladder",
                L3E,
                "Acute urinary retention: same-day catheterisation [M]",
            ),
            VISIBLE_BLOOD,
            flag(
                "recurrent_uti",
                "Have you had 2 or more urine infections in the last 6 months, or 3 or more in the last year?",
                "urine infections that keep coming back",
                L5R,
                "NICE NG112 recurrent urinary tract infection: 2 in 6 months or 3 in 12 months [M]",
                "recurrence",
            ),
        ),
        tags=("infective",),
        why="Without warning signs, a simple bladder infection can be assessed and treated by a pharmacist "
        "today (for women aged 16 to 64 who are not pregnant); others are asked to see a clinician.",
        source=f"{UTI}; nhs.uk UTIs and NHS Pharmacy First: pharmacists treat uncomplicated UTI in women 16-64 "
        "[M]; men, children, pregnancy, 65 and over: see a GP (ruleset rules uti_*)",
        persist=(
            after(
                3,
                L4U,
                "If a urine infection is not better after 2 days of treatment, or keeps coming back, see a clinician.",
                "NICE NG109 UTI (lower): re-assess if symptoms worsen or do not improve within 48 hours [M]",
            ),
        ),
    ),
    complaint(
        "blood_in_urine",
        "Blood in urine",
        GU,
        ("blood in urine", "red pee", "haematuria", "hematuria", "pink urine", "peeing blood"),
        L4U,
        CENTRAL,
        (
            flag(
                "clots_retention",
                "Are you passing clots, or unable to pass urine?",
                "clots in the urine or unable to pass urine",
                L3E,
                "Clot retention: same-day catheterisation [M]",
            ),
            FAINTED,
            flag(
                "fever_side_pain",
                "Do you have a fever, shivers, or pain in your side?",
                "blood in urine with fever or side pain",
                L3,
                UTI,
                "fever",
            ),
            flag(
                "after_injury",
                "Did it start after an injury to your back, side or belly?",
                "blood in urine after an injury",
                L2,
                CTAS_MOI,
                "bleed_major",
            ),
        ),
        tags=("bleed_minor",),
        why="Blood in your urine, even once and without pain, should be checked by a clinician within about 24 hours.",
        source=f"{NHS_HAEMATURIA}; {NICE_CANCER} (visible haematuria at 45 or over: suspected cancer pathway)",
    ),
    complaint(
        "kidney_stone_pain",
        "Pain in the side or back that comes in waves (kidney stone?)",
        GU,
        ("kidney stone", "renal colic", "side pain", "flank pain", "loin pain", "kidney pain"),
        L4U,
        CENTRAL,
        (
            flag(
                "fever",
                "Do you have a fever or shivers?",
                "fever with kidney pain (possible infected, blocked kidney)",
                L2,
                "EAU urolithiasis: obstructed infected kidney is an emergency [M]",
                "fever",
            ),
            flag(
                "little_urine",
                "Are you passing little or no urine, or do you have only one kidney?",
                "little or no urine, or only one kidney",
                L2,
                "EAU urolithiasis [M]",
            ),
            flag(
                "older_first_time",
                "Are you over 50 and is this the first time you have had pain like this?",
                "first-ever 'kidney' pain over 50 (possible aortic aneurysm)",
                L2,
                f"{ESI_B}; {CTAS_HEMO}",
            ),
            FAINTED,
            DEHYD_MILD,
        ),
        why="Possible kidney stone pain should be assessed by a clinician within about 24 hours even when it eases.",
    ),
    complaint(
        "testicular_pain",
        "Pain or swelling in the testicles",
        GU,
        ("testicle pain", "sore balls", "scrotum swelling", "testicular lump", "swollen testicle", "pain in my nuts"),
        L3,
        CENTRAL,
        (
            flag(
                "torsion_signs",
                "Did severe pain in one testicle start suddenly, or is the testicle higher or lying at an odd angle?",
                "sudden severe testicle pain, or a high or twisted-looking testicle (possible torsion)",
                L2,
                TORSION,
            ),
            flag("vomiting_with_pain", "Are you being sick with the pain?", "testicle pain with vomiting", L2, TORSION),
            flag(
                "injury_swelling",
                "Was there an injury, and is the testicle very swollen or bruised?",
                "a badly swollen or bruised testicle after injury",
                L3E,
                ESI_B,
                "bleed_major",
            ),
            flag(
                "infection_signs",
                "Is the testicle red, hot and swollen, with a fever or burning when passing urine?",
                "a red, hot, swollen testicle with fever or burning urine",
                L3,
                "Epididymo-orchitis (BASHH) [M]",
                "fever",
            ),
            flag(
                "painless_lump",
                "Have you found a painless lump or change in a testicle?",
                "a painless lump in a testicle",
                L4R,
                NICE_CANCER,
            ),
        ),
        sexes=MALE,
        why="Testicle pain needs a clinician within about 24 hours even when mild, because torsion can start quietly.",
        source=TORSION,
    ),
    complaint(
        "genital_sti",
        "Genital discharge, sores or STI worry",
        GU,
        ("sti", "std", "discharge", "genital sores", "genital warts", "chlamydia", "herpes", "itchy genitals"),
        L5R,
        PERIPHERAL,
        (
            flag(
                "pelvic_pain_fever",
                "Do you have lower belly pain with a fever?",
                "lower belly pain with fever",
                L3,
                PID,
                "fever",
            ),
            flag(
                "assault_or_exposure",
                "Did this follow a sexual assault, or unprotected sex in the last 3 days with someone at risk of HIV?",
                "sexual assault or possible HIV exposure in the last 3 days",
                L3,
                "BASHH post-exposure prophylaxis within 72 h; sexual assault referral [M]",
            ),
            flag(
                "painful_sores",
                "Do you have painful blisters or sores on the genitals?",
                "painful genital blisters or sores",
                L4U,
                "BASHH genital herpes: antivirals within 5 days [M]",
            ),
        ),
        tags=("infective",),
    ),
    complaint(
        "penis_problem",
        "Problem with the penis or foreskin",
        GU,
        ("penis pain", "foreskin", "priapism", "erection won't go down", "swollen penis", "balanitis"),
        L5R,
        PERIPHERAL,
        (
            flag(
                "priapism",
                "Has an erection lasted more than 4 hours?",
                "an erection lasting more than 4 hours",
                L2,
                "Priapism: urological emergency (EAU) [M]",
            ),
            flag(
                "paraphimosis",
                "Is the foreskin stuck behind the head of the penis and swollen?",
                "a foreskin stuck behind the head of the penis",
                L2,
                "Paraphimosis: urological emergency [M]",
            ),
            flag(
                "cannot_pee",
                "Are you unable to pass urine?",
                "unable to pass urine",
                L3E,
                "Acute urinary retention [M]",
            ),
            flag(
                "injury_crack",
                "Was there an injury with a cracking sound, swelling or bruising?",
                "a penile injury with a crack, swelling or bruising",
                L2,
                "Penile fracture: urological emergency [M]",
            ),
            reassurance(
                "child_tight_foreskin",
                "Is this a boy under 10 whose foreskin does not pull back, with no pain, redness, swelling, "
                "bleeding or trouble peeing?",
                "a foreskin that does not pull back is normal in young boys and usually loosens by itself: never "
                "force it back; see a GP if it becomes sore, red or swollen, or peeing is difficult",
                "nhs.uk Phimosis: a tight foreskin is normal in young children and not a problem unless it causes "
                "symptoms [M]",
            ),
        ),
        sexes=MALE,
    ),
    # --- New in catalogue 2025.12 ---------------------------------------------------------
    complaint(
        "cannot_pass_urine",
        "Cannot pass urine (urinary retention)",
        GU,
        ("can't pee", "cannot wee", "urinary retention", "bladder full but nothing comes out", "unable to urinate"),
        L3E,
        CENTRAL,
        (
            CAUDA_SIGNS,
            SEPSIS_SIGNS,
            flag(
                "fever_rigors",
                "Do you have a fever or shaking chills?",
                "fever or shaking chills with a blocked bladder (possible infection behind a blockage)",
                L2,
                f"{SEPSIS} (obstructed urinary tract)",
                "fever",
            ),
            flag(
                "no_urine_18h",
                "Has no urine at all come out for about 18 hours or more?",
                "no urine at all for about 18 hours",
                L2,
                f"{RETENTION}; {ESI_B} (possible kidney failure)",
                "covers:ds_no_urine",
            ),
            flag(
                "blood_clots",
                "Are you passing blood or clots, or is only blood coming out?",
                "blood or clots with being unable to pass urine (possible clot blockage)",
                L3E,
                "Clot retention: same-day catheterisation [M]",
                "bleed_minor",
            ),
        ),
        why="Being unable to pass urine with a full bladder needs a catheter in an emergency department today.",
        source=RETENTION,
    ),
    complaint(
        "frequent_urination",
        "Peeing more often than usual, or sudden urges to pee",
        GU,
        (
            "peeing a lot",
            "weeing all the time",
            "can't stop weeing",
            "need to pee often",
            "urgency",
            "up at night to pee",
        ),
        L5S,
        CENTRAL,
        (
            THIRST,
            flag(
                "dka_signs",
                "With being very thirsty, are you also being sick, breathing fast or deeply, or unusually drowsy?",
                "thirst with vomiting, deep fast breathing or drowsiness (possible diabetic ketoacidosis)",
                L2,
                f"{CTAS_GLUCOSE} (high with symptoms); NICE NG18 diabetic ketoacidosis in children [M]",
                "glucose_symptom",
            ),
            UTI_SIGNS,
            KIDNEY_SIGNS,
            VISIBLE_BLOOD,
            flag(
                "bladder_full_little_out",
                "Is your lower tummy full and painful, but only a little or no urine comes out?",
                "a full, painful bladder with little or no urine coming out",
                L3E,
                RETENTION,
            ),
            CAUDA_SIGNS,
            flag(
                "weak_flow",
                "Is your flow weak, do you strain to start, or do you dribble at the end?",
                "a weak flow, straining or dribbling (often the prostate)",
                L5R,
                "NICE CG97 lower urinary tract symptoms in men [M]",
            ),
        ),
        why="Peeing more often without any warning sign is often from caffeine, alcohol or drinking a lot: cut "
        "down on these for a few days; if it carries on for a week, see a GP.",
        source=LUTS_SELFCARE,
        persist=(
            after(
                7,
                L5R,
                "Peeing more often than usual for a week or more should be checked by a GP (urine test, diabetes, "
                "bladder or prostate).",
                f"{LUTS_SELFCARE}; a week is the engine's cut-off [E]",
            ),
        ),
    ),
    complaint(
        "urinary_incontinence",
        "Leaking urine (incontinence)",
        GU,
        ("leaking urine", "incontinence", "wetting myself", "bladder leaks", "leak when i cough", "can't hold my wee"),
        L5R,
        CENTRAL,
        (
            CAUDA_SIGNS,
            KIDNEY_SIGNS,
            UTI_SIGNS,
            flag(
                "overflow",
                "Does the bladder never feel empty, with a swollen lower tummy and dribbling all the time?",
                "constant dribbling with a bladder that never empties (possible retention with overflow)",
                L3,
                RETENTION,
            ),
            VISIBLE_BLOOD,
            flag(
                "something_coming_down",
                "Can you feel or see a bulge or something coming down in the vagina?",
                "a bulge or something coming down in the vagina (possible prolapse)",
                L5R,
                "NICE NG123 urinary incontinence and pelvic organ prolapse in women [M]",
            ),
        ),
        why="Leaking urine is common and treatable; a GP should assess it within about a week.",
        source=CONTINENCE,
    ),
    complaint(
        "catheter_problem",
        "Problem with a urinary catheter (blocked, leaking, fallen out)",
        GU,
        (
            "catheter blocked",
            "catheter leaking",
            "catheter fell out",
            "catheter not draining",
            "catheter pain",
            "bypassing catheter",
        ),
        L4U,
        CENTRAL,
        (
            SEPSIS_SIGNS,
            flag(
                "blocked_painful",
                "Has no urine drained for several hours, even after checking the tube is not kinked and the bag is "
                "below the bladder, and is your lower tummy full or painful?",
                "a blocked catheter with a full or painful bladder",
                L3E,
                f"{CATHETER}; {RETENTION}",
            ),
            flag(
                "suprapubic_out",
                "Has a catheter that goes through the tummy wall (suprapubic) fallen out?",
                "a suprapubic catheter that has fallen out (the opening can close within hours)",
                L3E,
                CATHETER,
            ),
            flag(
                "urethral_out",
                "Has a catheter that goes in through the urethra fallen out or been pulled out?",
                "a urethral catheter that has fallen out",
                L3,
                CATHETER,
            ),
            KIDNEY_SIGNS,
            flag(
                "heavy_blood",
                "Is there a lot of blood or clots in the bag or tube?",
                "a lot of blood or clots in the catheter",
                L3E,
                "Clot retention: same-day catheter review [M]",
                "bleed_minor",
            ),
            flag(
                "dysreflexia",
                "Do you have a spinal cord injury and now a pounding headache, sweating, or a flushed face?",
                "a pounding headache, sweating or flushing with a spinal cord injury (autonomic dysreflexia)",
                L2ES,
                # 2026.12 review: autonomic dysreflexia is a medical emergency; call 999 if it does not settle (SIA) [M]
                f"{ESI_B}; autonomic dysreflexia: emergency, often a blocked catheter [M]",
                "htn_symptom",
            ),
            reassurance(
                "cloudy_urine_only",
                "Is the only change cloudy, darker or stronger-smelling urine, with the catheter draining well "
                "and no fever, pain, confusion or feeling unwell?",
                "cloudy or smelly urine in a catheter with no other symptoms is common and is not by itself an "
                "infection: drink plenty, keep the bag below your bladder, and contact your nurse or GP if you "
                "get a fever, pain, confusion or it stops draining",
                "NICE NG113 catheter-associated urinary tract infection: do not treat bacteria in the urine "
                "without symptoms; cloudy or smelly urine alone is not a sign of infection [M]",
            ),
        ),
        why="Catheter problems should be sorted the same day: contact your district or continence nurse, GP or NHS "
        "111.",
        source=CATHETER,
    ),
)
