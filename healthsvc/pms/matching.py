"""How a sign-up is looked for in the PMS, and what of a PMS Patient is kept."""

from __future__ import annotations

from django.conf import settings

from healthsvc.pms.client import SearchResult

# Who the person is and how to reach them; nothing clinical, and nothing the link does not need.
SNAPSHOT_FIELDS = (
    "id",
    "meta",
    "identifier",
    "active",
    "name",
    "telecom",
    "gender",
    "birthDate",
    "deceasedBoolean",
    "deceasedDateTime",
    "address",
)


def signup_search_params(*, full_name: str, date_of_birth, identifier: str) -> tuple[dict[str, str], str] | None:
    """FHIR Patient search parameters for a sign-up, and how it was searched (for last_error); None: no name.

    With the hospital number the person gave, the identifier; otherwise the family name (the last word of the
    full name) and the first given name. Always with the birth date: a typo in a number, or a common name,
    must not link someone to another person's record.
    """
    birthdate = date_of_birth.isoformat()
    if identifier:
        system = settings.PMS_IDENTIFIER_SYSTEM
        return {"identifier": f"{system}|{identifier}" if system else identifier, "birthdate": birthdate}, (
            "identifier and birth date"
        )
    words = full_name.split()
    if not words:
        return None
    params = {"family": words[-1], "birthdate": birthdate}
    if len(words) > 1:
        params["given"] = words[0]
        return params, "family name, given name and birth date"
    return params, "family name and birth date"


def matching_patients(result: SearchResult, *, date_of_birth) -> tuple[list[dict], bool]:
    """The hits whose birth date is the person's (a PMS may ignore a search parameter), and whether there are more."""
    birthdate = date_of_birth.isoformat()
    patients = [patient for patient in result.patients if patient.get("birthDate") in (None, birthdate)]
    return patients, result.more


def demographics_snapshot(patient: dict) -> dict:
    return {field: patient[field] for field in SNAPSHOT_FIELDS if field in patient}
