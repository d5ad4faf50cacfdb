"""Every level-forcing warning question checked against a hand-written table of expected outcomes.

triage/tests/expected/*.tsv was written from the cited guidance by people who saw each question
and its complaint but not the level the catalogue gives it; this test never reads the levels
either. A row says: a patient of this age and sex, with this complaint, answering "yes" to this
question and "no" to everything else, should get this disposition. A mismatch means the engine or
the expectation is wrong: fix one of them with a source, never by copying the other.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from triage.engine import COMPLAINTS, DISPOSITIONS, evaluate, validate_answers
from triage.engine import rules as rules_module

EXPECTED_DIR = Path(__file__).parent / "expected"


@dataclass(frozen=True)
class Expected:
    complaint: str
    flag: str
    age_years: float
    sex: str
    disposition: str
    guidance: str
    where: str


def load_expected() -> list[Expected]:
    rows = []
    for path in sorted(EXPECTED_DIR.glob("*.tsv")):
        with path.open(newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
                rows.append(
                    Expected(
                        row["complaint"],
                        row["flag"],
                        float(row["age_years"]),
                        row["sex"],
                        row["expected"],
                        row["guidance"],
                        f"{path.name}:{n}",
                    )
                )
    return rows


EXPECTED = load_expected()
_TAGS = {c.code: c.tags for c in COMPLAINTS}
LEVEL_FORCING = sorted((c.code, f.id) for c in COMPLAINTS for f in c.red_flags if f.disposition is not None)


def outcome(row: Expected) -> str:
    raw = {
        "age_years": row.age_years,
        "sex": row.sex,
        "complaint": row.complaint,
        "pain": 0,
        "onset": "gradual",
        "duration": "1_24h",
        "red_flags": {row.flag: True},
        "danger_signs": {},
    }
    if row.sex != "male" and row.age_years >= 10:
        # Pregnancy complaints are only for the pregnant; elsewhere "not pregnant" keeps the row about its flag.
        raw["pregnant"] = "pregnancy" in _TAGS[row.complaint]
    return evaluate(validate_answers(raw)).disposition


def mismatches(rows: list[Expected]) -> list[str]:
    return [
        f"{r.where} {r.complaint}.{r.flag} ({r.age_years:g}y {r.sex}): expected {r.disposition}, engine {got}"
        f" | {r.guidance}"
        for r in rows
        if (got := outcome(r)) != r.disposition
    ]


def test_the_table_is_well_formed():
    assert EXPECTED, "no expected outcomes found"
    keys = [(r.complaint, r.flag) for r in EXPECTED]
    assert len(keys) == len(set(keys)), "one row per question"
    for r in EXPECTED:
        assert r.disposition in DISPOSITIONS, r.where
        assert r.guidance.strip(), f"{r.where}: every expectation names its guidance"


def test_every_level_forcing_question_has_an_expectation():
    missing = sorted(set(LEVEL_FORCING) - {(r.complaint, r.flag) for r in EXPECTED})
    assert not missing, f"{len(missing)} questions have no expected outcome: {missing[:20]}"
    unknown = sorted({(r.complaint, r.flag) for r in EXPECTED} - set(LEVEL_FORCING))
    assert not unknown, f"expectations name questions the catalogue does not force a level for: {unknown}"


def test_the_engine_gives_every_expected_outcome():
    wrong = mismatches(EXPECTED)
    assert not wrong, f"{len(wrong)} mismatches:\n" + "\n".join(wrong)


# The questions whose own level is "call emergency services" (read here only to build the mutants).
ES_QUESTIONS = sorted((c.code, f.id) for c in COMPLAINTS for f in c.red_flags if f.disposition == "emergency_services")
_ROW = {(r.complaint, r.flag): r for r in EXPECTED}


@pytest.mark.parametrize(("code", "flag_id"), ES_QUESTIONS, ids=[f"{c}.{f}" for c, f in ES_QUESTIONS])
def test_lowering_an_emergency_services_question_is_caught(code, flag_id, monkeypatch):
    """The mutation the issue names: lowering any 999 question to A&E either fails this table, or changes no
    result because another rule still calls 999 for that patient (e.g. every question under "collapsed,
    unresponsive", whose baseline is 999). A mutant that lowers a result and passes the table fails here."""
    row = _ROW[(code, flag_id)]
    before = outcome(row)
    complaint = next(c for c in COMPLAINTS if c.code == code)
    lowered = tuple(
        replace(f, disposition="emergency", acuity=max(f.acuity or 2, 2)) if f.id == flag_id else f
        for f in complaint.red_flags
    )
    monkeypatch.setitem(rules_module._PLANS, code, rules_module._plan(replace(complaint, red_flags=lowered)))
    after = outcome(row)
    assert mismatches([row]) or after == before == "emergency_services", (
        f"lowering {code}.{flag_id} changed {before} to {after} and the table did not notice"
    )


def test_most_999_questions_are_not_redundant():
    """Guard against the escape hatch above hiding everything: most 999 questions must matter on their own."""
    redundant = 0
    for code, flag_id in ES_QUESTIONS:
        complaint = next(c for c in COMPLAINTS if c.code == code)
        lowered = tuple(
            replace(f, disposition="emergency", acuity=2) if f.id == flag_id else f for f in complaint.red_flags
        )
        plan = rules_module._PLANS[code]
        rules_module._PLANS[code] = rules_module._plan(replace(complaint, red_flags=lowered))
        try:
            redundant += outcome(_ROW[(code, flag_id)]) == "emergency_services"
        finally:
            rules_module._PLANS[code] = plan
    assert redundant <= len(ES_QUESTIONS) // 4, f"{redundant} of {len(ES_QUESTIONS)} 999 questions change nothing"
