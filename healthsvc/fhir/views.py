"""The FHIR endpoints: metadata, read and search for each resource type, Appointment/$book, and a 404 for the rest.

Each view parses, calls one endpoint method (which calls the owning app's selector or service) and renders.
They are left out of the REST API's OpenAPI document (`schema = None`): FHIR describes itself through the
CapabilityStatement, and /api/schema/ stays the contract of /api/v1/ alone.
"""

from __future__ import annotations

from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.errors import NotFound
from healthsvc.fhir.bundle import base_url
from healthsvc.fhir.capability import capability_statement
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.everything import patient_everything
from healthsvc.fhir.http import PARSERS, RENDERERS, FhirContentNegotiation, FhirTokenAuthentication
from healthsvc.fhir.mapping import APPOINTMENT
from healthsvc.fhir.outcome import exception_handler
from healthsvc.fhir.search import parse_search


class FhirView(APIView):
    schema = None
    authentication_classes = [FhirTokenAuthentication, SessionAuthentication]  # as /api/v1/ (CSRF on writes)
    renderer_classes = RENDERERS
    parser_classes = PARSERS
    content_negotiation_class = FhirContentNegotiation
    endpoint: Endpoint | None = None

    def get_exception_handler(self):
        return exception_handler

    def get_permissions(self):
        if self.endpoint is not None and self.endpoint.public:
            return [AllowAny()]
        return super().get_permissions()

    def answer(self, body: dict) -> Response:
        response = Response(body)
        if self.endpoint is not None and self.endpoint.cache_control:
            response["Cache-Control"] = self.endpoint.cache_control
        return response


class MetadataView(FhirView):
    permission_classes = [AllowAny]

    def get(self, request):
        response = Response(capability_statement(base_url(request)))
        response["Cache-Control"] = "public, max-age=300"
        return response


class SearchView(FhirView):
    def get(self, request):
        return self.answer(self.endpoint.search(request, parse_search(request, self.endpoint.params)))


class ReadView(FhirView):
    def get(self, request, resource_id: str):
        return self.answer(self.endpoint.read(request, resource_id))


class BookView(FhirView):
    def post(self, request):
        appointment, created = APPOINTMENT.book(request)
        return Response(
            appointment,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
            headers={"Location": f"{base_url(request)}/Appointment/{appointment['id']}"},
        )


class EverythingView(FhirView):
    """Patient/<id>/$everything, as a download (healthsvc/fhir/everything.py)."""

    def get(self, request, resource_id: str):
        response = self.answer(patient_everything(request, resource_id))
        response["Content-Disposition"] = f'attachment; filename="healthsvc-{resource_id}.fhir.json"'
        return response


class UnknownView(FhirView):
    """Anything under /fhir/R4/ that is not served: a 404 OperationOutcome, whatever the method."""

    permission_classes = [AllowAny]

    def not_served(self, request, *args, **kwargs):
        raise NotFound("not_found", "Not served here; GET /fhir/R4/metadata lists what is.")

    get = post = put = patch = delete = not_served
