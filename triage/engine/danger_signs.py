"""Cross-complaint danger signs: a short checklist asked once per questionnaire, whatever the complaint.

A patient picks the complaint nearest to their problem, and that complaint's own questions may
not ask about sepsis, a rash that does not fade, breathlessness at rest, dehydration in a small
child or clot risk. These matter whatever the complaint, so they are asked for every one, adapted
to the age band, on one screen with "none of these". A sign is skipped when the chosen
complaint's own question already asks it (COVERED_BY below, or a flag tagged "covers:<sign id>").

Tiers (the levels themselves are versioned data in the Ruleset, rulesets.DANGER_SIGNS_2026_12):
  red    one is enough: emergency (NICE NG51 high-risk criteria; NICE NG143 red features;
         UK Sepsis Trust "SEPSIS" signs, which tell the public to call 999 or go to A&E).
  amber  NICE NG51 moderate-to-high risk and NG143 amber features. They are common and not very
         specific (BJGP 2022: red or amber 100 % sensitive but 5.7 % specific in primary care), so
         one alone asks for a routine review, and two together, or one with a risk factor
         (fever or infection, age under 1 or 75 and over, a weak immune system, pregnancy, recent
         surgery), ask for a clinician within 24 hours. The choice is recorded in the reason.
  risk   records a fact for the context rules and forces nothing alone (recent surgery or
         immobility: NICE NG158 clot risk; NICE NG51 moderate-risk factor).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .types import DISPOSITION_RANK, Reason
from .wording import voices

if TYPE_CHECKING:
    from .complaints.common import Complaint
    from .rulesets import DangerSignLevels, Ruleset

UNDER_5 = "under_5"
FIVE_PLUS = "5_plus"
RED, AMBER, RISK = "red", "amber", "risk"

NG51_HIGH = "NICE NG51 sepsis: high-risk criteria [V]; UK Sepsis Trust adult 'SEPSIS' signs (call 999 or A&E) [V]"
NG51_MODERATE = "NICE NG51 sepsis: moderate-to-high-risk criteria [V]"
NG143_RED = "NICE NG143 fever in under 5s: traffic-light red features [M]; NICE NG51 under-5 high-risk criteria [V]"
NG143_AMBER = "NICE NG143 fever in under 5s: traffic-light amber features [M]; NICE NG51 under-5 moderate risk [V]"
NG158 = "NICE NG158 venous thromboembolism: risk factors (surgery, hospital stay, immobility) [M]"


@dataclass(frozen=True, slots=True)
class DangerSign:
    id: str
    tier: str
    question: str  # one line of a checklist
    sign: str  # short phrase for reasons and advice
    source: str
    min_age_years: float = 0.0  # inclusive
    max_age_years: float | None = None  # exclusive
    facts: frozenset[str] = frozenset()  # facts it records for the other rules

    def applies_at(self, age_years: float) -> bool:
        return age_years >= self.min_age_years and (self.max_age_years is None or age_years < self.max_age_years)


def _sign(sid, tier, question, sign, source, *, min_age=0.0, max_age=None, facts=()):
    return DangerSign(sid, tier, question, sign, source, min_age, max_age, frozenset(facts))


DANGER_SIGNS: tuple[DangerSign, ...] = (
    # --- age 5 and over (NICE NG51 adult and 5-11 criteria, as a lay person can see them) ---------------
    _sign(
        "ds_confused",
        RED,
        "New confusion, slurred speech, not making sense, or very hard to wake",
        "new confusion, slurred speech or being very hard to wake",
        f"{NG51_HIGH}: new altered mental state; ESI v5 decision point B (confused/lethargic) [V]",
        min_age=5,
        facts=("glucose_symptom", "htn_symptom"),
    ),
    _sign(
        "ds_breathless_rest",
        RED,
        "So breathless while resting that they cannot finish a sentence, or breathing very fast",
        "breathlessness at rest, unable to finish a sentence",
        f"{NG51_HIGH}: respiratory rate 25 or more; CTAS respiratory distress (phrases, clipped sentences) [M]",
        min_age=5,
    ),
    _sign(
        "ds_no_urine",
        RED,
        "No urine (pee) at all for 18 hours or more",
        "no urine for 18 hours or more",
        f"{NG51_HIGH}: not passed urine in the previous 18 hours",
        min_age=5,
    ),
    _sign(
        "ds_faint",
        RED,
        "Has fainted, or feels faint with pale, cold or sweaty skin",
        "fainting, or feeling faint with pale, cold or sweaty skin",
        "CTAS 1st-order modifier: hemodynamic compromise (suspected hypotension) [M]; NICE NG51 high risk [V]; "
        "ESI v5 decision point B [V]",
        min_age=5,
        facts=("faint", "glucose_symptom"),
    ),
    _sign(
        "ds_very_unwell",
        RED,
        "Feels that something is seriously wrong: the worst they have ever felt, or as if they might die",
        "feeling that something is seriously wrong, as if you might die",
        "UK Sepsis Trust 'SEPSIS' signs: 'it feels like you are going to die' (with an infection) [V]; "
        "NICE NG51 [V]. Without fever or an infection it counts as an amber feature [E]",
        min_age=5,
    ),
    _sign(
        "ds_little_urine",
        AMBER,
        "Much less urine than usual, or none for 12 hours",
        "much less urine than usual",
        f"{NG51_MODERATE}: not passed urine for 12 to 18 hours",
        min_age=5,
    ),
    _sign(
        "ds_not_themselves",
        AMBER,
        "Family say they are not themselves, or suddenly much less able to do usual things (walk, eat, wash)",
        "not themselves, or suddenly much less able to do usual things",
        f"{NG51_MODERATE}: new change in behaviour reported by a relative; acute deterioration of functional ability",
        min_age=5,
    ),
    _sign(
        "ds_clot_risk",
        RISK,
        "In the last 12 weeks: an operation, a hospital stay, a leg in plaster, or 3 days or more stuck in bed",
        "recent surgery, hospital stay or immobility",
        f"{NG158}; {NG51_MODERATE}: surgery or an invasive procedure in the last 6 weeks",
        min_age=16,
        facts=("vte_risk",),
    ),
    # --- every age -------------------------------------------------------------------------------------------
    _sign(
        "ds_blue_mottled",
        RED,
        "Skin, lips or tongue blue, grey, very pale or blotchy",
        "blue, grey, very pale or blotchy skin, lips or tongue",
        f"{NG51_HIGH}: mottled or ashen appearance, cyanosis; {NG143_RED}",
    ),
    _sign(
        "ds_non_blanching_rash",
        RED,
        "A rash that does not fade when a glass is pressed on it",
        "a rash that does not fade under a pressed glass",
        f"{NG51_HIGH}: non-blanching rash; {NG143_RED}; NICE meningococcal disease recognition [M]",
    ),
    # --- children under 5 (NICE NG143 traffic light, NG51 under 5) -----------------------------------------
    _sign(
        "ds_child_hard_to_wake",
        RED,
        "Does not wake, or does not stay awake when woken",
        "a child who does not wake or stay awake",
        f"{NG143_RED}: does not wake, or if roused does not stay awake",
        max_age=5,
        facts=("glucose_symptom",),
    ),
    _sign(
        "ds_child_floppy_cry",
        RED,
        "Floppy, or a weak, high-pitched or non-stop cry unlike their usual cry",
        "a floppy child, or a weak, high-pitched or non-stop cry",
        f"{NG143_RED}: weak, high-pitched or continuous cry; nhs.uk fever in children (call 999) [M]",
        max_age=5,
    ),
    _sign(
        "ds_child_breathing",
        RED,
        "Grunting, sucking in under the ribs with each breath, or pauses in breathing",
        "grunting, sucking in under the ribs, or pauses in breathing",
        f"{NG143_RED}: grunting, apnoea, severe chest indrawing",
        max_age=5,
    ),
    _sign(
        "ds_child_not_feeding",
        AMBER,
        "Taking less than half their usual feeds or drinks",
        "taking less than half the usual feeds or drinks",
        f"{NG143_AMBER}: poor feeding in infants; NICE NG9 bronchiolitis: intake 50-75 % of usual [M]",
        max_age=5,
    ),
    _sign(
        "ds_child_dry_nappies",
        AMBER,
        "Fewer wet nappies than usual, or no wee for 12 hours",
        "fewer wet nappies, or no wee for 12 hours",
        f"{NG143_AMBER}: reduced urine output; NICE CG84 dehydration in under 5s [M]",
        max_age=5,
    ),
    _sign(
        "ds_child_not_themselves",
        AMBER,
        "Not responding normally, not smiling, much less active, or you are worried they are not themselves",
        "a child not responding normally, much less active, or a parent worried",
        f"{NG143_AMBER}: not responding normally to social cues, decreased activity, parental concern",
        max_age=5,
    ),
)
# "Not sure about some of these" is an answer too, and it must not read as "none": it counts as one amber
# feature, so with a risk factor (fever, under 1, pregnancy...) it asks for a clinician within 24 hours [E].
NOT_SURE = _sign(
    "ds_not_sure",
    AMBER,
    "Not sure about some of these",
    "not sure about some of the warning signs",
    "Uncertainty on a danger sign errs toward urgency: counted as one amber feature (NICE NG143 amber reading) [E]",
)
DANGER_SIGNS_BY_ID: Mapping[str, DangerSign] = MappingProxyType({s.id: s for s in (*DANGER_SIGNS, NOT_SURE)})

# Complaint questions that already ask a danger sign (at least as urgently), by red-flag id.
# Flags written later can say the same with the tag "covers:<sign id>".
COVERED_BY: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "sepsis_signs": frozenset({"ds_confused", "ds_blue_mottled", "ds_no_urine"}),
        "meningitis_signs": frozenset({"ds_non_blanching_rash"}),
        "non_blanching": frozenset({"ds_non_blanching_rash"}),
        "severe_breathing": frozenset({"ds_breathless_rest"}),
        "floppy_child": frozenset({"ds_child_floppy_cry", "ds_child_hard_to_wake"}),
        "dehydration_severe": frozenset({"ds_child_hard_to_wake"}),
        "dehydration_moderate": frozenset({"ds_little_urine", "ds_child_dry_nappies"}),
        "poor_feeding": frozenset({"ds_child_not_feeding"}),
        "hard_to_wake": frozenset({"ds_confused", "ds_child_hard_to_wake"}),
        "fainted": frozenset({"ds_faint"}),
        "shock_signs": frozenset({"ds_faint"}),
    }
)
COVERS_TAG = "covers:"


def signs_covered_by_flag(flag_id: str, tags: frozenset[str]) -> frozenset[str]:
    """The danger signs one complaint question asks (a "yes" to it is a "yes" to them)."""
    return COVERED_BY.get(flag_id, frozenset()) | {t[len(COVERS_TAG) :] for t in tags if t.startswith(COVERS_TAG)}


def covered_signs(complaint: Complaint) -> frozenset[str]:
    """The danger signs this complaint's own questions already ask, or that the complaint itself is.

    A complaint tagged "covers:<sign id>" is that sign (someone who picks "fainting" has fainted), so asking
    it again would add nothing but a reflex "yes".
    """
    out: set[str] = set(signs_covered_by_flag("", complaint.tags))
    for f in complaint.red_flags:
        out |= signs_covered_by_flag(f.id, f.tags)
    return frozenset(out)


def signs_to_ask(complaint: Complaint, age_years: float) -> tuple[DangerSign, ...]:
    """The checklist for this complaint and age: every sign for the age band, less those already asked."""
    covered = covered_signs(complaint)
    return tuple(s for s in DANGER_SIGNS if s.applies_at(age_years) and s.id not in covered)


ADULT_AGE_YEARS = 16  # signs only for younger children are answered by a parent or carer


def danger_sign_dict(s: DangerSign, levels: DangerSignLevels | None = None) -> dict[str, Any]:
    """The sign as served. `stops_with` is the disposition a "yes" forces on its own under `levels` (None when
    it depends on other answers), so a page can show the call-now screen at once."""
    stops = None
    if levels is not None and s.tier == RED and s.id not in levels.red_only_with:
        stops = levels.red[s.id][1]
    # The checklist speaks of the patient as "they"; the patient filling it in for themselves reads "you".
    # Signs only for young children keep "they".
    adult = s.max_age_years is None or s.max_age_years >= ADULT_AGE_YEARS
    return {
        "id": s.id,
        "stops_with": stops,
        "question": s.question,
        **voices(s.question, they_is_the_patient=adult),
        "sign": s.sign,
        "tier": s.tier,
        "min_age_years": s.min_age_years,
        "max_age_years": s.max_age_years,
        "source": s.source,
    }


# --- evaluation -----------------------------------------------------------------------------------------


def _reason(rule_id: str, text: str, source: str, level: tuple[int, str]) -> Reason:
    return Reason(rule_id, text, source, level[0], level[1])


def apply_danger_signs(
    signs: Mapping[str, bool],
    covered_yes: frozenset[str],
    rs: Ruleset,
    facts: set[str],
    age_years: float,
    out: list[Reason],
) -> None:
    """Append the reasons the answered danger signs force, and record their facts.

    `covered_yes` are the signs the complaint's own questions asked and were answered "yes": the
    complaint's level already applies to them, and they still count toward the amber combinations
    (a baby's poor feeding asked by the feeding complaint is the same NG143 amber feature).
    Does nothing under a ruleset without the layer (rulesets before 2026.12), so shadow
    comparisons with older versions stay faithful to what those versions did.
    """
    table = rs.danger_signs
    if table is None:
        return
    yes = [DANGER_SIGNS_BY_ID[sid] for sid, answered in signs.items() if answered and sid not in covered_yes]
    for sid in covered_yes:
        facts.update(DANGER_SIGNS_BY_ID[sid].facts)
    for s in yes:
        facts.update(s.facts)
    ambers: list[DangerSign] = [DANGER_SIGNS_BY_ID[sid] for sid in sorted(covered_yes)]
    ambers = [s for s in ambers if s.tier == AMBER]
    for s in yes:
        if s.tier == RISK:
            continue
        needs = table.red_only_with.get(s.id)
        if s.tier == RED and (needs is None or not needs.isdisjoint(facts)):
            level = table.red[s.id]
            out.append(_reason(f"danger.{s.id}", _cap(f"{s.sign}: {_LEVEL_TEXT[level[1]]}"), s.source, level))
        else:
            ambers.append(s)
    if not ambers:
        return
    amber_ids = frozenset(s.id for s in ambers)
    for pair, level, text, source, under_years in table.amber_pairs:
        if pair <= amber_ids and age_years < under_years:
            out.append(_reason(f"danger.pair.{'+'.join(sorted(pair))}", text, source, level))
    risk = sorted(table.amber_risk_facts & facts)
    if age_years < table.amber_risk_under_years:
        risk.append(f"age under {table.amber_risk_under_years:g}")
    if age_years >= table.amber_risk_from_years:
        risk.append(f"age {table.amber_risk_from_years:g} or over")
    signs_text = "; ".join(s.sign for s in ambers)
    sources = "; ".join(dict.fromkeys(s.source for s in ambers))
    if len(ambers) >= 2 or risk:
        why = "together" if len(ambers) >= 2 else "with " + ", ".join(_RISK_TEXT.get(r, r) for r in risk)
        out.append(
            _reason(
                "danger.amber.combined",
                _cap(f"{signs_text} ({why}): a clinician should see you within 24 hours."),
                f"{sources}; amber features raise urgency when they come together or with a risk factor "
                "(BJGP 2022 specificity caution) [E]",
                table.amber_combined,
            )
        )
    else:
        out.append(
            _reason(
                "danger.amber.single",
                _cap(f"{signs_text}: on its own this asks for a clinician's review; get help sooner if it gets worse."),
                f"{sources}; a single amber feature without a risk factor (BJGP 2022 specificity caution) [E]",
                table.amber_single,
            )
        )


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_LEVEL_TEXT = {
    "emergency_services": "call emergency services now.",
    "emergency": "go to an emergency department now.",
    "urgent": "a clinician should see you within 24 hours.",
    "routine": "a clinician should see you within a week.",
    "self_care": "look after this at home.",
}
_RISK_TEXT = {
    "fever": "a fever",
    "infective": "a possible infection",
    "immunocompromised": "a weakened immune system",
    "pregnant": "pregnancy",
    "postpartum": "a recent birth",
    "vte_risk": "recent surgery or a hospital stay",
}
assert set(_LEVEL_TEXT) == set(DISPOSITION_RANK)
