"""Medicine catalogue: the search form of the catalogue page."""

from django import forms
from django.utils.translation import gettext_lazy as _


class MedicineSearchForm(forms.Form):
    # Django's CharField already rejects NUL characters; the length keeps the query cheap.
    q = forms.CharField(
        label=_("Search medicines"),
        required=False,
        max_length=100,
        help_text=_("A medicine, an ingredient or a symptom, for example: ibuprofen, hay fever, cough."),
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
