"""Patient sign-up form (the page); validation mirrors the API serializer."""

from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation

from healthsvc.api.serializers import MAX_AGE_YEARS
from healthsvc.models import Sex, User


class SignupForm(forms.Form):
    full_name = forms.CharField(
        max_length=150, label="Full name", widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(max_length=254, label="Email", widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    date_of_birth = forms.DateField(
        label="Date of birth", widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"})
    )
    sex = forms.ChoiceField(choices=Sex.choices, label="Sex")
    phone = forms.RegexField(
        regex=r"^\+?[0-9 ()-]{6,30}$",
        required=False,
        max_length=32,
        label="Phone (optional)",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters; not only numbers; not a common password.",
    )

    def clean_date_of_birth(self):
        from django.utils import timezone

        value = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        if value > today:
            raise forms.ValidationError("The date of birth cannot be in the future.")
        if value.year < today.year - MAX_AGE_YEARS:
            raise forms.ValidationError("Please check the year.")
        return value

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            candidate = User(email=cleaned.get("email", ""), full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(password, user=candidate)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return cleaned
