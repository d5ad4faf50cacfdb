"""The one place where suggestions talks to the medicine app.

Factories ask `medicines_to_consider(...)` which over-the-counter medicines suit this
patient for this complaint; the medicine app's `medicine.selectors.medicines_for` makes
the safety judgement (age, pregnancy, breastfeeding, allergies, conditions, interactions)
and says why anything was left out. This module only translates its report into the
plain values suggestions stores, so a change of the medicine API changes this file only.

Degradation: if the medicine app fails unexpectedly, suggestions are still built, with no
medicines and a note to ask a pharmacist (logged and counted). A patient context the
medicine app rejects (an unknown allergy or condition) is the caller's error and is
raised as healthsvc.errors.Invalid.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext, gettext_noop
from prometheus_client import Counter

from healthsvc.errors import Invalid

logger = logging.getLogger(__name__)

medicine_lookup_failures_total = Counter(
    "healthsvc_suggestions_medicine_lookup_failures_total",
    "Times the medicine catalogue could not be asked while building suggestions.",
)

UNAVAILABLE_NOTE = "Medicine information is not available right now. Ask a pharmacist before taking anything."
NO_MEDICINE_NOTE = gettext_noop(
    "No over-the-counter medicine in our catalogue is listed for this problem. Ask a pharmacist."
)


@dataclass(frozen=True)
class MedicineOption:
    """A medicine that may be offered to this patient, with any cautions for them."""

    slug: str
    name: str
    summary: str
    url: str
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "slug": self.slug,
            "name": self.name,
            "summary": self.summary,
            "url": self.url,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ExcludedMedicine:
    """A medicine for this complaint that is not suitable for this patient, and why not."""

    slug: str
    name: str
    url: str
    reasons: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"slug": self.slug, "name": self.name, "url": self.url, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class MedicineAdvice:
    suitable: tuple[MedicineOption, ...] = ()
    excluded: tuple[ExcludedMedicine, ...] = ()
    notes: tuple[str, ...] = ()
    unrecognised_medicines: tuple[str, ...] = ()
    available: bool = True


def medicine_url(slug: str) -> str:
    return reverse("medicine:detail", kwargs={"slug": slug})


def medicines_to_consider(
    *,
    complaint_code: str,
    age_years: float,
    pregnant: bool | None,
    breastfeeding: bool | None = None,
    allergies: Sequence[str] = (),
    conditions: Sequence[str] = (),
    current_medicines: Sequence[str] = (),
) -> MedicineAdvice:
    """Suitable and excluded OTC medicines for this complaint and patient (see module doc).

    The medicine catalogue's indications use the triage questionnaire's complaint codes, so
    the code is passed through as it is.
    """
    try:
        from medicine.selectors import medicines_for

        report = medicines_for(
            complaint_code=complaint_code,
            age_years=age_years,
            pregnant=pregnant,
            breastfeeding=breastfeeding,
            allergies=list(allergies),
            conditions=list(conditions),
            current_medicines=list(current_medicines),
        )
    except Invalid:
        raise
    except Exception:  # degrade: suggestions must still reach the patient
        medicine_lookup_failures_total.inc()
        logger.exception("medicine catalogue lookup failed for complaint %s", complaint_code)
        return MedicineAdvice(notes=(UNAVAILABLE_NOTE,), available=False)
    return _advice_from(report)


def _advice_from(report) -> MedicineAdvice:
    from medicine.selectors.reports import ReasonCode

    excluded = tuple(
        ExcludedMedicine(
            slug=item.medicine.slug,
            name=item.medicine.name,
            url=medicine_url(item.medicine.slug),
            reasons=tuple(reason.text for reason in item.avoid_reasons),
        )
        for item in report.excluded
        # A children's product left out only because the patient has outgrown it is not news
        # to them ("why not infant paracetamol?" nobody asks); other reasons are shown.
        if any(reason.code != ReasonCode.TOO_OLD for reason in item.avoid_reasons)
    )
    excluded_slugs = {item.medicine.slug for item in report.excluded}
    suitable = tuple(
        MedicineOption(
            slug=item.medicine.slug,
            name=item.medicine.name,
            summary=item.medicine.summary,
            url=medicine_url(item.medicine.slug),
            warnings=tuple(reason.text for reason in item.warnings),
        )
        for item in report.suitable
        if item.medicine.slug not in excluded_slugs  # never both offered and excluded
    )
    notes = list(report.notes)
    from medicine.selectors.safety import NO_MEDICINE_LISTED

    if not suitable and not excluded and gettext(NO_MEDICINE_LISTED) not in notes:
        notes.append(NO_MEDICINE_NOTE)
    return MedicineAdvice(
        suitable=suitable,
        excluded=excluded,
        notes=tuple(notes),
        unrecognised_medicines=tuple(report.unrecognised_medicines),
    )


def allergy_choices() -> list[tuple[str, str]]:
    """The allergy codes the medicine app understands (for the patient's form)."""
    from medicine.choices import AllergyClass

    return list(AllergyClass.choices)


def condition_choices() -> list[tuple[str, str]]:
    """The condition codes the medicine app understands (for the patient's form)."""
    from medicine.choices import Condition

    return list(Condition.choices)
