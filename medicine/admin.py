"""Admin for the medicine catalogue: medicines with their indications, ingredients, interactions.

The catalogue is loaded from medicine/catalogue_data.py; edits made here stay until the
loader rewrites the same medicine or pair (see docs/medicine.md), so lasting changes
belong in the data module.
"""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from medicine.models import Indication, Ingredient, Interaction, Medicine


class IndicationInline(admin.TabularInline):
    model = Indication
    extra = 0
    fields = ["complaint_code", "note"]


@admin.register(Medicine)
class MedicineAdmin(admin.ModelAdmin):
    list_display = ["name", "ingredient_list", "form", "strength", "otc", "min_age_text", "source"]
    list_filter = ["otc", "form", "pregnancy_level", "breastfeeding_level"]
    search_fields = ["name", "slug", "ingredients__name", "ingredients__slug", "indications__complaint_code"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["ingredients"]
    inlines = [IndicationInline]
    readonly_fields = ["updated_at"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (None, {"fields": ("name", "slug", "summary", "ingredients", "form", "strength", "otc")}),
        (_("Dosing"), {"fields": ("adult_dose", "child_dose", "max_daily_dose", "min_age_months")}),
        (
            _("Cautions"),
            {
                "fields": (
                    ("pregnancy_level", "pregnancy_text"),
                    ("breastfeeding_level", "breastfeeding_text"),
                    "contraindicated_conditions",
                    "caution_conditions",
                    "allergy_classes",
                    "warnings",
                )
            },
        ),
        (_("Source"), {"fields": ("source", "source_url", "updated_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("ingredients")

    @admin.display(description=_("Ingredients"))
    def ingredient_list(self, medicine):
        return ", ".join(ingredient.name for ingredient in medicine.ingredients.all())

    @admin.display(description=_("Age"))
    def min_age_text(self, medicine):
        return medicine.min_age_text


@admin.register(Ingredient)
class IngredientAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "classes", "other_names"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description=_("Drug classes"))
    def classes(self, ingredient):
        return ", ".join(ingredient.drug_classes) or "—"

    @admin.display(description=_("Other names"))
    def other_names(self, ingredient):
        return ", ".join(ingredient.synonyms) or "—"


class InteractionForm(forms.ModelForm):
    class Meta:
        model = Interaction
        fields = ["ingredient_a", "ingredient_b", "severity", "advice", "source"]

    def clean(self):
        """Accept the two ingredients in either order: the database stores the lower id first."""
        cleaned = super().clean()
        first, second = cleaned.get("ingredient_a"), cleaned.get("ingredient_b")
        if first and second:
            if first.pk == second.pk:
                raise forms.ValidationError(_("Choose two different ingredients."))
            if first.pk > second.pk:
                cleaned["ingredient_a"], cleaned["ingredient_b"] = second, first
        return cleaned


@admin.register(Interaction)
class InteractionAdmin(admin.ModelAdmin):
    form = InteractionForm
    list_display = ["ingredient_a", "ingredient_b", "severity", "short_advice", "source"]
    list_filter = ["severity"]
    search_fields = ["ingredient_a__name", "ingredient_b__name", "ingredient_a__slug", "ingredient_b__slug", "advice"]
    list_select_related = ["ingredient_a", "ingredient_b"]
    autocomplete_fields = ["ingredient_a", "ingredient_b"]

    @admin.display(description=_("Advice"))
    def short_advice(self, interaction):
        return interaction.advice if len(interaction.advice) <= 90 else interaction.advice[:87] + "..."
