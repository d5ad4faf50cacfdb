"""Suggestions API shapes. The details are stored as JSON; these serializers document them."""

from __future__ import annotations

from django.urls import reverse
from rest_framework import serializers

from healthsvc.api.strict import StrictJSONMixin
from suggestions.choices import InteractionState
from suggestions.models import Interaction, Recommendation
from triage import engine


class SourceSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField(allow_blank=True)


class MedicineOptionSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.CharField(help_text="The medicine's information page.")
    warnings = serializers.ListField(child=serializers.CharField(), help_text="Cautions for this patient.")


class ExcludedMedicineSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField()
    reasons = serializers.ListField(child=serializers.CharField(), help_text="Why it is not suggested for you.")


class DetailsSerializer(serializers.Serializer):
    care_heading = serializers.CharField()
    care_instructions = serializers.ListField(child=serializers.CharField())
    warning_signs = serializers.ListField(child=serializers.CharField(), help_text='Signs that mean "get help".')
    sources = SourceSerializer(many=True)
    offers_medicines = serializers.BooleanField()
    medicines = MedicineOptionSerializer(many=True, help_text="Medicines to consider, judged safe for this patient.")
    excluded_medicines = ExcludedMedicineSerializer(many=True)
    medicine_notes = serializers.ListField(child=serializers.CharField())


class InteractionSerializer(serializers.ModelSerializer):
    links = serializers.SerializerMethodField()

    class Meta:
        model = Interaction
        fields = [
            "id",
            "kind",
            "label",
            "target_url",
            "style",
            "position",
            "subject",
            "state",
            "offered_at",
            "accepted_at",
            "dismissed_at",
            "completed_at",
            "withdrawn_at",
            "links",
        ]

    def get_links(self, interaction) -> dict[str, str]:
        """The transitions open to the patient now: {"accept": url, ...}."""
        allowed = {
            InteractionState.OFFERED: ("accept", "dismiss", "complete"),
            InteractionState.ACCEPTED: ("complete",),
        }.get(interaction.state, ())
        return {name: reverse(f"suggestions-api:interaction-{name}", args=[interaction.pk]) for name in allowed}


class PatientContextSerializer(StrictJSONMixin, serializers.Serializer):
    allergies = serializers.ListField(child=serializers.CharField(max_length=100), max_length=50, required=False)
    conditions = serializers.ListField(child=serializers.CharField(max_length=100), max_length=50, required=False)
    current_medicines = serializers.ListField(
        child=serializers.CharField(max_length=100), max_length=50, required=False
    )
    breastfeeding = serializers.BooleanField(allow_null=True, required=False, default=None)


class RecommendationSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    record_id = serializers.IntegerField(read_only=True)
    kind = serializers.CharField(source="factory_key", help_text="The kind of recommendation (its factory).")
    complaint_label = serializers.SerializerMethodField()
    details = DetailsSerializer()
    patient_context = PatientContextSerializer()
    interactions = InteractionSerializer(many=True, read_only=True)

    class Meta:
        model = Recommendation
        fields = [
            "id",
            "url",
            "record_id",
            "kind",
            "disposition",
            "complaint_code",
            "complaint_label",
            "headline",
            "summary",
            "urgency",
            "tone",
            "details",
            "patient_context",
            "is_current",
            "created_at",
            "superseded_at",
            "interactions",
        ]

    def get_url(self, recommendation) -> str:
        return reverse("suggestions-api:record-detail", args=[recommendation.record_id])

    def get_complaint_label(self, recommendation) -> str:
        complaint = engine.complaint_by_code(recommendation.complaint_code) if recommendation.complaint_code else None
        return complaint.label if complaint is not None else ""
