"""The safety judgement: medicines_for and medicine_check (rules in medicine/selectors/__init__.py).

The request is checked and the patient's words resolved in safety_input.py; one medicine is judged in
safety_reasons.py. The input limits are re-exported from here, where other modules import them.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from medicine.choices import Severity
from medicine.models import Medicine
from medicine.selectors.reports import RANK, CheckReport, InteractionFinding, SafetyReport
from medicine.selectors.safety_input import (
    DRUG_CLASS_ALLERGY,  # noqa: F401 - re-exported, as are the three limits
    MAX_AGE_YEARS,  # noqa: F401
    MAX_LIST_ITEMS,  # noqa: F401
    MAX_TERM_LENGTH,  # noqa: F401
    OtherMedicine,
    PatientContext,
    medicine_check_input,
    medicines_for_input,
)
from medicine.selectors.safety_reasons import interaction_index, medicine_assessment

# The note for a complaint with no medicine listed; suggestions' port recognises it (in any language).
NO_MEDICINE_LISTED = gettext_noop("No medicine in our catalogue is listed for this complaint. Ask a pharmacist.")

DISCLAIMER = gettext_lazy(
    "This is information, not a prescription. Ask a pharmacist before taking a medicine, and always read the "
    "label and leaflet."
)


def _notes(context: PatientContext) -> list[str]:
    notes = [str(DISCLAIMER)]
    if context.unrecognised:
        names = ", ".join(context.unrecognised)
        notes.append(
            _(
                "We could not check %(names)s for interactions: it is not in our catalogue. Show it to a pharmacist "
                "before taking anything new."
            )
            % {"names": names}
        )
    return notes


def medicines_for(
    *,
    complaint_code: str | None,
    age_years: float,
    pregnant: bool | None,
    breastfeeding: bool | None,
    allergies: list[str],
    conditions: list[str],
    current_medicines: list[str],
) -> SafetyReport:
    """Which over-the-counter medicines in the catalogue may suit this patient for this complaint.

    Arguments (all keyword-only):
      complaint_code: a complaint code from the triage questionnaire catalogue (e.g.
        "headache"); None assesses every OTC medicine in the catalogue. An unknown code
        is not an error: no medicine is listed for it.
      age_years: the patient's age in years (0 to 130; fractions for babies: 0.5 = 6 months).
      pregnant, breastfeeding: True, False, or None when not asked or not sure. None never
        excludes a medicine, but "avoid" advice is then given as a warning.
      allergies: allergy class codes (choices.AllergyClass, e.g. "nsaid") or ingredient
        names/slugs (e.g. "ibuprofen"; that also covers its family, e.g. all NSAIDs).
      conditions: condition codes (choices.Condition, e.g. "asthma", "peptic_ulcer").
      current_medicines: what the patient already takes, as ingredient names or slugs
        ("warfarin", "acetaminophen"), medicine slugs from this catalogue, or a drug class
        ("ssri", "maoi", "ace inhibitor"). Unrecognised entries are listed in the report.

    Returns a SafetyReport: `suitable` (offer these; each has `warnings`, fewest warnings
    first, then by name) and `excluded` (do not offer; each has `avoid_reasons`), with
    plain-language reasons, plus `unrecognised_medicines` and `notes` (always including
    the "information, not a prescription" disclaimer).

    Raises healthsvc.errors.Invalid (fields per argument) for a bad age, flag, list, an
    unknown allergy or an unknown condition. Reads only; at most six queries.
    """
    code, context = medicines_for_input(
        complaint_code=complaint_code,
        age_years=age_years,
        pregnant=pregnant,
        breastfeeding=breastfeeding,
        allergies=allergies,
        conditions=conditions,
        current_medicines=current_medicines,
    )

    candidates = Medicine.objects.filter(otc=True).prefetch_related("ingredients").order_by("name")
    if code is not None:
        candidates = candidates.filter(indications__complaint_code=code)
    candidates = list(candidates)

    current_ids = context.current_ids
    candidate_ids = {ingredient.pk for medicine in candidates for ingredient in medicine.ingredients.all()}
    index = interaction_index(current_ids | candidate_ids) if current_ids else {}

    suitable, excluded = [], []
    for medicine in candidates:
        assessment, _found = medicine_assessment(medicine, context, context.current, index)
        (excluded if assessment.excluded else suitable).append(assessment)
    suitable.sort(key=lambda item: (len(item.warnings), item.medicine.name))

    notes = _notes(context)
    if code is not None and not candidates:
        notes.append(_(NO_MEDICINE_LISTED))
    return SafetyReport(
        complaint_code=code,
        suitable=tuple(suitable),
        excluded=tuple(excluded),
        unrecognised_medicines=tuple(context.unrecognised),
        notes=tuple(notes),
    )


def medicine_check(
    *,
    medicines: list[str],
    age_years: float,
    pregnant: bool | None,
    breastfeeding: bool | None,
    allergies: list[str],
    conditions: list[str],
    current_medicines: list[str],
) -> CheckReport:
    """Check a list of catalogue medicines (by slug) against each other and this patient.

    The patient arguments mean what they mean for medicines_for. For each listed
    medicine the report gives a verdict ("avoid", "caution" or "ok") with every reason:
    age, pregnancy, breastfeeding, allergy, condition, and interactions (or a shared
    ingredient) with the other listed medicines and with current medicines. `interactions`
    lists every interacting pair found.

    Raises Invalid with field "medicines" listing every unknown slug (and the same field
    errors as medicines_for). Reads only; at most six queries.
    """
    listed, context = medicine_check_input(
        medicines=medicines,
        age_years=age_years,
        pregnant=pregnant,
        breastfeeding=breastfeeding,
        allergies=allergies,
        conditions=conditions,
        current_medicines=current_medicines,
    )
    listed_others = [OtherMedicine.listed(medicine) for medicine in listed]
    listed_ids = {pk for other in listed_others for pk in other.ingredient_ids}
    index = interaction_index(context.current_ids | listed_ids)

    findings: list[InteractionFinding] = []
    assessments = []
    for medicine in listed:
        others = [other for other in listed_others if other.term != medicine.slug] + context.current
        assessment, found = medicine_assessment(medicine, context, others, index)
        assessments.append(assessment)
        # each pair of listed medicines reported once
        findings.extend(finding for finding in found if finding.with_current or finding.medicine < finding.other)

    findings.sort(key=lambda finding: (-RANK[Severity(finding.severity)], finding.medicine, finding.other))
    return CheckReport(
        medicines=tuple(assessments),
        interactions=tuple(findings),
        unrecognised_medicines=tuple(context.unrecognised),
        notes=tuple(_notes(context)),
    )
