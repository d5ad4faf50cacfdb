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
from triage.engine.types import Result

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


def result_for(row: Expected) -> Result:
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
    return evaluate(validate_answers(raw))


def outcome(row: Expected) -> str:
    return result_for(row).disposition


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


def test_the_first_reason_shown_for_each_answer_names_where_the_patient_is_sent():
    """The patient reads the first reason as the why of the result ("Pain on exertion: go to an emergency
    department."). It must say the same place the expected outcome sends them. A question whose own level was
    lowered while its acuity still lifts the result (ESI 2 implies an emergency department) would send the
    patient to A&E under a reason that says "contact a health worker": this table, not the question, names the
    place, so that edit fails here."""
    wrong = []
    for row in EXPECTED:
        result = result_for(row)
        first = result.reasons[0]
        if first.disposition != row.disposition:
            wrong.append(
                f"{row.where} {row.complaint}.{row.flag}: expected {row.disposition}, first reason "
                f"{first.rule_id} says {first.disposition}"
            )
    assert not wrong, f"{len(wrong)} mismatches:\n" + "\n".join(wrong)


# Rows whose expected place is the complaint's own starting level, above what the guidance gives the answer alone
# (the tables' "reconciled" notes): the answer's own reason names the lower place, stated here from the same guidance.
ANSWER_ALONE = {
    # nhs.uk Testicular lumps and swellings: see a GP for a painless lump (NICE NG12 referral via the GP).
    ("testicular_pain", "painless_lump"): "routine",
    # nhs.uk Emergency contraception: a late period means a pregnancy test and a GP or sexual health clinic.
    ("emergency_contraception", "period_late"): "routine",
    # nhs.uk Sexually transmitted infections: go to a sexual health clinic or see a GP.
    ("emergency_contraception", "sti_symptoms"): "routine",
}


def test_the_reason_each_answer_adds_names_the_place_its_guidance_gives():
    """A "yes" adds a reason in the question's own words and level ("New chest pain on effort: contact a health
    worker urgently."). Where the complaint's baseline already sends the patient there, lowering the question
    changes no decision, yet the patient would read "book a routine appointment" under an urgent result, and the
    question would no longer hold its level for a patient whose baseline is lower. So the answer's own reason must
    name the expected place, or the place ANSWER_ALONE gives it. The exception is a rule that needs more than this
    answer (a context rule, a danger sign, an age rule such as a fever under 3 months): then its reason names it."""
    wrong = []
    for row in EXPECTED:
        reasons = result_for(row).reasons
        [own] = [r for r in reasons if r.rule_id == f"flag.{row.complaint}.{row.flag}"]
        combined = [r for r in reasons if r is not own and not r.rule_id.startswith("baseline.")]
        expected = ANSWER_ALONE.get((row.complaint, row.flag), row.disposition)
        if own.disposition != expected and not any(r.disposition == expected for r in combined):
            wrong.append(
                f"{row.where} {row.complaint}.{row.flag}: expected {expected}, its reason says {own.disposition}"
            )
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
