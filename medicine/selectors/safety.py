"""The safety judgement: medicines_for and medicine_check (rules in medicine/selectors/__init__.py)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from healthsvc.data_text import data_text
from healthsvc.errors import Invalid
from medicine.choices import AllergyClass, Condition, DrugClass, SafetyLevel, Severity
from medicine.models import Ingredient, Interaction, Medicine
from medicine.selectors.catalogue import term_key
from medicine.selectors.reports import (
    RANK,
    CheckReport,
    InteractionFinding,
    MedicineAssessment,
    Reason,
    ReasonCode,
    SafetyReport,
)

# The note for a complaint with no medicine listed; suggestions' port recognises it (in any language).
NO_MEDICINE_LISTED = gettext_noop("No medicine in our catalogue is listed for this complaint. Ask a pharmacist.")

MAX_AGE_YEARS = 130
MAX_LIST_ITEMS = 50
MAX_TERM_LENGTH = 100
DISCLAIMER = gettext_lazy(
    "This is information, not a prescription. Ask a pharmacist before taking a medicine, and always read the "
    "label and leaflet."
)

# An allergy to an ingredient counts for its whole family: people who react to one NSAID
# often react to others (NHS Medicines A-Z: Ibuprofen, "who can and cannot take it").
DRUG_CLASS_ALLERGY = {
    DrugClass.NSAID: AllergyClass.NSAID,
    DrugClass.SALICYLATE: AllergyClass.ASPIRIN,
    DrugClass.ANTIHISTAMINE: AllergyClass.ANTIHISTAMINE,
    DrugClass.AZOLE_ANTIFUNGAL: AllergyClass.IMIDAZOLE,
}

_RANK = {Severity.AVOID: 2, Severity.CAUTION: 1}


@dataclass(frozen=True, slots=True)
class _Current:
    """Something the patient already takes, as they named it, resolved to ingredients."""

    term: str
    label: str  # shown to the patient, in the active language
    ingredient_ids: frozenset[int]
    is_class: bool = False  # named as a drug class ("ssri"): ingredient_ids are its members


@dataclass(slots=True)
class _Context:
    age_years: float
    pregnant: bool | None
    breastfeeding: bool | None
    conditions: frozenset[str]
    # allergy class -> what the patient said (the class itself, or an ingredient's name)
    allergy_classes: dict[str, str] = field(default_factory=dict)
    allergy_ingredients: dict[int, str] = field(default_factory=dict)
    current: list[_Current] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)


def _string_list(value, name: str, errors: dict) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        errors[name] = [_("Must be a list of strings.")]
        return []
    items = list(value)
    if len(items) > MAX_LIST_ITEMS:
        errors[name] = [_("At most %(count)d items.") % {"count": MAX_LIST_ITEMS}]
        return []
    bad = [item for item in items if not isinstance(item, str) or not item.strip() or len(item) > MAX_TERM_LENGTH]
    if bad:
        errors[name] = [
            _("Each item must be a non-empty string of at most %(count)d characters.") % {"count": MAX_TERM_LENGTH}
        ]
        return []
    return [item.strip() for item in items]


def _check_age(age_years, errors: dict) -> float:
    if isinstance(age_years, bool) or not isinstance(age_years, int | float):
        errors["age_years"] = [_("Must be a number of years.")]
        return 0.0
    if not math.isfinite(age_years) or not 0 <= age_years <= MAX_AGE_YEARS:
        errors["age_years"] = [_("Must be between 0 and %(max)d.") % {"max": MAX_AGE_YEARS}]
        return 0.0
    return float(age_years)


def _check_flag(value, name: str, errors: dict) -> bool | None:
    if value is not None and not isinstance(value, bool):
        errors[name] = [_("Must be true, false or null (not known).")]
        return None
    return value


def _resolve_context(
    *, age_years, pregnant, breastfeeding, allergies, conditions, current_medicines, errors: dict
) -> _Context:
    """Validate the patient context and resolve names to ingredients (at most two queries)."""
    age = _check_age(age_years, errors)
    pregnant = _check_flag(pregnant, "pregnant", errors)
    breastfeeding = _check_flag(breastfeeding, "breastfeeding", errors)
    allergy_terms = _string_list(allergies, "allergies", errors)
    condition_terms = _string_list(conditions, "conditions", errors)
    current_terms = _string_list(current_medicines, "current_medicines", errors)

    condition_codes = {term_key(term).replace("-", "_") for term in condition_terms}
    unknown_conditions = sorted(condition_codes - set(Condition.values))
    if unknown_conditions:
        errors["conditions"] = [
            _("Unknown condition: %(code)s. Use one of: %(choices)s.")
            % {"code": repr(code), "choices": ", ".join(Condition.values)}
            for code in unknown_conditions
        ]

    context = _Context(age_years=age, pregnant=pregnant, breastfeeding=breastfeeding, conditions=frozenset())
    context.conditions = frozenset(condition_codes & set(Condition.values))

    allergy_lookup: list[str] = []
    for term in allergy_terms:
        code = term_key(term).replace("-", "_")
        if code in AllergyClass.values:
            context.allergy_classes.setdefault(code, AllergyClass(code).label)
        else:
            allergy_lookup.append(term)

    keys = {term_key(term) for term in [*allergy_lookup, *current_terms]} - {""}
    class_codes = {key.replace("-", "_") for key in keys} & set(DrugClass.values)
    ingredients: list[Ingredient] = []
    medicine_rows = []
    if keys:
        ingredients = list(
            Ingredient.objects.filter(
                Q(slug__in=keys) | Q(synonyms__overlap=sorted(keys)) | Q(drug_classes__overlap=sorted(class_codes))
            )
        )
        if current_terms:
            medicine_rows = list(
                Medicine.ingredients.through.objects.filter(
                    medicine__slug__in={term_key(t) for t in current_terms}
                ).select_related("medicine", "ingredient")
            )

    def by_name(key: str) -> list[Ingredient]:
        return [i for i in ingredients if i.slug == key or key in i.synonyms]

    unknown_allergies = []
    for term in allergy_lookup:
        found = by_name(term_key(term))
        if not found:
            unknown_allergies.append(term)
            continue
        for ingredient in found:
            context.allergy_ingredients[ingredient.pk] = ingredient.name
            for drug_class in ingredient.drug_classes:
                allergy = DRUG_CLASS_ALLERGY.get(drug_class)
                if allergy:
                    context.allergy_classes.setdefault(allergy, ingredient.name)
    if unknown_allergies:
        errors["allergies"] = [
            _("Unknown allergy: %(term)s. Use an ingredient name or one of: %(choices)s.")
            % {"term": repr(term), "choices": ", ".join(AllergyClass.values)}
            for term in unknown_allergies
        ]

    for term in current_terms:
        key = term_key(term)
        in_medicine = [row for row in medicine_rows if row.medicine.slug == key]
        if in_medicine:
            context.current.append(
                _Current(
                    term, data_text(in_medicine[0].medicine.name), frozenset(row.ingredient_id for row in in_medicine)
                )
            )
            continue
        found = by_name(key)
        if found:
            context.current.append(_Current(term, data_text(found[0].name), frozenset(i.pk for i in found)))
            continue
        code = key.replace("-", "_")
        if code in DrugClass.values:
            members = [i for i in ingredients if code in i.drug_classes]
            if members:
                label = _("%(drug_class)s medicines") % {"drug_class": DrugClass(code).label}
                context.current.append(_Current(term, label, frozenset(i.pk for i in members), is_class=True))
                continue
        context.unrecognised.append(term)
    return context


def _interaction_index(ids: set[int]) -> dict[tuple[int, int], Interaction]:
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


def _patient_reasons(medicine: Medicine, context: _Context) -> list[Reason]:
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


def _interaction_reason(
    medicine: Medicine,
    other_ids: frozenset[int],
    other_label: str,
    subject: str,
    index: dict,
    *,
    current: bool,
    is_class: bool = False,
) -> tuple[Reason | None, list[tuple[Ingredient, Ingredient, Interaction | None]]]:
    """The most severe reason `medicine` has with one other thing, and every pair found.

    `other_label` is shown as it is: already in the active language.
    """
    found: list[tuple[Ingredient, Ingredient, Interaction | None]] = []
    best: Reason | None = None
    for ingredient in medicine.ingredients.all():
        for other_id in sorted(other_ids):
            if other_id == ingredient.pk:
                if is_class:
                    text = _(
                        "%(ingredient)s is one of the %(other)s, which you already take: do not take two together."
                    ) % {"ingredient": data_text(ingredient.name), "other": other_label}
                else:
                    text = _DUPLICATE[current] % {"other": other_label, "ingredient": data_text(ingredient.name)}
                reason = Reason(ReasonCode.DUPLICATE, Severity.AVOID, text, subject)
                found.append((ingredient, ingredient, None))
            else:
                row = _lookup(index, ingredient.pk, other_id)
                if row is None:
                    continue
                found.append((ingredient, row.other(ingredient.pk), row))
                reason = Reason(
                    ReasonCode.INTERACTION,
                    row.severity,
                    _INTERACTS[current, Severity(row.severity)]
                    % {"other": other_label, "advice": data_text(row.advice)},
                    subject,
                )
            if best is None or RANK[Severity(reason.severity)] > RANK[Severity(best.severity)]:
                best = reason
    return best, found


def _order(reasons: Sequence[Reason]) -> tuple[Reason, ...]:
    return tuple(sorted(reasons, key=lambda reason: -RANK[Severity(reason.severity)]))


def _notes(context: _Context) -> list[str]:
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
    errors: dict[str, list[str]] = {}
    code = None
    if complaint_code is not None:
        if not isinstance(complaint_code, str) or len(complaint_code) > 64:
            errors["complaint_code"] = [_("Must be a complaint code of at most 64 characters.")]
        else:
            code = term_key(complaint_code).replace("-", "_") or None
    context = _resolve_context(
        age_years=age_years,
        pregnant=pregnant,
        breastfeeding=breastfeeding,
        allergies=allergies,
        conditions=conditions,
        current_medicines=current_medicines,
        errors=errors,
    )
    if errors:
        raise Invalid(fields=errors)

    candidates = Medicine.objects.filter(otc=True).prefetch_related("ingredients").order_by("name")
    if code is not None:
        candidates = candidates.filter(indications__complaint_code=code)
    candidates = list(candidates)

    current_ids = set().union(*(current.ingredient_ids for current in context.current)) if context.current else set()
    candidate_ids = {ingredient.pk for medicine in candidates for ingredient in medicine.ingredients.all()}
    index = _interaction_index(current_ids | candidate_ids) if current_ids else {}

    suitable, excluded = [], []
    for medicine in candidates:
        reasons = _patient_reasons(medicine, context)
        for current in context.current:
            reason, _pairs = _interaction_reason(
                medicine,
                current.ingredient_ids,
                current.label,
                current.term,
                index,
                current=True,
                is_class=current.is_class,
            )
            if reason is not None:
                reasons.append(reason)
        assessment = MedicineAssessment(medicine=medicine, reasons=_order(reasons))
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
    errors: dict[str, list[str]] = {}
    slugs = _string_list(medicines, "medicines", errors)
    if not slugs and "medicines" not in errors:
        errors["medicines"] = [_("List at least one medicine.")]
    context = _resolve_context(
        age_years=age_years,
        pregnant=pregnant,
        breastfeeding=breastfeeding,
        allergies=allergies,
        conditions=conditions,
        current_medicines=current_medicines,
        errors=errors,
    )
    wanted = list(dict.fromkeys(slugs))  # keep the caller's order, drop repeats
    found = {m.slug: m for m in Medicine.objects.filter(slug__in=wanted).prefetch_related("ingredients")}
    unknown = [slug for slug in wanted if slug not in found]
    if unknown:
        errors.setdefault("medicines", []).extend(
            _("Unknown medicine: %(slug)s.") % {"slug": repr(slug)} for slug in unknown
        )
    if errors:
        raise Invalid(fields=errors)

    listed = [found[slug] for slug in wanted]
    current_ids = set().union(*(current.ingredient_ids for current in context.current)) if context.current else set()
    listed_ids = {ingredient.pk for medicine in listed for ingredient in medicine.ingredients.all()}
    index = _interaction_index(current_ids | listed_ids)

    findings: list[InteractionFinding] = []
    assessments = []
    for medicine in listed:
        reasons = _patient_reasons(medicine, context)
        for other in listed:
            if other.pk == medicine.pk:
                continue
            other_ids = frozenset(i.pk for i in other.ingredients.all())
            reason, pairs = _interaction_reason(
                medicine, other_ids, data_text(other.name), other.slug, index, current=False
            )
            if reason is not None:
                reasons.append(reason)
            if medicine.slug < other.slug:  # each pair of listed medicines reported once
                findings.extend(_findings(medicine, other.slug, pairs, with_current=False))
        for current in context.current:
            reason, pairs = _interaction_reason(
                medicine,
                current.ingredient_ids,
                current.label,
                current.term,
                index,
                current=True,
                is_class=current.is_class,
            )
            if reason is not None:
                reasons.append(reason)
            findings.extend(_findings(medicine, current.term, pairs, with_current=True))
        assessments.append(MedicineAssessment(medicine=medicine, reasons=_order(reasons)))

    findings.sort(key=lambda finding: (-RANK[Severity(finding.severity)], finding.medicine, finding.other))
    return CheckReport(
        medicines=tuple(assessments),
        interactions=tuple(findings),
        unrecognised_medicines=tuple(context.unrecognised),
        notes=tuple(_notes(context)),
    )


def _findings(medicine: Medicine, other: str, pairs, *, with_current: bool) -> list[InteractionFinding]:
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
                other=other,
                other_ingredient=other_ingredient.slug,
                with_current=with_current,
                severity=severity,
                advice=advice,
                source=source,
            )
        )
    return result
