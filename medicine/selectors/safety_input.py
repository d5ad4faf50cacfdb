"""The safety judgement's input: check a request and resolve the patient's words to catalogue rows.

medicines_for and medicine_check (safety.py) each call one function here. It raises Invalid with
every field error at once, or returns what the judgement needs: a PatientContext (age, flags,
conditions, allergies and current medicines resolved to ingredients) and the complaint code or
the listed medicines. At most three queries.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from healthsvc.data_text import data_text
from healthsvc.errors import Invalid
from medicine.choices import AllergyClass, Condition, DrugClass
from medicine.models import Ingredient, Medicine
from medicine.selectors.catalogue import term_key

MAX_AGE_YEARS = 130
MAX_LIST_ITEMS = 50
MAX_TERM_LENGTH = 100

# An allergy to an ingredient counts for its whole family: people who react to one NSAID
# often react to others (NHS Medicines A-Z: Ibuprofen, "who can and cannot take it").
DRUG_CLASS_ALLERGY = {
    DrugClass.NSAID: AllergyClass.NSAID,
    DrugClass.SALICYLATE: AllergyClass.ASPIRIN,
    DrugClass.ANTIHISTAMINE: AllergyClass.ANTIHISTAMINE,
    DrugClass.AZOLE_ANTIFUNGAL: AllergyClass.IMIDAZOLE,
}


@dataclass(frozen=True, slots=True)
class OtherMedicine:
    """Something a medicine is checked against, resolved to ingredients: what the patient already
    takes, as they named it (`current`), or another medicine on a medicine_check list, by slug."""

    term: str  # the patient's words, or the listed medicine's slug
    label: str  # shown to the patient, in the active language
    ingredient_ids: frozenset[int]
    is_class: bool = False  # named as a drug class ("ssri"): ingredient_ids are its members
    current: bool = True

    @classmethod
    def listed(cls, medicine: Medicine) -> OtherMedicine:
        ids = frozenset(ingredient.pk for ingredient in medicine.ingredients.all())
        return cls(medicine.slug, data_text(medicine.name), ids, current=False)


@dataclass(slots=True)
class PatientContext:
    age_years: float
    pregnant: bool | None
    breastfeeding: bool | None
    conditions: frozenset[str]
    # allergy class -> what the patient said (the class itself, or an ingredient's name)
    allergy_classes: dict[str, str] = field(default_factory=dict)
    allergy_ingredients: dict[int, str] = field(default_factory=dict)
    current: list[OtherMedicine] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)

    @property
    def current_ids(self) -> set[int]:
        """Every ingredient of every current medicine."""
        return set().union(*(current.ingredient_ids for current in self.current)) if self.current else set()


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


def _patient_context(
    *, age_years, pregnant, breastfeeding, allergies, conditions, current_medicines, errors: dict
) -> PatientContext:
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

    context = PatientContext(age_years=age, pregnant=pregnant, breastfeeding=breastfeeding, conditions=frozenset())
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
                OtherMedicine(
                    term, data_text(in_medicine[0].medicine.name), frozenset(row.ingredient_id for row in in_medicine)
                )
            )
            continue
        found = by_name(key)
        if found:
            context.current.append(OtherMedicine(term, data_text(found[0].name), frozenset(i.pk for i in found)))
            continue
        code = key.replace("-", "_")
        if code in DrugClass.values:
            members = [i for i in ingredients if code in i.drug_classes]
            if members:
                label = _("%(drug_class)s medicines") % {"drug_class": DrugClass(code).label}
                context.current.append(OtherMedicine(term, label, frozenset(i.pk for i in members), is_class=True))
                continue
        context.unrecognised.append(term)
    return context


def medicines_for_input(*, complaint_code, **patient) -> tuple[str | None, PatientContext]:
    """medicines_for's arguments checked: the complaint code as a code (None: every OTC medicine)
    and the patient. Raises Invalid."""
    errors: dict[str, list[str]] = {}
    code = None
    if complaint_code is not None:
        if not isinstance(complaint_code, str) or len(complaint_code) > 64:
            errors["complaint_code"] = [_("Must be a complaint code of at most 64 characters.")]
        else:
            code = term_key(complaint_code).replace("-", "_") or None
    context = _patient_context(**patient, errors=errors)
    if errors:
        raise Invalid(fields=errors)
    return code, context


def medicine_check_input(*, medicines, **patient) -> tuple[list[Medicine], PatientContext]:
    """medicine_check's arguments checked: the listed medicines, in the caller's order without
    repeats (ingredients prefetched), and the patient. Raises Invalid."""
    errors: dict[str, list[str]] = {}
    slugs = _string_list(medicines, "medicines", errors)
    if not slugs and "medicines" not in errors:
        errors["medicines"] = [_("List at least one medicine.")]
    context = _patient_context(**patient, errors=errors)
    wanted = list(dict.fromkeys(slugs))  # keep the caller's order, drop repeats
    found = {m.slug: m for m in Medicine.objects.filter(slug__in=wanted).prefetch_related("ingredients")}
    unknown = [slug for slug in wanted if slug not in found]
    if unknown:
        errors.setdefault("medicines", []).extend(
            _("Unknown medicine: %(slug)s.") % {"slug": repr(slug)} for slug in unknown
        )
    if errors:
        raise Invalid(fields=errors)
    return [found[slug] for slug in wanted], context
