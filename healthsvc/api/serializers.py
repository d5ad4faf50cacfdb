"""Core API serializers: sign-up, token, the signed-in user."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import password_validation
from django.utils import timezone
from rest_framework import serializers

from healthsvc.models import PatientProfile, Sex, User

MAX_AGE_YEARS = 120


def validate_date_of_birth(value: dt.date) -> dt.date:
    today = timezone.localdate()
    if value > today:
        raise serializers.ValidationError("The date of birth cannot be in the future.")
    if value.year < today.year - MAX_AGE_YEARS:
        raise serializers.ValidationError(f"Please check the year: that is more than {MAX_AGE_YEARS} years ago.")
    return value


class SignupSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(write_only=True, max_length=128, trim_whitespace=False)
    full_name = serializers.CharField(max_length=150)
    date_of_birth = serializers.DateField(validators=[validate_date_of_birth])
    sex = serializers.ChoiceField(choices=Sex.choices)
    phone = serializers.RegexField(r"^\+?[0-9 ()-]{6,30}$", required=False, allow_blank=True, max_length=32)
    external_patient_id = serializers.CharField(required=False, allow_blank=True, max_length=64)

    def validate(self, attrs):
        candidate = User(email=attrs["email"], full_name=attrs["full_name"])
        try:
            password_validation.validate_password(attrs["password"], user=candidate)
        except Exception as exc:  # django ValidationError -> field error
            raise serializers.ValidationError({"password": list(getattr(exc, "messages", [str(exc)]))}) from exc
        return attrs


class TokenRequestSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(write_only=True, max_length=128, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class PatientProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = PatientProfile
        fields = ["date_of_birth", "sex", "phone", "external_patient_id"]


class MeSerializer(serializers.ModelSerializer):
    roles = serializers.ListField(child=serializers.CharField(), source="role_names", read_only=True)
    patient_profile = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "email", "full_name", "roles", "patient_profile"]

    def get_patient_profile(self, user) -> dict | None:
        profile = getattr(user, "patient_profile", None)
        return PatientProfileSerializer(profile).data if profile else None


class SignupResponseSerializer(serializers.Serializer):
    user = MeSerializer()
    token = serializers.CharField()
