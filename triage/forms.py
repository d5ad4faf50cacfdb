from django import forms

from triage.choices import Disposition


class OverrideForm(forms.Form):
    acuity = forms.TypedChoiceField(
        coerce=int,
        choices=[(1, "1 Resuscitation"), (2, "2 Emergent"), (3, "3 Urgent"), (4, "4 Less urgent"), (5, "5 Non-urgent")],
        label="Acuity",
    )
    disposition = forms.ChoiceField(choices=Disposition.choices, label="Disposition")
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label="Internal note (staff only)",
        help_text="Why you changed it. Staff see this; the patient never does.",
    )
    patient_message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        label="Message to the patient (optional)",
        help_text="The patient will see this, on their result and in the email we send them.",
    )
