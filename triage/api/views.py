"""Triage API: the questionnaire, records (create, list, read, cancel), overrides, retries, shadow review."""

from __future__ import annotations

from django.utils.cache import patch_vary_headers
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.permissions import HasRole, idempotency_key_from, idempotency_parameter
from healthsvc.api.query import QueryIdField, query_params
from healthsvc.api.schema import error_response
from triage.api.serializers import (
    CancelSerializer,
    OverrideSerializer,
    TriageRecordCreateSerializer,
    TriageRecordDetailSerializer,
    TriageRecordSerializer,
    TriageResultSerializer,
)
from triage.choices import Disposition, TriageState
from triage.localized import catalogue_in, search_complaints_in
from triage.selectors import (
    can_read_all_records,
    triage_record_detail,
    triage_record_visible_to,
    triage_records_visible_to,
    triage_shadow_disagreements,
)
from triage.services import (
    triage_record_cancel,
    triage_record_create,
    triage_record_override,
    triage_record_retry,
    triage_records_audit_read,
)

IDEMPOTENCY_HEADER = idempotency_parameter(
    "Repeat a create safely: the same key from the same patient returns the first record."
)

CONFLICT = error_response("Not possible in the record's state: `illegal_transition` names `current_state`.")


def _reader(request) -> dict:
    """Serializer context: staff see a clinician's internal override note, patients never do."""
    return {"staff": can_read_all_records(request.user)}


class QuestionnaireView(APIView):
    """The versioned catalogue the patient pages and integrators render (public: no patient data)."""

    permission_classes = [AllowAny]

    @extend_schema(responses={200: inline_serializer("Questionnaire", {"version": serializers.CharField()})})
    def get(self, request):
        response = Response(catalogue_in())
        response["Cache-Control"] = "public, max-age=300"
        # In the language of the Accept-Language header or the language cookie (LocaleMiddleware).
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response


class ComplaintSearchQuery(serializers.Serializer):
    q = serializers.CharField(max_length=200, trim_whitespace=True)
    limit = serializers.IntegerField(min_value=1, max_value=20, default=10)


class ComplaintSearchView(APIView):
    """Rank complaints for a patient's own words ("baby won't feed"), as the questionnaire page does."""

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[ComplaintSearchQuery],
        responses={
            200: inline_serializer(
                "ComplaintSearch",
                {
                    "query": serializers.CharField(),
                    "results": inline_serializer(
                        "ComplaintMatch",
                        {
                            "code": serializers.CharField(),
                            "label": serializers.CharField(),
                            "group": serializers.CharField(),
                        },
                        many=True,
                    ),
                },
            )
        },
    )
    def get(self, request):
        params = query_params(request, ComplaintSearchQuery)
        query, limit = params["q"], params["limit"]
        matches = search_complaints_in(query, limit=limit)
        return Response(
            {"query": query, "results": [{"code": c.code, "label": c.label, "group": c.group} for c in matches]}
        )


class RecordListQuery(serializers.Serializer):
    state = serializers.ChoiceField(choices=TriageState.choices, required=False)
    disposition = serializers.ChoiceField(choices=Disposition.choices, required=False)
    patient = QueryIdField(required=False, help_text="Staff only: one patient's records.")


class RecordListCreateView(GenericAPIView):
    serializer_class = TriageRecordSerializer

    def get_queryset(self):
        queryset = triage_records_visible_to(user=self.request.user)
        params = query_params(self.request, RecordListQuery)
        if "state" in params:
            queryset = queryset.filter(state=params["state"])
        if "disposition" in params:
            queryset = queryset.filter(disposition=params["disposition"])
        if "patient" in params:
            queryset = queryset.filter(patient_id=params["patient"])
        return queryset

    @extend_schema(parameters=[RecordListQuery], responses={200: TriageRecordSerializer(many=True)})
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        triage_records_audit_read(actor=request.user, records=page)
        return self.get_paginated_response(TriageRecordSerializer(page, many=True, context=_reader(request)).data)

    @extend_schema(
        request=TriageRecordCreateSerializer,
        parameters=[IDEMPOTENCY_HEADER],
        responses={
            202: TriageRecordSerializer,
            200: OpenApiResponse(TriageRecordSerializer, description="Replay of an Idempotency-Key."),
            404: error_response("No such dependant of yours."),
        },
        description="Validates the answers, records them and starts the calculation in the background. "
        "Poll the record's `url` until `state` is `completed`.",
    )
    def post(self, request):
        serializer = TriageRecordCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        record, created = triage_record_create(
            patient=request.user,
            raw_answers=serializer.validated_data["answers"],
            idempotency_key=idempotency_key_from(request),
            prefilled_from_id=serializer.validated_data.get("prefilled_from"),
            dependant_id=serializer.validated_data.get("dependant"),
        )
        record = triage_record_visible_to(user=request.user, record_id=record.pk)
        body = TriageRecordSerializer(record, context=_reader(request)).data
        return Response(
            body, status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK, headers={"Location": body["url"]}
        )


class RecordDetailView(APIView):
    @extend_schema(responses={200: TriageRecordDetailSerializer})
    def get(self, request, record_id: int):
        record = triage_record_detail(user=request.user, record_id=record_id)
        triage_records_audit_read(actor=request.user, records=[record])
        return Response(TriageRecordDetailSerializer(record, context=_reader(request)).data)


class RecordCancelView(APIView):
    @extend_schema(request=CancelSerializer, responses={200: TriageRecordSerializer, 409: CONFLICT})
    def post(self, request, record_id: int):
        triage_record_visible_to(user=request.user, record_id=record_id)  # 404 for others' records
        serializer = CancelSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        triage_record_cancel(
            record_id=record_id, actor=request.user, reason=serializer.validated_data.get("reason", "")
        )
        record = triage_record_visible_to(user=request.user, record_id=record_id)
        return Response(TriageRecordSerializer(record, context=_reader(request)).data)


class RecordOverrideView(APIView):
    permission_classes = [HasRole.of("nurse", "clinician", "admin")]

    @extend_schema(request=OverrideSerializer, responses={200: TriageRecordDetailSerializer, 409: CONFLICT})
    def post(self, request, record_id: int):
        serializer = OverrideSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        triage_record_override(record_id=record_id, actor=request.user, **serializer.validated_data)
        record = triage_record_detail(user=request.user, record_id=record_id)
        return Response(TriageRecordDetailSerializer(record, context=_reader(request)).data)


class RecordRetryView(APIView):
    permission_classes = [HasRole.of("nurse", "clinician", "admin")]

    @extend_schema(request=None, responses={202: TriageRecordSerializer, 409: CONFLICT})
    def post(self, request, record_id: int):
        triage_record_retry(record_id=record_id, actor=request.user)
        record = triage_record_visible_to(user=request.user, record_id=record_id)
        return Response(TriageRecordSerializer(record, context=_reader(request)).data, status=status.HTTP_202_ACCEPTED)


class DisagreementListView(GenericAPIView):
    permission_classes = [HasRole.of("nurse", "clinician", "admin")]

    @extend_schema(
        responses={
            200: inline_serializer(
                "Disagreement",
                {
                    "record_id": serializers.IntegerField(),
                    "complaint": serializers.CharField(),
                    "active": inline_serializer(
                        "DisagreementSide",
                        {
                            "acuity": serializers.IntegerField(),
                            "disposition": serializers.CharField(),
                            "ruleset_version": serializers.CharField(),
                        },
                    ),
                    "shadow": TriageResultSerializer(),
                },
                many=True,
            )
        }
    )
    def get(self, request):
        page = self.paginate_queryset(triage_shadow_disagreements())
        rows = [
            {
                "record_id": shadow.record_id,
                "complaint": shadow.record.answers.get("complaint", ""),
                "active": {
                    "acuity": shadow.active_acuity,
                    "disposition": shadow.active_disposition,
                    "ruleset_version": shadow.active_ruleset,
                },
                "shadow": TriageResultSerializer(shadow).data,
            }
            for shadow in page
        ]
        triage_records_audit_read(actor=request.user, records=[shadow.record for shadow in page])
        return self.get_paginated_response(rows)
