"""The CapabilityStatement (GET /fhir/R4/metadata), built from the endpoints' own declarations."""

from __future__ import annotations

from healthsvc.fhir import codes
from healthsvc.fhir.mapping import ENDPOINTS

SOFTWARE_VERSION = "1.0.0"  # the REST API's version (SPECTACULAR_SETTINGS), as both serve the same data
# When the statement last changed (FHIR requires it): move it with any change to what is declared here.
STATEMENT_DATE = "2026-12-07"
BOOK_OPERATION = f"{codes.CANONICAL}/OperationDefinition/Appointment-book"
EVERYTHING_OPERATION = "http://hl7.org/fhir/OperationDefinition/Patient-everything"  # FHIR R4's own

SECURITY = (
    "Send the REST API's token (POST /api/v1/auth/token/) as 'Authorization: Bearer <token>' or "
    "'Authorization: Token <token>'. The same rules as /api/v1/ decide who reads what: a patient reads their "
    "own (and their dependants'), staff what their role allows, and each staff read of patient data is "
    "written to the audit log. metadata and Questionnaire need no token."
)


def _resource(endpoint) -> dict:
    entry = {
        "type": endpoint.type_name,
        "documentation": endpoint.description,
        "interaction": [{"code": "read"}, {"code": "search-type"}],
        "searchParam": [
            {"name": param.name, "type": param.type, "documentation": param.documentation}
            for param in endpoint.params.values()
        ],
    }
    if endpoint.type_name == "Appointment":
        entry["operation"] = [
            {
                "name": "book",
                "definition": BOOK_OPERATION,
                "documentation": "POST [base]/Appointment/$book with a Parameters resource (appt-resource: an "
                "Appointment naming the ER as a Location participant and the triage result as supportingInformation). "
                "Capacity, one active booking per person and Idempotency-Key as POST /api/v1/er/bookings/.",
            }
        ]
    if endpoint.type_name == "Patient":
        entry["operation"] = [
            {
                "name": "everything",
                "definition": EVERYTHING_OPERATION,
                "documentation": "GET [base]/Patient/[id]/$everything: the patient's own record (or a dependant's) "
                "as one collection Bundle, for download; not paged, no parameters.",
            }
        ]
    return entry


def capability_statement(base_url: str) -> dict:
    return {
        "resourceType": "CapabilityStatement",
        "id": "healthsvc",
        "name": "HealthsvcFhirServer",
        "title": "healthsvc FHIR R4 API",
        "status": "active",
        "date": STATEMENT_DATE,
        "publisher": "healthsvc",
        "description": "Read access to triage, ER queue, health worker and medicine data, and $book for ER places. "
        "Not a validated medical device.",
        "kind": "instance",
        "software": {"name": "healthsvc", "version": SOFTWARE_VERSION},
        "implementation": {"description": "healthsvc", "url": base_url},
        "fhirVersion": codes.FHIR_VERSION,
        "format": ["application/fhir+json", "json"],
        "rest": [
            {
                "mode": "server",
                "documentation": "Search answers are searchset Bundles paged with _count (at most 100) and _page. "
                "An unsupported search parameter is a 400 unless the request says Prefer: handling=lenient.",
                "security": {"description": SECURITY},
                "resource": [_resource(endpoint) for endpoint in ENDPOINTS],
            }
        ],
    }
