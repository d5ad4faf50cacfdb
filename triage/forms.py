from django import forms
from django.utils.translation import gettext_lazy as _

from triage.choices import Disposition


class OverrideForm(forms.Form):
    acuity = forms.TypedChoiceField(
        coerce=int,
        choices=[
            (1, _("1 Resuscitation")),
            (2, _("2 Emergent")),
            (3, _("3 Urgent")),
            (4, _("4 Less urgent")),
            (5, _("5 Non-urgent")),
        ],
        label=_("Acuity"),
    )
    disposition = forms.ChoiceField(choices=Disposition.choices, label=_("Disposition"))
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label=_("Internal note (staff only)"),
        help_text=_("Why you changed it. Staff see this; the patient never does."),
    )
    patient_message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        label=_("Message to the patient (optional)"),
        help_text=_("The patient will see this, on their result and in the email we send them."),
    )
