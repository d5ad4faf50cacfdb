"""Medication: the medicine catalogue (id = the medicine's slug), for any signed-in user, as the REST API.

Information copied from public monographs, not a prescription: each Medication is the catalogue entry, with
its form, active ingredients, label strength (as written: free text) and whether it is sold over the counter.
"""

from __future__ import annotations

from healthsvc.fhir import codes
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.search import TOKEN, Clause, SearchParam
from medicine.choices import DosageForm
from medicine.selectors import medicine_search


def medication(medicine) -> dict:
    return {
        "resourceType": "Medication",
        "id": medicine.slug,
        "meta": {"lastUpdated": codes.instant(medicine.updated_at)},
        "extension": [
            {"url": codes.EXT_OTC, "valueBoolean": medicine.otc},
            {"url": codes.EXT_STRENGTH, "valueString": medicine.strength},
        ],
        "code": codes.concept(codes.MEDICINE, medicine.slug, medicine.name),
        "status": "active",
        "form": codes.concept(codes.DOSAGE_FORM, medicine.form, medicine.get_form_display()),
        "ingredient": [
            {
                "itemCodeableConcept": codes.concept(codes.INGREDIENT, ingredient.slug, ingredient.name),
                "isActive": True,
            }
            for ingredient in medicine.ingredients.all()
        ],
    }


class MedicationEndpoint(Endpoint):
    type_name = "Medication"
    description = "A medicine of the catalogue (id = its slug, as /api/v1/medicines/{slug}/)."
    numeric_ids = False
    id_field = "slug"
    search_params = (
        SearchParam(
            "code",
            TOKEN,
            "The medicine's slug; code:text=<words> searches names, ingredients (and other names) and complaints, "
            "as GET /api/v1/medicines/?search= does.",
            system=codes.MEDICINE,
            text_search=True,
        ),
        SearchParam("form", TOKEN, "The dosage form.", codes=tuple(DosageForm.values), system=codes.DOSAGE_FORM),
        SearchParam("ingredient-code", TOKEN, "An active ingredient's slug.", system=codes.INGREDIENT),
    )

    def visible(self, user):
        return medicine_search()

    def id_of(self, item) -> str:
        return item.slug

    def narrow(self, items, clause: Clause):
        name = clause.param.name
        if name == "code" and clause.modifier == "text":
            # The catalogue's own search, in its own order (name matches first), within what is left.
            return medicine_search(query=clause.values[0]).filter(pk__in=items.values("pk"))
        if name == "code":
            return items.filter(slug__in=clause.values)
        if name == "form":
            return items.filter(form__in=clause.values)
        return items.filter(ingredients__slug__in=clause.values).distinct()

    def render(self, request, objects: list) -> list[dict]:
        return [medication(medicine) for medicine in objects]
