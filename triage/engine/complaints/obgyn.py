"""OB/GYN complaints."""

from __future__ import annotations

from .common import (
    CENTRAL,
    CTAS_BLEED,
    CTAS_HEMO,
    DEHYD_MILD,
    ENGINE,
    ESI_A,
    FAINTED,
    FEMALE,
    FEVER,
    GI_BLEED,
    L1,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4U,
    L5R,
    L5S,
    MAYBE_PREGNANT,
    NICE_CANCER,
    PERIPHERAL,
    PID_FLAG,
    PREG,
    PREG_HTN,
    RFM,
    SEPSIS,
    SEPSIS_SIGNS,
    SUICIDAL_THOUGHTS,
    VTE,
    after,
    complaint,
    flag,
    reassurance,
    usual,
)
from .gi import SHOCK_SIGNS

OBGYN = "OB/GYN"

NHS_HMB = "nhs.uk heavy periods: see a GP if they affect your life or have been heavy for some time [V]"
LABOUR = (
    "NHS maternity unit labour advice: call the unit when waters break, with bleeding, before 37 weeks or with "
    "regular contractions; 999 for a cord at the vagina, heavy bleeding, a fit, or the baby coming [V]"
)
NVP = (
    "RCOG Green-top 69 nausea and vomiting of pregnancy [M]; HSE/NHS maternity advice: contact the midwife or GP "
    "urgently if no fluids stay down for 24 hours, very dark pee or none for 8 hours, dizziness [V]"
)
MENOPAUSE = "NICE NG23 menopause; nhs.uk menopause: see a GP if symptoms trouble you or start before 45 [M]"
EC = "nhs.uk emergency contraception: pill within 3 to 5 days, IUD within 5 days; the sooner the better [V]"

HEAVY_PV = flag(
    "heavy_bleeding",
    "Are you soaking through a pad or tampon every hour for 2 hours or more, or is blood running down your legs?",
    "very heavy bleeding: soaking a pad every hour for 2 hours or more",
    L2,
    f"{CTAS_BLEED} (massive PV bleed); ACOG acute abnormal uterine bleeding [M]",
    "bleed_major",
    "pv_bleed",
)
PREG_HEAVY_BLEED = flag(
    "heavy_bleeding",
    "Are you soaking a pad every hour, passing large clots, or feeling faint?",
    "heavy bleeding or faintness in pregnancy",
    L2ES,
    f"{CTAS_HEMO}; {CTAS_BLEED}",
    "bleed_major",
    "pv_bleed",
)
COULD_BE_PREGNANT = flag(
    "could_be_pregnant",
    "Could you be pregnant, or have you had a positive pregnancy test?",
    "bleeding when you could be pregnant (possible miscarriage or ectopic pregnancy)",
    L2,
    PREG,
    "pv_bleed",
)
REDUCED_MOVEMENTS = flag(
    "reduced_movements",
    "Has your baby been moving less than usual (after 24 weeks)?",
    "baby moving less than usual",
    L2,
    RFM,
)
ECLAMPSIA_FIT = flag(
    "fit",
    "Have you had a fit (seizure)?",
    "a fit in pregnancy (possible eclampsia)",
    L1,
    f"{ESI_A}; {PREG_HTN}",
)
BETWEEN_OR_AFTER_SEX = flag(
    "between_or_after_sex",
    "Do you bleed between periods or after sex?",
    "bleeding between periods or after sex",
    L4R,
    f"{NHS_HMB}; {NICE_CANCER}",
    "pv_bleed",
)
PREECLAMPSIA = flag(
    "preeclampsia_signs",
    "Do you have a severe headache, blurred vision or flashing lights, pain under the ribs, "
    "or sudden swelling of the face, hands or feet?",
    "severe headache, vision changes, pain under the ribs or sudden swelling (possible pre-eclampsia)",
    L2,
    PREG_HTN,
    "htn_symptom",
)

COMPLAINTS = (
    complaint(
        "pregnancy_problem",
        "A problem in pregnancy",
        OBGYN,
        (
            "pregnant",
            "pregnancy",
            "baby not moving",
            "bump pain",
            "pregnancy worry",
            "pregnant and unwell",
            "baby moving less",
        ),
        L3,
        CENTRAL,
        (
            flag(
                "bleeding", "Are you bleeding from the vagina?", "vaginal bleeding in pregnancy", L2, PREG, "pv_bleed"
            ),
            PREG_HEAVY_BLEED,
            flag(
                "waters_early",
                "Have your waters broken, or is fluid leaking, before 37 weeks?",
                "waters breaking before 37 weeks",
                L2,
                "RCOG preterm prelabour rupture of membranes [M]",
            ),
            REDUCED_MOVEMENTS,
            PREECLAMPSIA,
            flag(
                "early_contractions",
                "Are you having regular tightenings or period-like pains before 37 weeks?",
                "regular tightenings before 37 weeks (possible early labour)",
                L2,
                "NICE NG25 preterm labour [M]",
            ),
            flag(
                "severe_belly_pain",
                "Do you have severe or constant tummy pain?",
                "severe or constant tummy pain in pregnancy",
                L2,
                PREG,
            ),
            ECLAMPSIA_FIT,
            flag(
                "cannot_keep_fluids",
                "Are you vomiting so much that you cannot keep fluids down?",
                "vomiting so much that fluids don't stay down",
                L3,
                "RCOG hyperemesis gravidarum [M]",
            ),
            flag(
                "itching",
                "Do you have severe itching, especially on the hands and feet?",
                "severe itching of the hands and feet (possible obstetric cholestasis)",
                L4U,
                "RCOG intrahepatic cholestasis of pregnancy [M]",
            ),
            FEVER,
            reassurance(
                "mild_aches_come_and_go",
                "Is it only mild tightening of your bump or mild period-like aches that come and go irregularly "
                "and ease when you rest or change position, with no bleeding, no pain on one side or in the tip "
                "of your shoulder, and no fluid leaking?",
                "mild, irregular tightenings or aches that ease with rest are common in pregnancy (stretching "
                "ligaments, Braxton Hicks tightenings): rest, drink water and change position, and call your "
                "midwife if they become regular or painful, or you bleed",
                "nhs.uk Stomach pain in pregnancy: mild stomach pain or cramps that ease with rest are common; "
                "nhs.uk Braxton Hicks contractions are normal and irregular; contact a midwife for regular or "
                "painful tightenings, bleeding, or pain that does not ease [M]",
            ),
        ),
        tags=("pregnancy",),
        sexes=FEMALE,
        why="Problems in pregnancy should be checked by your maternity team or a clinician within about 24 hours.",
        source=PREG,
    ),
    complaint(
        "vaginal_bleeding",
        "Vaginal bleeding that is not a normal period",
        OBGYN,
        (
            "vaginal bleeding",
            "spotting",
            "bleeding between periods",
            "postmenopausal bleeding",
            "miscarriage",
            "bleeding after sex",
        ),
        L4R,
        CENTRAL,
        (
            HEAVY_PV,
            FAINTED,
            SHOCK_SIGNS,
            flag(
                "severe_pain",
                "Do you have severe belly or pelvic pain with it?",
                "bleeding with severe belly or pelvic pain",
                L2,
                PREG,
            ),
            COULD_BE_PREGNANT,
            flag(
                "after_menopause",
                "Have your periods stopped for more than a year (after the menopause)?",
                "bleeding after the menopause",
                L4R,
                NICE_CANCER,
            ),
            flag("after_sex", "Does the bleeding happen after sex?", "bleeding after sex", L4R, NICE_CANCER),
        ),
        tags=("pv_bleed", "bleed_minor"),
        sexes=FEMALE,
    ),
    complaint(
        "period_pain",
        "Period pain or heavy periods",
        OBGYN,
        ("period pain", "period cramps", "menstrual pain", "dysmenorrhoea", "painful period", "time of the month pain"),
        L5S,
        CENTRAL,
        (
            flag(
                "different_from_usual",
                "Is this pain much worse than, or different from, your usual period pain?",
                "period pain much worse than or different from usual",
                L4R,
                # 2026.12 review: nhs.uk Period pain -> see a GP if it has changed or got worse [M]
                ENGINE,
                "unusual_pain",
            ),
            MAYBE_PREGNANT,
            HEAVY_PV,
            FAINTED,
            PID_FLAG,
            flag(
                "toxic_shock",
                "Are you using a tampon or menstrual cup and feel suddenly very unwell with fever, rash or vomiting?",
                "sudden fever, rash or vomiting while using a tampon (possible toxic shock)",
                L2ES,
                # 2026.12 review: toxic shock is shock: nhs.uk 999 or A&E, and the person cannot safely travel [M]
                SEPSIS,
                "fever",
            ),
            BETWEEN_OR_AFTER_SEX,
        ),
        tags=("cyclical", "bleed_minor"),
        sexes=FEMALE,
        persist=(
            after(
                7,
                L5R,
                "Pain that has lasted a week or more is not usual period pain and should be checked by a GP.",
                "nhs.uk period pain: see a GP if the pain has changed or home treatment does not help [M]; "
                "a period usually lasts up to 7 days [M], so the engine reviews pain lasting a week [E]",
            ),
        ),
        self_care_first="nhs.uk Period pain: see a GP if painkillers do not help [M]",
    ),
    complaint(
        "pelvic_pain",
        "Lower tummy or pelvic pain",
        OBGYN,
        ("pelvic pain", "lower abdominal pain", "ovary pain", "pain low down", "ovarian cyst"),
        L4R,
        CENTRAL,
        (
            MAYBE_PREGNANT,
            flag(
                "sudden_one_sided_vomiting",
                "Did severe pain start suddenly on one side, with vomiting?",
                "sudden severe one-sided pelvic pain with vomiting (possible twisted ovary)",
                L2,
                "Ovarian torsion: gynaecological emergency [M]",
            ),
            PID_FLAG,
            flag(
                "bleeding",
                "Do you have vaginal bleeding with the pain?",
                "pelvic pain with vaginal bleeding",
                L3,
                PREG,
                "pv_bleed",
            ),
            flag(
                "ovarian_symptoms_50_plus",
                "Are you 50 or over, and on most days do you feel bloated, get full quickly, or need to pee more "
                "often?",
                "persistent bloating, feeling full quickly or peeing more often at 50 or over",
                L4R,
                f"{NICE_CANCER} (ovarian cancer: CA125 for persistent bloating, early satiety, pelvic pain or urinary "
                "symptoms at 50 or over)",
            ),
            FEVER,
        ),
        tags=("abdominal",),
        # Known, diagnosed pelvic pain (ovulation pain, endometriosis with a plan) that feels as it always does is
        # eased at home; a change, a possible pregnancy, bleeding, fever or sudden severe pain each still raise it.
        usual=usual(
            "pelvic pain you have had before, been told the cause of, and that feels as usual (such as ovulation "
            "pain) can be eased with painkillers and a hot water bottle.",
            "nhs.uk Ovulation pain: usually eased with painkillers, a warm bath or a hot water bottle; see a GP if "
            "it is severe or lasts longer; nhs.uk Pelvic pain: see a GP for pain that is new or not going away [M]",
        ),
    ),
    complaint(
        "vaginal_itch_discharge",
        "Vaginal itching or discharge (thrush?)",
        OBGYN,
        (
            "thrush",
            "yeast infection",
            "vaginal itching",
            "vaginal discharge",
            "candida",
            "bacterial vaginosis",
            "itchy down below",
        ),
        L5S,
        PERIPHERAL,
        (
            PID_FLAG,
            flag(
                "first_time",
                "Is this the first time you have had these symptoms?",
                "first-ever symptoms of thrush",
                L5R,
                "nhs.uk thrush: see a GP the first time you have symptoms [M]",
            ),
            flag(
                "recurrent_thrush",
                "Have you had thrush 4 or more times in the last year?",
                "thrush that keeps coming back (4 or more times a year)",
                L5R,
                "NICE CKS recurrent vulvovaginal candidiasis: 4 or more episodes in 12 months [M]",
                "recurrence",
            ),
            flag(
                "sti_risk",
                "Is the discharge green, grey or fishy-smelling, or have you had a new sexual partner?",
                "unusual discharge or a new partner (possible infection needing tests)",
                L5R,
                "BASHH vaginal discharge guideline [M]",
            ),
            flag(
                "sores",
                "Do you have painful sores or blisters?",
                "painful genital sores or blisters",
                L4U,
                "BASHH genital herpes: antivirals within 5 days [M]",
            ),
            flag(
                "bleeding",
                "Is there bleeding that is not your period?",
                "bleeding that is not a period",
                L4R,
                NICE_CANCER,
            ),
        ),
        sexes=FEMALE,
        persist=(
            after(
                7,
                L5R,
                "Thrush or discharge not better a week after treatment should be checked by a GP or sexual "
                "health clinic.",
                "nhs.uk thrush: see a GP if treatment has not worked within 7 to 14 days [M]; band starts at 7 [E]",
            ),
        ),
    ),
    complaint(
        "breast_problem",
        "Breast pain, lump or redness",
        OBGYN,
        ("breast pain", "breast lump", "mastitis", "sore nipple", "breast redness", "breastfeeding pain"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "red_hot_fever",
                "Is part of the breast red, hot and painful, with a fever or flu-like feelings?",
                "a red, hot, painful breast with fever (possible mastitis)",
                L3,
                "NICE CKS mastitis [M]",
                "fever",
            ),
            flag(
                "abscess",
                "Is there a painful swelling that is getting bigger, or pus?",
                "a growing painful breast swelling or pus",
                L3,
                "NICE CKS breast abscess [M]",
            ),
            flag(
                "new_lump",
                "Have you found a new lump, skin dimpling, or a change to the nipple?",
                "a new breast lump, dimpling or nipple change",
                L5R,
                NICE_CANCER,
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Breast pain that has not settled after 3 weeks should be checked by a GP.",
                "nhs.uk breast pain: see a GP if it does not improve after a few weeks of self-care [M]; "
                "'a few weeks' read as 3 [E]",
            ),
        ),
        usual=usual(
            "your usual breast pain that comes and goes with your periods can be eased at home (a supportive bra, "
            "painkillers).",
            "nhs.uk Breast pain: cyclical breast pain linked to periods is common and managed at home [M]",
        ),
    ),
    complaint(
        "after_birth",
        "A problem after giving birth (first 6 weeks)",
        OBGYN,
        (
            "after birth",
            "postnatal",
            "postpartum",
            "c-section wound",
            "lochia",
            "bleeding after having my baby",
            "just had a baby",
        ),
        L4R,
        CENTRAL,
        (
            flag(
                "heavy_bleeding",
                "Are you soaking a pad every hour, passing large clots, or feeling faint?",
                "heavy bleeding or faintness after birth (possible postpartum haemorrhage)",
                L2ES,
                f"{CTAS_HEMO}; {CTAS_BLEED}",
                "bleed_major",
            ),
            flag(
                "fever_smelly",
                "Do you have a fever, shivers, or smelly discharge?",
                "fever, shivers or smelly discharge after birth",
                L3,
                SEPSIS,
                "fever",
            ),
            SEPSIS_SIGNS,
            PREECLAMPSIA,
            flag(
                "clot_signs",
                "Do you have a painful swollen leg, chest pain or sudden breathlessness?",
                "a painful swollen leg, chest pain or sudden breathlessness after birth",
                L2,
                VTE,
            ),
            flag(
                "harm_thoughts",
                "Are you having thoughts of harming yourself or your baby, or seeing or hearing things others don't?",
                "thoughts of harm or seeing or hearing things after birth (possible postpartum psychosis)",
                L2,
                "NICE CG192 antenatal and postnatal mental health [M]",
            ),
            flag(
                "low_mood",
                "Have you felt low, anxious or unable to cope on most days for 2 weeks or more?",
                "low mood or anxiety on most days for 2 weeks",
                L4R,
                "NICE CG192 [M]",
            ),
            reassurance(
                "baby_blues",
                "Is the only problem feeling weepy, low or anxious, which started in the first 2 weeks after the "
                "birth, while you are still able to look after yourself and your baby?",
                "feeling weepy, low or anxious in the first 2 weeks after birth (the 'baby blues') is very common "
                "and usually passes by 2 weeks: rest when you can, accept help, and talk to your midwife or health "
                "visitor if it lasts longer or gets worse",
                "nhs.uk Postnatal depression / Baby blues: low mood, tearfulness and anxiety in the first 2 weeks "
                "after birth are common and normal; speak to a GP, midwife or health visitor if they last longer "
                "than 2 weeks or start later [M]; NICE CG192 [M]",
            ),
        ),
        tags=("postpartum",),
        sexes=FEMALE,
    ),
    # --- New in catalogue 2025.12 ---------------------------------------------------------
    complaint(
        "labour_waters",
        "Labour signs: contractions or waters breaking",
        OBGYN,
        (
            "waters broken",
            "waters breaking",
            "in labour",
            "contractions",
            "leaking fluid pregnant",
            "having the baby",
            "show mucus plug",
        ),
        L3,
        CENTRAL,
        (
            flag(
                "cord_seen",
                "Can you see or feel the umbilical cord at or outside the vagina?",
                "the umbilical cord at or outside the vagina (cord prolapse)",
                L1,
                f"{LABOUR}; {ESI_A}",
            ),
            flag(
                "baby_coming",
                "Do you have an urge to push that you cannot stop, or can the baby's head be seen?",
                "an urge to push or the baby's head showing (birth is close)",
                L2ES,
                LABOUR,
            ),
            PREG_HEAVY_BLEED,
            flag(
                "bleeding",
                "Is there fresh bleeding, more than a streaky pink or brown 'show'?",
                "fresh bleeding in labour",
                L2,
                f"{LABOUR}; {PREG}",
                "pv_bleed",
            ),
            ECLAMPSIA_FIT,
            PREECLAMPSIA,
            flag(
                "before_37_weeks",
                "Are you less than 37 weeks pregnant?",
                "labour signs or waters breaking before 37 weeks",
                L2,
                f"{LABOUR}; NICE NG25 preterm labour and birth [M]",
            ),
            REDUCED_MOVEMENTS,
            flag(
                "waters_coloured",
                "Are the waters green, brown, yellow, bloody or smelly?",
                "green, brown, bloody or smelly waters",
                L2,
                "NICE CG190 / NG235 intrapartum care: meconium or blood-stained liquor needs obstetric-unit care [M]",
            ),
            flag(
                "constant_pain",
                "Is there constant, severe tummy pain that does not ease between contractions?",
                "constant severe tummy pain that does not ease between contractions (possible placental abruption)",
                L2,
                f"{PREG}; RCOG Green-top 63 antepartum haemorrhage [M]",
            ),
            flag(
                "fever_shivery",
                "Do you have a fever or feel hot and shivery?",
                "fever or shivering in labour or after waters break (possible infection)",
                L3E,
                "NICE NG195 / RCOG Green-top 64a sepsis in pregnancy [M]",
                "fever",
            ),
            flag(
                "established",
                "Are contractions coming every 5 minutes or more often, each lasting about a minute?",
                "regular strong contractions every 5 minutes or more often",
                L3E,
                f"{LABOUR}: go in when contractions are regular and strong [V]; the engine treats established labour "
                "as needing the maternity unit now [E]",
            ),
            reassurance(
                "early_labour_at_term",
                "Are you 37 weeks pregnant or more, with your waters not broken, and tightenings that are still "
                "irregular or further apart than every 5 minutes, that you can manage at home?",
                "early labour at 37 weeks or more, before the waters break and before contractions come regularly "
                "about every 5 minutes, is usually best spent at home: keep moving, eat, drink and rest, and call "
                "your maternity unit when contractions are regular, your waters break, you bleed or the baby "
                "moves less",
                "nhs.uk Signs that labour has begun: contact the maternity unit when contractions are regular and "
                "about 5 minutes apart, the waters break, there is bleeding or less movement, or before 37 weeks "
                "[M]; NICE NG235 intrapartum care: support in the latent first stage at home [M]",
            ),
        ),
        tags=("pregnancy",),
        sexes=FEMALE,
        why="Call your maternity unit or midwife now: they will tell you when to come in. If your waters have "
        "broken you will be checked the same day.",
        source=f"{LABOUR}; NICE NG207 / CG190 prelabour rupture of membranes at term: assessment and induction "
        "within about 24 hours [M]",
    ),
    complaint(
        "pregnancy_sickness",
        "Nausea and vomiting in pregnancy (morning sickness)",
        OBGYN,
        (
            "morning sickness",
            "pregnancy sickness",
            "sick while pregnant",
            "hyperemesis",
            "throwing up pregnant",
            "nausea in pregnancy",
        ),
        L5S,
        CENTRAL,
        (
            DEHYD_MILD,
            flag(
                "dark_or_no_pee",
                "Is your pee very dark, or have you not peed for 8 hours or more?",
                "very dark pee, or no pee for 8 hours (dehydration)",
                L3,
                NVP,
                "covers:ds_little_urine",
            ),
            flag(
                "dizzy_standing",
                "Do you feel very weak, dizzy or faint when you stand up?",
                "feeling very weak, dizzy or faint on standing",
                L3,
                NVP,
            ),
            GI_BLEED,
            flag(
                "belly_pain",
                "Do you have tummy pain as well?",
                "tummy pain with sickness in pregnancy",
                L3,
                f"{NVP}; {PREG}",
            ),
            flag(
                "weight_loss",
                "Are you losing weight?",
                "losing weight with pregnancy sickness",
                L4U,
                NVP,
            ),
            flag(
                "painful_pee",
                "Does it hurt to pee, or is there blood in your pee?",
                "pain or blood when peeing in pregnancy",
                L4U,
                f"{NVP}; NICE NG109 UTI in pregnancy [M]",
            ),
            FEVER,
        ),
        tags=("pregnancy",),
        sexes=FEMALE,
        why="Feeling sick in early pregnancy is very common and usually eases by 16 to 20 weeks; small, frequent "
        "snacks and sips of fluid help, and a pharmacist can advise.",
        source=f"nhs.uk vomiting and morning sickness in pregnancy [M]; {NVP}",
        persist=(
            after(
                21,  # nhs.uk gives no time limit: see a GP or midwife if self-help is not working after some weeks [E]
                L5R,
                "If sickness has gone on for a week or more and home measures are not helping, speak to your midwife "
                "or GP about anti-sickness medicine.",
                f"{NVP}: anti-sickness medicine when self-help fails [M]; a week is the engine's cut-off [E]",
            ),
        ),
        self_care_first="nhs.uk Vomiting and morning sickness: see a GP or midwife if the self-help has not worked [M]",
    ),
    complaint(
        "heavy_periods",
        "Heavy periods",
        OBGYN,
        (
            "heavy periods",
            "flooding",
            "menorrhagia",
            "heavy bleeding on my period",
            "changing pad every hour",
            "big clots on period",
        ),
        L5S,
        CENTRAL,
        (
            HEAVY_PV,
            FAINTED,
            SHOCK_SIGNS,
            COULD_BE_PREGNANT,
            flag(
                "tired_breathless",
                "Do your periods leave you tired all the time, short of breath, or looking pale?",
                "tiredness, breathlessness or pallor with heavy periods (possible anaemia)",
                L5R,
                f"{NHS_HMB}; NICE NG88 heavy menstrual bleeding: full blood count [M]",
            ),
            BETWEEN_OR_AFTER_SEX,
            flag(
                "severe_pain",
                "Is the pain with your periods so bad that it is hard to move, sleep or think?",
                "severe pain with heavy periods",
                L5R,
                NHS_HMB,
            ),
            flag(
                "affecting_life",
                "Are your periods affecting your daily life (work, school, sleep, going out), or do you flood "
                "through your clothes?",
                "heavy periods affecting daily life",
                L5R,
                "nhs.uk Heavy periods: see a GP if heavy periods affect your life [M]; NICE NG88 [M]",
            ),
            flag(
                "new_change_45_plus",
                "Are you 45 or over, and have your periods recently become much heavier or irregular?",
                "periods that have recently become heavier or irregular at 45 or over",
                L4R,
                f"NICE NG88 heavy menstrual bleeding: assess the womb lining at 45 or over [M]; {NICE_CANCER}",
            ),
        ),
        tags=("cyclical", "bleed_minor"),
        sexes=FEMALE,
        why="Heavy periods that are not affecting your daily life can be managed at home or with a pharmacist "
        "(for example tranexamic acid); see a GP if they do.",
        source=f"{NHS_HMB}; nhs.uk Heavy periods: see a GP if heavy periods affect your life [M]",
        no_duration_limit="nhs.uk Heavy periods: the reason to see a GP is that they affect your life, asked by "
        "affecting_life, not how long they have lasted [M]",
    ),
    complaint(
        "menopause_symptoms",
        "Menopause symptoms: hot flushes, night sweats",
        OBGYN,
        ("menopause", "hot flushes", "night sweats menopause", "perimenopause", "change of life", "hrt question"),
        L5S,
        CENTRAL,
        (
            flag(
                "bleeding_after_menopause",
                "Have you had any bleeding a year or more after your periods stopped, or unexpected bleeding on HRT?",
                "bleeding after the menopause or unexpected bleeding on HRT",
                L4R,
                f"{NICE_CANCER} (postmenopausal bleeding); NICE NG23 [M]",
                "pv_bleed",
            ),
            flag(
                "hrt_clot",
                "Do you have a painful, swollen leg, chest pain, or sudden breathlessness?",
                "a painful swollen leg, chest pain or sudden breathlessness (possible blood clot)",
                L2,
                f"{VTE}; NICE NG23: HRT and venous thromboembolism [M]",
            ),
            flag(
                "sweats_weight_loss",
                "Do you have drenching sweats together with weight loss or lumps in the neck, armpit or groin?",
                "drenching sweats with weight loss or lumps (not typical of the menopause)",
                L4R,
                NICE_CANCER,
            ),
            SUICIDAL_THOUGHTS,
            flag(
                "troubling_you",
                "Are the symptoms troubling you or affecting your daily life, sleep or mood?",
                "menopause symptoms that trouble you",
                L5R,
                f"{MENOPAUSE}; nhs.uk Menopause: see a GP if symptoms are troubling you [M]",
            ),
            flag(
                "under_45",
                "Are you under 45 and your periods have become irregular or stopped?",
                "menopause symptoms before 45",
                L5R,
                f"{MENOPAUSE}; NICE NG23 premature ovarian insufficiency [M]",
            ),
        ),
        sexes=FEMALE,
        why="Mild menopause symptoms can be eased at home (layers, cool room, less caffeine and alcohol, exercise); "
        "a GP can talk through treatment such as HRT if they trouble you.",
        source=f"{MENOPAUSE}; nhs.uk Menopause: see a GP if symptoms are troubling you or you are under 45 [M]",
        no_duration_limit="nhs.uk Menopause: symptoms can last years; see a GP if they trouble you (troubling_you) "
        "or you are under 45 (under_45) [M]",
    ),
    complaint(
        "emergency_contraception",
        "Unprotected sex or contraception failed (emergency contraception)",
        OBGYN,
        (
            "morning after pill",
            "emergency contraception",
            "condom split",
            "unprotected sex",
            "missed my pill",
            "condom broke",
        ),
        L4U,
        CENTRAL,
        (
            flag(
                "not_consented",
                "Did this happen without your consent (sexual assault or rape)?",
                "sex without consent",
                L3,
                "Sexual assault referral centre and BASHH post-exposure prophylaxis within 72 hours [M]",
            ),
            flag(
                "hiv_risk",
                "Could your partner have HIV, or were they a man who has sex with men or someone who injects drugs?",
                "possible HIV exposure",
                L3E,
                # 2026.12 expected-outcome review: BASHH PEPSE: HIV post-exposure prophylaxis as soon as possible,
                # ideally within 24 hours, from a sexual health clinic or A&E (the engine cannot know the clinic is
                # open) [M]
                "BASHH/BHIVA PEPSE: HIV post-exposure prophylaxis within 72 hours [M]",
            ),
            MAYBE_PREGNANT,
            flag(
                "period_late",
                "Is your period late, or was the unprotected sex more than 5 days ago?",
                "a late period or sex more than 5 days ago (a pregnancy test is needed)",
                L5R,
                # 2026.12 review: a late period after sex -> pregnancy test and GP or sexual health clinic [M]
                f"{EC}; FSRH emergency contraception guideline [M]",
            ),
            flag(
                "sti_symptoms",
                "Do you have unusual discharge, sores, or pain when peeing?",
                "unusual discharge, sores or pain peeing (possible STI)",
                L5R,
                # 2026.12 review: nhs.uk STIs -> sexual health clinic or GP [M]
                "BASHH: sexual health testing after unprotected sex [M]",
            ),
            reassurance(
                "one_combined_pill_late",
                "Is it only that you missed one combined pill (less than 48 hours since you should have taken "
                "it), and you took every other pill in this pack correctly?",
                "one combined pill missed or late (less than 48 hours) does not need emergency contraception: take "
                "the missed pill now, even if that means two today, and carry on as usual; ask a pharmacist if "
                "you missed more than one",
                "nhs.uk What should I do if I miss a pill (combined pill): 1 missed pill anywhere in the pack, "
                "you are still protected; FSRH CEU guidance on missed combined pills [M]",
            ),
        ),
        sexes=FEMALE,
        why="Emergency contraception works best the sooner it is used: get it today from a pharmacy, GP or sexual "
        "health clinic (the pill within 3 to 5 days, a copper coil within 5 days).",
        source=EC,
    ),
)
