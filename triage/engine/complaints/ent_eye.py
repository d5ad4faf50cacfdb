"""ENT (ears; mouth, throat, neck; nose) and Ophthalmology complaints."""

from __future__ import annotations

from .common import (
    ACS,
    CENTRAL,
    CTAS_DEHYD,
    CTAS_HEMO,
    CTAS_RESP,
    ENGINE,
    ENT,
    ESI_A,
    ESI_B,
    EYE,
    FAST,
    FEVER,
    HEAD,
    L2,
    L2ES,
    L3,
    L3E,
    L4R,
    L4U,
    L5R,
    L5S,
    MARROW_DRUG_FEVER,
    MARROW_DRUG_SYMPTOMS,
    MENINGITIS_SIGNS,
    NICE_CANCER,
    PERIPHERAL,
    SEVERE_BREATHING,
    STROKE_SIGNS,
    UsualEpisode,
    after,
    complaint,
    flag,
    reassurance,
    usual,
)

EARS = "ENT – Ears"  # noqa: RUF001
THROAT = "ENT – Mouth, Throat, Neck"  # noqa: RUF001
NOSE = "ENT – Nose"  # noqa: RUF001
EYES = "Ophthalmology"
ORBITAL = "Orbital cellulitis: same-day emergency (NICE CKS) [M]; ESI v5 B [V]"
BATTERY = "Button battery or magnet in the ear, nose or gut: emergency removal (NPIS) [M]"
EARACHE = "nhs.uk earache / NICE NG91 otitis media: see a GP if earache lasts more than 3 days [M]"
EARWAX = "nhs.uk earwax build-up: see the practice nurse if the ear has not cleared after 5 days of drops [V]"
OTITIS_EXTERNA = (
    "NI Direct (nhs.uk content) / RNID otitis externa: see a GP if you think you have it; with treatment it should "
    "clear within 2-3 days, otherwise go back [V]; NICE CKS otitis externa: mild cases can use pharmacy acetic acid "
    "drops; spreading cellulitis or suspected necrotising otitis externa need prompt review [M]"
)
SORE_THROAT = "nhs.uk sore throat: see a GP if it does not improve after a week, or you often get sore throats [M]"
LARYNGITIS = (
    "nhs.uk laryngitis (NHS content copy): usually better within a week; see a GP if it lasts more than 2 weeks [V]; "
    "Pharmacy Magazine CPD: refer hoarseness lasting over 3 weeks [V]"
)
HOARSE_NG12 = (
    "NICE NG12: persistent unexplained hoarseness at 45 or over -> suspected head and neck cancer referral [M]"
)
DENTAL_NHS = (
    "nhs.uk how to find an NHS dentist in an emergency: urgent dental appointment or NHS 111 for a knocked-out "
    "tooth or other injury to the teeth; emergency dental care within 1 hour for a knocked-out adult tooth; "
    "A&E or 999 for serious face or jaw injuries, heavy mouth bleeding that will not stop, or a head or face "
    "injury causing loss of consciousness, vomiting or double vision [V]"
)
DENTAL_CHIP = "NHS inform broken or knocked-out tooth: a chipped tooth is not an emergency, book a dentist [V]"
TMD = (
    "nhs.uk temporomandibular disorder: usually gets better on its own; see a GP if unable to eat or drink, the pain "
    "affects daily life or sleep, or keeps coming back [V]; NHS 111 Wales TMD: often better within a couple of "
    "weeks [V]"
)
TMJ_DISLOCATION = "NHS Education for Scotland dental guidance: a dislocated jaw needs emergency care [V]"
GCA = "BSR giant cell arteritis: same-day assessment; visual symptoms are an emergency [M]"
COLD_SORE = (
    "nhs.uk cold sores: usually clear within 10 days, a pharmacist can help; see a GP if not healing within 10 days "
    "[V, NHS content copies]; neonatal herpes is very dangerous to babies under 4 weeks (Just One Norfolk NHS) [V]"
)
HSV_EYE = "NICE CKS herpes simplex: eye involvement needs same-day ophthalmology [M]"
ECZEMA_HERPETICUM = "NICE CG57 / NG190 atopic eczema: suspected eczema herpeticum needs same-day referral [M]"
GUMS = (
    "nhs.uk gum disease: see a dentist for bleeding, painful or swollen gums; urgent dentist appointment for very "
    "sore swollen gums, loose teeth, ulcers or red patches, or a lump in the mouth or lip [V]"
)
GUM_BLOOD = "NICE NG12: unexplained bruising, petechiae or gum bleeding -> very urgent blood count (leukaemia) [M]"
SINUS = (
    "nhs.uk sinusitis (NHS content copies): see a GP if severe, painkillers do not help, it gets worse, it does not "
    "improve after about a week, or you keep getting it [V]; NICE NG79 acute sinusitis: review after 10 days; red "
    "flags for orbital or intracranial spread [M]"
)
HAYFEVER = (
    "nhs.uk hay fever: a pharmacist can help; see a GP if symptoms get worse or do not improve after pharmacy "
    "medicines [V]; NHS practices (Bredon, Frome Valley): contact the GP for wheezing, breathlessness or a tight "
    "chest [V]"
)
DRY_EYES = (
    "nhs.uk dry eyes: pharmacist first; see an optician or GP if still dry after a few weeks of home treatment or the "
    "eyelid shape changes [V]; NHS content copy: very red painful eyes, strong light sensitivity or worse vision "
    "need the GP at once or A&E [V]"
)
EYE_PAIN = (
    "Optometry urgent-care guidance (NHS urgent eye care services): a painful eye, especially with blurred vision, "
    "light sensitivity or contact lens wear, needs urgent assessment [V]"
)
NOSEBLEED = (
    "nhs.uk nosebleed (NHS content copy): see a GP for regular nosebleeds, a child under 2 with a nosebleed, "
    "symptoms of anaemia, blood thinners or a clotting condition [V]; A&E if it lasts over 10-15 minutes, "
    "follows a blow to the head, or you swallow so much blood you vomit [M]"
)
NOSE_INJURY = (
    "nhs.uk broken nose: see a GP if the swelling has not gone down after 3 days or the nose looks out of shape [M]"
)
CONJUNCTIVITIS = "NICE CKS infective conjunctivitis: seek advice if it has not settled within 7 days [M]"
STYE = (
    "nhs.uk stye: see a GP if not better within a few weeks; urgent GP or NHS 111 if very painful or swollen, "
    "affecting vision, producing pus or spreading to the eye or eyelid [V]"
)
EYE_MINOR = "NHS Dorset: minor eye irritation or injury should settle within 24 hours; if not, call NHS 111 [V]"

ANGINA = (
    "nhs.uk angina: pain that can spread to the jaw, brought on by effort and easing within minutes of rest -> "
    "see a GP promptly; 999 if pain lasts longer or comes at rest [M]; NICE CG95 chest pain of recent onset [M]"
)
JAW_CARDIAC = flag(
    "jaw_cardiac",
    "Is there jaw, throat or tooth pain now with chest pain or tightness, sweating, breathlessness or arm pain, "
    "or has pain that came on with effort lasted more than 15 minutes or started at rest?",
    "jaw pain with chest pain, sweating, breathlessness or arm pain, or lasting over 15 minutes (possible heart "
    "attack)",
    L2ES,
    f"{ACS}; nhs.uk heart attack: pain can spread to the jaw, with sweating -> call 999 [M]; narrowed from "
    "'on effort or with chest pain' (review R1) [E]",
)
JAW_EFFORT = flag(
    "jaw_effort",
    "Does jaw, throat or tooth pain come on when you walk fast or exert yourself, and go within a few minutes of rest?",
    "jaw pain brought on by effort and easing with rest (possible angina)",
    L3,
    f"{ANGINA}; split from jaw_cardiac (review R1); same level as chest_pain new_effort_pain [E]",
)
SALIVA = flag(
    "cannot_swallow_saliva",
    "Are you unable to swallow your own saliva, drooling, or is your voice muffled?",
    "unable to swallow saliva, drooling or a muffled voice",
    L2,
    f"{ENT} (epiglottitis / quinsy); {CTAS_RESP} (airway)",
)
NOISY_BREATHING = flag(
    "noisy_breathing",
    "Is there noisy, high-pitched breathing, or is breathing difficult?",
    "noisy or difficult breathing with a throat problem",
    L2ES,
    f"{CTAS_RESP} (stridor); {ESI_A}",
)
ORBITAL_SIGNS = flag(
    "orbital_signs",
    "Is there swelling or redness around the eye with double vision, pain moving the eye, or a bulging eye?",
    "swelling around the eye with double vision, painful eye movement or a bulging eye",
    L2,
    ORBITAL,
)
SUDDEN_VISION_LOSS = flag(
    "sudden_vision_loss",
    "Have you suddenly lost all or part of the vision in one or both eyes?",
    "sudden loss of vision",
    L2,
    f"{EYE}; {FAST}",
    "htn_symptom",
)
MASTOID = flag(
    "mastoid_swelling",
    "Is there swelling, redness or tenderness behind the ear, or is the ear pushed forward?",
    "swelling or redness behind the ear (possible mastoiditis)",
    L2,
    ENT,
)
FACE_WEAK = flag(
    "facial_weakness",
    "Is one side of the face weak or drooping?",
    "weakness of one side of the face",
    L2,
    # 2026.12 expected-outcome review: NICE CKS otitis media / externa: facial nerve palsy is a complication needing
    # hospital assessment now [M]
    ENT,
)
HEAD_SYMPTOMS = flag(
    "head_symptoms",
    "Were you knocked out, or have you had a bad headache, vomiting, double vision or drowsiness since the injury?",
    "being knocked out, or headache, vomiting, double vision or drowsiness since the injury",
    L2,
    f"{HEAD}; {DENTAL_NHS}",
)
TOOTH_OUT = flag(
    "tooth_knocked_out",
    "Has an adult (permanent) tooth been knocked out in the last hour?",
    "an adult tooth knocked out within the hour (put it back, or keep it in milk, and go now)",
    L3E,
    f"IADT dental avulsion guideline: replant within 60 minutes [M]; {DENTAL_NHS}",
)
FACE_SWOLLEN_FEVER = flag(
    "face_swollen_fever",
    "Is your face swollen, with a fever?",
    "a swollen face with fever (possible dental abscess)",
    L3,
    ENT,
    "fever",
)
CANNOT_DRINK = flag(
    "cannot_drink",
    "Is the mouth so sore that you cannot drink?",
    "unable to drink because of a sore mouth",
    L3,
    f"{CTAS_DEHYD} [M]",
)
PAINFUL_BLURRED = flag(
    "painful_blurred",
    "Is your vision blurred (not clearing when you blink), with a painful eye?",
    "a painful eye with blurred vision",
    L3E,
    f"{EYE}; nhs.uk conjunctivitis: see a GP urgently or go to A&E for eye pain with vision change [M]; kept at "
    "emergency (review R1): the answers cannot separate keratitis or endophthalmitis (eye casualty now) from "
    "uveitis (same day) [E]",
)
RECENT_EYE_SURGERY = flag(
    "recent_eye_surgery",
    "Have you had eye surgery or an injection into the eye in the last 6 weeks, and is the eye now more painful, "
    "redder or seeing worse?",
    "a more painful, red or worse-seeing eye after recent eye surgery or an eye injection (possible infection)",
    L3E,
    "RCOphth / NHS eye units post-operative advice: increasing pain, redness or worse vision after eye surgery or "
    "an intravitreal injection (possible endophthalmitis) -> eye casualty immediately [M]",
)
HALOS_VOMITING = flag(
    "halos_vomiting",
    "Is the eye very painful with headache, vomiting, or rainbow halos around lights?",
    "a very painful eye with headache, vomiting or halos (possible acute glaucoma)",
    L2,
    EYE,
)
CONTACT_LENS_LIGHT = flag(
    "contact_lens_light",
    "Do you wear contact lenses, or does bright light hurt the eye a lot?",
    "a painful red eye in a contact lens wearer, or strong light sensitivity",
    L3,
    f"{EYE}; {EYE_PAIN}",
)
CHEMICAL_EYE = flag(
    "chemical",
    "Did a chemical, cleaning product or cement get in the eye?",
    "a chemical in the eye (rinse with water for 15 minutes on the way)",
    L2,
    EYE,
)
HIGH_SPEED = flag(
    "high_speed",
    "Could something small have hit the eye at high speed, for example hammering metal or grinding?",
    "a high-speed fragment hitting the eye",
    L3E,
    EYE,
)

COMPLAINTS = (
    complaint(
        "ear_pain",
        "Earache",
        EARS,
        ("earache", "ear pain", "ear infection", "sore ear", "otitis", "pulling at ear"),
        L5S,
        PERIPHERAL,
        (
            MASTOID,
            MENINGITIS_SIGNS,
            FACE_WEAK,
            flag(
                "discharge",
                "Is pus or fluid coming out of the ear?",
                "pus or fluid coming from the ear",
                L4U,
                # 2026.12 expected-outcome review: nhs.uk Earache: pus or fluid coming from the ear -> urgent GP or
                # 111 [M]
                "NICE NG91 acute otitis media (otorrhoea) [M]",
            ),
            flag(
                "head_blow_fluid",
                "Did it start after a blow to the head, with clear watery fluid or blood coming from the ear?",
                "clear fluid or blood from the ear after a blow to the head (possible skull fracture)",
                L2,
                f"{HEAD}: clear fluid from the ear or nose after a head injury -> CT within 1 hour [M]; nhs.uk head "
                "injury: go to A&E [M]; same level as nose_injury clear_fluid [E]",
            ),
            flag(
                "under2_both_ears",
                "For a child under 2: are both ears painful or being pulled at?",
                "earache in both ears in a child under 2",
                L4U,
                "NICE NG91 otitis media 1.1.5: children under 2 with infection in both ears may need an immediate "
                "antibiotic, so need a clinician's examination [M]",
            ),
            flag(
                "earache_keeps_coming_back",
                "Does earache keep coming back (several times in a few months)?",
                "earache that keeps coming back",
                L5R,
                EARACHE,
                "recurrence",
            ),
            FEVER,
        ),
        tags=("infective",),
        persist=(after(3, L5R, "Earache that has lasted more than 3 days should be checked by a GP.", EARACHE),),
    ),
    complaint(
        "ear_itch_discharge",
        "Itchy, weeping or flaky ear canal",
        EARS,
        (
            "itchy ear",
            "itchy ear canal",
            "weeping ear",
            "swimmer's ear",
            "otitis externa",
            "outer ear infection",
            "flaky skin in ear",
        ),
        L5S,
        PERIPHERAL,
        (
            MASTOID,
            flag(
                "ear_fluid",
                "Is fluid or pus coming out of the ear?",
                "fluid or pus coming from the ear canal",
                L5R,
                OTITIS_EXTERNA,
            ),
            flag(
                "canal_swollen_shut",
                "Is the ear very painful, or is the ear canal so swollen that you cannot hear from it?",
                "a very painful or swollen-shut ear canal",
                L4U,
                OTITIS_EXTERNA,
            ),
            flag(
                "redness_spreading_ear",
                "Is redness or swelling spreading onto the outer ear, the face or the neck?",
                "redness or swelling spreading beyond the ear canal",
                L4U,
                OTITIS_EXTERNA,
            ),
            flag(
                "diabetes_severe_ear_pain",
                "Do you have diabetes or a weak immune system, with severe ear pain that is worse at night or a "
                "headache?",
                "severe ear pain with diabetes or a weak immune system (possible deep ear infection)",
                L3E,
                f"{OTITIS_EXTERNA}; NICE CKS otitis externa: suspected necrotising (malignant) otitis externa -> "
                "same-day ENT assessment [M]; raised from urgent (review R1) [E]",
            ),
            FACE_WEAK,
            flag(
                "ear_itch_keeps_coming_back",
                "Does this keep coming back, several times a year?",
                "an ear canal problem that keeps coming back",
                L5R,
                OTITIS_EXTERNA,
                "recurrence",
            ),
            FEVER,
        ),
        tags=("infective",),
        why="An itchy ear canal without warning signs can usually be managed at home: keep it dry, do not poke it, "
        "and ask a pharmacist about ear drops.",
        source=OTITIS_EXTERNA,
        persist=(
            after(
                3,
                L5R,
                "An itchy or weeping ear that is no better after 3 days should be checked by a GP.",
                f"{OTITIS_EXTERNA}; 2-3 days of treatment -> band start 3 [E]",
            ),
        ),
        # The 3-day rule's own source counts from treatment, and nhs.uk sends an outer ear infection to a
        # pharmacist first (catalogue 2026.12-cat4).
        self_care_first="nhs.uk Ear infections: a pharmacist can help with an outer ear infection; NI Direct/RNID: "
        "see a GP if it has not cleared 2-3 days after treatment [M]",
    ),
    complaint(
        "hearing_tinnitus",
        "Hearing loss or ringing in the ears",
        EARS,
        ("hearing loss", "deaf", "tinnitus", "ringing in ears", "going deaf", "hard of hearing"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "sudden_hearing_loss",
                "Did you lose hearing in one ear suddenly over the last 3 days, without a cold or blocked feeling?",
                "sudden hearing loss in one ear",
                L3,
                # 2026.12 expected-outcome review: NICE NG98: sudden hearing loss -> referral to be seen within 24
                # hours [M]
                "NICE CKS sudden sensorineural hearing loss: same-day ENT referral [M]",
            ),
            flag(
                "with_neuro_signs",
                "Is there also severe dizziness, double vision, slurred speech or weakness?",
                "hearing loss with severe dizziness, double vision, slurred speech or weakness",
                L2ES,
                FAST,
            ),
            flag(
                "after_injury",
                "Did it start after a head injury or a loud blast?",
                "hearing loss after a head injury or blast",
                L3,
                HEAD,
            ),
            flag(
                "pulsatile_tinnitus",
                "Is there a noise in the ear that beats in time with your pulse?",
                "a noise in the ear that beats in time with the pulse (pulsatile tinnitus)",
                L4U,
                "nhs.uk tinnitus: tinnitus that beats in time with your pulse -> urgent GP appointment or 111 [M]",
            ),
        ),
        persist=(
            after(
                7,
                L5R,
                "Ringing or buzzing that carries on or keeps coming back should be checked by a GP.",
                "nhs.uk Tinnitus: see a GP if you have tinnitus regularly or constantly [M]; temporary ringing after "
                "loud noise usually settles within days [M] [E: from 7 days]",
            ),
        ),
    ),
    complaint(
        "blocked_ear",
        "Blocked ear or earwax",
        EARS,
        ("blocked ear", "earwax", "ear wax", "muffled hearing", "ear feels full", "water in ear"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "sudden_hearing_loss",
                "Did hearing in one ear go suddenly over the last 3 days, without a cold or earwax?",
                "sudden hearing loss in one ear",
                L3,
                # 2026.12 expected-outcome review: NICE NG98: sudden hearing loss -> referral to be seen within 24
                # hours [M]
                "NICE CKS sudden sensorineural hearing loss: same-day ENT referral [M]",
            ),
            flag(
                "pain_discharge",
                "Is the ear painful, or is pus or fluid coming out of it?",
                "a painful or discharging ear",
                L4U,
                # 2026.12 expected-outcome review: nhs.uk Earache: pain with pus or fluid from the ear -> urgent GP or
                # 111 [M]
                ENT,
            ),
            flag(
                "dizzy",
                "Do you also have severe dizziness or spinning?",
                "a blocked ear with severe dizziness",
                L3,
                ENT,
            ),
            flag(
                "cannot_hear_at_all",
                "Is the ear so blocked that you cannot hear anything from it?",
                "an ear so blocked you cannot hear from it",
                L5R,
                EARWAX,
            ),
        ),
        persist=(
            after(
                3,
                L5R,
                "An ear still blocked after several days of ear drops should be checked at your GP practice.",
                f"{EARWAX}; 5 days rounds down to the 3-day band [E]",
            ),
            after(
                21,
                L5R,
                "Hearing that has been muffled for 3 weeks or more should be checked at your GP practice, whether "
                "or not drops were tried.",
                "nhs.uk Glue ear: see a GP if you think your child has glue ear (hearing is checked if it lasts); "
                "nhs.uk Hearing loss: see a GP if your hearing is getting worse [M]; 3 weeks [E]",
                even_untreated=True,
            ),
        ),
        usual=usual(
            "your usual earwax build-up can be treated with ear drops from a pharmacy.",
            "nhs.uk Earwax build-up: olive or almond oil drops, pharmacist advice [M]",
        ),
        self_care_first="nhs.uk Earwax build-up: see a GP or nurse if still blocked after using drops for 5 days [M]",
    ),
    complaint(
        "object_in_ear_or_nose",
        "Something stuck in the ear or nose",
        EARS,
        ("something in ear", "bead in nose", "insect in ear", "foreign body", "stuck in nose", "stuck in ear"),
        L4U,
        PERIPHERAL,
        (
            flag(
                "battery_magnet", "Could it be a button battery or magnets?", "a button battery or magnets", L2, BATTERY
            ),
            flag(
                "bleeding_pain",
                "Is there bleeding, severe pain, or hearing loss?",
                "bleeding, severe pain or hearing loss",
                L3E,
                # 2026.12 expected-outcome review: nhs.uk Objects in the ear or nose: bleeding or pain -> A&E [M]
                ENT,
            ),
            SEVERE_BREATHING,
        ),
        why="An object stuck in the ear or nose should be removed by a clinician within about 24 hours; "
        "do not poke at it.",
    ),
    # --- Mouth, throat, neck --------------------------------------------------------------
    complaint(
        "sore_throat",
        "Sore throat",
        THROAT,
        ("sore throat", "tonsillitis", "strep throat", "throat pain", "pharyngitis", "hurts to swallow"),
        L5S,
        PERIPHERAL,
        (
            SALIVA,
            NOISY_BREATHING,
            MARROW_DRUG_FEVER,
            MARROW_DRUG_SYMPTOMS,
            flag(
                "one_sided_trismus",
                "Is the pain much worse on one side, with trouble opening your mouth?",
                "one-sided throat pain with trouble opening the mouth (possible abscess)",
                L3E,
                ENT,
            ),
            flag(
                "strep_features",
                "Do you have a fever, swollen painful glands at the front of the neck, pus on the tonsils, "
                "and no cough?",
                "fever, swollen glands and pus on the tonsils without a cough (possible strep throat)",
                L4U,
                "NICE NG84 sore throat: FeverPAIN / Centor scores [M]",
                "fever",
            ),
            flag(
                "frequent_sore_throats",
                "Do you get sore throats very often (for example several times a year)?",
                "sore throats that keep coming back",
                L5R,
                SORE_THROAT,
                "recurrence",
            ),
        ),
        tags=("infective",),
        persist=(
            after(7, L5R, "A sore throat that has lasted a week or more should be checked by a GP.", SORE_THROAT),
        ),
    ),
    complaint(
        "hoarse_voice",
        "Hoarse or lost voice",
        THROAT,
        (
            "hoarse voice",
            "lost my voice",
            "croaky voice",
            "laryngitis",
            "voice gone",
            "raspy voice",
            "husky voice",
        ),
        L5S,
        PERIPHERAL,
        (
            NOISY_BREATHING,
            SALIVA,
            flag(
                "neck_blow",
                "Did it start after a blow or injury to the front of the neck?",
                "a hoarse voice after an injury to the neck (possible voice box injury)",
                L2,
                f"{ESI_B}; laryngeal trauma [M]",
            ),
            flag(
                "hoarse_coughing_blood",
                "Are you also coughing up blood?",
                "a hoarse voice with coughing up blood",
                L3,
                "nhs.uk coughing up blood: urgent GP appointment [V]",
            ),
            flag(
                "hoarse_neck_lump",
                "Is there also a lump in your neck?",
                "a hoarse voice with a neck lump",
                L4R,
                NICE_CANCER,
            ),
            flag(
                "hoarse_swallow_weight",
                "Do you also find it hard to swallow, or have you lost weight without trying?",
                "a hoarse voice with trouble swallowing or weight loss",
                L4R,
                NICE_CANCER,
            ),
        ),
        tags=("infective",),
        why="A hoarse voice with a cold usually gets better within a week: rest your voice, drink plenty and "
        "avoid smoke.",
        source=LARYNGITIS,
        persist=(
            after(
                14,
                L5R,
                "A hoarse voice that has lasted 2 weeks or more should be checked by a GP.",
                f"{LARYNGITIS}; the 2-week band",
            ),
            after(
                21,
                L4R,
                "A hoarse voice for 3 weeks or more at 45 or over needs a GP check soon.",
                HOARSE_NG12,
                min_age=45,
            ),
        ),
    ),
    complaint(
        "toothache",
        "Toothache or dental problem",
        THROAT,
        (
            "toothache",
            "tooth pain",
            "dental pain",
            "wisdom tooth",
            "dental abscess",
            "throbbing tooth",
            "sensitive teeth",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "spreading_swelling",
                "Is swelling spreading to the eye, neck or under the tongue, or is it hard to swallow or breathe?",
                "swelling spreading to the eye, neck or under the tongue, or trouble swallowing or breathing",
                L2,
                f"{ENT} (deep neck infection); {CTAS_RESP}",
            ),
            FACE_SWOLLEN_FEVER,
            TOOTH_OUT,
            flag(
                "socket_bleeding",
                "Is a tooth socket still bleeding after 20 minutes of biting on a pad?",
                "a tooth socket that keeps bleeding",
                L3,
                ENT,
                "bleed_minor",
            ),
            flag(
                "severe_not_helped",
                "Is the pain severe, stopping you sleeping, and not helped by paracetamol or ibuprofen?",
                "severe tooth pain not helped by painkillers",
                L4U,
                DENTAL_NHS.replace("[V]", "[V]; severe pain not helped by painkillers -> urgent dentist [V]"),
            ),
            NOISY_BREATHING,
            JAW_CARDIAC,
            JAW_EFFORT,
        ),
        tags=("infective",),
        why="A dentist should check this within about a week; take pain relief meanwhile.",
        persist=(
            after(
                3,
                L5R,
                "Toothache lasting more than 2 days, or not eased by painkillers, needs a dentist.",
                "nhs.uk Toothache: see a dentist if it lasts more than 2 days or painkillers do not help [M]",
            ),
        ),
    ),
    complaint(
        "dental_injury",
        "Knocked, broken or knocked-out tooth",
        THROAT,
        (
            "knocked out tooth",
            "chipped tooth",
            "broken tooth",
            "cracked tooth",
            "tooth knocked loose",
            "smashed my tooth",
            "dental injury",
        ),
        L5R,
        PERIPHERAL,
        (
            TOOTH_OUT,
            flag(
                "baby_tooth_out",
                "Has a child's baby tooth been knocked out (do not put it back)?",
                "a knocked-out baby tooth",
                L4U,
                f"{DENTAL_NHS}; nhs.uk knocked-out tooth: do not replant a baby tooth, see a dentist the same or "
                "next day to check for fragments and damage [M]",
            ),
            flag(
                "tooth_loose_moved",
                "Is a tooth loose, pushed out of place or pushed up into the gum, or has a large piece broken off?",
                "a loose, moved or badly broken tooth",
                L4U,
                DENTAL_NHS,
            ),
            flag(
                "tooth_painful_sensitive",
                "Is the injured tooth very painful, or does it hurt with hot, cold or air?",
                "a painful or sensitive injured tooth",
                L4U,
                DENTAL_NHS,
            ),
            flag(
                "face_jaw_serious",
                "Is there a serious injury to the face or jaw, for example the jaw out of shape, the teeth no "
                "longer meeting properly, or a deep cut?",
                "a serious face or jaw injury",
                L2,
                DENTAL_NHS,
            ),
            flag(
                "mouth_bleeding_heavy",
                "Is the mouth bleeding heavily and not stopping after 15 minutes of firm pressure?",
                "heavy mouth bleeding that will not stop",
                L2,
                f"{DENTAL_NHS}; {CTAS_HEMO}",
                "bleed_major",
            ),
            HEAD_SYMPTOMS,
        ),
        tags=("trauma",),
        why="A chipped tooth without pain or looseness is not an emergency: book a dentist within about a week.",
        source=f"{DENTAL_CHIP}; {DENTAL_NHS}",
    ),
    complaint(
        "jaw_problem",
        "Jaw pain, clicking, or a locked or dislocated jaw",
        THROAT,
        (
            "jaw pain",
            "clicking jaw",
            "my jaw is locked",
            "dislocated jaw",
            "tmj",
            "tmd",
            "jaw popping",
            "sore jaw when chewing",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "jaw_stuck_open",
                "Is your jaw stuck so that you cannot close (or open) your mouth?",
                "a jaw stuck open or shut (possible dislocation)",
                L3E,
                TMJ_DISLOCATION,
            ),
            flag(
                "jaw_after_blow",
                "Did it start after a blow to the jaw or face, and do your teeth no longer meet properly or does "
                "it hurt a lot to bite?",
                "jaw pain after a blow with teeth not meeting (possible broken jaw)",
                L3E,
                DENTAL_NHS,
            ),
            JAW_CARDIAC,
            JAW_EFFORT,
            flag(
                "jaw_gca",
                "Are you over 50, with jaw pain on chewing that eases with rest, a new headache or a tender scalp?",
                "jaw pain on chewing with a new headache or tender scalp over 50 (possible giant cell arteritis)",
                L3,
                f"{GCA}; {TMD} (urgent list as adapted by NHS practices: scalp tenderness, severe headaches) [V]",
            ),
            flag(
                "jaw_gca_vision",
                "With the jaw pain, have you had any double vision, blurred vision or loss of sight?",
                "jaw pain with a change in vision",
                L3E,
                GCA,
            ),
            flag(
                "jaw_cannot_eat",
                "Is the pain so bad that you cannot eat or drink?",
                "jaw pain stopping you eating or drinking",
                L4U,
                f"{TMD}; unable to drink risks dehydration [E]",
            ),
            FACE_SWOLLEN_FEVER,
            flag(
                "jaw_keeps_coming_back",
                "Does the jaw pain keep coming back, or affect your sleep or daily life?",
                "jaw pain that keeps coming back or affects sleep or daily life",
                L5R,
                TMD,
                "recurrence",
            ),
        ),
        why="Jaw pain and clicking usually settle on their own: eat soft food, avoid wide yawning and chewing gum, "
        "and use paracetamol or ibuprofen.",
        source=TMD,
        persist=(
            after(
                14,
                L5R,
                "Jaw pain that has lasted 2 weeks or more should be checked by a dentist or GP.",
                f"{TMD}; a couple of weeks: the 2-week band [E]",
            ),
        ),
    ),
    complaint(
        "mouth_ulcers",
        "Mouth ulcers or sore mouth",
        THROAT,
        ("mouth ulcer", "canker sore", "sore mouth", "sore tongue", "oral thrush", "ulcer on tongue"),
        L5S,
        PERIPHERAL,
        (
            CANNOT_DRINK,
            MARROW_DRUG_FEVER,
            MARROW_DRUG_SYMPTOMS,
            flag(
                "skin_blisters",
                "Are there also blisters or peeling skin, or sore red eyes?",
                "mouth sores with blistering skin or sore red eyes (possible severe drug reaction)",
                L2,
                f"{ESI_B}; Stevens-Johnson syndrome recognition [M]",
            ),
            flag(
                "ulcers_keep_coming_back",
                "Do you keep getting mouth ulcers?",
                "mouth ulcers that keep coming back",
                L5R,
                "nhs.uk mouth ulcers: see a GP or dentist if you keep getting them [V]",
                "recurrence",
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "A mouth ulcer that has lasted 3 weeks or more should be checked by a dentist or GP.",
                f"nhs.uk mouth ulcers: see a GP or dentist if an ulcer lasts longer than 3 weeks [V]; {NICE_CANCER}",
            ),
        ),
    ),
    complaint(
        "cold_sores",
        "Cold sores",
        THROAT,
        (
            "cold sore",
            "cold sores",
            "fever blister",
            "blister on lip",
            "herpes on lip",
            "tingling lip",
            "lip sore",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "baby_under_4_weeks",
                "Is this a baby under 4 weeks old with blisters or sores (or a baby kissed by someone with a "
                "cold sore)?",
                "blisters or sores in a baby under 4 weeks old (possible neonatal herpes)",
                L2,
                f"{COLD_SORE}; {ESI_B}",
            ),
            flag(
                "cold_sore_eye",
                "Is an eye red, painful, watering or sensitive to light?",
                "a cold sore with a red, painful eye",
                L3E,
                # 2026.12 expected-outcome review: nhs.uk Herpes simplex eye infection: a red eye that hurts in the
                # light -> 999 or A&E (eye casualty); sight-threatening [M]
                HSV_EYE,
            ),
            flag(
                "sores_on_eczema",
                "Do you (or your child) have eczema, with clusters of painful blisters or punched-out sores "
                "spreading over it?",
                "painful blisters spreading over eczema (possible eczema herpeticum)",
                L3E,
                ECZEMA_HERPETICUM,
            ),
            flag(
                "mouth_full_of_sores",
                "Are there also lots of painful sores inside the mouth and on swollen gums?",
                "many sores inside the mouth and on the gums",
                L4U,
                f"{COLD_SORE}; herpetic gingivostomatitis [M]",
            ),
            CANNOT_DRINK,
            flag(
                "cold_sore_large",
                "Is the cold sore very large, very painful, or spreading across the face?",
                "a very large, painful or spreading cold sore",
                L5R,
                COLD_SORE,
            ),
            flag(
                "cold_sores_often",
                "Do you get cold sores very often (for example 6 or more times a year)?",
                "cold sores that keep coming back",
                L5R,
                "NICE CKS herpes simplex oral: frequent recurrences may need a GP review [M]",
                "recurrence",
            ),
        ),
        tags=("infective",),
        why="Cold sores usually heal on their own within about 10 days; a pharmacist can suggest cream or patches. "
        "Do not kiss babies while you have one.",
        source=COLD_SORE,
        persist=(
            after(
                7,
                L5R,
                "A cold sore that has not started to heal within 10 days should be checked by a GP.",
                f"{COLD_SORE}; 10 days rounds down to the 7-day band [E]",
            ),
        ),
    ),
    complaint(
        "gum_problem",
        "Bleeding, sore or swollen gums",
        THROAT,
        (
            "bleeding gums",
            "sore gums",
            "swollen gums",
            "gum disease",
            "gingivitis",
            "gums bleed when brushing",
            "gum infection",
        ),
        L5R,
        PERIPHERAL,
        (
            flag(
                "gums_very_sore",
                "Are your gums very sore and swollen?",
                "very sore and swollen gums",
                L5R,
                # 2026.12 expected-outcome review: nhs.uk Gum disease: see a dentist [M]
                GUMS,
            ),
            flag(
                "teeth_loose",
                "Are teeth becoming loose or falling out?",
                "loose teeth",
                L5R,
                # 2026.12 expected-outcome review: nhs.uk Gum disease: see a dentist for loose teeth [M]
                GUMS,
            ),
            flag(
                "mouth_patch_lump",
                "Is there an ulcer, a red or white patch, or a lump in your mouth or on your lip?",
                "an ulcer, red or white patch, or lump in the mouth",
                L4R,
                # 2026.12 expected-outcome review: NICE NG12 oral cancer: a red or white patch or a lump -> suspected-
                # cancer referral through a dentist or GP [M]
                GUMS,
            ),
            flag(
                "gum_bleeding_wont_stop",
                "Are the gums bleeding heavily, or still bleeding after 15 minutes of pressure?",
                "gum bleeding that will not stop",
                L3E,
                # 2026.12 expected-outcome review: bleeding from the gums that does not stop after 15 minutes of
                # pressure -> A&E [M]
                f"{GUM_BLOOD}; {ENGINE}",
                "bleed_minor",
            ),
            flag(
                "bruising_spots",
                "Have you also noticed unexplained bruises, or tiny red or purple spots on the skin?",
                "bleeding gums with unexplained bruising or tiny red spots",
                L3,
                GUM_BLOOD,
            ),
            flag(
                "gums_grey_smell",
                "Are the gums very painful with a grey coating, and a very bad smell or taste?",
                "very painful gums with a grey coating and bad smell (acute gum infection)",
                L4U,
                f"{GUMS}; acute necrotising gingivitis needs a dentist promptly [M]",
            ),
            FACE_SWOLLEN_FEVER,
        ),
        why="Bleeding or sore gums should be checked by a dentist within about a week; keep brushing gently twice "
        "a day and clean between your teeth.",
        source=GUMS,
    ),
    complaint(
        "neck_lump",
        "Lump or swelling in the neck",
        THROAT,
        ("neck lump", "swollen glands", "swollen neck", "lymph node", "goitre", "neck swelling"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "airway_swelling",
                "Is the swelling growing fast and making breathing hard or noisy?",
                "a fast-growing neck swelling making breathing hard or noisy",
                L2ES,
                f"{CTAS_RESP}; {ESI_A}; nhs.uk dental abscess / swollen glands: swelling with difficulty breathing "
                "-> call 999 [M]; narrowed to breathing and raised from emergency (review R1), same level as "
                "noisy_breathing [E]",
            ),
            flag(
                "neck_swelling_swallow",
                "Is the swelling growing fast and making it hard to swallow or open your mouth?",
                "a fast-growing neck swelling making it hard to swallow",
                L2,
                f"{ESI_B}; deep neck space infection (Ludwig's angina) [M]; split from airway_swelling (review R1) [E]",
            ),
            flag(
                "child_fever_5_days",
                "For a child: has there been a fever for 5 days or more, or red eyes, red cracked lips or a rash "
                "with the swollen gland?",
                "a child with a swollen neck gland and fever for 5 days or more, red eyes, red lips or a rash",
                L3,
                "NICE NG143 fever in under-5s: fever for 5 days or more is amber and needs assessment for Kawasaki "
                "disease (red eyes, red cracked lips, rash, neck gland) [M]",
                "fever",
            ),
            flag(
                "lump_hard_fixed",
                "Is the lump hard, fixed in place (it does not move), or getting bigger?",
                "a hard, fixed or growing neck lump",
                L5R,
                f"{NICE_CANCER}; nhs.uk swollen glands: see a GP if glands feel hard or do not move [M]",
            ),
            flag(
                "hot_red_fever",
                "Is the lump red, hot and painful, with a fever?",
                "a red, hot, painful neck lump with fever",
                L3,
                ENT,
                "fever",
            ),
            flag(
                "weight_loss_sweats",
                "Have you lost weight without trying, or had drenching night sweats?",
                "a neck lump with weight loss or night sweats",
                L5R,
                NICE_CANCER,
            ),
        ),
        why="Swollen glands after a cold or sore throat usually go down on their own within about 2 weeks.",
        source="nhs.uk swollen glands: usually a sign of infection, going down within 2 weeks; see a GP if not, or if "
        "hard, fixed, or with night sweats or weight loss [M]; baseline lowered from routine (review R1) [E]",
        persist=(
            after(
                14,
                L5R,
                "A neck lump that has not gone down after 2 weeks should be checked by a GP.",
                "nhs.uk swollen glands: see a GP if not gone down within 2 weeks; the 2-week band [M]",
            ),
            after(
                1,
                L5R,
                "A new neck lump at 45 or over should be checked by a GP unless it clearly follows a cold.",
                f"{NICE_CANCER}: unexplained neck lump at 45 or over [M]; the earliest band start used [E]",
                min_age=45,
            ),
        ),
    ),
    complaint(
        "difficulty_swallowing",
        "Difficulty swallowing, or food stuck",
        THROAT,
        ("difficulty swallowing", "food stuck", "dysphagia", "can't swallow", "hard to swallow", "lump in throat"),
        L4R,
        CENTRAL,
        (
            flag(
                "food_stuck_now",
                "Are you unable to swallow your own saliva, or is food stuck right now?",
                "food stuck now or unable to swallow saliva",
                L2,
                f"{ESI_B} (food bolus obstruction)",
            ),
            flag(
                "swallowed_battery",
                "Did you swallow a button battery, magnets or something sharp?",
                "a swallowed button battery, magnets or sharp object",
                L2,
                BATTERY,
            ),
            SEVERE_BREATHING,
            flag(
                "progressive",
                "Is it getting worse over weeks, or have you lost weight?",
                "swallowing getting harder over weeks, or weight loss",
                L4R,
                NICE_CANCER,
            ),
            reassurance(
                "lump_feeling_only",
                "Is it only a feeling of a lump or tightness in your throat, while food and drink go down normally "
                "and without pain, and there is no lump you can feel in your neck?",
                "a feeling of a lump in the throat while swallowing stays normal (globus) is common and not "
                "serious: sip water, avoid clearing your throat, and see a GP if it lasts 3 weeks, food sticks, "
                "swallowing hurts or your voice changes",
                "NHS Cornwall and Isles of Scilly primary-care referral criteria, Globus sensation: self-care "
                "without red flags (dysphagia, neck lump, persistent sore throat or hoarseness) [M]; "
                "NICE NG12: dysphagia is the cancer sign [M]",
            ),
        ),
        why="Difficulty swallowing that is not acute should be checked by a clinician within about a week.",
        source=f"{NICE_CANCER}; {ENGINE}",
        # Catalogue 2026.12-cat5: a lump feeling alone (lump_feeling_only) is self-care, so it needs a time limit.
        persist=(
            after(
                21,
                L5R,
                "A lump feeling in the throat that has lasted 3 weeks or more should be checked by a GP.",
                "NHS Cornwall Globus sensation referral criteria: throat symptoms persisting beyond 3-4 weeks are "
                "red flags [M]; 3 weeks [E]",
            ),
        ),
    ),
    # --- Nose -----------------------------------------------------------------------------
    complaint(
        "nosebleed",
        "Nosebleed",
        NOSE,
        ("nosebleed", "nose bleed", "bleeding nose", "epistaxis", "blood from my nose", "nose won't stop bleeding"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "not_stopping",
                "Has it kept bleeding despite 15 minutes of pinching the soft part of the nose?",
                "a nosebleed not stopping after 15 minutes of pressure",
                L3E,
                f"{NOSEBLEED}; CTAS bleeding: uncontrolled bleed [M]",
            ),
            flag(
                "heavy_faint",
                "Is the bleeding very heavy, or do you feel faint, dizzy or look pale?",
                "heavy bleeding with faintness, dizziness or pallor",
                L2ES,
                # 2026.12 expected-outcome review: heavy bleeding with faintness is shock -> 999 [M]
                f"{CTAS_HEMO}; {NOSEBLEED}",
                "bleed_major",
            ),
            flag(
                "after_injury",
                "Did it start after a blow to the head?",
                "a nosebleed after a blow to the head",
                L3E,
                f"{HEAD}; {NOSEBLEED}",
            ),
            flag(
                "swallowing_blood",
                "Are you swallowing so much blood that it makes you sick?",
                "swallowing enough blood to vomit",
                L3E,
                NOSEBLEED,
            ),
            flag(
                "under_two",
                "Is this a child under 2 years old?",
                "a nosebleed in a child under 2",
                L3E,
                # 2026.12 expected-outcome review: NHS Healthier Together (Alder Hey): a nosebleed under 2 is rare and
                # needs checking in hospital now (injury, bleeding disorder, safeguarding); nhs.uk says see a GP; the
                # more urgent reading [M]
                f"{NOSEBLEED}; NHS Healthier Together advises A&E, nhs.uk a GP: the engine takes same-day review [E]",
            ),
            flag(
                "anaemia_signs",
                "Since the nosebleeds, do you feel very tired, short of breath or have a racing heart, with pale skin?",
                "nosebleeds with tiredness, breathlessness or pale skin (possible anaemia)",
                L4U,
                # 2026.12 expected-outcome review: nhs.uk Nosebleed: urgent GP or 111 with signs of anaemia [M]
                NOSEBLEED,
            ),
            flag(
                "frequent_nosebleeds",
                "Do you get nosebleeds regularly?",
                "nosebleeds that keep happening",
                L5R,
                NOSEBLEED,
                "recurrence",
            ),
        ),
        tags=("bleed_minor",),
        persist=(
            after(
                7,
                L5R,
                "Nosebleeds that keep happening over a week or more should be checked by a GP.",
                f"{NOSEBLEED}; regular nosebleeds over a week taken as the threshold [E]",
            ),
        ),
    ),
    complaint(
        "blocked_nose",
        "Blocked or runny nose",
        NOSE,
        (
            "blocked nose",
            "runny nose",
            "stuffy nose",
            "congestion",
            "snotty nose",
            "can't breathe through my nose",
            "catarrh",
        ),
        L5S,
        PERIPHERAL,
        (
            ORBITAL_SIGNS,
            MENINGITIS_SIGNS,
            flag(
                "one_side_blood_smell",
                "Is only one side blocked, with blood or a smelly discharge from that side?",
                "one blocked side with blood or smelly discharge",
                L4R,
                f"{ENT}; one-sided blockage with blood needs an examination (NICE NG12 / CKS) [M]",
            ),
        ),
        tags=("infective",),
        persist=(
            after(
                21,
                L5R,
                "A blocked or runny nose that has lasted 3 weeks or more should be checked by a GP.",
                "nhs.uk common cold / runny nose: see a GP if it has not improved after 3 weeks [M]",
            ),
        ),
    ),
    complaint(
        "sinus_pain",
        "Sinus pain or pressure (sinusitis)",
        NOSE,
        (
            "sinus pain",
            "sinusitis",
            "sinus infection",
            "sinus headache",
            "sinus pressure",
            "pain in my cheeks and blocked nose",
            "blocked sinuses",
        ),
        L5S,
        PERIPHERAL,
        (
            ORBITAL_SIGNS,
            MENINGITIS_SIGNS,
            flag(
                "eye_swelling_redness",
                "Is there swelling or redness around an eye?",
                "swelling or redness around the eye",
                L2,
                # 2026.12 expected-outcome review: NICE NG79 sinusitis: swelling or redness around the eye -> hospital
                # now [M]
                f"{SINUS}; {ORBITAL}",
            ),
            flag(
                "forehead_swelling",
                "Is there a soft swelling on the forehead?",
                "a swelling on the forehead (possible spread of infection to the bone)",
                L3E,
                SINUS,
            ),
            flag(
                "sinus_severe_headache",
                "Do you have a severe headache, or difficulty concentrating?",
                "sinus symptoms with a severe headache or trouble concentrating",
                L2,
                # 2026.12 expected-outcome review: NICE NG79 sinusitis: severe headache (possible spread inside the
                # head) -> hospital now [M]
                SINUS,
            ),
            flag(
                "worse_again",
                "Did it start to get better and then get worse again?",
                "sinus symptoms getting worse after improving",
                L4R,
                f"{SINUS} (double sickening)",
            ),
            flag(
                "sinusitis_keeps_coming_back",
                "Do you keep getting sinusitis?",
                "sinusitis that keeps coming back",
                L5R,
                SINUS,
                "recurrence",
            ),
            FEVER,
        ),
        tags=("infective",),
        why="Sinusitis usually clears on its own within 2 to 3 weeks: rest, fluids, painkillers and salt water "
        "nose rinses help, and a pharmacist can advise.",
        source=SINUS,
        persist=(
            after(
                7,
                L5R,
                "Sinus pain that has lasted a week or more without improving should be checked by a GP.",
                f"{SINUS}; NICE's 10 days rounds down to the 7-day band [E]",
            ),
        ),
    ),
    complaint(
        "hay_fever",
        "Hay fever or allergic runny nose",
        NOSE,
        (
            "hay fever",
            "hayfever",
            "pollen allergy",
            "allergic rhinitis",
            "sneezing all the time",
            "itchy nose and eyes",
            "seasonal allergies",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "hayfever_wheeze",
                "Are you wheezing, short of breath or tight in the chest?",
                "hay fever with wheezing, breathlessness or a tight chest",
                L4U,
                HAYFEVER,
            ),
            PAINFUL_BLURRED,
            flag(
                "pharmacy_not_helping",
                "Have you tried hay fever medicines from a pharmacy and they are not helping?",
                "hay fever not helped by pharmacy medicines",
                L5R,
                HAYFEVER,
            ),
            flag(
                "hayfever_getting_worse",
                "Are your symptoms getting worse despite treatment?",
                "hay fever getting worse",
                L5R,
                HAYFEVER,
            ),
        ),
        why="Hay fever can usually be managed at home: a pharmacist can recommend antihistamines, steroid nose "
        "sprays and eye drops.",
        source=HAYFEVER,
        persist=(
            after(
                21,
                L5R,
                "Hay fever that has not settled after 3 weeks of pharmacy treatment should be checked by a GP.",
                f"{HAYFEVER}; nhs.uk gives no day count, the engine assumes 3 weeks is long enough to have tried "
                "pharmacy medicines [E]",
            ),
        ),
        usual=usual(
            "your usual hay fever can be managed with pharmacy antihistamines and nasal sprays.",
            "nhs.uk Hay fever: a pharmacist can help [M]",
        ),
        self_care_first="nhs.uk Hay fever: see a GP if pharmacy treatment is not helping [M]",
    ),
    complaint(
        "nose_injury",
        "Injured or broken nose",
        NOSE,
        ("broken nose", "nose injury", "hit on the nose", "punched nose", "bashed my nose", "nose out of shape"),
        L5S,
        PERIPHERAL,
        (
            flag(
                "clear_fluid",
                "Is clear, watery fluid running from the nose?",
                "clear watery fluid from the nose",
                L2,
                HEAD,
            ),
            flag(
                "septal_swelling",
                "Is the inside of the nose swollen so that both sides are blocked?",
                "swelling inside the nose blocking both sides (possible septal haematoma)",
                L3E,
                "Septal haematoma: same-day ENT drainage (NICE CKS nasal injury) [M]; raised from urgent to match "
                "msk_trauma septal_swelling (review R1) [E]",
            ),
            flag(
                "bent",
                "Does the nose look bent or out of shape?",
                "a bent nose",
                L4U,
                # 2026.12 expected-outcome review: nhs.uk Broken nose: a nose bent out of shape needs checking within
                # days (ENT manipulation window) [M]
                "ENT review 5-7 days after nasal fracture [M]",
            ),
            flag(
                "bleeding_not_stopping",
                "Has it kept bleeding despite 15 minutes of pinching the nose?",
                "a nosebleed not stopping after 15 minutes",
                L3E,
                f"{ENT}; {NOSEBLEED}",
            ),
            HEAD_SYMPTOMS,
        ),
        tags=("bleed_minor", "trauma"),
        persist=(
            after(
                3,
                L5R,
                "If the swelling has not gone down after 3 days, a GP should check the nose.",
                NOSE_INJURY,
            ),
        ),
    ),
    # --- Eyes -----------------------------------------------------------------------------
    complaint(
        "red_eye",
        "Red, sore or sticky eye",
        EYES,
        ("red eye", "pink eye", "conjunctivitis", "sticky eye", "eye infection", "bloodshot eye", "gunky eye"),
        L5S,
        PERIPHERAL,
        (
            PAINFUL_BLURRED,
            HALOS_VOMITING,
            CONTACT_LENS_LIGHT,
            RECENT_EYE_SURGERY,
            flag(
                "newborn",
                "Is this a baby under 4 weeks old with a sticky or swollen eye?",
                "a sticky or swollen eye in a newborn",
                L3,
                "Ophthalmia neonatorum: same-day assessment [M]",
            ),
        ),
        tags=("infective",),
        persist=(
            after(7, L5R, "A red or sticky eye that has not settled after a week should be checked.", CONJUNCTIVITIS),
        ),
    ),
    complaint(
        "eye_pain",
        "Painful eye",
        EYES,
        ("eye pain", "painful eye", "eye hurts", "aching eye", "pain in my eye", "stabbing eye pain", "throbbing eye"),
        L4U,
        PERIPHERAL,
        (
            SUDDEN_VISION_LOSS,
            PAINFUL_BLURRED,
            HALOS_VOMITING,
            CONTACT_LENS_LIGHT,
            ORBITAL_SIGNS,
            CHEMICAL_EYE,
            HIGH_SPEED,
            RECENT_EYE_SURGERY,
            flag(
                "eye_pain_headache_scalp",
                "Are you over 50 with a new headache, a tender scalp or jaw pain when chewing?",
                "eye pain with a new headache, tender scalp or jaw pain over 50 (possible giant cell arteritis)",
                L3,
                # 2026.12 expected-outcome review: lowered in review to match headache.over_50_jaw: nhs.uk Giant cell
                # arteritis -> urgent GP or 111; sight loss is asked separately [M]
                GCA,
            ),
            reassurance(
                "screen_strain",
                "Is it tired, aching eyes after a long time at a screen, reading or driving, that ease with rest, "
                "with clear vision and no redness?",
                "tired, aching eyes after screens or reading (eye strain) usually ease with regular breaks: every "
                "20 minutes look at something far away for 20 seconds, and have an eye test at an optician if it "
                "keeps happening",
                "nhs.uk Eye pain: eye strain from screens is eased by rest and regular breaks; an optician can "
                "check your eyes [M]; red flags (redness, vision change, severe pain) are asked first",
            ),
        ),
        why="A painful eye, even without warning signs, should be checked by an optician, GP or eye service within "
        "about 24 hours.",
        source=f"{EYE_PAIN}; {EYE}",
    ),
    complaint(
        "dry_itchy_eyes",
        "Dry, gritty or itchy eyes",
        EYES,
        (
            "dry eyes",
            "gritty eyes",
            "itchy eyes",
            "tired eyes",
            "eyes feel sandy",
            "burning eyes",
            "scratchy eyes",
        ),
        L5S,
        PERIPHERAL,
        (
            flag(
                "eyes_very_red_painful",
                "Are your eyes very red and painful (not just gritty or itchy)?",
                "very red and painful eyes",
                L3,
                DRY_EYES,
            ),
            PAINFUL_BLURRED,
            flag(
                "eyes_light_hurts",
                "Does bright light hurt your eyes a lot?",
                "strong light sensitivity",
                L3,
                DRY_EYES,
            ),
            flag(
                "eyelid_shape_change",
                "Has the shape of your eyelids changed, or do they not close fully?",
                "a change in eyelid shape or eyelids not closing",
                L4U,
                # 2026.12 expected-outcome review: British Thyroid Foundation / TEAMeD: thyroid eye disease with lids
                # that do not close -> urgent eye referral (sight-threatening exposure) [M]
                DRY_EYES,
            ),
            flag(
                "dry_mouth_joints",
                "Do you also have a very dry mouth, or painful swollen joints?",
                "dry eyes with a dry mouth or swollen joints",
                L5R,
                "Sjogren's syndrome / inflammatory arthritis need a GP assessment (NICE CKS dry eye) [M]",
            ),
        ),
        why="Dry, gritty or itchy eyes can usually be managed at home: a pharmacist can suggest eye drops, and "
        "screen breaks and warm compresses help.",
        source=DRY_EYES,
        persist=(
            after(
                21,
                L5R,
                "Dry or itchy eyes that are no better after a few weeks of home treatment should be checked by an "
                "optician or GP.",
                f"{DRY_EYES}; 'a few weeks' taken as 3 [E]",
            ),
        ),
        usual=usual(
            "your usual dry eyes can be managed with eye drops and lid care.",
            "nhs.uk Dry eyes: pharmacy eye drops; see an optician if not improving [M]",
        ),
        self_care_first="nhs.uk Dry eyes: see an optician or GP if pharmacy eye drops have not helped [M]",
    ),
    complaint(
        "vision_problem",
        "Change in vision",
        EYES,
        ("blurred vision", "vision loss", "double vision", "floaters", "flashing lights", "can't see"),
        L5R,
        PERIPHERAL,
        (
            SUDDEN_VISION_LOSS,
            flag(
                "sudden_double",
                "Did double vision start suddenly?",
                "sudden double vision",
                L2,
                f"{EYE}; {FAST}",
                "htn_symptom",
            ),
            flag(
                "curtain_flashes",
                "Is there a dark shadow or curtain spreading over part of your vision, or a sudden shower of "
                "many floaters?",
                "a shadow or curtain over the vision or a shower of floaters (possible retinal detachment)",
                L3E,
                f"{EYE}; nhs.uk detached retina: shadow or curtain -> A&E or eye casualty now [M]; narrowed from "
                "'new flashes or floaters' (review R1) [E]",
            ),
            flag(
                "new_floaters_flashes",
                "Have you noticed a few new floaters or new flashes of light, without a shadow or curtain?",
                "new floaters or flashes of light",
                L3,
                "nhs.uk floaters and flashes: new floaters or flashes -> urgent optician or 111, examination "
                "within 24 hours for a retinal tear [M]; split from curtain_flashes (review R1) [E]",
            ),
            flag(
                "gca",
                "Are you over 50 with a new headache, a tender scalp, or jaw pain when chewing?",
                "vision change with headache, scalp tenderness or jaw pain over 50 (possible giant cell arteritis)",
                L3E,
                "BSR giant cell arteritis: same-day assessment with visual symptoms [M]",
            ),
            STROKE_SIGNS,
        ),
        usual=UsualEpisode(
            5,
            "self_care",
            "your usual migraine aura (zigzag or shimmering lines lasting 5 to 60 minutes, then gone) can be managed "
            "as your migraines usually are.",
            "NICE CKS Migraine: typical aura, fully reversible within 60 minutes, in someone with diagnosed migraine "
            "with aura [M]; any sudden or lasting loss of vision is asked separately",
        ),
    ),
    complaint(
        "eye_injury",
        "Eye injury, or something in the eye",
        EYES,
        ("eye injury", "something in eye", "chemical in eye", "scratched eye", "hit in the eye", "grit in eye"),
        L5S,
        PERIPHERAL,
        (
            CHEMICAL_EYE,
            HIGH_SPEED,
            flag(
                "cut_or_vision",
                "Is the eye cut, bleeding inside, misshapen, or is your vision reduced?",
                "a cut or misshapen eye, blood inside the eye, or reduced vision",
                L2,
                EYE,
            ),
            flag(
                "eye_injury_sore_light",
                "Since the injury, is the eye painful and watering, or does light hurt it so the eye is kept shut?",
                "a painful, watering or light-sensitive eye after an injury (possible scratched cornea)",
                L3E,
                # 2026.12 expected-outcome review: nhs.uk Eye injuries: light sensitivity or unable to keep the eye
                # open after an injury -> A&E or eye casualty [M]
                f"{EYE_MINOR}; nhs.uk scratched eye (corneal abrasion): same-day check at an urgent treatment centre "
                "or eye service [M]",
            ),
            flag(
                "still_gritty",
                "Does it still feel like something is in the eye after rinsing with water?",
                "still feeling something in the eye after rinsing",
                L3E,
                # 2026.12 expected-outcome review: nhs.uk Eye injuries: something in the eye that cannot be washed out
                # -> A&E or eye casualty [M]
                EYE,
            ),
        ),
        tags=("trauma",),
        persist=(
            after(
                1,
                L4U,
                "An eye that still hurts or feels wrong a day after a minor injury should be checked the same day.",
                EYE_MINOR,
            ),
        ),
    ),
    complaint(
        "eyelid_problem",
        "Stye, or swollen or itchy eyelid",
        EYES,
        ("stye", "swollen eyelid", "eyelid lump", "chalazion", "puffy eye", "blepharitis"),
        L5S,
        PERIPHERAL,
        (
            ORBITAL_SIGNS,
            flag(
                "spreading_redness",
                "Is redness spreading around the eye, or is the eyelid too swollen to open?",
                "redness spreading around the eye or an eyelid swollen shut",
                L3,
                "Periorbital cellulitis: same-day antibiotics (NICE CKS) [M]",
            ),
            flag(
                "stye_painful_vision",
                "Is the stye very painful or swollen, or is it affecting your vision?",
                "a very painful or swollen stye, or one affecting vision",
                L3,
                STYE,
            ),
            flag(
                "eye_pus",
                "Is pus coming from the eye itself?",
                "pus coming from the eye",
                L3,
                STYE,
            ),
            # Catalogue 2026.12-cat4: a basal cell carcinoma on the lid is a slowly growing, painless lump that
            # scabs; before this question only its duration could send it to a GP.
            flag(
                "lump_growing_or_not_healing",
                "Is there a lump or sore on the eyelid that is slowly growing, bleeds, or has not healed within 4 "
                "weeks?",
                "an eyelid lump or sore that is growing, bleeds or has not healed in 4 weeks (needs checking for "
                "skin cancer)",
                L5R,
                f"{NICE_CANCER} (basal cell carcinoma: routine referral); nhs.uk Non-melanoma skin cancer: see a GP "
                "if a lump or sore has not healed after 4 weeks [M]",
            ),
        ),
        persist=(
            after(
                21,
                L5R,
                "A stye or eyelid lump that is no better after a few weeks should be checked by a GP.",
                f"{STYE}; 'a few weeks' taken as 3 [E]",
            ),
        ),
        usual=usual(
            "your usual blepharitis or stye can be managed with warm compresses and lid cleaning.",
            "nhs.uk Blepharitis: long-term lid hygiene at home [M]",
        ),
        self_care_first="nhs.uk Blepharitis: see a GP if symptoms do not improve after a few weeks of lid hygiene [M]",
    ),
)
