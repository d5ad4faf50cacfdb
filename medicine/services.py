"""Writes of the medicine catalogue: loading the catalogue data module, saving interactions."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.db import transaction
from django.utils.translation import gettext as _

from healthsvc.errors import Invalid
from medicine import catalogue_data
from medicine.choices import DrugClass, Severity

_SEVERITY_RANK = {Severity.CAUTION: 1, Severity.AVOID: 2}


@dataclass
class CatalogueLoadResult:
    """How many rows the load created or changed; all zero when the catalogue was already current."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, *, created: bool) -> None:
        target = self.created if created else self.updated
        target[kind] = target.get(kind, 0) + 1

    @property
    def changed(self) -> bool:
        return any(self.created.values()) or any(self.updated.values())

    def as_dict(self) -> dict:
        return {"version": catalogue_data.CATALOGUE_VERSION, "created": self.created, "updated": self.updated}


def _upsert(model, lookup: dict, values: dict):
    """get-or-create by `lookup`, then write `values` only if something differs.

    Returns (obj, created, changed) so a second load of the same data writes nothing.
    """
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values), True, False
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=changed)
    return obj, False, bool(changed)


def _expand_rules(ingredients_by_slug: dict, rules=None) -> dict[tuple[int, int], tuple[str, str, str]]:
    """Turn class-level and ingredient-level rules into {(low id, high id): (severity, advice, source)}.

    A rule naming two ingredients beats any class rule for that pair; among class rules the
    more severe wins (the first listed on a tie), so the expansion is deterministic.
    """
    rules = catalogue_data.INTERACTION_RULES if rules is None else rules
    members: dict[str, list] = {}
    for ingredient in ingredients_by_slug.values():
        for drug_class in ingredient.drug_classes:
            members.setdefault(drug_class, []).append(ingredient)

    def side(name: str) -> tuple[list, bool]:
        if name in DrugClass.values:
            found = members.get(name, [])
            specific = False
        else:
            found = [ingredients_by_slug[name]] if name in ingredients_by_slug else []
            specific = True
        if not found:
            raise ValueError(f"interaction rule side {name!r} names no ingredient in the catalogue")
        return found, specific

    pairs: dict[tuple[int, int], tuple[str, str, str]] = {}
    explicit: set[tuple[int, int]] = set()
    for left, right, severity, advice, source in rules:
        if severity not in Severity.values:
            raise ValueError(f"interaction rule {left}+{right}: unknown severity {severity!r}")
        left_items, left_specific = side(left)
        right_items, right_specific = side(right)
        is_explicit = left_specific and right_specific
        for a in left_items:
            for b in right_items:
                if a.pk == b.pk:
                    continue
                key = (min(a.pk, b.pk), max(a.pk, b.pk))
                if key in explicit and not is_explicit:
                    continue
                current = pairs.get(key)
                if (
                    is_explicit
                    or current is None
                    or _SEVERITY_RANK[Severity(severity)] > _SEVERITY_RANK[Severity(current[0])]
                ):
                    pairs[key] = (severity, advice, source)
                if is_explicit:
                    explicit.add(key)
    return pairs


@transaction.atomic
def catalogue_load(*, apps=None) -> CatalogueLoadResult:
    """Load medicine/catalogue_data.py into the database. Idempotent: run it any number of times.

    Upserts by slug (ingredients, medicines) and by pair (interactions), sets each catalogue
    medicine's ingredients and indications to exactly what the data module says, and leaves
    rows that the data module does not mention (added in the admin) alone.

    `apps` is the model registry: data migrations pass their historical one, so this
    function must only use fields that exist in the migration that calls it (or later
    migrations must keep it compatible).
    """
    apps = apps or global_apps
    Ingredient = apps.get_model("medicine", "Ingredient")
    Medicine = apps.get_model("medicine", "Medicine")
    Indication = apps.get_model("medicine", "Indication")
    Interaction = apps.get_model("medicine", "Interaction")
    result = CatalogueLoadResult()

    ingredients = {}
    for slug, name, synonyms, classes in catalogue_data.INGREDIENTS:
        ingredient, created, changed = _upsert(
            Ingredient, {"slug": slug}, {"name": name, "synonyms": list(synonyms), "drug_classes": list(classes)}
        )
        if created or changed:
            result.count("ingredients", created=created)
        ingredients[slug] = ingredient

    for spec in catalogue_data.MEDICINES:
        values = {
            key: (list(value) if isinstance(value, tuple) else value)
            for key, value in spec.items()
            if key not in {"slug", "ingredients", "indications"}
        }
        for array_field in ("contraindicated_conditions", "caution_conditions", "allergy_classes"):
            values.setdefault(array_field, [])
        values.setdefault("otc", True)
        values.setdefault("child_dose", "")
        # A data migration passes a historical model that may predate newer fields.
        known_fields = {field.name for field in Medicine._meta.get_fields()}
        values = {key: value for key, value in values.items() if key in known_fields}
        medicine, created, changed = _upsert(Medicine, {"slug": spec["slug"]}, values)

        wanted_ingredients = {ingredients[slug].pk for slug in spec["ingredients"]}
        have_ingredients = set(medicine.ingredients.values_list("pk", flat=True))
        if wanted_ingredients != have_ingredients:
            medicine.ingredients.set(wanted_ingredients)
            changed = True

        wanted_indications = dict(spec["indications"])
        have_indications = {row.complaint_code: row for row in Indication.objects.filter(medicine=medicine)}
        stale = set(have_indications) - set(wanted_indications)
        if stale:
            Indication.objects.filter(medicine=medicine, complaint_code__in=stale).delete()
            changed = True
        for code, note in wanted_indications.items():
            row = have_indications.get(code)
            if row is None:
                Indication.objects.create(medicine=medicine, complaint_code=code, note=note)
                changed = True
            elif row.note != note:
                row.note = note
                row.save(update_fields=["note"])
                changed = True
        if created or changed:
            result.count("medicines", created=created)

    pairs = _expand_rules(ingredients)
    existing = {(row.ingredient_a_id, row.ingredient_b_id): row for row in Interaction.objects.all()}
    to_create, to_update = [], []
    for (a_id, b_id), (severity, advice, source) in pairs.items():
        row = existing.get((a_id, b_id))
        if row is None:
            to_create.append(
                Interaction(ingredient_a_id=a_id, ingredient_b_id=b_id, severity=severity, advice=advice, source=source)
            )
        elif (row.severity, row.advice, row.source) != (severity, advice, source):
            row.severity, row.advice, row.source = severity, advice, source
            to_update.append(row)
    Interaction.objects.bulk_create(to_create)
    Interaction.objects.bulk_update(to_update, ["severity", "advice", "source"])
    if to_create:
        result.created["interactions"] = len(to_create)
    if to_update:
        result.updated["interactions"] = len(to_update)
    return result


@transaction.atomic
def catalogue_reload(*, actor=None) -> CatalogueLoadResult:
    """Load the catalogue with the current models and record it in the audit log (command, seed_demo)."""
    from healthsvc.services import audit_record

    result = catalogue_load()
    if result.changed:
        audit_record(
            actor=actor,
            action="medicine_catalogue_load",
            object_type="medicine_catalogue",
            object_id=catalogue_data.CATALOGUE_VERSION,
            details=result.as_dict(),
        )
    return result


@transaction.atomic
def interaction_save(*, first, second, severity: str, advice: str, source: str = ""):
    """Create or update the interaction between two ingredients, in either order.

    The pair is stored once, lower id first (the database's check constraint insists), so
    callers never have to know the order. Raises Invalid for a pair of the same ingredient.
    """
    from medicine.models import Interaction

    if first.pk == second.pk:
        raise Invalid(
            "same_ingredient", _("An ingredient cannot interact with itself."), {"ingredient_b": [_("Same.")]}
        )
    if severity not in Severity.values:
        raise Invalid(
            fields={"severity": [_("Must be one of: %(choices)s.") % {"choices": ", ".join(Severity.values)}]}
        )
    low, high = sorted((first, second), key=lambda ingredient: ingredient.pk)
    interaction, _created = Interaction.objects.update_or_create(
        ingredient_a=low, ingredient_b=high, defaults={"severity": severity, "advice": advice, "source": source}
    )
    return interaction
