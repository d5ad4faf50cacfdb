"""Medicine catalogue API: request parsing and response shapes (documented in /api/schema/)."""

from __future__ import annotations

import math

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from healthsvc.api.query import QueryBooleanField
from healthsvc.api.strict import StrictJSONMixin
from medicine.choices import Condition, SafetyLevel, Severity
from medicine.models import Indication, Ingredient, Interaction, Medicine
from medicine.selectors import DISCLAIMER, MAX_AGE_YEARS, MAX_LIST_ITEMS, MAX_TERM_LENGTH

MAX_CHECKED_MEDICINES = 20


class FiniteFloatField(serializers.FloatField):
    """A float that is a real number: 1e400 parses to infinity and NaN compares false with
    every bound, so both would slip past min_value/max_value."""

    default_error_messages = {"not_finite": "Must be a finite number."}

    def to_internal_value(self, data):
        if isinstance(data, bool):
            self.fail("invalid")
        value = super().to_internal_value(data)
        if not math.isfinite(value):
            self.fail("not_finite")
        return value


# --- Reads -------------------------------------------------------------------------------------


class MedicineQuerySerializer(serializers.Serializer):
    search = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=100,
        default="",
        help_text="Name, ingredient (or brand/US name) or complaint code.",
    )
    otc = QueryBooleanField(required=False, default=None, help_text="true: over the counter only; false: prescription.")


class MedicineIngredientSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ingredient
        fields = ["slug", "name", "synonyms", "drug_classes"]


class MedicineIndicationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Indication
        fields = ["complaint_code", "note"]


class MedicineListSerializer(serializers.ModelSerializer):
    ingredients = MedicineIngredientSerializer(many=True, read_only=True)
    indications = MedicineIndicationSerializer(many=True, read_only=True)

    class Meta:
        model = Medicine
        fields = ["slug", "name", "summary", "form", "strength", "otc", "min_age_months", "ingredients", "indications"]


class MedicineIngredientRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()


class MedicineInteractionSerializer(serializers.Serializer):
    """One interaction of the medicine's ingredient with another ingredient."""

    ingredient = MedicineIngredientRefSerializer()
    interacts_with = MedicineIngredientRefSerializer()
    severity = serializers.ChoiceField(choices=Severity.choices)
    advice = serializers.CharField()
    source = serializers.CharField()


class MedicineSafetyNoteSerializer(serializers.Serializer):
    level = serializers.ChoiceField(choices=SafetyLevel.choices)
    text = serializers.CharField()


class MedicineDetailSerializer(MedicineListSerializer):
    # Plain strings, not enums: the same Condition choices are the check request's `conditions`
    # enum, and one choice set under several names makes drf-spectacular warn (a failing check).
    contraindicated_conditions = serializers.ListField(
        child=serializers.CharField(), help_text="Condition codes (as in the check request's `conditions`)."
    )
    caution_conditions = serializers.ListField(
        child=serializers.CharField(), help_text="Condition codes (as in the check request's `conditions`)."
    )
    min_age_text = serializers.CharField(read_only=True)
    pregnancy = serializers.SerializerMethodField()
    breastfeeding = serializers.SerializerMethodField()
    interactions = serializers.SerializerMethodField()
    disclaimer = serializers.SerializerMethodField()

    class Meta(MedicineListSerializer.Meta):
        fields = [
            *MedicineListSerializer.Meta.fields,
            "min_age_text",
            "adult_dose",
            "child_dose",
            "max_daily_dose",
            "pregnancy",
            "breastfeeding",
            "contraindicated_conditions",
            "caution_conditions",
            "allergy_classes",
            "warnings",
            "interactions",
            "source",
            "source_url",
            "updated_at",
            "disclaimer",
        ]

    @extend_schema_field(MedicineSafetyNoteSerializer)
    def get_pregnancy(self, medicine) -> dict:
        return {"level": medicine.pregnancy_level, "text": medicine.pregnancy_text}

    @extend_schema_field(MedicineSafetyNoteSerializer)
    def get_breastfeeding(self, medicine) -> dict:
        return {"level": medicine.breastfeeding_level, "text": medicine.breastfeeding_text}

    @extend_schema_field(MedicineInteractionSerializer(many=True))
    def get_interactions(self, medicine) -> list:
        own = {ingredient.pk for ingredient in medicine.ingredients.all()}
        rows: list[Interaction] = self.context.get("interactions", ())
        out = []
        for row in rows:
            mine = row.ingredient_a if row.ingredient_a_id in own else row.ingredient_b
            other = row.other(mine.pk)
            out.append(
                {
                    "ingredient": {"slug": mine.slug, "name": mine.name},
                    "interacts_with": {"slug": other.slug, "name": other.name},
                    "severity": row.severity,
                    "advice": row.advice,
                    "source": row.source,
                }
            )
        return out

    def get_disclaimer(self, medicine) -> str:
        return DISCLAIMER


# --- The check ---------------------------------------------------------------------------------


class MedicinePatientContextSerializer(StrictJSONMixin, serializers.Serializer):
    age_years = FiniteFloatField(min_value=0, max_value=MAX_AGE_YEARS, help_text="Age in years (0.5 = 6 months).")
    pregnant = serializers.BooleanField(required=False, allow_null=True, default=None, help_text="null = not known.")
    breastfeeding = serializers.BooleanField(
        required=False, allow_null=True, default=None, help_text="null = not known."
    )
    allergies = serializers.ListField(
        child=serializers.CharField(max_length=MAX_TERM_LENGTH),
        required=False,
        default=list,
        max_length=MAX_LIST_ITEMS,
        help_text="Allergy class codes (nsaid, aspirin, penicillin, ...) or ingredient names.",
    )
    conditions = serializers.ListField(
        child=serializers.ChoiceField(choices=Condition.choices),
        required=False,
        default=list,
        max_length=MAX_LIST_ITEMS,
    )
    current_medicines = serializers.ListField(
        child=serializers.CharField(max_length=MAX_TERM_LENGTH),
        required=False,
        default=list,
        max_length=MAX_LIST_ITEMS,
        help_text="What the patient already takes: ingredient names (warfarin), catalogue medicine slugs, "
        "or drug classes (ssri, maoi, ace_inhibitor).",
    )


class MedicineCheckRequestSerializer(MedicinePatientContextSerializer):
    medicines = serializers.ListField(
        child=serializers.SlugField(max_length=80),
        min_length=1,
        max_length=MAX_CHECKED_MEDICINES,
        help_text="Catalogue medicine slugs to check.",
    )


class MedicineReasonSerializer(serializers.Serializer):
    code = serializers.CharField(
        help_text="too_young, pregnancy, breastfeeding, allergy, condition, interaction or duplicate."
    )
    severity = serializers.ChoiceField(choices=Severity.choices)
    text = serializers.CharField()
    subject = serializers.CharField(allow_blank=True)


class MedicineAssessmentSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    summary = serializers.CharField()
    otc = serializers.BooleanField()
    form = serializers.CharField()
    strength = serializers.CharField()
    verdict = serializers.ChoiceField(choices=["avoid", "caution", "ok"])
    reasons = MedicineReasonSerializer(many=True, help_text="Why it should be avoided (empty unless verdict is avoid).")
    warnings = MedicineReasonSerializer(many=True, help_text="Cautions to read before taking it.")


class MedicineInteractionFindingSerializer(serializers.Serializer):
    medicine = serializers.SlugField()
    ingredient = serializers.SlugField()
    other = serializers.CharField(help_text="Another listed medicine's slug, or the current medicine as given.")
    other_ingredient = serializers.SlugField()
    with_current_medicine = serializers.BooleanField()
    severity = serializers.ChoiceField(choices=Severity.choices)
    advice = serializers.CharField()
    source = serializers.CharField(allow_blank=True)


class MedicineCheckResponseSerializer(serializers.Serializer):
    medicines = MedicineAssessmentSerializer(many=True)
    interactions = MedicineInteractionFindingSerializer(many=True)
    unrecognised_medicines = serializers.ListField(child=serializers.CharField())
    notes = serializers.ListField(child=serializers.CharField())


class MedicineApiErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class MedicineApiErrorSerializer(serializers.Serializer):
    error = MedicineApiErrorDetailSerializer()
