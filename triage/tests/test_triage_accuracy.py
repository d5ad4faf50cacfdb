"""Triage accuracy on the development vignettes, through bench/triage_accuracy.py's functions.

Fails when an emergency is missed (every one is listed), when safety, exact 5-level, exact 3-level or
self-care accuracy fall below the floor recorded in vignettes/accuracy_floor.json (fractions 0-1, recorded
by the lead from a real run; a floor never goes down), or when the set itself falls short of the issue's
bar. Deterministic and not timed. The gold of the set is written from guidance, never from the engine.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from triage.engine import COMPLAINTS, DEFAULT_RULESET, DISPOSITIONS

ROOT = Path(__file__).resolve().parents[2]
VIGNETTES = Path(__file__).resolve().parent / "vignettes"
FLOOR_FILE = VIGNETTES / "accuracy_floor.json"

# The bar for the development set.
MIN_ANSWERED = 400
MIN_PER_COMPLAINT = 3
MIN_UNDER_5 = 60
MIN_OVER_65 = 60
MIN_PREGNANT = 20
MIN_LESS_URGENT_THAN_NAIVE = 40
FLOORED = ("safety", "exact5", "exact3", "self_care")


def _load_scorer():
    name = "triage_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "triage_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ta = _load_scorer()


@pytest.fixture(scope="module")
def all_cases():
    return ta.load_all_cases(VIGNETTES)


@pytest.fixture(scope="module")
def cases(all_cases):
    return [c for c in all_cases if c.answers is not None]


@pytest.fixture(scope="module")
def outcomes(cases):
    return ta.run_cases(cases, DEFAULT_RULESET)


def _describe(o) -> str:
    c = o.case
    fired = ", ".join(o.rule_ids) or "-"
    return f"{c.id} ({c.source}) [{c.age}y {c.complaint}] gold {c.gold} -> {o.predicted or o.error}; fired: {fired}"


# --- The engine on the set ------------------------------------------------------------------------------


def test_every_answered_case_validates_and_names_its_complaint(outcomes):
    bad = [_describe(o) for o in outcomes if o.error]
    bad += [
        f"{o.case.id}: complaint {o.case.complaint!r} but answers say {o.case.answers.get('complaint')!r}"
        for o in outcomes
        if o.case.complaint and o.case.answers.get("complaint") != o.case.complaint
    ]
    assert not bad, "cases that cannot be scored:\n" + "\n".join(bad)


def test_known_miss_notes_name_rules_that_still_fire(outcomes):
    """A known miss explains itself by the rules that fired; when a catalogue change renames or stops one of
    the case's own rules (a duration band moved, a question now waits for home treatment), the note is stale
    and must be rewritten. Rules of another complaint, named for comparison, are not checked."""
    stale = []
    for o in outcomes:
        if not o.case.known_miss:
            continue
        own = re.compile(rf"\b(?:flag|persistent|baseline|usual)\.{re.escape(o.case.complaint)}\b[a-z0-9_.]*[a-z0-9_]")
        stale += [f"{o.case.id}: {rule}" for rule in own.findall(o.case.known_miss) if rule not in o.rule_ids]
    assert not stale, "known-miss notes naming rules that no longer fire:\n" + "\n".join(stale)


def test_no_emergency_is_missed(outcomes):
    missed = ta.missed_emergencies(outcomes)
    assert not missed, f"{len(missed)} emergencies not sent to emergency care:\n" + "\n".join(
        _describe(o) for o in missed
    )


def test_headline_figures_hold_the_recorded_floor(cases, outcomes):
    floor = json.loads(FLOOR_FILE.read_text())
    figures = ta.headline(DEFAULT_RULESET, outcomes=outcomes)
    assert len(cases) >= floor.get("cases", 0), f"the set shrank: {len(cases)} < {floor['cases']} cases"
    below = []
    for key in FLOORED:
        want = float(floor.get(key, 0))
        want = want / 100 if want > 1 else want  # tolerate a floor written as a percentage
        got = figures[key]
        if want > 0 and (got is None or got < want - 1e-9):
            below.append(f"{key}: {ta.pct(got)} < floor {ta.pct(want)}")
    assert not below, "accuracy fell below the recorded floor:\n" + "\n".join(below)


# --- The set's shape (the bar) -------------------------------------------------------------------


def test_set_has_enough_answered_cases(cases):
    assert len(cases) >= MIN_ANSWERED, f"{len(cases)} cases with answers, want >= {MIN_ANSWERED}"


def test_every_complaint_has_cases(cases):
    counts = Counter((c.answers or {}).get("complaint", c.complaint) for c in cases)
    thin = {c.code: counts.get(c.code, 0) for c in COMPLAINTS if counts.get(c.code, 0) < MIN_PER_COMPLAINT}
    assert not thin, f"complaints with fewer than {MIN_PER_COMPLAINT} answered cases: {thin}"


def test_set_covers_the_special_populations(cases):
    under_5 = sum(c.age is not None and c.age < 5 for c in cases)
    over_65 = sum(c.age is not None and c.age >= 65 for c in cases)
    pregnant = sum(c.is_pregnant for c in cases)
    less_urgent = sum("less_urgent_than_naive" in c.tags for c in cases)
    short = {
        name: (got, want)
        for name, got, want in (
            ("under 5", under_5, MIN_UNDER_5),
            ("65 and over", over_65, MIN_OVER_65),
            ("pregnant", pregnant, MIN_PREGNANT),
            ("less_urgent_than_naive", less_urgent, MIN_LESS_URGENT_THAN_NAIVE),
        )
        if got < want
    }
    assert not short, f"populations short of the bar (got, want): {short}"


def test_every_case_has_guidance_a_valid_gold_and_a_unique_id(all_cases):
    problems = [f"{c.source} {c.id}: no guidance" for c in all_cases if not c.guidance.strip()]
    problems += [f"{c.source} {c.id}: gold {c.gold!r}" for c in all_cases if c.gold not in DISPOSITIONS]
    problems += [f"duplicate id {i} (x{n})" for i, n in Counter(c.id for c in all_cases).items() if n > 1]
    assert not problems, "\n".join(problems)


# --- The scorer's arithmetic, on made-up outcomes ---------------------------------------------------------


def _case(gold, age=30.0, pregnant=None, known=None, cid="x"):
    answers = {"age_years": age, "complaint": "cough"}
    return ta.Case(cid, "", "cough", age, "female", pregnant, gold, "g", (), known, answers, "t:1")


def test_metrics_count_exact_three_level_safety_recall_and_self_care():
    es, e, u, r, s = DISPOSITIONS
    outs = [
        ta.Outcome(_case(es), e),  # 3-level exact, safe? no (below gold), emergency found
        ta.Outcome(_case(e), u),  # emergency missed, under
        ta.Outcome(_case(u), u),  # exact
        ta.Outcome(_case(r), u),  # 3-level exact, over
        ta.Outcome(_case(s), s),  # self-care kept
        ta.Outcome(_case(s), r),  # self-care lost, over
        ta.Outcome(_case(u), None, error="bad"),  # unevaluable: wrong, unsafe
    ]
    m = ta.metrics(outs)
    assert m.cases == 7 and m.errors == 1
    assert m.rate("exact5") == pytest.approx(2 / 7)
    assert m.rate("exact3") == pytest.approx(4 / 7)
    assert m.rate("safety") == pytest.approx(4 / 7)
    assert m.rate("emergency_recall") == pytest.approx(1 / 2)
    assert m.rate("self_care") == pytest.approx(1 / 2)
    assert (m.over, m.under, m.over_under_ratio) == (2, 2, 1.0)
    assert [o.case.gold for o in ta.missed_emergencies(outs)] == [e]


def test_groups_and_empty_metrics():
    assert [ta.age_band(a) for a in (0.1, 4.99, 5, 15.9, 16, 64.9, 65, 101)] == [
        "under 5",
        "under 5",
        "5-15",
        "5-15",
        "16-64",
        "16-64",
        "65+",
        "65+",
    ]
    assert ta.groups_of(_case("urgent", age=28, pregnant=True)) == ("16-64", "pregnant", "overall")
    empty = ta.metrics([])
    assert empty.rate("exact5") is None and empty.over_under_ratio is None


def test_summary_is_the_compact_tail_and_marks_targets():
    es, _, u, _, s = DISPOSITIONS
    m = ta.metrics([ta.Outcome(_case(es), es), ta.Outcome(_case(s), u)])
    lines = ta.summary_lines("v", m, ("old", m), 0)
    assert len(lines) <= 12
    text = "\n".join(lines)
    assert "emergency recall" in text and "100.0%" in text and "OK" in text and "MISSED" in text


def test_scorer_loads_jsonl_and_reports(tmp_path):
    es = DISPOSITIONS[0]
    good = {"age_years": 40, "sex": "male", "complaint": "cough", "pain": 0, "onset": "gradual", "duration": "1_24h"}
    rows = [
        {"id": "a", "gold": "self_care", "guidance": "g", "tags": [], "complaint": "cough", "answers": good},
        {"id": "b", "gold": es, "guidance": "g", "tags": [], "known_miss": "why", "answers": good},
        {"id": "c", "gold": "urgent", "guidance": "g", "tags": [], "answers": None},
    ]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    assert [c.id for c in ta.load_all_cases(tmp_path)] == ["a", "b", "c"]
    assert [c.id for c in ta.load_cases(tmp_path)] == ["a", "b"]
    printed: list[str] = []
    figures = ta.report(DEFAULT_RULESET, None, True, tmp_path, printed.append)
    assert figures["cases"] == 2 and figures["emergency_recall"] == 0.0
    assert any("KNOWN MISS: why" in line for line in printed)
    assert printed[-1].startswith("misses 1 (known 1)")
