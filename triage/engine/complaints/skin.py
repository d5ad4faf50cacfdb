"""Skin complaints."""

from __future__ import annotations

from .common import (
    ANAPHYLAXIS,
    ANAPHYLAXIS_SIGNS,
    BURNS,
    CTAS_BLEED,
    CTAS_RESP,
    DEHYD_MODERATE,
    ENGINE,
    ESI_A,
    ESI_B,
    FEVER,
    HEATSTROKE,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4U,
    L5R,
    L5S,
    LIMB,
    MENINGITIS,
    NICE_CANCER,
    PERIPHERAL,
    SEPSIS,
    SKIN_INF,
    SPREADING_INFECTION,
    after,
    complaint,
    flag,
    reassurance,
    usual,
)

SKIN = "Skin"
NHS_HIVES = (
    "nhs.uk hives: urgent GP appointment / NHS 111 if not better after 2 days, spreading, keeps coming back, or "
    "with a fever [V]"
)
ITCH = "nhs.uk / NHS inform itchy skin: see a GP if severe, long-lasting, all over, or keeps coming back [V]"
ECZEMA = "NICE CG57 / NICE CKS atopic eczema: infected eczema and eczema herpeticum [M]"
POX = "nhs.uk chickenpox: urgent GP list (antivirals within 24 hours of the spots) [V]; HSE chickenpox [V]"
SCABIES = "nhs.uk scabies / head lice: treat with a pharmacy product, everyone at home at once [V]"
NAIL = "nhs.uk ingrown toenail: see a GP if painful, infected, not helped by home treatment, or with diabetes [M]"

NHS_SUN = (
    "nhs.uk sunburn (NHS Choices copy): see a GP or NHS 111 for severe sunburn such as blistering or swelling, "
    "and for sunburn in a baby or young child [V]"
)

NEW_MEDICINE = flag(
    "new_medicine",
    "Did it start after a new medicine?",
    "a skin reaction after a new medicine",
    L3,
    # 2026.12 expected-outcome review: a rash after a new medicine can be a serious drug reaction -> clinician within
    # 24 hours [M]
    f"{ENGINE}; MHRA: report suspected drug reactions [M]",
)
# A boil is a reassuring pattern in both complaints a patient may choose for it (skin_lump, skin_infection).
SINGLE_BOIL = reassurance(
    "single_small_boil",
    "Is it a single boil: a red, painful lump (it may have a yellow or white head), not on your face, that "
    "started in the last 2 weeks, with redness that is not spreading, and you do not keep getting boils?",
    "a single boil usually bursts and heals on its own within 2 weeks: hold a warm, damp cloth on it for 10 "
    "minutes 3 or 4 times a day, do not squeeze it, and see a GP if it grows, is very painful, you get a fever or "
    "it has not healed in 2 weeks",
    "nhs.uk Boils: a painful red lump that may have a white or yellow head; most heal on their own; see a GP if "
    "a boil is on the face, very large or painful, you have a fever, it has not healed in 2 weeks, or you keep "
    "getting boils [M]",
)


COMPLAINTS = (
    complaint(
        "rash",
        "Rash",
        SKIN,
        ("rash", "spots", "red skin", "skin rash", "blotches", "red patches", "bumpy skin"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "non_blanching",
                "Is there a rash that does not fade when a glass is pressed firmly against it?",
                "a rash that does not fade under a glass (possible meningococcal disease or sepsis)",
                L2ES,
                f"{MENINGITIS}; nhs.uk rashes: call 999 if a rash does not fade under a glass [M]",
                "covers:ds_non_blanching_rash",
            ),
            FEVER,
            ANAPHYLAXIS_SIGNS,
            flag(
                "blistering_mucosa",
                "Is the skin blistering or peeling, with sore eyes, mouth or genitals?",
                "blistering or peeling skin with sore eyes or mouth (possible severe drug reaction)",
                L2,
                f"{ESI_B}; Stevens-Johnson syndrome [M]",
            ),
            flag(
                "widespread_fever",
                "Is the rash widespread, with a high fever, and the person seems unwell?",
                "a widespread rash with high fever",
                L3,
                ESI_B,
                "fever",
            ),
            flag(
                "pregnant_exposure",
                "Are you pregnant with a new rash, or have you been near someone with chickenpox or measles?",
                "a rash or chickenpox/measles contact in pregnancy",
                L4U,
                "UKHSA rash in pregnancy guidance [M]",
                "pregnancy_only",
            ),
            NEW_MEDICINE,
        ),
        persist=(
            after(
                7,
                L5R,
                "A rash that has not gone after a week should be checked by a GP or pharmacist.",
                "nhs.uk rashes: see a GP if a rash does not go away [M]; engine review after a week [E]",
            ),
        ),
    ),
    complaint(
        "skin_infection",
        "Red, hot, swollen skin, boil or abscess",
        SKIN,
        ("cellulitis", "boil", "abscess", "infected skin", "red swollen skin", "infected cut"),
        L4U,
        PERIPHERAL,
        (
            flag(
                "spreading_unwell",
                "Do you have a fever and feel very unwell, shivery or faint?",
                "a skin infection with fever and feeling very unwell",
                L2,
                SEPSIS,
                "fever",
            ),
            flag(
                "spreading_fast",
                "Is the redness spreading quickly, over a few hours?",
                "redness spreading quickly",
                L3E,
                # 2026.12 expected-outcome review: redness spreading over hours can be a severe soft-tissue infection
                # (NICE NG141) -> A&E now, the more urgent reading [M]
                SKIN_INF,
            ),
            flag(
                "severe_dark_skin",
                "Is the pain much worse than the skin looks, or is the skin dark, blistered or crackling?",
                "pain out of proportion or dark, blistered skin (possible necrotising infection)",
                L2,
                f"{ESI_B}; necrotising fasciitis recognition [M]",
            ),
            flag(
                "near_eye",
                "Is it on the face near the eye?",
                "a skin infection near the eye",
                L3E,
                "Periorbital cellulitis (NICE CKS) [M]",
            ),
            flag(
                "red_line",
                "Is there a red line spreading up the arm or leg?",
                "a red line spreading up the limb",
                L3,
                SKIN_INF,
            ),
            SINGLE_BOIL,
        ),
        tags=("infective",),
        why="Red, hot, swollen skin may need antibiotics or drainage: see a clinician within about 24 hours.",
        source=SKIN_INF,
    ),
    complaint(
        "burn",
        "Burn or scald",
        SKIN,
        ("burn", "scald", "burnt hand", "hot water burn", "blister from burn"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "airway_burn",
                "Did you breathe in smoke or hot gases, or is your voice hoarse, or is there soot "
                "around the mouth or nose?",
                "breathing in smoke or hot gases, a hoarse voice or soot around the mouth",
                L2ES,
                f"{BURNS}; {CTAS_RESP}",
            ),
            flag(
                "large_or_deep",
                "Is the burn larger than the person's palm, or is the skin white, leathery or charred?",
                "a burn larger than the palm, or white, leathery or charred skin",
                L3E,
                BURNS,
            ),
            flag(
                "special_area",
                "Is the burn blistered, raw or deeper (not just red), and on the face, hands, feet, genitals or "
                "over a joint, or does it go all the way around a limb?",
                "a blistered or deeper burn on the face, hands, feet, genitals or a joint",
                L3E,
                f"{BURNS}; NHS burns and scalds (NHS Wales / NHS GGC copies): A&E for burns on the face, hands, "
                "arms, feet, legs or genitals that cause blisters; a red burn without blisters is treated at home [V]",
            ),
            flag(
                "chemical_electric",
                "Was it caused by a chemical or electricity?",
                "a chemical or electrical burn",
                L3E,
                BURNS,
            ),
            flag("blistered", "Has the burn blistered?", "a blistered burn", L4U, BURNS),
            SPREADING_INFECTION,
        ),
        tags=("trauma",),
        persist=(
            after(
                14,
                L5R,
                "A burn that is not healing after 2 weeks should be checked by a GP or practice nurse.",
                f"{BURNS}: minor burns heal within about 2 weeks [M]; the 2-week band",
            ),
        ),
    ),
    complaint(
        "wound",
        "Cut, graze or wound",
        SKIN,
        ("cut", "laceration", "graze", "wound", "stab", "gash", "scrape", "needs stitches"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "uncontrolled_bleeding",
                "Is blood spurting, or soaking through a firmly pressed cloth after 10 minutes?",
                "spurting bleeding or bleeding through firm pressure",
                L2ES,
                f"{ESI_A} (uncontrolled haemorrhage); {CTAS_BLEED}",
                "bleed_major",
            ),
            flag(
                "gaping",
                "Is the cut gaping or deep, longer than 5 cm, or on the face?",
                "a gaping, deep or long cut, or a cut on the face (may need stitches)",
                L4U,
                "Wound closure within 12-24 h [M]; CTAS bleeding: deep laceration [M]",
                "bleed_major",
            ),
            flag(
                "numb_or_weak",
                "Is there numbness, or can you not move a finger or toe normally beyond the cut?",
                "numbness or weak movement beyond the cut (possible nerve or tendon injury)",
                L3E,
                LIMB,
            ),
            flag(
                "dirty_tetanus",
                "Is the wound dirty or from something rusty, and you are not sure your tetanus jabs are up to date?",
                "a dirty wound with uncertain tetanus cover",
                L4U,
                "UKHSA tetanus-prone wounds [M]",
            ),
            flag("object_in_wound", "Is something stuck in the wound?", "something stuck in the wound", L3E, ENGINE),
            SPREADING_INFECTION,
        ),
        tags=("bleed_minor", "trauma"),
        persist=(
            after(
                7,
                L5R,
                "A cut or graze that is not healing after a week should be checked by a GP or practice nurse.",
                "nhs.uk cuts and grazes: see a GP if a wound is not healing [M]; engine review after a week [E]",
            ),
        ),
    ),
    complaint(
        "allergic_reaction",
        "Allergic reaction, hives or itchy swelling",
        SKIN,
        ("allergic reaction", "allergy", "hives", "urticaria", "swollen lips", "nettle rash", "food allergy"),
        L5S,
        PERIPHERAL,
        (
            ANAPHYLAXIS_SIGNS,
            flag(
                "face_swelling",
                "Are the lips, tongue or face swelling, without trouble breathing?",
                "swelling of the lips, tongue or face",
                L2,
                f"{ESI_B} (angioedema); {ANAPHYLAXIS}",
            ),
            flag(
                "adrenaline_used",
                "Have you used an adrenaline auto-injector (such as an EpiPen)?",
                "having used an adrenaline auto-injector",
                L2ES,
                ANAPHYLAXIS,
            ),
            NEW_MEDICINE,
            flag(
                "hives_fever",
                "Do you also have a high temperature and feel unwell?",
                "hives with a high temperature and feeling unwell",
                L4U,
                NHS_HIVES,
                "fever",
            ),
            flag(
                "hives_spreading",
                "Is the rash spreading?",
                "a spreading hives rash",
                L4U,
                NHS_HIVES,
            ),
            flag(
                "keeps_coming_back",
                "Does the rash or swelling keep coming back?",
                "hives that keep coming back (possible allergy)",
                L4U,
                NHS_HIVES,
                "recurrence",
            ),
            flag(
                "first_food_reaction",
                "Was this the first reaction to a food, or do you not yet know what caused it?",
                "a first reaction to a food, or an unknown cause (needs an allergy assessment)",
                L5R,
                "NICE CG116 food allergy in under 19s: allergy-focused clinical history after a suspected reaction "
                "[M]; nhs.uk food allergy: see a GP if you think you or your child has a food allergy [M]",
            ),
        ),
        persist=(
            after(
                3,
                L4U,
                "Hives that have not improved after 2 days should be checked by a GP or NHS 111.",
                f"{NHS_HIVES}: more than 2 days = band starting at 3 days",
            ),
        ),
    ),
    complaint(
        "shingles",
        "Painful blistering rash on one side (shingles?)",
        SKIN,
        ("shingles", "herpes zoster", "band of blisters", "one-sided rash", "painful blisters on one side", "zoster"),
        L4U,
        PERIPHERAL,
        (
            flag(
                "near_eye",
                "Is it on the forehead, tip of the nose or near the eye, or is the eye red or painful?",
                "shingles near the eye",
                L3E,
                "Herpes zoster ophthalmicus: same-day eye assessment [M]",
            ),
            flag(
                "widespread",
                "Has the rash spread over much of the body?",
                "widespread shingles",
                L3E,
                # 2026.12 expected-outcome review: NICE CKS Shingles: consider admission for disseminated shingles or
                # a very unwell person [M]
                "Disseminated zoster (NICE CKS) [M]",
            ),
            reassurance(
                "crusted_and_settling",
                "Has every blister crusted over, more than 3 days after the rash started, and is the pain "
                "getting better?",
                "a shingles rash that has crusted over and is settling is past the time when antiviral medicine "
                "helps: keep it clean and dry, use pharmacy painkillers, and see a GP if pain lasts after the "
                "rash has healed",
                "nhs.uk Shingles: antiviral medicine works best within 3 days of the rash; you are no longer "
                "infectious once the blisters have crusted [M]; NICE CKS Shingles [M]",
            ),
        ),
        tags=("infective",),
        why="Antiviral medicine for shingles works best if started within 3 days: see a clinician within about "
        "24 hours.",
        source="NICE CKS shingles: antivirals within 72 h [M]",
    ),
    complaint(
        "sunburn",
        "Sunburn",
        SKIN,
        (
            "sunburn",
            "sun burn",
            "burnt by the sun",
            "red raw skin from the sun",
            "peeling sunburn",
            "burnt at the beach",
        ),
        L5S,
        PERIPHERAL,
        (
            HEATSTROKE,
            flag(
                "blistering_fever",
                "Is there blistering over a large area, or fever and chills?",
                "widespread blistering or fever with sunburn",
                L4U,
                BURNS,
                "fever",
            ),
            flag("baby", "Is this a baby under 1 year old?", "sunburn in a baby", L4U, BURNS),
            flag(
                "blistered_swollen",
                "Is the sunburnt skin blistered or badly swollen, even in a small area?",
                "blistered or swollen sunburn",
                L4U,
                f"{NHS_SUN} (blistering or swelling of the skin)",
            ),
            flag(
                "young_child",
                "Is this a child under 5?",
                "sunburn in a young child",
                L4U,
                f"{NHS_SUN} (a baby or young child with sunburn); under 5 is the engine's reading of 'young' [E]",
            ),
        ),
        persist=(
            after(
                7,
                L5R,
                "Sunburn that has not settled after a week should be checked by a GP or pharmacist.",
                "nhs.uk sunburn: usually settles within 7 days [M]; engine review after a week [E]",
            ),
        ),
    ),
    complaint(
        "skin_lump",
        "A changing mole or new skin lump",
        SKIN,
        ("mole", "skin lump", "changing mole", "skin cancer", "growth on skin", "cyst"),
        L5R,
        PERIPHERAL,
        (
            flag(
                "changing_mole",
                "Is a mole changing in size, shape or colour, or bleeding or itching?",
                "a changing, bleeding or itchy mole",
                L5R,
                NICE_CANCER,
            ),
            flag(
                "hot_painful",
                "Is the lump hot, red and painful, with a fever?",
                "a hot painful lump with fever",
                L3,
                SKIN_INF,
                "fever",
            ),
            reassurance(
                "unchanged_for_months",
                "Is it a lump or growth on or just under the skin (not in the breast, neck, armpit, groin or "
                "testicle) that has been there for months or years without growing or changing, and is painless "
                "and not bleeding?",
                "a painless skin lump or growth that has not changed for months or years (for example a lipoma or "
                "a seborrhoeic keratosis) is usually harmless: see a GP if it grows, changes, bleeds, becomes "
                "painful or hard",
                "nhs.uk Lipoma: see a GP if a lump is growing, painful, hard or comes back; nhs.uk Seborrhoeic "
                "keratosis: harmless, not cancer; NICE NG12: a growing, changing or bleeding lesion is the concern "
                "[M]",
            ),
            SINGLE_BOIL,
        ),
    ),
    complaint(
        "itchy_skin",
        "Itchy skin without a rash",
        SKIN,
        (
            "itchy skin",
            "itching all over",
            "itchy all over",
            "can't stop scratching",
            "itchy but no rash",
            "skin itches at night",
            "pruritus",
            "crawling feeling on my skin",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "yellow_skin",
                "Have your skin or the whites of your eyes turned yellow, or is your pee dark and your poo pale?",
                "itching with yellow skin or eyes, dark pee or pale poo (possible liver or bile duct problem)",
                L3,
                f"{ITCH}; NICE NG12 suspected cancer: jaundice needs urgent assessment [M]",
            ),
            flag(
                "pregnant_itch",
                "Are you pregnant, with itching of the hands and feet, often worse at night?",
                "itchy hands and feet in pregnancy (possible obstetric cholestasis)",
                L3,
                "nhs.uk / RCOG Green-top 43 intrahepatic cholestasis of pregnancy: contact your maternity unit the "
                "same day [M]",
                "pregnancy_only",
            ),
            flag(
                "weight_loss_sweats",
                "Have you lost weight without trying, or had drenching night sweats or lumps in the neck, armpit "
                "or groin?",
                "itching with weight loss, night sweats or lumps (possible blood or lymph gland problem)",
                L4R,
                NICE_CANCER,
            ),
            NEW_MEDICINE,
            flag(
                "severe_itch",
                "Is the itch severe, keeping you awake at night?",
                "severe itching that stops sleep",
                L5R,
                ITCH,
            ),
            flag(
                "all_over_no_cause",
                "Is the itching all over your body, with no obvious cause?",
                "itching all over with no obvious cause",
                L5R,
                ITCH,
            ),
            flag(
                "keeps_coming_back",
                "Does the itching keep coming back?",
                "itching that keeps coming back",
                L5R,
                ITCH,
                "recurrence",
            ),
        ),
        why="Most itchy skin without a rash is dry skin: moisturisers, cool showers and avoiding perfumed products "
        "usually help.",
        source=ITCH,
        persist=(
            after(
                21,
                L5R,
                "Itching that has lasted 3 weeks or more should be checked by a GP.",
                f"{ITCH}: 'lasts a long time'; BAD chronic itch is 6 weeks [M]; band starts at 21 days [E]",
            ),
        ),
        self_care_first="nhs.uk Itchy skin: see a GP if the itch has not improved after 2 weeks of home treatment [M]",
    ),
    complaint(
        "eczema_flare",
        "Eczema flare-up",
        SKIN,
        (
            "eczema",
            "eczema flare",
            "atopic eczema",
            "dermatitis",
            "dry itchy patches",
            "cracked itchy skin",
            "weeping eczema",
            "flare up of my eczema",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "painful_blisters",
                "Have groups of small, painful blisters or punched-out sores appeared and spread quickly?",
                "spreading painful blisters or punched-out sores (possible eczema herpeticum)",
                L3E,
                f"{ECZEMA}: eczema herpeticum needs same-day treatment",
            ),
            flag(
                "near_eye",
                "Are blisters or weeping sores near the eye, or is the eye red or sore?",
                "eczema sores near the eye, or a sore eye",
                L3E,
                f"{ECZEMA}: eye involvement needs same-day ophthalmology",
            ),
            flag(
                "very_unwell",
                "Do you (or your child) have a high temperature and feel very unwell with the eczema?",
                "eczema with a high temperature and feeling very unwell",
                L2,
                # 2026.12 expected-outcome review: infected eczema with feeling very unwell (possible eczema
                # herpeticum) -> A&E now (NICE CG57) [M]
                ECZEMA,
                "fever",
            ),
            flag(
                "infected",
                "Is the eczema weeping, crusted with yellow crusts, full of pus spots, or hot and painful?",
                "weeping, crusted, pus-filled or hot, painful eczema (possible infection)",
                L4U,
                f"{ECZEMA}; nhs.uk atopic eczema: urgent GP appointment or NHS 111 if it looks infected [M]",
            ),
            flag(
                "keeps_awake",
                "Is it so itchy or sore that it keeps you (or your child) awake most nights?",
                "eczema that keeps you awake most nights",
                L5R,
                f"{ECZEMA}: severe impact on sleep",
            ),
            flag(
                "frequent_flares",
                "Are you having flare-ups every month or more often?",
                "frequent eczema flare-ups",
                L5R,
                f"{ECZEMA}: refer if flares are frequent",
                "recurrence",
            ),
        ),
        why="Most eczema flare-ups settle with plenty of moisturiser (emollient) and the steroid cream you have "
        "been prescribed; a pharmacist can advise.",
        source=ECZEMA,
        persist=(
            after(
                7,
                L5R,
                "A flare-up that is not settling after a week of treatment should be checked by a GP.",
                f"{ECZEMA}: review if not controlled after 7-14 days of treatment; band starts at 7 days [E]",
            ),
        ),
        usual=usual(
            "a usual eczema flare can be treated at home with your emollients and steroid cream as planned.",
            "NICE CG57 atopic eczema: stepped care and a flare plan [M]",
        ),
        self_care_first="nhs.uk Atopic eczema / NICE CG57: see a GP if the usual treatment is not controlling it [M]",
    ),
    complaint(
        "chickenpox",
        "Chickenpox",
        SKIN,
        (
            "chickenpox",
            "chicken pox",
            "varicella",
            "itchy blisters all over",
            "pox spots",
            "spots that turn into blisters",
            "child has chickenpox",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "fit",
                "Has the person had a fit (seizure)?",
                "a fit with chickenpox",
                L2ES,
                f"{POX} (call 999 for a fit)",
            ),
            flag(
                "drowsy_unsteady",
                "Is the person very drowsy or hard to wake, or unsteady and struggling to walk?",
                "drowsiness or trouble walking with chickenpox (possible brain inflammation)",
                L2ES,
                # 2026.12 expected-outcome review: a child with chickenpox who is drowsy or unsteady (encephalitis,
                # cerebellitis) -> 999, as ds_child_hard_to_wake [M]
                f"{POX} (emergency department)",
            ),
            flag(
                "bleeding_spots",
                "Are the spots bleeding or turning dark like bruises, or is there bleeding from the gums or nose?",
                "bleeding or bruise-like spots (severe chickenpox)",
                L2ES,
                f"{ESI_B}; haemorrhagic varicella [M]",
            ),
            flag(
                "breathing_chest",
                "Is there a cough with breathlessness or chest pain?",
                "chickenpox with breathlessness or chest pain (possible chickenpox pneumonia)",
                L3E,
                f"{POX}; varicella pneumonia, more common in adults [M]",
            ),
            DEHYD_MODERATE,
            flag(
                "suddenly_worse",
                "After starting to get better, have they suddenly got worse, or is the skin around the spots red, "
                "hot, swollen and painful?",
                "sudden worsening, or red, hot, painful skin around the spots (possible infection)",
                L3,
                f"{POX}; UKHSA invasive group A strep after chickenpox [M]",
            ),
            flag(
                "pregnant",
                "Are you pregnant (and have chickenpox or have been near someone with it)?",
                "chickenpox or contact with it in pregnancy",
                L3,
                POX,
                "pregnancy_only",
            ),
            flag(
                "weak_immune",
                "Is the person's immune system weakened (for example by chemotherapy, steroids or a transplant)?",
                "chickenpox with a weakened immune system",
                L3,
                POX,
            ),
            flag(
                "newborn",
                "Is it a baby under 4 weeks old?",
                "chickenpox in a newborn baby",
                L3E,
                f"{POX}; NICE CKS chickenpox: immediate specialist advice for neonates [V]; NHS GGC paediatric "
                "varicella guideline: neonates need IV aciclovir in hospital [V]",
            ),
            flag(
                "adult",
                "Is the person with chickenpox an adult (or a teenager aged 14 or over)?",
                "chickenpox in an adult or older teenager",
                L3,
                f"{POX}; NICE CKS chickenpox: offer aciclovir to adults and teenagers within 24 hours [M]",
            ),
            FEVER,
        ),
        tags=("infective",),
        why="Chickenpox in a healthy child usually gets better on its own within a week or two: paracetamol, "
        "cooling gels and fluids help; avoid ibuprofen. Stay off nursery or school until all spots have crusted.",
        source=POX,
        persist=(
            after(
                7,
                L5R,
                "Chickenpox that has not started to improve after 6 days should be checked by a GP.",
                "nhs.uk chickenpox: see a GP if symptoms have not started to improve after 6 days [M]; from day 7, "
                "the band starting at 7 days",
            ),
        ),
    ),
    complaint(
        "head_lice_scabies",
        "Head lice or scabies",
        SKIN,
        (
            "head lice",
            "nits",
            "scabies",
            "lice",
            "mites",
            "burrows between my fingers",
            "itchy scalp with lice",
            "itchy at night between fingers",
        ),
        L5S,
        PERIPHERAL,
        (
            SPREADING_INFECTION,
            flag(
                "crusted",
                "Are there thick, crusted, scaly patches, especially in an older person or someone with a weak "
                "immune system?",
                "thick crusted patches (possible crusted scabies)",
                L4U,
                "UKHSA scabies guidance: crusted scabies needs medical treatment [M]",
            ),
            flag(
                "young_baby",
                "Is it a baby under 2 months old?",
                "lice or scabies in a baby under 2 months (treatment needs advice)",
                L5R,
                f"{SCABIES}; NICE CKS scabies: infants under 2 months need medical advice [M]",
            ),
            flag(
                "pregnant_breastfeeding",
                "Are you pregnant or breastfeeding?",
                "lice or scabies in pregnancy or breastfeeding (treatment needs advice)",
                L5R,
                f"{SCABIES}; tell the pharmacist if pregnant or breastfeeding [V]",
                "pregnancy_only",
            ),
            flag(
                "eyelashes_or_groin",
                "Are there lice in the eyelashes or pubic hair?",
                "lice in the eyelashes or pubic hair",
                L5R,
                "NICE CKS pubic lice: sexual health clinic; eyelash lice need specific treatment [M]",
            ),
            flag(
                "care_home_outbreak",
                "Do several people in a care home, hospital ward or nursery have scabies?",
                "a scabies outbreak in a care home or similar setting",
                L5R,
                "UKHSA scabies outbreak guidance: report to the local health protection team [M]",
            ),
            flag(
                "treatment_failed",
                "Have you used a treatment twice as directed, and still find live lice or new burrows?",
                "lice or scabies still there after two treatments",
                L5R,
                "nhs.uk head lice / scabies: see a GP or pharmacist if treatment has not worked [M]",
            ),
        ),
        # No "infective" tag: an infestation is not an infection with sepsis risk, so the infant and
        # immunosuppression infection rules do not apply; young_baby, pregnant_breastfeeding and crusted
        # carry those [E].
        tags=(),
        why="Head lice and scabies are treated with products from a pharmacy; with scabies everyone at home needs "
        "treating at the same time, even without symptoms.",
        source=SCABIES,
        persist=(
            after(
                21,
                L5R,
                "Itching that carries on 4 weeks after scabies treatment should be checked by a GP.",
                "nhs.uk scabies: see a GP if still itchy 4 weeks after treatment [V]; band starts at 21 days [E]",
            ),
        ),
        self_care_first="nhs.uk Head lice / Scabies: see a GP if the treatment has not worked [M]",
    ),
    complaint(
        "nail_problem",
        "Ingrown toenail or sore, infected nail",
        SKIN,
        (
            "ingrown toenail",
            "ingrowing toenail",
            "infected nail",
            "infected finger by the nail",
            "whitlow",
            "paronychia",
            "fungal nail",
            "sore toe by the nail",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "black_cold_toe",
                "Is the toe or finger turning black, blue or cold?",
                "a black, blue or cold toe or finger (blood supply at risk)",
                L2,
                LIMB,
            ),
            SPREADING_INFECTION,
            flag(
                "pus_swelling",
                "Is the skin by the nail red, hot and swollen, with pus?",
                "a red, hot, swollen nail fold with pus (may need draining or antibiotics)",
                L4R,
                f"{NAIL}; NICE CKS paronychia: drain a localised abscess, antibiotics only if spreading [M]; "
                "spreading redness, diabetes or poor circulation are asked separately (urgent) [E]",
            ),
            flag(
                "diabetes_circulation",
                "Do you have diabetes or poor circulation in your feet?",
                "a nail problem with diabetes or poor circulation",
                L4U,
                f"{NAIL}; NICE NG19 diabetic foot problems [M]",
            ),
            flag(
                "crush_injury",
                "After crushing the finger or toe, is there throbbing blood under the nail, or is the nail torn off?",
                "blood under the nail or a torn-off nail after a crush injury",
                L4U,
                "Nail bed injury / subungual haematoma: treat within 48 hours (RCEM) [M]",
            ),
            flag(
                "dark_streak",
                "Is there a new dark streak under a nail that is getting wider or spreading onto the skin?",
                "a new, widening dark streak under a nail (needs checking for melanoma)",
                L4R,
                NICE_CANCER,
            ),
        ),
        why="An ingrown toenail can usually be eased at home: soak the foot in warm water, keep it dry, wear wide "
        "shoes and let the nail grow out.",
        source=NAIL,
        persist=(
            after(
                7,
                L5R,
                "A nail problem not helped by a week of home treatment should be checked by a GP or podiatrist.",
                f"{NAIL}; engine review after a week [E]",
            ),
        ),
        self_care_first="nhs.uk Ingrown toenail: see a GP if treating it yourself has not helped [M]",
    ),
)
