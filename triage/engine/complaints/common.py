"""Building blocks of the complaint catalogue: red flags, complaints, cited sources.

Source markers follow ../reference/triage-standards.md:
  [V] read in a primary or near-primary source;
  [M] from memory or secondary code: check against the official document;
  [E] the engine's own conservative choice where the standards give no number
      (documented in docs/triage.md, always toward the more urgent level).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import DISPOSITION_RANK, ES, E, R, S, U

# (acuity, disposition) pairs a red flag or baseline can force.
L1 = (1, ES)
L2ES = (2, ES)
L2 = (2, E)
L3E = (3, E)
L3 = (3, U)
L4U = (4, U)
L4R = (4, R)
L5R = (5, R)
L4S = (4, S)
L5S = (5, S)
INFO = None  # flag that records a fact (e.g. fever) for the general rules, forcing no level itself

CENTRAL = "central"  # CTAS: pain from the head, chest, abdomen or pelvis (internal organs)
PERIPHERAL = "peripheral"  # CTAS: skin, soft tissue, musculoskeletal, limbs, ENT, eye

GROUPS: tuple[str, ...] = (
    "Cardiovascular",
    "ENT – Ears",  # noqa: RUF001 - group names as in the standards file
    "ENT – Mouth, Throat, Neck",  # noqa: RUF001
    "ENT – Nose",  # noqa: RUF001
    "Environmental",
    "Gastrointestinal",
    "Genitourinary",
    "Mental Health",
    "Neurologic",
    "OB/GYN",
    "Ophthalmology",
    "Orthopedic",
    "Respiratory",
    "Skin",
    "Substance Misuse",
    "Trauma",
    "General & Minor",
)

# --- Sources cited beside the rules -------------------------------------------------------
ESI_A = "ESI v5 decision point A: needs immediate life-saving intervention (ENA 2023) [V]"
ESI_B = "ESI v5 decision point B: high-risk situation (ENA 2023) [V]"
ESI_B_PAIN = "ESI v5 decision point B: severe pain or distress (ENA 2023) [V]"
ESI_C = "ESI v5 decision point C: resources needed (ENA 2023) [V]"
CTAS_RESP = "CTAS 1st-order modifier: respiratory distress (Bullard et al., CJEM 2008/2017) [M]"
CTAS_HEMO = "CTAS 1st-order modifier: hemodynamic stability (Bullard et al., CJEM 2008/2017) [M]"
CTAS_LOC = "CTAS 1st-order modifier: level of consciousness (Bullard et al., CJEM 2008/2017) [M]"
CTAS_FEVER = "CTAS 1st-order modifier: temperature (Bullard et al., CJEM 2008/2017) [M]"
CTAS_PAIN = "CTAS 1st-order modifier: pain severity x site x acute/chronic (Bullard et al., CJEM 2008/2017) [M]"
CTAS_BLEED = "CTAS 1st-order modifier: bleeding disorder (Bullard et al., CJEM 2008/2017) [M]"
CTAS_MOI = "CTAS 1st-order modifier: high-risk mechanism of injury (Bullard et al., CJEM 2008/2017) [M]"
CTAS_GLUCOSE = "CTAS 2nd-order modifier: blood glucose (Bullard et al., CJEM 2008/2017) [M]"
CTAS_HTN = "CTAS 2nd-order modifier: hypertension (Bullard et al., CJEM 2008/2017) [M]"
CTAS_DEHYD = "CTAS 2nd-order modifier: dehydration (Bullard et al., CJEM 2008/2017) [M]"
CTAS_2ND = "CTAS complaint-specific 2nd-order modifier (CAEP CTAS 2016 revision) [M]"
CTAS_COMPLAINT = "CTAS complaint-based triage on the 17 CEDIS-style groups (CAEP 2016; Bullard CJEM 2017) [V]"
NEWS2 = "NEWS2 (Royal College of Physicians 2017): scoring bands [V]"
NEWS2_RESPONSE = "NEWS2 (Royal College of Physicians 2017): clinical response thresholds [M]"
ESI_VITALS = "ESI v5 danger-zone vital signs by age (ENA 2023, Appendix B) [V]"
ESI4_VITALS = "ESI v4 danger-zone vital signs (AHRQ 2012 algorithm card) [M]"
ESI_PED_FEVER = "ESI v5 paediatric fever considerations (ENA 2023, chapter 6) [V]"
PALS = "AHA PALS hypotension by age (70 + 2 x age in years) [M]"
FAST = "FAST stroke recognition (AHA/ASA; NHS) [M] with ESI v5 decision point B [V]"
ANAPHYLAXIS = "Resuscitation Council UK anaphylaxis guideline 2021 [M] with ESI v5 decision point A [V]"
ACS = (
    "CTAS chest pain 2nd-order modifier: cardiac features (CAEP) [M]; "
    "AHA: call emergency services for suspected heart attack [M]"
)
SEPSIS = "NICE NG51 sepsis high-risk criteria [M] with ESI v5 decision point B [V]"
MENINGITIS = "NICE meningitis/meningococcal disease recognition (non-blanching rash, neck stiffness) [M]; ESI v5 B [V]"
HEAD = "NICE CG176/NG232 head injury: CT risk factors [M]"
CAUDA = "Cauda equina red flags (NICE CKS low back pain) [M]; ESI v5 B [V]"
VTE = "NICE NG158 venous thromboembolism: same-day assessment of suspected DVT/PE [M]"
PREG = "ESI v5 decision point B: pregnancy with bleeding or abdominal pain is high risk [M]"
PREG_HTN = "NICE NG133 hypertension in pregnancy: pre-eclampsia warning signs [M]"
RFM = "RCOG Green-top 57: reduced fetal movements need same-day assessment [M]"
MH = "CTAS mental-health 2nd-order modifiers (suicidal ideation with/without plan) [M]; ESI v5 B [V]"
SELFHARM = "NICE CG16/NG225 self-harm: assessment for everyone who self-harms [M]"
TOX = "ESI v5 decision point B: overdose / toxic ingestion is high risk [M]"
ASTHMA = "BTS/SIGN asthma: moderate / severe / life-threatening acute asthma [M]"
EYE = "Ophthalmology red flags: sudden visual loss, chemical injury, penetrating injury [M]; ESI v5 B [V]"
TORSION = "Testicular torsion: surgical emergency within 6 h (EAU guidelines) [M]; ESI v5 B [V]"
OTTAWA = "Ottawa ankle/knee rules: unable to bear weight needs an X-ray [M]"
ENT = "NICE NG84 sore throat / NG91 otitis media / CKS ENT red flags [M]"
NICE_CANCER = "NICE NG12 suspected cancer: recognition and referral [M]"
GI_DEHYD_CHILD = "NICE CG84 diarrhoea and vomiting in children under 5: dehydration [M]"
BURNS = "British Burn Association referral criteria / NHS burns first aid [M]"
HEAT = "Heat stroke: NHS/CDC heat illness guidance [M]; ESI v5 A/B [V]"
ENGINE = "Engine baseline for this complaint when no warning sign is present [E]"
PERSIST = "Symptoms lasting more than a week need a clinician's review (common self-care guidance) [E]"

# Where a complaint's duration threshold may fall: the first day of a questionnaire duration band
# (types.DURATION_DAYS). A guidance threshold between two band starts is rounded DOWN to the earlier
# one, so the rule never fires later than the guidance says (err toward the more urgent level).
PERSIST_BAND_STARTS = (1, 3, 7, 14, 21)


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A yes/no question; a "yes" forces at least `acuity` and `disposition` (None = informs only)."""

    id: str
    question: str
    sign: str  # short plain phrase for reasons and "get help sooner if..." advice
    acuity: int | None
    disposition: str | None
    source: str
    tags: frozenset[str] = frozenset()
    # Ages the question is put to (inclusive, exclusive); None = any. Only reassuring questions use it, so a
    # pattern that is benign in adults (a small bleed after straining) is never applied to a child.
    min_age_years: float | None = None
    max_age_years: float | None = None

    def asked_at(self, age_years: float) -> bool:
        return (self.min_age_years is None or age_years >= self.min_age_years) and (
            self.max_age_years is None or age_years < self.max_age_years
        )


@dataclass(frozen=True, slots=True)
class Persistence:
    """A complaint-specific "see a clinician if it has lasted this long" rule, with its guidance.

    Fires when the reported duration band starts at or after `after_days` (and the age is in range).
    """

    after_days: int
    acuity: int
    disposition: str
    text: str  # plain language, e.g. "A cough that has lasted 3 weeks or more should be checked."
    source: str  # the guidance and its threshold, e.g. "NICE NG120 acute cough: review after 3 weeks [M]"
    min_age_years: float | None = None  # inclusive
    max_age_years: float | None = None  # exclusive
    # Fires even when the patient has not tried home treatment (self_care_first): the guidance threshold is
    # about how long it has lasted, not about treatment failing (e.g. hearing muffled for weeks).
    even_untreated: bool = False


def usual(text: str, source: str) -> UsualEpisode:
    """A known, diagnosed problem that is as usual: managed at home (its duration rules do not apply)."""
    return UsualEpisode(5, S, text, source)


def after(
    days: int,
    level: tuple[int, str],
    text: str,
    source: str,
    *,
    min_age=None,
    max_age=None,
    even_untreated: bool = False,
) -> Persistence:
    assert days in PERSIST_BAND_STARTS, f"{days}: round the guidance threshold down to a band start"
    return Persistence(days, level[0], level[1], text, source, min_age, max_age, even_untreated)


@dataclass(frozen=True, slots=True)
class UsualEpisode:
    acuity: int
    disposition: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class Complaint:
    code: str
    label: str
    group: str
    synonyms: tuple[str, ...]
    baseline_acuity: int
    baseline_disposition: str
    site: str
    red_flags: tuple[RedFlag, ...]
    tags: frozenset[str]
    sexes: tuple[str, ...] | None  # None = any sex
    baseline_text: str
    baseline_source: str
    persistence: tuple[Persistence, ...] = ()
    # The baseline when the person says this is their known, diagnosed problem and it is as usual
    # (known_recurrent), e.g. nhs.uk: a usual seizure in someone with epilepsy needs no ambulance. Every
    # warning question still raises it. None: the usual baseline applies (the default, and always for
    # complaints where "as usual" is no reassurance, such as chest pain).
    usual_episode: UsualEpisode | None = None
    # Why this self-care complaint has no duration threshold (cited), e.g. menopause symptoms last years and
    # nhs.uk's trigger is that they trouble you, which a question asks. Empty: persistence rules are required.
    no_duration_limit: str = ""
    # Guidance whose return trigger is "no better after treating it at home" (cited): the duration rules then
    # wait for the patient to say home treatment was tried and has not helped (unanswered counts as tried).
    self_care_first: str = ""

    @property
    def self_care_possible(self) -> bool:
        return self.baseline_disposition == S

    @property
    def routine_possible(self) -> bool:
        # Routine is reachable from a self-care baseline through the "> 7 days" rule.
        return DISPOSITION_RANK[self.baseline_disposition] <= DISPOSITION_RANK[R]


def flag(fid: str, question: str, sign: str, level, source: str, *tags: str) -> RedFlag:
    acuity, disposition = level if level is not None else (None, None)
    return RedFlag(fid, question, sign, acuity, disposition, source, frozenset(tags))


REASSURING = "reassuring"


def reassurance(
    fid: str, question: str, sign: str, source: str, *, ages: tuple[float | None, float | None] = (None, None)
) -> RedFlag:
    """A yes/no question that recognises a benign, self-limiting pattern the complaint's guidance sends home.

    A "yes" replaces the complaint's baseline with self-care, and only when every other question of the
    complaint was answered "no", no danger sign was ticked, the immune system is known not to be weakened and
    the person is within `ages` (rules.evaluate; the page does not ask it outside them). Unanswered and "not
    sure" keep the baseline. It forces no level itself, so every warning question, danger sign, pain score,
    vital sign and duration rule still raises the result. `sign` is what the patient is told: what the
    pattern is, and how to look after it.
    """
    assert question.endswith("?"), fid
    return RedFlag(fid, question, sign, None, None, source, frozenset({REASSURING}), *ages)


_DEFAULT_BASELINE_TEXT = {
    S: "Without any warning sign this can usually be managed at home.",
    R: "Without any warning sign a clinician should see you within about a week.",
    U: "Even without warning signs, a clinician should see you within about 24 hours.",
    E: "This needs assessment in an emergency department now.",
    ES: "This can be life-threatening: call emergency services now.",
}


def complaint(
    code: str,
    label: str,
    group: str,
    synonyms: tuple[str, ...],
    base: tuple[int, str],
    site: str,
    flags: tuple[RedFlag, ...],
    *,
    tags: tuple[str, ...] = (),
    sexes: tuple[str, ...] | None = None,
    why: str = "",
    source: str = ENGINE,
    persist: tuple[Persistence, ...] = (),
    usual: UsualEpisode | None = None,
    no_duration_limit: str = "",
    self_care_first: str = "",
) -> Complaint:
    assert group in GROUPS, group
    return Complaint(
        code=code,
        label=label,
        group=group,
        synonyms=synonyms,
        baseline_acuity=base[0],
        baseline_disposition=base[1],
        site=site,
        red_flags=flags,
        tags=frozenset(tags),
        sexes=sexes,
        baseline_text=why or _DEFAULT_BASELINE_TEXT[base[1]],
        baseline_source=source,
        persistence=persist,
        usual_episode=usual,
        no_duration_limit=no_duration_limit,
        self_care_first=self_care_first,
    )


# --- Shared red flags (one definition, reused where the same danger applies) -------------
SEVERE_BREATHING = flag(
    "severe_breathing",
    "Is the person fighting for breath, able to say only a few words, or going blue or grey around the lips?",
    "severe difficulty breathing, speaking only a few words, or blue or grey lips",
    L1,
    f"{ESI_A}; {CTAS_RESP} (severe)",
)
ANAPHYLAXIS_SIGNS = flag(
    "anaphylaxis_signs",
    "Is there swelling of the lips, tongue or throat, trouble breathing or swallowing, wheezing, "
    "or feeling faint, after something you may be allergic to?",
    "swelling of the lips, tongue or throat, wheezing, or feeling faint (possible anaphylaxis)",
    L1,
    ANAPHYLAXIS,
)
STROKE_SIGNS = flag(
    "stroke_signs",
    "Has there been sudden drooping of one side of the face, weakness or numbness of an arm or leg, "
    "or trouble speaking or understanding?",
    "sudden face drooping, arm or leg weakness, or speech problems (possible stroke)",
    L2ES,
    FAST,
    "htn_symptom",
    "glucose_symptom",
)
MENINGITIS_SIGNS = flag(
    "meningitis_signs",
    "Is there a fever together with a stiff neck, bright light hurting the eyes, "
    "or a rash that does not fade when a glass is pressed on it?",
    "fever with a stiff neck, light hurting the eyes, or a rash that does not fade under a glass",
    L2ES,
    MENINGITIS,
    "fever",
)
SEPSIS_SIGNS = flag(
    "sepsis_signs",
    "Does the person seem very ill: confused or very hard to wake, cold blotchy or bluish skin, "
    "very fast breathing, or no urine all day?",
    "very ill with confusion, blotchy or bluish skin, very fast breathing or no urine (possible sepsis)",
    L2ES,
    SEPSIS,
    "glucose_symptom",
)
GI_BLEED = flag(
    "gi_bleed",
    "Have you vomited blood or something like coffee grounds, or passed black, sticky poo?",
    "vomiting blood or coffee-ground material, or black sticky poo (bleeding in the gut)",
    L2,
    f"{ESI_B} (GI bleeding); {CTAS_2ND}",
    "bleed_major",
)
CHEST_PAIN_TOO = flag(
    "chest_pain_too",
    "Do you also have chest pain, pressure or tightness?",
    "chest pain, pressure or tightness",
    L2ES,
    # 2026.12 expected-outcome review: chest pain alongside palpitations, dizziness, breathlessness or back pain is
    # treated as possible heart-attack signs: 999, not travelling (nhs.uk Chest pain; AHA) [M]
    f"{ESI_B}; {ACS}",
    "htn_symptom",
)
FAINTED = flag(
    "fainted",
    "Have you fainted, collapsed or nearly passed out with this?",
    "fainting, collapse or nearly passing out",
    L2,
    f"{CTAS_HEMO} (suspected hypotension); {ESI_B}",
    "glucose_symptom",
)
DEHYD_SEVERE = flag(
    "dehydration_severe",
    "Is the person very drowsy or floppy, with cold, pale or blotchy hands and feet?",
    "very drowsy or floppy with cold, pale or blotchy hands and feet (severe dehydration or shock)",
    L1,
    f"{CTAS_DEHYD} (severe); {CTAS_HEMO} (shock)",
    "glucose_symptom",
)
DEHYD_MODERATE = flag(
    "dehydration_moderate",
    "Has the person passed little or no urine in 12 hours (fewer than 4 wet nappies in a day for a baby), "
    "with a very dry mouth, sunken eyes or dizziness on standing?",
    "little or no urine for 12 hours with a dry mouth, sunken eyes or dizziness on standing",
    L2,
    f"{CTAS_DEHYD} (moderate); {GI_DEHYD_CHILD}",
    "glucose_symptom",
)
DEHYD_MILD = flag(
    "cannot_keep_fluids",
    "Have you been unable to keep any fluids down for 8 hours or more?",
    "unable to keep fluids down for 8 hours or more",
    L3,
    f"{CTAS_DEHYD} (mild)",
    "no_fluids",
)
HIGH_RISK_MECHANISM = flag(
    "high_risk_mechanism",
    "Did it happen in a serious accident: a crash at speed or a rollover, being thrown from a vehicle, "
    "being hit by a car, or a fall from higher than about 1 metre or 5 stairs?",
    "a serious accident such as a fast crash, being hit by a car or a fall from height",
    L2,
    CTAS_MOI,
    "bleed_major",
    "high_energy",
)
FEVER = flag(
    "fever",
    "Do you have a fever (38 °C or higher), or feel hot and shivery?",
    "fever",
    INFO,
    CTAS_FEVER,
    "fever",
)
SUICIDE_PLAN = flag(
    "suicide_plan",
    "Are you thinking of ending your life and have a plan, or have you already done something to harm yourself?",
    "thoughts of ending your life with a plan, or having already acted on them",
    L2ES,
    MH,
)
SUICIDAL_THOUGHTS = flag(
    "suicidal_thoughts",
    "Are you having thoughts of ending your life or that others would be better off without you?",
    "thoughts of ending your life",
    L3,
    MH,
)
WORK_OF_BREATHING = flag(
    "working_hard",
    "Are the muscles between the ribs or at the neck pulling in with each breath, or is breathing very fast?",
    "ribs or neck pulling in with each breath, or very fast breathing",
    L2ES,
    # 2026.12 expected-outcome review: raised in review: working hard to breathe is severe respiratory distress (ESI
    # v5 A; BTS/SIGN acute severe asthma); an ambulance, the person should not travel [M]
    f"{CTAS_RESP} (moderate: increased work of breathing)",
)
STRIDOR = flag(
    "stridor",
    "Is there a harsh, high-pitched noise when breathing in, even when resting?",
    "a harsh, high-pitched noise when breathing in at rest (stridor)",
    L2ES,
    # 2026.12 expected-outcome review: raised in review: stridor at rest is upper-airway obstruction -> 999 [M]
    f"{CTAS_RESP} (moderate: stridor)",
)
POOR_FEEDING = flag(
    "poor_feeding",
    "For a baby or toddler: taking less than half their usual feeds, or no wet nappy for 12 hours?",
    "a baby taking less than half their usual feeds or no wet nappy for 12 hours",
    L3E,
    "NICE NG9 bronchiolitis / NG143 fever in under-5s: poor feeding [M]",
)

FEMALE = ("female", "other")
MALE = ("male", "other")
PID = "Pelvic inflammatory disease: same-day assessment (BASHH) [M]"
LIMB = "Limb-threatening injury: neurovascular compromise, compartment syndrome (BOAST) [M]; CTAS bleeding list [M]"
SKIN_INF = "NICE NG141 cellulitis and erysipelas [M]"
MAYBE_PREGNANT = flag(
    "maybe_pregnant",
    "Could you be pregnant (late period or positive test), with one-sided pain, shoulder-tip pain or bleeding?",
    "possible pregnancy with one-sided pain, shoulder-tip pain or bleeding (possible ectopic pregnancy)",
    L2,
    PREG,
    "pv_bleed",
    "pregnancy_only",
)
PID_FLAG = flag(
    "fever_discharge",
    "Do you have a fever, or unusual or smelly vaginal discharge?",
    "pelvic pain with fever or unusual discharge (possible pelvic infection)",
    L3,
    PID,
    "fever",
)
HEATSTROKE = flag(
    "heatstroke_signs",
    "Is the person confused, very drowsy or fainting, or hot but no longer sweating?",
    "confusion, drowsiness, fainting or hot dry skin (possible heatstroke)",
    L2ES,
    HEAT,
    "glucose_symptom",
)
SPREADING_INFECTION = flag(
    "spreading_infection",
    "Is redness spreading, with red lines up the limb, pus, or a fever?",
    "spreading redness, red lines, pus or fever (possible infection)",
    L3,
    SKIN_INF,
    "fever",
)

# --- Shared flags added by clinical review R1 (cardio_resp / ent_eye) -----------------------------
MARROW_DRUG = (
    "MHRA Drug Safety Update (carbimazole: agranulocytosis) and BNF methotrexate / clozapine monitoring: "
    "patients must report sore throat, mouth ulcers, fever, bruising or bleeding at once for an urgent "
    "blood count [M]; NICE NG151 neutropenic sepsis: fever on a drug that can cause neutropenia is an "
    "emergency [M]"
)
MARROW_DRUG_FEVER = flag(
    "marrow_drug_fever",
    "Do you take a medicine that can lower white blood cells (for example carbimazole, methotrexate, "
    "clozapine, azathioprine, sulfasalazine or chemotherapy), and now have a fever or feel hot and shivery?",
    "a fever while taking a medicine that can lower white blood cells (possible neutropenic infection)",
    L3E,
    f"{MARROW_DRUG}; {ESI_B}",
    "fever",
)
MARROW_DRUG_SYMPTOMS = flag(
    "marrow_drug_symptoms",
    "Do you take a medicine that can lower white blood cells (for example carbimazole, methotrexate, "
    "clozapine, azathioprine, sulfasalazine or chemotherapy), and now have a sore throat, mouth ulcers, "
    "or unusual bruising or bleeding?",
    "a sore throat, mouth ulcers or bruising while taking a medicine that can lower white blood cells",
    L3,
    MARROW_DRUG,
)
