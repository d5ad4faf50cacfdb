"""Triage API shapes. Answers are validated by the engine against the catalogue, not here."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from healthsvc.api.strict import StrictJSONMixin
from triage.choices import Disposition
from triage.models import TriageRecord, TriageResult, TriageTransition
from triage.presentation import disposition_words
from triage.selectors import triage_record_current_result


class ReasonSerializer(serializers.Serializer):
    rule_id = serializers.CharField()
    text = serializers.CharField()
    source = serializers.CharField()
    acuity = serializers.IntegerField()
    disposition = serializers.CharField()


class TriageResultSerializer(serializers.ModelSerializer):
    reasons = ReasonSerializer(many=True)
    escalation_advice = serializers.ListField(child=serializers.CharField())
    overridden_by = serializers.SerializerMethodField()
    override_reason = serializers.SerializerMethodField(
        help_text="The clinician's internal note; null unless the reader is staff."
    )

    class Meta:
        model = TriageResult
        fields = [
            "kind",
            "is_current",
            "acuity",
            "disposition",
            "reasons",
            "escalation_advice",
            "news2",
            "time_to_clinician_minutes",
            "ruleset_version",
            "created_at",
            "overridden_by",
            "override_reason",
            "patient_message",
        ]

    def get_overridden_by(self, result) -> str | None:
        return result.overridden_by.get_full_name() if result.overridden_by_id else None

    def get_override_reason(self, result) -> str | None:
        return result.override_reason if self.context.get("staff") else None


class TransitionSerializer(serializers.ModelSerializer):
    class Meta:
        model = TriageTransition
        fields = ["from_state", "to_state", "at", "reason"]


class TriageRecordSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    result = serializers.SerializerMethodField()
    patient = serializers.PrimaryKeyRelatedField(read_only=True, help_text="The account holder who filled it in.")
    dependant = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="Set when it is about someone the account holder cares for."
    )
    person_name = serializers.CharField(read_only=True, help_text="Whom it is about.")
    disposition_display = serializers.SerializerMethodField(
        help_text="The disposition in the words the patient sees everywhere (page, history, email)."
    )

    class Meta:
        model = TriageRecord
        fields = [
            "id",
            "url",
            "patient",
            "dependant",
            "person_name",
            "state",
            "acuity",
            "disposition",
            "disposition_display",
            "ruleset_version",
            "catalogue_version",
            "requested_at",
            "recorded_at",
            "calculating_at",
            "completed_at",
            "failed_at",
            "cancelled_at",
            "answers",
            "result",
        ]

    def get_url(self, record) -> str:
        return reverse("triage-api:record-detail", args=[record.pk])

    def get_disposition_display(self, record) -> str | None:
        return disposition_words(record.disposition) if record.disposition else None

    def get_result(self, record) -> dict | None:
        current = triage_record_current_result(record)
        return TriageResultSerializer(current, context=self.context).data if current else None


class TriageRecordDetailSerializer(TriageRecordSerializer):
    results = serializers.SerializerMethodField()
    transitions = serializers.SerializerMethodField()

    class Meta(TriageRecordSerializer.Meta):
        fields = [*TriageRecordSerializer.Meta.fields, "results", "transitions"]

    def get_results(self, record) -> list[dict]:
        return TriageResultSerializer(getattr(record, "all_results", []), many=True, context=self.context).data

    def get_transitions(self, record) -> list[dict]:
        return TransitionSerializer(getattr(record, "all_transitions", []), many=True).data


@extend_schema_field({"type": "object", "additionalProperties": True})
class AnswersField(serializers.JSONField):
    """The answer sheet: an object, checked against the questionnaire by the engine (an array or a number is a
    400 naming `answers`)."""


class TriageRecordCreateSerializer(StrictJSONMixin, serializers.Serializer):
    answers = AnswersField(help_text="Answers keyed as in GET /api/v1/triage/questionnaire/.")
    dependant = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=2**31 - 1,
        help_text="The id of one of your dependants (GET /api/v1/me/dependants/) when the check is for them; "
        "their age and sex are used. Omit it for yourself.",
    )
    prefilled_from = serializers.IntegerField(
        required=False, min_value=1, max_value=2**62, help_text="Id of an earlier record this re-check starts from."
    )


class OverrideSerializer(StrictJSONMixin, serializers.Serializer):
    acuity = serializers.IntegerField(min_value=1, max_value=5)
    disposition = serializers.ChoiceField(choices=Disposition.choices)
    reason = serializers.CharField(max_length=2000, help_text="Internal note: staff see it, the patient never does.")
    patient_message = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        help_text="Optional message the patient sees on their result and in the email they are sent.",
    )


class CancelSerializer(StrictJSONMixin, serializers.Serializer):
    reason = serializers.CharField(max_length=500, required=False, allow_blank=True)


class DisagreementSerializer(serializers.Serializer):
    record_id = serializers.IntegerField()
    requested_at = serializers.DateTimeField()
    complaint = serializers.CharField()
    active = TriageResultSerializer()
    shadow = TriageResultSerializer()
