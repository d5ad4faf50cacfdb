"""The medicine catalogue: medicines, their active ingredients, what they are for, and
the interactions between ingredients.

Every clinical statement here is information copied from a named public monograph or
label (`Medicine.source`), not a prescription. The safety judgement that reads these
rows lives in selectors/safety.py (with safety_input.py and safety_reasons.py).
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from medicine.choices import AllergyClass, Condition, DosageForm, DrugClass, SafetyLevel, Severity

# Ages are stored in whole months: "from 3 months" and "16 years and over" are both exact.
MAX_AGE_MONTHS = 130 * 12


class Ingredient(models.Model):
    """An active ingredient: those in the catalogue's medicines and common prescription
    ingredients a patient may already take (warfarin, sertraline, ...), so interactions can
    be checked against both."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    # Other names a patient may type (US names, brands), stored as slugs ("acetaminophen").
    synonyms = ArrayField(models.SlugField(max_length=80), default=list, blank=True)
    drug_classes = ArrayField(models.CharField(max_length=40, choices=DrugClass.choices), default=list, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [
            GinIndex(fields=["synonyms"], name="medicine_ingr_synonyms_gin"),
            GinIndex(fields=["drug_classes"], name="medicine_ingr_classes_gin"),
        ]

    def __str__(self) -> str:
        return self.name


class Medicine(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=150)
    summary = models.CharField(max_length=300, help_text=_("What it is for, in one plain sentence."))
    ingredients = models.ManyToManyField(Ingredient, related_name="medicines")
    form = models.CharField(max_length=20, choices=DosageForm.choices)
    strength = models.CharField(max_length=150)
    otc = models.BooleanField(_("over the counter"), default=True, help_text=_("Sold without a prescription."))

    adult_dose = models.TextField()
    child_dose = models.TextField(blank=True)
    max_daily_dose = models.TextField()
    max_age_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_(
            "Children's products: the age (in months) from which the adult or older-child form is used "
            "instead. Empty = no upper limit."
        ),
    )
    min_age_months = models.PositiveSmallIntegerField(
        default=0, help_text=_("Youngest age the label allows, in months (16 years = 192).")
    )

    pregnancy_level = models.CharField(max_length=10, choices=SafetyLevel.choices, default=SafetyLevel.CAUTION)
    pregnancy_text = models.TextField(blank=True)
    breastfeeding_level = models.CharField(max_length=10, choices=SafetyLevel.choices, default=SafetyLevel.CAUTION)
    breastfeeding_text = models.TextField(blank=True)

    # With one of these the medicine is excluded; with a caution condition it is offered with a warning.
    contraindicated_conditions = ArrayField(
        models.CharField(max_length=40, choices=Condition.choices), default=list, blank=True
    )
    caution_conditions = ArrayField(
        models.CharField(max_length=40, choices=Condition.choices), default=list, blank=True
    )
    allergy_classes = ArrayField(
        models.CharField(max_length=40, choices=AllergyClass.choices), default=list, blank=True
    )
    warnings = models.TextField(blank=True, help_text=_("Label warnings: when to stop and get help."))

    source = models.CharField(max_length=200, help_text=_('The public monograph or label, e.g. "BNF: Paracetamol".'))
    source_url = models.URLField(max_length=300)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # Every clinical statement must be traceable to a public source.
            models.CheckConstraint(condition=~Q(source="") & ~Q(source_url=""), name="medicine_has_source"),
            models.CheckConstraint(condition=Q(min_age_months__lte=MAX_AGE_MONTHS), name="medicine_min_age_sane"),
            models.CheckConstraint(
                condition=Q(max_age_months__isnull=True) | Q(max_age_months__gt=F("min_age_months")),
                name="medicine_age_range_sane",
            ),
            models.CheckConstraint(
                condition=Q(pregnancy_level__in=SafetyLevel.values) & Q(breastfeeding_level__in=SafetyLevel.values),
                name="medicine_safety_levels_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    # Labels for the pages (the arrays hold codes).
    @property
    def contraindicated_condition_labels(self) -> list[str]:
        return [Condition(code).label for code in self.contraindicated_conditions if code in Condition.values]

    @property
    def caution_condition_labels(self) -> list[str]:
        return [Condition(code).label for code in self.caution_conditions if code in Condition.values]

    @property
    def allergy_class_labels(self) -> list[str]:
        return [AllergyClass(code).label for code in self.allergy_classes if code in AllergyClass.values]

    @property
    def min_age_text(self) -> str:
        months = self.min_age_months
        if months == 0:
            return gettext("any age")
        years, rest = divmod(months, 12)
        if months >= 24 and rest == 0:
            return ngettext("%(count)d year and over", "%(count)d years and over", years) % {"count": years}
        return ngettext("%(count)d month and over", "%(count)d months and over", months) % {"count": months}


class Indication(models.Model):
    """A complaint code (from the triage questionnaire's catalogue) this medicine may relieve."""

    medicine = models.ForeignKey(Medicine, on_delete=models.CASCADE, related_name="indications")
    complaint_code = models.CharField(max_length=64, db_index=True)
    note = models.CharField(max_length=200, blank=True, help_text=_("Which part of the complaint it helps with."))

    class Meta:
        ordering = ["complaint_code"]
        constraints = [
            models.UniqueConstraint(fields=["medicine", "complaint_code"], name="medicine_indication_unique"),
            models.CheckConstraint(condition=Q(complaint_code__regex=r"^[a-z0-9_]+$"), name="medicine_indication_code"),
        ]

    def __str__(self) -> str:
        return f"{self.medicine} for {self.complaint_code}"

    @property
    def label(self) -> str:
        return self.complaint_code.replace("_", " ").capitalize()


class Interaction(models.Model):
    """Two ingredients that should not (avoid) or only carefully (caution) be taken together.

    A pair is stored once, in id order: the check constraint forbids (b, a) and (a, a), so
    together with the unique constraint (a, b) and (b, a) can never both exist. Write rows
    through services.interaction_save, which orders the pair.
    """

    ingredient_a = models.ForeignKey(Ingredient, on_delete=models.CASCADE, related_name="+")
    ingredient_b = models.ForeignKey(Ingredient, on_delete=models.CASCADE, related_name="+")
    severity = models.CharField(max_length=10, choices=Severity.choices)
    advice = models.TextField()
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["ingredient_a__name", "ingredient_b__name"]
        constraints = [
            models.UniqueConstraint(fields=["ingredient_a", "ingredient_b"], name="medicine_interaction_unique_pair"),
            models.CheckConstraint(
                condition=Q(ingredient_a__lt=F("ingredient_b")), name="medicine_interaction_ordered"
            ),
            models.CheckConstraint(condition=Q(severity__in=Severity.values), name="medicine_interaction_severity"),
        ]
        # The unique constraint's index serves lookups by ingredient_a; this one serves ingredient_b.
        indexes = [models.Index(fields=["ingredient_b"], name="medicine_interaction_b_idx")]

    def __str__(self) -> str:
        return f"{self.ingredient_a} + {self.ingredient_b} ({self.severity})"

    def other(self, ingredient_id: int) -> Ingredient:
        return self.ingredient_b if self.ingredient_a_id == ingredient_id else self.ingredient_a
