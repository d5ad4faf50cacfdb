"""Forms of the suggestions pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suggestions.medicine_port import allergy_choices, condition_choices


def _split(text: str) -> list[str]:
    return [item.strip() for item in text.replace(";", ",").replace("\n", ",").split(",") if item.strip()]


class MedicineContextForm(forms.Form):
    """What the patient may tell us so the medicines to consider are checked for them."""

    allergies = forms.MultipleChoiceField(
        label=_("I am allergic to"), choices=allergy_choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    other_allergies = forms.CharField(
        label=_("Other medicines I am allergic to"),
        required=False,
        max_length=500,
        help_text=_("Medicine or ingredient names, separated by commas (for example: ibuprofen)."),
    )
    conditions = forms.MultipleChoiceField(
        label=_("I have"), choices=condition_choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    current_medicines = forms.CharField(
        label=_("Medicines I take now"),
        required=False,
        max_length=1000,
        help_text=_("Separated by commas (for example: warfarin, sertraline)."),
    )
    breastfeeding = forms.TypedChoiceField(
        label=_("Are you breastfeeding?"),
        choices=[("", _("I would rather not say")), ("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
    )

    @classmethod
    def initial_from(cls, patient_context: dict) -> dict:
        allergies = patient_context.get("allergies") or []
        codes = {code for code, _ in allergy_choices()}
        breastfeeding = patient_context.get("breastfeeding")
        return {
            "allergies": [item for item in allergies if item in codes],
            "other_allergies": ", ".join(item for item in allergies if item not in codes),
            "conditions": patient_context.get("conditions") or [],
            "current_medicines": ", ".join(patient_context.get("current_medicines") or []),
            "breastfeeding": "" if breastfeeding is None else ("yes" if breastfeeding else "no"),
        }

    def patient_context(self) -> dict:
        data = self.cleaned_data
        return {
            "allergies": [*data["allergies"], *_split(data["other_allergies"])],
            "conditions": list(data["conditions"]),
            "current_medicines": _split(data["current_medicines"]),
            "breastfeeding": data["breastfeeding"],
        }
