"""One error shape for the whole API: {"error": {"code", "message", "fields"}}.

Everything a client can send wrongly maps to a 4xx here. Anything else is our fault:
it is logged with context, counted, and answered as a 500 in the same shape. A database
outage is neither: it is a 503 with Retry-After (see healthsvc.database_outage).
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from healthsvc.database_outage import is_database_outage, outage_response
from healthsvc.errors import DomainError
from healthsvc.metrics import unexpected_errors_total

logger = logging.getLogger("healthsvc.api")

_MESSAGES = {
    "invalid": "Some fields are invalid.",
    "parse_error": "The request body is not valid JSON.",
    "not_authenticated": "Authentication credentials were not provided.",
}


def error_body(code: str, message: str, fields: dict | None = None, **extra) -> dict:
    return {"error": {"code": code, "message": message, "fields": fields or {}, **extra}}


def _flatten_fields(detail) -> dict:
    """DRF's nested ValidationError detail -> {"field": ["message", ...]} (nested keys dotted)."""
    if isinstance(detail, list):
        return {"non_field_errors": [str(item) for item in detail if not isinstance(item, dict | list)]}
    flat: dict[str, list[str]] = {}
    for key, value in detail.items():
        if isinstance(value, dict):
            for sub_key, sub_value in _flatten_fields(value).items():
                flat[f"{key}.{sub_key}"] = sub_value
        elif isinstance(value, list):
            messages = []
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    for sub_key, sub_value in _flatten_fields(item).items():
                        flat[f"{key}.{index}.{sub_key}"] = sub_value
                else:
                    messages.append(str(item))
            if messages:
                flat[str(key)] = messages
        else:
            flat[str(key)] = [str(value)]
    return flat


def exception_handler(exc, context):
    if isinstance(exc, DomainError):
        return Response(error_body(exc.code, exc.message, exc.fields, **exc.extra), status=exc.status_code)
    if is_database_outage(exc):
        return outage_response(context["request"], "api", exc)
    if isinstance(exc, RequestDataTooBig):
        return Response(
            error_body("body_too_large", "The request body is larger than this API accepts (1 MB)."),
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    elif isinstance(exc, DataError):
        # A value the database cannot store (too long, out of range) that validation missed.
        logger.warning("database rejected client data", exc_info=True)
        exc = exceptions.ValidationError("A value is out of range or too long.")

    response = drf_exception_handler(exc, context)
    if response is None:
        view = context.get("view")
        where = type(view).__name__ if view else "unknown"
        unexpected_errors_total.labels(where=where).inc()
        logger.exception("unexpected error in %s", where)
        return Response(
            error_body("server_error", "Something went wrong on our side. It has been logged."),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    if isinstance(exc, exceptions.ValidationError):
        code = "invalid"
        fields = _flatten_fields(exc.detail)
        message = _MESSAGES["invalid"]
    else:
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        code = codes if isinstance(codes, str) else "error"
        message = _MESSAGES.get(code) or str(getattr(exc, "detail", exc))
        fields = {}
    response.data = error_body(code, message, fields)
    return response


def json_error_response(request, code: str, message: str, status_code: int) -> JsonResponse:
    """For errors raised outside DRF views (URL not found, CSRF) on API paths."""
    return JsonResponse(error_body(code, message), status=status_code)
