"""Gastrointestinal complaints."""

from __future__ import annotations

from .common import (
    ACS,
    CAUDA,
    CENTRAL,
    CTAS_BLEED,
    CTAS_HEMO,
    CTAS_LOC,
    DEHYD_MILD,
    DEHYD_MODERATE,
    DEHYD_SEVERE,
    ENGINE,
    ESI_A,
    ESI_B,
    FAINTED,
    FEVER,
    GI_BLEED,
    HEAD,
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
    MENINGITIS_SIGNS,
    NICE_CANCER,
    PERIPHERAL,
    SEPSIS,
    TORSION,
    TOX,
    after,
    complaint,
    flag,
    reassurance,
    usual,
)

GI = "Gastrointestinal"
PERITONISM = "Peritonism / surgical abdomen (ESI v5 B high-risk) [M]"
OBSTRUCTION = "Bowel obstruction: bilious vomiting, distension, absolute constipation [M]; ESI v5 B [V]"
NHS_DV = (
    "nhs.uk diarrhoea and vomiting: urgent GP appointment or NHS 111 for diarrhoea lasting more than 7 days "
    "or vomiting lasting more than 2 days [V]"
)
NHS_RECTAL = "nhs.uk bleeding from the bottom (rectal bleeding) [V]"
NHS_APPENDIX = (
    "nhs.uk / NHS inform appendicitis: tummy pain that is gradually getting worse or moves to the lower right -> "
    "urgent GP or NHS 111 the same day; 999 only if the pain suddenly gets worse and spreads across the tummy "
    "(caught by rigid_belly) [V: NHS-derived pages]"
)
NHS_HERNIA = "nhs.uk hernia: go to A&E with sudden severe pain, vomiting, no wind or poo, or a firm lump [M]"
SWALLOWED = (
    "NHS Healthier Together (what0-18) swallowed foreign object: red / amber / green signs [V]; "
    "Alder Hey: button battery or magnet means A&E straight away [V]"
)
THREADWORM = "nhs.uk threadworms: pharmacy treatment; GP for under-2s, pregnancy or breastfeeding [V]"
BLOATING = "nhs.uk bloating: see a GP if bloated for 3 weeks or more, or it keeps coming back [M]"

OBSTRUCTED = flag(
    "obstruction",
    "Is your belly swollen, and are you vomiting and unable to pass wind or poo?",
    "a swollen belly with vomiting and no wind or poo (possible blocked bowel)",
    L2,
    OBSTRUCTION,
)
RIGID_BELLY = flag(
    "rigid_belly",
    "Is your belly hard and very tender to touch, or does the slightest movement hurt?",
    "a hard, very tender belly (possible peritonitis)",
    L2,
    PERITONISM,
)
BLACK_STOOL = flag(
    "black_stool",
    "Is your poo black and sticky like tar?",
    "black tarry poo",
    L2,
    f"{ESI_B} (upper GI bleeding)",
    "bleed_major",
)
SHOCK_SIGNS = flag(
    "shock_signs",
    "Do you feel faint or dizzy on standing, or look pale and clammy?",
    "faintness, dizziness on standing, or pale clammy skin with bleeding (possible shock)",
    L2ES,
    f"{CTAS_HEMO} (shock / hemodynamic compromise)",
    "bleed_major",
    "faint",
)
SADDLE_NUMBNESS = flag(
    "saddle_numbness",
    "Do you also have numbness around your bottom or genitals, or problems controlling your bladder?",
    "numbness around the bottom or bladder problems (possible spinal nerve compression)",
    L2,
    CAUDA,
)

COMPLAINTS = (
    complaint(
        "abdominal_pain",
        "Tummy (abdominal) pain",
        GI,
        ("stomach ache", "tummy ache", "belly pain", "abdominal pain", "stomach cramps", "appendicitis", "gut pain"),
        L5S,
        CENTRAL,
        (
            flag(
                "appendix_signs",
                "Has the pain moved to the lower right side, or does it hurt more when you walk, cough or go "
                "over bumps?",
                "pain moving to the lower right, or worse on walking or coughing (possible appendicitis)",
                L2,
                # nhs.uk lists this under "urgent GP or 111", but NICE CKS Appendicitis says to admit urgently
                # when appendicitis is suspected; the engine takes the more urgent reading [E].
                f"{PERITONISM}; NICE CKS Appendicitis: suspected appendicitis -> urgent admission [M]; "
                f"{NHS_APPENDIX} [E: more urgent of the two]",
            ),
            RIGID_BELLY,
            GI_BLEED,
            OBSTRUCTED,
            flag(
                "fever_jaundice",
                "Do you have a fever with yellow skin or eyes, or shaking chills?",
                "belly pain with fever and yellow skin or shaking chills",
                L2,
                f"{SEPSIS} (cholangitis)",
                "fever",
            ),
            flag(
                "aaa_signs",
                "Are you over 50 with sudden severe pain going through to your back?",
                "sudden severe pain through to the back over 50 (possible aortic aneurysm)",
                L2ES,
                f"{ESI_A}; {CTAS_HEMO} (ruptured aneurysm)",
            ),
            FAINTED,
            MAYBE_PREGNANT,
            flag(
                "upper_cardiac",
                "Is the pain in the upper belly, with sweating or breathlessness, or spreading to the chest, "
                "arm or jaw?",
                "upper belly pain with sweating or breathlessness, or spreading to the chest, arm or jaw",
                L2ES,
                ACS,
            ),
            flag(
                "testicle_pain",
                "Is there also pain or swelling in a testicle?",
                "belly pain with testicle pain (possible testicular torsion)",
                L2,
                TORSION,
            ),
            DEHYD_MILD,
            FEVER,
        ),
        tags=("abdominal", "infant_concern"),
        persist=(
            after(
                3,
                L5R,
                "Tummy pain that has gone on for 3 days or more should be checked by a GP.",
                "nhs.uk stomach ache: see a GP if the pain does not go away or keeps coming back [M]; "
                "3 days is the engine's cut-off for ongoing central pain [E]",
            ),
        ),
    ),
    complaint(
        "vomiting",
        "Feeling sick or vomiting",
        GI,
        ("vomiting", "being sick", "nausea", "throwing up", "stomach bug", "puking", "gastroenteritis"),
        L5S,
        CENTRAL,
        (
            DEHYD_SEVERE,
            DEHYD_MODERATE,
            DEHYD_MILD,
            GI_BLEED,
            flag(
                "green_vomit",
                "Is the vomit green (like bile), or is the belly swollen?",
                "green vomit or a swollen belly (possible blocked bowel)",
                L2,
                OBSTRUCTION,
            ),
            flag(
                "after_head_injury",
                "Did the vomiting start after a head injury?",
                "vomiting after a head injury",
                L2,
                HEAD,
                "bleed_major",
            ),
            MENINGITIS_SIGNS,
            flag(
                "severe_belly_pain",
                "Do you have constant, severe belly pain with it?",
                "constant severe belly pain with vomiting",
                L3E,
                PERITONISM,
            ),
            FEVER,
        ),
        tags=("infective", "gi_fluid_loss", "glucose_symptom"),
        persist=(
            after(
                3,
                L4U,
                "Vomiting for more than 2 days needs a clinician within about 24 hours.",
                f"{NHS_DV}; more than 2 days = the band starting at day 3 [E]",
            ),
        ),
    ),
    complaint(
        "diarrhoea",
        "Diarrhoea",
        GI,
        ("diarrhoea", "diarrhea", "runny poo", "loose stools", "the runs", "food poisoning"),
        L5S,
        CENTRAL,
        (
            DEHYD_SEVERE,
            DEHYD_MODERATE,
            DEHYD_MILD,
            flag(
                "blood_in_diarrhoea",
                "Is there blood in the diarrhoea?",
                "blood in the diarrhoea",
                L3,
                "NICE CKS gastroenteritis: bloody diarrhoea needs same-day assessment [M]",
            ),
            flag(
                "antibiotics_travel",
                "Have you recently taken antibiotics, been in hospital, or come back from abroad?",
                "diarrhoea after antibiotics, a hospital stay or travel abroad",
                L3,
                # 2026.12 review: nhs.uk C. difficile, diarrhoea after antibiotics or a hospital stay -> urgent GP or
                # 111 [M]
                # 2026.12 review: nhs.uk C. difficile, diarrhoea after antibiotics or a hospital stay -> urgent GP or
                # 111 [M]
                "NICE CKS gastroenteritis / C. difficile [M]",
            ),
            FEVER,
        ),
        tags=("infective", "gi_fluid_loss"),
        persist=(
            after(
                7,
                L4U,
                "Diarrhoea lasting more than 7 days needs a clinician within about 24 hours.",
                f"{NHS_DV}; NICE CG84 (children under 5): diarrhoea usually stops within 5-7 days, "
                "review if not improving by day 7 [M]",
            ),
        ),
    ),
    complaint(
        "constipation",
        "Constipation",
        GI,
        ("constipation", "can't poo", "constipated", "hard stools", "bunged up", "straining on the toilet"),
        L5S,
        CENTRAL,
        (
            OBSTRUCTED,
            flag(
                "blood_weight_change",
                "Have you noticed blood in your poo or weight loss, or are you over 50 with a change in bowel "
                "habit lasting weeks?",
                "blood in the poo, weight loss, or a lasting change in bowel habit over 50",
                L4R,
                NICE_CANCER,
            ),
            SADDLE_NUMBNESS,
        ),
        tags=("infant_concern",),
        persist=(
            after(
                21,
                L5R,
                "Constipation that has lasted 3 weeks or more should be checked by a GP.",
                "nhs.uk constipation: see a GP if not improving with treatment or it lasts a long time [M]; "
                "NHS bowel cancer awareness: a change in bowel habit for 3 weeks [V]",
            ),
            after(
                7,
                L5R,
                "A child who has been constipated for a week or more despite simple measures should see a GP.",
                "NICE CG99 constipation in children: review if not settling with diet and fluids [M]; "
                "a week is the engine's cut-off [E]",
                max_age=16,
            ),
        ),
        self_care_first="nhs.uk Constipation: see a GP if you are not improving with treatment [M]",
    ),
    complaint(
        "gi_bleeding",
        "Blood in vomit or poo",
        GI,
        ("vomiting blood", "black stools", "blood in vomit", "coffee ground vomit", "tarry poo", "blood in sick"),
        L4R,
        CENTRAL,
        (
            flag(
                "vomiting_blood",
                "Are you vomiting blood or coffee-ground material?",
                "vomiting blood",
                L2,
                f"{ESI_B} (upper GI bleeding)",
                "bleed_major",
            ),
            BLACK_STOOL,
            flag(
                "large_amount",
                "Are you passing a lot of blood or clots?",
                "passing a lot of blood or clots",
                L2,
                CTAS_BLEED,
                "bleed_major",
            ),
            SHOCK_SIGNS,
        ),
        tags=("bleed_major",),
        why="A small amount of bright red blood on the paper is often from piles, but bleeding from the gut "
        "should be checked by a clinician within about a week.",
    ),
    complaint(
        "heartburn",
        "Heartburn or indigestion",
        GI,
        ("heartburn", "indigestion", "acid reflux", "gerd", "burning in chest after eating", "dyspepsia"),
        L5S,
        CENTRAL,
        (
            flag(
                "cardiac_like",
                "Does it feel like pressure, spread to your arm, neck or jaw, come on with effort, or come with "
                "sweating or breathlessness?",
                "'heartburn' that feels like pressure, spreads to the arm or jaw, or comes with sweating",
                L2ES,
                ACS,
            ),
            GI_BLEED,
            flag(
                "food_sticking",
                "Does food feel like it sticks in your throat or chest when you swallow?",
                "food sticking when swallowing",
                L4R,
                f"{NICE_CANCER} (dysphagia: urgent referral at any age)",
            ),
            flag(
                "alarm_features",
                "Have you lost weight without trying, or been vomiting again and again?",
                "weight loss or repeated vomiting with indigestion",
                L4R,
                NICE_CANCER,
            ),
            flag(
                "new_over_55",
                "Are you 55 or over, and is this indigestion new for you?",
                "new indigestion at 55 or over",
                L5R,
                f"{NICE_CANCER}; NICE CG184 dyspepsia: review new symptoms at 55 or over [M]",
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Heartburn or indigestion on most days for 3 weeks or more should be checked by a GP.",
                "nhs.uk Be Clear on Cancer: heartburn most days for 3 weeks or more, tell your doctor [V]",
            ),
        ),
    ),
    complaint(
        "jaundice",
        "Yellow skin or eyes",
        GI,
        ("jaundice", "yellow skin", "yellow eyes", "yellow baby", "going yellow", "whites of eyes yellow"),
        L4U,
        CENTRAL,
        (
            flag(
                "fever_pain",
                "Do you have a fever, shaking chills, or pain in the upper right belly?",
                "jaundice with fever, chills or upper right belly pain",
                L2,
                f"{SEPSIS} (cholangitis)",
                "fever",
            ),
            flag(
                "confused",
                "Are you confused or very drowsy?",
                "jaundice with confusion or drowsiness",
                L2,
                f"{CTAS_LOC}; {ESI_B}",
                "covers:ds_confused",
            ),
            flag(
                "newborn",
                "Is this a baby less than 24 hours old, or a baby under 2 weeks who is very sleepy or not feeding?",
                "jaundice in a baby under 24 hours old, or a sleepy, poorly feeding newborn",
                L2,
                "NICE CG98 neonatal jaundice [M]",
            ),
            flag("paracetamol", "Have you taken too much paracetamol?", "too much paracetamol", L2, TOX),
        ),
        why="New yellowing of the skin or eyes needs a clinician within about 24 hours.",
    ),
    complaint(
        "bottom_problem",
        "Sore bottom, piles or itching",
        GI,
        ("piles", "haemorrhoids", "hemorrhoids", "itchy bottom", "anal pain", "sore bum", "anal fissure"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "abscess",
                "Is there a hot, painful, swollen lump near the bottom, with a fever?",
                "a hot painful lump near the bottom with fever (possible abscess)",
                L3,
                ENGINE,
                "fever",
            ),
            flag(
                "heavy_bleeding",
                "Is there a lot of bleeding or clots?",
                "heavy bleeding or clots from the bottom",
                L2,
                CTAS_BLEED,
                "bleed_major",
            ),
            flag(
                "bowel_change",
                "Are you over 50 with blood in your poo or a change in bowel habit lasting weeks?",
                "blood in the poo or a lasting change in bowel habit over 50",
                L4R,
                NICE_CANCER,
            ),
            flag(
                "piles_keep_returning",
                "Do you keep getting piles, again and again?",
                "piles that keep coming back",
                L5R,
                "nhs.uk piles: see a GP if you keep getting them [M]",
                "recurrence",
            ),
            # Catalogue 2026.12-cat4: a fissure is treated on prescription, so it does not wait for home treatment.
            flag(
                "fissure_pain",
                "Is there a sharp, tearing pain when you poo (like passing glass) that goes on aching for a while "
                "afterwards?",
                "sharp pain when pooing that lasts afterwards (possible anal fissure)",
                L5R,
                "nhs.uk Anal fissure: see a GP if you think you have an anal fissure [M]",
            ),
        ),
        tags=("bleed_minor",),
        persist=(
            after(
                7,
                L5R,
                "Piles or a sore bottom not better after a week of home treatment should be checked by a GP.",
                "nhs.uk piles: see a GP if no better after 7 days of treatment at home [M]",
            ),
        ),
        usual=usual(
            "your usual piles can be managed at home (fibre, fluids, pharmacy creams).",
            "nhs.uk Piles: treat at home; see a GP if there is no improvement or bleeding changes [M]",
        ),
        self_care_first="nhs.uk Piles: see a GP if there is no improvement after 7 days of treatment at home [M]",
    ),
    # --- New in catalogue 2025.12 ---------------------------------------------------------
    complaint(
        "rectal_bleeding",
        "Bleeding from the bottom (bright red blood)",
        GI,
        (
            "rectal bleeding",
            "blood on toilet paper",
            "blood in poo",
            "bleeding from my bum",
            "pink water in the toilet",
            "red streaks on poo",
            "bleeding when i poo",
        ),
        L5R,
        CENTRAL,
        (
            flag(
                "nonstop_or_a_lot",
                "Is the bleeding not stopping, or is there a lot of blood (the toilet water turns red, or large "
                "clots)?",
                "bleeding from the bottom that will not stop, or a lot of blood or large clots",
                L2,
                f"{NHS_RECTAL}: A&E or 999 for non-stop or heavy bleeding; {CTAS_BLEED}",
                "bleed_major",
            ),
            SHOCK_SIGNS,
            BLACK_STOOL,
            flag(
                "dark_red_poo",
                "Is the poo dark red, or is blood mixed right through it?",
                "dark red poo or blood mixed through the poo",
                L3,
                f"{NHS_RECTAL}: urgent GP appointment or NHS 111 for dark red poo",
            ),
            flag(
                "bloody_diarrhoea",
                "Do you have diarrhoea with blood in it?",
                "bloody diarrhoea",
                L3,
                f"{NHS_RECTAL}: urgent GP appointment or NHS 111 for bloody diarrhoea",
            ),
            flag(
                "looser_thinner_3_weeks",
                "Has your poo been looser, softer or thinner than usual for 3 weeks or more?",
                "a change in your poo for 3 weeks or more",
                L4R,
                f"{NHS_RECTAL}: see a GP; {NICE_CANCER}",
            ),
            flag(
                "lump_pain_weight",
                "Do you have a lump or pain in your tummy, or have you lost weight without trying?",
                "a lump or pain in the tummy, or weight loss, with bleeding",
                L4R,
                f"{NHS_RECTAL}: see a GP; {NICE_CANCER}",
            ),
            reassurance(
                "small_bleed_with_straining",
                "Are you aged 16 to 49, and is it a small amount of bright red blood on the toilet paper or in the "
                "pan after straining or from piles you already know about, with no change in your bowel habit?",
                "a little bright red blood after straining, or from known piles, is common in people under 50 and "
                "usually stops on its own: keep your poo soft (fluids, fibre), do not strain, and a pharmacist "
                "can help with piles; see a GP if it keeps happening for 3 weeks or your bowel habit changes",
                "nhs.uk Bleeding from the bottom: a small amount of bright red blood, often from piles or a tear, "
                "usually goes away on its own; nhs.uk Piles: pharmacist first [M]; NICE NG12: rectal bleeding "
                "from 50, or with a change in bowel habit, weight loss or a lump, is the concern [M]; nhs.uk: "
                "see a GP about blood in a child's poo [M]",
                ages=(16, 50),
            ),
        ),
        tags=("bleed_minor",),
        why="A small, one-off bleed from the bottom is usually from piles or a small tear, but a GP should check "
        "it within about a week.",
        source=f"{NHS_RECTAL}: a one-off small bleed is not usually serious but a GP can check it; "
        "NICE NG12 colorectal cancer recognition [M]",
        # Catalogue 2026.12-cat5: a small bleed from straining (small_bleed_with_straining) is self-care, so it
        # needs a time limit.
        persist=(
            after(
                21,
                L5R,
                "Bleeding from the bottom that keeps coming back for 3 weeks or more should be checked by a GP.",
                f"{NHS_RECTAL}: see a GP if bleeding keeps happening or lasts 3 weeks [M]",
            ),
        ),
    ),
    complaint(
        "swallowed_object",
        "Swallowed an object (coin, toy, battery, magnet, bone)",
        GI,
        (
            "swallowed a coin",
            "swallowed a battery",
            "swallowed a magnet",
            "swallowed a toy",
            "fish bone stuck",
            "swallowed something",
            "ate a lego",
        ),
        L5S,
        CENTRAL,
        (
            flag(
                "choking",
                "Is the person choking: unable to breathe, cough or speak?",
                "choking: unable to breathe, cough or speak",
                L1,
                f"{ESI_A}; Resuscitation Council UK choking algorithm [M]",
            ),
            flag(
                "button_battery",
                "Could it have been a button battery (a small, flat, round battery)?",
                "a swallowed button battery",
                L2,
                SWALLOWED,
            ),
            flag(
                "magnet",
                "Could it have been a magnet, or more than one magnet?",
                "a swallowed magnet",
                L2,
                SWALLOWED,
            ),
            flag(
                "sharp_or_large",
                "Was it sharp (a pin, glass, a bone) or large?",
                "a swallowed sharp or large object",
                L3E,
                SWALLOWED,
            ),
            flag(
                "breathing_cough",
                "Since it happened, is there noisy or difficult breathing, or a new cough?",
                "noisy or difficult breathing or a new cough after swallowing something",
                L2,
                SWALLOWED,
            ),
            flag(
                "stuck_drooling",
                "Is there drooling, gagging, or being unable to swallow food or drink, or does it feel stuck?",
                "drooling, gagging, or unable to swallow (object may be stuck)",
                L2,
                SWALLOWED,
            ),
            flag(
                "vomiting_severe_pain",
                "Is the person vomiting, or in severe tummy or chest pain?",
                "vomiting or severe pain after swallowing something",
                L2,
                SWALLOWED,
            ),
            flag(
                "blood_in_poo",
                "Is there blood in the poo?",
                "blood in the poo after swallowing something",
                L2,
                SWALLOWED,
                "bleed_major",
            ),
            flag(
                "on_purpose",
                "Was it swallowed on purpose, to cause harm?",
                "an object swallowed on purpose to cause harm",
                L2,
                f"{SWALLOWED}; NICE NG225 self-harm [M]",
            ),
            flag("poisonous", "Could it be poisonous, such as pills or a chemical?", "a possible poison", L2, TOX),
            flag(
                "mild_pain_fever",
                "Is there mild tummy pain, or a fever?",
                "mild tummy pain or a fever after swallowing something",
                L4U,
                f"{SWALLOWED} (amber: contact a doctor today)",
                "fever",
            ),
            flag(
                "no_poo",
                "Has there been no poo for more than a day when one would normally be expected?",
                "no poo for more than a day after swallowing something",
                L4U,
                f"{SWALLOWED} (amber: contact a doctor today)",
            ),
        ),
        why="Most small, smooth objects pass through in a few days without harm: watch closely at home.",
        source=f"{SWALLOWED} (green: care at home)",
        persist=(
            after(
                7,
                L5R,
                "If you are still worried a week after the object was swallowed, see a GP.",
                f"{SWALLOWED}: most objects pass in 3-5 days [V]; a week is the engine's cut-off [E]",
            ),
        ),
    ),
    complaint(
        "hernia_groin_lump",
        "Lump in the groin or belly button (hernia?)",
        GI,
        ("hernia", "groin lump", "lump in groin", "belly button lump", "bulge in groin", "umbilical hernia"),
        L5R,
        CENTRAL,
        (
            flag(
                "sudden_severe_pain",
                "Has the lump suddenly become very painful?",
                "sudden severe pain in a hernia",
                L2,
                f"{NHS_HERNIA}; ESI v5 B [V]",
            ),
            flag(
                "firm_stuck",
                "Has the lump become firm or tender, or can it no longer be pushed back in?",
                "a hernia that is firm, tender or cannot be pushed back (possibly trapped)",
                L2,
                NHS_HERNIA,
            ),
            flag("being_sick", "Are you being sick?", "vomiting with a hernia", L2, NHS_HERNIA),
            flag(
                "no_wind_poo",
                "Are you unable to poo or pass wind?",
                "unable to poo or pass wind with a hernia (possible blocked bowel)",
                L2,
                f"{NHS_HERNIA}; {OBSTRUCTION}",
            ),
            flag(
                "red_dark_skin",
                "Has the skin over the lump turned red, purple or dark?",
                "red, purple or dark skin over a hernia (possible strangulation)",
                L2,
                NHS_HERNIA,
            ),
        ),
        why="A hernia that can be pushed back and is not very painful should be seen by a GP within about a week.",
        source="nhs.uk hernia: see a GP if you think you have a hernia [M]; NICE CKS inguinal hernia [M]",
    ),
    complaint(
        "threadworms",
        "Threadworms (worms in poo, itchy bottom at night)",
        GI,
        ("threadworms", "pinworms", "worms in poo", "itchy bum at night", "white worms", "worms in child's poo"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "under_2",
                "Is the person with worms a child under 2 years old?",
                "threadworms in a child under 2",
                L5R,
                THREADWORM,
            ),
            flag(
                "pregnant_breastfeeding",
                "Are you pregnant or breastfeeding?",
                "threadworms in pregnancy or while breastfeeding",
                L5R,
                THREADWORM,
                "pregnancy_only",
            ),
            flag(
                "infected_skin",
                "Is the skin around the bottom broken, weeping or very red from scratching?",
                "broken or weeping skin around the bottom from scratching",
                L5R,
                f"{THREADWORM}; NICE CKS threadworm: secondary skin infection [M]",
            ),
            flag(
                "other_worms",
                "Are the worms large (like earthworms), or have you been abroad, with tummy pain, diarrhoea or "
                "weight loss?",
                "large worms, or tummy pain, diarrhoea or weight loss after travel (possibly another worm)",
                L4R,
                "nhs.uk worms in humans: other worms need a GP [M]",
            ),
        ),
        why="Threadworms are common and can be treated with medicine from a pharmacy for the whole household, "
        "with careful hand-washing.",
        source=THREADWORM,
        persist=(
            after(
                21,
                L5R,
                "Threadworms still there 3 weeks after treatment should be checked by a GP.",
                f"{THREADWORM}; treatment may be repeated after 2 weeks [M], so the engine asks for a GP at 3 "
                "weeks [E]",
            ),
        ),
        self_care_first="nhs.uk Threadworms: see a GP if the treatment has not worked [M]",
    ),
    complaint(
        "bloating_wind",
        "Bloating, wind or trapped gas",
        GI,
        ("bloating", "bloated", "trapped wind", "farting a lot", "gassy", "swollen tummy", "burping a lot"),
        L5S,
        CENTRAL,
        (
            OBSTRUCTED,
            RIGID_BELLY,
            GI_BLEED,
            flag(
                "most_days_50_plus",
                "Are you a woman aged 50 or over who feels bloated on most days (12 or more days a month)?",
                "bloating on most days in a woman aged 50 or over",
                L4R,
                f"{NICE_CANCER} (ovarian cancer: CA125 test)",
            ),
            flag(
                "weight_swallowing",
                "Have you lost weight without trying, noticed blood in your poo, or had trouble swallowing?",
                "weight loss, blood in the poo or trouble swallowing with bloating",
                L4R,
                NICE_CANCER,
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "Bloating that has lasted 3 weeks or more should be checked by a GP.",
                BLOATING,
            ),
        ),
    ),
)
