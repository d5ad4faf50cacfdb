"""Patient/<id>/$everything: one person's record as one `collection` Bundle, for the patient's right to their data.

Only the patient's own Patient ids (their account, their dependants) are found, as for a read; staff have no
patient directory here, as in the REST API. The Bundle holds the Patient, then every resource of a type
searchable by patient, each read through its endpoint (selector and audit alike), so it holds exactly what
those searches would return. A person's own records are few, so it is not paged.
"""

from __future__ import annotations

from healthsvc.fhir.bundle import collection
from healthsvc.fhir.mapping import ENDPOINTS
from healthsvc.fhir.search import Clause
from healthsvc.services import audit_record

PATIENT = next(endpoint for endpoint in ENDPOINTS if endpoint.type_name == "Patient")


def patient_everything(request, resource_id: str) -> dict:
    resources = [PATIENT.read(request, resource_id)]  # not found unless it is the patient's own
    for endpoint in ENDPOINTS:
        patient_param = endpoint.params.get("patient")
        if endpoint is PATIENT or patient_param is None:
            continue
        items = list(endpoint.narrow(endpoint.visible(request.user), Clause(patient_param, "", (resource_id,))))
        endpoint.audit(request.user, items)
        resources += endpoint.render(request, items) if items else []
    # The download itself is audited like the JSON one (data_export).
    audit_record(
        actor=request.user,
        action="data_export",
        object_type="fhir_patient",
        object_id=resource_id,
        patient=request.user,
    )
    return collection(request, resources)
