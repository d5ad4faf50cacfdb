"""Patient sign-up and dependant forms (the pages); their rules are healthsvc.validators, as the API's are."""

from __future__ import annotations

from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext_lazy as _

from healthsvc.languages import in_language_of
from healthsvc.models import Relationship, Sex
from healthsvc.validators import validate_date_of_birth, validate_phone, validate_signup_password


class SignupForm(forms.Form):
    full_name = forms.CharField(
        max_length=150, label=_("Full name"), widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(max_length=254, label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}),
        validators=[validate_date_of_birth],
    )
    sex = forms.ChoiceField(choices=Sex.choices, label=_("Sex"))
    phone = forms.CharField(
        validators=[validate_phone],
        required=False,
        max_length=32,
        label=_("Phone (optional)"),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not only numbers; not a common password."),
    )

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            try:
                validate_signup_password(
                    password, email=cleaned.get("email", ""), full_name=cleaned.get("full_name", "")
                )
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return cleaned


class DependantForm(forms.Form):
    full_name = forms.CharField(max_length=150, label=_("Their full name"))
    date_of_birth = forms.DateField(
        label=_("Their date of birth"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[validate_date_of_birth],
    )
    sex = forms.ChoiceField(choices=Sex.choices, label=_("Their sex"))
    relationship = forms.ChoiceField(choices=Relationship.choices, label=_("Who are they to you?"))


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's reset form; the email goes out in the account holder's saved language, not the page's."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        with in_language_of(context["user"]):
            super().send_mail(
                subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name
            )
