"""Workers API shapes: a patient's view of their request, a worker's view, and inputs."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from healthsvc.api.strict import StrictJSONMixin
from workers.choices import ISO_639_1, Channel, ContactState, WorkerRole
from workers.models import ContactRequest, ContactTransition

# Any ISO 639-1 code, in any case ("ES" is "es"), spelled as a pattern so the schema says exactly what is taken.
LANGUAGE_PATTERN = "^(?:" + "|".join("".join(f"[{c}{c.upper()}]" for c in code) for code in sorted(ISO_639_1)) + ")$"


class LanguageField(serializers.RegexField):
    """An ISO 639-1 language code, answered in lower case."""

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {"invalid": "Give an ISO 639-1 language code, e.g. en."})
        super().__init__(LANGUAGE_PATTERN, **kwargs)

    def to_internal_value(self, data):
        return super().to_internal_value(data).lower()


class ContactRequestCreateSerializer(StrictJSONMixin, serializers.Serializer):
    triage_record = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    channel = serializers.ChoiceField(choices=Channel.choices)
    language = LanguageField(default="en", help_text="ISO 639-1 code of the language the patient wants (any case).")


class ContactReasonSerializer(StrictJSONMixin, serializers.Serializer):
    reason = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")


class ContactCompleteSerializer(StrictJSONMixin, serializers.Serializer):
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")


class ContactAlternativeSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["er_queue", "self_care"])
    url = serializers.CharField(allow_null=True)
    message = serializers.CharField()


class ContactAvailabilitySerializer(serializers.Serializer):
    someone_on_duty = serializers.BooleanField(help_text="A worker who fits is on duty now (they may all be busy).")
    next_available_at = serializers.DateTimeField(
        allow_null=True, help_text="When the next fitting worker's shift starts, if nobody fits now."
    )
    alternative = ContactAlternativeSerializer(help_text="What the patient can do instead of waiting.")


class AssignedWorkerSerializer(serializers.Serializer):
    """What a patient learns about their worker: first name and role, nothing more."""

    first_name = serializers.CharField()
    role = serializers.ChoiceField(choices=WorkerRole.choices)
    role_display = serializers.CharField()


class ContactHistorySerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactTransition
        fields = ["from_state", "to_state", "at"]


class ContactRequestSerializer(serializers.ModelSerializer):
    """A patient's own request. `availability` is filled in on create and detail, while it waits."""

    url = serializers.SerializerMethodField()
    page_url = serializers.SerializerMethodField()
    worker = serializers.SerializerMethodField()
    availability = serializers.SerializerMethodField()
    dependant = serializers.IntegerField(
        source="triage_record.dependant_id",
        read_only=True,
        allow_null=True,
        help_text="Set when it is about a dependant.",
    )
    person_name = serializers.CharField(read_only=True, help_text="Whom it is about.")

    class Meta:
        model = ContactRequest
        fields = [
            "id",
            "url",
            "page_url",
            "dependant",
            "person_name",
            "triage_record",
            "disposition",
            "channel",
            "language",
            "state",
            "due_by",
            "worker",
            "availability",
            "requested_at",
            "assigned_at",
            "started_at",
            "completed_at",
            "cancelled_at",
            "expired_at",
        ]
        read_only_fields = fields

    def get_url(self, obj) -> str:
        return reverse("workers-api:contact-request-detail", args=[obj.pk])

    def get_page_url(self, obj) -> str:
        return reverse("workers:contact_detail", args=[obj.pk])

    @extend_schema_field(AssignedWorkerSerializer(allow_null=True))
    def get_worker(self, obj):
        worker = obj.assigned_worker
        if worker is None:
            return None
        return {"first_name": worker.first_name, "role": worker.role, "role_display": worker.get_role_display()}

    @extend_schema_field(ContactAvailabilitySerializer(allow_null=True))
    def get_availability(self, obj):
        return self.context.get("availability", {}).get(obj.pk)


class ContactRequestDetailSerializer(ContactRequestSerializer):
    history = ContactHistorySerializer(source="history_rows", many=True, read_only=True)

    class Meta(ContactRequestSerializer.Meta):
        fields = [*ContactRequestSerializer.Meta.fields, "history"]
        read_only_fields = fields


class PatientContactSerializer(serializers.Serializer):
    name = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()


class WorkerContactRequestSerializer(serializers.ModelSerializer):
    """A request as its assigned worker sees it: who to contact, how, by when, about what."""

    patient = serializers.SerializerMethodField(help_text="The account holder to contact.")
    person_name = serializers.CharField(read_only=True, help_text="Whom it is about (a dependant, or the patient).")
    acuity = serializers.IntegerField(source="triage_record.acuity", allow_null=True)
    triage_record_url = serializers.SerializerMethodField()
    overdue = serializers.SerializerMethodField()

    class Meta:
        model = ContactRequest
        fields = [
            "id",
            "state",
            "disposition",
            "acuity",
            "triage_record",
            "triage_record_url",
            "channel",
            "language",
            "due_by",
            "overdue",
            "patient",
            "person_name",
            "requested_at",
            "assigned_at",
            "started_at",
            "completed_at",
        ]
        read_only_fields = fields

    @extend_schema_field(PatientContactSerializer)
    def get_patient(self, obj) -> dict:
        profile = getattr(obj.patient, "patient_profile", None)
        return {
            "name": obj.patient.get_full_name(),
            "email": obj.patient.email,
            "phone": profile.phone if profile else "",
        }

    def get_triage_record_url(self, obj) -> str:
        return reverse("triage-api:record-detail", args=[obj.triage_record_id])

    def get_overdue(self, obj) -> bool:
        now = self.context.get("now")
        return bool(now and obj.state in (ContactState.ASSIGNED,) and obj.due_by <= now)


class OnDutySerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    by_role = serializers.DictField(child=serializers.IntegerField(), help_text="Role -> workers on duty now.")
    total = serializers.IntegerField()
    next_shift_start = serializers.DateTimeField(allow_null=True)
