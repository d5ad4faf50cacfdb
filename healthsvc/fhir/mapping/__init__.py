"""One module per resource family; ENDPOINTS is every resource type served, in the CapabilityStatement's order."""

from __future__ import annotations

from healthsvc.fhir.mapping.er_queue import AppointmentEndpoint, LocationEndpoint
from healthsvc.fhir.mapping.medicine import MedicationEndpoint
from healthsvc.fhir.mapping.patient import PatientEndpoint
from healthsvc.fhir.mapping.questionnaire import QuestionnaireEndpoint
from healthsvc.fhir.mapping.triage import QuestionnaireResponseEndpoint, RiskAssessmentEndpoint
from healthsvc.fhir.mapping.workers import PractitionerEndpoint, PractitionerRoleEndpoint

APPOINTMENT = AppointmentEndpoint()

ENDPOINTS = (
    PatientEndpoint(),
    QuestionnaireEndpoint(),
    QuestionnaireResponseEndpoint(),
    RiskAssessmentEndpoint(),
    APPOINTMENT,
    LocationEndpoint(),
    PractitionerEndpoint(),
    PractitionerRoleEndpoint(),
    MedicationEndpoint(),
)
