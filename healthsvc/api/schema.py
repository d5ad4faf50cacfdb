"""The OpenAPI schema's generator: every operation documents the errors it can answer with.

drf-spectacular documents what a view declares with `extend_schema(responses=...)`. The error answers that
the framework and the project's middleware give to any view are added here, so the schema lists them for
every operation without each view repeating them (a view's own declaration of a code wins):

* 400 `invalid` / `parse_error`: the operation reads a body, query parameters or headers;
* 401 `not_authenticated` / `authentication_failed`: the view authenticates (a bad token is refused even on
  a public operation);
* 403 `permission_denied`: the view checks a role, or takes a write (CSRF with session authentication);
* 404 `not_found`: the path names something, or the list is paginated (a page past the last one);
* 413 `body_too_large` and 415 `unsupported_media_type`: the operation reads a body (JSON only);
* 429 `throttled` (with Retry-After) and 503 `service_unavailable` (with Retry-After): any operation.

Nothing documents a 500: a 500 is our bug (docs/api.md).
"""

from __future__ import annotations

from django.core.validators import RegexValidator
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import AllowAny, IsAuthenticated

from healthsvc.api.serializers import ErrorSerializer

RETRY_AFTER = {
    "Retry-After": {
        "schema": {"type": "integer", "minimum": 0},
        "description": "Seconds to wait before trying again.",
    }
}

DESCRIPTIONS = {
    "400": "Invalid input: `fields` names each bad field (`invalid`), or a body that is not JSON (`parse_error`).",
    "401": "No token, or a token that is unknown or expired (`not_authenticated`, `authentication_failed`).",
    "403": "Your role may not do this (`permission_denied`).",
    "404": "No such thing, or not yours (`not_found`).",
    "413": "The body is larger than 1 MB (`body_too_large`).",
    "415": "The body is not JSON (`unsupported_media_type`).",
    "429": "Too many requests (`throttled`); wait the Retry-After seconds.",
    "503": "The database is unreachable or timed out (`service_unavailable`); retry after the Retry-After seconds.",
}
_TRIVIAL_PERMISSIONS = (AllowAny, IsAuthenticated)
# Text the API reads: never a NUL (PostgreSQL text cannot hold one; DRF refuses it), and where blank is refused,
# something besides whitespace (DRF trims it first). \x1c-\x1f are spelled out: Python counts them as
# whitespace, the schema's regex dialect does not.
TEXT_PATTERN = r"^[^\x00]*$"
NON_EMPTY_TEXT_PATTERN = r"^[^\x00]+$"
NON_BLANK_TEXT_PATTERN = r"^[^\x00]*[^\s\x00\x1c-\x1f][^\x00]*$"


class AutoSchema(SpectacularAutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code in responses:
                continue
            response = self._get_response_for_code(
                OpenApiResponse(ErrorSerializer, description=DESCRIPTIONS[code]), code, direction=direction
            )
            if code in ("429", "503"):
                response["headers"] = RETRY_AFTER
            responses[code] = response
        return dict(sorted(responses.items()))

    def _map_basic_serializer(self, serializer, direction):
        # _insert_field_validators is not told the direction; only what a request sends gets the text patterns.
        previous, self._direction = getattr(self, "_direction", None), direction
        try:
            return super()._map_basic_serializer(serializer, direction)
        finally:
            self._direction = previous

    def _insert_field_validators(self, field, schema):
        if (
            getattr(self, "_direction", None) == "request"
            and isinstance(field, serializers.CharField)
            and schema.get("type") == "string"
            and not {"pattern", "format", "enum"} & schema.keys()
            and not any(isinstance(validator, RegexValidator) for validator in field.validators)
        ):
            if field.allow_blank:
                schema["pattern"] = NON_EMPTY_TEXT_PATTERN  # drf-spectacular adds "" as the other choice
            elif field.trim_whitespace:
                schema["pattern"] = NON_BLANK_TEXT_PATTERN
            else:
                schema["pattern"] = TEXT_PATTERN
        super()._insert_field_validators(field, schema)

    def _error_codes(self) -> list[str]:
        codes = ["429", "503"]
        has_body = self.method in ("POST", "PUT", "PATCH") and self.get_request_serializer() is not None
        has_input = has_body or bool(self._get_parameters())
        if has_input:
            codes.append("400")
        if has_body:
            codes += ["413", "415"]
        authenticators = self.view.get_authenticators()
        if authenticators:
            codes.append("401")
        writes = self.method not in ("GET", "HEAD", "OPTIONS")
        csrf = writes and any(isinstance(authenticator, SessionAuthentication) for authenticator in authenticators)
        checks_role = any(
            not isinstance(permission, _TRIVIAL_PERMISSIONS) for permission in self.view.get_permissions()
        )
        if csrf or checks_role:
            codes.append("403")
        if "{" in self.path or (self._get_paginator() is not None and self._is_list_view()):
            codes.append("404")
        return codes


def error_response(description: str) -> OpenApiResponse:
    """An error answer a view documents itself (a 404 from a body's id, a 409 from its state)."""
    return OpenApiResponse(ErrorSerializer, description=description)
