"""Catalogue reads: search and one medicine's detail."""

from __future__ import annotations

import re

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from healthsvc.errors import NotFound
from medicine.models import Indication, Interaction, Medicine
from medicine.selectors.reports import MedicineDetail


def term_key(term: str) -> str:
    """A patient's word as a slug: "Low dose Aspirin" -> "low-dose-aspirin"."""
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def medicine_search(*, query: str = "", otc: bool | None = None) -> QuerySet[Medicine]:
    """Medicines whose name, summary, ingredient (or its other names), complaint code or
    indication note ("hay fever") matches `query`.

    Name matches come first. Ingredients and indications are prefetched, so a page of
    results costs three queries (plus one for the count when paginated).
    """
    medicines = Medicine.objects.all()
    if otc is not None:
        medicines = medicines.filter(otc=otc)
    text = query.strip()
    key = term_key(text)
    if text and key:
        code = key.replace("-", "_")
        by_ingredient = Medicine.ingredients.through.objects.filter(medicine=OuterRef("pk")).filter(
            Q(ingredient__name__icontains=text)
            | Q(ingredient__slug__icontains=key)
            | Q(ingredient__synonyms__contains=[key])
        )
        by_indication = Indication.objects.filter(medicine=OuterRef("pk")).filter(
            Q(complaint_code__icontains=code) | Q(note__icontains=text)
        )
        medicines = medicines.filter(
            Q(name__icontains=text)
            | Q(slug__icontains=key)
            | Q(summary__icontains=text)
            | Exists(by_ingredient)
            | Exists(by_indication)
        ).annotate(rank=Case(When(name__icontains=text, then=Value(0)), default=Value(1), output_field=IntegerField()))
        medicines = medicines.order_by("rank", "name")
    elif text:
        medicines = medicines.filter(name__icontains=text).order_by("name")
    else:
        medicines = medicines.order_by("name")
    return medicines.prefetch_related("ingredients", "indications")


def medicine_detail(*, slug: str) -> MedicineDetail:
    """One medicine with its ingredients, indications and every interaction of its ingredients.

    Four queries. Raises NotFound for an unknown slug.
    """
    medicine = Medicine.objects.prefetch_related("ingredients", "indications").filter(slug=slug).first()
    if medicine is None:
        raise NotFound(message=_("No medicine with that name in the catalogue."))
    ids = [ingredient.pk for ingredient in medicine.ingredients.all()]
    interactions = tuple(
        Interaction.objects.filter(Q(ingredient_a_id__in=ids) | Q(ingredient_b_id__in=ids))
        .select_related("ingredient_a", "ingredient_b")
        .order_by("severity", "pk")
    )
    return MedicineDetail(medicine=medicine, interactions=interactions)
