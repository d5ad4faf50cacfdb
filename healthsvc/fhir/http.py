"""FHIR's HTTP surface: application/fhir+json in and out (application/json too), `_format`, and the token.

Content negotiation follows FHIR (RESTful API, "Content Types and encodings"): `_format` overrides Accept;
`application/fhir+json` is answered by default; a `fhirVersion` media-type parameter other than 4.0 is a
406, since this server speaks R4 only.
"""

from __future__ import annotations

from rest_framework import exceptions
from rest_framework.authentication import get_authorization_header
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import JSONRenderer

from healthsvc.api.authentication import INVALID, TokenAuthentication
from healthsvc.api.parsers import BoundedJSONParser
from healthsvc.fhir.outcome import FHIR_JSON


class FhirJSONRenderer(JSONRenderer):
    media_type = FHIR_JSON
    format = "fhir+json"


class FhirJSONParser(BoundedJSONParser):
    media_type = FHIR_JSON


RENDERERS = [FhirJSONRenderer, JSONRenderer]
PARSERS = [FhirJSONParser, BoundedJSONParser]

# `_format` values (FHIR: "json" and the MIME types) -> the renderer's format.
_FORMATS = {
    "json": "fhir+json",
    FHIR_JSON: "fhir+json",
    "application/json": "json",
}


class FhirContentNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        wanted = request.query_params.get("_format")
        if wanted is not None:
            fmt = _FORMATS.get(wanted.split(";")[0].strip())
            if fmt is None:
                raise exceptions.NotAcceptable(f"_format={wanted[:40]} is not served here; use json.")
            format_suffix = fmt
        return super().select_renderer(request, renderers, format_suffix)

    def get_accept_list(self, request):
        """The Accept list without FHIR's `fhirVersion` parameter (DRF would otherwise match no renderer)."""
        accepted = []
        for token in super().get_accept_list(request):
            parts = [part.strip() for part in token.split(";")]
            version = next(
                (part.split("=", 1)[1] for part in parts[1:] if part.lower().startswith("fhirversion=")), None
            )
            if version is not None and not version.strip('"').startswith("4.0"):
                continue  # another FHIR version: this server cannot answer in it
            accepted.append(";".join(part for part in parts if not part.lower().startswith("fhirversion=")))
        if not accepted:
            raise exceptions.NotAcceptable("This server speaks FHIR 4.0 (R4) only.")
        return accepted


class FhirTokenAuthentication(TokenAuthentication):
    """The REST API's expiring token, sent as `Token <token>` or, as FHIR clients usually do, `Bearer <token>`."""

    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if parts and parts[0].lower() == b"bearer":
            if len(parts) != 2:
                raise exceptions.AuthenticationFailed(INVALID)
            return self.authenticate_credentials(parts[1])
        return super().authenticate(request)
