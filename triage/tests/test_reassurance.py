"""Reassuring questions: a benign pattern the guidance sends home lowers a complaint's baseline, and nothing else.

A "yes" to a reassuring question (complaints.common.reassurance) replaces the baseline with self-care. It must
never hide anything that points elsewhere: any other "yes", any danger sign, a weakened immune system (or "not
sure"), pain, measurements and duration rules all still apply, and "not sure" or no answer keeps the baseline.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from triage.engine import COMPLAINTS, evaluate, validate_answers
from triage.engine.catalogue import catalogue_as_dict, danger_signs_for
from triage.engine.complaints.common import REASSURING
from triage.engine.danger_signs import NOT_SURE
from triage.engine.rulesets import PREVIOUS_RULESET
from triage.engine.types import DISPOSITION_RANK

REASSURING_FLAGS = [(c, f) for c in COMPLAINTS for f in c.red_flags if REASSURING in f.tags]
IDS = [f"{c.code}.{f.id}" for c, f in REASSURING_FLAGS]


def _answers(c, red_flags: dict, **extra):
    pregnant = "pregnancy" in c.tags or "pregnan" in next(f.question for f in c.red_flags if REASSURING in f.tags)
    child = c.code in ("croup_noisy_breathing", "penis_problem")
    raw = {
        "age_years": 4 if child else 30,
        "sex": "male" if c.code == "penis_problem" else "female",
        "complaint": c.code,
        "pain": 0,
        "onset": "gradual",
        "duration": "1_2d",
        "red_flags": red_flags,
        "danger_signs": {},
        "immunocompromised": False,
        "anticoagulants": False,
        "diabetes": False,
    }
    if raw["sex"] == "female":
        raw["pregnant"] = pregnant
    raw.update(extra)
    return validate_answers(raw)


def test_the_catalogue_has_reassuring_questions_only_where_a_baseline_can_be_lowered():
    assert len(REASSURING_FLAGS) >= 15
    for c, f in REASSURING_FLAGS:
        assert f.disposition is None and f.source and f.sign, f.id
        assert c.baseline_disposition in ("urgent", "routine"), c.code


@pytest.mark.parametrize(("c", "f"), REASSURING_FLAGS, ids=IDS)
def test_a_yes_alone_is_self_care_and_names_the_pattern(c, f):
    r = evaluate(_answers(c, {f.id: True}))
    assert r.disposition == "self_care", [x.rule_id for x in r.reasons]
    assert r.reasons[0].rule_id == f"reassured.{c.code}.{f.id}"
    # The previous ruleset, which had no reassurances, keeps the complaint's baseline.
    assert evaluate(_answers(c, {f.id: True}), PREVIOUS_RULESET).disposition == c.baseline_disposition


@pytest.mark.parametrize(("c", "f"), REASSURING_FLAGS, ids=IDS)
def test_no_answer_or_no_keeps_the_baseline(c, f):
    for flags in ({}, {f.id: False}):
        assert evaluate(_answers(c, flags)).disposition == c.baseline_disposition


@pytest.mark.parametrize(("c", "f"), REASSURING_FLAGS, ids=IDS)
def test_any_other_yes_voids_the_reassurance(c, f):
    for other in c.red_flags:
        if other.id == f.id or REASSURING in other.tags:
            continue
        with_it = evaluate(_answers(c, {f.id: True, other.id: True}))
        without = evaluate(_answers(c, {other.id: True}))
        assert with_it.disposition == without.disposition, other.id
        assert DISPOSITION_RANK[with_it.disposition] >= DISPOSITION_RANK[c.baseline_disposition], other.id


@pytest.mark.parametrize(("c", "f"), REASSURING_FLAGS, ids=IDS)
def test_any_danger_sign_or_a_possibly_weak_immune_system_voids_it(c, f):
    a = _answers(c, {f.id: True})
    signs = [s["id"] for s in danger_signs_for(c.code, a.age_years)] + [NOT_SURE.id]
    for sid in signs:
        ticked = replace(a, danger_signs={sid: True})
        bare = replace(ticked, red_flags={})
        assert evaluate(ticked).disposition == evaluate(bare).disposition, sid
    for immune in (None, True):
        assert evaluate(replace(a, immunocompromised=immune)).disposition == c.baseline_disposition


@pytest.mark.parametrize(("c", "f"), REASSURING_FLAGS, ids=IDS)
def test_severe_pain_still_raises_it(c, f):
    r = evaluate(_answers(c, {f.id: True}, pain=9))
    assert DISPOSITION_RANK[r.disposition] > DISPOSITION_RANK["self_care"]


def test_duration_rules_still_apply_after_a_reassurance():
    """Tiredness with a known reason is self-care, but not for 3 weeks and more (nhs.uk: a few weeks)."""
    c = next(c for c, f in REASSURING_FLAGS if c.code == "tiredness")
    assert evaluate(_answers(c, {"known_reason": True}, duration="1_2w")).disposition == "self_care"
    assert evaluate(_answers(c, {"known_reason": True}, duration="gt_3w")).disposition == "routine"


def test_the_served_catalogue_marks_reassuring_questions_for_the_page():
    """The page tells the patient to answer "no" when unsure about these (and "yes" about warnings)."""
    served = {c["code"]: c for c in catalogue_as_dict()["complaints"]}
    for c, f in REASSURING_FLAGS:
        flag = next(x for x in served[c.code]["red_flags"] if x["id"] == f.id)
        assert flag["reassuring"] is True and flag["disposition"] is None
    assert not any(x["reassuring"] for x in served["chest_pain"]["red_flags"])


@pytest.mark.parametrize(("age", "expected"), [(8, "routine"), (16, "self_care"), (49, "self_care"), (50, "routine")])
def test_a_small_bleed_after_straining_is_reassuring_only_from_16_to_49(age, expected):
    """nhs.uk: see a GP about blood in a child's poo; NICE NG12: rectal bleeding from 50 is the cancer concern."""
    c = next(c for c, f in REASSURING_FLAGS if c.code == "rectal_bleeding")
    a = replace(_answers(c, {"small_bleed_with_straining": True}), age_years=age)
    assert evaluate(a).disposition == expected
    served = next(c for c in catalogue_as_dict()["complaints"] if c["code"] == "rectal_bleeding")
    flag = next(f for f in served["red_flags"] if f["id"] == "small_bleed_with_straining")
    assert (flag["min_age_years"], flag["max_age_years"]) == (16, 50)  # the page does not ask it outside
