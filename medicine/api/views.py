"""Medicine catalogue API: search and read the catalogue, check medicines for a patient.

Any signed-in user may read (the project's default IsAuthenticated). The check is a
pure read (POST only because its input is a body), so it takes no Idempotency-Key.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.generics import ListAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.query import query_params
from medicine.api.serializers import (
    MedicineApiErrorSerializer,
    MedicineCheckRequestSerializer,
    MedicineCheckResponseSerializer,
    MedicineDetailSerializer,
    MedicineListSerializer,
    MedicineQuerySerializer,
)
from medicine.selectors import medicine_check, medicine_detail, medicine_search

ERRORS = {400: MedicineApiErrorSerializer, 401: MedicineApiErrorSerializer}


class MedicineListView(ListAPIView):
    serializer_class = MedicineListSerializer

    @extend_schema(
        summary="Search the medicine catalogue",
        parameters=[MedicineQuerySerializer],
        responses={200: MedicineListSerializer(many=True), **ERRORS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        params = query_params(self.request, MedicineQuerySerializer)
        return medicine_search(query=params["search"], otc=params["otc"])


class MedicineDetailView(APIView):
    @extend_schema(
        summary="One medicine: dosing, cautions, interactions and source",
        responses={200: MedicineDetailSerializer, 404: MedicineApiErrorSerializer, 401: MedicineApiErrorSerializer},
    )
    def get(self, request, slug: str):
        detail = medicine_detail(slug=slug)
        return Response(MedicineDetailSerializer(detail.medicine, context={"interactions": detail.interactions}).data)


class MedicineCheckView(APIView):
    @extend_schema(
        summary="Check medicines against each other and a patient's context",
        description="Returns, for each listed medicine, a verdict (avoid, caution, ok) with plain-language "
        "reasons (age, pregnancy, breastfeeding, allergy, condition, interactions), and every interaction "
        "between the listed medicines and with current medicines. Unknown slugs are a 400 listing each one "
        "under `fields.medicines`. Information only, not a prescription.",
        request=MedicineCheckRequestSerializer,
        responses={200: MedicineCheckResponseSerializer, **ERRORS},
    )
    def post(self, request):
        serializer = MedicineCheckRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report = medicine_check(**serializer.validated_data)
        return Response(MedicineCheckResponseSerializer(report.as_dict()).data)
