"""The evaluator: complaint baseline + red flags + CTAS pain + vital signs + special populations.

Every rule contributes an (acuity, disposition) floor; the result is the most urgent of all
of them (lowest acuity, most urgent disposition). Nothing lowers a floor, so adding a red flag,
a worse vital sign or more pain can only keep or raise it, and two disagreeing rules always
resolve toward the more urgent level. Only the starting point (the baseline) is chosen by an
answer: a known problem "as usual", or a reassuring question's benign pattern (2026.12.1).

Deterministic, no I/O, no Django. Static reasons are built once at import time so that an
evaluation allocates little more than the Result itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .catalogue import COMPLAINTS, CTAS_LEVELS, DISPOSITION_TEXT
from .complaints.common import CTAS_PAIN, ESI_B_PAIN, PERSIST, REASSURING, Complaint, Persistence
from .danger_signs import apply_danger_signs, signs_covered_by_flag
from .rulesets import DAYS_PER_YEAR, DEFAULT_RULESET, RULESETS, ContextRule, Ruleset
from .types import DISPOSITION_RANK, DISPOSITIONS, ES, Answers, E, R, Reason, Result, S, U
from .vitals import apply_vitals


class UnknownRuleset(ValueError):
    """The requested ruleset version does not exist."""


class UnknownComplaint(ValueError):
    """Answers name a complaint or red flag the catalogue does not have (use validate_answers first)."""


# The general risk questions a patient may answer "not sure" to, as the notes name them.
_UNSURE_LABELS = (
    ("immunocompromised", "a weakened immune system"),
    ("anticoagulants", "blood thinners or a bleeding disorder"),
    ("diabetes", "diabetes"),
)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything about one complaint that does not depend on the answers, precomputed."""

    complaint: Complaint
    baseline: Reason
    usual_baseline: Reason | None  # known problem, as usual (2026.12 on)
    reassured: dict[str, Reason]  # reassuring flag id -> the self-care baseline its "yes" selects (2026.12.1 on)
    flag_ages: dict[str, Callable[[float], bool]]  # reassuring flag id -> whether it applies at an age
    persistent: Reason | None  # the 2025.11 global 7-day rule
    persistence: tuple[tuple[Persistence, Reason], ...]  # the complaint's own thresholds (2026.12 on)
    flags: dict[str, tuple[frozenset[str], Reason | None]]
    covers: dict[str, frozenset[str]]  # flag id -> the danger signs it asks
    n_questions: int  # flags that force a level (informational ones are not "warning signs")
    escalation: dict[str, tuple[str, ...]]
    escalation_male: dict[str, tuple[str, ...]]


_WHILE_WAITING = (
    "While you wait: stay with the person, unlock the door, and if they stop breathing normally start CPR; "
    "the call handler will guide you.",
)
_ON_THE_WAY = (
    "If you get worse on the way (fainting, severe breathlessness, confusion), stop and call emergency services."
)
_GENERAL_999 = (
    "Call emergency services at once for severe difficulty breathing, chest pain with sweating, sudden "
    "weakness of the face or an arm, or collapse."
)
_HEADINGS = {
    ES: "Call emergency services if you notice: ",
    E: "Go to an emergency department now if you notice: ",
    U: "Contact a clinician within 24 hours if you notice: ",
    R: "Book to see a clinician within a week if you notice: ",
}


def _escalation(c: Complaint, male: bool = False) -> dict[str, tuple[str, ...]]:
    """Get-help-sooner advice per disposition; for a man, without the pregnancy-only signs."""
    out: dict[str, tuple[str, ...]] = {ES: _WHILE_WAITING}
    for disp in (E, U, R, S):
        rank = DISPOSITION_RANK[disp]
        lines = []
        for level in (ES, E, U, R):
            if DISPOSITION_RANK[level] <= rank:
                continue
            signs = [
                f.sign for f in c.red_flags if f.disposition == level and not (male and "pregnancy_only" in f.tags)
            ]
            if signs:
                lines.append(_HEADINGS[level] + "; ".join(signs) + ".")
        if disp == E:
            lines.append(_ON_THE_WAY)
        else:
            lines.append(_GENERAL_999)
        if disp == S:
            lines.extend(p.text for p in c.persistence)
            lines.append("See a clinician sooner if you get worse or you are worried.")
        out[disp] = tuple(lines)
    return out


def _plan(c: Complaint) -> _Plan:
    text = c.baseline_text
    if text[1:2].islower():
        text = text[0].lower() + text[1:]
    baseline = Reason(
        f"baseline.{c.code}", f"{c.label}: {text}", c.baseline_source, c.baseline_acuity, c.baseline_disposition
    )
    usual_baseline = None
    if c.usual_episode is not None:
        u = c.usual_episode
        usual_baseline = Reason(f"usual.{c.code}", f"{c.label}: {u.text}", u.source, u.acuity, u.disposition)
    reassured = {
        f.id: Reason(f"reassured.{c.code}.{f.id}", f"{c.label}: {f.sign}", f.source, 5, S)
        for f in c.red_flags
        if REASSURING in f.tags
    }
    flag_ages = {f.id: f.asked_at for f in c.red_flags if REASSURING in f.tags}
    persistent = None
    if c.baseline_disposition == S:
        persistent = Reason(
            "persistent.gt_7d", "It has lasted more than 7 days, so a clinician should review it.", PERSIST, 5, R
        )
    persistence = tuple(
        (p, Reason(f"persistent.{c.code}.{p.after_days}d", p.text, p.source, p.acuity, p.disposition))
        for p in c.persistence
    )
    flags = {}
    for f in c.red_flags:
        reason = None
        if f.disposition is not None:
            reason = Reason(
                f"flag.{c.code}.{f.id}",
                f"{_cap(f.sign)}: {DISPOSITION_TEXT[f.disposition].lower()}.",
                f.source,
                f.acuity,
                f.disposition,
            )
        flags[f.id] = (f.tags, reason)
    n_questions = sum(1 for f in c.red_flags if f.disposition is not None)
    covers = {f.id: signs_covered_by_flag(f.id, f.tags) for f in c.red_flags}
    return _Plan(
        c,
        baseline,
        usual_baseline,
        reassured,
        flag_ages,
        persistent,
        persistence,
        flags,
        covers,
        n_questions,
        _escalation(c),
        _escalation(c, male=True),
    )


_PLANS: dict[str, _Plan] = {c.code: _plan(c) for c in COMPLAINTS}

_SITE_TEXT = {
    "central": "in the head, chest, belly or pelvis",
    "peripheral": "in a limb, the skin, or ear, nose, throat or eye",
}
_BAND_TEXT = {
    "severe": "Severe pain (8-10 out of 10)",
    "moderate": "Moderate pain (4-7 out of 10)",
    "mild": "Mild pain (1-3 out of 10)",
}
_COURSE_TEXT = {
    "acute": "that is new",
    "chronic": "that has lasted more than a week",
    "recurrent": "of a familiar, recurring kind",
}
_pain_cache: dict[tuple, Reason] = {}


def _pain_reason(rs: Ruleset, band: str, site: str, course: str, cue: bool) -> Reason:
    key = (rs.version, band, site, course, cue)
    r = _pain_cache.get(key)
    if r is not None:
        return r
    acuity, disp = rs.pain_matrix[(band, site, course)]
    text = f"{_BAND_TEXT[band]} {_SITE_TEXT[site]} {_COURSE_TEXT[course]}"
    source = CTAS_PAIN
    if cue:
        # ESI v4 [M] treated >= 7/10 as the severe-pain cue for decision point B: at exactly 7 the engine
        # asks for same-day review rather than leaving it to home care (err toward the more urgent level).
        disp = U
        text += "; at 7 out of 10 it is at the edge of severe, so the engine errs toward a same-day review"
        source = f"{CTAS_PAIN}; {ESI_B_PAIN} with the ESI v4 pain >= 7 cue [M]"
    # The ED priority (CTAS level) is the reason's acuity, shown to staff; patients are not given triage jargon.
    text += "."
    r = _pain_cache[key] = Reason(
        f"ctas.pain.{band}.{site}.{course}" + (".esi_cue" if cue else ""), text, source, acuity, disp
    )
    return r


def _between(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value < bounds[1]


def _matches(rule: ContextRule, code: str, facts: set[str], age_days: float, pain: int) -> bool:
    if rule.complaints and code not in rule.complaints:
        return False
    if rule.min_pain is not None and pain < rule.min_pain:
        return False
    if rule.min_age_days is not None and age_days < rule.min_age_days:
        return False
    if rule.max_age_days is not None and age_days >= rule.max_age_days:
        return False
    if rule.facts_all and not rule.facts_all <= facts:
        return False
    return not (rule.facts_any and rule.facts_any.isdisjoint(facts))


_context_cache: dict[tuple[str, str], Reason] = {}


def _context_reason(rs: Ruleset, rule: ContextRule) -> Reason:
    key = (rs.version, rule.rule_id)
    r = _context_cache.get(key)
    if r is None:
        r = _context_cache[key] = Reason(
            f"context.{rule.rule_id}", rule.text, rule.source, rule.acuity, rule.disposition
        )
    return r


# A disposition implies a floor on acuity and vice versa (CTAS 1 = resuscitation needs an ambulance;
# CTAS 2 = emergent needs an emergency department). Only ever tightens toward the urgent side.
_MAX_ACUITY_FOR = {ES: 2, E: 3, U: 4, R: 5, S: 5}
_MIN_DISPOSITION_FOR = {1: ES, 2: E}
_CTAS_MINUTES = {k: v[1] for k, v in CTAS_LEVELS.items()}
_NO_RANK = -1


def _sort_key(item: tuple[int, Reason]) -> tuple[int, int, int]:
    i, r = item
    return (-(DISPOSITION_RANK[r.disposition] if r.disposition else _NO_RANK), r.acuity, i)


def evaluate(answers: Answers, ruleset_version: str = DEFAULT_RULESET) -> Result:
    """Triage one set of validated answers with the named ruleset version."""
    rs = RULESETS.get(ruleset_version)
    if rs is None:
        raise UnknownRuleset(ruleset_version)
    plan = _PLANS.get(answers.complaint)
    if plan is None:
        raise UnknownComplaint(answers.complaint)
    c = plan.complaint
    usual = rs.usual_episodes and answers.known_recurrent and plan.usual_baseline is not None
    reasons: list[Reason] = [plan.usual_baseline if usual else plan.baseline]
    notes: list[str] = []
    facts: set[str] = set(c.tags)

    answered = 0
    covered_yes: set[str] = set()
    reassured: Reason | None = None
    worrying_yes = False  # any other question of the complaint answered "yes"
    for fid, yes in answers.red_flags.items():
        entry = plan.flags.get(fid)
        if entry is None:
            raise UnknownComplaint(f"{answers.complaint}.{fid}")
        answered += 1
        if yes:
            if fid in plan.reassured:
                if plan.flag_ages[fid](answers.age_years):
                    reassured = reassured or plan.reassured[fid]
                continue
            worrying_yes = True
            tags, reason = entry
            facts.update(tags)
            covered_yes |= plan.covers[fid]
            if reason is not None:
                reasons.append(reason)
    # A benign pattern the guidance sends home replaces the baseline only when nothing else points away from
    # it: no other question answered "yes", no danger sign ticked (nor "not sure"), and an immune system known
    # not to be weakened (NICE NG51: a weakened immune system lowers the threshold for review) [E].
    if (
        reassured is not None
        and rs.reassurances
        and not usual
        and not worrying_yes
        and not any(answers.danger_signs.values())
        and answers.immunocompromised is False
    ):
        reasons[0] = reassured
    if answers.stopped_early:
        notes.append(
            "The questionnaire was sent at an emergency answer, before the remaining questions: those count as "
            "'no', and pain, onset and duration were not yet given."
        )
    elif answered < len(plan.flags) and plan.n_questions:
        notes.append("Warning-sign questions that were not answered were treated as 'no'.")

    age_days = answers.age_years * DAYS_PER_YEAR
    pregnant = answers.pregnant is True or "pregnancy" in facts
    if pregnant:
        facts.add("pregnant")
    elif answers.pregnant is None and answers.sex != "male" and _between(age_days, rs.pregnancy_unknown_ages_days):
        facts.add("pregnancy_unknown")
    # "Not sure" (None) about a risk reads as "may be": the rules that it raises apply [E, err toward urgent].
    if answers.immunocompromised is not False:
        facts.add("immunocompromised")
    if answers.anticoagulants is not False:
        facts.add("anticoagulants")
    if answers.diabetes is not False:
        facts.add("diabetes")
    if answers.diabetes is True:
        facts.add("diabetes_confirmed")  # only a known diabetic treats a hypo at home (vitals.py)
    unsure = [label for field, label in _UNSURE_LABELS if getattr(answers, field) is None]
    if unsure:
        notes.append(
            f"You were not sure about {', '.join(unsure)}: the result assumes it may apply, which can make it more "
            "urgent. Ask a pharmacist or your GP practice if you want to check."
        )
    facts.add(f"sex_{answers.sex}")
    if age_days >= rs.older_from_days:
        facts.add("age_65_plus")
    v = answers.vitals
    if v is not None and v.temperature_c is not None and v.temperature_c >= rs.fever_from_c:
        facts.add("fever")

    days = answers.duration_days
    if rs.persistence == "global_7d":
        if days >= 7 and plan.persistent is not None:
            reasons.append(plan.persistent)
    elif not usual:
        # A known problem as usual is not reviewed for its duration alone; nor is one whose guidance says
        # "see a GP if home treatment has not helped" when the patient has not tried it yet, unless the rule
        # is about how long it has lasted whatever was tried (even_untreated).
        untreated = c.self_care_first and answers.home_treatment_failed is False
        for p, reason in plan.persistence:
            if (
                (p.even_untreated or not untreated)
                and days >= p.after_days
                and (p.min_age_years is None or answers.age_years >= p.min_age_years)
                and (p.max_age_years is None or answers.age_years < p.max_age_years)
            ):
                reasons.append(reason)
    apply_danger_signs(answers.danger_signs, frozenset(covered_yes), rs, facts, answers.age_years, reasons)

    pain = answers.pain
    if pain > 0:
        band = "severe" if pain >= rs.pain_severe_min else "moderate" if pain >= rs.pain_moderate_min else "mild"
        # CTAS: chronic = long-standing pain or a known, recurring pattern [M]. A sudden start, or a
        # flag saying it is unlike the usual pain, makes a familiar pain acute again (err toward urgent).
        if days >= 7:
            course = "chronic"
        elif answers.onset == "gradual" and (
            answers.known_recurrent or ("cyclical" in facts and "unusual_pain" not in facts)
        ):
            course = "recurrent"
        else:
            course = "acute"
        cue = band == "moderate" and pain >= rs.pain_esi_cue and c.site == "central" and course == "acute"
        reasons.append(_pain_reason(rs, band, c.site, course, cue))

    news2 = apply_vitals(answers, rs, facts, pregnant, reasons, notes)

    for rule in rs.context_rules:
        if _matches(rule, c.code, facts, age_days, pain):
            reasons.append(_context_reason(rs, rule))

    acuity = 5
    rank = 0
    for r in reasons:
        if r.acuity < acuity:
            acuity = r.acuity
        if r.disposition is not None and DISPOSITION_RANK[r.disposition] > rank:
            rank = DISPOSITION_RANK[r.disposition]
    disposition = DISPOSITIONS[len(DISPOSITIONS) - 1 - rank]
    floor = _MIN_DISPOSITION_FOR.get(acuity)
    if floor is not None and DISPOSITION_RANK[floor] > rank:
        disposition = floor
    acuity = min(acuity, _MAX_ACUITY_FOR[disposition])

    if len(reasons) > 1:
        reasons = [r for _, r in sorted(enumerate(reasons), key=_sort_key)]
    if v is None and disposition != ES:
        notes.append(
            "No measurements (pulse, oxygen level, temperature...) were given; the result relies on your answers alone."
        )
    return Result(
        acuity=acuity,
        disposition=disposition,
        reasons=tuple(reasons),
        news2=news2,
        ruleset_version=rs.version,
        time_to_clinician_minutes=_CTAS_MINUTES[acuity],
        escalation_advice=(plan.escalation_male if answers.sex == "male" else plan.escalation)[disposition],
        notes=tuple(notes),
    )
