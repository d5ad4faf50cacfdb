"""Which danger-sign checklist a patient is asked: by age at the band edges, and less what the complaint asks.

NICE NG51 (sepsis) words its high-risk criteria in age bands (under 5, 5 to 11, 12 to 15, 16 or over). The
questionnaire asks the under-5 signs (as a parent sees them) up to the fifth birthday and the
5-and-over signs from it. The clot-risk question (NICE NG158 venous thromboembolism: adults) starts at
16. Each edge is tested on both sides, so moving a boundary by a day or turning `>=` into `>` fails.
"""

from __future__ import annotations

import pytest

from triage.engine.catalogue import danger_signs_for

COMPLAINT = "chest_pain"  # its own questions ask about fainting and breathlessness; the rest is the checklist
DAY = 1 / 365.25


def asked(age_years: float) -> set[str]:
    return {sign["id"] for sign in danger_signs_for(COMPLAINT, age_years)}


@pytest.mark.parametrize("age_years", [0.0, 1.0, 5 - DAY])
def test_under_fives_are_asked_the_signs_a_parent_sees_and_not_the_older_checklist(age_years):
    signs = asked(age_years)
    assert "ds_child_hard_to_wake" in signs
    assert "ds_child_dry_nappies" in signs
    assert "ds_confused" not in signs


@pytest.mark.parametrize("age_years", [5.0, 5 + DAY, 11.0])
def test_from_the_fifth_birthday_the_five_and_over_checklist_replaces_the_under_five_one(age_years):
    signs = asked(age_years)
    assert "ds_confused" in signs
    assert "ds_child_hard_to_wake" not in signs
    assert "ds_child_dry_nappies" not in signs


def test_the_clot_risk_question_starts_on_the_sixteenth_birthday():
    assert "ds_clot_risk" not in asked(16 - DAY)
    assert "ds_clot_risk" in asked(16.0)
    assert "ds_clot_risk" in asked(80.0)


def test_signs_for_every_age_apply_from_birth():
    # The signs with no age band (a blue or mottled look, a rash that does not fade) are asked at any age.
    for age_years in (0.0, 4.0, 40.0):
        assert {"ds_blue_mottled", "ds_non_blanching_rash"} <= asked(age_years)


def test_a_sign_the_complaints_own_questions_ask_is_not_asked_again():
    # Chest pain asks about fainting and breathlessness at rest itself; a cough does not ask about fainting.
    for age_years in (8.0, 40.0):
        assert not {"ds_faint", "ds_breathless_rest"} & asked(age_years)
        assert "ds_faint" in {sign["id"] for sign in danger_signs_for("cough", age_years)}
