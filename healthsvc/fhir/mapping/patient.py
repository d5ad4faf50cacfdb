"""Patient: the signed-in patient's own record, and each dependant they check symptoms and book for.

A dependant has no account, but triage records and bookings can be about them, so they are Patients too,
with the id `dependant-<id>` (the account holder is plain `<id>`), and the account holder as their contact.
Nobody else reads a Patient here: the REST API has no patient directory for staff either, and staff see
whom a record is about in each reference's `display`.
"""

from __future__ import annotations

from django.db.models import Q

from healthsvc.fhir import codes
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.search import STRING, Clause, SearchParam, ids_of
from healthsvc.models import Dependant, Relationship, User, person_name
from healthsvc.selectors import dependants_of, user_with_roles

DEPENDANT_PREFIX = "dependant-"

# The account holder's role towards the dependant (v3 RoleCode), read from the dependant's relationship to them.
_CONTACT_ROLE = {
    Relationship.CHILD: ("PRN", "parent"),
    Relationship.PARENT: ("CHILD", "child"),
    Relationship.PARTNER: ("SIGOTHR", "significant other"),
}


def patient_id(user_id: int, dependant_id: int | None = None) -> str:
    return f"{DEPENDANT_PREFIX}{dependant_id}" if dependant_id is not None else str(user_id)


def subject_reference(patient, dependant) -> dict:
    """Whom a record or booking is about: the dependant, or the account holder."""
    return codes.reference(
        "Patient", patient_id(patient.pk, dependant.pk if dependant else None), person_name(patient, dependant)
    )


def subject_q(values, *, patient_field: str = "patient_id", dependant_field: str = "dependant_id") -> Q:
    """Rows about any of these Patient ids: an account holder's own (no dependant), or a dependant's."""
    holders = ids_of(values)
    dependants = ids_of(value.removeprefix(DEPENDANT_PREFIX) for value in values if value.startswith(DEPENDANT_PREFIX))
    query = Q(pk__in=[])
    if holders:
        query |= Q(**{f"{patient_field}__in": holders, f"{dependant_field}__isnull": True})
    if dependants:
        query |= Q(**{f"{dependant_field}__in": dependants})
    return query


def _name(full_name: str) -> list[dict]:
    return [{"text": full_name}] if full_name else []


def patient_resource(user: User) -> dict:
    profile = user.patient_profile
    telecom = [{"system": "email", "value": user.email, "use": "home"}]
    if profile.phone:
        telecom.append({"system": "phone", "value": profile.phone, "use": "mobile"})
    resource = {
        "resourceType": "Patient",
        "id": patient_id(user.pk),
        "active": user.is_active,
        "name": _name(user.full_name),
        "telecom": telecom,
        "gender": profile.sex,  # our three values are FHIR's administrative-gender codes
        "birthDate": profile.date_of_birth.isoformat(),
    }
    if profile.external_patient_id:
        resource["identifier"] = [{"system": codes.PATIENT_MANAGEMENT_ID, "value": profile.external_patient_id}]
    return {key: value for key, value in resource.items() if value != []}


def dependant_resource(dependant: Dependant, guardian: User) -> dict:
    role = _CONTACT_ROLE.get(dependant.relationship)
    relationship = codes.concept(codes.V3_ROLE_CODE, role[0], role[1]) if role else {"text": "cares for them"}
    return {
        "resourceType": "Patient",
        "id": patient_id(guardian.pk, dependant.pk),
        "active": True,
        "name": _name(dependant.full_name),
        "gender": dependant.sex,
        "birthDate": dependant.date_of_birth.isoformat(),
        "contact": [
            {
                "relationship": [relationship],
                **({"name": {"text": guardian.full_name}} if guardian.full_name else {}),
                "telecom": [{"system": "email", "value": guardian.email}],
            }
        ],
    }


class PatientEndpoint(Endpoint):
    type_name = "Patient"
    description = "The signed-in patient (id = account id) and the people they care for (id = dependant-<id>)."
    numeric_ids = False
    search_params = (SearchParam("name", STRING, "Part of the name (starts with; :contains, :exact)."),)

    def visible(self, user) -> list:
        holder = user_with_roles(user_id=user.pk)
        if not hasattr(holder, "patient_profile"):
            return []
        return [holder, *dependants_of(user=holder)]

    def id_of(self, item) -> str:
        return patient_id(item.guardian_id, item.pk) if isinstance(item, Dependant) else patient_id(item.pk)

    def narrow(self, items, clause: Clause):
        return [item for item in items if any(string_matches(item.full_name, clause, value) for value in clause.values)]

    def render(self, request, objects: list) -> list[dict]:
        holder = next((item for item in objects if isinstance(item, User)), None) or user_with_roles(
            user_id=request.user.pk
        )
        return [
            dependant_resource(item, holder) if isinstance(item, Dependant) else patient_resource(item)
            for item in objects
        ]


def string_matches(text: str, clause: Clause, value: str) -> bool:
    """FHIR string matching in Python (for short lists): a word starts with it, in any case; `:exact` is exact."""
    if clause.modifier == "exact":
        return text == value
    text, value = text.casefold(), value.casefold()
    if clause.modifier == "contains":
        return value in text
    return any(word.startswith(value) for word in [text, *text.split()])
