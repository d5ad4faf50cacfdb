"""The catalogue loader: seed content, idempotency, rule expansion."""

import pytest
from django.core.management import call_command
from django.db.models import F

from healthsvc.models import AuditEvent
from medicine import catalogue_data
from medicine.choices import AllergyClass, Condition, DrugClass
from medicine.models import Indication, Ingredient, Interaction, Medicine
from medicine.services import _expand_rules, catalogue_load, catalogue_reload

pytestmark = pytest.mark.django_db


def pair(first: str, second: str) -> Interaction:
    a, b = sorted(Ingredient.objects.filter(slug__in=[first, second]), key=lambda i: i.pk)
    return Interaction.objects.get(ingredient_a=a, ingredient_b=b)


def test_migration_seeds_at_least_25_otc_medicines_each_with_a_source(catalogue):
    otc = Medicine.objects.filter(otc=True)
    assert otc.count() >= 25
    for medicine in otc:
        assert medicine.source.strip(), medicine.slug
        assert medicine.source_url.startswith("https://"), medicine.slug
        assert medicine.adult_dose and medicine.max_daily_dose, medicine.slug
        assert medicine.ingredients.exists(), medicine.slug


def test_loader_is_idempotent(catalogue):
    counts = (Medicine.objects.count(), Ingredient.objects.count(), Interaction.objects.count())
    result = catalogue_load()
    assert not result.changed, result.as_dict()
    assert (Medicine.objects.count(), Ingredient.objects.count(), Interaction.objects.count()) == counts


def test_loader_restores_what_was_changed_or_removed(catalogue):
    Medicine.objects.filter(slug="loratadine-tablets").delete()
    Medicine.objects.filter(slug="paracetamol-tablets").update(max_daily_dose="whatever")
    Indication.objects.filter(medicine__slug="ibuprofen-tablets", complaint_code="headache").delete()
    pair("ibuprofen", "warfarin").delete()

    result = catalogue_load()

    assert result.created == {"medicines": 1, "interactions": 1}
    assert result.updated == {"medicines": 2}
    assert Medicine.objects.get(slug="paracetamol-tablets").max_daily_dose.startswith("Adults: 8 tablets")
    assert Indication.objects.filter(medicine__slug="ibuprofen-tablets", complaint_code="headache").exists()
    assert pair("ibuprofen", "warfarin").severity == "avoid"


def test_catalogue_data_uses_only_known_codes():
    slugs = {slug for slug, *_ in catalogue_data.INGREDIENTS}
    for _slug, _name, _synonyms, classes in catalogue_data.INGREDIENTS:
        assert set(classes) <= set(DrugClass.values)
    seen = set()
    for spec in catalogue_data.MEDICINES:
        assert spec["slug"] not in seen
        seen.add(spec["slug"])
        assert set(spec["ingredients"]) <= slugs
        assert set(spec.get("contraindicated_conditions", ())) <= set(Condition.values)
        assert set(spec.get("caution_conditions", ())) <= set(Condition.values)
        assert set(spec.get("allergy_classes", ())) <= set(AllergyClass.values)
        codes = {code for code, _ in spec["indications"]}
        assert codes <= set(catalogue_data.COMPLAINT_CODES) | set(catalogue_data.EXTRA_CODES)
        assert spec["source"] and spec["source_url"]


def test_class_rules_expand_and_explicit_rules_win(catalogue):
    assert pair("ibuprofen", "naproxen").severity == "avoid"  # NSAID + NSAID
    assert pair("ibuprofen", "apixaban").severity == "avoid"  # NSAID + anticoagulant
    assert pair("aspirin", "ibuprofen").severity == "avoid"  # NSAID + NSAID beats NSAID + salicylate
    assert pair("ibuprofen", "aspirin-low-dose").severity == "caution"  # explicit rule beats class rules
    assert "30 minutes" in pair("ibuprofen", "aspirin-low-dose").advice
    assert pair("pseudoephedrine", "phenelzine").severity == "avoid"  # decongestant + MAOI
    assert pair("dextromethorphan", "sertraline").severity == "caution"
    assert pair("paracetamol", "warfarin").severity == "caution"
    assert pair("chlorphenamine", "alcohol").severity == "caution"
    assert not Interaction.objects.filter(ingredient_a__gte=F("ingredient_b")).exists()


def test_a_rule_naming_nothing_is_an_error(catalogue):
    ingredients = {i.slug: i for i in Ingredient.objects.all()}
    with pytest.raises(ValueError, match="names no ingredient"):
        _expand_rules(ingredients, rules=[("ibuprofen", "no-such-thing", "avoid", "x", "")])
    with pytest.raises(ValueError, match="unknown severity"):
        _expand_rules(ingredients, rules=[("ibuprofen", "warfarin", "bad", "x", "")])


def test_reload_audits_only_when_something_changed(catalogue):
    before = AuditEvent.objects.filter(action="medicine_catalogue_load").count()
    catalogue_reload()
    assert AuditEvent.objects.filter(action="medicine_catalogue_load").count() == before
    Medicine.objects.filter(slug="honey").delete()
    catalogue_reload()
    event = AuditEvent.objects.filter(action="medicine_catalogue_load").latest("at")
    assert event.details["created"] == {"medicines": 1}


def test_management_command_loads_the_catalogue(catalogue, capsys):
    Medicine.objects.filter(slug="senna-tablets").delete()
    call_command("load_medicine_catalogue")
    assert Medicine.objects.filter(slug="senna-tablets").exists()
    assert "is current" in capsys.readouterr().out


def test_indication_codes_exist_in_the_triage_questionnaire():
    """Suggestions passes the triage complaint code straight to medicines_for: the codes must agree."""
    triage_catalogue = pytest.importorskip("triage.engine.catalogue")
    known = set(triage_catalogue.COMPLAINTS_BY_CODE)
    assert set(catalogue_data.COMPLAINT_CODES) - known == set()
