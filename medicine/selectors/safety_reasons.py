"""The safety judgement of one medicine: every reason to avoid it or take care, and the interactions found.

The rules are stated in medicine/selectors/__init__.py and docs/medicine.md; safety.py applies them to a
complaint's medicines (medicines_for) or to a list (medicine_check).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from healthsvc.data_text import data_text
from medicine.choices import AllergyClass, Condition, SafetyLevel, Severity
from medicine.models import Ingredient, Interaction, Medicine
from medicine.selectors.reports import RANK, InteractionFinding, MedicineAssessment, Reason, ReasonCode
from medicine.selectors.safety_input import OtherMedicine, PatientContext

# An ingredient and the other one it meets; None for the same ingredient twice.
Pair = tuple[Ingredient, Ingredient, Interaction | None]


def interaction_index(ids: set[int]) -> dict[tuple[int, int], Interaction]:
    """Every stored interaction among `ids`, keyed by the ordered pair (one query)."""
    if len(ids) < 2:
        return {}
    rows = Interaction.objects.filter(ingredient_a_id__in=ids, ingredient_b_id__in=ids).select_related(
        "ingredient_a", "ingredient_b"
    )
    return {(row.ingredient_a_id, row.ingredient_b_id): row for row in rows}


def _lookup(index: dict, first: int, second: int) -> Interaction | None:
    return index.get((min(first, second), max(first, second)))


# What is said about pregnancy or breastfeeding, by reason and case: the patient is (avoid / caution), or did
# not say (the avoid advice as a warning). %(advice)s is the medicine's own text.
_PREGNANCY_WORDS = {
    ReasonCode.PREGNANCY: {
        "avoid": gettext_lazy("Avoid if you are pregnant. %(advice)s"),
        "caution": gettext_lazy("You are pregnant: %(advice)s"),
        "not_said": gettext_lazy("If you are or might be pregnant: %(advice)s"),
    },
    ReasonCode.BREASTFEEDING: {
        "avoid": gettext_lazy("Avoid if you are breastfeeding. %(advice)s"),
        "caution": gettext_lazy("You are breastfeeding: %(advice)s"),
        "not_said": gettext_lazy("If you are breastfeeding: %(advice)s"),
    },
}


def _patient_reasons(medicine: Medicine, context: PatientContext) -> list[Reason]:
    """Reasons that come from the patient, not from other medicines (in the active language; catalogue text
    through data_text)."""
    reasons: list[Reason] = []
    name = data_text(medicine.name)
    if context.age_years * 12 < medicine.min_age_months:
        reasons.append(
            Reason(
                ReasonCode.TOO_YOUNG,
                Severity.AVOID,
                _("Too young: %(medicine)s is for %(age)s. Ask a pharmacist or doctor what suits a younger child.")
                % {"medicine": name, "age": medicine.min_age_text},
                str(medicine.min_age_months),
            )
        )
    if medicine.max_age_months is not None and context.age_years * 12 >= medicine.max_age_months:
        years = medicine.max_age_months // 12
        reasons.append(
            Reason(
                ReasonCode.TOO_OLD,
                Severity.AVOID,
                ngettext(
                    "%(medicine)s is a children's product. From %(years)d year, use the tablets or the older-child "
                    "form instead.",
                    "%(medicine)s is a children's product. From %(years)d years, use the tablets or the older-child "
                    "form instead.",
                    years,
                )
                % {"medicine": name, "years": years},
                str(medicine.max_age_months),
            )
        )
    for code, flag, level, text, who in (
        (ReasonCode.PREGNANCY, context.pregnant, medicine.pregnancy_level, medicine.pregnancy_text, "pregnant"),
        (
            ReasonCode.BREASTFEEDING,
            context.breastfeeding,
            medicine.breastfeeding_level,
            medicine.breastfeeding_text,
            "breastfeeding",
        ),
    ):
        words = _PREGNANCY_WORDS[code]
        advice = {"advice": data_text(text)}
        if flag and level == SafetyLevel.AVOID:
            reasons.append(Reason(code, Severity.AVOID, (words["avoid"] % advice).strip(), who))
        elif flag and level == SafetyLevel.CAUTION:
            reasons.append(Reason(code, Severity.CAUTION, (words["caution"] % advice).strip(), who))
        elif flag is None and level == SafetyLevel.AVOID:
            # Not asked or not sure: warn rather than exclude, in words that cover "might be".
            reasons.append(Reason(code, Severity.CAUTION, (words["not_said"] % advice).strip(), who))
    for allergy in medicine.allergy_classes:
        said = context.allergy_classes.get(allergy)
        if said is None:
            continue
        label = AllergyClass(allergy).label
        text = _("Not for people allergic to %(allergy)s.") % {"allergy": label}
        if said != label:  # they named an ingredient of the class
            text += " " + _("You said you are allergic to %(said)s, which is one of them.") % {"said": data_text(said)}
        reasons.append(Reason(ReasonCode.ALLERGY, Severity.AVOID, text, allergy))
    for ingredient in medicine.ingredients.all():
        if ingredient.pk in context.allergy_ingredients and not any(r.code == ReasonCode.ALLERGY for r in reasons):
            reasons.append(
                Reason(
                    ReasonCode.ALLERGY,
                    Severity.AVOID,
                    _("You said you are allergic to %(ingredient)s, and %(medicine)s contains it.")
                    % {"ingredient": data_text(ingredient.name), "medicine": name},
                    ingredient.slug,
                )
            )
    for condition in medicine.contraindicated_conditions:
        if condition in context.conditions:
            reasons.append(
                Reason(
                    ReasonCode.CONDITION,
                    Severity.AVOID,
                    _(
                        "Not suitable for people with %(condition)s unless a doctor or pharmacist says it is safe "
                        "for you."
                    )
                    % {"condition": Condition(condition).label},
                    condition,
                )
            )
    for condition in medicine.caution_conditions:
        if condition in context.conditions:
            reasons.append(
                Reason(
                    ReasonCode.CONDITION,
                    Severity.CAUTION,
                    _("You have %(condition)s: ask a pharmacist or doctor before taking it.")
                    % {"condition": Condition(condition).label},
                    condition,
                )
            )
    return reasons


# An interaction, by whose the other thing is (already taken, or also on the list) and severity.
_INTERACTS = {
    (True, Severity.AVOID): gettext_lazy(
        "Interacts with %(other)s (which you already take): do not take together. %(advice)s"
    ),
    (True, Severity.CAUTION): gettext_lazy("Interacts with %(other)s (which you already take): take care. %(advice)s"),
    (False, Severity.AVOID): gettext_lazy(
        "Interacts with %(other)s (also on your list): do not take together. %(advice)s"
    ),
    (False, Severity.CAUTION): gettext_lazy("Interacts with %(other)s (also on your list): take care. %(advice)s"),
}
# The same ingredient twice, by whose the other thing is.
_DUPLICATE = {
    True: gettext_lazy(
        "%(other)s (which you already take) also contains %(ingredient)s: taking both could add up to too much. "
        "Take only one."
    ),
    False: gettext_lazy(
        "%(other)s (also on your list) also contains %(ingredient)s: taking both could add up to too much. "
        "Take only one."
    ),
}


def _interaction_reason(medicine: Medicine, other: OtherMedicine, index: dict) -> tuple[Reason | None, list[Pair]]:
    """The most severe reason `medicine` has with one other thing, and every pair found.

    `other.label` is shown as it is: already in the active language.
    """
    found: list[Pair] = []
    best: Reason | None = None
    for ingredient in medicine.ingredients.all():
        for other_id in sorted(other.ingredient_ids):
            if other_id == ingredient.pk:
                if other.is_class:
                    text = _(
                        "%(ingredient)s is one of the %(other)s, which you already take: do not take two together."
                    ) % {"ingredient": data_text(ingredient.name), "other": other.label}
                else:
                    text = _DUPLICATE[other.current] % {"other": other.label, "ingredient": data_text(ingredient.name)}
                reason = Reason(ReasonCode.DUPLICATE, Severity.AVOID, text, other.term)
                found.append((ingredient, ingredient, None))
            else:
                row = _lookup(index, ingredient.pk, other_id)
                if row is None:
                    continue
                found.append((ingredient, row.other(ingredient.pk), row))
                reason = Reason(
                    ReasonCode.INTERACTION,
                    row.severity,
                    _INTERACTS[other.current, Severity(row.severity)]
                    % {"other": other.label, "advice": data_text(row.advice)},
                    other.term,
                )
            if best is None or RANK[Severity(reason.severity)] > RANK[Severity(best.severity)]:
                best = reason
    return best, found


def _findings(medicine: Medicine, other: OtherMedicine, pairs: list[Pair]) -> list[InteractionFinding]:
    result = []
    for ingredient, other_ingredient, row in pairs:
        if row is None:
            severity = Severity.AVOID.value
            advice = _("Both contain %(ingredient)s: taking both could add up to too much. Take only one.") % {
                "ingredient": data_text(ingredient.name)
            }
            source = ""
        else:
            severity, advice, source = row.severity, data_text(row.advice), row.source
        result.append(
            InteractionFinding(
                medicine=medicine.slug,
                ingredient=ingredient.slug,
                other=other.term,
                other_ingredient=other_ingredient.slug,
                with_current=other.current,
                severity=severity,
                advice=advice,
                source=source,
            )
        )
    return result


def _order(reasons: Sequence[Reason]) -> tuple[Reason, ...]:
    return tuple(sorted(reasons, key=lambda reason: -RANK[Severity(reason.severity)]))


def medicine_assessment(
    medicine: Medicine, context: PatientContext, others: Iterable[OtherMedicine], index: dict
) -> tuple[MedicineAssessment, list[InteractionFinding]]:
    """`medicine` judged for this patient and against each of `others` (the most severe reason with each),
    and every interacting pair found. `index` is interaction_index over all their ingredients."""
    reasons = _patient_reasons(medicine, context)
    findings: list[InteractionFinding] = []
    for other in others:
        reason, pairs = _interaction_reason(medicine, other, index)
        if reason is not None:
            reasons.append(reason)
        findings.extend(_findings(medicine, other, pairs))
    return MedicineAssessment(medicine=medicine, reasons=_order(reasons)), findings
