"""Seed content for suggestions: plain-language advice and warning signs, as data.

Loaded idempotently into `SuggestionContent` by `services.content_load` (run by the data
migration 0002_load_content and by `manage.py seed_demo`), then edited in the admin. A
row an administrator has edited is never overwritten by a later load.

What is here:

- `GENERIC`: one fallback per disposition (any complaint). Its headline and summary are
  used when a complaint row leaves them blank; its warning signs are always added.
- `COMPLAINTS`: for every triage catalogue complaint that can end in `self_care` or
  `routine`, home-care advice and the warning signs that mean "get help". The loader
  writes a `self_care` row when the complaint allows self-care, and a `routine` row when
  it allows routine care (the routine row shows the generic routine headline, "see a nurse
  or doctor within about a week", above the same advice unless `routine_headline` /
  `routine_care` say otherwise).

How it was written: paraphrased from the public self-care pages named in each `source`
(mostly the NHS website, nhs.uk; NICE guidance where noted), conservatively: when in doubt
a sign sends the patient to a clinician sooner, never later. Medicine advice here is
general ("paracetamol or ibuprofen can ease the pain"); which medicine suits *this*
patient is decided by the medicine app and shown beside the advice. Text was written by
developers, not clinicians: have a clinician review it against the current source before
relying on it (docs/suggestions.md).

`{emergency_number}` is replaced by settings.EMERGENCY_PHONE_NUMBER when shown.
"""

from __future__ import annotations

from typing import NamedTuple

CONTENT_VERSION = "2026.12.2"

CALL = "call {emergency_number}"


class Advice(NamedTuple):
    headline: str
    care: tuple[str, ...]
    warning_signs: tuple[str, ...]
    source: str
    url: str = ""
    summary: str = ""
    routine_headline: str = ""
    routine_care: tuple[str, ...] = ()


NHS = "https://www.nhs.uk/conditions/"

# --- Fallbacks per disposition (any complaint) ---------------------------------------------------

GENERIC: dict[str, Advice] = {
    "self_care": Advice(
        headline="You can look after this at home",
        summary="Follow the advice below. Check the warning signs: if any appear, get help sooner.",
        care=(
            "Rest, and drink plenty of fluids.",
            "A pharmacist can advise on minor illnesses and medicines, without an appointment.",
            "If you are not getting better, or you are worried, check your symptoms again or contact a health worker.",
        ),
        warning_signs=(
            "Check your symptoms again, or contact a health worker, if you get worse or new symptoms appear.",
            "Call {emergency_number} if you think your life, or someone else's, is in danger.",
        ),
        source="NHS: Self-care and NHS 111 guidance",
        url="https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/",
    ),
    "routine": Advice(
        headline="Book an appointment with a nurse or doctor",
        summary="Contact a health worker to arrange to be seen within about a week. You do not need to go to an "
        "emergency department.",
        care=(
            "Contact a health worker to arrange an appointment within about a week.",
            "Write down your symptoms, when they started, and the medicines you take, to bring with you.",
            "Look after yourself at home until then, and check the warning signs below.",
        ),
        warning_signs=(
            "Contact a health worker today if you get worse before your appointment.",
            "Call {emergency_number} if you think your life, or someone else's, is in danger.",
        ),
        source="CTAS level 4-5 time-to-physician targets; NHS: when to see a GP",
        url="https://www.nhs.uk/nhs-services/gps/",
    ),
    "urgent": Advice(
        headline="See a nurse or doctor today",
        summary="Contact an on-duty health worker now. If you cannot reach one within a few hours, an emergency "
        "department can see you.",
        care=(
            "Contact an on-duty health worker now: use the button below.",
            "If you cannot reach one, book a place in an emergency department queue.",
            "Do not drive yourself if you feel unwell: ask someone to take you.",
            "Have a list of your medicines and any allergies ready.",
            "Ask the health worker before taking any new medicine.",
        ),
        warning_signs=(
            "Go to an emergency department if you get worse while you wait.",
            "Call {emergency_number} if you have severe difficulty breathing, chest pain with sweating, sudden "
            "weakness of the face or an arm, a fit, or if someone collapses.",
        ),
        source="CTAS level 3 time-to-physician target; NHS 111: urgent care",
        url="https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/",
    ),
    "emergency": Advice(
        headline="Go to an emergency department now",
        summary="Book your place in an emergency department queue below, and go there now.",
        care=(
            "Book your place in the queue below, then travel there straight away.",
            "Do not drive yourself: ask someone to take you, or take a taxi. If you are too unwell to travel, "
            "call {emergency_number}.",
            "Do not eat or drink until a clinician has seen you, in case you need treatment that needs an empty "
            "stomach.",
            "Take your medicines, or a list of them, and your phone and charger.",
            "If you can, bring someone with you.",
        ),
        warning_signs=(
            "Call {emergency_number} if you get worse on the way or while you wait, or tell the staff at once if "
            "you are already there.",
            "Call {emergency_number} if you have difficulty breathing, chest pain, a fit, or if someone collapses.",
        ),
        source="CTAS level 2 time-to-physician target; NHS: When to go to A&E",
        url="https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-visit-an-emergency-department-ae/",
    ),
    "emergency_services": Advice(
        headline="Call {emergency_number} now",
        summary="This could be life-threatening. Call emergency services now and tell them your symptoms. Do not "
        "drive yourself.",
        care=(
            "Call {emergency_number} now and tell them your symptoms. Keep your phone switched on and near you.",
            "Unlock the front door, and turn on an outside light if it is dark, so the crew can get in.",
            "Sit or lie in the position that is most comfortable, and stay with someone if you can.",
            "Do not eat or drink anything unless the call handler tells you to.",
            "Have your medicines, or a list of them, ready to show the crew.",
            "If someone stops breathing normally, the call handler will tell you how to do CPR.",
        ),
        warning_signs=("Call {emergency_number} again if you get worse before help arrives.",),
        source="NHS: When to call 999; CTAS level 1 (resuscitation)",
        url="https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/",
    ),
}

# --- Complaints that can end in self-care (and routine care) --------------------------------------

_SELF_CARE: dict[str, Advice] = {
    "cough": Advice(
        headline="Most coughs clear up on their own within 3 to 4 weeks",
        care=(
            "Rest, and drink plenty of fluids.",
            "A hot drink of lemon and honey can soothe a cough. Do not give honey to babies under 1 year old.",
            "Cough medicines from a pharmacy may ease a cough for a while, but there is little evidence that they "
            "help you get better faster.",
            "Do not smoke, and keep away from smoky places.",
            "Cough into a tissue, throw it away and wash your hands, so you do not pass an infection on.",
        ),
        warning_signs=(
            "See a nurse or doctor if you have had the cough for more than 3 weeks, or you have lost weight "
            "without trying.",
            "Contact a health worker today if you feel very unwell, are breathless, or have chest pain.",
            "Contact a health worker today if you are coughing up blood.",
            "Call {emergency_number} if you are struggling to breathe, or your lips or skin look blue or grey.",
        ),
        source="NHS: Cough; NICE CKS: Cough (acute)",
        url=NHS + "cough/",
    ),
    "cold_flu": Advice(
        headline="Colds and flu usually get better on their own with rest and fluids",
        care=(
            "Rest, and stay at home and away from others while you have a high temperature or feel unwell.",
            "Drink plenty of fluids, so your pee is pale.",
            "Paracetamol or ibuprofen can ease aches and bring down a temperature (see which medicines suit you "
            "below).",
            "Gargle with salt water or suck lozenges for a sore throat (not for young children).",
            "Wash your hands often, and catch coughs and sneezes in a tissue.",
            "Antibiotics do not work for colds, flu or COVID-19.",
        ),
        warning_signs=(
            "See a nurse or doctor if you are not getting better after 7 days, or you get better and then worse again.",
            "Contact a health worker today if you are 65 or over, pregnant, have a long-term condition or a weak "
            "immune system, and your symptoms are getting worse.",
            "Contact a health worker today if you are breathless, or your chest hurts when you breathe in.",
            "Call {emergency_number} if you are struggling to breathe, coughing up blood, or your lips or skin look "
            "blue or grey.",
            "Call {emergency_number} if someone becomes confused or very drowsy, or has a rash that does not fade "
            "when a glass is pressed on it.",
        ),
        source="NHS: Common cold; NHS: Flu",
        url=NHS + "flu/",
    ),
    "ear_pain": Advice(
        headline="Earache often gets better on its own within about 3 days",
        care=(
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
            "Hold a warm or cold flannel on the ear.",
            "Do not put anything in the ear, such as cotton buds, oil or drops, unless a pharmacist or doctor "
            "tells you to.",
            "Keep water out of the ear if it may be infected.",
            "Most ear infections get better without antibiotics; a pharmacist can advise.",
        ),
        warning_signs=(
            "See a nurse or doctor if the earache has not improved after 3 days, or keeps coming back.",
            "See a nurse or doctor if fluid or pus comes out of the ear, or your hearing changes.",
            "Contact a health worker today if you have a high temperature, or feel hot and shivery.",
            "Go to an emergency department if there is swelling, redness or pain behind the ear, or the ear is "
            "pushed forward.",
            "Call {emergency_number} if you have a stiff neck, a rash that does not fade when a glass is pressed "
            "on it, or one side of the face droops or is weak.",
        ),
        source="NHS: Earache; NHS: Ear infections",
        url=NHS + "earache/",
    ),
    "blocked_ear": Advice(
        headline="Earwax usually falls out on its own, and a blocked ear often clears within a few weeks",
        care=(
            "Do not use cotton buds, fingers or anything else to clean inside your ear: this pushes wax in further "
            "and can damage the ear.",
            "Put 2 or 3 drops of medical grade olive oil or almond oil in the ear, 3 or 4 times a day for 3 to 5 "
            "days, lying with the ear facing up for a few minutes afterwards. Do not use oil if you have had a "
            "hole in your eardrum or ear surgery, or are allergic to almonds (for almond oil).",
            "A pharmacist can suggest ear drops to soften the wax.",
            "If your ear feels blocked after a cold or a flight, swallowing, yawning or chewing gum can help it pop.",
            "Do not use ear candles: they do not work and can burn you.",
        ),
        warning_signs=(
            "See a nurse or doctor if your ear is still blocked after 2 weeks of drops: wax can be removed safely "
            "by a clinician.",
            "See a nurse or doctor if your ear is painful, or pus or fluid is coming out of it.",
            "Contact a health worker today if the hearing in one ear went suddenly, without a cold or earwax: "
            "treatment works best early.",
            "Contact a health worker today if you also have severe dizziness or a spinning feeling.",
            "Call {emergency_number} if hearing loss comes with weakness of the face, difficulty speaking, or "
            "sudden loss of balance.",
        ),
        source="NHS: Earwax build-up; NICE CKS: Earwax",
        url=NHS + "earwax-build-up/",
    ),
    "ear_itch_discharge": Advice(
        headline="An itchy or flaky ear canal often settles within a few days if you keep it dry and leave it alone",
        care=(
            "Keep the ear dry: put cotton wool coated in petroleum jelly in the ear when you shower or wash your hair, "
            "and do not swim until it has settled.",
            "Do not scratch inside the ear or clean it with cotton buds or fingers: this damages the skin and lets "
            "infection in.",
            "Wipe away any discharge gently from the outside of the ear with clean cotton wool.",
            "Leave out hearing aids, earplugs and in-ear headphones as much as you can until it is better.",
            "A pharmacist can advise on ear drops or a spray for a mild outer ear infection; paracetamol or ibuprofen "
            "can ease discomfort (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if it is no better after 3 days, fluid or pus is coming out of the ear, or it keeps "
            "coming back several times a year.",
            "Contact a health worker today if the ear is very painful, or the ear canal is so swollen that you cannot "
            "hear from it.",
            "Contact a health worker today if redness or swelling spreads onto the outer ear, face or neck, or you "
            "have a high temperature.",
            "Contact a health worker today if you have diabetes or a weak immune system and severe ear pain that is "
            "worse at night, or a headache.",
            "Contact a health worker today if one side of your face is weak or drooping.",
            "Go to an emergency department if there is swelling, redness or tenderness behind the ear, or the ear is "
            "pushed forward.",
        ),
        source="NHS: Ear infections (outer ear infection); NICE CKS: Otitis externa",
        url=NHS + "ear-infections/",
    ),
    "sore_throat": Advice(
        headline="Sore throats usually get better on their own within a week",
        care=(
            "Gargle with warm salty water (not for children).",
            "Drink plenty of water, and eat cool or soft foods.",
            "Suck ice cubes, ice lollies or hard sweets (not for young children, who could choke).",
            "Rest, and keep away from smoke.",
            "Paracetamol or ibuprofen can ease the pain; a pharmacist can suggest lozenges or sprays (see which "
            "medicines suit you below).",
            "Antibiotics are usually not needed for a sore throat.",
        ),
        warning_signs=(
            "See a nurse or doctor if your sore throat has not got better after a week, or you often get sore throats.",
            "Contact a health worker today if you have a high temperature and white spots on your tonsils, with no "
            "cough.",
            "Go to an emergency department if the pain is much worse on one side and you find it hard to open "
            "your mouth.",
            "Go to an emergency department if you cannot swallow your saliva, are drooling, or your voice sounds "
            "muffled.",
            "Call {emergency_number} if your breathing is noisy or difficult.",
        ),
        source="NHS: Sore throat; NICE NG84: Sore throat (acute)",
        url=NHS + "sore-throat/",
    ),
    "hoarse_voice": Advice(
        headline="A hoarse or lost voice usually comes back on its own within 1 to 2 weeks",
        care=(
            "Rest your voice: talk as little as you can, and do not shout or whisper, as both strain it.",
            "Drink plenty of fluids, and cut down on caffeine and alcohol, which dry you out.",
            "Keep the air moist: a bowl of water in the room or a humidifier helps where heating or air conditioning "
            "dries the air.",
            "Gargle with warm salty water (not for children).",
            "Do not smoke, and keep away from smoky or dusty places.",
            "Paracetamol or ibuprofen can ease a sore throat, and a pharmacist can suggest lozenges (see which "
            "medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if you are still hoarse after 2 weeks, or you keep losing your voice.",
            "See a nurse or doctor soon if you are 45 or over and have been hoarse for 3 weeks or more.",
            "See a nurse or doctor soon if you also have a lump in your neck, find it hard to swallow, or are losing "
            "weight without trying.",
            "Contact a health worker today if you are coughing up blood.",
            "Go to an emergency department if your voice changed after a blow to the front of the neck, or you cannot "
            "swallow your saliva, are drooling, or your voice sounds muffled.",
            "Call {emergency_number} if breathing is noisy, high-pitched or difficult.",
        ),
        source="NHS: Laryngitis; NICE NG12: Suspected cancer (hoarseness)",
        url=NHS + "laryngitis/",
    ),
    "neck_lump": Advice(
        headline="A swollen gland in the neck after a cold or sore throat usually goes down on its own",
        routine_headline="Arrange for a nurse or doctor to check the lump within about a week",
        care=(
            "Swollen glands in the neck are common with colds and sore throats, and usually go down within 2 weeks.",
            "Rest, drink fluids, and take paracetamol or ibuprofen for pain if you need to; a pharmacist can tell you "
            "which suits you.",
            "Note the size of the lump and whether it changes.",
            "Do not squeeze or press on the lump.",
        ),
        warning_signs=(
            "See a nurse or doctor if the lump is still there after 2 weeks, is growing, or is hard and does not move: "
            "it must be checked.",
            "See a nurse or doctor if you are 45 or over and have a new lump in your neck that did not clearly follow "
            "a cold.",
            "See a nurse or doctor soon if you have night sweats, a temperature that comes and goes, or weight loss "
            "without trying.",
            "Contact a health worker today if the lump is red, hot and painful, or you have a high temperature.",
            "Contact a health worker today if a child has had a fever for 5 days or more, or has red eyes, red cracked "
            "lips or a rash with the swollen gland.",
            "Call {emergency_number} if swelling makes it hard to breathe or swallow.",
        ),
        source="NHS: Swollen glands; NHS: Lumps",
        url=NHS + "swollen-glands/",
    ),
    "mouth_ulcers": Advice(
        headline="Most mouth ulcers heal on their own within 1 to 2 weeks",
        care=(
            "Use a soft toothbrush, and keep brushing your teeth gently.",
            "Eat softer foods, and avoid spicy, salty, sour or hard foods and very hot drinks.",
            "Drink cool drinks through a straw.",
            "A pharmacist can suggest a mouthwash, gel or spray to ease the pain.",
            "Avoid things that seem to bring ulcers on, such as chewing gum or a toothpaste with sodium lauryl "
            "sulphate.",
        ),
        warning_signs=(
            "See a nurse, doctor or dentist if an ulcer has lasted more than 3 weeks: it needs to be checked.",
            "See a nurse, doctor or dentist if ulcers keep coming back, or you have a red or white patch or a lump "
            "in your mouth.",
            "Contact a health worker today if you cannot drink enough, or a child is not drinking.",
            "Contact a health worker today if you also have blisters or sores on your skin, eyes or genitals.",
        ),
        source="NHS: Mouth ulcers",
        url=NHS + "mouth-ulcers/",
    ),
    "cold_sores": Advice(
        headline="Cold sores usually clear up on their own within about 10 days",
        care=(
            "Antiviral cold sore cream from a pharmacy works best if you start it as soon as you feel the tingle (see "
            "which medicines suit you below).",
            "Paracetamol or ibuprofen can ease the pain; a cold sore patch can cover the sore while it heals.",
            "Drink plenty of fluids, and eat cool, soft foods if your mouth is sore.",
            "Do not touch, pick or burst the sore, and wash your hands after putting cream on it.",
            "Cold sores spread easily until they have healed: do not kiss anyone, especially babies, or have oral sex, "
            "and do not share cups, towels or lip balm.",
            "If sunlight brings your cold sores on, use a lip balm with sunblock (SPF 15 or more).",
        ),
        warning_signs=(
            "See a nurse or doctor if a cold sore has not started to heal after 10 days, is very large or painful, is "
            "spreading across your face, or you get them very often.",
            "Contact a health worker today if your eye is red, painful, watering or sensitive to light.",
            "Contact a health worker today if there are many painful sores inside the mouth and on swollen gums, or "
            "you (or your child) cannot drink.",
            "Go to an emergency department if you or your child have eczema and clusters of painful blisters or "
            "punched-out sores are spreading over it.",
            "Go to an emergency department if a baby under 4 weeks old has blisters or sores, or has been kissed by "
            "someone with a cold sore.",
        ),
        source="NHS: Cold sores; NICE CKS: Herpes simplex - oral",
        url=NHS + "cold-sores/",
    ),
    "jaw_problem": Advice(
        headline="Jaw pain and clicking (temporomandibular disorder) usually get better on their own",
        routine_headline="Book an appointment with a dentist or doctor to check your jaw",
        care=(
            "Eat soft foods, such as pasta, soup or omelettes, and cut food into small pieces.",
            "Hold a heat pack or an ice pack wrapped in a tea towel on your jaw, whichever feels better.",
            "Gently massage the sore muscles in front of your ear and along your jaw.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
            "Give your jaw a rest: do not chew gum or pens, bite your nails, yawn widely or rest your chin on your "
            "hand, and keep your teeth apart except when you eat.",
            "Find ways to relax: stress can make you clench or grind your teeth.",
        ),
        warning_signs=(
            "See a dentist or doctor if the pain has lasted 2 weeks or more, keeps coming back, or affects your sleep "
            "or daily life. A dentist can check for teeth grinding.",
            "Contact a dentist or a health worker today if the pain stops you eating or drinking, or your face is "
            "swollen and you have a high temperature.",
            "Contact a health worker today if you are over 50 and have jaw pain when chewing that eases with rest, a "
            "new headache or a tender scalp.",
            "Go to an emergency department if your jaw is stuck open or shut, your teeth no longer meet properly after "
            "a blow to the face, or you have double or blurred vision or lose sight.",
            "Call {emergency_number} if the jaw pain comes on with effort, or comes with chest pain, sweating or "
            "breathlessness: it could be your heart.",
        ),
        source="NHS: Temporomandibular disorder (TMD)",
        url=NHS + "temporomandibular-disorder-tmd/",
    ),
    "nosebleed": Advice(
        headline="Most nosebleeds can be stopped at home",
        care=(
            "Sit down, lean forward (not back), and breathe through your mouth.",
            "Pinch the soft part of your nose, just above the nostrils, firmly for 10 to 15 minutes without "
            "letting go.",
            "Spit out blood that runs into your mouth rather than swallowing it.",
            "A cold pack on the bridge of the nose may help.",
            "For 24 hours afterwards, do not blow or pick your nose, lift heavy things, exercise hard, lie flat, or "
            "drink alcohol or hot drinks.",
        ),
        warning_signs=(
            "See a nurse or doctor if you keep getting nosebleeds, or you take a blood thinner such as warfarin.",
            "Go to an emergency department if the bleeding has not stopped after 10 to 15 minutes of pressing.",
            "Go to an emergency department if the bleeding is heavy, you swallow a lot of blood and are sick, or "
            "the nosebleed started after a blow to the head.",
            "Go to an emergency department if you feel weak, dizzy or breathless.",
            "Call {emergency_number} if someone collapses, or has pale, cold, clammy skin.",
        ),
        source="NHS: Nosebleed",
        url=NHS + "nosebleed/",
    ),
    "blocked_nose": Advice(
        headline="A blocked or runny nose, or sinus pain, usually clears up on its own",
        care=(
            "Rest, and drink plenty of fluids.",
            "Rinse your nose with a salt-water (saline) rinse or spray.",
            "Hold a warm flannel over your face to ease sinus pain. Do not breathe in steam from boiling water, and "
            "never let children do so.",
            "Paracetamol or ibuprofen can ease sinus pain (see which medicines suit you below).",
            "Do not use decongestant sprays or drops for more than 7 days; ask a pharmacist first, especially if you "
            "have high blood pressure or take other medicines.",
            "If it comes back every spring or summer it may be hay fever: a pharmacist can suggest an antihistamine.",
        ),
        warning_signs=(
            "See a nurse or doctor if your symptoms have not improved after 10 days, or keep coming back.",
            "Contact a health worker today if you have severe pain in your face or forehead, or a high temperature.",
            "Go to an emergency department if you have swelling or redness around an eye, changes in your vision, "
            "or pain when moving the eye.",
            "Call {emergency_number} if you have a severe headache with a stiff neck, confusion, or a rash that "
            "does not fade when a glass is pressed on it.",
        ),
        source="NHS: Sinusitis (sinus infection); NHS: Common cold; NHS: Hay fever",
        url=NHS + "sinusitis-sinus-infection/",
    ),
    "sinus_pain": Advice(
        headline="Sinusitis usually gets better on its own within 2 to 3 weeks",
        care=(
            "Rest, and drink plenty of fluids.",
            "Paracetamol or ibuprofen can ease the pain and bring down a temperature (see which medicines suit you "
            "below).",
            "Hold a warm flannel over your cheeks and forehead for a few minutes at a time to ease the pressure.",
            "Clean the inside of your nose with a salt-water (saline) rinse or spray.",
            "A pharmacist can advise on decongestant sprays; do not use them for more than a week. Antibiotics are "
            "usually not needed.",
            "Keep away from smoke, and from anything you are allergic to.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain has not started to improve after a week, gets better and then worse "
            "again, or you keep getting sinusitis.",
            "Contact a health worker today if you have a severe headache, find it hard to concentrate, or have "
            "swelling or redness around an eye.",
            "Go to an emergency department if swelling around an eye comes with double vision, pain when moving the "
            "eye, or a bulging eye.",
            "Go to an emergency department if a soft swelling appears on your forehead.",
            "Call {emergency_number} if you have a high temperature with a stiff neck, light hurting your eyes, or a "
            "rash that does not fade when a glass is pressed on it.",
        ),
        source="NHS: Sinusitis (sinus infection); NICE NG79: Sinusitis (acute)",
        url=NHS + "sinusitis-sinus-infection/",
    ),
    "hay_fever": Advice(
        headline="Hay fever cannot be cured, but simple steps and medicines from a pharmacy usually control it",
        care=(
            "A pharmacist can recommend antihistamine tablets, a nasal spray or eye drops (see which medicines suit "
            "you below). Starting them before your usual season can help.",
            "Put a little petroleum jelly around your nostrils to trap pollen, and wear wraparound sunglasses "
            "outdoors.",
            "Shower and change your clothes when you come in, to wash the pollen off.",
            "When the pollen count is high, stay indoors when you can, keep windows and doors shut, and do not dry "
            "washing outside.",
            "Vacuum often, dust with a damp cloth, and do not keep fresh flowers in the house.",
            "Do not smoke, and keep away from smoke.",
        ),
        warning_signs=(
            "See a nurse or doctor if treatment from a pharmacy has not helped after 3 weeks, or your symptoms are "
            "getting worse.",
            "Contact a health worker today if you are wheezing, breathless or have a tight chest: hay fever can bring "
            "on asthma.",
            "Go to an emergency department if an eye is painful and your vision is blurred and does not clear when you "
            "blink.",
            "Call {emergency_number} if your lips, tongue or throat swell, or you are struggling to breathe.",
        ),
        source="NHS: Hay fever",
        url=NHS + "hay-fever/",
    ),
    "nose_injury": Advice(
        headline="A knock to the nose can usually be looked after at home",
        care=(
            "Hold an ice pack (or frozen peas wrapped in a tea towel) on your nose for up to 20 minutes at a time, "
            "several times a day for the first few days.",
            "Keep your head raised, including when you sleep (use extra pillows).",
            "Paracetamol or ibuprofen can ease the pain; a pharmacist can tell you which suits you.",
            "Do not blow your nose, and do not wear glasses resting on it, until it has healed.",
            "Avoid contact sports for at least 6 weeks if your nose may be broken.",
            "Stop a nosebleed by leaning forward and pinching the soft part of the nose for 10 to 15 minutes.",
        ),
        warning_signs=(
            "See a nurse or doctor within a week if your nose still looks out of shape once the swelling goes "
            "down, or you cannot breathe through it.",
            "Contact a health worker today if a swelling inside your nose gets bigger or more painful.",
            "Go to an emergency department if a nosebleed does not stop after 10 to 15 minutes of pressing, or "
            "clear watery fluid runs from your nose.",
            "Go to an emergency department if you were knocked out, or have a headache, drowsiness, vomiting or "
            "blurred vision after the injury.",
        ),
        source="NHS: Broken nose",
        url=NHS + "broken-nose/",
    ),
    "red_eye": Advice(
        headline="A red, sticky eye is often conjunctivitis, which usually clears up within 1 to 2 weeks",
        care=(
            "Clean the eyelids and lashes gently with cotton wool soaked in cooled boiled water; use a fresh piece "
            "for each eye.",
            "Hold a cool, clean flannel on the eyes for a few minutes to soothe them.",
            "Do not wear contact lenses until your eyes are better.",
            "Wash your hands often, and do not share towels or pillows.",
            "A pharmacist can advise on eye drops; if your eyes itch and you have hay fever, antihistamine drops "
            "may help.",
        ),
        warning_signs=(
            "See a nurse or doctor if it has not improved after 2 weeks.",
            "Contact a health worker today if a baby under 4 weeks old has red or sticky eyes.",
            "Contact a health worker today if you wear contact lenses and your eye is red and painful, or light "
            "hurts your eyes.",
            "Go to an emergency department if you have pain in the eye, your vision changes, or light hurts your "
            "eyes badly.",
            "Go to an emergency department if you have a red eye with a severe headache, see halos around lights, "
            "or feel sick.",
        ),
        source="NHS: Conjunctivitis; NHS: Red eye",
        url=NHS + "conjunctivitis/",
    ),
    "eye_injury": Advice(
        headline="Minor eye injuries and specks in the eye usually get better within a day or two",
        care=(
            "Rinse the eye with clean lukewarm water or saline; blinking under water can wash out a speck.",
            "Do not rub the eye, and do not try to remove anything stuck on the coloured part of the eye.",
            "Take out contact lenses, and do not wear them until the eye is better.",
            "A cold compress can ease swelling or a black eye; paracetamol can ease pain.",
            "Wear protective glasses for DIY, gardening and sport.",
        ),
        warning_signs=(
            "Contact a health worker today if your eye still feels gritty, or as if something is in it, after rinsing.",
            "Go to an emergency department if chemicals got in your eye: rinse it with running water for at least "
            "20 minutes first.",
            "Go to an emergency department if something hit your eye at high speed (grinding, hammering, metal on "
            "metal), or cut or pierced it.",
            "Go to an emergency department if your vision is worse, you see double, the eye is very painful, or "
            "there is blood in the coloured part of the eye.",
        ),
        source="NHS: Eye injuries",
        url=NHS + "eye-injuries/",
    ),
    "eyelid_problem": Advice(
        headline="Styes and sore eyelids usually get better on their own within 1 to 2 weeks",
        care=(
            "Hold a clean flannel soaked in warm water against the eye for 5 to 10 minutes, 3 or 4 times a day.",
            "Gently clean the edges of the eyelids with cooled boiled water.",
            "Do not squeeze a stye or try to burst it.",
            "Do not wear eye make-up or contact lenses until it has cleared.",
            "Paracetamol or ibuprofen can ease the pain; a pharmacist can tell you which suits you.",
        ),
        warning_signs=(
            "See a nurse or doctor if it has not got better after 2 weeks, or keeps coming back.",
            "Contact a health worker today if the whole eyelid, or the skin around the eye, becomes red, hot and "
            "swollen.",
            "Go to an emergency department if the eye hurts when you move it, your vision changes, or you have a "
            "high temperature with a swollen eyelid.",
        ),
        source="NHS: Stye; NHS: Blepharitis",
        url=NHS + "stye/",
    ),
    "dry_itchy_eyes": Advice(
        headline="Dry, gritty or itchy eyes can usually be eased at home",
        routine_headline="Book an eye check with an optician, nurse or doctor within about a week",
        care=(
            "Eye drops, gels or ointments from a pharmacy keep the eyes moist; a pharmacist can advise which to use "
            "(see which medicines suit you below).",
            "Clean your eyelids every day: hold a warm flannel on them for a few minutes, massage them gently, then "
            "wipe along the lashes with cotton wool dipped in cooled boiled water.",
            "Take regular breaks from screens and remember to blink; keep the screen at or just below eye level.",
            "Protect your eyes from wind, smoke, dust and hot air; wraparound glasses help, and a humidifier keeps the "
            "air moist.",
            "Wear glasses instead of contact lenses, and avoid eye make-up, until your eyes feel better.",
            "If your eyes itch and you have hay fever, antihistamine eye drops from a pharmacy may help.",
        ),
        warning_signs=(
            "See an optician, nurse or doctor if your eyes are no better after a few weeks of treatment at home.",
            "See a nurse or doctor if the shape of your eyelids has changed or they do not close fully, or you also "
            "have a very dry mouth or painful, swollen joints.",
            "Contact a health worker today if your eyes are very red and painful, not just gritty or itchy, or bright "
            "light hurts them a lot.",
            "Go to an emergency department or an eye casualty if an eye is painful and your vision is blurred and does "
            "not clear when you blink.",
        ),
        source="NHS: Dry eyes; NHS: Blepharitis",
        url=NHS + "dry-eyes/",
    ),
    "abdominal_pain": Advice(
        headline="Mild tummy pain often settles on its own within a few days",
        care=(
            "Rest, and drink plenty of water or other fluids, in small sips if you feel sick.",
            "A hot water bottle or heat pad (wrapped in a towel) on your tummy may ease cramps.",
            "Eat small, plain meals, and avoid rich, spicy or fatty food, alcohol and caffeine until you feel better.",
            "Do not take ibuprofen or aspirin for tummy pain unless a doctor has told you to: they can make some "
            "causes worse. Ask a pharmacist what you can take.",
            "Note when the pain comes and what you ate, in case you need to see someone.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain keeps coming back, or has not gone after a few days.",
            "Contact a health worker today if you could be pregnant, or you have a high temperature.",
            "Go to an emergency department if the pain gets worse or is constant, moves to the lower right side, "
            "or it hurts to move, cough or press on your tummy.",
            "Go to an emergency department if you cannot keep fluids down, you are vomiting blood or green fluid, "
            "your poo is black or bloody, or you cannot pass poo or wind.",
            "Go to an emergency department if you have yellow skin or eyes with pain and a high temperature.",
            "Call {emergency_number} if your tummy is suddenly very painful and hard, or you feel faint, cold and "
            "clammy.",
        ),
        source="NHS: Stomach ache",
        url=NHS + "stomach-ache/",
    ),
    "vomiting": Advice(
        headline="Vomiting usually stops within 1 or 2 days",
        care=(
            "Stay at home and rest.",
            "Drink plenty of fluids, in small, frequent sips if you feel sick. Keep breastfeeding or feeding a baby "
            "as usual.",
            "Oral rehydration solution from a pharmacy replaces lost water and salts, especially for children and "
            "older people.",
            "Eat when you feel able to; plain foods such as rice, toast or crackers are easiest.",
            "Wash your hands often, and stay off work or school until 2 days after you were last sick.",
        ),
        warning_signs=(
            "Contact a health worker today if you keep being sick and cannot keep fluids down.",
            "Contact a health worker today if you have signs of dehydration: peeing little or not at all, dark "
            "pee, dizziness, or a baby with fewer wet nappies.",
            "Contact a health worker today if you have been vomiting for more than 2 days, or a baby for more than "
            "a day.",
            "Go to an emergency department if you vomit blood, something like coffee grounds, or green fluid, or "
            "you were sick after a head injury.",
            "Call {emergency_number} if you have a sudden severe headache or tummy pain, a stiff neck, a rash that "
            "does not fade when a glass is pressed on it, or you are confused or very drowsy.",
        ),
        source="NHS: Diarrhoea and vomiting",
        url=NHS + "diarrhoea-and-vomiting/",
    ),
    "diarrhoea": Advice(
        headline="Diarrhoea usually gets better within 5 to 7 days",
        care=(
            "Drink plenty of fluids, such as water or diluted squash, in small sips if you feel sick.",
            "Oral rehydration solution from a pharmacy helps, especially for children, older people and anyone with "
            "a long-term condition.",
            "Eat when you feel able to; keep breastfeeding or feeding a baby as usual.",
            "Wash your hands with soap and water often, and do not share towels.",
            "Stay off work or school until 2 days after the diarrhoea has stopped.",
            "Medicines that stop diarrhoea (such as loperamide) are not for young children, or if you have blood in "
            "your poo or a high temperature (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if it lasts more than 7 days, or keeps coming back.",
            "Contact a health worker today if you still have signs of dehydration (little or dark pee, dizziness) "
            "after using rehydration solution.",
            "Contact a health worker today if there is blood in your diarrhoea, or it started after antibiotics, "
            "after travel abroad, or you have a weak immune system.",
            "Go to an emergency department if there is a lot of blood, or someone is confused, very drowsy or has "
            "not peed all day.",
        ),
        source="NHS: Diarrhoea and vomiting",
        url=NHS + "diarrhoea-and-vomiting/",
    ),
    "constipation": Advice(
        headline="Constipation can usually be eased at home with food, fluids and activity",
        care=(
            "Drink plenty of fluids, and avoid alcohol.",
            "Eat more fibre: fruit, vegetables, wholegrain bread and cereals, beans and lentils. Add it gradually to "
            "avoid wind and bloating.",
            "Be more active: a daily walk helps.",
            "Go to the toilet when you feel the urge, and do not rush. Resting your feet on a low stool, so your "
            "knees are above your hips, can make it easier.",
            "A pharmacist can suggest a laxative if these changes have not helped within a few days (see which "
            "medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if it does not get better with laxatives, or you are often constipated.",
            "See a nurse or doctor if you have blood in your poo, lose weight without trying, or feel tired all "
            "the time.",
            "Go to an emergency department if you cannot pass poo or wind, your tummy is swollen, and you are "
            "being sick.",
            "Go to an emergency department if you have new numbness around your bottom or genitals, or cannot "
            "control your bladder.",
        ),
        source="NHS: Constipation",
        url=NHS + "constipation/",
    ),
    "bloating_wind": Advice(
        headline="Bloating and wind are common and usually ease with changes to what and how you eat",
        care=(
            "Eat smaller meals slowly, with your mouth closed, sitting upright.",
            "Cut down on foods that give you wind, such as beans, onions, cabbage, broccoli and sprouts, and on "
            "sugar-free sweets and gum with artificial sweeteners.",
            "Cut down on fizzy drinks, caffeine and alcohol, and do not chew gum or smoke: both make you swallow air.",
            "Be active every day: walking helps move wind along and prevents constipation.",
            "If you are constipated, drink more fluids and add fibre to your diet gradually.",
            "Keep a food diary for a couple of weeks to see what brings it on; a pharmacist can suggest medicines for "
            "wind (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if you have been bloated for 3 weeks or more, or it keeps coming back.",
            "See a nurse or doctor soon if you are a woman aged 50 or over and feel bloated on most days.",
            "See a nurse or doctor soon if you lose weight without trying, notice blood in your poo, or find it hard "
            "to swallow.",
            "Go to an emergency department if you vomit blood or something like coffee grounds, or your poo is black "
            "and sticky.",
            "Go to an emergency department if your tummy is swollen, hard or very tender, or you are being sick and "
            "cannot pass wind or poo.",
        ),
        source="NHS: Bloating; NHS: Farting (flatulence)",
        url=NHS + "bloating/",
    ),
    "heartburn": Advice(
        headline="Heartburn can usually be eased by changes to eating and a medicine from a pharmacy",
        care=(
            "Eat smaller meals more often, and do not eat in the 3 to 4 hours before bed.",
            "Raise the head of your bed by 10 to 20 cm, so your chest and head are above your waist.",
            "Cut down on foods and drinks that bring it on, such as coffee, alcohol, chocolate, and fatty or spicy "
            "food.",
            "Try to stop smoking, and to lose weight if you are overweight.",
            "Wear clothes that are loose around the waist.",
            "A pharmacist can recommend an antacid or another medicine (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if you have heartburn most days for 3 weeks or more, or medicines from a "
            "pharmacy do not help.",
            "See a nurse or doctor soon if you are 55 or over with new heartburn, are losing weight without trying, "
            "or food gets stuck when you swallow.",
            "Go to an emergency department if you vomit blood, or your poo is black.",
            "Call {emergency_number} if you have chest pain that spreads to your arm, neck, jaw or back, or comes "
            "with sweating or breathlessness: it could be your heart.",
        ),
        source="NHS: Heartburn and acid reflux",
        url=NHS + "heartburn-and-acid-reflux/",
    ),
    "hiccups": Advice(
        headline="Hiccups usually stop on their own within minutes",
        care=(
            "Try holding your breath for a short time, sipping ice-cold water, or pulling your knees up to your chest "
            "and leaning forward.",
            "Some people find that breathing into a paper bag (never put it over your head) or tasting something sour, "
            "such as lemon or vinegar, helps.",
            "Avoid fizzy, hot and alcoholic drinks and spicy food, and do not eat quickly.",
            "Do not chew gum or smoke: both make you swallow air.",
            "There is little evidence that any of these tricks work for everyone, but they are harmless to try.",
        ),
        warning_signs=(
            "See a nurse or doctor if hiccups last more than 2 days, stop you eating, drinking or sleeping, or keep "
            "coming back and affect your daily life.",
            "See a nurse or doctor soon if you also find it hard to swallow, or are losing weight without trying.",
            "Contact a health worker today if you also have bad tummy pain, or keep being sick.",
            "Go to an emergency department if you also have chest pain, pressure or tightness; call {emergency_number} "
            "if it is severe or spreads to your arm, neck or jaw.",
            "Call {emergency_number} if one side of the face droops, an arm or leg is weak or numb, or you have "
            "trouble speaking or understanding.",
        ),
        source="NHS: Hiccups",
        url=NHS + "hiccups/",
    ),
    "swallowed_object": Advice(
        headline="Most small, smooth objects that are swallowed pass out in the poo within a few days",
        care=(
            "If the person is breathing, talking and swallowing normally, you can watch them closely at home.",
            "Let them eat and drink as usual. Do not try to make them sick, and do not give a laxative.",
            "You do not need to search their poo for the object.",
            "If you are not sure what was swallowed, keep the packaging or a similar object to show a health worker.",
            "Keep button batteries, magnets and small objects out of children's reach, and make sure battery covers "
            "are screwed shut.",
        ),
        warning_signs=(
            "See a nurse or doctor if you are still worried a week after the object was swallowed.",
            "Contact a health worker today if there is mild tummy pain or a high temperature, or no poo for more than "
            "a day when one would be expected.",
            "Go to an emergency department now if it could have been a button battery or a magnet, or it was sharp or "
            "large, even if the person seems well.",
            "Go to an emergency department if there is drooling, gagging, vomiting, a new cough, pain in the tummy or "
            "chest, blood in the poo, or food or drink will not go down.",
            "Go to an emergency department if pills or a chemical may have been swallowed, or it was swallowed on "
            "purpose to cause harm.",
            "Call {emergency_number} if someone is choking and cannot breathe, cough or speak, or their breathing "
            "becomes noisy or difficult.",
        ),
        source="NHS Healthier Together: Swallowed a foreign object (advice for parents)",
        url="https://www.what0-18.nhs.uk/parentscarers/worried-your-child-unwell/swallowed-foreign-object",
    ),
    "choking": Advice(
        headline="Once the object has been coughed up, most people feel well again quickly",
        care=(
            "Sit quietly and breathe normally; take sips of water once breathing and swallowing feel normal again.",
            "Stay with someone for the next few hours, so they can help if symptoms come back.",
            "Eat soft food for the rest of the day, take small bites, chew well, and do not talk or laugh with food in "
            "your mouth.",
            "If someone chokes and can cough, encourage them to keep coughing. If they cannot, give up to 5 back blows "
            "between the shoulder blades, then up to 5 abdominal thrusts (chest thrusts for a baby under 1), and call "
            "{emergency_number} if it does not clear.",
            "Cut food such as grapes and sausages into small pieces for young children, and keep small objects, button "
            "batteries and magnets out of their reach.",
        ),
        warning_signs=(
            "Contact a health worker today if a cough, a high temperature or breathlessness starts in the days after "
            "choking: something may have gone into the lungs.",
            "Go to an emergency department if there is still coughing, wheezing or noisy breathing since the choking.",
            "Go to an emergency department if it feels as if something is still stuck, or swallowing is difficult or "
            "painful.",
            "Go to an emergency department if abdominal or chest thrusts were needed to clear it, even if the person "
            "now seems well, or it could have been a button battery, magnets or something sharp.",
            "Call {emergency_number} if the person cannot breathe, speak, cough or cry, is fighting for breath, or "
            "their lips turn blue or grey.",
        ),
        source="NHS: Choking; Resuscitation Council UK: Choking (basic life support)",
        url=NHS + "choking/",
    ),
    "bottom_problem": Advice(
        headline="Piles and an itchy bottom often get better on their own within a few days",
        care=(
            "Drink plenty of fluids and eat more fibre, so your poo stays soft.",
            "Wipe with damp toilet paper, and pat the area dry rather than rubbing.",
            "A warm bath can ease itching and pain.",
            "Do not strain on the toilet, and go as soon as you feel the urge.",
            "Wear loose cotton underwear, and avoid scented soaps.",
            "A pharmacist can suggest creams or suppositories.",
        ),
        warning_signs=(
            "See a nurse or doctor if there is no improvement after 7 days of treatment at home, or it keeps "
            "coming back.",
            "See a nurse or doctor if your bowel habits change, you lose weight, or there is dark blood or blood "
            "mixed in your poo.",
            "Contact a health worker today if you have a painful, hot lump near your bottom, or a high temperature.",
            "Go to an emergency department if you are bleeding a lot (the toilet water turns red or you pass "
            "clots), or the bleeding does not stop.",
        ),
        source="NHS: Piles (haemorrhoids); NHS: Itchy bottom",
        url=NHS + "piles-haemorrhoids/",
    ),
    "threadworms": Advice(
        headline="Threadworms are common and easy to treat with a medicine from a pharmacy",
        care=(
            "Everyone in the household should be treated at the same time, even those without symptoms; a pharmacist "
            "can advise (see which medicines suit you below).",
            "The medicine kills the worms but not their eggs, so for the next 2 weeks wash your hands and scrub under "
            "your nails often, especially before eating and after the toilet or a nappy change.",
            "Keep nails short, and try to stop children sucking their thumbs or biting their nails.",
            "Have a bath or shower every morning, washing around the bottom; wear close-fitting underwear at night and "
            "change it every morning.",
            "Wash bedding, nightwear, towels and soft toys without shaking them out first, and vacuum and damp-dust "
            "the house.",
            "Do not share towels. There is no need to stay off school or work.",
        ),
        warning_signs=(
            "See a nurse or doctor, rather than a pharmacist, if a child under 2 has threadworms, or you are pregnant "
            "or breastfeeding: the treatment is different.",
            "See a nurse or doctor if you still have worms 3 weeks after treatment.",
            "See a nurse or doctor if the skin around the bottom is broken, weeping or very red from scratching.",
            "See a nurse or doctor if the worms are large, like earthworms, or you have been abroad and have tummy "
            "pain, diarrhoea or weight loss.",
        ),
        source="NHS: Threadworms",
        url=NHS + "threadworms/",
    ),
    "frequent_urination": Advice(
        headline="Peeing more often is often down to caffeine, alcohol or drinking a lot, and simple changes can help",
        routine_headline="Arrange for a nurse or doctor to check why you are peeing more often within about a week",
        care=(
            "Keep drinking normally, about 6 to 8 glasses of fluid a day: drinking less makes pee stronger and can "
            "irritate the bladder.",
            "Cut down on caffeine (tea, coffee, cola, energy drinks), fizzy drinks and alcohol, which can make you "
            "need to pee more.",
            "Drink less in the 2 hours before bed if you get up at night to pee.",
            "For sudden urges, try bladder training: hold on a little longer each time you feel the urge, and do "
            "pelvic floor exercises every day.",
            "Keep a bladder diary for 3 days: what you drink, when you pee and how much, and any leaks or urges.",
            "Some medicines, such as water tablets, make you pee more: ask a pharmacist, and do not stop a prescribed "
            "medicine without advice.",
        ),
        warning_signs=(
            "See a nurse or doctor if you are still peeing more often than usual after a week, or your flow is weak, "
            "you strain to start, or you dribble at the end.",
            "Contact a health worker today if you are very thirsty and drinking and peeing much more than usual, or "
            "losing weight without trying: it could be diabetes.",
            "Contact a health worker today if it burns or stings when you pee, your pee is cloudy or smelly, or there "
            "is blood in your pee.",
            "Contact a health worker today if you have a high temperature, shivers, or pain in your back or side below "
            "the ribs.",
            "Go to an emergency department if you are very thirsty and also being sick, breathing fast or deeply, or "
            "unusually drowsy.",
            "Go to an emergency department if your lower tummy is full and painful but little or no pee comes out, or "
            "you have back pain with numbness around your bottom or genitals or new weakness in your legs.",
        ),
        source="NHS: Urinary incontinence (bladder training); NICE CKS: LUTS in men; NICE NG123: Overactive bladder in "
        "women",
        url=NHS + "urinary-incontinence/",
    ),
    "urinary_burning": Advice(
        headline="Burning when you pee is often a urine infection (UTI), and mild ones can get better within a few "
        "days",
        care=(
            "Drink enough fluids to keep your pee pale, and pee as soon as you feel the need.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
            "A hot water bottle on your tummy, back or between your thighs can ease the discomfort.",
            "A pharmacist can check a suspected urine infection and may be able to treat it, including with "
            "antibiotics for some women, without an appointment.",
            "Avoid sex until you feel better, and wipe from front to back after using the toilet.",
            "If you could have a sexually transmitted infection, get tested at a sexual health clinic.",
        ),
        warning_signs=(
            "See a nurse or doctor if you have had 2 or more urine infections in 6 months, or 3 or more in a year.",
            "Contact a health worker today if you are no better 2 days after starting treatment, or you are getting "
            "worse.",
            "Contact a health worker today if you are a man, pregnant, or over 65, or a child has these symptoms: a "
            "check is needed rather than pharmacy treatment.",
            "Contact a health worker today if you have a high temperature, shivers, pain in your back or side below "
            "the ribs, or blood in your pee.",
            "Go to an emergency department if you are being sick and cannot keep fluids down, are shaking "
            "uncontrollably, or cannot pee at all and your bladder is full and painful.",
            "Call {emergency_number} if someone seems very ill: confused or very hard to wake, with cold, blotchy or "
            "bluish skin, very fast breathing, or no pee all day.",
        ),
        source="NHS: Urinary tract infections (UTIs); NICE NG109: Urinary tract infection (lower)",
        url=NHS + "urinary-tract-infections/",
    ),
    "period_pain": Advice(
        headline="Period pain can usually be eased at home",
        care=(
            "Ibuprofen or naproxen from a pharmacy often works best for period pain; paracetamol is an alternative "
            "(see which medicines suit you below).",
            "Put a heat pad or a hot water bottle (wrapped in a towel) on your tummy.",
            "A warm bath or shower, and gentle exercise such as walking, swimming or yoga, can help.",
            "Stop smoking, as it can make period pain worse.",
            "If your periods are heavy, note the days and how much you bleed, to show a nurse or doctor.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain is much worse than usual or different, or painkillers do not help.",
            "See a nurse or doctor if heavy periods affect your daily life, or you bleed between periods or after sex.",
            "Contact a health worker today if you might be pregnant and have tummy pain or bleeding; go to an "
            "emergency department if the pain is sudden and severe or you feel faint.",
            "Go to an emergency department if you soak through a pad or tampon every hour, or feel faint or dizzy.",
            "Call {emergency_number} if you have a high temperature, a rash like sunburn and feel very unwell while "
            "using a tampon or menstrual cup: take it out first.",
        ),
        source="NHS: Period pain; NHS: Heavy periods",
        url=NHS + "period-pain/",
    ),
    "vaginal_itch_discharge": Advice(
        headline="Vaginal thrush is common and can usually be treated with a medicine from a pharmacy",
        care=(
            "A pharmacist can recommend an antifungal cream, pessary or tablet; ask them first if you are "
            "pregnant, breastfeeding, under 16 or over 60.",
            "Wash the area with water and an unscented emollient instead of soap, and pat it dry.",
            "Do not wash inside the vagina (douche), and avoid perfumed soaps, bubble baths and deodorants on the "
            "area.",
            "Wear loose cotton underwear, and avoid tight clothes.",
            "Treatment usually works within 7 days; avoid sex until it has cleared, as it can be uncomfortable.",
        ),
        warning_signs=(
            "See a nurse or doctor if this is the first time you have had these symptoms, or you get thrush more "
            "than twice in 6 months.",
            "See a nurse or doctor if treatment has not worked within 7 to 14 days.",
            "See a nurse or doctor, or a sexual health clinic, if the discharge is green, grey or fishy-smelling, "
            "you have a new sexual partner, or you bleed when it is not your period.",
            "Contact a health worker today if you have a high temperature, pain in your lower tummy, or painful "
            "sores or blisters.",
        ),
        source="NHS: Vaginal thrush; NHS: Vaginal discharge",
        url=NHS + "thrush-in-men-and-women/",
    ),
    "breast_problem": Advice(
        headline="Breast pain is common and is rarely a sign of anything serious",
        care=(
            "Wear a well-fitting, supportive bra, and a soft bra at night if it helps.",
            "Paracetamol or ibuprofen can ease the pain; a pharmacist can tell you which suits you.",
            "If you are breastfeeding and a breast is sore or red, keep feeding from both breasts and check your "
            "baby is well attached; a warm flannel before a feed and a cool one after can help.",
            "Note whether the pain follows your periods: pain before a period is common.",
        ),
        warning_signs=(
            "See a nurse or doctor if you find a new lump, a change in shape, dimpled skin, a nipple turning in, "
            "discharge, or a rash on the nipple. They will arrange a check within 2 weeks.",
            "See a nurse or doctor if the pain does not improve, or is in one spot.",
            "Contact a health worker today if part of a breast is red, hot and painful, with a high temperature or "
            "flu-like feeling.",
            "Contact a health worker today if you have a painful, swollen lump that feels full of fluid, and feel "
            "unwell.",
        ),
        source="NHS: Breast pain; NHS: Mastitis",
        url=NHS + "breast-pain/",
    ),
    "pregnancy_sickness": Advice(
        headline="Sickness in pregnancy is common and usually eases by about 16 to 20 weeks",
        routine_headline="Talk to your midwife, or a nurse or doctor, about your sickness within about a week",
        care=(
            "Rest as much as you can: feeling tired can make sickness worse.",
            "Eat small amounts of plain food often, such as dry toast or crackers; a snack before you get up may help.",
            "Sip drinks little and often rather than having a lot at once; cold drinks may be easier to keep down.",
            "Avoid the foods and smells that make you feel sick, and let someone else cook if you can.",
            "Food or drinks with ginger help some people; ask a pharmacist before taking ginger supplements.",
            "Ask your midwife, a doctor or a pharmacist before taking any medicine for sickness: there are "
            "anti-sickness medicines that are safe in pregnancy.",
        ),
        warning_signs=(
            "Talk to your midwife or a doctor if the sickness has gone on for a week or more and these steps are not "
            "helping.",
            "Contact your midwife or a health worker today if you cannot keep fluids down for 8 hours, your pee is "
            "very dark, or you have not peed for 8 hours.",
            "Contact your midwife or a health worker today if you feel very weak, dizzy or faint when you stand up, or "
            "you are losing weight.",
            "Contact your midwife or a health worker today if you also have tummy pain or a high temperature, it hurts "
            "to pee, or there is blood in your pee.",
            "Go to an emergency department if you vomit blood or something like coffee grounds, or your poo is black "
            "and sticky.",
        ),
        source="NHS: Vomiting and morning sickness in pregnancy; NHS: Severe vomiting in pregnancy",
        url="https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/vomiting-and-morning-sickness/",
    ),
    "headache": Advice(
        headline="Most headaches get better on their own and are not a sign of anything serious",
        care=(
            "Drink plenty of water, and rest.",
            "Try to relax and sleep enough: stress and tiredness are common causes.",
            "Paracetamol or ibuprofen can ease a headache (see which medicines suit you below).",
            "Do not take painkillers for headaches on more than a few days a week: taking them too often can cause "
            "more headaches.",
            "Avoid alcohol, and do not skip meals.",
        ),
        warning_signs=(
            "See a nurse or doctor if headaches keep coming back, painkillers do not help, or the headache is "
            "getting worse.",
            "Contact a health worker today if you are 50 or over with a new headache and pain in your jaw when "
            "eating, or a tender scalp.",
            "Contact a health worker or your midwife today if you are pregnant and have a headache with blurred "
            "vision, swelling of the face or hands, or pain under your ribs.",
            "Call {emergency_number} if the headache came on suddenly and is extremely painful, or follows a head "
            "injury.",
            "Call {emergency_number} if you have weakness of the face or an arm, slurred speech, confusion or a fit.",
            "Call {emergency_number} if you have a high temperature with a stiff neck, or a rash that does not fade "
            "when a glass is pressed on it.",
            "Call {emergency_number} and get everyone into fresh air if several people at home have headaches with "
            "feeling sick (it could be carbon monoxide).",
        ),
        source="NHS: Headaches",
        url=NHS + "headaches/",
    ),
    "dizziness": Advice(
        headline="Dizziness is often not serious and usually gets better on its own",
        care=(
            "Lie down until the dizziness passes, then get up slowly; sit on the edge of the bed for a minute first.",
            "Move slowly and carefully, and hold on to something if you need to.",
            "Drink plenty of water, and avoid alcohol and caffeine.",
            "Get enough sleep, and avoid bright lights if they make it worse.",
            "Do not drive, climb ladders or use machinery while you feel dizzy.",
        ),
        warning_signs=(
            "See a nurse or doctor if it keeps coming back, does not go away, or affects your daily life.",
            "Contact a health worker today if you have new hearing loss or ringing in the ears with the dizziness.",
            "Go to an emergency department if you fainted, or have chest pain, a racing or irregular heartbeat, or "
            "breathlessness.",
            "Call {emergency_number} if dizziness comes suddenly with face drooping, weakness of an arm or leg, "
            "slurred speech, double vision, trouble walking, or a sudden severe headache.",
        ),
        source="NHS: Dizziness; NHS: Vertigo",
        url=NHS + "dizziness/",
    ),
    "pins_and_needles": Advice(
        headline="Pins and needles that come and go are usually harmless and pass on their own",
        care=(
            "Move about and change position: pins and needles from pressure on a nerve usually go within minutes.",
            "Avoid positions that bring it on, such as sitting on your feet, crossing your legs, or leaning on your "
            "elbows for a long time.",
            "Wear comfortable shoes that fit well, and loosen a tight watch, ring or strap.",
            "If your hand tingles at night, a wrist splint that keeps your wrist straight may help; a pharmacist can "
            "advise.",
            "Cut down on alcohol and eat a balanced diet: a lack of vitamin B12 can cause tingling.",
            "Take care with hot water and sharp objects where your skin feels numb.",
        ),
        warning_signs=(
            "See a nurse or doctor if the tingling has not gone after a few days, or keeps coming back.",
            "Contact a health worker today if the hand or foot is also weak or clumsy, so that you drop things or "
            "trip.",
            "Contact a health worker today if you have diabetes and a new sore, blister, wound or colour change on a "
            "numb foot.",
            "Go to an emergency department now if you have numbness around your bottom or genitals, or new trouble "
            "controlling your bladder or bowels.",
            "Go to an emergency department if it started after a fall or an injury to your neck or back, weakness is "
            "spreading up both legs, or a limb is cold, pale, blue or blotchy and painful.",
            "Call {emergency_number} if numbness comes on suddenly on one side of the body, or with a drooping face, a "
            "weak arm or leg, or trouble speaking or seeing.",
        ),
        source="NHS: Pins and needles; NHS: Carpal tunnel syndrome",
        url=NHS + "pins-and-needles/",
    ),
    "anxiety_panic": Advice(
        headline="Anxiety and panic attacks are common, and there are things that help",
        care=(
            "During a panic attack, stay where you are if you can, and breathe slowly: in through your nose for a "
            "count of 4, out through your mouth for a count of 4. It will pass, usually within 5 to 20 minutes.",
            "Remind yourself that the feelings are frightening but not dangerous.",
            "Regular exercise, a regular sleep routine, and less caffeine, alcohol and smoking can reduce anxiety.",
            "Talk to someone you trust about how you feel.",
            "Free self-help courses and talking therapies are often available without a referral; a health worker "
            "can tell you what is near you.",
        ),
        warning_signs=(
            "See a nurse or doctor if anxiety affects your daily life, or you have panic attacks often: talking "
            "therapies and other treatments work.",
            "Contact a health worker or a crisis line today if you have thoughts of harming yourself, or that life "
            "is not worth living.",
            "Call {emergency_number} if you have a plan to end your life, or you have harmed yourself.",
            "Call {emergency_number} if you have chest pain that spreads to your arm, jaw or back, or comes with "
            "sweating or sickness, especially if you have never had a panic attack before: it could be your heart.",
        ),
        source="NHS: Panic disorder; NHS: Generalised anxiety disorder in adults",
        url="https://www.nhs.uk/mental-health/conditions/panic-disorder/",
    ),
    "stress_sleep": Advice(
        headline="Stress and poor sleep often improve with small changes to your routine",
        care=(
            "Go to bed and get up at the same time every day, including weekends.",
            "Keep your bedroom dark, quiet and cool, and put screens away an hour before bed.",
            "Avoid caffeine, alcohol and big meals in the evening, and do not smoke.",
            "Be active during the day, but not just before bed.",
            "If you cannot sleep, get up and do something relaxing, then go back to bed when you feel sleepy.",
            "Write down worries and to-do lists before bed; talking to someone you trust can help.",
        ),
        warning_signs=(
            "See a nurse or doctor if poor sleep or stress has lasted for months or affects your daily life.",
            "See a nurse or doctor if you have felt low or hopeless most days for more than 2 weeks.",
            "See a nurse or doctor if you snore loudly with pauses in your breathing, or fall asleep during the "
            "day. Do not drive when sleepy.",
            "Contact a health worker or a crisis line today if you have thoughts of harming yourself; call "
            "{emergency_number} if you have a plan or have harmed yourself.",
        ),
        source="NHS: Insomnia; NHS Every Mind Matters: Stress",
        url=NHS + "insomnia/",
    ),
    "alcohol_intoxication": Advice(
        headline="Someone who is drunk but awake and talking can usually be looked after at home",
        care=(
            "Stay with them. Do not leave them alone to sleep it off.",
            "If they lie down, put them on their side in the recovery position, so they cannot choke if they are sick.",
            "Give them sips of water if they are awake and can swallow.",
            "Keep them warm.",
            "Do not give them coffee or a cold shower, or make them walk: these do not sober anyone up and can be "
            "dangerous.",
            "Do not give them more alcohol, and do not let them drive.",
        ),
        warning_signs=(
            "Call {emergency_number} if they cannot be woken, or are very drowsy.",
            "Call {emergency_number} if they are sick while drowsy, have a fit, or their breathing is slow, "
            "irregular or has long pauses.",
            "Call {emergency_number} if their skin is pale or blue-tinged, or they feel very cold.",
            "Go to an emergency department if they have a head injury or another injury, or have also taken drugs "
            "or medicines.",
            "See a nurse or doctor if you are worried about how much you, or they, drink: help is available.",
        ),
        source="NHS: Alcohol poisoning",
        url=NHS + "alcohol-poisoning/",
    ),
    "back_pain": Advice(
        headline="Back pain usually gets better within a few weeks",
        care=(
            "Stay as active as you can and keep doing your daily activities: resting in bed makes it last longer.",
            "Gentle exercise, stretches, walking and swimming help.",
            "Anti-inflammatory painkillers such as ibuprofen can help (see which medicines suit you below); "
            "paracetamol on its own is not recommended for back pain.",
            "Try heat or cold: a warm bath or hot water bottle, or an ice pack wrapped in a towel.",
            "Take breaks from sitting, and lift things with your knees bent, close to your body.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain has not improved after a few weeks, stops you doing daily "
            "activities, or is very bad or getting worse.",
            "Contact a health worker today if you also have a high temperature, feel unwell, or have lost weight "
            "without trying.",
            "Contact a health worker today if you have had cancer, inject drugs, or have a weak immune system and "
            "this is new back pain.",
            "Go to an emergency department now if you have numbness around your bottom or genitals, difficulty "
            "peeing, loss of bladder or bowel control, or weakness in your legs.",
            "Go to an emergency department if the pain started after a serious fall or accident.",
            "Call {emergency_number} if sudden severe back or tummy pain comes with feeling faint, cold or clammy.",
        ),
        source="NHS: Back pain; NICE NG59: Low back pain and sciatica",
        url=NHS + "back-pain/",
    ),
    "neck_pain": Advice(
        headline="Neck pain and stiffness usually get better within a few weeks",
        care=(
            "Keep moving your neck gently, and carry on with your normal activities as much as you can.",
            "Take breaks from desk work and driving, and check your posture.",
            "Ibuprofen or paracetamol can ease the pain (see which medicines suit you below).",
            "Heat or cold packs can help.",
            "Sleep on a firm, low pillow, and avoid sleeping on your front.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain does not improve after a few weeks, or painkillers do not help.",
            "See a nurse or doctor soon if you have pins and needles, numbness or weakness in an arm or hand.",
            "Go to an emergency department if neck pain follows a fall or accident, or comes with weakness or "
            "numbness in your arms or legs.",
            "Call {emergency_number} if you have a high temperature with a stiff neck, a headache, light hurting "
            "your eyes, or a rash that does not fade when a glass is pressed on it.",
        ),
        source="NHS: Neck pain",
        url=NHS + "neck-pain/",
    ),
    "shoulder_pain": Advice(
        headline="Shoulder pain often gets better within about 2 weeks",
        care=(
            "Rest the shoulder and avoid movements that make the pain worse, but keep it moving gently so it does not "
            "stiffen.",
            "For the first few days, hold an ice pack wrapped in a tea towel on it for up to 20 minutes every 2 to 3 "
            "hours; later, warmth can ease stiffness.",
            "Paracetamol or ibuprofen, or an anti-inflammatory gel, can ease the pain (see which medicines suit you "
            "below).",
            "Sit up straight with your shoulders back, and rest your arm on a pillow at night.",
            "Avoid lifting heavy things and reaching above your head until it feels better.",
            "A physiotherapist can show you exercises; in many areas you can refer yourself.",
        ),
        warning_signs=(
            "See a nurse, doctor or physiotherapist if the pain has not improved after 2 weeks, or it is very hard to "
            "move your arm or shoulder.",
            "Contact a health worker today if the shoulder is hot or you feel feverish, or you have no feeling in the "
            "arm or pins and needles that will not go away.",
            "Contact a health worker today if you have new pain and stiffness in both shoulders that is worse in the "
            "morning.",
            "Contact a health worker today if the pain started after a fall or injury, very bad pain came on suddenly, "
            "or you cannot move your arm at all.",
            "Go to an emergency department if the shoulder or arm has changed shape or is badly swollen, or the arm or "
            "hand is cold, pale, blue or numb.",
            "Go to an emergency department if you could be pregnant and have pain in the tip of the shoulder, pain on "
            "one side, or bleeding.",
            "Call {emergency_number} if the pain comes with chest tightness, breathlessness, sweating or feeling sick, "
            "or comes on with effort: it could be your heart.",
        ),
        source="NHS: Shoulder pain",
        url=NHS + "shoulder-pain/",
    ),
    "joint_pain": Advice(
        headline="Joint pain often gets better on its own within a few weeks",
        care=(
            "Rest the joint for the first few days, then move it gently so it does not get stiff.",
            "Hold an ice pack (or frozen peas wrapped in a towel) on it for up to 20 minutes every 2 to 3 hours at "
            "first.",
            "Ibuprofen or paracetamol, or an anti-inflammatory gel, can ease the pain (see which medicines suit you "
            "below).",
            "Wear comfortable, supportive shoes.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain has lasted more than 2 weeks, or the joint is stiff for more than 30 "
            "minutes in the morning.",
            "Contact a health worker today if the joint is hot, red and swollen, or you cannot move it or put "
            "weight on it.",
            "Go to an emergency department if a hot, swollen joint comes with a high temperature or feeling unwell: "
            "a joint infection needs treatment fast.",
            "Go to an emergency department if an artificial (replaced) joint becomes painful, red or swollen, or "
            "you have a high temperature.",
        ),
        source="NHS: Joint pain",
        url=NHS + "joint-pain/",
    ),
    "foot_heel_pain": Advice(
        headline="Foot and heel pain usually gets better within 2 weeks with rest and good shoes",
        care=(
            "Rest and raise your foot when you can, and avoid walking or standing for long periods.",
            "Hold an ice pack wrapped in a tea towel on the sore area for up to 20 minutes every 2 to 3 hours.",
            "Wear comfortable shoes with a low heel, a cushioned sole and good support; avoid high heels, flip-flops "
            "and walking barefoot on hard floors.",
            "Gentle stretches of the calf and the sole of the foot help heel pain; a physiotherapist or podiatrist can "
            "show you how.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
            "Insoles or heel pads from a pharmacy may help, and losing weight, if you need to, eases the load on your "
            "feet.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain has not improved after 2 weeks of treatment at home, is severe, keeps "
            "coming back, or stops you doing your normal activities.",
            "See a nurse or doctor if you have tingling or loss of feeling in the foot.",
            "Contact a health worker today if you have diabetes and a new wound, blister or colour change, or a hot, "
            "swollen foot.",
            "Contact a health worker today if redness is spreading, with red lines up the leg, pus or a high "
            "temperature.",
            "Go to an emergency department if you heard a snap, pop or grinding noise, cannot push off or stand on "
            "tiptoe, or the foot or ankle looks an odd shape or is very painful after an injury.",
            "Go to an emergency department now if the foot is cold, pale, blue or blotchy, or painful even at rest.",
        ),
        source="NHS: Foot pain; NHS: Heel pain",
        url=NHS + "foot-pain/",
    ),
    "limb_injury": Advice(
        headline="Sprains and strains can usually be treated at home and improve within 2 weeks",
        care=(
            "For the first few days, rest, raise the injured limb on a pillow, and hold an ice pack wrapped in a "
            "towel on it for up to 20 minutes every 2 to 3 hours.",
            "A bandage can support it; loosen it at night.",
            "Paracetamol can ease the pain, and ibuprofen can also reduce swelling: a pharmacist can tell you which "
            "suits you.",
            "After 2 days, start moving it gently so it does not get stiff.",
            "For the first 2 to 3 days avoid heat, alcohol, running and massage, which can increase swelling.",
        ),
        warning_signs=(
            "See a nurse or doctor if it has not improved after a week of treatment at home.",
            "Go to an emergency department if you heard a crack at the time of the injury, the limb looks out of "
            "shape, or you cannot put weight on it or use it.",
            "Go to an emergency department if the skin below the injury is numb, tingling, pale, blue or cold.",
            "Go to an emergency department if the pain is severe and tight and gets worse even with painkillers.",
            "Go to an emergency department if an older person cannot stand or walk after a fall and has pain in "
            "the hip.",
        ),
        source="NHS: Sprains and strains",
        url=NHS + "sprains-and-strains/",
    ),
    "limb_pain": Advice(
        headline="Aching arms or legs without an injury often ease with rest and gentle movement",
        care=(
            "Rest, and raise a swollen leg on a pillow when you sit or lie down.",
            "Gentle stretches and walking help cramps and stiffness.",
            "Paracetamol or ibuprofen can ease aches (see which medicines suit you below).",
            "Drink enough fluids.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain lasts more than 2 weeks, keeps coming back, or your calf hurts when "
            "you walk and eases when you rest.",
            "Contact a health worker today if one leg (usually the calf) is painful, swollen, warm and red: it could "
            "be a blood clot (DVT).",
            "Contact a health worker today if red, hot skin is spreading, or you feel unwell.",
            "Go to an emergency department now if the limb is cold, pale, blue or numb, or you cannot move it.",
            "Call {emergency_number} if you are breathless or have chest pain with a painful, swollen leg.",
        ),
        source="NHS: Deep vein thrombosis (DVT); NHS: Leg cramps",
        url=NHS + "deep-vein-thrombosis-dvt/",
    ),
    "rash": Advice(
        headline="Most rashes are harmless and go away on their own",
        care=(
            "Keep the skin cool and try not to scratch; keep nails short.",
            "Wear loose cotton clothes, and wash with mild, unscented soap or an emollient (moisturiser).",
            "Think about what might have caused it, such as a new soap, washing powder, plant or food, and avoid it.",
            "A pharmacist can suggest a cream or an antihistamine for itching (see which medicines suit you below).",
            "Do the glass test: press a clear glass firmly on the rash. If the spots do not fade, get help at once.",
        ),
        warning_signs=(
            "See a nurse or doctor if the rash has not improved after a week, keeps coming back, or is spreading.",
            "Contact a health worker today if the rash started after a new medicine (do not stop a prescribed "
            "medicine without advice), or comes with a high temperature.",
            "Contact a health worker or your midwife today if you are pregnant and have a new rash, or have been "
            "near someone with chickenpox, measles or slapped cheek.",
            "Go to an emergency department if the skin blisters or peels, or there are sores in the mouth, eyes or "
            "genitals.",
            "Call {emergency_number} if the rash does not fade under a glass and you feel unwell, or if the lips, "
            "mouth or throat swell or breathing is difficult.",
        ),
        source="NHS: Rashes in babies and children; NHS: Meningitis (the glass test)",
        url=NHS + "rashes-babies-and-children/",
    ),
    "itchy_skin": Advice(
        headline="Itchy skin is common and often gets better with simple skin care",
        care=(
            "Use a moisturiser (emollient) often, and wash with it or an unscented soap substitute instead of soap.",
            "Have lukewarm rather than hot baths or showers, and pat your skin dry.",
            "Keep cool: wear loose cotton clothes and use light bedding.",
            "Try not to scratch: keep your nails short, pat or tap the skin instead, and wear cotton gloves at night "
            "if you scratch in your sleep.",
            "Avoid perfumed soaps, shower gels, deodorants and washing powders that irritate your skin.",
            "A pharmacist can suggest a cream or an antihistamine for the itch (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if the itch has lasted 3 weeks or more, keeps coming back, is all over your body "
            "with no clear cause, or keeps you awake at night.",
            "See a nurse or doctor if the itching started after a new medicine; do not stop a prescribed medicine "
            "without advice.",
            "See a nurse or doctor soon if you have lost weight without trying, or have drenching night sweats or "
            "lumps in your neck, armpit or groin.",
            "Contact a health worker or your midwife today if you are pregnant and have itchy hands and feet, often "
            "worse at night.",
            "Contact a health worker today if your skin or the whites of your eyes turn yellow, or your pee is dark "
            "and your poo is pale.",
        ),
        source="NHS: Itchy skin",
        url=NHS + "itchy-skin/",
    ),
    "eczema_flare": Advice(
        headline="Eczema flare-ups can usually be controlled at home with emollients and your usual treatment",
        care=(
            "Use emollients (moisturisers) generously and often, even when the skin looks clear, and use them instead "
            "of soap.",
            "Use any steroid cream or ointment you have been prescribed on the flare-up as directed, leaving a gap of "
            "about 30 minutes between it and the emollient.",
            "Try not to scratch: keep nails short, and put cotton mittens on a baby's hands at night.",
            "Wear loose cotton clothes, and avoid things that set it off, such as soap, bubble bath, wool, getting too "
            "hot, and stress.",
            "Have lukewarm baths or showers, and pat the skin dry.",
            "A pharmacist can advise on emollients and treatments for mild eczema (see which medicines suit you "
            "below).",
        ),
        warning_signs=(
            "See a nurse or doctor if a flare-up is not settling after a week of treatment, or you get flare-ups every "
            "month or more often.",
            "See a nurse or doctor if the itch keeps you or your child awake most nights.",
            "Contact a health worker today if the eczema is weeping, has yellow crusts or pus spots, or is hot and "
            "painful: it may be infected.",
            "Contact a health worker today if you or your child have a high temperature and feel very unwell with the "
            "eczema.",
            "Go to an emergency department if groups of small, painful blisters or punched-out sores appear and spread "
            "quickly, or blisters or sores are near the eye.",
        ),
        source="NHS: Atopic eczema; NICE CG57: Atopic eczema in under 12s",
        url=NHS + "atopic-eczema/",
    ),
    "chickenpox": Advice(
        headline="Chickenpox usually gets better on its own within 1 to 2 weeks",
        care=(
            "Drink plenty of fluids; ice lollies are a good way to get fluids into a child with a sore mouth.",
            "Paracetamol can ease pain and discomfort. Do not give ibuprofen unless a doctor says so: with chickenpox "
            "it can lead to serious skin infections.",
            "Cooling gels or creams, or an antihistamine, from a pharmacy can ease the itch (see which medicines suit "
            "you below).",
            "Keep nails short and put socks or mittens on a child's hands at night to stop scratching; dress them in "
            "loose cotton clothes.",
            "Bathe in cool or lukewarm water, and pat the skin dry.",
            "Stay off nursery, school or work until all the spots have crusted over, usually about 5 days after they "
            "appeared, and keep away from pregnant women, newborn babies and people with a weak immune system.",
        ),
        warning_signs=(
            "Contact a health worker today if the chickenpox has not started to improve after 6 days, or the person "
            "with it is an adult or a teenager aged 14 or over.",
            "Contact a health worker today if you are pregnant, have a weak immune system, or a baby under 4 weeks old "
            "has chickenpox or has been near someone with it.",
            "Contact a health worker today if the skin around the spots becomes red, hot, swollen and painful, or "
            "someone suddenly gets worse after starting to get better.",
            "Go to an emergency department if someone has passed little or no pee for 12 hours (fewer than 4 wet "
            "nappies a day for a baby), or has a cough with breathlessness or chest pain.",
            "Go to an emergency department if someone is very drowsy or hard to wake, or unsteady and struggling to "
            "walk.",
            "Call {emergency_number} if someone has a fit, or the spots bleed or look like bruises, or the gums or "
            "nose bleed.",
        ),
        source="NHS: Chickenpox",
        url=NHS + "chickenpox/",
    ),
    "head_lice_scabies": Advice(
        headline="Head lice and scabies are common and can usually be treated at home",
        care=(
            "For head lice, comb wet hair with conditioner from the roots to the ends with a fine-toothed detection "
            "comb, section by section; repeat every few days for 2 weeks.",
            "Lotions and sprays for head lice from a pharmacy also work; use them as directed and check the hair again "
            "afterwards (see which medicines suit you below).",
            "Check everyone in the household for head lice, and treat only those with live lice. Children do not need "
            "to stay off school.",
            "For scabies, treat everyone in the household and any close or sexual contacts on the same day, even "
            "without symptoms, and repeat the treatment after a week.",
            "On the day of scabies treatment, wash bedding, towels and clothes at 50°C or above, or seal them in a bag "
            "for 3 days.",
            "Itching from scabies can carry on for up to 4 weeks after treatment; a pharmacist can suggest something "
            "to ease it.",
        ),
        warning_signs=(
            "See a nurse or doctor if you have used a treatment twice as directed and still find live lice or new "
            "burrows.",
            "See a nurse or doctor if itching carries on more than 4 weeks after scabies treatment.",
            "See a nurse or doctor, rather than a pharmacist, if a baby under 2 months old needs treatment, you are "
            "pregnant or breastfeeding, or there are lice in the eyelashes or pubic hair.",
            "See a nurse or doctor if several people in a care home, hospital ward or nursery have scabies.",
            "Contact a health worker today if there are thick, crusted, scaly patches of skin, especially in an older "
            "person or someone with a weak immune system.",
            "Contact a health worker today if redness is spreading, with red lines, pus or a high temperature.",
        ),
        source="NHS: Head lice and nits; NHS: Scabies",
        url=NHS + "head-lice-and-nits/",
    ),
    "nail_problem": Advice(
        headline="An ingrown toenail or a sore nail can often be treated at home",
        routine_headline="Book an appointment with a nurse, doctor or podiatrist within about a week",
        care=(
            "Soak the finger or toe in warm, salty water for 10 to 15 minutes, 3 or 4 times a day, then dry it well.",
            "After soaking, gently push the skin away from the edge of the nail with a cotton bud.",
            "Keep the area clean and dry, and wear wide, comfortable shoes or open-toed sandals.",
            "Cut toenails straight across, not too short, and do not pick or tear the skin or the nail edges.",
            "Do not try to cut out the ingrown part of the nail yourself.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse, doctor or podiatrist if it is no better after a week of treatment at home, or keeps coming "
            "back.",
            "See a nurse or doctor if a new dark streak under a nail is getting wider or spreading onto the skin.",
            "Contact a health worker today if you have diabetes or poor circulation in your feet: do not treat it "
            "yourself.",
            "Contact a health worker today if the skin by the nail is red, hot and swollen with pus, or redness is "
            "spreading with red lines or a high temperature.",
            "Contact a health worker today if a crushed finger or toe has throbbing blood under the nail, or the nail "
            "has been torn off.",
            "Go to an emergency department now if the finger or toe turns black, blue or cold.",
        ),
        source="NHS: Ingrown toenail; NICE CKS: Paronychia (acute)",
        url=NHS + "ingrown-toenail/",
    ),
    "burn": Advice(
        headline="Small, shallow burns can usually be treated at home",
        care=(
            "Cool the burn straight away under cool or lukewarm running water for 20 minutes. Do not use ice, iced "
            "water, creams or butter.",
            "Take off clothing or jewellery near the burn, unless it is stuck to the skin.",
            "Keep the person warm with a blanket, without rubbing it on the burn.",
            "After cooling, cover the burn loosely with cling film or a clean plastic bag.",
            "Paracetamol or ibuprofen can ease the pain; a pharmacist can tell you which suits you.",
            "Do not burst blisters.",
        ),
        warning_signs=(
            "Contact a health worker today if the burn becomes more painful, red or swollen, oozes, or you get a "
            "high temperature: it may be infected.",
            "Go to an emergency department if the burn is bigger than the injured person's hand, or the skin is "
            "white or charred.",
            "Go to an emergency department for blisters on the face, hands, arms, feet, legs or genitals, and for "
            "any chemical or electrical burn.",
            "Go to an emergency department if the person burned is under 5, pregnant, or has diabetes, heart, lung "
            "or liver disease, or a weak immune system.",
            "Call {emergency_number} if someone was in a fire and has a cough, sore throat, hoarse voice or trouble "
            "breathing, or burns to the mouth or nose.",
        ),
        source="NHS: Burns and scalds",
        url=NHS + "burns-and-scalds/",
    ),
    "chemical_exposure": Advice(
        headline="A small splash of a household chemical on the skin can usually be treated at home",
        care=(
            "Protect your own hands, then brush off any dry chemical and take off clothing or jewellery it has "
            "touched.",
            "Rinse the skin under cool running water for at least 20 minutes.",
            "Do not try to neutralise the chemical with anything else, such as vinegar or bicarbonate of soda.",
            "After rinsing, cover the area loosely with cling film or a clean, non-fluffy dressing; paracetamol can "
            "ease the pain.",
            "If fumes were breathed in, move into fresh air and open the windows.",
            "Keep the container or label so you can say exactly what the chemical was, and store chemicals in their "
            "own containers, out of children's reach.",
        ),
        warning_signs=(
            "See a nurse or doctor if the skin or eyes are still sore, red or irritated a day after the splash.",
            "Contact a health worker today if the skin is still red, painful or stinging after rinsing it for 20 "
            "minutes.",
            "Go to an emergency department if the chemical got into an eye: rinse it with running water for at least "
            "20 minutes first.",
            "Go to an emergency department if the skin is blistered, broken, white or grey, or the burn is bigger than "
            "the person's palm.",
            "Go to an emergency department if it was hydrofluoric acid, a strong alkali (such as oven or drain cleaner "
            "or wet cement) or an industrial chemical, or any was swallowed.",
            "Go to an emergency department if the person feels dizzy, sick or drowsy, has a headache, or coughs, "
            "wheezes or is breathless after breathing it in.",
            "Call {emergency_number} if someone is fighting for breath, can say only a few words, or their lips turn "
            "blue or grey.",
        ),
        source="NHS: Acid and chemical burns; NHS: Eye injuries",
        url=NHS + "acid-and-chemical-burns/",
    ),
    "electric_shock": Advice(
        headline="A brief shock from a household plug or appliance, with no symptoms afterwards, rarely causes lasting "
        "harm",
        care=(
            "Before touching someone who has had a shock, switch the power off at the plug or mains; if you cannot, "
            "move them away from the source with something dry that does not conduct, such as a wooden broom.",
            "Check the skin where the current may have gone in and out, such as the hands and feet, for burns.",
            "Rest for the next few hours, and have someone stay with you.",
            "Cool any small burn under cool running water for 20 minutes and cover it loosely with cling film.",
            "Do not use the appliance or socket again until it has been checked by an electrician.",
        ),
        warning_signs=(
            "Contact a health worker today if you could not let go of the source, the current passed across your chest "
            "(hand to hand), you were wet, or you are pregnant.",
            "Contact a health worker today if you get numbness, tingling, weakness, muscle pain or a fluttering "
            "heartbeat in the hours after the shock.",
            "Go to an emergency department if there are burns where the current went in or out, even small ones: "
            "electrical burns can be deeper than they look.",
            "Go to an emergency department if it was a high-voltage shock, such as from a power line or industrial "
            "equipment, or lightning.",
            "Call {emergency_number} if someone was knocked out, or has chest pain, a racing or irregular heartbeat, "
            "breathlessness or a fit.",
        ),
        source="NHS: Burns and scalds (electrical burns); St John Ambulance: Electric shock",
        url=NHS + "burns-and-scalds/",
    ),
    "wound": Advice(
        headline="Small cuts and grazes can usually be treated at home",
        care=(
            "Stop the bleeding by pressing firmly on the wound with a clean cloth or dressing for 10 minutes.",
            "Wash your hands, then clean the wound under running tap water.",
            "Pat the area dry and cover it with a clean dressing or plaster; keep it clean and dry.",
            "Raise the injured part above the level of the heart if you can, to slow the bleeding.",
            "Change the dressing when it gets wet or dirty; most cuts heal within a week or two.",
            "Paracetamol can ease the pain.",
        ),
        warning_signs=(
            "Contact a health worker today if the cut is dirty or from a bite and your tetanus vaccinations may not "
            "be up to date.",
            "Contact a health worker today if the wound becomes more painful, swollen, red or hot, oozes pus, or "
            "you get a high temperature.",
            "Go to an emergency department if the cut is deep or gaping and the edges do not close, or something "
            "is stuck in it (do not pull it out).",
            "Go to an emergency department if the skin beyond the cut is numb or weak, or the bleeding has not "
            "stopped after 10 minutes of firm pressure.",
            "Call {emergency_number} if blood is spurting or pouring out.",
        ),
        source="NHS: Cuts and grazes",
        url=NHS + "cuts-and-grazes/",
    ),
    "allergic_reaction": Advice(
        headline="Mild allergic reactions and hives usually settle within a few days",
        care=(
            "Avoid whatever you think caused the reaction, if you know what it was.",
            "An antihistamine from a pharmacy can ease itching and hives (see which medicines suit you below).",
            "Keep the skin cool: a cool shower or a cool, damp cloth can soothe itching.",
            "Wear loose cotton clothes, and avoid hot baths, alcohol and tight clothes while you have hives.",
            "If you have an adrenaline auto-injector, keep it with you.",
        ),
        warning_signs=(
            "See a nurse or doctor if the rash does not settle within 2 days, or keeps coming back.",
            "Contact a health worker today if the reaction started after a new medicine.",
            "Go to an emergency department if your face, lips or tongue swell; call {emergency_number} if the "
            "swelling affects breathing or swallowing.",
            "Call {emergency_number} and use an adrenaline auto-injector if you have one, if you have difficulty "
            "breathing or swallowing, wheezing, a hoarse voice, or feel faint or collapse.",
            "Call {emergency_number} if you have used your adrenaline auto-injector, even if you feel better.",
        ),
        source="NHS: Hives; NHS: Anaphylaxis; NHS: Allergies",
        url=NHS + "hives/",
    ),
    "sunburn": Advice(
        headline="Sunburn usually gets better within a week",
        care=(
            "Get out of the sun as soon as you can.",
            "Cool the skin with a cool shower, bath or damp towel (not ice).",
            "Use an after-sun cream or spray, such as aloe vera.",
            "Drink plenty of water to cool down and avoid dehydration.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
            "Cover sunburnt skin from the sun until it has healed, and do not pop blisters.",
        ),
        warning_signs=(
            "Contact a health worker today if the skin blisters or swells badly, or a baby or young child has sunburn.",
            "Contact a health worker today if you have a high temperature, chills, or feel dizzy, sick or headachy.",
            "Call {emergency_number} if someone has hot skin and is not sweating, is confused, has a fit or "
            "collapses: it could be heatstroke.",
        ),
        source="NHS: Sunburn",
        url=NHS + "sunburn/",
    ),
    "head_injury": Advice(
        headline="Most minor head injuries get better on their own",
        care=(
            "Hold an ice pack (or frozen peas in a tea towel) on the injury for up to 20 minutes at a time to "
            "reduce swelling.",
            "Rest, and have an adult stay with you for the first 24 hours.",
            "Paracetamol can ease a headache; ask a pharmacist before taking other painkillers.",
            "Do not drink alcohol, take drugs or sleeping tablets, or play contact sports for at least 3 weeks.",
            "Do not drive, and do not go back to work or school, until you feel you have fully recovered.",
        ),
        warning_signs=(
            "See a nurse or doctor if symptoms such as headache, tiredness or poor concentration last more than 2 "
            "weeks.",
            "Go to an emergency department if you take a blood thinner, have had brain surgery, or are 65 or over, "
            "and have hit your head.",
            "Go to an emergency department if you have been sick since the injury, have a headache that is getting "
            "worse, or problems with your memory.",
            "Go to an emergency department if you are drowsy or confused, or a child is unusually irritable or not "
            "themselves.",
            "Call {emergency_number} if someone was knocked out, has a fit, cannot stay awake, has trouble speaking, "
            "weakness, blurred or double vision, or clear fluid or blood coming from the ears or nose.",
        ),
        source="NHS: Head injury and concussion; NICE NG232: Head injury",
        url=NHS + "head-injury-and-concussion/",
    ),
    "face_injury": Advice(
        headline="Bruising and swelling after a knock to the face usually go down within 1 to 2 weeks",
        care=(
            "For the first day or two, hold an ice pack or frozen peas wrapped in a tea towel on the area for up to 20 "
            "minutes at a time, several times a day.",
            "Keep your head raised, and sleep on extra pillows, to reduce the swelling.",
            "Paracetamol can ease the pain; ask a pharmacist before taking other painkillers.",
            "Clean small cuts gently under running tap water and cover them with a clean dressing.",
            "Eat soft food if your jaw or teeth are sore, and avoid contact sports until you have healed.",
            "If you also hit your head, have an adult stay with you for the first 24 hours.",
        ),
        warning_signs=(
            "See a nurse or doctor if the swelling has not gone down after 3 days, or your nose or face looks a "
            "different shape once it has.",
            "Contact a health worker today if your cheek, upper lip, gums or teeth are numb, or the cheekbone looks "
            "flattened.",
            "Contact a health worker today if a cut is gaping, or goes through the edge of the lip, an eyelid or an "
            "ear.",
            "Go to an emergency department if your sight has changed or you see double, there is blood in the coloured "
            "part of the eye, or the eye looks sunken or bulging.",
            "Go to an emergency department if your teeth no longer meet properly, you cannot open or close your mouth, "
            "or a swelling inside the nose blocks it.",
            "Go to an emergency department if you were knocked out or cannot remember what happened, have been sick "
            "more than once, or a nosebleed has not stopped after 15 minutes of pinching.",
            "Call {emergency_number} if someone is struggling to breathe, is drowsy, confused or hard to wake, or has "
            "clear fluid or blood coming from the nose or ears.",
        ),
        source="NHS: Black eye; NHS: Broken nose; NHS: Head injury and concussion",
        url=NHS + "black-eye/",
    ),
    "fall": Advice(
        headline="After a fall without a serious injury, you can usually recover at home",
        care=(
            "Before getting up, check whether you are hurt. If you can, roll onto your hands and knees and get up "
            "slowly using a sturdy chair.",
            "If you cannot get up, call for help, keep warm with a blanket or coat, and move your arms and legs a "
            "little to keep the blood flowing.",
            "Treat bumps and bruises with an ice pack wrapped in a towel for up to 20 minutes at a time, and rest.",
            "Paracetamol can ease pain.",
            "If you fall often, ask a health worker for a falls check (eyesight, medicines, balance and hazards at "
            "home).",
        ),
        warning_signs=(
            "See a nurse or doctor if you have fallen more than once, or feel unsteady or afraid of falling.",
            "Contact a health worker today if pain, swelling or bruising gets worse over the next day or two, or "
            "you cannot walk normally.",
            "Go to an emergency department if you hit your head and are sick, confused, very drowsy, have a worsening "
            "headache, or take a blood thinner.",
            "Go to an emergency department if you blacked out, or had chest pain or a racing heart, before the fall.",
            "Call {emergency_number} if someone cannot get up, was on the floor for an hour or more, or a limb looks "
            "out of shape.",
        ),
        source="NHS: Falls; NICE CG161: Falls in older people",
        url=NHS + "falls/",
    ),
    "chest_injury": Advice(
        headline="Bruised or cracked ribs usually heal on their own within 3 to 6 weeks",
        care=(
            "Paracetamol can ease the pain so you can breathe and cough; ask a pharmacist before using "
            "anti-inflammatory painkillers in the first 2 days.",
            "Keep breathing normally and cough when you need to, holding a pillow against your chest: this helps "
            "prevent a chest infection.",
            "Take a few slow, deep breaths every hour.",
            "Hold an ice pack wrapped in a towel on the sore area.",
            "Walk about and move your shoulders now and then; sleep more upright for the first few nights.",
            "Do not strap your chest tightly, stay still for long periods, lift heavy things, or smoke.",
        ),
        warning_signs=(
            "Contact a health worker today if the pain is not getting better, or you have a cough with a high "
            "temperature or yellow or green phlegm.",
            "Go to an emergency department if you are more and more breathless, or cough up blood.",
            "Go to an emergency department if you have pain in your tummy or shoulder, or feel faint, after the "
            "injury.",
            "Call {emergency_number} if you are severely breathless, chest pain is getting worse, or your lips "
            "look blue.",
        ),
        source="NHS: Broken or bruised ribs",
        url=NHS + "broken-or-bruised-ribs/",
    ),
    "torso_injury": Advice(
        headline="Bruising from a blow to the body usually fades within about 2 weeks",
        care=(
            "Rest, and for the first 2 days hold an ice pack wrapped in a tea towel on the bruise for up to 20 minutes "
            "at a time, several times a day.",
            "Paracetamol can ease the pain; ask a pharmacist before taking ibuprofen or other anti-inflammatory "
            "painkillers in the first 2 days.",
            "Keep breathing deeply and cough when you need to, holding a pillow against the sore area.",
            "Avoid heavy lifting, contact sport and hard exercise until the pain has gone.",
            "Have someone stay with you for the first day if you can, and check your pee for blood.",
        ),
        warning_signs=(
            "See a nurse or doctor if the pain is not easing after a few days.",
            "Contact a health worker today if you have been sick more than once since the injury.",
            "Go to an emergency department if you are pregnant, or the blow was from bicycle handlebars or a hard kick "
            "or punch to the belly, even if you feel well: some injuries inside show up later.",
            "Go to an emergency department if belly pain is getting worse, the belly is swollen, hard or very tender, "
            "or you have pain in the tip of the left shoulder.",
            "Go to an emergency department if there is blood in your pee, you vomit blood or something like coffee "
            "grounds, or your poo is black and sticky.",
            "Go to an emergency department if you faint or nearly faint, or are short of breath; call "
            "{emergency_number} if breathing is getting harder.",
            "Call {emergency_number} if you have neck or back pain with numbness, tingling or weakness: do not move "
            "more than you need to.",
        ),
        source="NHS: Bruises; NHS: Broken or bruised ribs; NICE NG39: Major trauma",
        url=NHS + "bruises/",
    ),
    "heat_illness": Advice(
        headline="Heat exhaustion should get better within 30 minutes of cooling down",
        care=(
            "Move to a cool place, and lie down with the feet raised slightly.",
            "Drink plenty of water; a sports or rehydration drink is fine too.",
            "Cool the skin: spray or sponge it with cool water and fan it. Cold packs around the armpits or neck help.",
            "Stay with someone who has heat exhaustion until they feel better.",
            "On hot days, keep out of the sun between 11am and 3pm, and drink enough.",
        ),
        warning_signs=(
            "Call {emergency_number} if someone is still unwell after 30 minutes of cooling down and drinking "
            "water: it may be heatstroke.",
            "Call {emergency_number} if they have hot skin that is not sweating, a temperature of 40°C or more, or "
            "fast breathing or breathlessness.",
            "Call {emergency_number} if they are confused, have a fit, or are not responding; put them on their side "
            "if they are unconscious.",
            "Go to an emergency department if they cannot keep fluids down.",
        ),
        source="NHS: Heat exhaustion and heatstroke",
        url=NHS + "heat-exhaustion-heatstroke/",
    ),
    "cold_exposure": Advice(
        headline="Mild cold exposure can be treated by warming up gently",
        care=(
            "Move indoors or somewhere warm as soon as you can.",
            "Take off wet clothing, dry the skin, and warm the body with blankets, towels or coats, including the "
            "head and feet.",
            "Give a warm (not hot) drink and something sugary to eat, if the person is alert and can swallow. No "
            "alcohol.",
            "Warm up slowly: do not use a hot bath, hot water bottle or heat lamp, and do not rub the arms and legs.",
            "Warm cold fingers or toes gently in lukewarm (not hot) water; do not rub them.",
        ),
        warning_signs=(
            "Contact a health worker today if a baby or an older person has been very cold, even if they now seem "
            "well.",
            "Go to an emergency department if skin stays numb, hard, pale, blue or blistered after warming: it may "
            "be frostbite.",
            "Call {emergency_number} if shivering stops, or someone becomes confused, drowsy or slow to respond, or "
            "their breathing slows.",
        ),
        source="NHS: Hypothermia; NHS: Frostbite",
        url=NHS + "hypothermia/",
    ),
    "insect_bite_sting": Advice(
        headline="Most insect bites and stings get better within a few hours to a few days",
        care=(
            "Remove a sting or tick if it is still in the skin: scrape a sting out sideways; pull a tick out with "
            "fine-tipped tweezers, gripping close to the skin.",
            "Wash the area with soap and water.",
            "Hold a cold compress or an ice pack wrapped in a towel on it for at least 10 minutes.",
            "Raise the area if you can, to reduce swelling.",
            "Try not to scratch or burst blisters; an antihistamine or a cream from a pharmacy can ease itching and "
            "swelling (see which medicines suit you below).",
        ),
        warning_signs=(
            "See a nurse or doctor if it is not better after a few days, or is getting worse.",
            "See a nurse or doctor soon if a circular red rash like a bullseye, or flu-like symptoms, appear days "
            "or weeks after a tick bite.",
            "Contact a health worker today if redness and swelling are spreading, there is pus, or you have a high "
            "temperature.",
            "Go to an emergency department if you have many stings, a sting in the mouth or throat, or a bite from "
            "a venomous animal.",
            "Call {emergency_number} if the lips, mouth or throat swell, or you have difficulty breathing, wheezing, "
            "feel faint or collapse; use an adrenaline auto-injector if you have one.",
        ),
        source="NHS: Insect bites and stings; NHS: Lyme disease",
        url=NHS + "insect-bites-and-stings/",
    ),
    "fever": Advice(
        headline="A high temperature usually gets better on its own within about 3 days",
        care=(
            "Rest, and drink plenty of fluids (water is best) to avoid dehydration.",
            "Paracetamol or ibuprofen can bring a temperature down if you or your child are uncomfortable (see "
            "which medicines suit you below). Do not give aspirin to anyone under 16.",
            "Wear light clothing, and use light bedding; do not over-wrap a child.",
            "Do not sponge a child with cold water.",
            "Check on a child with a high temperature regularly, including during the night.",
            "Stay off work or school until your temperature is back to normal.",
        ),
        warning_signs=(
            "Contact a health worker today if a high temperature has lasted 3 days or more (5 days in a child), or "
            "keeps coming back.",
            "Contact a health worker today if a baby under 3 months has a temperature of 38°C or more, or a baby "
            "3 to 6 months old has 39°C or more.",
            "Contact a health worker today if there are signs of dehydration: little or no pee, dark pee, a dry "
            "mouth, or no tears when a child cries.",
            "Contact a health worker today if you have been abroad recently in an area with malaria.",
            "Contact your treatment team's emergency line at once, or go to an emergency department, if you are "
            "having chemotherapy or have a very weak immune system.",
            "Call {emergency_number} if there is a rash that does not fade under a glass, a stiff neck, confusion, "
            "fast breathing, blotchy, blue or grey skin, or a child who is floppy or hard to wake.",
        ),
        source="NHS: High temperature (fever) in adults; NHS: High temperature (fever) in children; NICE NG143: "
        "Fever in under 5s",
        url=NHS + "fever-in-adults/",
    ),
    "child_fever": Advice(
        headline="Most fevers in young children are caused by viral infections and get better within a few days",
        care=(
            "Check your child's temperature with a digital thermometer, under the arm for babies under 4 weeks; 38°C "
            "or more is a fever.",
            "Offer plenty to drink: regular breast or bottle feeds for a baby, water for an older child, even if they "
            "do not want to eat.",
            "Paracetamol or ibuprofen can help if your child is distressed or uncomfortable; they do not need it just "
            "to bring the temperature down (see which medicines suit your child below). Do not give aspirin to "
            "children under 16.",
            "Dress your child in light clothes and do not over-wrap them or sponge them with cold water.",
            "Check on your child regularly, including during the night, and look for the warning signs below.",
            "Keep your child off nursery or school while they have a fever.",
        ),
        warning_signs=(
            "Contact a health worker today if the fever has lasted 5 days or more, or your child is getting worse, or "
            "you are worried.",
            "Contact a health worker today if a baby aged 3 to 6 months has a temperature of 39°C or more.",
            "Contact a health worker today if your child is drinking much less, has fewer wet nappies or no pee for 12 "
            "hours, has a dry mouth, or has no tears when crying.",
            "Contact a health worker today if your child is breathing faster than usual or their nostrils flare, or "
            "they have shaking attacks they cannot stop.",
            "Go to an emergency department if a baby under 3 months has a temperature of 38°C or more, or your child "
            "has been to a country with malaria in the last year.",
            "Go to an emergency department if an arm, leg or joint is swollen, or your child stops putting weight on a "
            "leg or using an arm.",
            "Call {emergency_number} if your child is floppy or hard to wake, has a weak, high-pitched or continuous "
            "cry, or is pale, blotchy, blue or grey, or cold to touch.",
            "Call {emergency_number} if your child has a fit for the first time or a fit lasting 5 minutes or more, a "
            "stiff neck, a bulging soft spot, light hurting their eyes, or struggles to breathe.",
            "Call {emergency_number} if your child has a rash that does not fade when you press a glass firmly on it.",
        ),
        source="NHS: High temperature (fever) in children; NICE NG143: Fever in under 5s",
        url=NHS + "fever-in-children/",
    ),
    "crying_floppy_baby": Advice(
        headline="All babies cry, and colic in a baby who is otherwise well usually stops by about 6 months",
        routine_headline="Book an appointment with a nurse, doctor or health visitor within about a week",
        care=(
            "Check the simple things first: is your baby hungry, tired, too hot or cold, or in need of a nappy change "
            "or a burp?",
            "Hold and cuddle your baby, rock them gently, walk with them in a sling or pram, or give them a warm bath.",
            "Steady background noise, such as a fan or soft music, and a calm, dim room can help them settle.",
            "If your baby has colic, holding them upright during feeds and winding them often may help; talk to a "
            "pharmacist or health visitor before trying colic remedies.",
            "If the crying is getting to you, put your baby safely on their back in their cot, leave the room for a "
            "few minutes to calm down, and ask someone to take over.",
            "Never shake a baby: it can cause serious brain injury or death.",
        ),
        warning_signs=(
            "See a nurse, doctor or health visitor if your baby is over 4 months old and has had colic-like crying for "
            "a week or more.",
            "Contact a health worker today if you are finding it very hard to cope, or you are afraid you might lose "
            "control and hurt your baby: put your baby down safely first.",
            "Contact a health worker today if the crying is new and different, for example sudden screaming as if in "
            "pain, and nothing settles it even for a short while.",
            "Contact a health worker today if your baby has a temperature of 38°C or more, feels hot, or their tummy "
            "is swollen or hard or seems to hurt; go to an emergency department if they are under 3 months.",
            "Contact a health worker today if your baby is feeding much less than usual or has fewer wet nappies.",
            "Go to an emergency department if your baby brings up green vomit, has blood in their poo, or has a new "
            "lump in the groin or a swollen, red or painful scrotum.",
            "Go to an emergency department if a finger, toe or the penis is red, swollen or painful or looks tied by a "
            "hair, or your baby has a bruise or will not move an arm or leg.",
            "Call {emergency_number} if your baby is floppy or very hard to wake, has a weak, moaning or high-pitched "
            "cry, or has a rash that does not fade when a glass is pressed on it.",
        ),
        source="NHS: Colic; NHS: Soothing a crying baby; NICE NG143: Fever in under 5s",
        url=NHS + "colic/",
    ),
    "baby_feeding_problem": Advice(
        headline="Bringing up milk after feeds (reflux) is very common and usually stops by a baby's first birthday",
        routine_headline="Book an appointment with a nurse, doctor or health visitor within about a week",
        care=(
            "Hold your baby upright during feeds and for as long as you can afterwards.",
            "Wind your baby regularly during feeds.",
            "If you bottle feed, give smaller feeds more often, and ask a health visitor or midwife to check the teat "
            "and how you make up feeds.",
            "If you breastfeed, a midwife, health visitor or breastfeeding supporter can check your baby's position "
            "and attachment. You do not need to change your diet.",
            "Always put your baby to sleep flat on their back; do not raise the head of the cot.",
            "Keep a note of feeds and wet and dirty nappies for a day or two, to show a health worker if you need to.",
        ),
        warning_signs=(
            "See a nurse, doctor or health visitor if your baby is losing weight or not putting on weight as expected, "
            "or feeding problems are not better after a week of trying these changes.",
            "Contact a health worker today if your baby has taken less than half their usual feeds over the last day, "
            "has fewer wet nappies than usual, or no wet nappy for 12 hours.",
            "Contact a health worker today if your baby has a sunken soft spot, sunken eyes, a dry mouth or no tears, "
            "or is too sleepy to wake for feeds or too weak to suck.",
            "Contact a health worker today if your baby is sick with great force after most feeds, keeps no milk down, "
            "or there is blood in their vomit or poo.",
            "Contact a health worker today if your baby has a temperature of 38°C or more; go to an emergency "
            "department if they are under 3 months old.",
            "Go to an emergency department if your baby brings up green vomit, or their tummy is swollen or hard or "
            "seems to hurt.",
            "Call {emergency_number} if your baby goes blue, stops breathing or goes limp during or after a feed, or "
            "is floppy or hard to wake.",
        ),
        source="NHS: Reflux in babies; NICE NG1: Gastro-oesophageal reflux disease in children; NICE NG143",
        url=NHS + "reflux-in-babies/",
    ),
    "child_rash": Advice(
        headline="Most rashes in children are harmless and go away on their own",
        care=(
            "Do the glass test: press a clear glass firmly on the rash. If the spots do not fade, get help at once. On "
            "darker skin, check paler areas such as the palms, soles and tummy.",
            "Keep your child cool, dress them in loose cotton clothes, and keep their nails short so scratching does "
            "less harm.",
            "Wash their skin with water and an unscented emollient instead of soap, and pat it dry.",
            "Think about anything new, such as a food, soap, washing powder or plant, and avoid it.",
            "Give plenty to drink. A pharmacist can suggest a cream, or an antihistamine for itching (see which "
            "medicines suit your child below).",
            "Keep your child away from pregnant women until a health worker says what the rash is.",
        ),
        warning_signs=(
            "See a nurse or doctor if the rash has lasted a week without getting better, or keeps coming back.",
            "Contact a health worker today if your child has a temperature of 38°C or more with the rash, or the rash "
            "is painful, blistering, or covers almost all of the body.",
            "Contact a health worker today if your child's lips are red and cracked, the tongue is very red, or both "
            "eyes are red without sticky discharge.",
            "Contact a health worker today if your child had chickenpox in the last few days and is now more unwell, "
            "with a new fever or a spreading red rash.",
            "Go to an emergency department if the skin is peeling away in large areas or looks scalded.",
            "Call {emergency_number} if the rash does not fade when a glass is pressed on it, or your child has a "
            "stiff neck, light hurts their eyes, or they are floppy or hard to wake.",
            "Call {emergency_number} if your child's lips, tongue or throat swell, or they are wheezing, struggling to "
            "breathe or swallow, or feel faint.",
        ),
        source="NHS: Rashes in babies and children; NHS: Meningitis (the glass test); NICE NG143",
        url=NHS + "rashes-babies-and-children/",
    ),
    "nappy_rash": Advice(
        headline="Nappy rash is common and usually clears up within a few days with good skin care",
        routine_headline="Book an appointment with a nurse, doctor or health visitor within about a week",
        care=(
            "Change wet or dirty nappies as soon as you can, and use the most absorbent nappies you can.",
            "Clean the whole nappy area gently with water or fragrance-free, alcohol-free baby wipes, and pat it dry.",
            "Leave the nappy off for as long as you can each day, so the skin can breathe.",
            "A thin layer of barrier cream at each change protects the skin; a pharmacist can suggest one (see which "
            "medicines suit your baby below).",
            "Do not use soap, bubble bath, talc or lotions on the area, and do not fasten nappies too tightly.",
        ),
        warning_signs=(
            "See a nurse, doctor or health visitor if the rash has not cleared after a week of skin care and a cream "
            "from a pharmacy.",
            "See a nurse, doctor or health visitor if the rash spreads beyond the nappy area, is bright red with small "
            "spots spreading into the skin folds (it may be thrush), or your baby is very uncomfortable.",
            "Contact a health worker today if there are blisters, pus-filled spots, yellow crusts, or raw, weeping "
            "skin.",
            "Contact a health worker today if your baby has a temperature of 38°C or more; go to an emergency "
            "department if they are under 3 months old.",
            "Call {emergency_number} if your baby has a rash that does not fade when a glass is pressed on it, or is "
            "floppy or hard to wake.",
        ),
        source="NHS: Nappy rash",
        url=NHS + "nappy-rash/",
    ),
    "teething": Advice(
        headline="Teething can make babies sore and unsettled for a few days around each new tooth",
        routine_headline="Book an appointment with a nurse, doctor or health visitor within about a week",
        care=(
            "Give your baby a clean teething ring to chew; some can be cooled in the fridge first (never the freezer).",
            "Gently rub their gums with a clean finger, and give lots of cuddles and distraction.",
            "From 6 months, cool pieces of soft fruit or vegetables to chew can help; stay with your baby while they "
            "eat in case they choke.",
            "Wipe away dribble gently to stop the skin on their face getting sore.",
            "Paracetamol or ibuprofen for babies can help if your baby is in pain and old enough for it (see which "
            "medicines suit your baby below). There is little evidence that teething gels help; ask a pharmacist "
            "before using one.",
            "Start brushing the new teeth twice a day with a smear of fluoride toothpaste.",
        ),
        warning_signs=(
            "See a nurse, doctor or health visitor if teething symptoms have lasted a week or more, or your child is "
            "18 months or older with no teeth yet.",
            "Contact a health worker today if your baby has a temperature of 38°C or more: teething does not cause a "
            "high temperature. Go to an emergency department if they are under 3 months old.",
            "Contact a health worker today if your baby has diarrhoea or vomiting and is drinking less or has fewer "
            "wet nappies: these are not caused by teething.",
            "Contact a health worker or a dentist today if the cheek or face is swollen, or there is pus on the gum.",
            "Call {emergency_number} if your baby is floppy or hard to wake, or has a rash that does not fade when a "
            "glass is pressed on it.",
        ),
        source="NHS: Baby teething symptoms; NHS: Tips for helping your teething baby; NICE CKS: Teething",
        url="https://www.nhs.uk/baby/babys-development/teething/tips-for-helping-your-teething-baby/",
    ),
    "limp_child": Advice(
        headline="A limp with no injury in a child who is otherwise well is usually minor and settles within a few "
        "days",
        routine_headline="Arrange for a nurse or doctor to check your child's limp",
        care=(
            "Look for a simple cause: check your child's feet and between the toes for a splinter, blister or cut, and "
            "check their shoes fit.",
            "Let your child rest and do what is comfortable; do not make them walk on the leg.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit your child below).",
            "A common cause is an irritable hip after a cold or a tummy bug, which usually gets better within 1 to 2 "
            "weeks.",
            "Note when the limp started, any injury or recent illness, and whether it is getting better or worse.",
        ),
        warning_signs=(
            "Contact a health worker today if the limp is no better after 48 hours, or your child is under 3 years "
            "old.",
            "Contact a health worker today if your child refuses to put any weight on the leg, cannot stand or walk, "
            "or a joint is red, hot or swollen.",
            "Contact a health worker today if your child is 9 or older with pain in the hip, groin, thigh or knee, or "
            "will not use an arm after it was pulled or they were swung by the arms.",
            "Contact a health worker today if the pain wakes your child at night, or they are pale, tired, losing "
            "weight or bruising easily.",
            "Go to an emergency department if your child has a temperature of 38°C or more, or feels hot and shivery, "
            "with the limp.",
            "Go to an emergency department if the leg or arm looks an odd shape, you think a bone is broken, severe "
            "pain in the hip, thigh or knee came on suddenly, or there is severe pain low in the tummy or in a "
            "testicle.",
        ),
        source="NHS Healthier Together: Limp; NHS: Irritable hip; NICE CKS: Acute childhood limp",
        url="https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/limp",
    ),
    "medicine_problem": Advice(
        headline="Most side effects and missed doses can be sorted out with a pharmacist",
        care=(
            "Read the leaflet that came with your medicine: it says what to do about common side effects and "
            "missed doses.",
            "If you missed a dose, do not take a double dose to make up for it, unless the leaflet or your "
            "pharmacist says so.",
            "A pharmacist can answer most questions about medicines, without an appointment.",
            "Do not stop a prescribed medicine without talking to a pharmacist, nurse or doctor first, unless it is "
            "causing a serious reaction.",
            "You can report a suspected side effect to your medicines regulator (in the UK, the Yellow Card scheme).",
        ),
        warning_signs=(
            "See a nurse, doctor or pharmacist if a side effect bothers you or does not go away.",
            "Contact a health worker today if you have missed doses of an essential medicine, such as insulin, an "
            "epilepsy medicine, a blood thinner or an anti-rejection medicine.",
            "Go to an emergency department if you take a blood thinner and have unusual bleeding or bruising, blood "
            "in your pee or poo, or you cough up or vomit blood.",
            "Go to an emergency department if you have taken more than the recommended dose, even if you feel "
            "well: some overdoses, such as paracetamol, cause harm hours later.",
            "Call {emergency_number} if your lips, mouth or throat swell, you have difficulty breathing, or a "
            "widespread rash blisters or peels.",
        ),
        source="NHS: Medicines A to Z; MHRA: Yellow Card scheme",
        url="https://www.nhs.uk/medicines/",
    ),
    "vaccination_reaction": Advice(
        headline="Mild side effects after a vaccine are common and usually pass within 1 to 2 days",
        care=(
            "A sore, red or swollen area where the injection went in is normal; a cool, damp cloth on it can help.",
            "Rest, and drink plenty of fluids.",
            "Paracetamol or ibuprofen can ease a sore arm or a high temperature (see which medicines suit you below). "
            "After the MenB vaccine, babies are usually given paracetamol to prevent a fever: follow the advice from "
            "the vaccination appointment.",
            "Dress a child with a high temperature in light clothes, offer plenty to drink, and check on them "
            "regularly, including at night.",
            "Tell the nurse about any reaction before the next vaccine, and keep the vaccination record.",
            "You can report a suspected side effect to your medicines regulator (in the UK, the Yellow Card scheme).",
        ),
        warning_signs=(
            "See a nurse or doctor if you or your child are still unwell more than 2 days after a vaccine: something "
            "else may be the cause.",
            "Contact a health worker today if the injection site is getting more red, hot and painful after 2 days, or "
            "oozing pus.",
            "Contact a health worker today if a baby has cried non-stop, or with an unusual high-pitched cry, for 3 "
            "hours or more.",
            "Contact a health worker today if a baby's temperature is still 38°C or more 2 days after the vaccine, or "
            "a baby under 3 months with a fever is not feeding or seems unwell.",
            "Go to an emergency department if a baby has bouts of screaming with their legs drawn up, keeps vomiting, "
            "or has blood in their poo after the rotavirus vaccine.",
            "Go to an emergency department if, since the vaccine, you have chest pain, breathlessness or a pounding, "
            "fluttering heart, or after a COVID-19 vaccine a severe headache that will not go, blurred vision, or "
            "unusual bruising or tiny red or purple spots.",
            "Call {emergency_number} if the lips, tongue or throat swell, or there is trouble breathing or swallowing, "
            "wheezing or feeling faint.",
            "Call {emergency_number} if a baby or child goes floppy, pale and unresponsive, or has a fit.",
        ),
        source="NHS: Vaccinations (side effects); NHS: MenB vaccine side effects; MHRA: Yellow Card scheme",
        url="https://www.nhs.uk/vaccinations/why-vaccination-is-safe-and-important/",
    ),
    "palpitations": Advice(
        headline="Palpitations that settle quickly are usually harmless and can be managed at home",
        routine_headline="Arrange to have your heart checked within about a week",
        care=(
            "Palpitations are often harmless: stress, exercise, caffeine, alcohol, nicotine and some medicines can "
            "bring them on.",
            "Until your appointment, cut down on caffeine (coffee, tea, energy drinks), alcohol and smoking.",
            "Slow breathing and relaxation can help if stress brings them on.",
            "Write down when they happen, how long they last, what you were doing, and how your heart felt (fast, "
            "slow, irregular). Check your pulse during an episode if you can.",
            "Take a list of your medicines to the appointment.",
        ),
        warning_signs=(
            "Contact a health worker today if palpitations last a long time, keep coming back, or get worse.",
            "Call {emergency_number} if palpitations come with chest pain or tightness, breathlessness, dizziness, "
            "or fainting.",
        ),
        source="NHS: Heart palpitations",
        url=NHS + "heart-palpitations/",
    ),
    "hearing_tinnitus": Advice(
        headline="Ringing in the ears after loud noise usually settles within a few days",
        routine_headline="Arrange for a nurse or doctor to check your hearing within about a week",
        care=(
            "Do not put anything in your ears, such as cotton buds.",
            "Earwax can muffle hearing; a pharmacist can advise on ear drops, but do not use them if you have had "
            "a hole in the eardrum or ear surgery.",
            "Avoid loud noise, and wear ear protection in loud places.",
            "For ringing in the ears, quiet background sound (soft music, a fan) can make it less noticeable, "
            "especially at night.",
            "Relaxation and good sleep habits help: stress can make tinnitus worse.",
        ),
        warning_signs=(
            "Contact a health worker today if you lose hearing suddenly (over up to 3 days) in one or both ears: "
            "treatment works best early.",
            "Contact a health worker today if you lost hearing after a head injury or a very loud noise.",
            "See a nurse or doctor if the ringing beats in time with your pulse.",
            "Call {emergency_number} if hearing loss comes with weakness of the face, difficulty speaking, or "
            "sudden dizziness and loss of balance.",
        ),
        source="NHS: Hearing loss; NHS: Tinnitus",
        url=NHS + "hearing-loss/",
    ),
    "toothache": Advice(
        headline="Toothache can be eased at home for a day or two while you arrange a dentist",
        routine_headline="See a dentist within about a week; pain relief can help until then",
        care=(
            "Paracetamol or ibuprofen can ease toothache (see which medicines suit you below). Do not put "
            "painkillers on the gum or tooth.",
            "Rinse your mouth with warm salt water (not for children).",
            "Eat soft, cool foods and chew on the other side; avoid very hot, cold or sugary food.",
            "Keep brushing gently, and clean between your teeth.",
            "For a teething baby, a clean, cool teething ring may help.",
            "Contact a dentist: many areas have an urgent dental service if you do not have a dentist.",
        ),
        warning_signs=(
            "Contact a dentist today if the pain is not controlled by painkillers, or has lasted more than 2 days.",
            "Contact a dentist or a health worker today if your face or jaw swells, or you have a high temperature.",
            "Contact a dentist today if bleeding after a tooth was taken out does not stop after 20 minutes of "
            "biting on a damp gauze.",
            "See a dentist within the hour if an adult tooth is knocked out: hold it by the crown, and put it back "
            "in or keep it in milk.",
            "Go to an emergency department if swelling spreads to your eye or neck, or makes it hard to swallow, "
            "breathe or open your mouth.",
        ),
        source="NHS: Toothache; NHS: Dental emergencies",
        url=NHS + "toothache/",
    ),
    "heavy_periods": Advice(
        headline="Heavy periods that are not affecting your life can be managed at home or with a pharmacist",
        routine_headline="Arrange for a nurse or doctor to talk about your heavy periods within about a week",
        care=(
            "Heavy periods are common, and there are treatments that work, including some types of contraception: ask "
            "about them at your appointment.",
            "Keep a diary of how many days you bleed, how often you change pads or tampons, any clots, and how much "
            "pain you have.",
            "Painkillers such as ibuprofen or paracetamol can ease period pain (see which medicines suit you below).",
            "A heat pad or hot water bottle on your tummy, and gentle exercise, can ease cramps.",
            "Heavy bleeding over months can lower your iron: eat iron-rich foods such as red meat, beans, lentils, "
            "dark green vegetables and fortified cereals.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if your periods leave you tired all the time, short of breath or looking pale: "
            "you may be low in iron (anaemia).",
            "See a nurse or doctor soon if you bleed between periods or after sex, or you are 45 or over and your "
            "periods have become much heavier or irregular.",
            "See a nurse or doctor soon if period pain makes it hard to move, sleep or think.",
            "Go to an emergency department if you could be pregnant, or have had a positive pregnancy test, and are "
            "bleeding.",
            "Go to an emergency department if you soak through a pad or tampon every hour for 2 hours or more, or "
            "blood is running down your legs.",
            "Call {emergency_number} if you faint or collapse, or feel dizzy, cold and clammy.",
        ),
        source="NHS: Heavy periods; NICE NG88: Heavy menstrual bleeding",
        url=NHS + "heavy-periods/",
    ),
    "menopause_symptoms": Advice(
        headline="Mild menopause symptoms can often be eased at home",
        routine_headline="Arrange to talk to a nurse or doctor about your menopause symptoms within about a week",
        care=(
            "Treatments such as hormone replacement therapy (HRT) help many people: the appointment is a chance to "
            "talk about the benefits and risks for you.",
            "For hot flushes and night sweats, wear light layers, keep your bedroom cool, and cut down on caffeine, "
            "alcohol, spicy food and smoking.",
            "Be active every day and eat a healthy diet with enough calcium and vitamin D, to protect your bones and "
            "heart.",
            "Keep a regular sleep routine; relaxation, talking therapies such as CBT, and talking to others going "
            "through it can help with mood and sleep.",
            "Ask a pharmacist before trying herbal remedies: some interact with other medicines.",
            "You can still get pregnant until you have had no periods for a year (2 years if you are under 50): keep "
            "using contraception until then.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if you have any bleeding a year or more after your periods stopped, or "
            "unexpected bleeding on HRT.",
            "See a nurse or doctor if you are under 45 and your periods have become irregular or stopped.",
            "See a nurse or doctor soon if you have drenching sweats with weight loss, or lumps in your neck, armpit "
            "or groin.",
            "Contact a health worker or a crisis line today if you have thoughts of ending your life; call "
            "{emergency_number} if you have a plan or have harmed yourself.",
            "Go to an emergency department if one leg is painful and swollen; call {emergency_number} if you have "
            "chest pain or sudden breathlessness.",
        ),
        source="NHS: Menopause; NICE NG23: Menopause",
        url=NHS + "menopause/",
    ),
    "animal_bite": Advice(
        headline="A bite that has not broken the skin can be washed and watched at home",
        routine_headline="Arrange for a nurse or doctor to check the bite",
        care=(
            "Wash the area with clean running water and soap for a few minutes.",
            "If the skin is grazed, cover it with a clean dressing and keep it clean and dry.",
            "Paracetamol or ibuprofen can ease pain; a pharmacist can tell you which suits you.",
            "Watch the area over the next few days for redness, swelling or pus.",
        ),
        warning_signs=(
            "Contact a health worker today if the bite has broken the skin, or it was a human bite: it may need "
            "cleaning, antibiotics or a tetanus jab.",
            "Contact a health worker today if the bite becomes red, hot, swollen or painful, or oozes pus, or you "
            "get a high temperature.",
            "Go to an emergency department if the bite is deep, large or on your face, or the bleeding does not stop "
            "with firm pressure.",
            "Call {emergency_number} if there is swelling of the face or throat or difficulty breathing.",
        ),
        source="NHS: Animal and human bites; NICE NG184 Human and animal bites",
        url=NHS + "animal-and-human-bites/",
    ),
}

# --- Complaints that can end in routine care only (advice for while the patient waits) ------------

_ROUTINE: dict[str, Advice] = {
    "high_blood_pressure": Advice(
        headline="Arrange for a nurse or doctor to recheck your blood pressure within about a week",
        care=(
            "One high reading is common and needs checking again: sit quietly for 5 minutes before measuring, with "
            "your arm supported at the level of your heart.",
            "If you have a home monitor, take two readings a minute apart, morning and evening, and write them down.",
            "Cut down on salt, alcohol and caffeine, and do not smoke.",
            "Keep taking any blood pressure medicines as prescribed.",
            "Take your readings and a list of your medicines to the appointment.",
        ),
        warning_signs=(
            "Contact a health worker today if your readings stay at 180/120 or above.",
            "Contact a health worker or your midwife today if you are pregnant or have given birth recently and "
            "have a high reading, a headache, vision problems or swelling.",
            "Call {emergency_number} if a very high reading comes with a severe headache, blurred vision, chest "
            "pain, breathlessness, confusion or weakness.",
        ),
        source="NHS: High blood pressure (hypertension); NICE NG136: Hypertension in adults",
        url=NHS + "high-blood-pressure-hypertension/",
    ),
    "heart_failure_worse": Advice(
        headline="Tell your heart failure team, or a nurse or doctor, how you are within about a week",
        care=(
            "Keep taking your heart failure medicines exactly as prescribed; do not stop any without advice.",
            "Weigh yourself every morning, after going to the toilet and before breakfast, and write it down.",
            "Follow the advice you have been given about how much to drink, and cut down on salt and salty processed "
            "food.",
            "Stay as active as you can within your limits, rest when you need to, and sleep propped up on pillows if "
            "that helps your breathing.",
            "Ask a pharmacist before taking any new medicine: some, such as ibuprofen, can make heart failure worse.",
        ),
        warning_signs=(
            "Contact your heart failure team or a health worker today if your weight goes up by 2 kg (about 4 lb) or "
            "more in 3 days, or your legs or tummy are more swollen than usual.",
            "Contact your heart failure team or a health worker today if you are more breathless than usual doing "
            "normal things, wake at night breathless, or need more pillows to breathe.",
            "Go to an emergency department if you are now breathless while sitting still, have chest pain or "
            "tightness, have fainted or nearly fainted, or your heart is racing or irregular more than usual.",
            "Call {emergency_number} if you are fighting for breath, can say only a few words, cough up pink, frothy "
            "phlegm, or your lips turn blue or grey.",
        ),
        source="NHS: Heart failure; NICE NG106: Chronic heart failure in adults",
        url=NHS + "heart-failure/",
    ),
    "leg_swelling": Advice(
        headline="Arrange for a nurse or doctor to look at your swollen leg within about a week",
        care=(
            "Raise your legs on a pillow when you sit or lie down.",
            "Walk and move about; avoid sitting or standing still for long periods.",
            "Wear comfortable, wide shoes, and avoid tight clothes and socks.",
            "Keep the skin clean and moisturised, and check it for cuts.",
            "Do not stop any prescribed medicine; take a list of your medicines to the appointment.",
        ),
        warning_signs=(
            "Contact a health worker today if only one leg is swollen and it is painful, warm or red, especially "
            "the calf: it could be a blood clot.",
            "Contact a health worker today if red, hot skin is spreading, or the swelling gets worse quickly.",
            "Go to an emergency department now if the leg is cold, pale or blue.",
            "Call {emergency_number} if you are breathless, have chest pain, or cough up blood.",
        ),
        source="NHS: Swollen ankles, feet and legs (oedema)",
        url=NHS + "oedema/",
    ),
    "varicose_veins": Advice(
        headline="Arrange for a nurse or doctor to look at your varicose veins within about a week",
        care=(
            "Varicose veins are common and are not usually serious; treatment is offered if they cause symptoms or "
            "problems.",
            "Walk and move about every day, and avoid standing or sitting still for long periods; flex your ankles now "
            "and then if you must.",
            "Raise your legs on a pillow, above the level of your heart, when you rest.",
            "Keep the skin on your lower legs moisturised, and protect it from knocks and scratches.",
            "Do not start compression stockings before a nurse or doctor has checked the circulation in your legs.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if you have a sore or wound on the lower leg or ankle that has not healed "
            "within 2 weeks.",
            "Contact a health worker today if a varicose vein has bled, even if it has stopped.",
            "Contact a health worker today if a vein is hard, red, hot and painful, or one calf or leg is swollen, "
            "warm and painful: it could be a blood clot.",
            "Go to an emergency department if you are short of breath or have chest pain.",
            "If a vein bleeds, lie down, raise the leg and press firmly on it; call {emergency_number} if it is "
            "bleeding heavily and has not stopped after 10 minutes of firm pressure.",
        ),
        source="NHS: Varicose veins; NICE CG168: Varicose veins",
        url=NHS + "varicose-veins/",
    ),
    "fainting": Advice(
        headline="Anyone who has fainted should have a check, including a heart tracing (ECG), within about a week",
        care=(
            "If you feel faint again, lie down with your legs raised, or sit with your head between your knees, "
            "until it passes.",
            "Get up slowly from lying or sitting, and drink enough fluids.",
            "Avoid things that may have brought it on, such as standing still for long, getting too hot, or "
            "skipping meals.",
            "Do not drive until you have been checked: driving rules may apply after a faint.",
            "Write down what happened before, during and after the faint, and ask anyone who saw it what they noticed.",
        ),
        warning_signs=(
            "Contact a health worker today if you faint again before your appointment.",
            "Contact a health worker or your midwife today if you are pregnant and fainted.",
            "Go to an emergency department if you fainted during exercise, or had chest pain, a racing heart or "
            "breathlessness before it.",
            "Go to an emergency department if you were hurt when you fell, or did not fully recover within a few "
            "minutes.",
            "Call {emergency_number} if someone does not wake up within a minute, or is not breathing normally.",
        ),
        source="NHS: Fainting; NICE CG109: Transient loss of consciousness",
        url=NHS + "fainting/",
    ),
    "asthma": Advice(
        headline="Book an asthma review with a nurse or doctor within about a week",
        care=(
            "Use your reliever inhaler (usually blue) as your asthma action plan says, with a spacer if you have one.",
            "Keep using your preventer inhaler every day as prescribed, even when you feel well.",
            "Avoid your triggers where you can, such as smoke, dust, pollen or cold air.",
            "Ask a pharmacist or nurse to check how you use your inhaler.",
            "Take your inhalers and your asthma action plan to the review.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if you need your reliever more than 3 times a week, or asthma wakes you at "
            "night.",
            "Contact a health worker today if your reliever is not helping, or you need it more than every 4 hours.",
            "In an asthma attack, sit up straight and take one puff of your reliever every 30 to 60 seconds, up to "
            "10 puffs. Call {emergency_number} if you feel worse, or are not better after 10 puffs.",
            "Call {emergency_number} if you are too breathless to speak, eat or sleep, your lips are blue, or you "
            "are drowsy or confused.",
        ),
        source="NHS: Asthma attack; BTS/SIGN/NICE: Asthma guideline",
        url=NHS + "asthma/asthma-attack/",
    ),
    "dental_injury": Advice(
        headline="See a dentist about the injured tooth; a chipped tooth can usually wait for a routine appointment",
        care=(
            "Rinse your mouth gently with warm water, and bite on a clean, damp cloth or gauze to stop bleeding from "
            "the gum.",
            "Keep any piece of broken tooth in milk and take it to the dentist.",
            "Paracetamol or ibuprofen can ease the pain (see which medicines suit you below).",
            "Eat soft food, chew on the other side, and avoid very hot, cold or sugary food and drinks.",
            "Keep brushing gently, and wear a mouthguard for contact sports in future.",
        ),
        warning_signs=(
            "Contact a dentist today if a tooth is loose, pushed out of place or into the gum, a large piece has "
            "broken off, or the tooth is very painful or sensitive to hot, cold or air.",
            "If an adult tooth is knocked out, see a dentist within the hour: hold it by the white crown, rinse it if "
            "dirty, and put it back in its socket or keep it in milk. Never put a baby tooth back in.",
            "Go to an emergency department if bleeding from the mouth does not stop after 15 minutes of firm pressure.",
            "Go to an emergency department if your jaw looks out of shape, your teeth no longer meet properly, or "
            "there is a deep cut.",
            "Go to an emergency department if you were knocked out, or have a bad headache, vomiting, double vision or "
            "drowsiness since the injury.",
        ),
        source="NHS inform: Broken or knocked-out tooth; NHS: Dental emergencies",
        url="https://www.nhsinform.scot/illnesses-and-conditions/injuries/dental-injuries/broken-or-knocked-out-tooth/",
    ),
    "gum_problem": Advice(
        headline="See a dentist about your gums within about a week",
        care=(
            "Bleeding, sore or swollen gums are usually a sign of gum disease, caused by plaque; it can be treated and "
            "often reversed.",
            "Keep brushing twice a day for about 2 minutes with fluoride toothpaste, including along the gum line, "
            "even if your gums bleed.",
            "Clean between your teeth every day with floss or small interdental brushes.",
            "Spit out toothpaste after brushing rather than rinsing; an antiseptic mouthwash from a pharmacy may help "
            "for a short time.",
            "Stop smoking, and cut down on sugary food and drinks.",
            "Paracetamol or ibuprofen can ease sore gums (see which medicines suit you below).",
        ),
        warning_signs=(
            "Contact a dentist today if your gums are very sore and swollen, or very painful with a grey coating and a "
            "bad smell or taste.",
            "Contact a dentist today if teeth are becoming loose or falling out.",
            "Contact a dentist or a health worker today if your face is swollen and you have a high temperature.",
            "Contact a dentist or a health worker today if you have an ulcer, a red or white patch, or a lump in your "
            "mouth or on your lip.",
            "Contact a health worker today if your gums bleed heavily or are still bleeding after 15 minutes of "
            "pressure, or you have unexplained bruises or tiny red or purple spots on the skin.",
        ),
        source="NHS: Gum disease; NHS: Bleeding gums",
        url=NHS + "gum-disease/",
    ),
    "difficulty_swallowing": Advice(
        headline="Arrange for a nurse or doctor to check your swallowing within about a week",
        care=(
            "Sit upright to eat and drink, eat slowly, and stay upright for 30 minutes afterwards.",
            "Cut food into small pieces, choose soft, moist foods, and take small sips.",
            "Avoid eating when you are tired or rushed.",
            "Note which foods or drinks are hard to swallow, and whether you cough or choke when eating.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if swallowing is getting harder over weeks, or you are losing weight.",
            "See a nurse or doctor soon if you cough or choke when eating or drinking, or keep getting chest "
            "infections.",
            "Go to an emergency department if food is stuck now and you cannot swallow your saliva.",
            "Go to an emergency department now if a button battery or a magnet may have been swallowed.",
            "Call {emergency_number} if you have difficulty breathing.",
        ),
        source="NHS: Swallowing problems (dysphagia); NICE NG12: Suspected cancer",
        url=NHS + "swallowing-problems-dysphagia/",
    ),
    "vision_problem": Advice(
        headline="Arrange an eye check with an optician, nurse or doctor within about a week",
        care=(
            "A slow change in vision often means you need glasses: an optician can check your eyes.",
            "Do not drive if you cannot see clearly.",
            "Rest your eyes from screens: every 20 minutes, look at something about 6 metres away for 20 seconds.",
            "Take your glasses or contact lenses, and a list of your medicines, to the appointment.",
            "If you have diabetes, keep your diabetic eye screening appointments.",
        ),
        warning_signs=(
            "Contact a health worker today if your vision is getting worse over days.",
            "Contact a health worker today if you are over 50 and have a new headache, a tender scalp or pain in "
            "your jaw when chewing: it can threaten your sight.",
            "Go to an emergency department or an eye casualty today if you see new flashes or floaters, or a "
            "shadow or curtain across your vision.",
            "Go to an emergency department now if you suddenly lose vision or see double.",
            "Call {emergency_number} if vision loss comes with face drooping, weakness or slurred speech.",
        ),
        source="NHS: Blurred vision; NHS: Detached retina",
        url=NHS + "blurred-vision/",
    ),
    "gi_bleeding": Advice(
        headline="Arrange for a nurse or doctor to check the bleeding within about a week",
        care=(
            "Small amounts of bright red blood on the toilet paper often come from piles or a small tear, but "
            "bleeding should still be checked.",
            "Drink plenty of fluids and eat more fibre, so your poo is soft and you do not strain.",
            "Note how often it happens, the colour of the blood, and any change in your bowel habits.",
            "Do not take aspirin or ibuprofen unless a doctor has told you to: they can make bleeding worse.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if the bleeding lasts 3 weeks or more, your bowel habits change, or you "
            "lose weight.",
            "Contact a health worker today if your poo is dark red, black or tarry.",
            "Go to an emergency department if you vomit blood, or something that looks like coffee grounds.",
            "Call {emergency_number} if the bleeding is heavy (the toilet water turns red, or there are large "
            "clots), or you feel dizzy, faint, cold or clammy.",
        ),
        source="NHS: Bleeding from the bottom (rectal bleeding); NHS: Vomiting blood",
        url=NHS + "bleeding-from-the-bottom-rectal-bleeding/",
    ),
    "rectal_bleeding": Advice(
        headline="Arrange for a nurse or doctor to check the bleeding from your bottom within about a week",
        care=(
            "Bright red blood on the toilet paper is often caused by piles or a small tear, but it should still be "
            "checked.",
            "Drink plenty of fluids and eat more fibre, so your poo is soft and easy to pass.",
            "Do not strain on the toilet, and go when you feel the urge.",
            "Keep a note of when it happens, how much blood there is, and any change in your poo or bowel habits.",
            "Ask a pharmacist before taking painkillers: some, such as aspirin and ibuprofen, can make bleeding worse.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if your poo has been looser, softer or thinner than usual for 3 weeks or more, "
            "or you have a lump or pain in your tummy, or have lost weight without trying.",
            "Contact a health worker today if your poo is dark red, blood is mixed right through it, or you have "
            "diarrhoea with blood in it.",
            "Go to an emergency department if your poo is black and sticky like tar.",
            "Go to an emergency department if the bleeding does not stop, or there is a lot of blood (the toilet water "
            "turns red, or there are large clots).",
            "Call {emergency_number} if you feel faint or dizzy when you stand, or look pale and feel cold and clammy.",
        ),
        source="NHS: Bleeding from the bottom (rectal bleeding); NICE NG12: Suspected cancer",
        url=NHS + "bleeding-from-the-bottom-rectal-bleeding/",
    ),
    "hernia_groin_lump": Advice(
        headline="Arrange for a nurse or doctor to check the lump within about a week",
        care=(
            "A lump in the groin or near the belly button that gets bigger when you cough or strain, and goes down "
            "when you lie down, is often a hernia. It needs to be checked, but is rarely urgent.",
            "Avoid heavy lifting and straining; if you must lift, bend your knees and keep the load close.",
            "Eat plenty of fibre and drink enough fluids, so you do not strain on the toilet.",
            "Do not try to force the lump back in. Paracetamol can ease discomfort.",
            "If you smoke, stopping helps: coughing puts pressure on a hernia.",
        ),
        warning_signs=(
            "Go to an emergency department now if the lump suddenly becomes very painful, or becomes firm or tender, "
            "or can no longer be pushed back in.",
            "Go to an emergency department now if you are being sick, or cannot poo or pass wind.",
            "Go to an emergency department now if the skin over the lump turns red, purple or dark, or you have a high "
            "temperature.",
            "Contact a health worker today if the lump is getting bigger quickly or you feel unwell.",
        ),
        source="NHS: Hernia; NHS: Inguinal hernia repair",
        url=NHS + "hernia/",
    ),
    "blood_in_urine": Advice(
        headline="Arrange for a nurse or doctor to check the blood in your urine within about a week",
        care=(
            "Blood in your pee must always be checked, even if it happened only once.",
            "Some foods (such as beetroot) and medicines can turn pee red or dark: mention them at your appointment.",
            "Drink plenty of water.",
            "Note how often it happens, and whether it burns or you need to pee more often.",
        ),
        warning_signs=(
            "Contact a health worker today if it hurts to pee, or you have a high temperature or pain in your side "
            "or lower back.",
            "Go to an emergency department if you cannot pee, or you pass blood clots.",
            "Go to an emergency department if the blood follows an injury, or you feel faint.",
        ),
        source="NHS: Blood in urine; NICE NG12: Suspected cancer",
        url=NHS + "blood-in-urine/",
    ),
    "urinary_incontinence": Advice(
        headline="Arrange for a nurse or doctor to talk about your bladder within about a week",
        care=(
            "Leaking pee is common and treatable; you do not need to put up with it.",
            "Do pelvic floor exercises every day: squeeze the muscles you use to stop peeing, hold, then relax. It can "
            "take about 3 months to help.",
            "Keep drinking normally, but cut down on caffeine, fizzy drinks and alcohol, which irritate the bladder.",
            "Avoid heavy lifting, and tighten your pelvic floor before you lift, cough or sneeze.",
            "Stop smoking, lose weight if you need to, and avoid constipation: all of these strain the pelvic floor.",
            "Pads or pants for bladder leaks from a pharmacy or supermarket can help in the meantime.",
        ),
        warning_signs=(
            "See a nurse or doctor if you can feel or see a bulge or something coming down in the vagina.",
            "Contact a health worker today if it burns or stings when you pee, your pee is cloudy or smelly, or there "
            "is blood in your pee.",
            "Contact a health worker today if you have a high temperature, shivers, or pain in your back or side below "
            "the ribs.",
            "Contact a health worker today if your bladder never feels empty, your lower tummy is swollen, and you "
            "dribble all the time.",
            "Go to an emergency department now if you also have back pain with numbness around your bottom or "
            "genitals, or new weakness in your legs.",
        ),
        source="NHS: Urinary incontinence; NICE NG123: Urinary incontinence and pelvic organ prolapse in women",
        url=NHS + "urinary-incontinence/",
    ),
    "genital_sti": Advice(
        headline="Book a check at a sexual health clinic, or with a nurse or doctor, within about a week",
        care=(
            "Sexual health clinics are often free and confidential, and you can usually contact them without a "
            "referral.",
            "Do not have sex (including oral sex) until you have been checked and, if needed, treated.",
            "Wash the genital area with water or an unscented emollient; do not wash inside the vagina or use "
            "scented products.",
            "Tell recent partners that they may need a check too.",
        ),
        warning_signs=(
            "Contact a health worker today if you have pain in your lower tummy with a high temperature, or pain "
            "during sex.",
            "Contact a health worker today if you have painful sores or blisters, or it hurts to pee.",
            "Contact a sexual health clinic or an emergency department today if you may have been exposed to HIV "
            "in the last 72 hours: medicine to prevent HIV (PEP) works best when started as soon as possible.",
            "Contact a health worker or a sexual assault service today if you have been sexually assaulted; call "
            "{emergency_number} if you are in danger.",
        ),
        source="NHS: Sexually transmitted infections (STIs); NHS: Post-exposure prophylaxis (PEP)",
        url=NHS + "sexually-transmitted-infections-stis/",
    ),
    "penis_problem": Advice(
        headline="Arrange for a nurse or doctor to look at the problem within about a week",
        care=(
            "Wash the penis every day with warm water, gently pulling back the foreskin if it moves easily, and dry "
            "it gently.",
            "Do not use soap, shower gel or scented products on the area: use an emollient instead.",
            "Never force the foreskin back.",
            "Avoid sex until you have been checked.",
        ),
        warning_signs=(
            "Contact a health worker today if you have a high temperature, or pain and swelling that get worse.",
            "Go to an emergency department now if the foreskin is pulled back and will not go back over the end of "
            "the penis.",
            "Go to an emergency department now if an erection lasts more than 2 hours, or is painful.",
            "Go to an emergency department if you cannot pee.",
            "Go to an emergency department if there is pain or swelling after an injury, especially if you heard a "
            "crack during sex.",
        ),
        source="NHS: Balanitis; NHS: Tight foreskin (phimosis and paraphimosis)",
        url=NHS + "balanitis/",
    ),
    "vaginal_bleeding": Advice(
        headline="Arrange for a nurse or doctor to check the bleeding within about a week",
        care=(
            "Use pads rather than tampons until you have been checked, so you can see how much you are bleeding.",
            "Keep a note of when you bleed and how much.",
            "If you might be pregnant, do a pregnancy test.",
            "Paracetamol can ease cramps.",
        ),
        warning_signs=(
            "See a nurse or doctor soon about any bleeding after the menopause (a year or more after your last "
            "period).",
            "See a nurse or doctor if bleeding after sex or between periods keeps happening.",
            "Contact a health worker or your maternity unit today if you are or might be pregnant and have bleeding "
            "or pain.",
            "Go to an emergency department if you have sudden severe tummy pain, or pain on one side.",
            "Go to an emergency department if you soak a pad every hour, pass large clots, or feel dizzy or faint; "
            "call {emergency_number} if someone collapses.",
        ),
        source="NHS: Bleeding between periods; NHS: Post-menopausal bleeding",
        url=NHS + "post-menopausal-bleeding/",
    ),
    "pelvic_pain": Advice(
        headline="Arrange for a nurse or doctor to check your pelvic pain within about a week",
        care=(
            "A heat pad or hot water bottle (wrapped in a towel) on your tummy can ease the pain.",
            "Paracetamol or ibuprofen can help; a pharmacist can tell you which suits you.",
            "Note when the pain comes, and whether it is linked to your periods, peeing, opening your bowels or sex.",
            "If you might be pregnant, do a pregnancy test.",
        ),
        warning_signs=(
            "Contact a health worker today if you have a high temperature, unusual discharge, or it hurts to pee.",
            "Go to an emergency department if you might be pregnant and have pain on one side or bleeding: it "
            "could be an ectopic pregnancy.",
            "Go to an emergency department if the pain is sudden and severe, especially on one side with being sick.",
            "Call {emergency_number} if the pain comes with fainting, dizziness or pain in the tip of the shoulder.",
        ),
        source="NHS: Pelvic pain; NHS: Ectopic pregnancy",
        url=NHS + "pelvic-pain/",
    ),
    "after_birth": Advice(
        headline="Talk to your midwife, health visitor, or a nurse or doctor within about a week",
        care=(
            "Rest when your baby sleeps, and accept offers of help.",
            "Drink plenty, eat regular meals, and keep taking any vitamins or medicines you were advised to.",
            "Keep stitches or a wound clean and dry; change pads often, and wash your hands before and after.",
            "Paracetamol is usually fine while breastfeeding; ask a pharmacist about other medicines.",
            "Tell your midwife or health visitor how you feel: low mood after a birth is common and help works.",
        ),
        warning_signs=(
            "See a nurse, doctor or health visitor if you have felt low, anxious or unable to cope for more than 2 "
            "weeks.",
            "Contact a health worker today if you have a high temperature, smelly discharge, or a painful, red or "
            "oozing wound.",
            "Contact a health worker today if you have a severe headache, vision problems, or swelling of the face, "
            "hands or feet: pre-eclampsia can happen after the birth.",
            "Go to an emergency department if one leg is painful, swollen or red; call {emergency_number} if you "
            "are breathless or have chest pain.",
            "Call {emergency_number} if you are bleeding heavily (soaking a pad every hour, or large clots).",
            "Contact a health worker or a crisis line today if you have thoughts of harming yourself or your baby; "
            "call {emergency_number} if anyone is in danger.",
        ),
        source="NHS: Your body after the birth; NHS: Postnatal depression",
        url=NHS + "post-natal-depression/",
    ),
    "weakness_numbness": Advice(
        headline="Arrange for a nurse or doctor to check the weakness or numbness within about a week",
        care=(
            "Pins and needles that come and go are often from pressure on a nerve, such as sitting or sleeping in "
            "one position.",
            "Change position often, and avoid leaning on your elbows or crossing your legs for long.",
            "Take care with hot water and sharp objects if part of your body is numb.",
            "Note where it happens, how long it lasts, and what brings it on.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if numbness or pins and needles get worse, spread, or keep coming back.",
            "Go to an emergency department if weakness or numbness spreads up from your feet or hands over hours "
            "or days.",
            "Go to an emergency department now if you have numbness around your bottom or genitals, or cannot "
            "control your bladder or bowels.",
            "Call {emergency_number} if you have sudden weakness or numbness of the face, arm or leg (especially "
            "on one side), slurred speech, or loss of vision, even if it goes away: it could be a stroke.",
        ),
        source="NHS: Pins and needles; NHS: Stroke (act FAST)",
        url=NHS + "pins-and-needles/",
    ),
    "seizure": Advice(
        headline="Tell your epilepsy team or doctor about this seizure within about a week",
        care=(
            "Keep taking your epilepsy medicines as prescribed; do not stop them suddenly.",
            "Get enough sleep, and avoid alcohol and anything you know brings on your seizures.",
            "Write down the date, what happened before, during and after the seizure, and how long it lasted.",
            "Do not drive: driving rules usually apply after a seizure.",
            "People with you should move hard objects away, cushion your head, not hold you down or put anything "
            "in your mouth, and put you on your side when the jerking stops.",
        ),
        warning_signs=(
            "Contact your epilepsy team or a health worker today if seizures are happening more often than usual.",
            "Call {emergency_number} if a seizure lasts more than 5 minutes, or one follows another without waking "
            "in between.",
            "Call {emergency_number} if someone has a seizure for the first time, does not wake up afterwards, is "
            "badly hurt, or has trouble breathing.",
            "Call {emergency_number} if a seizure happens in water, or to someone who is pregnant or has diabetes.",
        ),
        source="NHS: Epilepsy (what to do if someone has a seizure); NICE NG217: Epilepsies",
        url=NHS + "epilepsy/what-to-do-if-someone-has-a-seizure-fit/",
    ),
    "memory_problems": Advice(
        headline="Arrange to talk to a nurse or doctor about memory problems within about a week",
        care=(
            "Memory problems have many causes, such as stress, low mood, poor sleep, some medicines or a lack of "
            "vitamins; many can be treated.",
            "Keep a diary, use reminders and lists, and keep things like keys in the same place.",
            "Stay active, eat well, keep in touch with people, and keep alcohol low.",
            "Bring someone who knows you well to the appointment, with a list of your medicines.",
        ),
        warning_signs=(
            "Contact a health worker today if memory or behaviour changes over days rather than months, or new "
            "confusion starts: an infection or another treatable cause may be behind it.",
            "Go to an emergency department if confusion follows a fall or a head injury.",
            "Call {emergency_number} if sudden confusion comes with weakness of the face or a limb, or slurred speech.",
        ),
        source="NHS: Memory loss (amnesia); NHS: Symptoms of dementia",
        url=NHS + "memory-loss-amnesia/",
    ),
    "low_mood": Advice(
        headline="Talk to a nurse or doctor about how you feel within about a week",
        care=(
            "You are not alone: low mood is common, and treatments, including talking therapies, work.",
            "Talk to someone you trust about how you feel.",
            "Try to keep a routine: get up at the same time, eat regular meals, and go outside every day.",
            "Be active: even a short walk helps your mood.",
            "Cut down on alcohol and avoid drugs: they make low mood worse.",
            "Free self-help and talking therapy services are often available without a referral; a health worker "
            "can tell you what is near you.",
        ),
        warning_signs=(
            "Contact a health worker today if you feel worse, or cannot cope with daily life.",
            "Contact a health worker or a crisis line today if you have thoughts of harming yourself, or that life "
            "is not worth living: you do not have to wait for the appointment.",
            "Contact a health worker today if you hear voices or see things others do not, or feel someone is "
            "trying to harm you.",
            "Call {emergency_number} or go to an emergency department now if you have a plan to end your life, "
            "have harmed yourself, or feel you cannot keep yourself safe.",
        ),
        source="NHS: Low mood, sadness and depression; NHS: Help for suicidal thoughts",
        url="https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/",
    ),
    "eating_disorder": Advice(
        headline="Talk to a nurse or doctor about your eating within about a week",
        care=(
            "Eating disorders are serious illnesses, but they can be treated, and the sooner you get help the better.",
            "Try to eat regular meals and snacks, even small ones, and keep drinking fluids.",
            "Tell someone you trust how you are feeling, and take them to the appointment if that helps.",
            "Eating disorder charities run confidential helplines and online support, for you and for family and "
            "friends; you can contact them now.",
            "Try to stay away from websites and social media that encourage restricting food or losing weight.",
        ),
        warning_signs=(
            "Contact a health worker today if you have eaten almost nothing for several days or stopped drinking, or "
            "are making yourself sick or taking laxatives or water tablets several times a day.",
            "Contact a health worker today if you have diabetes and have been missing insulin, or you are losing "
            "weight very fast (about 1 kg or more a week).",
            "Go to an emergency department if you have fainted or nearly passed out, or are so weak you cannot get up "
            "from a chair or climb stairs without using your arms.",
            "Go to an emergency department if you have chest pain or a very slow, racing or irregular heartbeat, or "
            "you vomit blood or your poo is black.",
            "Contact a health worker or a crisis line today if you have thoughts of ending your life; call "
            "{emergency_number} if you have a plan or have harmed yourself.",
        ),
        source="NHS: Eating disorders; Beat (eating disorders charity); NICE NG69: Eating disorders",
        url="https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/eating-disorders/overview/",
    ),
    "substance_problem": Advice(
        headline="Talk to a nurse or doctor about support within about a week",
        care=(
            "Help to cut down or stop works best when it is planned; local drug and alcohol services can often be "
            "contacted directly.",
            "If you drink heavily every day, do not stop suddenly without advice: alcohol withdrawal can be "
            "dangerous. Cut down gradually until you get help.",
            "Do not mix alcohol, drugs and medicines, and do not use alone.",
            "If you inject, use new needles each time and never share equipment.",
            "If you use opioids, ask about naloxone, a medicine that can reverse an overdose.",
        ),
        warning_signs=(
            "Contact a health worker today if you shake, sweat, see things, or have a racing heart after stopping "
            "or cutting down.",
            "Contact a health worker today if an injection site is red, hot, painful and swollen, or you feel "
            "feverish.",
            "Call {emergency_number} if someone has a fit or becomes confused during withdrawal.",
            "Call {emergency_number} if someone has chest pain, overheats, or has a racing heart after taking drugs.",
            "Call {emergency_number} if someone cannot be woken, or is breathing slowly or not at all; use naloxone "
            "if you have it.",
        ),
        source="NHS: Drug addiction (getting help); NHS: Alcohol support",
        url="https://www.nhs.uk/live-well/addiction-support/drug-addiction-getting-help/",
    ),
    "skin_lump": Advice(
        headline="Arrange for a nurse or doctor to look at the mole or lump within about a week",
        care=(
            "Take a clear photo of the mole or lump next to a ruler or coin, so changes can be compared.",
            "Note any change in size, shape or colour, and any itching or bleeding.",
            "Do not pick at it, scratch it, or try to remove it.",
            "Protect your skin from the sun: use sunscreen of at least SPF 30, cover up, and avoid sunbeds.",
        ),
        warning_signs=(
            "See a nurse or doctor soon (within 2 weeks) if a mole is changing in size, shape or colour, has an "
            "uneven edge or several colours, or bleeds, crusts or itches.",
            "See a nurse or doctor if a sore or spot has not healed within 4 weeks.",
            "Contact a health worker today if a lump is hot, red and painful, or you feel feverish.",
        ),
        source="NHS: Moles; NHS: Melanoma skin cancer",
        url=NHS + "moles/",
    ),
    "tiredness": Advice(
        headline="Arrange for a nurse or doctor to look into your tiredness within about a week",
        care=(
            "Keep a regular sleep routine, and limit caffeine and alcohol, especially in the evening.",
            "Eat regular, balanced meals, and drink enough water.",
            "Some gentle activity each day often improves energy.",
            "Think about stress, mood and changes in your life: they often cause tiredness.",
            "Note how long you have felt this way, and any other symptoms such as weight change or thirst.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if you are very thirsty, pee a lot, or are losing weight.",
            "Contact a health worker today if you have unexplained bruising or bleeding, night sweats, or a "
            "temperature that keeps coming back.",
            "Contact a health worker today if you are breathless and pale; call {emergency_number} if you have "
            "chest pain.",
            "Contact a health worker or a crisis line today if you feel hopeless, or have thoughts of harming "
            "yourself.",
        ),
        source="NHS: Tiredness and fatigue",
        url=NHS + "tiredness-and-fatigue/",
    ),
    "diabetes_problem": Advice(
        headline="Talk to your diabetes team, or a nurse or doctor, within about a week",
        care=(
            "Check your blood sugar more often than usual, and write the readings down.",
            "Keep taking your diabetes medicines; do not stop insulin, even if you are not eating.",
            "If your sugar is low (below 4 mmol/L) or you feel shaky, sweaty or confused, have something sugary "
            "(a glass of fruit juice or some sweets), check again after 10 to 15 minutes, then eat a snack.",
            "When you are ill, follow your sick day rules and drink plenty of sugar-free fluids.",
            "Check your feet every day for cuts, blisters or colour changes.",
        ),
        warning_signs=(
            "Contact your diabetes team or a health worker today if your readings stay high, or you are very "
            "thirsty or peeing a lot.",
            "Contact a health worker today if you have a foot wound, or a red, hot or swollen foot.",
            "Go to an emergency department if you have ketones in your blood or urine, are being sick, have tummy "
            "pain, or fast, deep breathing.",
            "Call {emergency_number} if a low sugar does not improve after two treatments, or you cannot swallow "
            "safely.",
            "Call {emergency_number} if someone with diabetes is very drowsy, confused, having a fit or "
            "unconscious; do not put food or drink in their mouth.",
        ),
        source="NHS: Low blood sugar (hypoglycaemia); NHS: Diabetic ketoacidosis",
        url=NHS + "low-blood-sugar-hypoglycaemia/",
    ),
    "weight_loss": Advice(
        headline="Arrange for a nurse or doctor to check your weight loss within about a week",
        care=(
            "Weigh yourself once a week at the same time of day, and write it down.",
            "Eat regular meals and snacks; if your appetite is poor, have small meals often.",
            "Note any other symptoms, such as changes in your bowel habits, thirst, a cough, sweats or low mood.",
        ),
        warning_signs=(
            "See a nurse or doctor soon if food gets stuck when you swallow, or you have night sweats, a lump, or a "
            "cough that does not go away.",
            "Contact a health worker today if you are very thirsty, pee a lot and feel tired: it could be diabetes.",
            "Go to an emergency department if you have blood in your vomit or poo, or black poo.",
        ),
        source="NHS: Unintentional weight loss; NICE NG12: Suspected cancer",
    ),
}

COMPLAINTS: dict[str, Advice] = {**_SELF_CARE, **_ROUTINE}


def content_rows(complaints: list[dict], *, strict: bool = True) -> list[dict]:
    """The rows to load: the generic fallbacks, then one row per complaint and disposition it allows.

    `complaints` is the triage catalogue's list (engine.catalogue_as_dict()["complaints"]).
    With strict=True, raises ValueError when a self-care or routine complaint has no advice
    here, or the data names a complaint the catalogue does not have; with strict=False
    (a data migration replayed against a later catalogue) those are skipped.
    """
    rows = [
        {
            "complaint_code": "",
            "disposition": disposition,
            "headline": advice.headline,
            "summary": advice.summary,
            "care_instructions": list(advice.care),
            "warning_signs": list(advice.warning_signs),
            "source": advice.source,
            "source_url": advice.url,
        }
        for disposition, advice in GENERIC.items()
    ]
    known = {complaint["code"] for complaint in complaints}
    unknown = sorted(set(COMPLAINTS) - known)
    if unknown and strict:
        raise ValueError(f"suggestion content names complaints the triage catalogue does not have: {unknown}")
    for complaint in complaints:
        code = complaint["code"]
        if not (complaint["self_care_possible"] or complaint["routine_possible"]):
            continue
        advice = COMPLAINTS.get(code)
        if advice is None:
            if not strict:
                continue
            raise ValueError(f"no suggestion content for complaint {code!r}, which can end in self-care or routine")
        common = {"complaint_code": code, "source": advice.source, "source_url": advice.url, "summary": ""}
        if complaint["self_care_possible"]:
            rows.append(
                {
                    **common,
                    "disposition": "self_care",
                    "headline": advice.headline,
                    "care_instructions": list(advice.care),
                    "warning_signs": list(advice.warning_signs),
                }
            )
        if complaint["routine_possible"]:
            # A self-care complaint sent to routine care shows the generic routine headline
            # ("book an appointment") above its home-care advice.
            headline = advice.routine_headline or ("" if complaint["self_care_possible"] else advice.headline)
            rows.append(
                {
                    **common,
                    "disposition": "routine",
                    "headline": headline,
                    "care_instructions": list(advice.routine_care or advice.care),
                    "warning_signs": list(advice.warning_signs),
                }
            )
    return rows
