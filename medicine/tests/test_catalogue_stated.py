"""The medicine catalogue's safety rules stated from guidance: interactions, pregnancy, breastfeeding, conditions.

Every expected verdict below was written from the guidance cited beside it (NHS Medicines A-Z, BNF / NICE CKS, MHRA
Drug Safety Updates, FDA OTC Drug Facts labels and monographs, the product's patient leaflet), not read from
medicine/catalogue_data.py: deleting or weakening a rule there must fail a test here. Only the public selector API is
used (medicine_check / medicines_for), as callers use it. Age limits are in test_catalogue_stated_ages.py.

How guidance words map to verdicts (the house rule in medicine/selectors/__init__.py):
- "do not take", "do not use", "not recommended ... unless a doctor says", "get advice without using" -> avoid;
- "ask / check with a doctor or pharmacist before taking", "if pregnant or breast-feeding, ask a health professional
  before use" -> caution (offered, with the warning);
- "usually fine", "first choice" -> ok (no reason at all).
Where the guidance asks only for a caution, the test accepts the catalogue being MORE cautious (AT_LEAST_CAUTION):
"when in doubt, more cautious". Where the guidance says avoid, only avoid passes.
"""

from __future__ import annotations

import pytest

from medicine.selectors import ReasonCode, medicine_check, medicines_for
from medicine.tests.patients import ADULT

pytestmark = pytest.mark.django_db

AVOID = frozenset({"avoid"})
AT_LEAST_CAUTION = frozenset({"caution", "avoid"})
CAUTION = frozenset({"caution"})
OK = frozenset({"ok"})

# Sources, named once. The FDA's general rule for OTC medicines taken by mouth and absorbed (21 CFR 201.63(a)): the
# label must say "If pregnant or breast-feeding, ask a health professional before use" -> at least a caution.
FDA_201_63 = "fda_21cfr201_63_ask_a_health_professional"


def assessment(slugs: list[str], **context):
    """medicine_check for these slugs and this patient: {slug: its assessment}."""
    report = medicine_check(medicines=slugs, **{**ADULT, **context})
    return {item.medicine.slug: item for item in report.medicines}


def severities(item, code: str, subject: str | None = None) -> set[str]:
    """The severities of an assessment's reasons with this code (and subject, if given)."""
    return {
        reason.severity
        for reason in item.reasons
        if reason.code == code and (subject is None or reason.subject == subject)
    }


def level(item, code: str) -> str:
    """A pregnancy or breastfeeding verdict as the guidance words it: avoid, caution, or ok (no such reason)."""
    found = severities(item, code)
    assert len(found) <= 1, item.reasons
    return found.pop() if found else "ok"


# ======================================================================================================================
# 1. Interactions with what the patient already takes
# ======================================================================================================================
# (a catalogue medicine, what the patient says they take, the severities the guidance allows)
INTERACTIONS = [
    # --- NSAIDs and salicylates with blood thinners: bleeding ----------------------------------------------------
    # NHS Medicines A-Z, Warfarin / Apixaban / Rivaroxaban / Edoxaban / Dabigatran ("Cautions with other medicines"):
    # do not take ibuprofen, naproxen or pain-relief aspirin with them unless a doctor says so.
    pytest.param("ibuprofen-tablets", "warfarin", AVOID, id="ibuprofen_with_warfarin__nhs_warfarin_avoid"),
    pytest.param("naproxen-sodium-tablets", "apixaban", AVOID, id="naproxen_with_apixaban__nhs_apixaban_avoid"),
    pytest.param("aspirin-tablets", "rivaroxaban", AVOID, id="aspirin_with_rivaroxaban__nhs_rivaroxaban_avoid"),
    pytest.param("ibuprofen-tablets", "edoxaban", AVOID, id="ibuprofen_with_edoxaban__nhs_edoxaban_avoid"),
    pytest.param("ibuprofen-tablets", "Pradaxa", AVOID, id="ibuprofen_with_dabigatran_brand__nhs_dabigatran_avoid"),
    # FDA Drug Facts, bismuth subsalicylate (Pepto-Bismol): "Ask a doctor or pharmacist before use if you are taking
    # any drug for anticoagulation (thinning the blood)" -> at least caution.
    pytest.param(
        "bismuth-subsalicylate-caplets", "warfarin", AT_LEAST_CAUTION, id="bismuth_with_warfarin__fda_label_ask"
    ),
    # --- Two NSAIDs, two salicylates ---------------------------------------------------------------------------------
    # NHS Medicines A-Z, Ibuprofen for adults: do not take ibuprofen with other NSAIDs such as naproxen or aspirin.
    pytest.param("ibuprofen-tablets", "naproxen", AVOID, id="ibuprofen_with_naproxen__nhs_no_two_nsaids"),
    pytest.param("naproxen-sodium-tablets", "Nurofen", AVOID, id="naproxen_with_ibuprofen_brand__nhs_no_two_nsaids"),
    # FDA Drug Facts, bismuth subsalicylate: "Allergy alert: contains salicylate. Do not take if you are ... taking
    # other salicylate products" -> avoid with (low-dose) aspirin.
    pytest.param(
        "bismuth-subsalicylate-caplets", "aspirin-low-dose", AVOID, id="bismuth_with_low_dose_aspirin__fda_do_not_take"
    ),
    # FDA Drug Facts, bismuth subsalicylate: ask a doctor before use if taking a drug for arthritis (an NSAID): both
    # irritate the stomach -> at least caution.
    pytest.param(
        "bismuth-subsalicylate-caplets", "ibuprofen", AT_LEAST_CAUTION, id="bismuth_with_ibuprofen__fda_label_ask"
    ),
    # --- NSAIDs with antiplatelets, antidepressants ------------------------------------------------------------------
    # NHS Medicines A-Z, Clopidogrel: increased risk of bleeding with NSAIDs (ibuprofen, naproxen) -> ask first.
    pytest.param("ibuprofen-tablets", "clopidogrel", AT_LEAST_CAUTION, id="ibuprofen_with_clopidogrel__nhs_bleeding"),
    pytest.param("naproxen-sodium-tablets", "Plavix", AT_LEAST_CAUTION, id="naproxen_with_clopidogrel__nhs_bleeding"),
    # FDA Drug Safety Information (2006) and NHS Ibuprofen for adults: ibuprofen can stop low-dose aspirin protecting
    # the heart; occasional use is possible with the timing advice -> caution (not a plain avoid, not silence).
    pytest.param("ibuprofen-tablets", "aspirin-low-dose", CAUTION, id="ibuprofen_with_low_dose_aspirin__fda_caution"),
    # NHS Medicines A-Z, Sertraline / Citalopram / Fluoxetine / Venlafaxine / Duloxetine: with NSAIDs a higher chance
    # of bleeding -> ask a pharmacist or doctor first (BNF: NSAIDs with SSRIs / SNRIs, increased bleeding risk).
    pytest.param("ibuprofen-tablets", "sertraline", AT_LEAST_CAUTION, id="ibuprofen_with_sertraline__nhs_bnf_bleeding"),
    pytest.param(
        "naproxen-sodium-tablets", "citalopram", AT_LEAST_CAUTION, id="naproxen_with_citalopram__bnf_bleeding"
    ),
    pytest.param(
        "ibuprofen-tablets", "venlafaxine", AT_LEAST_CAUTION, id="ibuprofen_with_venlafaxine__nhs_bnf_bleeding"
    ),
    pytest.param(
        "naproxen-sodium-tablets", "duloxetine", AT_LEAST_CAUTION, id="naproxen_with_duloxetine__bnf_bleeding"
    ),
    # --- NSAIDs with lithium, methotrexate, ciclosporin --------------------------------------------------------------
    # Patient.info (clinician-reviewed) methotrexate with ibuprofen, BNF: NSAIDs reduce methotrexate excretion ->
    # "do not take ibuprofen (or naproxen, aspirin) while taking methotrexate unless your specialist has told you to".
    pytest.param("ibuprofen-tablets", "methotrexate", AVOID, id="ibuprofen_with_methotrexate__bnf_avoid"),
    pytest.param("naproxen-sodium-tablets", "methotrexate", AVOID, id="naproxen_with_methotrexate__bnf_avoid"),
    # Salicylates do the same (BNF: aspirin with methotrexate); the bismuth label asks first -> at least caution.
    pytest.param(
        "bismuth-subsalicylate-caplets",
        "methotrexate",
        AT_LEAST_CAUTION,
        id="bismuth_with_methotrexate__bnf_salicylate",
    ),
    # NICE CKS, NSAIDs prescribing issues (ciclosporin and an NSAID): need not be avoided, but kidney function must be
    # monitored -> at least caution (the catalogue may be stricter).
    pytest.param("ibuprofen-tablets", "ciclosporin", AT_LEAST_CAUTION, id="ibuprofen_with_ciclosporin__cks_monitor"),
    # --- NSAIDs with blood-pressure medicines and steroids -----------------------------------------------------------
    # NHS Medicines A-Z, Ibuprofen for adults: tell a doctor or pharmacist if you take blood-pressure medicines
    # (ACE inhibitors, ARBs), water tablets or steroid tablets (BNF: NSAIDs with these, kidney harm / GI bleeding).
    pytest.param("ibuprofen-tablets", "ramipril", AT_LEAST_CAUTION, id="ibuprofen_with_ramipril__nhs_ask"),
    pytest.param("naproxen-sodium-tablets", "lisinopril", AT_LEAST_CAUTION, id="naproxen_with_lisinopril__nhs_ask"),
    pytest.param("ibuprofen-tablets", "losartan", AT_LEAST_CAUTION, id="ibuprofen_with_losartan__nhs_ask"),
    pytest.param("ibuprofen-tablets", "furosemide", AT_LEAST_CAUTION, id="ibuprofen_with_furosemide__nhs_ask"),
    pytest.param("ibuprofen-tablets", "prednisolone", AT_LEAST_CAUTION, id="ibuprofen_with_prednisolone__nhs_ask"),
    # --- Paracetamol with warfarin -----------------------------------------------------------------------------------
    # NHS Medicines A-Z, Paracetamol for adults: with warfarin, paracetamol taken regularly may raise the chance of
    # bleeding; occasional use is fine -> caution (check with a pharmacist), not avoid.
    pytest.param("paracetamol-tablets", "warfarin", CAUTION, id="paracetamol_with_warfarin__nhs_caution"),
    # --- Decongestants -----------------------------------------------------------------------------------------------
    # FDA Drug Facts, pseudoephedrine / phenylephrine: "Do not use if you are now taking a prescription MAOI ... or
    # for 2 weeks after stopping" -> avoid. BNF: sympathomimetics with MAOIs, risk of hypertensive crisis.
    pytest.param("pseudoephedrine-tablets", "phenelzine", AVOID, id="pseudoephedrine_with_phenelzine__fda_do_not_use"),
    pytest.param("phenylephrine-tablets", "moclobemide", AVOID, id="phenylephrine_with_moclobemide__fda_do_not_use"),
    # UK decongestant leaflets (Sudafed): do not use with other decongestants; BNF: additive pressor effect -> avoid.
    pytest.param(
        "pseudoephedrine-tablets", "phenylephrine", AVOID, id="pseudoephedrine_with_phenylephrine__leaflet_do_not_use"
    ),
    # BNF interactions: sympathomimetics with beta blockers (raised blood pressure) and with tricyclics -> ask first.
    pytest.param(
        "pseudoephedrine-tablets", "propranolol", AT_LEAST_CAUTION, id="pseudoephedrine_with_propranolol__bnf"
    ),
    pytest.param("phenylephrine-tablets", "atenolol", AT_LEAST_CAUTION, id="phenylephrine_with_atenolol__bnf"),
    pytest.param(
        "pseudoephedrine-tablets", "amitriptyline", AT_LEAST_CAUTION, id="pseudoephedrine_with_amitriptyline__bnf"
    ),
    # --- Dextromethorphan --------------------------------------------------------------------------------------------
    # FDA OTC monograph 21 CFR 341.80 (antitussive labelling): dextromethorphan "Do not use if you are now taking a
    # prescription MAOI ... or for 2 weeks after stopping" -> avoid.
    pytest.param(
        "dextromethorphan-syrup", "phenelzine", AVOID, id="dextromethorphan_with_maoi__21cfr341_80_do_not_use"
    ),
    pytest.param("dextromethorphan-syrup", "selegiline", AVOID, id="dextromethorphan_with_selegiline__21cfr341_80"),
    # BNF interactions: dextromethorphan with SSRIs / SNRIs / tramadol, serotonin syndrome -> ask first.
    pytest.param("dextromethorphan-syrup", "fluoxetine", AT_LEAST_CAUTION, id="dextromethorphan_with_fluoxetine__bnf"),
    pytest.param("dextromethorphan-syrup", "duloxetine", AT_LEAST_CAUTION, id="dextromethorphan_with_duloxetine__bnf"),
    pytest.param("dextromethorphan-syrup", "tramadol", AT_LEAST_CAUTION, id="dextromethorphan_with_tramadol__bnf"),
    # --- Sedating antihistamines -------------------------------------------------------------------------------------
    # NHS Medicines A-Z, Chlorphenamine / Piriton leaflet: do not take it with, or within 2 weeks of, an MAOI -> avoid.
    pytest.param("chlorphenamine-tablets", "phenelzine", AVOID, id="chlorphenamine_with_maoi__nhs_do_not_take"),
    # NHS Chlorphenamine: best not to drink alcohol (more drowsy); FDA Drug Facts, diphenhydramine: "alcohol, sedatives
    # and tranquilizers may increase drowsiness ... ask a doctor if taking sedatives or tranquilizers" -> ask first.
    pytest.param("chlorphenamine-tablets", "alcohol", AT_LEAST_CAUTION, id="chlorphenamine_with_alcohol__nhs"),
    pytest.param("diphenhydramine-tablets", "wine", AT_LEAST_CAUTION, id="diphenhydramine_with_alcohol__fda_label"),
    pytest.param("chlorphenamine-tablets", "diazepam", AT_LEAST_CAUTION, id="chlorphenamine_with_diazepam__nhs"),
    pytest.param("diphenhydramine-tablets", "zopiclone", AT_LEAST_CAUTION, id="diphenhydramine_with_zopiclone__fda"),
    pytest.param("chlorphenamine-tablets", "codeine", AT_LEAST_CAUTION, id="chlorphenamine_with_codeine__nhs_drowsy"),
    # Piriton leaflet / FDA Drug Facts, diphenhydramine: do not use with other antihistamine-containing products.
    pytest.param("chlorphenamine-tablets", "diphenhydramine", AVOID, id="two_sedating_antihistamines__leaflet_avoid"),
    # NHS Medicines A-Z, Cetirizine: it can make some people sleepy; best not to drink alcohol -> at least caution.
    pytest.param("cetirizine-tablets", "beer", AT_LEAST_CAUTION, id="cetirizine_with_alcohol__nhs"),
    # --- Omeprazole --------------------------------------------------------------------------------------------------
    # MHRA Drug Safety Update (2010), clopidogrel and proton pump inhibitors: avoid omeprazole with clopidogrel.
    pytest.param("omeprazole-tablets", "clopidogrel", AVOID, id="omeprazole_with_clopidogrel__mhra_avoid"),
    # NHS Medicines A-Z, Methotrexate: tell your doctor if you take indigestion medicines such as omeprazole.
    pytest.param("omeprazole-tablets", "methotrexate", AT_LEAST_CAUTION, id="omeprazole_with_methotrexate__nhs"),
    # NHS Medicines A-Z, Omeprazole: check with a pharmacist or doctor if you take warfarin.
    pytest.param("omeprazole-tablets", "warfarin", AT_LEAST_CAUTION, id="omeprazole_with_warfarin__nhs"),
    # --- Antacids and bismuth: absorption ----------------------------------------------------------------------------
    # NHS Medicines A-Z, Levothyroxine / Doxycycline / Ciprofloxacin / Alendronic acid, and BNF: antacids stop them
    # being absorbed; leave hours between them -> take care (caution), never silence.
    pytest.param("calcium-carbonate-chewable", "levothyroxine", AT_LEAST_CAUTION, id="antacid_with_levothyroxine__nhs"),
    pytest.param("alginate-antacid-liquid", "thyroxine", AT_LEAST_CAUTION, id="alginate_antacid_with_levothyroxine"),
    pytest.param("calcium-carbonate-chewable", "doxycycline", AT_LEAST_CAUTION, id="antacid_with_doxycycline__nhs"),
    pytest.param("calcium-carbonate-chewable", "ciprofloxacin", AT_LEAST_CAUTION, id="antacid_with_ciprofloxacin__nhs"),
    pytest.param("calcium-carbonate-chewable", "alendronate", AT_LEAST_CAUTION, id="antacid_with_alendronic_acid__nhs"),
    pytest.param("bismuth-subsalicylate-caplets", "lymecycline", AT_LEAST_CAUTION, id="bismuth_with_tetracycline__bnf"),
    # --- Miconazole oral gel -----------------------------------------------------------------------------------------
    # MHRA Drug Safety Update (September 2017): patients taking warfarin should not use over-the-counter miconazole
    # oral gel (serious and fatal bleeding) -> avoid.
    pytest.param("miconazole-oral-gel", "warfarin", AVOID, id="miconazole_with_warfarin__mhra_2017_should_not_use"),
    # Daktarin oral gel SmPC 4.3: contraindicated with HMG-CoA reductase inhibitors such as simvastatin -> avoid;
    # 4.5: use with care with atorvastatin and with oral sulfonylureas (enhanced effect) -> caution.
    pytest.param("miconazole-oral-gel", "simvastatin", AVOID, id="miconazole_with_simvastatin__smpc_contraindicated"),
    pytest.param("miconazole-oral-gel", "atorvastatin", AT_LEAST_CAUTION, id="miconazole_with_atorvastatin__smpc"),
    pytest.param("miconazole-oral-gel", "gliclazide", AT_LEAST_CAUTION, id="miconazole_with_gliclazide__smpc"),
]


@pytest.mark.parametrize(("slug", "taking", "allowed"), INTERACTIONS)
def test_a_medicine_for_someone_already_taking_an_interacting_medicine_gets_the_guidance_verdict(
    catalogue, slug, taking, allowed
):
    item = assessment([slug], current_medicines=[taking])[slug]
    found = severities(item, ReasonCode.INTERACTION, subject=taking)
    assert found, f"{slug} with {taking}: no interaction reported; {item.reasons}"
    assert found <= allowed, (slug, taking, found, item.reasons)
    if allowed == AVOID:
        assert item.verdict == "avoid", item.reasons


# Both sides are catalogue medicines: whichever is listed first, or already taken, the verdict is the same.
BOTH_WAYS = [
    pytest.param("ibuprofen-tablets", "naproxen-sodium-tablets", AVOID, id="ibuprofen_and_naproxen__nhs_no_two_nsaids"),
    pytest.param("aspirin-tablets", "ibuprofen-tablets", AVOID, id="aspirin_and_ibuprofen__nhs_no_two_nsaids"),
    pytest.param(
        "bismuth-subsalicylate-caplets", "aspirin-tablets", AVOID, id="bismuth_and_aspirin__fda_other_salicylates"
    ),
    pytest.param(
        "bismuth-subsalicylate-caplets", "naproxen-sodium-tablets", AT_LEAST_CAUTION, id="bismuth_and_naproxen__fda_ask"
    ),
    pytest.param("pseudoephedrine-tablets", "phenylephrine-tablets", AVOID, id="two_decongestants__leaflet_do_not_use"),
    pytest.param(
        "chlorphenamine-tablets", "diphenhydramine-tablets", AVOID, id="two_sedating_antihistamines__leaflet_avoid"
    ),
]


@pytest.mark.parametrize(("first", "second", "allowed"), BOTH_WAYS)
def test_two_catalogue_medicines_that_interact_are_flagged_whichever_way_round(catalogue, first, second, allowed):
    together = assessment([first, second])
    for slug, other in ((first, second), (second, first)):
        found = severities(together[slug], ReasonCode.INTERACTION, subject=other)
        assert found and found <= allowed, (slug, other, together[slug].reasons)
        already = assessment([slug], current_medicines=[other])[slug]
        found = severities(already, ReasonCode.INTERACTION, subject=other)
        assert found and found <= allowed, (slug, "already taking", other, already.reasons)


def test_an_nsaid_for_someone_taking_warfarin_is_avoided_because_of_bleeding_but_paracetamol_is_offered(catalogue):
    """medicines_for, as suggestions calls it: NHS Warfarin - paracetamol is the painkiller to use; no NSAID."""
    report = medicines_for(complaint_code="headache", **{**ADULT, "current_medicines": ["warfarin"]})
    offered = {item.medicine.slug for item in report.suitable}
    excluded = {item.medicine.slug for item in report.excluded}
    assert {"ibuprofen-tablets", "naproxen-sodium-tablets", "aspirin-tablets"} <= excluded
    assert "paracetamol-tablets" in offered


def test_a_decongestant_is_not_offered_to_someone_on_an_maoi(catalogue):
    """FDA Drug Facts (pseudoephedrine, phenylephrine): do not use with an MAOI or for 2 weeks after. (No complaint
    code: every OTC medicine is assessed, whichever complaints it is listed for.)"""
    report = medicines_for(complaint_code=None, **{**ADULT, "current_medicines": ["maoi"]})
    excluded = {item.medicine.slug for item in report.excluded}
    assert {"pseudoephedrine-tablets", "phenylephrine-tablets"} <= excluded


# ======================================================================================================================
# 2. Pregnancy and breastfeeding
# ======================================================================================================================
# (medicine, what the guidance says when the patient IS pregnant / breastfeeding)
PREGNANCY = [
    # NHS Medicines A-Z, Paracetamol for adults: the first choice of painkiller in pregnancy.
    pytest.param("paracetamol-tablets", OK, id="paracetamol__nhs_first_choice_in_pregnancy"),
    # NHS Ibuprofen for adults / NHS "Can I take ibuprofen when pregnant?": not recommended in pregnancy, especially
    # from 20 weeks, unless a doctor prescribes it; if unsure, best not to take it -> avoid. The same ingredient in
    # the children's liquid (a pregnant teenager) is no safer.
    pytest.param("ibuprofen-tablets", AVOID, id="ibuprofen__nhs_not_recommended_in_pregnancy"),
    pytest.param("ibuprofen-children-suspension", AVOID, id="ibuprofen_liquid__nhs_not_recommended_in_pregnancy"),
    # UKTIS / bumps, Naproxen in pregnancy: not advised unless prescribed by a doctor, especially from 20 weeks.
    pytest.param("naproxen-sodium-tablets", AVOID, id="naproxen__uktis_not_advised_unless_prescribed"),
    # NHS Aspirin for pain relief: high-dose aspirin is not recommended for pain relief in pregnancy.
    pytest.param("aspirin-tablets", AVOID, id="aspirin_300mg__nhs_not_recommended_in_pregnancy"),
    # NHS Fexofenadine / Chlorphenamine (pregnancy): not normally recommended; a doctor may advise it -> ask first.
    pytest.param("fexofenadine-tablets", AT_LEAST_CAUTION, id="fexofenadine__nhs_ask_first_in_pregnancy"),
    pytest.param("chlorphenamine-tablets", AT_LEAST_CAUTION, id="chlorphenamine__nhs_ask_first_in_pregnancy"),
    # FDA 21 CFR 201.63(a): systemic OTC medicines - "If pregnant or breast-feeding, ask a health professional".
    pytest.param("diphenhydramine-tablets", AT_LEAST_CAUTION, id=f"diphenhydramine__{FDA_201_63}"),
    pytest.param("loperamide-capsules", AT_LEAST_CAUTION, id=f"loperamide__nhs_not_normally_recommended__{FDA_201_63}"),
    pytest.param("omeprazole-tablets", AT_LEAST_CAUTION, id=f"omeprazole_otc__{FDA_201_63}"),
    pytest.param("famotidine-tablets", AT_LEAST_CAUTION, id=f"famotidine__{FDA_201_63}"),
    pytest.param("phenylephrine-tablets", AT_LEAST_CAUTION, id=f"phenylephrine__{FDA_201_63}"),
    pytest.param("dextromethorphan-syrup", AT_LEAST_CAUTION, id=f"dextromethorphan__{FDA_201_63}"),
    pytest.param("guaifenesin-syrup", AT_LEAST_CAUTION, id=f"guaifenesin__{FDA_201_63}"),
    # Sudafed decongestant tablets leaflet: ask your doctor or pharmacist before taking if pregnant; BNF: avoid in the
    # first trimester -> at least caution.
    pytest.param("pseudoephedrine-tablets", AT_LEAST_CAUTION, id="pseudoephedrine__leaflet_ask_bnf_first_trimester"),
    # NHS Senna (pregnancy): not usually the first choice; talk to a pharmacist or doctor first.
    pytest.param("senna-tablets", AT_LEAST_CAUTION, id="senna__nhs_ask_first_in_pregnancy"),
    # NHS Miconazole (oral gel, pregnancy): not usually recommended; talk to a doctor first.
    pytest.param("miconazole-oral-gel", AT_LEAST_CAUTION, id="miconazole_oral_gel__nhs_ask_first_in_pregnancy"),
    # NHS Scabies / BNF Permethrin: the usual choice in pregnancy, but ask a pharmacist or GP first.
    pytest.param("permethrin-cream", AT_LEAST_CAUTION, id="permethrin__nhs_scabies_ask_first_in_pregnancy"),
    # NHS Pepto-Bismol ("do not take this medicine if you are pregnant or breastfeeding"); UK SmPCs of bismuth
    # subsalicylate (Pepto-Bismol, Pepti-Calm) 4.3 / 4.6: contraindicated in pregnancy and breastfeeding -> avoid.
    pytest.param("bismuth-subsalicylate-caplets", AVOID, id="bismuth_subsalicylate__nhs_uk_smpc_do_not_take_pregnant"),
    # NHS Aciclovir: the cream is not known to be harmful in pregnancy, but speak to a doctor or pharmacist first
    # (Zovirax cold sore cream leaflet: ask before using if pregnant) -> at least caution.
    pytest.param("aciclovir-cream", AT_LEAST_CAUTION, id="aciclovir_cream__nhs_speak_to_doctor_or_pharmacist"),
    # NHS Heartburn in pregnancy: antacids and alginates (Gaviscon) are fine; NHS Lactulose: fine in pregnancy;
    # NHS Clotrimazole: fine in pregnancy.
    pytest.param("alginate-antacid-liquid", OK, id="alginate_antacid__nhs_fine_in_pregnancy"),
    pytest.param("lactulose-solution", OK, id="lactulose__nhs_fine_in_pregnancy"),
    pytest.param("clotrimazole-cream", OK, id="clotrimazole__nhs_fine_in_pregnancy"),
]

BREASTFEEDING = [
    # NHS Paracetamol for adults: usually fine while breastfeeding.
    pytest.param("paracetamol-tablets", OK, id="paracetamol__nhs_fine_while_breastfeeding"),
    # NHS Aspirin for pain relief: not usually recommended while breastfeeding (Reye's syndrome); paracetamol or
    # ibuprofen instead -> avoid unless a doctor advises it.
    pytest.param("aspirin-tablets", AVOID, id="aspirin_300mg__nhs_not_recommended_while_breastfeeding"),
    # FDA Drug Facts, naproxen sodium (Aleve): ask a health professional if breast-feeding (long half-life).
    pytest.param("naproxen-sodium-tablets", AT_LEAST_CAUTION, id=f"naproxen__{FDA_201_63}"),
    # NHS Chlorphenamine: not normally recommended while breastfeeding (drowsiness in the baby); SPS: if a sedating
    # antihistamine is needed, monitor the infant -> at least caution.
    pytest.param("chlorphenamine-tablets", AT_LEAST_CAUTION, id="chlorphenamine__nhs_sps_drowsy_baby"),
    # NHS Fexofenadine: not normally recommended while breastfeeding; loratadine or cetirizine are preferred (SPS).
    pytest.param("fexofenadine-tablets", AT_LEAST_CAUTION, id="fexofenadine__nhs_sps_ask_first"),
    # FDA 21 CFR 201.63(a) on each systemic OTC label: ask a health professional if breast-feeding.
    pytest.param("diphenhydramine-tablets", AT_LEAST_CAUTION, id=f"diphenhydramine__{FDA_201_63}"),
    # Where the NHS page says "OK while breastfeeding" (loperamide, omeprazole) but the US label asks first, the
    # stricter of the two is kept, as the catalogue does for ages.
    pytest.param("loperamide-capsules", AT_LEAST_CAUTION, id=f"loperamide__imodium_label__{FDA_201_63}"),
    pytest.param("omeprazole-tablets", AT_LEAST_CAUTION, id=f"omeprazole_otc__prilosec_otc_label__{FDA_201_63}"),
    pytest.param("famotidine-tablets", AT_LEAST_CAUTION, id=f"famotidine__{FDA_201_63}"),
    pytest.param("phenylephrine-tablets", AT_LEAST_CAUTION, id=f"phenylephrine__{FDA_201_63}"),
    pytest.param("dextromethorphan-syrup", AT_LEAST_CAUTION, id=f"dextromethorphan__{FDA_201_63}"),
    pytest.param("guaifenesin-syrup", AT_LEAST_CAUTION, id=f"guaifenesin__{FDA_201_63}"),
    # Sudafed leaflet: ask before taking if breastfeeding; BNF: present in milk and can reduce the milk supply.
    pytest.param("pseudoephedrine-tablets", AT_LEAST_CAUTION, id="pseudoephedrine__leaflet_ask_bnf_milk_supply"),
    # NHS Scabies / permethrin leaflet: ask first; wash the cream off the nipples before a feed.
    pytest.param("permethrin-cream", AT_LEAST_CAUTION, id="permethrin__nhs_scabies_ask_first_while_breastfeeding"),
    # NHS Pepto-Bismol / UK SmPCs of bismuth subsalicylate 4.3, 4.6: do not take while breastfeeding -> avoid.
    pytest.param("bismuth-subsalicylate-caplets", AVOID, id="bismuth_subsalicylate__nhs_uk_smpc_not_breastfeeding"),
    # UK cetirizine leaflet (section 2): cetirizine passes into breast milk; do not take it while breast-feeding
    # unless you have contacted a doctor (the NHS page and SPS call it a preferred antihistamine) -> at least caution.
    pytest.param("cetirizine-tablets", AT_LEAST_CAUTION, id="cetirizine__uk_leaflet_contact_a_doctor_first"),
    # Daktarin oral gel leaflet / NZ Formulary patient sheet (miconazole oral gel): tell your doctor if you are
    # breastfeeding before using it; some is swallowed and absorbed -> at least caution.
    pytest.param("miconazole-oral-gel", AT_LEAST_CAUTION, id="miconazole_oral_gel__leaflet_tell_your_doctor"),
    # NHS Aciclovir: you can use aciclovir cream while breastfeeding; NHS Lactulose, NHS Clotrimazole: fine.
    pytest.param("aciclovir-cream", OK, id="aciclovir_cream__nhs_fine_while_breastfeeding"),
    pytest.param("lactulose-solution", OK, id="lactulose__nhs_fine_while_breastfeeding"),
    pytest.param("clotrimazole-cream", OK, id="clotrimazole__nhs_fine_while_breastfeeding"),
]


def _offered_level(slug: str, code: str, **flag) -> str:
    # a 30-year-old adult for adult products; a 15-year-old (who can be pregnant) for a children's product
    age = 15 if slug.endswith("suspension") else 30
    return level(assessment([slug], age_years=age, **flag)[slug], code)


@pytest.mark.parametrize(("slug", "allowed"), PREGNANCY)
def test_a_pregnant_patient_gets_the_pregnancy_verdict_the_guidance_gives(catalogue, slug, allowed):
    assert _offered_level(slug, ReasonCode.PREGNANCY, pregnant=True) in allowed


@pytest.mark.parametrize(("slug", "allowed"), BREASTFEEDING)
def test_a_breastfeeding_patient_gets_the_breastfeeding_verdict_the_guidance_gives(catalogue, slug, allowed):
    assert _offered_level(slug, ReasonCode.BREASTFEEDING, breastfeeding=True) in allowed


def test_ibuprofen_is_excluded_in_pregnancy_but_paracetamol_is_offered_for_a_headache(catalogue):
    """NHS: paracetamol is the first choice in pregnancy; ibuprofen is not recommended."""
    report = medicines_for(complaint_code="headache", **{**ADULT, "pregnant": True})
    assert "ibuprofen-tablets" in {item.medicine.slug for item in report.excluded}
    assert "paracetamol-tablets" in {item.medicine.slug for item in report.suitable}


# ======================================================================================================================
# 3. Conditions that make a medicine unsuitable without a professional's advice
# ======================================================================================================================
# (medicine, condition, the severities the guidance allows for that condition's reason)
NSAID_CONDITIONS = [
    # NHS Ibuprofen for adults / for children, Nurofen leaflet: do not take if you have (had) a stomach ulcer or
    # bleeding, have severe heart failure; check with a doctor or pharmacist first if you have a condition that raises
    # the chance of bleeding, kidney or liver problems, or asthma. NHS Chickenpox: do not give ibuprofen (serious
    # skin infections) unless a doctor says so.
    ("peptic_ulcer", AVOID, "nhs_leaflet_do_not_take_with_stomach_ulcer"),
    ("heart_failure", AVOID, "leaflet_do_not_take_with_heart_failure"),
    ("bleeding_disorder", AT_LEAST_CAUTION, "nhs_check_first_bleeding_problem"),
    ("kidney_disease", AT_LEAST_CAUTION, "nhs_check_first_kidney_problems"),
    ("liver_disease", AT_LEAST_CAUTION, "nhs_check_first_liver_problems"),
    ("asthma", AT_LEAST_CAUTION, "nhs_check_first_asthma"),
]
CONDITIONS = [
    *(
        pytest.param(slug, condition, allowed, id=f"{slug.split('-')[0]}_with_{condition}__{why}")
        for slug in ("ibuprofen-tablets", "ibuprofen-children-suspension", "naproxen-sodium-tablets", "aspirin-tablets")
        for condition, allowed, why in NSAID_CONDITIONS
    ),
    pytest.param("ibuprofen-tablets", "chickenpox", AVOID, id="ibuprofen_with_chickenpox__nhs_chickenpox_do_not_give"),
    pytest.param(
        "ibuprofen-children-suspension", "chickenpox", AVOID, id="ibuprofen_liquid_with_chickenpox__nhs_do_not_give"
    ),
    # NHS Aspirin for pain relief: check with a doctor first if you have gout (aspirin can raise uric acid); BNF:
    # aspirin in G6PD deficiency, risk of haemolysis -> at least caution.
    pytest.param("aspirin-tablets", "gout", AT_LEAST_CAUTION, id="aspirin_with_gout__nhs_check_first"),
    pytest.param("aspirin-tablets", "g6pd_deficiency", AT_LEAST_CAUTION, id="aspirin_with_g6pd__bnf_haemolysis"),
    # NHS Chlorphenamine: check first with glaucoma or problems peeing / an enlarged prostate; FDA Drug Facts,
    # diphenhydramine: "Ask a doctor before use if you have glaucoma, trouble urinating due to an enlarged prostate".
    pytest.param("chlorphenamine-tablets", "glaucoma", AT_LEAST_CAUTION, id="chlorphenamine_with_glaucoma__nhs"),
    pytest.param("chlorphenamine-tablets", "prostate_enlargement", AT_LEAST_CAUTION, id="chlorphenamine_prostate__nhs"),
    pytest.param("diphenhydramine-tablets", "glaucoma", AT_LEAST_CAUTION, id="diphenhydramine_with_glaucoma__fda"),
    pytest.param(
        "diphenhydramine-tablets", "prostate_enlargement", AT_LEAST_CAUTION, id="diphenhydramine_prostate__fda"
    ),
    # NHS Loperamide / Imodium leaflet: not for a flare-up of ulcerative colitis (toxic megacolon) -> at least caution.
    pytest.param("loperamide-capsules", "inflammatory_bowel_disease", AT_LEAST_CAUTION, id="loperamide_with_ibd__nhs"),
    # FDA Drug Facts, bismuth subsalicylate: "Do not use if you have an ulcer, a bleeding problem"; UK SmPC of
    # bismuth subsalicylate (Pepti-Calm) 4.3: contraindicated in patients with renal disorders -> avoid.
    pytest.param("bismuth-subsalicylate-caplets", "peptic_ulcer", AVOID, id="bismuth_with_ulcer__fda_do_not_use"),
    pytest.param("bismuth-subsalicylate-caplets", "bleeding_disorder", AVOID, id="bismuth_bleeding__fda_do_not_use"),
    pytest.param(
        "bismuth-subsalicylate-caplets", "kidney_disease", AVOID, id="bismuth_with_kidney_disease__uk_smpc_avoid"
    ),
    # FDA Drug Facts, famotidine (Pepcid AC): kidney disease only with a doctor's advice; calcium carbonate (Rennie
    # leaflet, BNF): not with severe kidney problems (hypercalcaemia) -> at least caution.
    pytest.param("famotidine-tablets", "kidney_disease", AT_LEAST_CAUTION, id="famotidine_with_kidney_disease__fda"),
    pytest.param("calcium-carbonate-chewable", "kidney_disease", AT_LEAST_CAUTION, id="calcium_carbonate_kidney__bnf"),
    # NHS Senna / Senokot leaflet: not with inflammatory bowel disease (Crohn's, ulcerative colitis).
    pytest.param("senna-tablets", "inflammatory_bowel_disease", AT_LEAST_CAUTION, id="senna_with_ibd__nhs"),
    # NHS Lactulose: not suitable for people with galactosaemia.
    pytest.param("lactulose-solution", "galactosaemia", AVOID, id="lactulose_with_galactosaemia__nhs_not_suitable"),
    # Hydrocortisone 1% cream leaflets (NHS Hydrocortisone skin treatments): do not use on skin infected by a virus,
    # such as cold sores or chickenpox.
    pytest.param("hydrocortisone-cream", "chickenpox", AVOID, id="hydrocortisone_cream_with_chickenpox__leaflet"),
    # Daktarin oral gel leaflet: tell a doctor first / do not use with liver problems -> at least caution.
    pytest.param("miconazole-oral-gel", "liver_disease", AT_LEAST_CAUTION, id="miconazole_with_liver_disease__leaflet"),
    # FDA Drug Facts, benzocaine (and the FDA 2018 safety communication): methaemoglobinaemia; people with G6PD
    # deficiency are at higher risk -> at least caution.
    pytest.param("benzocaine-lozenges", "g6pd_deficiency", AT_LEAST_CAUTION, id="benzocaine_with_g6pd__fda_2018"),
]
# Sudafed decongestant tablets (UK leaflet): "If any of these apply to you, get advice from a doctor or pharmacist
# without using": kidney problems, high blood pressure or heart disease, an overactive thyroid, glaucoma, prostate
# problems -> avoid (our avoid reads "not suitable ... unless a doctor or pharmacist says it is safe").
# FDA Drug Facts, phenylephrine: "Ask a doctor before use if you have heart disease, high blood pressure, thyroid
# disease, ... trouble urinating due to an enlarged prostate gland"; UK phenylephrine leaflets add glaucoma.
DECONGESTANT_CONDITIONS = [
    pytest.param("pseudoephedrine-tablets", condition, AVOID, id=f"pseudoephedrine_with_{condition}__sudafed_leaflet")
    for condition in (
        "hypertension",
        "heart_disease",
        "glaucoma",
        "prostate_enlargement",
        "hyperthyroidism",
        "kidney_disease",
    )
] + [
    pytest.param("phenylephrine-tablets", condition, AT_LEAST_CAUTION, id=f"phenylephrine_with_{condition}__fda_ask")
    for condition in ("hypertension", "heart_disease", "glaucoma", "prostate_enlargement", "hyperthyroidism")
]


@pytest.mark.parametrize(("slug", "condition", "allowed"), CONDITIONS + DECONGESTANT_CONDITIONS)
def test_a_medicine_the_guidance_warns_about_for_a_condition_is_flagged_for_a_patient_with_it(
    catalogue, slug, condition, allowed
):
    age = 8 if slug == "ibuprofen-children-suspension" else 40
    item = assessment([slug], age_years=age, conditions=[condition])[slug]
    found = severities(item, ReasonCode.CONDITION, subject=condition)
    assert found, f"{slug} for someone with {condition}: no condition reason; {item.reasons}"
    assert found <= allowed, (slug, condition, found, item.reasons)


def test_nsaids_are_not_offered_for_pain_to_someone_with_a_stomach_ulcer_but_paracetamol_is(catalogue):
    """NHS Ibuprofen: do not take with a stomach ulcer; paracetamol is not an NSAID and does not irritate it."""
    report = medicines_for(complaint_code="back_pain", **{**ADULT, "conditions": ["peptic_ulcer"]})
    assert "ibuprofen-tablets" in {item.medicine.slug for item in report.excluded}
    assert "paracetamol-tablets" in {item.medicine.slug for item in report.suitable}
