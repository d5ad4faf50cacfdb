"""What the selectors return: plain frozen dataclasses, each with as_dict() for JSON."""

from __future__ import annotations

from dataclasses import dataclass

from medicine.choices import Severity
from medicine.models import Ingredient, Interaction, Medicine

RANK = {Severity.AVOID: 2, Severity.CAUTION: 1}


class ReasonCode:
    TOO_YOUNG = "too_young"
    TOO_OLD = "too_old"  # a children's product for an older child or adult
    PREGNANCY = "pregnancy"
    BREASTFEEDING = "breastfeeding"
    ALLERGY = "allergy"
    CONDITION = "condition"
    INTERACTION = "interaction"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a medicine is excluded (severity "avoid") or carries a warning ("caution")."""

    code: str  # one of ReasonCode
    severity: str  # "avoid" | "caution"
    text: str  # plain language, complete on its own
    subject: str = ""  # what it is about: a condition or allergy code, a medicine or ingredient slug

    def as_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "text": self.text, "subject": self.subject}


@dataclass(frozen=True, slots=True)
class InteractionFinding:
    """One interaction found by medicine_check, between a listed medicine and another listed
    medicine or something the patient already takes."""

    medicine: str  # slug of the listed medicine
    ingredient: str  # its ingredient's slug
    other: str  # slug of the other listed medicine, or the patient's words for a current medicine
    other_ingredient: str
    with_current: bool
    severity: str
    advice: str
    source: str = ""

    def as_dict(self) -> dict:
        return {
            "medicine": self.medicine,
            "ingredient": self.ingredient,
            "other": self.other,
            "other_ingredient": self.other_ingredient,
            "with_current_medicine": self.with_current,
            "severity": self.severity,
            "advice": self.advice,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class MedicineAssessment:
    medicine: Medicine
    reasons: tuple[Reason, ...]

    @property
    def excluded(self) -> bool:
        return any(reason.severity == Severity.AVOID for reason in self.reasons)

    @property
    def verdict(self) -> str:
        if self.excluded:
            return Severity.AVOID.value
        return Severity.CAUTION.value if self.reasons else "ok"

    @property
    def avoid_reasons(self) -> tuple[Reason, ...]:
        return tuple(reason for reason in self.reasons if reason.severity == Severity.AVOID)

    @property
    def warnings(self) -> tuple[Reason, ...]:
        return tuple(reason for reason in self.reasons if reason.severity == Severity.CAUTION)

    def as_dict(self) -> dict:
        medicine = self.medicine
        return {
            "slug": medicine.slug,
            "name": medicine.name,
            "summary": medicine.summary,
            "otc": medicine.otc,
            "form": medicine.form,
            "strength": medicine.strength,
            "verdict": self.verdict,
            "reasons": [reason.as_dict() for reason in self.avoid_reasons],
            "warnings": [reason.as_dict() for reason in self.warnings],
        }


@dataclass(frozen=True, slots=True)
class SafetyReport:
    """What medicines_for decided. `suitable` may be offered (read their warnings);
    `excluded` must not be, and each says why."""

    complaint_code: str | None
    suitable: tuple[MedicineAssessment, ...]
    excluded: tuple[MedicineAssessment, ...]
    unrecognised_medicines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "complaint_code": self.complaint_code,
            "suitable": [item.as_dict() for item in self.suitable],
            "excluded": [item.as_dict() for item in self.excluded],
            "unrecognised_medicines": list(self.unrecognised_medicines),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What medicine_check found for each listed medicine, and every interaction."""

    medicines: tuple[MedicineAssessment, ...]
    interactions: tuple[InteractionFinding, ...]
    unrecognised_medicines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "medicines": [item.as_dict() for item in self.medicines],
            "interactions": [finding.as_dict() for finding in self.interactions],
            "unrecognised_medicines": list(self.unrecognised_medicines),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class InteractionGroup:
    """Interactions of one medicine that share a severity and advice (e.g. all blood thinners)."""

    severity: str
    advice: str
    source: str
    ingredient: Ingredient
    others: tuple[Ingredient, ...]


@dataclass(frozen=True, slots=True)
class MedicineDetail:
    medicine: Medicine
    interactions: tuple[Interaction, ...]

    @property
    def interaction_groups(self) -> tuple[InteractionGroup, ...]:
        groups: dict[tuple, list] = {}
        own_ids = {ingredient.pk for ingredient in self.medicine.ingredients.all()}
        for row in self.interactions:
            mine = row.ingredient_a if row.ingredient_a_id in own_ids else row.ingredient_b
            other = row.other(mine.pk)
            groups.setdefault((row.severity, row.advice, row.source, mine.pk), [mine]).append(other)
        result = [
            InteractionGroup(severity, advice, source, items[0], tuple(sorted(items[1:], key=lambda i: i.name)))
            for (severity, advice, source, _), items in groups.items()
        ]
        result.sort(key=lambda group: (-RANK[Severity(group.severity)], group.ingredient.name, group.others[0].name))
        return tuple(result)
