"""Presentations of babies and young children (mostly under 5).

The cross-complaint danger signs for under-5s (floppy or weak cry, hard to wake, grunting or sucking in
under the ribs, not feeding, dry nappies, "not themselves", blue or mottled skin, a rash that does not
fade) are asked once by the danger-sign layer. The complaints here carry only their own questions; a
flag that asks the same thing as a danger sign says so with the tag "covers:<sign id>".

Age bands that guidance ties to a measured temperature (NICE NG143) are written into the question,
because a red flag has no age filter of its own. The engine's vital-sign rules (vitals.py) also apply
the infant fever thresholds when a temperature is entered, and the "fever" tag lets the special-population
rules (babies under 3 months, immunosuppression) fire.
"""

from __future__ import annotations

from .common import (
    ANAPHYLAXIS_SIGNS,
    CENTRAL,
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
    PERIPHERAL,
    STRIDOR,
    TORSION,
    after,
    complaint,
    flag,
    reassurance,
)

GENERAL = "General & Minor"

# --- Sources cited beside the rules -------------------------------------------------------
NG143 = "NICE NG143 fever in under 5s: traffic-light table"
NG143_REMOTE = (
    "NICE NG143/CG160 remote assessment: red feature -> face-to-face within 2 hours, amber -> face-to-face "
    "assessment, green -> home care with safety-net advice (as summarised by the guideline authors, BMJ 2014 "
    "rapid response) [V]"
)
NG143_IFP = (
    "NICE CG160/NG143 information for parents: seek advice for a fit, a non-fading rash or fever over 5 days [V]"
)
NG51 = "NICE NG51 sepsis: under-5 high-risk criteria [M]"
NG9 = "NICE NG9 bronchiolitis: referral criteria (apnoea, grunting, recession, intake 50-75% of usual) [M]"
CG84 = "NICE CG84 diarrhoea and vomiting in under 5s: dehydration red flags [M]"
HT = "NHS Healthier Together parent advice (healthiertogether.nhs.uk, what0-18.nhs.uk)"
HT_FEVER = f"{HT}, fever under 5: red = A&E/999, amber = contact a doctor or nurse today [V]"
HT_CROUP = f"{HT}, croup: red = A&E/999, amber = contact a doctor or nurse today [V]"
HT_CRY = f"{HT}, crying baby (and Alder Hey / Belfast Trust symptom checkers) [V]"
HT_RASH = f"{HT}, rashes: red = A&E/999, amber = call 111 or urgent GP [V]"
HT_LIMP = f"{HT}, limp: red = A&E/999, amber = contact a doctor or nurse today [V]"
HT_FIT = f"{HT}, febrile convulsion: first fit or over 5 minutes = 999; another fit in the same illness = today [V]"
NHS_FEVER_CHILD = "nhs.uk high temperature (fever) in children (wording read in NHS-derived copies) [V]"
NHS_CROUP = (
    "nhs.uk croup: call 999 if struggling to breathe, blue or grey, unusually quiet or still (NHS-adapted copy) [V]"
)
NHS_REFLUX = (
    "nhs.uk reflux in babies: urgent GP/111 for green or yellow vomit, blood in vomit or poo, projectile vomiting, "
    "a swollen tummy, a high temperature or not keeping fluids down; see a GP if not gaining weight [V]"
)
NHS_COLIC = "nhs.uk colic: call 111 or see a GP if worried, nothing works, you cannot cope, or colic after 4 months [V]"
NHS_NAPPY = (
    "nhs.uk nappy rash: pharmacist first; see a health visitor or GP if it does not go away, gets worse or spreads, "
    "the baby has a high temperature or seems very uncomfortable [V]"
)
NHS_RASH = (
    "nhs.uk rashes in babies and children: A&E/999 for a rash with a stiff neck, light sensitivity, "
    "cold hands and feet, or a rash that does not fade [V]"
)
NHS_TEETHING = (
    "nhs.uk teething / NICE CKS teething: temperature under 38 °C only; look for another cause of a fever [M]"
)
NHS_LIMP = (
    "nhs.uk limping in children: A&E for sudden hip/knee/thigh pain, a deformed leg, or a limp with a high "
    "temperature and feeling unwell (NHS regional copy) [V]"
)
CKS_LIMP = (
    "NICE CKS acute childhood limp: same-day assessment under 3 years, over 9 years (slipped upper femoral "
    "epiphysis), fever or not weight-bearing [M]; RCEM limping child [M]"
)
CKS_CROUP = "NICE CKS croup: severity (stridor at rest, recession, agitation or lethargy) and admission criteria [M]"
CKS_COLIC = (
    "NICE CKS infantile colic: features that suggest a serious cause (fever, bilious vomiting, blood in stool, "
    "distension, a hernia) [M]"
)
BILIOUS = (
    "Green (bile-stained) vomiting in a baby: possible malrotation with volvulus, a surgical emergency (BAPS/RCEM) [M]"
)
MALTREAT = "NICE CG89 child maltreatment: bruising or an unexplained injury in a baby who is not yet mobile [M]"
NG12_CHILD = (
    "NICE NG12 suspected cancer in children: very urgent review for unexplained bone pain, pallor or bruising [M]"
)

# --- Flags used by more than one paediatric complaint (defined once, here) ------------------
UNDER_3_MONTHS_FEVER = flag(
    "under_3_months_fever",
    "Is the baby under 3 months old with a temperature of 38 °C or higher?",
    "a baby under 3 months old with a temperature of 38 °C or higher",
    L2,
    f"{NG143}: under 3 months with 38 °C or more is a red feature [M]; {NG143_REMOTE}; "
    "ESI v5 paediatric fever: under 3 months consider ESI 2 [V]; nhs.uk asks for an urgent GP/111 [V]; "
    "the engine takes the more urgent option, as vitals.py does [E]",
    "fever",
)
BILIOUS_VOMIT = flag(
    "green_vomit",
    "Is the baby bringing up green vomit (the colour of grass or bile)?",
    "green (bile-coloured) vomit",
    L2,
    f"{NHS_REFLUX}; {BILIOUS}; raised from urgent GP to A&E because a twisted bowel needs surgery within hours [E]",
)
SWOLLEN_TUMMY = flag(
    "swollen_tummy",
    "Is the baby's tummy swollen or hard, or does it seem to hurt when touched?",
    "a swollen, hard or tender tummy",
    L2,
    # 2026.12 expected-outcome review: a swollen tummy in a baby can be a blocked bowel -> A&E now [M]
    f"{NHS_REFLUX}; {CKS_COLIC}",
)

COMPLAINTS = (
    # --- Fever in a baby or young child -------------------------------------------------------
    complaint(
        "child_fever",
        "Fever in a baby or young child (under 5)",
        GENERAL,
        (
            "baby has a temperature",
            "toddler fever",
            "feverish child",
            "hot baby",
            "baby burning up",
            "child high temperature",
            "kid has a fever",
            "baby feels hot",
        ),
        L5S,
        CENTRAL,
        (
            UNDER_3_MONTHS_FEVER,
            flag(
                "age_3_6_months_39",
                "Is the baby aged 3 to 6 months with a temperature of 39 °C or higher?",
                "a baby aged 3 to 6 months with a temperature of 39 °C or higher",
                L3,
                f"{NG143}: 3-6 months with 39 °C or more is an amber feature [M]; {NG143_REMOTE}; "
                f"{NHS_FEVER_CHILD} (urgent GP/111); {HT_FEVER}",
                "fever",
            ),
            flag(
                "fever_5_days",
                "Has the fever lasted 5 days or more?",
                "a fever lasting 5 days or more",
                L3,
                f"{NG143}: fever for 5 days or more is amber (think of Kawasaki disease) [M]; {NG143_IFP}; "
                f"{NHS_FEVER_CHILD}; asked as a question because day 5 falls inside the 3-6 day band [E]",
                "fever",
            ),
            flag(
                "first_or_long_fit",
                "Has the child had a fit (seizure) for the first time, a fit lasting 5 minutes or more, "
                "or are they not back to normal after a fit?",
                "a first fit, a fit lasting 5 minutes or more, or not recovering after a fit",
                L2ES,
                f"{HT_FIT}; {NHS_FEVER_CHILD} (call 999 for a first fit); {NG143}: status epilepticus and focal "
                "seizures are red [M]",
                "fever",
            ),
            flag(
                "repeat_short_fit",
                "Has a child who has had fits with a fever before had another short fit (under 5 minutes) "
                "and recovered fully?",
                "another short fit with a fever in a child who has had them before",
                L3,
                f"{HT_FIT} (a single short fit with full recovery may be cared for at home; a further fit in the "
                "same illness needs review today); the engine asks for a same-day review for any fit [E]",
                "fever",
            ),
            flag(
                "stiff_neck_fontanelle",
                "Does the child have a stiff neck, is bright light bothering them, or is the soft spot on a "
                "baby's head bulging?",
                "a stiff neck, bright light hurting the eyes, or a bulging soft spot (possible meningitis)",
                L2ES,
                f"{NG143}: neck stiffness and a bulging fontanelle are red [M]; {NHS_FEVER_CHILD} (call 999 or A&E); "
                f"{NG51}",
                "fever",
            ),
            flag(
                "swollen_limb_joint",
                "Is an arm, leg or joint swollen, or has the child stopped putting weight on a leg or using an arm?",
                "a swollen limb or joint, or not using an arm or leg, with a fever (possible bone or joint infection)",
                L3E,
                f"{NG143}: a swollen limb or joint or a non-weight-bearing limb is amber [M]; {CKS_LIMP}; "
                "sent to an emergency department because a joint infection needs blood tests and imaging the "
                "same day [E]",
                "fever",
            ),
            flag(
                "rigors",
                "Is the child having shaking attacks they cannot stop (rigors), not just feeling shivery?",
                "shaking attacks (rigors) with a fever",
                L3,
                f"{NG143}: rigors are amber [M]; {HT_FEVER}",
                "fever",
            ),
            flag(
                "breathing_faster",
                "Is the child breathing faster than usual, or are their nostrils flaring as they breathe?",
                "breathing faster than usual or flaring nostrils",
                L3,
                f"{NG143}: tachypnoea and nasal flaring are amber [M]; {HT_FEVER} (breathing a bit faster is amber)",
            ),
            flag(
                "malaria_travel",
                "Has the child been to a country with malaria in the last year?",
                "a fever after travel to a malaria area",
                L3E,
                "UKHSA malaria: same-day testing for a fever after travel to a malaria area [M]",
                "fever",
            ),
        ),
        tags=("fever", "infective", "infant_concern"),
        why="A feverish child who is drinking, playing and behaving much as usual, with none of the warning signs, "
        "can be looked after at home: offer plenty of drinks, use paracetamol or ibuprofen if they are distressed, "
        "check on them during the night, and get help if a warning sign appears or you are worried.",
        source=f"{NG143}: green = home care with safety-net advice [M]; {NG143_REMOTE}; "
        f"{HT_FEVER} (green: care at home)",
        persist=(
            after(
                7,
                L3,
                "A fever lasting 5 days or more in a young child should be checked by a clinician within 24 hours.",
                f"{NG143}: fever for 5 days or more is amber [M]; {NG143_IFP}; the 7-day band is wholly past the "
                "5-day threshold, days 5-6 are asked by the fever_5_days question [E]",
            ),
        ),
    ),
    # --- Crying, floppy or unusually sleepy baby ----------------------------------------------
    complaint(
        "crying_floppy_baby",
        "Baby crying and won't settle, or floppy or unusually sleepy",
        GENERAL,
        (
            "baby won't stop crying",
            "colic",
            "crying baby",
            "inconsolable baby",
            "floppy baby",
            "baby very sleepy",
            "baby screaming",
            "unsettled baby",
            "baby hard to wake",
        ),
        L5S,
        CENTRAL,
        (
            flag(
                "floppy_weak_cry",
                "Is the baby floppy, or is their cry weak, moaning or high-pitched and unlike their usual cry?",
                "a floppy baby, or a weak, moaning or high-pitched cry",
                L2ES,
                f"{NG143}: weak, high-pitched or continuous cry and reduced tone are red [M]; {HT_CRY} (999/A&E); "
                f"{NG51}; a long ordinary cry is asked separately so that colic is not sent to A&E [E]",
                "covers:ds_child_floppy_cry",
                "glucose_symptom",
            ),
            flag(
                "hard_to_wake",
                "Is the baby very hard to wake, or do they not stay awake when woken?",
                "a baby who is hard to wake or does not stay awake",
                L2ES,
                f"{NG143}: does not wake, or does not stay awake when roused, is red [M]; {HT_CRY}; {NG51}",
                "covers:ds_child_hard_to_wake",
                "glucose_symptom",
            ),
            flag(
                "cry_unlike_usual",
                "Is this crying new and different from the baby's usual crying (for example sudden screaming as "
                "if in pain), and nothing settles it even for a short while?",
                "new, different crying that nothing settles",
                L3,
                f"{HT_CRY} (cannot be settled: contact a doctor or nurse today); {CKS_COLIC} (crying unlike the "
                "baby's usual pattern)",
            ),
            flag(
                "fever",
                "Does the baby have a temperature of 38 °C or higher, or feel hot to touch?",
                "a high temperature with the crying",
                L3,
                f"{CKS_COLIC}; {NG143} (under 3 months the engine's infant fever rule sends the baby to A&E) [M]",
                "fever",
            ),
            BILIOUS_VOMIT,
            flag(
                "blood_in_poo",
                "Is there blood in the baby's poo, or poo that looks like redcurrant jelly?",
                "blood or redcurrant-jelly poo with bouts of crying (possible bowel blockage)",
                L3E,
                f"{NHS_REFLUX}; {CKS_COLIC}; with bouts of crying this can be intussusception, which needs "
                "hospital care the same day [M]",
            ),
            SWOLLEN_TUMMY,
            flag(
                "groin_scrotum_lump",
                "Is there a new lump in the groin, or a swollen, red or painful scrotum?",
                "a new groin lump or a swollen, painful scrotum (possible trapped hernia or twisted testicle)",
                L2,
                f"{CKS_COLIC} (incarcerated hernia, testicular torsion); {TORSION}",
            ),
            flag(
                "hair_tourniquet",
                "Is a finger, toe or the penis red, swollen or painful, or does it look tied by a hair or thread?",
                "a red, swollen finger, toe or penis (possible hair tourniquet)",
                L3E,
                f"{HT_CRY} (very red, swollen or painful fingers or toes: A&E) [V]",
            ),
            flag(
                "bruise_or_limb",
                "Is there a bruise anywhere on the baby, or an arm or leg they will not move or cry when it is "
                "touched?",
                "a bruise on a baby, or an arm or leg they will not move",
                L3E,
                f"{MALTREAT}; possible fracture in an infant needs same-day imaging [E]",
            ),
            flag(
                "might_harm_baby",
                "Are you afraid you might lose control and shake or hurt the baby?",
                "a carer afraid they might shake or hurt the baby",
                L3,
                "ICON crying-baby programme (put the baby down safely and get help) [M]; "
                f"{NHS_COLIC}; same-day support protects the baby from abusive head trauma [E]",
            ),
            flag(
                "cannot_cope",
                "Are you finding it very hard to cope with the crying?",
                "a carer finding it very hard to cope",
                L4U,
                NHS_COLIC,
            ),
        ),
        # No "infant_concern" tag: a well baby under 3 months with colic (or reflux) is cared for at home
        # (nhs.uk); the warning-sign questions and the danger-sign layer catch the unwell baby [E].
        tags=(),
        why="Many well babies cry for hours, especially in the evening in the first 3 to 4 months (colic). If the "
        "baby is feeding, growing and has none of the warning signs, comfort, holding and feeding as usual are "
        "enough; a health visitor can help.",
        source=f"{NHS_COLIC} (baby does not usually need a doctor); {HT_CRY} (green: care at home); "
        "NICE CKS infantile colic [M]",
        persist=(
            after(
                7,
                L5R,
                "A baby over 4 months old who has had colic-like crying for a week or more should be seen by a GP.",
                f"{NHS_COLIC}; colic is usually over by 3-4 months, so only older babies get this rule; "
                "for younger babies weeks of crying is typical colic and stays with the health visitor [E]",
                min_age=4 / 12,
            ),
        ),
    ),
    # --- Baby feeding problems, reflux ---------------------------------------------------------
    complaint(
        "baby_feeding_problem",
        "Baby not feeding well or bringing up feeds",
        GENERAL,
        (
            "baby won't feed",
            "baby not feeding",
            "baby sick after feeds",
            "reflux in baby",
            "posseting",
            "baby spitting up milk",
            "refusing bottle",
            "won't breastfeed",
            "baby feeding less",
            "projectile vomiting baby",
        ),
        L5S,
        CENTRAL,
        (
            BILIOUS_VOMIT,
            flag(
                "projectile_vomiting",
                "Is the baby being sick with great force (projectile vomiting), after most feeds?",
                "forceful (projectile) vomiting after feeds (possible pyloric stenosis)",
                L3,
                NHS_REFLUX,
            ),
            flag(
                "blood_in_vomit",
                "Is there blood in the baby's vomit?",
                "blood in the vomit",
                L2,
                # 2026.12 expected-outcome review: blood in a baby's vomit needs assessment now [M]
                NHS_REFLUX,
            ),
            flag(
                "blood_in_poo",
                "Is there blood in the baby's poo?",
                "blood in the poo",
                L3,
                NHS_REFLUX,
            ),
            SWOLLEN_TUMMY,
            flag(
                "keeps_vomiting",
                "Is the baby being sick after every feed and keeping no milk down?",
                "vomiting every feed and keeping no milk down",
                L3,
                f"{NHS_REFLUX}; {CG84}",
            ),
            flag(
                "under_half_feeds",
                "Over the last day, has the baby taken less than half of their usual feeds?",
                "taking less than half of their usual feeds",
                L3,
                f"{NG9}; {NG143}: poor feeding in infants is amber [M]; {HT_CROUP} (poor feeding, less than half "
                "of the usual amount: amber)",
                "covers:ds_child_not_feeding",
            ),
            flag(
                "dry_nappies",
                "Has the baby had fewer wet nappies than usual, or no wet nappy for 12 hours?",
                "fewer wet nappies than usual or none for 12 hours",
                L3,
                f"{CG84}: reduced urine output [M]; {NG143}: reduced urine output is amber [M]; {HT_FEVER} "
                "(no wee or wet nappy for 8-12 hours: amber)",
                "covers:ds_child_dry_nappies",
            ),
            flag(
                "dehydration_signs",
                "Does the baby have a sunken soft spot on the head, sunken eyes, a dry mouth, or no tears when crying?",
                "a sunken soft spot, sunken eyes, a dry mouth or no tears (dehydration)",
                L3,
                f"{CG84}; {HT_CRY} (looks dehydrated: call 111 or an urgent GP)",
            ),
            flag(
                "sleepy_not_waking",
                "Is the baby too sleepy to wake for feeds, or too weak to suck?",
                "too sleepy to wake for feeds or too weak to suck",
                L2ES,
                # 2026.12 expected-outcome review: NICE NG143 red: does not wake or stay awake -> 999 (matches
                # ds_child_hard_to_wake) [M]
                f"{HT_CRY} (increasingly sleepy and not waking for feeds: contact a doctor today); {NG143} [M]",
            ),
            flag(
                "blue_with_feeds",
                "Does the baby go blue, stop breathing or go limp during or after feeds?",
                "going blue, stopping breathing or going limp with feeds",
                L1,
                # 2026.12 expected-outcome review: a baby who goes blue, stops breathing or goes limp -> call 999
                # (NICE NG143 red, apnoea) [M]
                "ESI v5 decision point B: a brief episode of going blue or limp in an infant is high risk [M]; "
                f"{NG9} (apnoea)",
            ),
            flag(
                "fever",
                "Does the baby have a temperature of 38 °C or higher, or feel hot and shivery?",
                "a high temperature with feeding problems",
                L3,
                f"{NHS_REFLUX} (urgent GP/111 for a high temperature); {NG143} [M]",
                "fever",
            ),
            flag(
                "jaundice_warning",
                "Is the baby yellow (skin or the whites of the eyes) and either less than a day old, still yellow "
                "after 2 weeks (3 weeks if born early), getting more yellow, or passing pale, chalky poo?",
                "yellow skin in the first day, after 2 weeks, getting worse, or with pale chalky poo",
                L3,
                f"{HT}, jaundice: first 24 hours, worsening, pale chalky poo or beyond 2 weeks (3 if premature) = "
                "contact a doctor or nurse today [V]; NICE CG98 neonatal jaundice: pale stools need urgent "
                "referral [M]",
            ),
            flag(
                "weight_loss",
                "Is the baby losing weight, or not putting on weight as expected (for example at weigh-ins)?",
                "losing weight or not gaining weight",
                L4R,
                f"{NHS_REFLUX} (see a GP if not gaining weight or losing weight)",
            ),
        ),
        # No "infant_concern" tag: a well baby under 3 months with colic (or reflux) is cared for at home
        # (nhs.uk); the warning-sign questions and the danger-sign layer catch the unwell baby [E].
        tags=(),
        why="Bringing up small amounts of milk during or after feeds (reflux) is very common and usually "
        "stops by the age of 1. A happy baby who is feeding and putting on weight does not need a doctor; "
        "feeding upright, burping often and smaller, more frequent feeds can help, and a health visitor "
        "can advise.",
        source=f"{NHS_REFLUX} (no doctor needed if happy, healthy and gaining weight)",
        persist=(
            after(
                7,
                L5R,
                "Feeding problems or reflux still going on after the first birthday should be checked by a GP.",
                f"{NHS_REFLUX} (see a GP if reflux continues after 1 year) [V]; NICE NG1 GORD: regurgitation in a "
                "thriving infant needs no investigation [M]; under 1 the weight_loss and feeding questions decide [E]",
                min_age=1,
            ),
        ),
    ),
    # --- Croup and noisy breathing -------------------------------------------------------------
    complaint(
        "croup_noisy_breathing",
        "Croup, barking cough or noisy breathing in a child",
        "Respiratory",
        (
            "croup",
            "barking cough",
            "seal cough",
            "croupy",
            "noisy breathing child",
            "rasping breath",
            "stridor",
            "bronchiolitis",
            "hoarse toddler",
        ),
        L4U,
        CENTRAL,
        (
            flag(
                "drooling_cannot_swallow",
                "Is the child drooling, unable to swallow their own spit, or sitting up and leaning forward "
                "to breathe?",
                "drooling, unable to swallow or leaning forward to breathe (possible airway blockage)",
                L2ES,
                f"{HT_CROUP} (drooling and struggling to swallow: red); epiglottitis or bacterial tracheitis: "
                "keep the child calm and upright and call 999 [M]",
            ),
            flag(
                "quiet_exhausted",
                "While struggling to breathe, has the child become unusually quiet, still, drowsy or floppy, or "
                "very restless and agitated?",
                "unusually quiet, drowsy or very agitated while struggling to breathe (severe croup)",
                L1,
                f"{NHS_CROUP}; {CKS_CROUP} (agitation or lethargy = severe; impending respiratory failure); "
                "ESI v5 decision point A [V]",
            ),
            flag(
                "recession_grunting",
                "Is the skin sucking in between or under the ribs or at the base of the neck with each breath, is "
                "the child grunting, or are there pauses in their breathing?",
                "sucking in under the ribs, grunting, or pauses in breathing",
                L2ES,
                f"{NHS_CROUP} (tummy sucking in: call 999); {CKS_CROUP} (recession at rest); {NG9} (apnoea, "
                "grunting, severe recession)",
                "covers:ds_child_breathing",
            ),
            STRIDOR,
            flag(
                "stridor_when_upset",
                "Is there a harsh noise when the child breathes in, but only when they are crying or upset?",
                "a harsh noise breathing in only when upset",
                L3,
                f"{HT_CROUP} (stridor only when upset: amber); {CKS_CROUP}",
            ),
            flag(
                "breathing_faster",
                "Is the child breathing a bit faster than usual or working a bit harder to breathe?",
                "breathing faster or working harder than usual",
                L3,
                f"{HT_CROUP} (amber); {NG143}: tachypnoea is amber [M]",
            ),
            flag(
                "very_unwell_high_fever",
                "Has the child suddenly got a very high temperature and seems very unwell?",
                "a sudden very high temperature and seeming very unwell",
                L2ES,
                # 2026.12 expected-outcome review: possible epiglottitis or bacterial tracheitis: airway emergency ->
                # 999 (NICE CKS croup) [M]
                f"{NHS_CROUP} (very high temperature or very ill: 999/A&E); possible bacterial tracheitis [M]",
                "fever",
            ),
            flag(
                "choked_object",
                "Did the noisy breathing start suddenly after choking or coughing on food or a small object?",
                "noisy breathing that began after choking on food or an object",
                L2ES,
                # 2026.12 expected-outcome review: an inhaled object with noisy breathing threatens the airway -> 999
                # [M]
                "Inhaled foreign body: ESI v5 decision point B [M]; NICE CKS croup differential diagnosis [M]",
            ),
            flag(
                "under_3_months",
                "Is the baby under 3 months old?",
                "croup-like breathing in a baby under 3 months",
                L3E,
                f"{CKS_CROUP} (consider admission under 3 months) [M]; {NG9} (under 6 weeks at higher risk)",
            ),
            flag(
                "airway_risk",
                "Has the child had croup bad enough for a hospital stay before, or do they have a narrow airway, "
                "Down syndrome or a heart or lung condition?",
                "a past severe croup, a narrow airway, Down syndrome or a heart or lung condition",
                L3,
                f"{CKS_CROUP} (risk factors for severe croup) [M]; {NG9} (comorbidities) [M]",
            ),
            reassurance(
                "treated_and_improving",
                "Has a doctor or nurse already seen your child for this croup and given a steroid medicine, and is "
                "the child now getting better?",
                "croup that has been checked, treated with a steroid and is improving can be cared for at home: "
                "keep the child calm and upright, give fluids and fever medicine if needed, and get help at once "
                "if the noisy breathing comes back at rest or breathing gets harder",
                "NICE CKS Croup: a single dose of oral dexamethasone; mild croup is managed at home with "
                "safety-netting [M]; NHS Healthier Together croup: no red or amber features, care at home [M]",
            ),
        ),
        tags=("infective",),
        why="Croup (a barking cough with a hoarse voice) is usually mild, but a GP can give a single dose of "
        "steroid medicine that helps, so the child should be seen within about 24 hours. Keep them calm and "
        "upright and give drinks; do not use steam.",
        source=f"{CKS_CROUP} (a single dose of oral dexamethasone for all children with croup) [M]; "
        "nhs.uk croup (urgent GP/111 if you think your child has croup) [M]; " + HT_CROUP,
        persist=(
            after(
                3,
                L3,
                "Croup that is no better after 48 hours should be checked by a clinician within 24 hours.",
                "nhs.uk croup: see a GP or call 111 if it does not go away after 48 hours (NHS-adapted copy) [V]; "
                "more than 2 days starts the 3-day band exactly",
            ),
        ),
    ),
    # --- Rash in a child ----------------------------------------------------------------------
    complaint(
        "child_rash",
        "Rash in a baby or child",
        "Skin",
        (
            "baby rash",
            "child rash",
            "toddler spots",
            "kid rash",
            "rash on baby",
            "spotty baby",
            "viral rash child",
            "slapped cheek",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "non_blanching",
                "Does the rash stay visible when a clear glass is pressed firmly on it (it does not fade)?",
                "a rash that does not fade under a glass (possible meningococcal sepsis)",
                L2ES,
                f"{NHS_RASH}; {HT_RASH}; {NG143}: non-blanching rash is red [M]; {NG51}",
                "covers:ds_non_blanching_rash",
            ),
            ANAPHYLAXIS_SIGNS,
            flag(
                "stiff_neck_light",
                "With the rash, does the child have a stiff neck, or does bright light bother them?",
                "a rash with a stiff neck or bright light hurting the eyes (possible meningitis)",
                L2ES,
                NHS_RASH,
                "fever",
            ),
            flag(
                "skin_peeling",
                "Is the skin peeling away in large areas or looking scalded?",
                "skin peeling away in large areas or looking scalded",
                L3E,
                f"{HT_RASH} (significant skin peeling: amber); scalded skin syndrome or a severe drug reaction "
                "needs hospital care, so the engine sends the child to an emergency department [E]",
            ),
            flag(
                "blistering",
                "Is the rash blistering (not chickenpox)?",
                "a blistering rash",
                L3,
                HT_RASH,
            ),
            flag(
                "painful_rash",
                "Is the rash painful?",
                "a painful rash",
                L3,
                HT_RASH,
            ),
            flag(
                "whole_body",
                "Does the rash cover almost all of the body?",
                "a rash over almost all of the body",
                L3,
                f"{HT_RASH} (rash over more than 90% of the body: amber)",
            ),
            flag(
                "red_lips_eyes",
                "With the rash, are the child's lips red and cracked, the tongue very red, or both eyes red "
                "without any sticky discharge?",
                "red cracked lips, a very red tongue or red eyes with the rash (possible Kawasaki disease)",
                L3,
                f"{HT_RASH} (red lips or red tongue: amber); {NG143}: Kawasaki disease features [M]",
            ),
            flag(
                "after_chickenpox",
                "Did the child have chickenpox in the last few days and is now more unwell, with a new fever or a "
                "spreading red rash?",
                "more unwell with a new fever or spreading redness after chickenpox",
                L3,
                f"{HT_RASH} (chickenpox then more unwell with fever and spreading redness: amber)",
                "fever",
            ),
            flag(
                "fever",
                "Does the child have a temperature of 38 °C or higher?",
                "a rash with a fever",
                INFO,
                f"{NG143} (records the fever for the infant and special-population rules) [M]",
                "fever",
            ),
        ),
        why="Most rashes in children are caused by viruses or mild skin problems and go away on their own. If "
        "the rash fades under a glass and the child is otherwise well, care at home is usually enough.",
        source=f"{HT_RASH} (green: care at home); nhs.uk rashes in babies and children [M]",
        persist=(
            after(
                7,
                L5R,
                "A rash in a child that has lasted a week or more without getting better should be seen by a GP.",
                "nhs.uk rashes in babies and children: see a GP if a rash is not getting better [M]; "
                "a week is the engine's threshold [E]",
            ),
        ),
    ),
    # --- Nappy rash ---------------------------------------------------------------------------
    complaint(
        "nappy_rash",
        "Nappy rash",
        "Skin",
        (
            "nappy rash",
            "diaper rash",
            "red bottom baby",
            "baby sore bottom",
            "rash in nappy area",
            "napkin rash",
            "sore nappy area",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "infected_blisters",
                "Are there blisters, pus-filled spots, yellow crusts, or raw, weeping skin?",
                "blisters, pus, crusts or raw weeping skin (possible skin infection)",
                L4U,
                f"{NHS_NAPPY} (a GP may prescribe if infection is likely); NICE CKS nappy rash: bacterial "
                "infection needs antibiotics [M]",
            ),
            flag(
                "fever",
                "Does the baby have a temperature of 38 °C or higher?",
                "a high temperature with nappy rash",
                L4U,
                f"{NHS_NAPPY}; a feverish baby is assessed within 24 hours by the engine, and under 3 months "
                "the infant fever rule applies [E]",
                "fever",
            ),
            flag(
                "spreading",
                "Is the rash spreading beyond the nappy area, or is it bright red with small spots spreading into the "
                "skin folds?",
                "a nappy rash that is spreading, or bright red into the skin folds (possible thrush)",
                L5R,
                f"{NHS_NAPPY}; NICE CKS nappy rash: candida suspected [M]",
            ),
            flag(
                "very_uncomfortable",
                "Is the baby very uncomfortable or distressed by the rash?",
                "a baby very uncomfortable with the rash",
                L5R,
                NHS_NAPPY,
            ),
        ),
        why="Nappy rash is common and usually clears in a few days with frequent changes, nappy-free time, "
        "gentle cleaning and a thin layer of barrier cream; a pharmacist can recommend a cream.",
        source=NHS_NAPPY,
        persist=(
            after(
                7,
                L5R,
                "A nappy rash that has not cleared after a week of skin care and a pharmacy cream should be checked "
                "by a health visitor or GP.",
                f"{NHS_NAPPY}; usually clears in about 3 days with skin care, then a pharmacy cream is tried (NICE CKS "
                "nappy rash) [M]; a week is the engine's threshold [E]",
            ),
        ),
        self_care_first="nhs.uk Nappy rash: see a GP or health visitor if it has not gone after a week of home "
        "treatment [M]",
    ),
    # --- Teething -----------------------------------------------------------------------------
    complaint(
        "teething",
        "Teething",
        "ENT – Mouth, Throat, Neck",  # noqa: RUF001 - group name as in common.GROUPS
        (
            "teething",
            "baby teeth coming through",
            "sore gums baby",
            "dribbling and chewing",
            "tooth coming through",
            "teething pain",
            "first tooth",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "fever_38",
                "Does the baby have a temperature of 38 °C or higher?",
                "a temperature of 38 °C or more (not caused by teething)",
                L4U,
                f"{NHS_TEETHING}; a clinician should look for the real cause within 24 hours [E]",
                "fever",
            ),
            flag(
                "face_swelling_pus",
                "Is the cheek or face swollen, or is there pus on the gum?",
                "a swollen face or pus on the gum (possible dental infection)",
                L4U,
                "Dental abscess in a child: urgent dental or GP review (NHS dental urgent care) [M]",
            ),
            flag(
                "diarrhoea_vomiting",
                "Does the baby also have diarrhoea or vomiting?",
                "diarrhoea or vomiting (not caused by teething)",
                INFO,
                f"{NHS_TEETHING}: diarrhoea is not a teething symptom; records fluid loss for the infant "
                f"dehydration rule [M]; {CG84}",
                "gi_fluid_loss",
            ),
            flag(
                "no_teeth_18_months",
                "Is the child 18 months or older with no teeth yet?",
                "no teeth by 18 months",
                L5R,
                "Delayed tooth eruption beyond 18 months: dental or GP review (NICE CKS teething) [M]",
            ),
        ),
        why="Teething can make a baby sore, dribbly, flushed and unsettled for a few days as each tooth comes "
        "through. Something cool to chew, gentle gum rubbing and baby paracetamol or ibuprofen if needed "
        "usually help.",
        source=f"{NHS_TEETHING}; NICE CKS teething: self-care after other causes are excluded [M]",
        persist=(
            after(
                7,
                L5R,
                "Teething symptoms usually last a few days around each tooth; a week or more of symptoms should be "
                "checked by a GP or health visitor for another cause.",
                "NICE CKS teething: symptoms start a few days before each tooth appears [M]; "
                "a week is the engine's threshold [E]",
            ),
        ),
    ),
    # --- Limping child ------------------------------------------------------------------------
    complaint(
        "limp_child",
        "Child limping or not using an arm or leg",
        "Orthopedic",
        (
            "child limping",
            "toddler limping",
            "won't walk",
            "refusing to walk",
            "won't put weight on leg",
            "irritable hip",
            "not using arm",
            "pulled elbow",
            "kid limp",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "fever_limp",
                "Does the child have a temperature of 38 °C or higher, or feel hot and shivery, with the limp?",
                "a limp with a fever (possible joint or bone infection)",
                L3E,
                f"{NHS_LIMP}; {HT_LIMP} (fever: amber); {CKS_LIMP}; septic arthritis needs blood tests and "
                "imaging the same day, so the engine sends the child to an emergency department [E]",
                "fever",
            ),
            flag(
                "deformed_or_broken",
                "Does the leg or arm look a strange shape or point at an odd angle, or do you think a bone is broken?",
                "a limb at an odd angle or a possible broken bone",
                L3E,
                f"{NHS_LIMP}; {HT_LIMP} (possible broken bone: A&E)",
            ),
            flag(
                "sudden_hip_thigh_knee",
                "Did severe pain in the hip, thigh or knee come on suddenly?",
                "sudden severe pain in the hip, thigh or knee",
                L3E,
                f"{NHS_LIMP}; {CKS_LIMP} (unstable slipped upper femoral epiphysis)",
            ),
            flag(
                "tummy_testicle_pain",
                "Does the child also have severe pain low in the tummy or in a testicle?",
                "severe pain low in the tummy or in a testicle",
                L2,
                f"{NHS_LIMP}; {TORSION}",
            ),
            flag(
                "non_weight_bearing",
                "Is the child refusing to put any weight on the leg, or unable to stand or walk?",
                "not putting any weight on the leg",
                L3E,
                # 2026.12 expected-outcome review: NICE CKS acute childhood limp: a child who will not bear weight
                # needs same-day hospital assessment [M]
                f"{HT_LIMP} (unable to put any weight on the leg: amber); {CKS_LIMP}",
            ),
            flag(
                "hot_swollen_joint",
                "Is a joint red, hot or swollen?",
                "a red, hot or swollen joint",
                L3E,
                # 2026.12 expected-outcome review: a hot swollen joint in a child may be septic arthritis -> same-day
                # hospital assessment [M]
                f"{HT_LIMP} (swollen, red or hot joint: amber); {CKS_LIMP}",
            ),
            flag(
                "under_3_years",
                "Is the child under 3 years old?",
                "a limp in a child under 3 years old",
                L3E,
                # 2026.12 expected-outcome review: NICE CKS acute childhood limp: a limping child under 3 -> same-day
                # specialist assessment [M]
                f"{CKS_LIMP}: irritable hip is uncommon under 3, so joint infection, a toddler's fracture and "
                "hip problems must be ruled out the same day [M]",
            ),
            flag(
                "age_9_plus_hip_knee",
                "Is the child 9 years or older with pain in the hip, groin, thigh or knee?",
                "hip, thigh or knee pain in a child aged 9 or over (possible slipped hip growth plate)",
                L3E,
                # 2026.12 expected-outcome review: NICE CKS acute childhood limp: 9 or over with hip or knee pain
                # (possible slipped epiphysis) -> same-day specialist assessment [M]
                CKS_LIMP,
            ),
            flag(
                "pulled_arm",
                "Did it start after the child's arm was pulled or they were swung by the arms, and now they will "
                "not use that arm?",
                "not using an arm after it was pulled (possible pulled elbow)",
                L4U,
                "Pulled elbow (radial head subluxation): a clinician can put it back quickly; nhs.uk pulled elbow [M]",
            ),
            flag(
                "night_pain_pale_bruising",
                "Does the pain wake the child at night, or are they pale, tired, losing weight or bruising easily?",
                "night pain, paleness, tiredness, weight loss or easy bruising with a limp",
                L4U,
                NG12_CHILD,
            ),
        ),
        why="A child aged 3 to 9 who is well, has no fever and can walk on the leg usually has a minor strain or an "
        "irritable hip that settles within a few days: rest and paracetamol or ibuprofen help. If the limp is no "
        "better after 48 hours, or any warning sign appears, get the child checked.",
        source=f"{HT_LIMP} (slowly improving and otherwise well: care at home); NICE CKS acute childhood limp: a "
        "well, afebrile, mobile child aged 3-9 limping under 48-72 hours can be managed at home and reviewed "
        "(primary-care summary) [V]; under 3, 9 or over, fever, not weight-bearing, night pain and over 48 hours "
        "are asked separately [E]",
        persist=(
            after(
                3,
                L3,
                "A limp that is no better after 48 hours should be checked by a clinician today.",
                f"{HT_LIMP} (no better after 48 hours: amber); more than 2 days starts the 3-day band exactly",
            ),
        ),
    ),
)
