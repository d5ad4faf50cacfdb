"""The catalogue's age limits stated from each product's label, tested on both sides of every edge.

The ages below were written from the cited label or NHS page (the youngest age its directions cover; for a
children's product, the age from which the label sends you to the tablets or the older-child form), not read from
medicine/catalogue_data.py. A child one month younger than the label's minimum gets a "too young" avoid; a child of
exactly that age gets no age reason. Ages are given as the public API takes them: years, with fractions for months.
"""

from __future__ import annotations

import pytest

from medicine.selectors import ReasonCode, medicine_check, medicines_for
from medicine.tests.patients import ADULT

pytestmark = pytest.mark.django_db


def _months(years: int = 0, months: int = 0) -> int:
    return 12 * years + months


def age_reasons(slug: str, age_months: int) -> dict[str, set[str]]:
    """{reason code: severities} of the age reasons a child of `age_months` gets for this medicine."""
    report = medicine_check(medicines=[slug], **{**ADULT, "age_years": age_months / 12})
    [item] = report.medicines
    found: dict[str, set[str]] = {}
    for reason in item.reasons:
        if reason.code in (ReasonCode.TOO_YOUNG, ReasonCode.TOO_OLD):
            found.setdefault(reason.code, set()).add(reason.severity)
    return found


# (medicine, the youngest age its label covers, in months)
MINIMUM_AGES = [
    # NHS Paracetamol for children / UK 500 mg tablet packs: tablets from 10 years (10 to 15: 1 tablet).
    pytest.param("paracetamol-tablets", _months(10), id="paracetamol_500mg_tablets__nhs_uk_pack_from_10_years"),
    # NHS Paracetamol for children, 250 mg/5 ml "six plus" liquid: from 6 years.
    pytest.param("paracetamol-six-plus-suspension", _months(6), id="paracetamol_six_plus__nhs_from_6_years"),
    # NHS Paracetamol for children, 120 mg/5 ml infant liquid: from 3 months (2 to 3 months only for a fever after
    # vaccination, which this check does not know about).
    pytest.param("paracetamol-infant-suspension", _months(0, 3), id="paracetamol_infant__nhs_from_3_months"),
    # NHS Ibuprofen for adults / Nurofen 200 mg leaflet: do not give to children under 12.
    pytest.param("ibuprofen-tablets", _months(12), id="ibuprofen_200mg_tablets__leaflet_not_under_12"),
    # NHS Ibuprofen for children: from 3 months (weighing over 5 kg).
    pytest.param("ibuprofen-children-suspension", _months(0, 3), id="ibuprofen_liquid__nhs_from_3_months"),
    # FDA Drug Facts, naproxen sodium 220 mg (Aleve): adults and children 12 and over; under 12: ask a doctor.
    pytest.param("naproxen-sodium-tablets", _months(12), id="naproxen_220mg__fda_12_and_over"),
    # NHS Aspirin for pain relief: never give aspirin to children under 16 (Reye's syndrome).
    pytest.param("aspirin-tablets", _months(16), id="aspirin__nhs_never_under_16"),
    # NHS Loratadine: adults and children aged 2 and over.
    pytest.param("loratadine-tablets", _months(2), id="loratadine__nhs_from_2_years"),
    # Cetirizine OTC (Zirtek / NHS Cetirizine): from 2 years without a prescription.
    pytest.param("cetirizine-tablets", _months(2), id="cetirizine__otc_from_2_years"),
    # NHS Fexofenadine: from a pharmacy for 12 and over (under 12: prescription).
    pytest.param("fexofenadine-tablets", _months(12), id="fexofenadine__nhs_otc_from_12_years"),
    # NHS Chlorphenamine: adults and children aged 1 year and older.
    pytest.param("chlorphenamine-tablets", _months(1), id="chlorphenamine__nhs_from_1_year"),
    # FDA Drug Facts, diphenhydramine 25 mg: children under 6 years, do not use.
    pytest.param("diphenhydramine-tablets", _months(6), id="diphenhydramine__fda_not_under_6"),
    # Dioralyte leaflet / NHS Diarrhoea and vomiting: sachets for children from 1 year; babies only on advice.
    pytest.param("oral-rehydration-salts", _months(1), id="oral_rehydration_salts__leaflet_from_1_year"),
    # NHS Loperamide: from a pharmacy for 12 and over (under 12: prescription only).
    pytest.param("loperamide-capsules", _months(12), id="loperamide__nhs_otc_from_12_years"),
    # UK Pepto-Bismol leaflet: not for under 16s (a salicylate, as aspirin); the US label's 12 is less cautious.
    pytest.param("bismuth-subsalicylate-caplets", _months(16), id="bismuth_subsalicylate__uk_leaflet_from_16"),
    # NHS Omeprazole: omeprazole you buy (Losec Control type) is for adults 18 and over.
    pytest.param("omeprazole-tablets", _months(18), id="omeprazole_otc__nhs_adults_18_and_over"),
    # FDA Drug Facts, famotidine 20 mg (Pepcid AC): under 12, ask a doctor.
    pytest.param("famotidine-tablets", _months(12), id="famotidine__fda_12_and_over"),
    # FDA Drug Facts, calcium carbonate (Tums) / Rennie leaflet: adults and children 12 and over.
    pytest.param("calcium-carbonate-chewable", _months(12), id="calcium_carbonate__fda_12_and_over"),
    # Gaviscon Original Liquid leaflet: adults and children 12 and over (6 to 11 only on advice).
    pytest.param("alginate-antacid-liquid", _months(12), id="alginate_antacid__leaflet_12_and_over"),
    # FDA Drug Facts, simethicone 125 mg (Gas-X): adults and children 12 and over.
    pytest.param("simeticone-capsules", _months(12), id="simeticone_125mg__fda_12_and_over"),
    # NHS Senna: from a pharmacy for 12 and over (younger children only if a doctor recommends it).
    pytest.param("senna-tablets", _months(12), id="senna__nhs_otc_from_12_years"),
    # NHS Lactulose: children from 1 year; babies under 1 only on a doctor's advice.
    pytest.param("lactulose-solution", _months(1), id="lactulose__nhs_from_1_year"),
    # NHS Hydrocortisone skin treatments: 1% cream from a pharmacy for adults and children 10 and over.
    pytest.param("hydrocortisone-cream", _months(10), id="hydrocortisone_1pc__nhs_otc_from_10_years"),
    # NHS Miconazole: the oral gel for babies from 4 months (choking risk in younger babies; MHRA).
    pytest.param("miconazole-oral-gel", _months(0, 4), id="miconazole_oral_gel__nhs_from_4_months"),
    # UK Sudafed leaflet / BNF Pseudoephedrine: adults and children 12 and over.
    pytest.param("pseudoephedrine-tablets", _months(12), id="pseudoephedrine__sudafed_leaflet_12_and_over"),
    # FDA Drug Facts, phenylephrine 10 mg: adults and children 12 and over; under 12, ask a doctor.
    pytest.param("phenylephrine-tablets", _months(12), id="phenylephrine_10mg__fda_12_and_over"),
    # FDA 21 CFR 341.74 adult dose (12 and over) for the adult-strength syrups; MHRA (2009): under 6 never, 6 to 11
    # only on a pharmacist's advice, so an adult-dose syrup sold without advice starts at 12.
    pytest.param("dextromethorphan-syrup", _months(12), id="dextromethorphan__21cfr341_74_adult_dose_12"),
    pytest.param("guaifenesin-syrup", _months(12), id="guaifenesin__21cfr341_78_adult_dose_12"),
    # NICE NG120 / NHS Cough: never give honey to a baby under 1 (infant botulism).
    pytest.param("honey", _months(1), id="honey__nice_ng120_not_under_1"),
    # FDA Drug Facts, benzocaine 15 mg lozenges (Cepacol): adults and children 5 and over; under 5, ask a doctor.
    pytest.param("benzocaine-lozenges", _months(5), id="benzocaine_lozenges__fda_5_and_over"),
    # Lyclear dermal cream leaflet / BNF: under 2 years only under medical supervision.
    pytest.param("permethrin-cream", _months(2), id="permethrin__leaflet_under_2_medical_supervision"),
    # NHS Cold sores: a baby under 1 with a cold sore should see a doctor, not be treated from a pharmacy.
    pytest.param("aciclovir-cream", _months(1), id="aciclovir_cream__nhs_baby_under_1_see_a_doctor"),
]
# Suitable from birth: NHS Clotrimazole (babies too, e.g. nappy rash with thrush); NHS Sinusitis self-care: saline
# drops for babies before feeds.
FROM_BIRTH = [
    pytest.param("clotrimazole-cream", id="clotrimazole__nhs_any_age"),
    pytest.param("saline-nasal-spray", id="saline_drops__nhs_babies"),
]


@pytest.mark.parametrize(("slug", "minimum"), MINIMUM_AGES)
def test_a_child_one_month_younger_than_the_label_allows_is_too_young(catalogue, slug, minimum):
    assert age_reasons(slug, minimum - 1).get(ReasonCode.TOO_YOUNG) == {"avoid"}, (slug, minimum - 1)


@pytest.mark.parametrize(("slug", "minimum"), MINIMUM_AGES)
def test_a_child_of_exactly_the_labels_minimum_age_gets_no_age_reason(catalogue, slug, minimum):
    assert age_reasons(slug, minimum) == {}, (slug, minimum)


@pytest.mark.parametrize("slug", FROM_BIRTH)
def test_a_newborn_gets_no_age_reason_for_a_medicine_suitable_from_birth(catalogue, slug):
    assert age_reasons(slug, 0) == {}, slug


# Children's products: (medicine, the age from which its label sends you to the tablets / older-child form)
MAXIMUM_AGES = [
    # NHS Paracetamol for children / Calpol Infant: the 120 mg/5 ml dose table ends at 5 years; from 6 years the
    # 250 mg/5 ml "six plus" liquid.
    pytest.param("paracetamol-infant-suspension", _months(6), id="paracetamol_infant__nhs_six_plus_from_6_years"),
    # NHS Paracetamol for adults: adults and children 16 and over take the 500 mg tablets.
    pytest.param("paracetamol-six-plus-suspension", _months(16), id="paracetamol_six_plus__nhs_tablets_from_16"),
    # NHS Ibuprofen for children / Nurofen for Children: the liquid's table ends at 11 years; from 12, tablets.
    pytest.param("ibuprofen-children-suspension", _months(12), id="ibuprofen_liquid__nhs_tablets_from_12"),
]


@pytest.mark.parametrize(("slug", "first_too_old"), MAXIMUM_AGES)
def test_a_childrens_product_is_still_for_a_child_one_month_younger_than_its_upper_age(catalogue, slug, first_too_old):
    assert ReasonCode.TOO_OLD not in age_reasons(slug, first_too_old - 1), (slug, first_too_old - 1)


@pytest.mark.parametrize(("slug", "first_too_old"), MAXIMUM_AGES)
def test_a_childrens_product_is_not_for_a_child_who_has_reached_its_upper_age(catalogue, slug, first_too_old):
    assert age_reasons(slug, first_too_old).get(ReasonCode.TOO_OLD) == {"avoid"}, (slug, first_too_old)


def test_a_three_month_old_with_a_fever_is_offered_the_infant_paracetamol_and_ibuprofen_liquids_only(catalogue):
    """NHS: paracetamol and ibuprofen liquids from 3 months; nothing in tablet form, no aspirin (under 16)."""
    report = medicines_for(
        complaint_code="fever",
        age_years=0.25,
        pregnant=None,
        breastfeeding=None,
        allergies=[],
        conditions=[],
        current_medicines=[],
    )
    offered = {item.medicine.slug for item in report.suitable}
    assert {"paracetamol-infant-suspension", "ibuprofen-children-suspension"} <= offered
    assert not offered & {"paracetamol-tablets", "ibuprofen-tablets", "aspirin-tablets"}
