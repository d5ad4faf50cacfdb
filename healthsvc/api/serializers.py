"""Core API serializers: sign-up, token, the signed-in user, their dependants."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from healthsvc.api.strict import StrictJSONMixin
from healthsvc.models import Dependant, PatientProfile, Relationship, Sex, User
from healthsvc.validators import validate_date_of_birth, validate_phone, validate_signup_password


class SignupSerializer(StrictJSONMixin, serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(write_only=True, max_length=128, trim_whitespace=False)
    full_name = serializers.CharField(max_length=150)
    date_of_birth = serializers.DateField(validators=[validate_date_of_birth])
    sex = serializers.ChoiceField(choices=Sex.choices)
    phone = serializers.CharField(required=False, allow_blank=True, max_length=32, validators=[validate_phone])
    external_patient_id = serializers.CharField(required=False, allow_blank=True, max_length=64)

    def validate(self, attrs):
        try:
            validate_signup_password(attrs["password"], email=attrs["email"], full_name=attrs["full_name"])
        except DjangoValidationError as exc:
            raise serializers.ValidationError({"password": exc.messages}) from exc
        return attrs


class TokenRequestSerializer(StrictJSONMixin, serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(write_only=True, max_length=128, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="Send as 'Authorization: Token <token>'. Shown only this once.")
    expiry = serializers.DateTimeField(help_text="When the token stops working; then ask for a new one.")


class CloseAccountSerializer(StrictJSONMixin, serializers.Serializer):
    password = serializers.CharField(write_only=True, max_length=128, trim_whitespace=False)


class TokenInfoSerializer(serializers.Serializer):
    token_key = serializers.CharField(help_text="The token's first characters: enough to recognise and revoke it.")
    created = serializers.DateTimeField()
    expiry = serializers.DateTimeField(allow_null=True)


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


class SignupAcceptedSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What to do next: open the link emailed to the address.")


class DependantSerializer(StrictJSONMixin, serializers.ModelSerializer):
    full_name = serializers.CharField(max_length=150, trim_whitespace=True, allow_blank=False)
    date_of_birth = serializers.DateField(validators=[validate_date_of_birth])
    sex = serializers.ChoiceField(choices=Sex.choices)
    relationship = serializers.ChoiceField(choices=Relationship.choices)

    class Meta:
        model = Dependant
        fields = ["id", "full_name", "date_of_birth", "sex", "relationship", "created_at"]
        read_only_fields = ["id", "created_at"]


class ErrorBodySerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Machine-readable, e.g. invalid, not_found, illegal_transition.")
    message = serializers.CharField(help_text="For people.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="On 400: each bad field (nested ones dotted, e.g. answers.pain) with its messages; else {}.",
    )
    current_state = serializers.CharField(required=False, help_text="On an illegal transition (409).")


class ErrorSerializer(serializers.Serializer):
    """Every error response: {"error": {"code", "message", "fields", ...}}; some codes add details beside them."""

    error = ErrorBodySerializer()
