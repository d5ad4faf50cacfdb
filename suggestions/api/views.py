"""Suggestions API: a record's next steps, the patient's recommendations, and their responses."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.query import QueryBooleanField, QueryIdField, query_params
from healthsvc.api.schema import error_response
from suggestions.api.serializers import InteractionSerializer, PatientContextSerializer, RecommendationSerializer
from suggestions.selectors import (
    can_read_all_recommendations,
    recommendation_current_of_record,
    recommendations_visible_to,
)
from suggestions.services import (
    interaction_respond,
    recommendation_current_for,
    recommendation_medicines_refresh,
    recommendations_audit_read,
)
from triage.choices import Disposition

ERRORS = {
    404: error_response("Not found, or not yours."),
    409: error_response("Not possible in the current state (the error names `current_state`)."),
}


class RecommendationListQuery(serializers.Serializer):
    current = QueryBooleanField(required=False, help_text="Only current (true) or only replaced (false) ones.")
    disposition = serializers.ChoiceField(choices=Disposition.choices, required=False)
    patient = QueryIdField(required=False, help_text="Staff only: one patient's recommendations.")


class RecommendationListView(GenericAPIView):
    serializer_class = RecommendationSerializer

    def get_queryset(self):
        queryset = recommendations_visible_to(user=self.request.user)
        params = query_params(self.request, RecommendationListQuery)
        if "current" in params:
            queryset = queryset.filter(is_current=params["current"])
        if "disposition" in params:
            queryset = queryset.filter(disposition=params["disposition"])
        if "patient" in params and can_read_all_recommendations(self.request.user):
            queryset = queryset.filter(patient_id=params["patient"])
        return queryset

    @extend_schema(
        parameters=[RecommendationListQuery],
        responses={200: RecommendationSerializer(many=True)},
        description="Your recommendations, newest first (staff: everyone's, audited).",
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        recommendations_audit_read(actor=request.user, recommendations=page)
        return self.get_paginated_response(RecommendationSerializer(page, many=True).data)


class RecordRecommendationView(APIView):
    @extend_schema(
        responses={200: RecommendationSerializer, **ERRORS},
        description="The current recommendation for a completed triage record: headline, details (care, "
        "medicines to consider and those left out, warning signs) and the next actions offered. Built on "
        "first read if needed. 409 `result_not_ready` while the triage is still being worked out.",
    )
    def get(self, request, record_id: int):
        recommendation = recommendation_current_for(actor=request.user, record_id=record_id)
        return Response(RecommendationSerializer(recommendation).data)


class RecordMedicinesView(APIView):
    @extend_schema(
        request=PatientContextSerializer,
        responses={
            200: RecommendationSerializer,
            400: error_response("Unknown allergy or condition."),
            **ERRORS,
        },
        description="Re-check the medicines to consider against what you tell us: `allergies` (allergy codes such "
        "as `nsaid`, or ingredient names), `conditions` (condition codes such as `asthma`), `current_medicines` "
        "and `breastfeeding`. Without these, medicines are judged on age and pregnancy only. Offers that no "
        "longer suit you are withdrawn. Your own records only.",
    )
    def post(self, request, record_id: int):
        serializer = PatientContextSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        recommendation_medicines_refresh(record_id=record_id, actor=request.user, **serializer.validated_data)
        return Response(RecommendationSerializer(recommendation_current_of_record(record_id=record_id)).data)


class InteractionRespondView(APIView):
    """POST accept / dismiss / complete on one of your offered next actions."""

    transition_name = ""

    @extend_schema(
        request=None,
        responses={200: InteractionSerializer, **ERRORS},
        description="Record your response to an offered next action. Allowed: offered -> accepted, dismissed or "
        "completed; accepted -> completed. Anything else is 409 naming the current state.",
    )
    def post(self, request, interaction_id: int):
        interaction = interaction_respond(
            interaction_id=interaction_id, actor=request.user, response=self.transition_name
        )
        return Response(InteractionSerializer(interaction).data)
