"""Workers API: patients' contact requests, workers' own requests, and who is on duty."""

from __future__ import annotations

from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.permissions import HasRole, idempotency_key_from, idempotency_parameter
from healthsvc.api.query import query_params
from healthsvc.errors import Forbidden
from workers.api.serializers import (
    ContactCompleteSerializer,
    ContactReasonSerializer,
    ContactRequestCreateSerializer,
    ContactRequestDetailSerializer,
    ContactRequestSerializer,
    LanguageField,
    OnDutySerializer,
    WorkerContactRequestSerializer,
)
from workers.choices import LOAD_STATES, ContactState
from workers.selectors import (
    contact_request_availability,
    contact_request_history,
    contact_request_of_patient,
    contact_request_of_worker,
    contact_requests_of_patient,
    contact_requests_of_worker,
    on_duty_summary,
    worker_profile_of_user,
)
from workers.services import (
    contact_request_accept,
    contact_request_cancel,
    contact_request_complete,
    contact_request_create,
    contact_requests_audit_staff_read,
)

IsPatient = HasRole.of("patient")
IsWorkerRole = HasRole.of("nurse", "clinician")

IDEMPOTENCY_HEADER = idempotency_parameter(
    "Repeat a create safely: the same key from the same patient returns the first request (200)."
)
ERROR = inline_serializer(
    "WorkersError",
    {
        "error": inline_serializer(
            "WorkersErrorBody",
            {
                "code": serializers.CharField(),
                "message": serializers.CharField(),
                "fields": serializers.DictField(),
                "current_state": serializers.CharField(required=False),
            },
        )
    },
)


class ContactStateQuery(serializers.Serializer):
    state = serializers.ChoiceField(choices=ContactState.choices, required=False)


class WorkerStateQuery(serializers.Serializer):
    state = serializers.ChoiceField(choices=ContactState.choices, required=False, help_text="Default: open ones.")


class OnDutyQuery(serializers.Serializer):
    language = LanguageField(required=False, help_text="Only workers speaking this ISO 639-1 code (any case).")


CONFLICT = OpenApiResponse(ERROR, description="Illegal transition (names `current_state`) or not allowed now.")
NOT_FOUND = OpenApiResponse(ERROR, description="No such request, or not yours.")


def _patient_detail(request, contact_request) -> dict:
    contact_request.history_rows = contact_request_history(request=contact_request)
    availability = {contact_request.pk: contact_request_availability(contact_request, at=timezone.now())}
    return ContactRequestDetailSerializer(contact_request, context={"availability": availability}).data


# --- patients -------------------------------------------------------------------------------
class ContactRequestListCreateView(GenericAPIView):
    """A patient's own contact requests; create one after an urgent or routine triage result."""

    serializer_class = ContactRequestSerializer

    def get_permissions(self):
        if self.request.method == "POST":
            return [IsPatient()]
        return super().get_permissions()

    @extend_schema(parameters=[ContactStateQuery], responses={200: ContactRequestSerializer(many=True)})
    def get(self, request):
        state = query_params(request, ContactStateQuery).get("state")
        requests = contact_requests_of_patient(patient=request.user, state=state)
        page = self.paginate_queryset(requests)
        return self.get_paginated_response(ContactRequestSerializer(page, many=True).data)

    @extend_schema(
        request=ContactRequestCreateSerializer,
        parameters=[IDEMPOTENCY_HEADER],
        responses={
            201: ContactRequestDetailSerializer,
            200: OpenApiResponse(ContactRequestDetailSerializer, description="Replay of an Idempotency-Key."),
            400: OpenApiResponse(ERROR, description="Invalid input."),
            404: OpenApiResponse(ERROR, description="No such triage record of yours."),
            409: OpenApiResponse(
                ERROR,
                description="The triage is not completed, its disposition is not urgent or routine, "
                "or an open request for it exists.",
            ),
        },
        description="Asks a health worker to contact the patient. The request is assigned at once to the "
        "least-loaded fitting worker on duty; if nobody is free it stays `requested`, and `availability` "
        "says when someone will be on duty and what to do instead (`alternative`).",
    )
    def post(self, request):
        serializer = ContactRequestCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contact_request, created = contact_request_create(
            patient=request.user,
            triage_record_id=serializer.validated_data["triage_record"],
            channel=serializer.validated_data["channel"],
            language=serializer.validated_data["language"],
            idempotency_key=idempotency_key_from(request),
        )
        contact_request = contact_request_of_patient(patient=request.user, request_id=contact_request.pk)
        body = _patient_detail(request, contact_request)
        return Response(
            body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK, headers={"Location": body["url"]}
        )


class ContactRequestDetailView(APIView):
    @extend_schema(responses={200: ContactRequestDetailSerializer, 404: NOT_FOUND})
    def get(self, request, request_id: int):
        contact_request = contact_request_of_patient(patient=request.user, request_id=request_id)
        return Response(_patient_detail(request, contact_request))


class ContactRequestCancelView(APIView):
    @extend_schema(
        request=ContactReasonSerializer, responses={200: ContactRequestDetailSerializer, 404: NOT_FOUND, 409: CONFLICT}
    )
    def post(self, request, request_id: int):
        contact_request_of_patient(patient=request.user, request_id=request_id)  # 404 for others' requests
        serializer = ContactReasonSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contact_request_cancel(request_id=request_id, actor=request.user, reason=serializer.validated_data["reason"])
        return Response(
            _patient_detail(request, contact_request_of_patient(patient=request.user, request_id=request_id))
        )


# --- workers --------------------------------------------------------------------------------
def _worker(request):
    worker = worker_profile_of_user(user=request.user)
    if worker is None:
        raise Forbidden("no_worker_profile", "You have no health-worker profile; ask an administrator for one.")
    return worker


class MyRequestListView(GenericAPIView):
    """The requests assigned to the signed-in worker, most urgent first (open ones unless `state` is given)."""

    permission_classes = [IsWorkerRole]
    serializer_class = WorkerContactRequestSerializer

    @extend_schema(
        parameters=[WorkerStateQuery],
        responses={200: WorkerContactRequestSerializer(many=True), 403: OpenApiResponse(ERROR)},
    )
    def get(self, request):
        state = query_params(request, WorkerStateQuery).get("state")
        worker = _worker(request)
        states = [state] if state else list(LOAD_STATES)
        page = self.paginate_queryset(contact_requests_of_worker(worker=worker, states=states))
        contact_requests_audit_staff_read(actor=request.user, requests=page)
        return self.get_paginated_response(
            WorkerContactRequestSerializer(page, many=True, context={"now": timezone.now()}).data
        )


class MyRequestDetailView(APIView):
    permission_classes = [IsWorkerRole]

    @extend_schema(responses={200: WorkerContactRequestSerializer, 403: OpenApiResponse(ERROR), 404: NOT_FOUND})
    def get(self, request, request_id: int):
        contact_request = contact_request_of_worker(worker=_worker(request), request_id=request_id)
        contact_requests_audit_staff_read(actor=request.user, requests=[contact_request])
        return Response(WorkerContactRequestSerializer(contact_request, context={"now": timezone.now()}).data)


class _WorkerTransitionView(APIView):
    permission_classes = [IsWorkerRole]

    def respond(self, request, request_id: int) -> Response:
        contact_request = contact_request_of_worker(worker=_worker(request), request_id=request_id)
        contact_requests_audit_staff_read(actor=request.user, requests=[contact_request])
        return Response(WorkerContactRequestSerializer(contact_request, context={"now": timezone.now()}).data)


class MyRequestAcceptView(_WorkerTransitionView):
    @extend_schema(
        request=None,
        responses={200: WorkerContactRequestSerializer, 403: OpenApiResponse(ERROR), 404: NOT_FOUND, 409: CONFLICT},
        description="assigned → in_progress. Only the worker the request is assigned to.",
    )
    def post(self, request, request_id: int):
        contact_request_accept(request_id=request_id, worker_user=request.user)
        return self.respond(request, request_id)


class MyRequestCompleteView(_WorkerTransitionView):
    @extend_schema(
        request=ContactCompleteSerializer,
        responses={200: WorkerContactRequestSerializer, 403: OpenApiResponse(ERROR), 404: NOT_FOUND, 409: CONFLICT},
        description="in_progress → completed. Only the worker the request is assigned to.",
    )
    def post(self, request, request_id: int):
        serializer = ContactCompleteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contact_request_complete(
            request_id=request_id, worker_user=request.user, note=serializer.validated_data["note"]
        )
        return self.respond(request, request_id)


class MyRequestCancelView(_WorkerTransitionView):
    @extend_schema(
        request=ContactReasonSerializer,
        responses={200: WorkerContactRequestSerializer, 403: OpenApiResponse(ERROR), 404: NOT_FOUND, 409: CONFLICT},
        description="requested|assigned → cancelled, by the assigned worker (e.g. the patient is already in the ER).",
    )
    def post(self, request, request_id: int):
        contact_request_of_worker(worker=_worker(request), request_id=request_id)
        serializer = ContactReasonSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contact_request_cancel(request_id=request_id, actor=request.user, reason=serializer.validated_data["reason"])
        return self.respond(request, request_id)


# --- anyone signed in -------------------------------------------------------------------------
class OnDutyView(APIView):
    """How many workers who take patient contact are on duty now, by role, and the next shift start."""

    @extend_schema(
        parameters=[OnDutyQuery],
        responses={200: OnDutySerializer},
    )
    def get(self, request):
        language = query_params(request, OnDutyQuery).get("language")
        summary = on_duty_summary(at=timezone.now(), language=language or None)
        return Response(OnDutySerializer(summary).data)
