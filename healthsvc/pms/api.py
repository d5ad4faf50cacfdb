"""Staff API: link a patient's account to their record in the patient-management system, and read the link."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.permissions import HasRole
from healthsvc.api.schema import error_response
from healthsvc.pms.choices import LinkSource, LinkStatus
from healthsvc.pms.models import PatientLink
from healthsvc.pms.selectors import patient_link_of
from healthsvc.pms.services import patient_link_by_staff
from healthsvc.services import audit_staff_read

# Who links patients to hospital records: the staff who read all triage records (docs/security.md).
PMS_LINK_ROLES = ("nurse", "clinician", "admin")


class FhirIdField(serializers.RegexField):
    def to_internal_value(self, data):
        if not isinstance(data, str):  # the schema says string: 42 is invalid input, not "42"
            self.fail("invalid")
        return super().to_internal_value(data)


class PatientLinkRequestSerializer(serializers.Serializer):
    external_id = FhirIdField(
        r"^[A-Za-z0-9\-.]{1,64}$",
        max_length=64,
        help_text="The FHIR Patient id in the patient-management system (1-64 letters, digits, '-' or '.').",
    )


class PatientLinkSerializer(serializers.ModelSerializer):
    patient = serializers.IntegerField(source="user_id", help_text="The patient's account id.")
    status = serializers.ChoiceField(
        choices=LinkStatus.choices,
        help_text="pending: waiting for its next try; linked; no_match / ambiguous (sign-up search); failed.",
    )
    source = serializers.ChoiceField(choices=LinkSource.choices)
    demographics = serializers.DictField(help_text="The PMS Patient's demographics as last fetched (a subset).")

    class Meta:
        model = PatientLink
        fields = [
            "id",
            "patient",
            "system",
            "external_id",
            "source",
            "status",
            "attempts",
            "next_attempt_at",
            "last_error",
            "demographics",
            "fetched_at",
            "requested_at",
        ]


class PatientLinkView(APIView):
    permission_classes = [HasRole.of(*PMS_LINK_ROLES)]

    @extend_schema(
        operation_id="patient_pms_link_retrieve",
        responses={
            200: PatientLinkSerializer,
            404: error_response("`link_not_found`: no such patient, or no link to the configured PMS."),
        },
        description="The patient's link to the patient-management system, with the demographics fetched. Audited.",
    )
    def get(self, request, patient_id: int):
        link = patient_link_of(patient_id=patient_id)
        audit_staff_read(actor=request.user, object_type="patient_link", object_ids=[link.pk], patient_ids=[patient_id])
        return Response(PatientLinkSerializer(link).data)

    @extend_schema(
        operation_id="patient_pms_link_create",
        request=PatientLinkRequestSerializer,
        responses={
            202: PatientLinkSerializer,
            404: error_response("`patient_not_found`: no patient account with this id."),
            409: error_response(
                "`external_id_linked`: that PMS patient is linked to another account; `account_inactive`: the "
                "account is closed or unconfirmed; `pms_not_configured`: no PMS is configured."
            ),
        },
        description="Link the patient to a PMS Patient id. Answers at once (pending); a worker reads the Patient "
        "and stores its demographics, retrying with backoff while the PMS is unreachable. Asking again starts "
        "over (a refresh or a correction). Audited.",
    )
    def post(self, request, patient_id: int):
        serializer = PatientLinkRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        link = patient_link_by_staff(
            actor=request.user, patient_id=patient_id, external_id=serializer.validated_data["external_id"]
        )
        return Response(PatientLinkSerializer(link).data, status=status.HTTP_202_ACCEPTED)
