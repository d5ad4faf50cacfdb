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

CONTENT_VERSION = "2026.11.1"

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
}

# --- Complaints that can end in routine care only (advice for while the patient waits) ------------

_ROUTINE: dict[str, Advice] = {
    "palpitations": Advice(
        headline="Arrange to have your heart checked within about a week",
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
    "hearing_tinnitus": Advice(
        headline="Arrange for a nurse or doctor to check your hearing within about a week",
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
        headline="See a dentist within about a week; pain relief can help until then",
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
    "neck_lump": Advice(
        headline="Arrange for a nurse or doctor to check the lump within about a week",
        care=(
            "Swollen glands in the neck are common with colds and sore throats, and usually go down within 2 weeks.",
            "Rest, drink fluids, and take paracetamol or ibuprofen for pain if you need to; a pharmacist can tell "
            "you which suits you.",
            "Note the size of the lump and whether it changes.",
            "Do not squeeze or press on the lump.",
        ),
        warning_signs=(
            "See a nurse or doctor if the lump is still there after 2 weeks, is growing, or is hard and does not "
            "move: it must be checked.",
            "See a nurse or doctor soon if you have night sweats, a temperature that comes and goes, or weight loss "
            "without trying.",
            "Contact a health worker today if the lump is red, hot and painful, or you have a high temperature.",
            "Call {emergency_number} if swelling makes it hard to breathe or swallow.",
        ),
        source="NHS: Swollen glands; NHS: Lumps",
        url=NHS + "swollen-glands/",
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
