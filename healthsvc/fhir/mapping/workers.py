"""Practitioner and PractitionerRole: the health workers (both with the worker profile's id).

Who sees which worker is workers' rule (workers.selectors.workers_visible_to): staff who may read the
directory see every worker in full; a worker sees their own profile in full; a patient sees the workers
assigned to their contact requests, and of them only what the REST API shows (first name and role).
"""

from __future__ import annotations

from django.db.models import Q

from healthsvc.fhir import codes
from healthsvc.fhir.endpoint import Endpoint
from healthsvc.fhir.search import REFERENCE, STRING, TOKEN, Clause, SearchParam, ids_of
from workers.choices import LANGUAGE_NAMES, WorkerRole
from workers.selectors import can_read_worker_directory, workers_visible_to

# Our roles in HL7's practitioner-role code system, where it has one (it has no paramedic).
_HL7_ROLE = {
    WorkerRole.NURSE: ("nurse", "Nurse"),
    WorkerRole.NURSE_PRACTITIONER: ("nurse", "Nurse"),
    WorkerRole.PHYSICIAN: ("doctor", "Doctor"),
    WorkerRole.PHARMACIST: ("pharmacist", "Pharmacist"),
}


def role_concept(role: str) -> dict:
    concept = codes.concept(codes.WORKER_ROLE, role, WorkerRole(role).label)
    if role in _HL7_ROLE:
        concept["coding"].append(codes.coding(codes.PRACTITIONER_ROLE, *_HL7_ROLE[role]))
    return concept


def practitioner(worker, *, full: bool) -> dict:
    if not full:
        resource = {"resourceType": "Practitioner", "id": str(worker.pk)}
        if worker.first_name:
            resource["name"] = [{"given": [worker.first_name]}]
        return resource
    return {
        "resourceType": "Practitioner",
        "id": str(worker.pk),
        "active": worker.user.is_active,
        "identifier": [{"system": codes.LICENCE_NUMBER, "value": worker.licence_number}],
        "name": [{"text": worker.user.get_full_name()}],
        "communication": [codes.concept(codes.BCP47, code, LANGUAGE_NAMES.get(code)) for code in worker.languages],
    }


def practitioner_role(worker, *, full: bool) -> dict:
    resource = {
        "resourceType": "PractitionerRole",
        "id": str(worker.pk),
        "practitioner": codes.reference(
            "Practitioner", worker.pk, worker.user.get_full_name() if full else worker.first_name or None
        ),
        "code": [role_concept(worker.role)],
    }
    if full:
        resource["active"] = worker.accepts_patient_contact
        resource["organization"] = {"display": f"{worker.facility_name} ({worker.get_facility_kind_display()})"}
    return resource


class _WorkerEndpoint(Endpoint):
    mapping = staticmethod(practitioner)

    def visible(self, user):
        return workers_visible_to(user=user)

    def render(self, request, objects: list) -> list[dict]:
        directory = can_read_worker_directory(request.user)
        return [self.mapping(worker, full=directory or worker.user_id == request.user.pk) for worker in objects]

    def narrow_active(self, items, clause: Clause, field_name: str):
        wanted = [value == "true" for value in clause.values]
        return items.filter(**{f"{field_name}__in": wanted})


class PractitionerEndpoint(_WorkerEndpoint):
    type_name = "Practitioner"
    description = "A health worker (id = the worker profile's id)."
    search_params = (
        SearchParam("name", STRING, "Part of the name (a word starts with it; :contains, :exact)."),
        SearchParam("active", TOKEN, "Whether the account is active: true or false.", codes=("true", "false")),
    )

    def narrow(self, items, clause: Clause):
        if clause.param.name == "active":
            return self.narrow_active(items, clause, "user__is_active")
        query = Q(pk__in=[])
        for value in clause.values:
            if clause.modifier == "exact":
                query |= Q(user__full_name=value)
            elif clause.modifier == "contains":
                query |= Q(user__full_name__icontains=value)
            else:  # the name, or one of its later words, starts with it
                query |= Q(user__full_name__istartswith=value) | Q(user__full_name__icontains=f" {value}")
        return items.filter(query)


class PractitionerRoleEndpoint(_WorkerEndpoint):
    type_name = "PractitionerRole"
    description = "What a health worker does and where (id = the worker profile's id)."
    mapping = staticmethod(practitioner_role)
    search_params = (
        SearchParam("practitioner", REFERENCE, "The worker: Practitioner/<id>.", target="Practitioner"),
        SearchParam("role", TOKEN, "The worker's role.", codes=tuple(WorkerRole.values), system=codes.WORKER_ROLE),
        SearchParam("active", TOKEN, "Whether they take patient contact: true or false.", codes=("true", "false")),
    )

    def narrow(self, items, clause: Clause):
        name = clause.param.name
        if name == "practitioner":
            return items.filter(pk__in=ids_of(clause.values))
        if name == "role":
            return items.filter(role__in=clause.values)
        return self.narrow_active(items, clause, "accepts_patient_contact")
