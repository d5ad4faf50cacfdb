"""Reads of the medicine catalogue, and the safety judgement (pure reads: nothing is written).

A package: catalogue.py (search, detail), safety.py (the judgement: medicines_for and
medicine_check), safety_input.py (checking a request, resolving the patient's words to
ingredients), safety_reasons.py (the rules applied to one medicine), reports.py (the result
types). Import from here; the names below are the public API.

Public, stable API for other apps (suggestions calls these; keep the signatures):

    medicines_for(*, complaint_code, age_years, pregnant, breastfeeding, allergies, conditions,
                  current_medicines) -> SafetyReport
    medicine_check(*, medicines, age_years, pregnant, breastfeeding, allergies, conditions,
                   current_medicines) -> CheckReport

The rules (docs/medicine.md has them in prose):

- A medicine is **excluded** when any reason is `avoid`: the patient is younger than the
  label's minimum age; pregnant (or breastfeeding) and the label says avoid; allergic to
  one of the medicine's allergy classes or to one of its ingredients (an ingredient
  allergy also counts for that ingredient's family, e.g. ibuprofen -> all NSAIDs); has a
  contraindicated condition; already takes something that interacts with it at `avoid`
  severity or that contains the same ingredient (double dosing).
- Otherwise it is **offered**, with each `caution` reason as a warning: pregnancy or
  breastfeeding cautions, a caution condition, a caution interaction, and - when the
  patient did not say whether they are pregnant or breastfeeding - the `avoid` advice
  worded as "if you are or might be".
- Unknown allergies and conditions are an error (Invalid): silently ignoring an allergy
  would be unsafe. Current medicines we cannot recognise are not an error, but they are
  listed in the report with a note to ask a pharmacist, because nothing was checked
  against them.

Query count is bounded: at most six queries whatever the size of the catalogue or of
the patient's lists.
"""

from medicine.selectors.catalogue import medicine_detail, medicine_search, term_key
from medicine.selectors.reports import (
    CheckReport,
    InteractionFinding,
    InteractionGroup,
    MedicineAssessment,
    MedicineDetail,
    Reason,
    ReasonCode,
    SafetyReport,
)
from medicine.selectors.safety import (
    DISCLAIMER,
    DRUG_CLASS_ALLERGY,
    MAX_AGE_YEARS,
    MAX_LIST_ITEMS,
    MAX_TERM_LENGTH,
    medicine_check,
    medicines_for,
)

__all__ = [
    "DISCLAIMER",
    "DRUG_CLASS_ALLERGY",
    "MAX_AGE_YEARS",
    "MAX_LIST_ITEMS",
    "MAX_TERM_LENGTH",
    "CheckReport",
    "InteractionFinding",
    "InteractionGroup",
    "MedicineAssessment",
    "MedicineDetail",
    "Reason",
    "ReasonCode",
    "SafetyReport",
    "medicine_check",
    "medicine_detail",
    "medicine_search",
    "medicines_for",
    "term_key",
]
