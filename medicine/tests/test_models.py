"""Database constraints behind the catalogue's invariants (real PostgreSQL, no mocks)."""

import pytest
from django.db import IntegrityError, transaction

from healthsvc.errors import Invalid
from medicine.admin import InteractionForm
from medicine.models import Indication, Ingredient, Interaction, Medicine
from medicine.services import interaction_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    first = Ingredient.objects.create(slug="test-alpha", name="Alpha")
    second = Ingredient.objects.create(slug="test-beta", name="Beta")
    return first, second


def make_medicine(**overrides):
    values = {
        "slug": "test-medicine",
        "name": "Test medicine",
        "summary": "For tests.",
        "form": "tablet",
        "strength": "1 mg",
        "adult_dose": "1 tablet",
        "max_daily_dose": "1 tablet",
        "source": "BNF: Test",
        "source_url": "https://example.test/",
    }
    values.update(overrides)
    return Medicine.objects.create(**values)


def test_reversed_interaction_pair_is_rejected_by_the_database(pair):
    low, high = pair
    Interaction.objects.create(ingredient_a=low, ingredient_b=high, severity="avoid", advice="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Interaction.objects.create(ingredient_a=high, ingredient_b=low, severity="caution", advice="y")


def test_same_pair_twice_is_rejected_by_the_database(pair):
    low, high = pair
    Interaction.objects.create(ingredient_a=low, ingredient_b=high, severity="avoid", advice="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Interaction.objects.create(ingredient_a=low, ingredient_b=high, severity="caution", advice="y")


def test_pair_out_of_order_or_with_itself_is_rejected(pair):
    low, high = pair
    with pytest.raises(IntegrityError), transaction.atomic():
        Interaction.objects.create(ingredient_a=high, ingredient_b=low, severity="avoid", advice="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Interaction.objects.create(ingredient_a=low, ingredient_b=low, severity="avoid", advice="x")


def test_unknown_severity_is_rejected(pair):
    low, high = pair
    with pytest.raises(IntegrityError), transaction.atomic():
        Interaction.objects.create(ingredient_a=low, ingredient_b=high, severity="maybe", advice="x")


def test_interaction_save_orders_the_pair_and_updates_in_place(pair):
    low, high = pair
    saved = interaction_save(first=high, second=low, severity="caution", advice="first")
    assert (saved.ingredient_a, saved.ingredient_b) == (low, high)
    again = interaction_save(first=low, second=high, severity="avoid", advice="second")
    assert again.pk == saved.pk
    assert Interaction.objects.get(pk=saved.pk).severity == "avoid"
    with pytest.raises(Invalid):
        interaction_save(first=low, second=low, severity="avoid", advice="x")


def test_admin_form_accepts_either_order(pair):
    low, high = pair
    form = InteractionForm(
        data={"ingredient_a": high.pk, "ingredient_b": low.pk, "severity": "avoid", "advice": "a", "source": ""}
    )
    assert form.is_valid(), form.errors
    saved = form.save()
    assert (saved.ingredient_a_id, saved.ingredient_b_id) == (low.pk, high.pk)
    duplicate = InteractionForm(
        data={"ingredient_a": high.pk, "ingredient_b": low.pk, "severity": "caution", "advice": "b", "source": ""}
    )
    assert not duplicate.is_valid()


def test_medicine_must_cite_a_source():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_medicine(source="")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_medicine(source_url="")


def test_medicine_safety_levels_are_checked():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_medicine(pregnancy_level="fine")


def test_indication_codes_are_unique_per_medicine_and_well_formed():
    medicine = make_medicine()
    Indication.objects.create(medicine=medicine, complaint_code="headache")
    with pytest.raises(IntegrityError), transaction.atomic():
        Indication.objects.create(medicine=medicine, complaint_code="headache")
    with pytest.raises(IntegrityError), transaction.atomic():
        Indication.objects.create(medicine=medicine, complaint_code="Sore Throat")


@pytest.mark.parametrize(
    ("months", "text"),
    [(0, "any age"), (3, "3 months and over"), (24, "2 years and over"), (192, "16 years and over")],
)
def test_min_age_text(months, text):
    assert Medicine(min_age_months=months).min_age_text == text
