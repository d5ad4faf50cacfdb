"""Forms of the workers pages: a patient's contact request, a worker's completion note."""

from __future__ import annotations

from collections.abc import Iterable

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from workers.choices import Channel, language_name


class ContactRequestForm(forms.Form):
    """`languages` are the ISO 639-1 codes offered: those the workers on duty speak (the view asks
    workers.selectors.contact_languages_offered). Anything else is refused with a field error."""

    record = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)
    channel = forms.ChoiceField(
        label=_("How should we contact you?"), choices=Channel.choices, widget=forms.RadioSelect, initial=Channel.PHONE
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=(),
        error_messages={
            "invalid_choice": _("No health worker on duty speaks this language now. Choose one from the list."),
            "required": _("Choose the language you want to be contacted in."),
        },
    )

    def __init__(self, *args, languages: Iterable[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        choices = sorted(((code, language_name(code)) for code in languages), key=lambda choice: choice[1].casefold())
        field = self.fields["language"]
        page_language = (translation.get_language() or "").split("-")[0]
        if any(code == page_language for code, _name in choices):
            field.initial = page_language
        elif len(choices) > 1:
            # The page's language is not offered: the patient picks one rather than get the first by default.
            choices.insert(0, ("", _("Choose a language")))
        field.choices = choices


class CompleteForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=1000)
