"""Every FHIR error as an OperationOutcome, with the same status the REST API gives.

The REST API's exception handler (healthsvc.api.errors) decides the status, the headers (Retry-After,
WWW-Authenticate), logging and metrics for every exception; here its answer is only re-shaped, so the two
APIs can never disagree about what is a 400, a 404 or our own 500.
"""

from __future__ import annotations

import json

from django.http import HttpResponse
from rest_framework.response import Response

from healthsvc.api.errors import exception_handler as api_exception_handler
from healthsvc.database_outage import MESSAGE as OUTAGE_MESSAGE
from healthsvc.fhir import codes

FHIR_JSON = "application/fhir+json"

# FHIR issue type (http://hl7.org/fhir/issue-type) for each status; a few of our codes are more precise.
_ISSUE_TYPE_BY_STATUS = {
    400: "invalid",
    401: "login",
    403: "forbidden",
    404: "not-found",
    405: "not-supported",
    406: "not-supported",
    409: "business-rule",
    413: "too-costly",
    415: "not-supported",
    429: "throttled",
    503: "transient",
}
_ISSUE_TYPE_BY_CODE = {
    "illegal_transition": "conflict",
    "idempotency_key_reused": "duplicate",
    "active_booking_exists": "duplicate",
    "room_full": "business-rule",
}


def operation_outcome(*, status: int, code: str, message: str, fields: dict | None = None, alternatives=()) -> dict:
    """One issue for the error, plus one per bad field (its name in `expression`).

    `alternatives` (other ERs with room, on a full or paused one) go on the first issue as extensions
    naming each Location, so an integrator can book one of them at once.
    """
    severity = "fatal" if status >= 500 else "error"
    issue_type = _ISSUE_TYPE_BY_CODE.get(code) or _ISSUE_TYPE_BY_STATUS.get(
        status, "exception" if status >= 500 else "processing"
    )
    first: dict = {
        "severity": severity,
        "code": issue_type,
        "details": {"coding": [codes.coding(codes.ERROR_CODE, code)], "text": message},
        "diagnostics": message,
    }
    extensions = [
        {
            "url": codes.EXT_ALTERNATIVE,
            "valueReference": codes.reference("Location", alternative["id"], alternative.get("name")),
        }
        for alternative in alternatives
    ]
    if extensions:
        first["extension"] = extensions
    issues = [first]
    for field, messages in (fields or {}).items():
        issues.append(
            {
                "severity": "error",
                "code": "invalid" if status == 400 else issue_type,
                "diagnostics": " ".join(str(message) for message in messages),
                "expression": [str(field)],
            }
        )
    return {"resourceType": "OperationOutcome", "issue": issues}


def exception_handler(exc, context):
    """DRF's exception handler for the FHIR views: the REST API's decision, as an OperationOutcome."""
    decided = api_exception_handler(exc, context)
    if decided is None:  # the REST handler answers every exception; kept for safety
        return None
    if isinstance(decided, Response) and isinstance(decided.data, dict) and "error" in decided.data:
        error = decided.data["error"]
        body = operation_outcome(
            status=decided.status_code,
            code=error.get("code", "error"),
            message=error.get("message", ""),
            fields=error.get("fields"),
            alternatives=error.get("alternatives") or (),
        )
    else:  # a database outage is answered outside DRF's shape (healthsvc.database_outage)
        body = operation_outcome(status=decided.status_code, code="service_unavailable", message=OUTAGE_MESSAGE)
    response = Response(body, status=decided.status_code)
    for header in ("Retry-After", "WWW-Authenticate", "Allow"):
        if decided.has_header(header):
            response[header] = decided[header]
    return response


def outcome_http_response(*, status: int, code: str, message: str) -> HttpResponse:
    """An OperationOutcome outside a DRF view (a URL that is not ours, a crash in middleware)."""
    body = operation_outcome(status=status, code=code, message=message)
    return HttpResponse(json.dumps(body), status=status, content_type=FHIR_JSON)
