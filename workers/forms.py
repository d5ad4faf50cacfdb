"""Forms of the workers pages: a patient's contact request, a worker's completion note."""

from __future__ import annotations

from django import forms

from workers.choices import COMMON_LANGUAGES, Channel


class ContactRequestForm(forms.Form):
    record = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)
    channel = forms.ChoiceField(
        label="How should we contact you?", choices=Channel.choices, widget=forms.RadioSelect, initial=Channel.PHONE
    )
    language = forms.ChoiceField(label="Language", choices=COMMON_LANGUAGES, initial="en")


class CompleteForm(forms.Form):
    note = forms.CharField(
        label="Note (optional)", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label="Reason (optional)", required=False, max_length=1000)
