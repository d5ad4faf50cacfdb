"""The constant mutants of `make mutation-data` (tests/constant_mutants.py): the edits the issue's review made by
hand are among them, and applying one changes what the engine decides, as editing the source would."""

from __future__ import annotations

import os

import pytest

from tests import constant_mutants
from triage.engine import DEFAULT_RULESET, evaluate, validate_answers
from triage.tests.quiet_answers import quiet_answers


@pytest.fixture(scope="module")
def by_name():
    return {mutant.name: mutant for mutant in constant_mutants.all_mutants()}


def test_the_reviews_hand_made_data_mutants_are_generated(by_name):
    names = set(by_name)
    rules = "const:triage.engine.rulesets:" + DEFAULT_RULESET
    assert f"{rules}.low_temperature_below_c-1" in names  # the cold child: 36 °C lowered
    assert any(".red_flags." in n and n.endswith("-to-emergency") for n in names)  # 999 lowered to "go to the ER"
    assert "const:medicine.catalogue_data:INTERACTION_RULES.nsaid+lithium-deleted" in names
    assert any(n.endswith("pregnancy_level-to-ok") for n in names)
    assert not any(".red_flags." in n and "acuity" in n for n in names)  # dispositions only for questions


def _decides_in_a_fork(mutant, answers) -> str:
    """The disposition with the mutant applied, in a forked child so that this process keeps the real rules."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            mutant.apply()
            os.write(write, evaluate(answers, DEFAULT_RULESET).disposition.encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        return pipe.read()


def test_applying_a_mutant_changes_the_decision_only_in_its_child(by_name):
    answers = validate_answers(quiet_answers(age_years=4 / 12, complaint="cough", vitals={"temperature_c": 35.8}))
    assert evaluate(answers, DEFAULT_RULESET).disposition == "emergency"  # NICE NG51: under 5, below 36 °C
    lowered = by_name[f"const:triage.engine.rulesets:{DEFAULT_RULESET}.low_temperature_below_c-1"]
    assert _decides_in_a_fork(lowered, answers) != "emergency"  # 35 °C: 35.8 is no longer "low"
    assert evaluate(answers, DEFAULT_RULESET).disposition == "emergency"  # this process is untouched


def test_a_warning_questions_mutant_reaches_the_engines_plans(by_name):
    """The engine makes each complaint's plan once, at import: a mutant of a question must be seen anyway."""
    answers = validate_answers(
        quiet_answers(age_years=50, sex="male", complaint="chest_pain", red_flags={"cardiac_features": True})
    )
    assert evaluate(answers, DEFAULT_RULESET).disposition == "emergency_services"
    lowered = by_name["const:triage.engine.complaints:chest_pain.red_flags.cardiac_features.disposition-to-emergency"]
    assert _decides_in_a_fork(lowered, answers) == "emergency"


def test_the_untreated_switch_is_mutated_only_where_the_engine_reads_it(by_name, monkeypatch):
    """complaint_mutants leaves out `even_untreated` of complaints that do not ask for home treatment first. The
    reason, checked here rather than trusted: flipping every such switch changes no decision, at any duration,
    whatever the patient says about home treatment."""
    from dataclasses import replace

    from triage.engine import COMPLAINTS
    from triage.engine import rules as rules_module

    skipped = [c for c in COMPLAINTS if not c.self_care_first and c.persistence]
    assert skipped, "no complaint to check"
    assert not any(
        name.endswith("even_untreated-flipped") and name.split(":")[2].split(".")[0] in {c.code for c in skipped}
        for name in by_name
    )
    cases = _every_duration_and_home_treatment(skipped)
    before = [evaluate(answers, DEFAULT_RULESET).as_dict() for answers in cases]
    for c in skipped:
        flipped = tuple(replace(p, even_untreated=not p.even_untreated) for p in c.persistence)
        monkeypatch.setitem(rules_module._PLANS, c.code, rules_module._plan(replace(c, persistence=flipped)))
    after = [evaluate(answers, DEFAULT_RULESET).as_dict() for answers in cases]
    assert after == before


def _every_duration_and_home_treatment(complaints) -> list:
    """A child and an adult of an allowed sex with each complaint, at every duration, having tried home treatment
    or not or not said."""
    from triage.engine import DURATIONS, AnswersInvalid

    cases = []
    for c in complaints:
        for age in (8, 40):
            for duration in DURATIONS:
                for failed in (False, True, None):
                    raw = quiet_answers(
                        age_years=age,
                        sex=sorted(c.sexes)[0] if c.sexes else "female",
                        complaint=c.code,
                        duration=duration,
                        home_treatment_failed=failed,
                    )
                    try:
                        cases.append(validate_answers(raw))
                    except AnswersInvalid:
                        continue  # a pregnancy complaint at 8
    return cases


def test_two_medicine_mutants_never_run_at_once():
    """A medicine child keeps the catalogue tables locked until it exits; the next medicine mutant waits for it,
    and the triage mutants behind it go first."""
    from tests.constant_mutation import CATALOGUE, next_startable

    medicine = [constant_mutants.ConstantMutant(f"m{i}", CATALOGUE, lambda: None) for i in range(2)]
    triage = constant_mutants.ConstantMutant("t", "triage.engine.rulesets", lambda: None)
    pending = [triage, medicine[1], medicine[0]]  # popped from the end: m0 first
    assert next_startable(pending, {}) is medicine[0]
    running = {1: (medicine[0], 0.0, None)}
    assert next_startable(pending, running) is triage  # m1 must wait for m0
    assert next_startable(pending, running) is None
    assert next_startable(pending, {}) is medicine[1]
