"""Each danger sign, ticked alone, sends the patient where its guidance says, at ESI level 2.

Written from the guidance, not read from the ruleset (DANGER_SIGNS_2026_12), so that lowering any one sign's
level fails here (`make mutation-data` found that none of these levels was held by a test):
- call emergency services (999): confusion or slurred speech, breathlessness at rest, blue, grey or mottled
  skin, a rash that does not fade under a glass (nhs.uk sepsis; UK Sepsis Trust); a child who is hard to
  wake or struggling to breathe (nhs.uk fever in children; NICE NG143 red features: compromised breathing
  and consciousness are immediately life-threatening);
- an emergency department now: no urine for 18 hours or a day (NICE NG51 high risk); fainting or feeling
  faint (CTAS hemodynamic compromise); a floppy child or a weak, high-pitched cry (NICE NG51 under 5 high
  risk); "feels as if they might die" with an infection (UK Sepsis Trust). Without an infection that last
  one is what a panic attack feels like, so it asks for less than the emergency department.
- ESI v5: a high-risk situation is ESI 2 whichever of the two places it leads to.
"""

from __future__ import annotations

import pytest

from triage.engine import DEFAULT_RULESET, evaluate, validate_answers
from triage.engine.catalogue import danger_signs_for
from triage.tests.quiet_answers import quiet_answers

CALL_999, ED = "emergency_services", "emergency"
COMPLAINTS = ("sore_throat", "ear_pain", "back_pain", "cough", "fever")


def ticked(sign: str, age_years: float, complaints=COMPLAINTS):
    """The result of a quiet questionnaire with `sign` ticked, for the first complaint that asks it."""
    for complaint in complaints:
        if sign in {s["id"] for s in danger_signs_for(complaint, age_years)}:
            raw = quiet_answers(age_years=age_years, complaint=complaint, danger_signs={sign: True})
            return evaluate(validate_answers(raw), DEFAULT_RULESET)
    raise AssertionError(f"no complaint of {complaints} asks {sign} at {age_years}")


@pytest.mark.parametrize(
    ("sign", "age_years", "disposition"),
    [
        ("ds_confused", 40, CALL_999),
        ("ds_breathless_rest", 40, CALL_999),
        ("ds_blue_mottled", 40, CALL_999),
        ("ds_non_blanching_rash", 40, CALL_999),
        ("ds_blue_mottled", 2, CALL_999),
        ("ds_non_blanching_rash", 2, CALL_999),
        ("ds_child_hard_to_wake", 2, CALL_999),
        ("ds_child_breathing", 2, CALL_999),
        ("ds_no_urine", 40, ED),
        ("ds_faint", 40, ED),
        ("ds_child_floppy_cry", 2, ED),
    ],
)
def test_a_red_danger_sign_alone_sends_the_patient_where_its_guidance_says(sign, age_years, disposition):
    result = ticked(sign, age_years)
    assert (result.acuity, result.disposition) == (2, disposition)


def test_feeling_as_if_they_might_die_is_red_with_an_infection_and_amber_without():
    with_infection = ticked("ds_very_unwell", 40, complaints=("fever",))
    assert (with_infection.acuity, with_infection.disposition) == (2, ED)
    without = ticked("ds_very_unwell", 40, complaints=("back_pain",))
    assert without.disposition not in (CALL_999, ED)
