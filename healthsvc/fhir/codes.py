"""The names FHIR resources here are written with: our canonical namespace, code systems and extensions.

The canonical URLs are identifiers, not addresses: they stay the same on every deployment, so an
integrator's mapping of our codes does not depend on which server it read them from. Where a standard code
system fits (HL7 v2/v3 tables, the FHIR value sets) it is used beside or instead of ours.
"""

from __future__ import annotations

import re

FHIR_VERSION = "4.0.1"
BASE_PATH = "/fhir/R4"

# RFC 2606 reserves example.org, so this namespace can never be someone else's.
CANONICAL = "https://healthsvc.example.org/fhir"

# A FHIR logical id (R4 "id" datatype).
ID_PATTERN = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")


def code_system(name: str) -> str:
    return f"{CANONICAL}/CodeSystem/{name}"


def extension_url(name: str) -> str:
    return f"{CANONICAL}/StructureDefinition/{name}"


def identifier_system(name: str) -> str:
    return f"{CANONICAL}/sid/{name}"


# Our own code systems.
ERROR_CODE = code_system("error-code")
COMPLAINT = code_system("triage-complaint")
ACUITY = code_system("triage-acuity")
DISPOSITION = code_system("triage-disposition")
RULESET = code_system("triage-ruleset")
BOOKING_STATE = code_system("er-booking-state")
BOOKING_END_REASON = code_system("er-booking-end-reason")
WORKER_ROLE = code_system("worker-role")
MEDICINE = code_system("medicine")
INGREDIENT = code_system("medicine-ingredient")
DOSAGE_FORM = code_system("dosage-form")


def triage_answer_system(question_id: str) -> str:
    """The codes of one choice question of the questionnaire (each question has its own)."""
    return code_system(f"triage-answer-{question_id.replace('_', '-')}")


# Identifier systems.
BOOKING_REFERENCE = identifier_system("er-booking-reference")
LICENCE_NUMBER = identifier_system("worker-licence-number")
PATIENT_MANAGEMENT_ID = identifier_system("patient-management-id")

# Extensions (docs/fhir.md describes each).
EXT_QUEUE_POSITION = extension_url("queue-position")
EXT_ESTIMATED_WAIT = extension_url("estimated-wait")
EXT_DEADLINE = extension_url("deadline")
EXT_ACCEPTING = extension_url("er-accepting")
EXT_FREE_PLACES = extension_url("er-free-places")
EXT_NEWS2 = extension_url("news2-score")
EXT_OTC = extension_url("over-the-counter")
EXT_STRENGTH = extension_url("strength-text")
EXT_ALTERNATIVE = extension_url("alternative-location")

# Standard code systems and extensions.
V2_0136 = "http://terminology.hl7.org/CodeSystem/v2-0136"  # yes / no
DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
V2_0276 = "http://terminology.hl7.org/CodeSystem/v2-0276"  # appointment reason
V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
PRACTITIONER_ROLE = "http://terminology.hl7.org/CodeSystem/practitioner-role"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
BCP47 = "urn:ietf:bcp:47"
ISSUE_TYPE = "http://hl7.org/fhir/issue-type"
EXT_MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
EXT_MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
EXT_HIDDEN = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden"


def coding(system: str, code: str, display: str | None = None) -> dict:
    return {"system": system, "code": code, **({"display": display} if display else {})}


def concept(system: str, code: str, display: str | None = None, *, text: str | None = None) -> dict:
    out: dict = {"coding": [coding(system, code, display)]}
    if text or display:
        out["text"] = text or display
    return out


def minutes(value: int | float) -> dict:
    """A UCUM duration in minutes (Duration, or a Quantity in minutes)."""
    return {"value": value, "unit": "min", "system": UCUM, "code": "min"}


def reference(resource_type: str, resource_id, display: str | None = None) -> dict:
    return {"reference": f"{resource_type}/{resource_id}", **({"display": display} if display else {})}


def instant(moment) -> str | None:
    """An aware datetime as FHIR's dateTime/instant (seconds and offset always present)."""
    return moment.isoformat(timespec="seconds") if moment is not None else None
