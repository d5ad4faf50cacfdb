"""Triage accuracy on the development vignettes: how often the engine gives the disposition the guidance gives.

    .venv/bin/python bench/triage_accuracy.py [--ruleset VERSION] [--compare OLD | --no-compare] [--no-misses]
    make bench-triage-accuracy

Pure Python (no Django, no database). Loads every case in triage/tests/vignettes/*.jsonl whose "answers"
are written, runs triage.engine.validate_answers + evaluate(answers, ruleset) and reports, per age band
(under 5, 5-15, 16-64, 65+), for pregnancies, and overall:

  exact5          predicted disposition == gold, on the five levels
  exact3          the same on three levels: emergency (emergency_services + emergency) /
                  see a clinician (urgent + routine) / self_care
  emergency       emergency recall: of the cases whose gold is emergency_services or emergency,
                  the share predicted emergency_services or emergency
  safety          predicted at or above the gold urgency (triage.engine.DISPOSITION_RANK)
  self_care       of the gold self_care cases, the share predicted self_care
  over:under      cases triaged more urgent than gold : cases triaged less urgent

then every miss (id, age, complaint, gold -> predicted, the guidance, the rule ids that fired; a case's
documented "known_miss" is marked), and with --compare the headline figures of a second ruleset beside
the first plus every case whose disposition differs between them. The last lines are a compact summary
against the targets (emergency recall 100 %, safety >= 97 %, exact 3-level >= 90 %, self-care >= 85 %,
exact 5-level >= 80 %), because the hook that runs this prints the tail.

Published baselines printed beside the overall figures (figures as stated in the issue; not re-derived
here, and measured on other vignette sets, so they are context, not a like-for-like comparison):
  * Semigran HL, Linder JA, Gidengil C, Mehrotra A. Evaluation of symptom checkers for self diagnosis and
    triage: audit study. BMJ 2015;351:h3480 -- 2015 symptom checkers: 57 % correct on 3 triage levels,
    80 % of emergencies sent to emergency care, 33 % of self-care cases kept at self-care.
  * Schmieding ML, Kopka M, Schmidt K, Schulz-Niethammer S, Balzer F, Feufel MA. Triage accuracy of
    symptom checker apps: 5-year follow-up evaluation. J Med Internet Res 2022;24(5):e31810 -- lay people
    61-75 % (3 levels), 68-87 % of emergencies, 69 % self-care kept; physicians 91 % (3 levels), 99 % of
    emergencies, 91 % self-care kept; general practitioners triage safely (at or above the right level)
    in 97 % of cases.

The logic lives in functions (load_cases, run_cases, metrics, headline, ...) so tests import them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from triage.engine import (  # noqa: E402 - the path above makes the engine importable when run as a script
    DEFAULT_RULESET,
    DISPOSITION_RANK,
    DISPOSITIONS,
    LAST_ACTIVE_RULESET,
    RULESETS,
    AnswersInvalid,
    UnknownComplaint,
    evaluate,
    validate_answers,
)

VIGNETTE_DIR = ROOT / "triage" / "tests" / "vignettes"
PREVIOUS_ACTIVE_RULESET = LAST_ACTIVE_RULESET  # the rollout of DEFAULT_RULESET is compared against it

ES, E, U, R, S = DISPOSITIONS
EMERGENCY = frozenset({ES, E})
THREE_LEVEL = {ES: "emergency", E: "emergency", U: "clinician", R: "clinician", S: "self_care"}

AGE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("under 5", 0.0, 5.0),
    ("5-15", 5.0, 16.0),
    ("16-64", 16.0, 65.0),
    ("65+", 65.0, float("inf")),
)
PREGNANT = "pregnant"
OVERALL = "overall"
GROUPS = (*(name for name, _, _ in AGE_BANDS), PREGNANT, OVERALL)

# Headline figures: key, label, target (fraction; None = no target).
HEADLINE = (
    ("emergency_recall", "emergency recall", 1.0),
    ("safety", "safety (at/above gold)", 0.97),
    ("exact3", "exact 3-level", 0.90),
    ("self_care", "self-care kept", 0.85),
    ("exact5", "exact 5-level", 0.80),
)
# Published baselines beside the overall figures (figures from the issue; see the module docstring).
BASELINES = {
    "exact3": "symptom checkers 57% | lay people 61-75% | physicians 91%",
    "emergency_recall": "symptom checkers 80% | lay people 68-87% | physicians 99%",
    "safety": "GPs 97%",
    "self_care": "symptom checkers 33% | lay people 69% | physicians 91%",
}


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    story: str
    complaint: str
    age_years: float | None
    sex: str | None
    pregnant: bool | None
    gold: str
    guidance: str
    tags: tuple[str, ...]
    known_miss: str | None
    answers: dict[str, Any] | None
    source: str  # "file.jsonl:line"

    @property
    def age(self) -> float | None:
        """The case's age, from the case or else from its answers."""
        if isinstance(self.age_years, int | float):
            return float(self.age_years)
        value = (self.answers or {}).get("age_years")
        return float(value) if isinstance(value, int | float) else None

    @property
    def is_pregnant(self) -> bool:
        return self.pregnant is True or (self.answers or {}).get("pregnant") is True


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    predicted: str | None  # None when the answers could not be evaluated (see error)
    rule_ids: tuple[str, ...] = ()
    error: str | None = None

    @property
    def exact(self) -> bool:
        return self.predicted == self.case.gold

    @property
    def exact3(self) -> bool:
        return self.predicted is not None and THREE_LEVEL[self.predicted] == THREE_LEVEL[self.case.gold]

    @property
    def safe(self) -> bool:
        return self.predicted is not None and DISPOSITION_RANK[self.predicted] >= DISPOSITION_RANK[self.case.gold]


@dataclass(slots=True)
class Metrics:
    cases: int = 0
    exact5: int = 0
    exact3: int = 0
    safe: int = 0
    emergencies: int = 0
    emergencies_found: int = 0
    self_care_cases: int = 0
    self_care_kept: int = 0
    over: int = 0
    under: int = 0
    errors: int = 0
    known_misses: int = 0
    misses: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def rate(self, key: str) -> float | None:
        """A headline figure as a fraction (None when nothing to measure)."""
        num, den = {
            "exact5": (self.exact5, self.cases),
            "exact3": (self.exact3, self.cases),
            "safety": (self.safe, self.cases),
            "emergency_recall": (self.emergencies_found, self.emergencies),
            "self_care": (self.self_care_kept, self.self_care_cases),
        }[key]
        return num / den if den else None

    @property
    def over_under_ratio(self) -> float | None:
        """Over-triaged cases per under-triaged case (None when nothing is under-triaged)."""
        return self.over / self.under if self.under else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "exact5": self.rate("exact5"),
            "exact3": self.rate("exact3"),
            "safety": self.rate("safety"),
            "emergency_recall": self.rate("emergency_recall"),
            "self_care": self.rate("self_care"),
            "emergencies": self.emergencies,
            "self_care_cases": self.self_care_cases,
            "over": self.over,
            "under": self.under,
            "over_under_ratio": self.over_under_ratio,
            "misses": self.misses,
            "known_misses": self.known_misses,
            "errors": self.errors,
        }


# --- Loading ------------------------------------------------------------------------------------------


class CaseFileError(ValueError):
    """A vignette file line is not a JSON object with the required fields."""


def _case_from_json(obj: Any, source: str) -> Case:
    if not isinstance(obj, dict):
        raise CaseFileError(f"{source}: expected a JSON object")
    missing = [k for k in ("id", "gold") if k not in obj]
    if missing:
        raise CaseFileError(f"{source}: missing {', '.join(missing)}")
    tags = obj.get("tags") or ()
    known = obj.get("known_miss")
    answers = obj.get("answers")
    return Case(
        id=str(obj["id"]),
        story=str(obj.get("story") or ""),
        complaint=str(obj.get("complaint") or (answers or {}).get("complaint") or ""),
        age_years=obj.get("age_years"),
        sex=obj.get("sex"),
        pregnant=obj.get("pregnant"),
        gold=str(obj["gold"]),
        guidance=str(obj.get("guidance") or ""),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list | tuple) else (str(tags),),
        known_miss=str(known) if known else None,
        answers=answers if isinstance(answers, dict) else None,
        source=source,
    )


def load_all_cases(directory: Path | str = VIGNETTE_DIR) -> list[Case]:
    """Every case in directory/*.jsonl (files in name order, then line order), answered or not."""
    directory = Path(directory)
    cases: list[Case] = []
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                source = f"{path.name}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CaseFileError(f"{source}: {exc}") from exc
                cases.append(_case_from_json(obj, source))
    return cases


def load_cases(directory: Path | str = VIGNETTE_DIR) -> list[Case]:
    """The cases whose answers are written (the ones that can be scored)."""
    return [c for c in load_all_cases(directory) if c.answers is not None]


# --- Running ------------------------------------------------------------------------------------------


def run_case(case: Case, ruleset: str = DEFAULT_RULESET) -> Outcome:
    """Validate the case's answers and triage them; an invalid case is an Outcome with an error."""
    if case.gold not in DISPOSITION_RANK:
        return Outcome(case, None, error=f"gold {case.gold!r} is not a disposition")
    try:
        answers = validate_answers(case.answers)
        result = evaluate(answers, ruleset)
    except (AnswersInvalid, UnknownComplaint) as exc:
        return Outcome(case, None, error=f"{type(exc).__name__}: {exc}")
    return Outcome(case, result.disposition, tuple(r.rule_id for r in result.reasons))


def run_cases(cases: Iterable[Case], ruleset: str = DEFAULT_RULESET) -> list[Outcome]:
    if ruleset not in RULESETS:
        raise SystemExit(f"unknown ruleset {ruleset!r}; known: {', '.join(RULESETS)}")
    return [run_case(c, ruleset) for c in cases]


# --- Scoring ------------------------------------------------------------------------------------------


def age_band(age: float | None) -> str | None:
    if age is None:
        return None
    for name, low, high in AGE_BANDS:
        if low <= age < high:
            return name
    return None


def groups_of(case: Case) -> tuple[str, ...]:
    """The report rows a case counts in."""
    out = [g for g in (age_band(case.age),) if g]
    if case.is_pregnant:
        out.append(PREGNANT)
    out.append(OVERALL)
    return tuple(out)


def metrics(outcomes: Iterable[Outcome]) -> Metrics:
    """Counts behind the headline figures (an unevaluable case counts as wrong, unsafe and missed)."""
    m = Metrics()
    for o in outcomes:
        gold = o.case.gold
        m.cases += 1
        m.errors += o.error is not None
        m.exact5 += o.exact
        m.exact3 += o.exact3
        m.safe += o.safe
        if gold in EMERGENCY:
            m.emergencies += 1
            m.emergencies_found += o.predicted in EMERGENCY
        if gold == S:
            m.self_care_cases += 1
            m.self_care_kept += o.predicted == S
        if o.predicted is not None and gold in DISPOSITION_RANK:
            diff = DISPOSITION_RANK[o.predicted] - DISPOSITION_RANK[gold]
            m.over += diff > 0
            m.under += diff < 0
        if not o.exact:
            m.misses += 1
            m.known_misses += o.case.known_miss is not None
    return m


def metrics_by_group(outcomes: Iterable[Outcome]) -> dict[str, Metrics]:
    by: dict[str, list[Outcome]] = {g: [] for g in GROUPS}
    for o in outcomes:
        for g in groups_of(o.case):
            by[g].append(o)
    return {g: metrics(items) for g, items in by.items()}


def headline(
    ruleset: str = DEFAULT_RULESET,
    directory: Path | str = VIGNETTE_DIR,
    outcomes: Sequence[Outcome] | None = None,
) -> dict[str, Any]:
    """The overall headline figures as a dict (rates are fractions 0-1, None when nothing to measure)."""
    if outcomes is None:
        outcomes = run_cases(load_cases(directory), ruleset)
    return {"ruleset": ruleset, **metrics(outcomes).as_dict()}


def missed_emergencies(outcomes: Iterable[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if o.case.gold in EMERGENCY and o.predicted not in EMERGENCY]


def differing(old: Sequence[Outcome], new: Sequence[Outcome]) -> list[tuple[Outcome, Outcome]]:
    """Pairs (old, new) for the same case where the two rulesets give different dispositions."""
    return [(a, b) for a, b in zip(old, new, strict=True) if a.predicted != b.predicted]


def default_compare(ruleset: str) -> str | None:
    old = PREVIOUS_ACTIVE_RULESET
    return old if old in RULESETS and old != ruleset else None


# --- Printing -----------------------------------------------------------------------------------------


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _ratio(m: Metrics) -> str:
    r = m.over_under_ratio
    shown = "-" if r is None else f"{r:.1f}"
    return f"{m.over}:{m.under} ({shown})"


def _age(case: Case) -> str:
    a = case.age
    if a is None:
        return "?"
    return f"{a:g}y" if a >= 2 else f"{a * 12:.0f}mo"


def table_lines(by_group: dict[str, Metrics]) -> list[str]:
    head = (
        f"{'group':<9} {'n':>4}  {'exact5':>7} {'exact3':>7}  {'em.recall':>14}  "
        f"{'safe':>7}  {'self-care':>14}  over:under"
    )
    lines = [head, "-" * len(head)]
    for g in GROUPS:
        m = by_group[g]
        if not m.cases and g != OVERALL:
            continue
        em = f"{pct(m.rate('emergency_recall'))} ({m.emergencies})"
        sc = f"{pct(m.rate('self_care'))} ({m.self_care_cases})"
        lines.append(
            f"{g:<9} {m.cases:>4}  {pct(m.rate('exact5')):>7} {pct(m.rate('exact3')):>7}  {em:>14}  "
            f"{pct(m.rate('safety')):>7}  {sc:>14}  {_ratio(m)}"
        )
    return lines


def baseline_lines(m: Metrics) -> list[str]:
    lines = ["Overall beside published baselines (Semigran BMJ 2015; Schmieding JMIR 2022; figures from the issue):"]
    for key, label, _ in HEADLINE:
        if key in BASELINES:
            lines.append(f"  {label:<24} {pct(m.rate(key)):>7}   {BASELINES[key]}")
    return lines


def miss_lines(outcomes: Iterable[Outcome], ruleset: str) -> list[str]:
    misses = [o for o in outcomes if not o.exact]
    order = {d: i for i, d in enumerate(DISPOSITIONS)}
    # Under-triage first (most dangerous), then over-triage; by gold urgency, then id.
    misses.sort(
        key=lambda o: (
            o.safe,
            order.get(o.case.gold, 9),
            o.case.id,
        )
    )
    lines = [f"Misses with ruleset {ruleset}: {len(misses)} (under-triage first)"]
    for o in misses:
        c = o.case
        kind = "ERROR" if o.error else ("UNDER" if not o.safe else "over ")
        predicted = o.predicted or "-"
        lines.append(f"  {kind} {c.id} [{_age(c)}, {c.complaint}] gold {c.gold} -> {predicted}")
        if c.known_miss:
            lines.append(f"      KNOWN MISS: {c.known_miss}")
        if o.error:
            lines.append(f"      error: {o.error}")
        lines.append(f"      guidance: {c.guidance}")
        lines.append(f"      fired: {', '.join(o.rule_ids) or '-'}")
    return lines


def compare_lines(old_rs: str, old: Sequence[Outcome], new_rs: str, new: Sequence[Outcome]) -> list[str]:
    mo, mn = metrics(old), metrics(new)
    lines = [f"Compare {old_rs} -> {new_rs}:", f"  {'figure':<24} {old_rs:>18} {new_rs:>18}"]
    for key, label, _ in HEADLINE:
        lines.append(f"  {label:<24} {pct(mo.rate(key)):>18} {pct(mn.rate(key)):>18}")
    lines.append(f"  {'over:under':<24} {_ratio(mo):>18} {_ratio(mn):>18}")
    diff = differing(old, new)
    lines.append(f"  cases whose disposition differs: {len(diff)}")
    for a, b in diff:
        c = a.case
        lines.append(
            f"    {c.id} [{_age(c)}, {c.complaint}] gold {c.gold}: "
            f"{a.predicted or '-'} ({_verdict(a)}) -> {b.predicted or '-'} ({_verdict(b)})"
        )
    return lines


def _verdict(o: Outcome) -> str:
    return "exact" if o.exact else ("UNDER" if not o.safe else "over")


def summary_lines(
    ruleset: str, m: Metrics, compare: tuple[str, Metrics] | None = None, n_differ: int | None = None
) -> list[str]:
    """The compact tail: headline figures against their targets (at most 12 lines)."""
    lines = [f"== triage accuracy: ruleset {ruleset}, {m.cases} cases with answers =="]
    for key, label, target in HEADLINE:
        value = m.rate(key)
        op = "=" if target >= 1.0 else ">="
        status = "OK" if value is not None and value >= target - 1e-12 else "MISSED"
        was = ""
        if compare is not None:
            was = f"  (was {pct(compare[1].rate(key))} on {compare[0]})"
        lines.append(f"{label:<24} {pct(value):>7}  target {op} {target * 100:.0f}%  {status}{was}")
    lines.append(f"{'over:under triage':<24} {_ratio(m)}")
    lines.append(f"misses {m.misses} (known {m.known_misses}), under-triaged {m.under}, errors {m.errors}")
    if compare is not None and n_differ is not None:
        lines.append(f"{n_differ} cases change disposition from {compare[0]} to {ruleset}")
    return lines


def report(
    ruleset: str = DEFAULT_RULESET,
    compare: str | None = None,
    show_misses: bool = True,
    directory: Path | str = VIGNETTE_DIR,
    out: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Print the whole report; returns the headline dict of `ruleset`."""
    cases = load_cases(directory)
    outcomes = run_cases(cases, ruleset)
    if not cases:
        out(f"No vignettes with answers under {directory}.")
        return headline(ruleset, outcomes=outcomes)
    overall = metrics(outcomes)
    out(f"Triage accuracy: ruleset {ruleset}, {len(cases)} cases with answers ({Path(directory).name}/*.jsonl)")
    out("")
    for line in table_lines(metrics_by_group(outcomes)):
        out(line)
    out("")
    for line in baseline_lines(overall):
        out(line)
    if show_misses:
        out("")
        for line in miss_lines(outcomes, ruleset):
            out(line)
    compared: tuple[str, Metrics] | None = None
    n_differ: int | None = None
    if compare:
        old = run_cases(cases, compare)
        out("")
        for line in compare_lines(compare, old, ruleset, outcomes):
            out(line)
        compared = (compare, metrics(old))
        n_differ = len(differing(old, outcomes))
    out("")
    for line in summary_lines(ruleset, overall, compared, n_differ):
        out(line)
    return headline(ruleset, outcomes=outcomes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ruleset", default=DEFAULT_RULESET, help=f"ruleset to score (default {DEFAULT_RULESET})")
    parser.add_argument(
        "--compare",
        metavar="OLD",
        default=None,
        help=f"also score OLD and show the differences (default: {PREVIOUS_ACTIVE_RULESET} when it exists "
        "and differs from --ruleset)",
    )
    parser.add_argument("--no-compare", action="store_true", help="do not compare with another ruleset")
    parser.add_argument(
        "--misses", action=argparse.BooleanOptionalAction, default=True, help="list every miss (default on)"
    )
    parser.add_argument("--dir", default=str(VIGNETTE_DIR), help="directory of *.jsonl vignettes")
    args = parser.parse_args(argv)
    for version in (args.ruleset, args.compare):
        if version is not None and version not in RULESETS:
            parser.error(f"unknown ruleset {version!r}; known: {', '.join(RULESETS)}")
    compare = None if args.no_compare else (args.compare or default_compare(args.ruleset))
    if compare == args.ruleset:
        compare = None
    report(args.ruleset, compare, args.misses, args.dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
