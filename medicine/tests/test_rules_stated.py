"""Medicine safety rules stated as tests, with expected verdicts written here from the guidance (issue 16, item 2).

The expected verdicts were written from the cited guidance, not read from medicine/catalogue_data.py: removing or
weakening a rule there, or in the judgement (medicine/selectors/safety.py), must fail one of these.
"""

from __future__ import annotations

import pytest

from medicine.selectors import ReasonCode, medicine_check, medicines_for
from medicine.tests.patients import ADULT

pytestmark = pytest.mark.django_db


def verdict(slug: str, **context):
    """The one-medicine check a pharmacist-style caller makes: (verdict, its reasons)."""
    report = medicine_check(medicines=[slug], **{**ADULT, **context})
    [assessment] = report.medicines
    return assessment.verdict, assessment.reasons


# --- 3. Pregnancy: "ask first" medicines carry a caution when the patient is pregnant -----------------------------
# NHS Medicines A-Z, Loratadine and Cetirizine ("Pregnancy and breastfeeding"): not normally recommended in
# pregnancy, but a doctor may recommend it when the benefit outweighs the risk -> ask a pharmacist or doctor first.
# NHS "Hay fever" (pregnancy): check with a pharmacist or GP before taking any hay fever medicine.
# That is a caution (offer, with an "ask first" warning), not "ok" and not a plain "do not take".
PREGNANCY_ASK_FIRST = [
    pytest.param("loratadine-tablets", id="loratadine__nhs_ask_a_pharmacist_or_doctor_in_pregnancy"),
    pytest.param("cetirizine-tablets", id="cetirizine__nhs_ask_a_pharmacist_or_doctor_in_pregnancy"),
]


@pytest.mark.parametrize("slug", PREGNANCY_ASK_FIRST)
def test_a_pregnant_patient_is_cautioned_about_an_antihistamine_the_nhs_says_to_ask_about_first(catalogue, slug):
    result, reasons = verdict(slug, pregnant=True)
    assert result == "caution", (slug, result, reasons)
    pregnancy = [reason for reason in reasons if reason.code == ReasonCode.PREGNANCY]
    assert [reason.severity for reason in pregnancy] == ["caution"], reasons


@pytest.mark.parametrize("slug", PREGNANCY_ASK_FIRST)
def test_the_pregnancy_caution_is_about_the_pregnancy_not_the_medicine_alone(catalogue, slug):
    """The same healthy adult who is not pregnant gets no pregnancy reason: the caution above is the rule's."""
    _result, reasons = verdict(slug, pregnant=False)
    assert not [reason for reason in reasons if reason.code == ReasonCode.PREGNANCY], reasons


def test_hay_fever_medicines_offered_to_a_pregnant_patient_carry_a_pregnancy_warning(catalogue):
    """medicines_for (what suggestions calls): loratadine is offered, but not without the pregnancy warning."""
    report = medicines_for(complaint_code=None, **{**ADULT, "pregnant": True})
    offered = {item.medicine.slug: item for item in report.suitable}
    assert "loratadine-tablets" in offered
    warnings = offered["loratadine-tablets"].warnings
    assert any(reason.code == ReasonCode.PREGNANCY for reason in warnings), warnings


# --- 4. Lithium with an NSAID: avoid ------------------------------------------------------------------------------
# BNF interactions (lithium with ibuprofen / naproxen) and NICE CKS Bipolar disorder / lithium: NSAIDs reduce the
# kidneys' excretion of lithium, raising its level towards toxicity; avoid over-the-counter NSAIDs while taking
# lithium unless the prescriber advises otherwise (NHS Medicines A-Z, Lithium: "do not take ibuprofen").
LITHIUM_NSAIDS = [
    pytest.param("ibuprofen-tablets", "lithium", id="ibuprofen_with_lithium__bnf_avoid"),
    pytest.param("naproxen-sodium-tablets", "lithium", id="naproxen_with_lithium__bnf_avoid"),
    pytest.param("ibuprofen-tablets", "Priadel", id="ibuprofen_with_lithium_by_brand_name__bnf_avoid"),
]


@pytest.mark.parametrize(("slug", "taking"), LITHIUM_NSAIDS)
def test_an_nsaid_for_someone_taking_lithium_is_avoid_because_it_raises_lithium_to_toxic_levels(
    catalogue, slug, taking
):
    result, reasons = verdict(slug, current_medicines=[taking])
    assert result == "avoid", (slug, result, reasons)
    interaction = [reason for reason in reasons if reason.code == ReasonCode.INTERACTION]
    assert [reason.severity for reason in interaction] == ["avoid"], reasons


def test_nsaids_are_not_offered_for_a_headache_to_someone_taking_lithium_but_paracetamol_is(catalogue):
    report = medicines_for(complaint_code="headache", **{**ADULT, "current_medicines": ["lithium"]})
    offered = {item.medicine.slug for item in report.suitable}
    excluded = {item.medicine.slug for item in report.excluded}
    assert "ibuprofen-tablets" in excluded
    assert "ibuprofen-tablets" not in offered
    assert "paracetamol-tablets" in offered  # paracetamol does not affect lithium excretion


def test_ibuprofen_and_lithium_listed_together_are_reported_as_an_avoid_interaction(catalogue):
    report = medicine_check(medicines=["ibuprofen-tablets"], **{**ADULT, "current_medicines": ["lithium"]})
    pairs = {(finding.ingredient, finding.other_ingredient, finding.severity) for finding in report.interactions}
    assert ("ibuprofen", "lithium", "avoid") in pairs, pairs
